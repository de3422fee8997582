// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "document/countries.h"

#include <QLocale>

#include <unicode/uloc.h>

#include <algorithm>
#include <array>

namespace {
// The 27 member states of the European Union, and "EL", the EU's own code for Greece.
constexpr auto EuMembers = QLatin1StringView(
    "AT BE BG CY CZ DE DK EE EL ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK");
// The rest of the European Economic Area.
constexpr auto OtherEeaStates = QLatin1StringView("IS LI NO");
// EU territory with an ISO code of its own: Åland and the French outermost regions.
constexpr auto EuTerritories = QLatin1StringView("AX GF GP MF MQ RE YT");
} // namespace

QStringList Countries::eeaAndEuCodes()
{
    static const QStringList codes = [] {
        QStringList list;
        for (const QLatin1StringView group : {EuMembers, OtherEeaStates, EuTerritories})
            list += QString(group).split(u' ');
        std::sort(list.begin(), list.end());
        return list;
    }();
    return codes;
}

bool Countries::isInEeaOrEu(const QString &code)
{
    const QString normalized = code.trimmed().toUpper();
    if (normalized.size() != 2)
        return false;
    const QStringList &codes = eeaAndEuCodes();
    return std::binary_search(codes.cbegin(), codes.cend(), normalized);
}

QStringList Countries::codes()
{
    static const QStringList all = [] {
        QStringList list;
        for (int value = 1; value <= int(QLocale::LastTerritory); ++value) {
            const QString code = QLocale::territoryToCode(QLocale::Territory(value));
            // Regions ("001" the world, "419" Latin America) have three digits.
            if (code.size() == 2 && code.at(0).isLetter() && code.at(1).isLetter())
                list << code;
        }
        std::sort(list.begin(), list.end());
        list.erase(std::unique(list.begin(), list.end()), list.end());
        return list;
    }();
    return all;
}

bool Countries::isCountryCode(const QString &code)
{
    const QString normalized = code.trimmed().toUpper();
    if (normalized == QLatin1StringView("EL"))
        return true;
    const QStringList &all = codes();
    return normalized.size() == 2 && std::binary_search(all.cbegin(), all.cend(), normalized);
}

QString Countries::displayName(const QString &code, const QString &language)
{
    QString normalized = code.trimmed().toUpper();
    if (normalized == QLatin1StringView("EL"))
        normalized = QStringLiteral("GR");
    if (!isCountryCode(normalized))
        return code;
    // "und_NZ": a locale of no particular language in that territory, whose country
    // part ICU names in the display language.
    const QByteArray locale = "und_" + normalized.toLatin1();
    const QByteArray display = language.isEmpty() ? QByteArray("en") : language.toLatin1().replace('-', '_');
    std::array<UChar, 128> name{};
    UErrorCode status = U_ZERO_ERROR;
    const int32_t length = uloc_getDisplayCountry(locale.constData(), display.constData(), name.data(),
                                                  int32_t(name.size()), &status);
    if (U_FAILURE(status) || length <= 0 || length > int32_t(name.size()))
        return QLocale::territoryToString(QLocale::codeToTerritory(normalized));
    const QString result = QString::fromUtf16(reinterpret_cast<const char16_t *>(name.data()), length);
    // ICU answers with the code when its data has no name for it.
    return result == normalized ? QLocale::territoryToString(QLocale::codeToTerritory(normalized)) : result;
}
