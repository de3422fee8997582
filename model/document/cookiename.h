// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include "document/policy.h"

#include <QString>

// A cookie's name as a person reads and types it, wherever it is shown: the grid,
// the charter (HTML and PDF), the banner's cookie table, the scan report, the
// issues. The stored name and its NameMatch stay apart in the document; this is
// the one place that joins them, so that every view writes a family the same way:
//   exact   _ga          -> "_ga"
//   prefix  _pk_id.      -> "_pk_id.*"   (the usual way to write a family in a table)
//   regex   _ga_[A-Z0-9]+ -> "/_ga_[A-Z0-9]+/" (the way JavaScript and most docs
//                           write a pattern; a cookie name cannot contain "/")
// Machine formats (the policy JSON, the library configurations) keep their own
// spellings and do not go through here.
namespace CookieName {
QString display(const QString &name, NameMatch match);
inline QString display(const Cookie &cookie) { return display(cookie.name, cookie.match); }
// display() followed by the domain in brackets when there is one ("_ga (.example.org)"):
// how lists of changes tell apart cookies of the same name.
inline QString displayWithDomain(const Cookie &cookie)
{
    return cookie.domain.isEmpty() ? display(cookie) : QStringLiteral("%1 (%2)").arg(display(cookie), cookie.domain);
}

// Reads what display() writes, as typed in the grid or found in a table: "/…/" is a
// pattern, a trailing "*" a prefix, anything else an exact name. Surrounding spaces
// are dropped. A lone "*" or "//" stays an exact name (the validation flags it).
struct Parsed
{
    QString name;
    NameMatch match = NameMatch::Exact;
};
Parsed parse(const QString &typed);

// A cookie's domain as domains compare: without case, surrounding spaces or the
// leading dots of the old Set-Cookie spelling (".example.org" and "example.org" are
// one domain to a browser).
QString comparableDomain(QString domain);
} // namespace CookieName
