// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include <QIcon>
#include <QPalette>

// Icons the platform theme may lack, drawn in the palette's text colour so they
// stay legible in light and dark modes. Call again on QEvent::PaletteChange.
namespace PaintedIcons {
// A curved arrow turning back (undo) or forward (redo).
QIcon undo(const QPalette &palette);
QIcon redo(const QPalette &palette);
// A letter set in bold or italic, as word processors show their Bold and Italic
// buttons; the letter is the interface language's ("B" / "G" for gras).
QIcon styledLetter(const QPalette &palette, const QString &letter, bool bold, bool italic);
// Three lines of text, led by bullets or by the numbers 1, 2, 3.
QIcon list(const QPalette &palette, bool numbered);
// Two links of a chain.
QIcon link(const QPalette &palette);
} // namespace PaintedIcons
