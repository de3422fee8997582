// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include "document/policy.h"

#include <QList>
#include <QString>

#include <array>
#include <optional>

// The figures the Overview shows at a glance: how many cookies, in which
// categories, set by whom, for how long, and which providers sit outside the
// EU/EEA. Computed from a Policy in one pass, so the overview can recompute on
// every change of the document.
class PolicyStatistics
{
public:
    // Lifetime bands in the terms privacy officers use; 13 months is the CNIL's
    // ceiling for audience-measurement cookies. A month is 30 days (Lifetime::Month).
    enum LifetimeBucket {
        Session,
        UpToOneMonth,
        UpToSixMonths,
        UpToThirteenMonths,
        LongerThanThirteenMonths,
        UnstatedLifetime, // no lifetime given yet
        LifetimeBucketCount
    };

    struct CategoryCount
    {
        QString id;
        QString name; // in the requested language; the id if the category is unknown
        qsizetype count = 0;
        bool known = true; // false: cookies name a category the document does not define
    };

    struct ThirdCountryProvider
    {
        QString providerId;
        QString providerName;
        QString country; // as written in the document, upper case
        qsizetype cookieCount = 0;
    };

    // language chooses the category names (falling back to the default language).
    static PolicyStatistics compute(const Policy &policy, const QString &language = {});
    static LifetimeBucket bucketOf(const std::optional<Lifetime> &lifetime);

    qsizetype cookieCount() const { return m_cookieCount; }
    // Document categories in document order (zero counts included), then the ids
    // cookies use without a definition, sorted; "" stands for "no category".
    const QList<CategoryCount> &cookiesPerCategory() const { return m_perCategory; }
    qsizetype firstPartyCount() const { return m_firstParty; }
    qsizetype thirdPartyCount() const { return m_thirdParty; }
    qsizetype lifetimeCount(LifetimeBucket bucket) const { return m_lifetimes.at(bucket); }
    qsizetype providerCount() const { return m_providerCount; }
    // Providers whose country is outside the EU/EEA, in document order.
    const QList<ThirdCountryProvider> &thirdCountryProviders() const { return m_thirdCountries; }
    // Names of providers with no country: whether they transfer data is unknown.
    const QStringList &providersWithoutCountry() const { return m_withoutCountry; }

private:
    qsizetype m_cookieCount = 0;
    QList<CategoryCount> m_perCategory;
    qsizetype m_firstParty = 0;
    qsizetype m_thirdParty = 0;
    std::array<qsizetype, LifetimeBucketCount> m_lifetimes{};
    qsizetype m_providerCount = 0;
    QList<ThirdCountryProvider> m_thirdCountries;
    QStringList m_withoutCountry;
};
