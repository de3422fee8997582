// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include "compliance/knowncookies.h"
#include "document/policy.h"

#include <QStringList>

// `charte import --fill-from-db`: what the known-cookie database says of each cookie
// goes into the fields the input left empty, never over what the input says
// (KnownCookies::fillEmptyFields does the filling). The document gains the provider
// (the entry's controller, with its privacy page) and the category the entry names
// when it has none of them yet, so that "_ga" gets Google and statistics even in a
// document that started empty.
class DatabaseFill
{
public:
    explicit DatabaseFill(const KnownCookies &database) : m_database(database) {}

    // Fills every cookie of policy.
    void fill(Policy &policy);
    // Fills one cookie; the document's providers and categories may grow.
    QStringList fill(Cookie &cookie, Policy &policy);

    int fieldsFilled() const { return m_fields; }
    int cookiesFilled() const { return m_cookies; }

private:
    const KnownCookies &m_database;
    int m_fields = 0;
    int m_cookies = 0;
};

// Which cookies are third-party: a cookie stored under a domain, or set by a
// provider whose address is, outside the site's registrable domain (IDE on
// doubleclick.net, _fbp by Meta, YouTube's cookies). siteHost may be empty when the
// input does not say which site it describes: then only the database's "3rd party"
// domains and providers count. Returns how many cookies became third-party.
namespace ThirdParties {
int mark(Policy &policy, const QString &siteHost, const KnownCookies &database);
} // namespace ThirdParties
