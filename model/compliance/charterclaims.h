// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include <QList>
#include <QString>

// What a text written for visitors claims about the cookies a site uses, found by
// its wording in French and English: "we only use necessary cookies", "aucun cookie
// tiers". The checker compares each claim with the inventory (rule
// charter.claims-match-inventory), so a charter or banner that promises less than
// the site does is caught when the inventory grows and the text stays.
enum class CookieClaim {
    OnlyExempt,            // only necessary cookies, nothing that needs consent
    NoThirdParty,          // no third-party cookies
    NoAdvertising,         // no advertising, marketing or targeting cookies
    NoAudienceMeasurement, // no analytics, statistics or tracking cookies
};

namespace CharterClaims {
// The claims the text makes, each once, in the order above.
QList<CookieClaim> find(const QString &text);
} // namespace CharterClaims
