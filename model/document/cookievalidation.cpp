// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "document/cookievalidation.h"

#include <QRegularExpression>

bool CookieValidation::isToken(const QString &name)
{
    if (name.isEmpty())
        return false;
    static const QLatin1StringView separators("()<>@,;:\\\"/[]?={} \t");
    for (const QChar c : name) {
        if (c.unicode() <= 0x20 || c.unicode() >= 0x7f || separators.contains(c))
            return false;
    }
    return true;
}

bool CookieValidation::isValidName(const Cookie &cookie)
{
    switch (cookie.match) {
    case NameMatch::Exact:
        return isToken(cookie.name);
    case NameMatch::Prefix:
        return isToken(cookie.name);
    case NameMatch::Regex:
        return !cookie.name.isEmpty() && QRegularExpression(cookie.name).isValid();
    }
    return false;
}

QStringList CookieValidation::missingRequiredFields(const Cookie &cookie,
                                                    const QString &defaultLanguage)
{
    QStringList missing;
    if (cookie.name.trimmed().isEmpty())
        missing << QStringLiteral("name");
    if (cookie.providerId.trimmed().isEmpty())
        missing << QStringLiteral("provider");
    if (cookie.purpose.value(defaultLanguage).trimmed().isEmpty())
        missing << QStringLiteral("purpose");
    if (cookie.categoryId.trimmed().isEmpty())
        missing << QStringLiteral("category");
    if (!cookie.lifetime)
        missing << QStringLiteral("lifetime");
    return missing;
}
