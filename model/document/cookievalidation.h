// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include "document/policy.h"

#include <QStringList>

// Field-level checks on one cookie row, shared by the grid (cell icons), the
// command line's basic check and the compliance rules.
namespace CookieValidation {
// RFC 6265 cookie-name token: visible ASCII without separators ()<>@,;:\"/[]?={}.
bool isToken(const QString &name);
// A prefix or regex name is valid when non-empty (and, for regex, compiles).
bool isValidName(const Cookie &cookie);
// The JSON member names ("provider", "purpose", …) of the required fields that are
// empty: name, provider, purpose, category, lifetime. The legal basis always has a value.
QStringList missingRequiredFields(const Cookie &cookie, const QString &defaultLanguage);
} // namespace CookieValidation
