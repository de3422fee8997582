// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "compliance/charterclaims.h"

#include "document/textfolding.h"

#include <QRegularExpression>

#include <algorithm>

namespace {

struct ClaimWording
{
    CookieClaim claim;
    QRegularExpression pattern; // over TextFolding::wordingKey: lower case, no accents, single spaces
};

// A pattern that matches whole words only.
QRegularExpression words(const QString &pattern)
{
    return QRegularExpression(QStringLiteral("(?:^| )") + pattern + QStringLiteral("(?: |$)"));
}

// The wordings, written from the sentences charters and banners use. A claim is
// a heuristic: the person can suppress a finding with a justification.
const QList<ClaimWording> &wordings()
{
    static const QList<ClaimWording> list = [] {
        const auto necessaryEn = "(?:strictly )?(?:necessary|essential|technical|functional|required)";
        const auto necessaryFr = "(?:strictement )?(?:necessaires?|essentiels?|techniques?|indispensables?|fonctionnels?)";
        QList<ClaimWording> all;
        const auto add = [&all](CookieClaim claim, const QString &pattern) {
            all.append({claim, words(pattern)});
        };
        add(CookieClaim::OnlyExempt,
            QStringLiteral("(?:only|solely|exclusively) (?:uses? |sets? |places? |stores? )?%1 cookies").arg(QLatin1StringView(necessaryEn)));
        add(CookieClaim::OnlyExempt, QStringLiteral("only cookies (?:that are |which are )?%1").arg(QLatin1StringView(necessaryEn)));
        add(CookieClaim::OnlyExempt,
            QStringLiteral("no cookies? (?:that |which )?(?:requires?|requiring|needs?|needing|subject to) (?:your )?consent"));
        add(CookieClaim::OnlyExempt,
            QStringLiteral("(?:uniquement|seulement|exclusivement) (?:des |les |de )?cookies %1").arg(QLatin1StringView(necessaryFr)));
        add(CookieClaim::OnlyExempt, QStringLiteral("que des cookies %1").arg(QLatin1StringView(necessaryFr)));
        add(CookieClaim::OnlyExempt,
            QStringLiteral("(?:aucun|pas de) cookies? (?:n est )?(?:soumis|necessitant|requerant|exigeant) (?:a )?(?:votre )?consentement"));

        add(CookieClaim::NoThirdParty, QStringLiteral("no third party cookies?"));
        add(CookieClaim::NoThirdParty, QStringLiteral("(?:do|does|will) not (?:use|set|place) (?:any )?third party cookies"));
        add(CookieClaim::NoThirdParty, QStringLiteral("(?:aucun|pas de) cookies? tiers"));

        const auto advertisingEn = "(?:advertising|marketing|targeting|ad|ads)";
        add(CookieClaim::NoAdvertising, QStringLiteral("no %1 cookies?").arg(QLatin1StringView(advertisingEn)));
        add(CookieClaim::NoAdvertising,
            QStringLiteral("(?:do|does|will) not (?:use|set|place) (?:any )?%1 cookies").arg(QLatin1StringView(advertisingEn)));
        add(CookieClaim::NoAdvertising,
            QStringLiteral("(?:aucun|pas de) cookies? (?:publicitaires?|de publicite|de ciblage|marketing)"));

        const auto audienceEn = "(?:analytics|statistics|statistical|tracking|audience measurement)";
        add(CookieClaim::NoAudienceMeasurement, QStringLiteral("no %1 cookies?").arg(QLatin1StringView(audienceEn)));
        add(CookieClaim::NoAudienceMeasurement,
            QStringLiteral("(?:do|does|will) not (?:use|set|place) (?:any )?%1 cookies").arg(QLatin1StringView(audienceEn)));
        add(CookieClaim::NoAudienceMeasurement,
            QStringLiteral("(?:aucun|pas de) cookies? (?:de mesure d audience|statistiques?|analytiques?|de suivi|de pistage|de tracage)"));
        return all;
    }();
    return list;
}

} // namespace

QList<CookieClaim> CharterClaims::find(const QString &text)
{
    const QString folded = TextFolding::wordingKey(text);
    QList<CookieClaim> claims;
    for (const ClaimWording &wording : wordings()) {
        if (!claims.contains(wording.claim) && wording.pattern.match(folded).hasMatch())
            claims.append(wording.claim);
    }
    std::sort(claims.begin(), claims.end());
    return claims;
}
