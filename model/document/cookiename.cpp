// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "document/cookiename.h"

namespace CookieName {

QString display(const QString &name, NameMatch match)
{
    switch (match) {
    case NameMatch::Exact:
        return name;
    case NameMatch::Prefix:
        return name + u'*';
    case NameMatch::Regex:
        return u'/' + name + u'/';
    }
    return name;
}

Parsed parse(const QString &typed)
{
    const QString text = typed.trimmed();
    if (text.size() > 2 && text.startsWith(u'/') && text.endsWith(u'/'))
        return {text.mid(1, text.size() - 2), NameMatch::Regex};
    if (text.size() > 1 && text.endsWith(u'*'))
        return {text.chopped(1), NameMatch::Prefix};
    return {text, NameMatch::Exact};
}

QString comparableDomain(QString domain)
{
    domain = domain.trimmed().toLower();
    while (domain.startsWith(u'.'))
        domain.remove(0, 1);
    return domain;
}

} // namespace CookieName
