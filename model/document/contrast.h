// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include <QColor>

// WCAG 2.x contrast (success criteria 1.4.3 and 1.4.11), used to warn when banner
// text or buttons would be hard to read.
namespace Contrast {
// Relative luminance of an sRGB colour, 0 (black) to 1 (white); alpha is ignored.
double relativeLuminance(const QColor &color);
// (L1 + 0.05) / (L2 + 0.05) with L1 the lighter: 1 to 21, symmetric.
double ratio(const QColor &a, const QColor &b);
// Normal-size text needs 4.5:1 at level AA.
constexpr double minimumTextRatio = 4.5;
inline bool meetsTextMinimum(const QColor &foreground, const QColor &background)
{
    return ratio(foreground, background) >= minimumTextRatio;
}
} // namespace Contrast
