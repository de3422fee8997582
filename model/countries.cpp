#include "countries.h"

#include <QLocale>

#include <algorithm>

QStringList Countries::eeaAndEuCodes()
{
    static const QStringList codes = [] {
        QStringList list = {
            // The 27 member states of the European Union.
            QStringLiteral("AT"), QStringLiteral("BE"), QStringLiteral("BG"), QStringLiteral("CY"),
            QStringLiteral("CZ"), QStringLiteral("DE"), QStringLiteral("DK"), QStringLiteral("EE"),
            QStringLiteral("ES"), QStringLiteral("FI"), QStringLiteral("FR"), QStringLiteral("GR"),
            QStringLiteral("HR"), QStringLiteral("HU"), QStringLiteral("IE"), QStringLiteral("IT"),
            QStringLiteral("LT"), QStringLiteral("LU"), QStringLiteral("LV"), QStringLiteral("MT"),
            QStringLiteral("NL"), QStringLiteral("PL"), QStringLiteral("PT"), QStringLiteral("RO"),
            QStringLiteral("SE"), QStringLiteral("SI"), QStringLiteral("SK"),
            // The EU's code for Greece, found in EU registers.
            QStringLiteral("EL"),
            // The rest of the European Economic Area.
            QStringLiteral("IS"), QStringLiteral("LI"), QStringLiteral("NO"),
            // EU territory with its own ISO code: French outermost regions, Åland.
            QStringLiteral("AX"), QStringLiteral("GF"), QStringLiteral("GP"), QStringLiteral("MF"),
            QStringLiteral("MQ"), QStringLiteral("RE"), QStringLiteral("YT"),
        };
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
