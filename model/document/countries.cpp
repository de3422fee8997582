#include "document/countries.h"

#include <QLocale>

#include <algorithm>

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

QString Countries::displayName(const QString &code)
{
    QString normalized = code.trimmed().toUpper();
    if (normalized == QLatin1StringView("EL"))
        normalized = QStringLiteral("GR");
    const QLocale::Territory territory = QLocale::codeToTerritory(normalized);
    if (territory == QLocale::AnyTerritory)
        return code;
    return QLocale::territoryToString(territory);
}
