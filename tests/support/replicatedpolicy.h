// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include "document/policy.h"
#include "format/templates.h"

namespace TestSupport {
// The default charter's cookies, each repeated `copies` times under its own name: a
// large document whose every table and text is realistic.
inline Policy replicatedDefault(int copies)
{
    Policy policy = Templates::defaultPolicy();
    const QList<Cookie> originals = policy.cookies;
    for (int copy = 1; copy < copies; ++copy) {
        for (Cookie cookie : originals) {
            cookie.name += QStringLiteral("_copy%1").arg(copy);
            policy.cookies.append(cookie);
        }
    }
    return policy;
}
} // namespace TestSupport
