// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "document/languages.h"

#include <QCoreApplication>

#include "document/policy.h"

bool Languages::isFrench(QStringView code)
{
    // Tags are case-insensitive; files and locales write the region after '-' or '_'.
    if (!code.startsWith(QLatin1StringView("fr"), Qt::CaseInsensitive))
        return false;
    return code.size() == 2 || code.at(2) == QLatin1Char('-') || code.at(2) == QLatin1Char('_');
}

QStringList Languages::defaultFirst(const QString &defaultLanguage, const QStringList &languages)
{
    QStringList result;
    result.reserve(languages.size() + 1);
    if (!defaultLanguage.isEmpty())
        result << defaultLanguage;
    for (const QString &language : languages) {
        if (!language.isEmpty() && !result.contains(language))
            result << language;
    }
    return result;
}

QStringList Languages::defaultFirst(const PolicyMeta &meta)
{
    return defaultFirst(meta.defaultLanguage, meta.languages);
}

QString Languages::ofInterface()
{
    return QCoreApplication::translate("Languages", "en", "language code of this translation");
}

QLocale Languages::interfaceLocale()
{
    return QLocale(ofInterface());
}
