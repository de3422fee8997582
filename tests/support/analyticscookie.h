// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include "document/policy.h"

namespace TestSupport {
// A third-party audience cookie kept 13 months, in French and English: the change that
// publishing tests add to a published document, because it requires new consent.
inline Cookie analyticsCookie()
{
    Cookie ga;
    ga.name = QStringLiteral("_ga");
    ga.providerId = QStringLiteral("google");
    ga.categoryId = QStringLiteral("statistics");
    ga.lifetime = Lifetime::fromSeconds(13 * Lifetime::Month);
    ga.purpose.set(QStringLiteral("fr"), QStringLiteral("Mesure d'audience"));
    ga.purpose.set(QStringLiteral("en"), QStringLiteral("Audience measurement"));
    ga.service.set(QStringLiteral("fr"), QStringLiteral("Statistiques"));
    ga.service.set(QStringLiteral("en"), QStringLiteral("Statistics"));
    ga.party = Party::Third;
    ga.domain = QStringLiteral("www.valbourg.example");
    return ga;
}
} // namespace TestSupport
