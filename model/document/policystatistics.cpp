// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "document/policystatistics.h"

#include "document/countries.h"

#include <QHash>
#include <QMap>

PolicyStatistics::LifetimeBucket PolicyStatistics::bucketOf(const std::optional<Lifetime> &lifetime)
{
    if (!lifetime)
        return UnstatedLifetime;
    if (lifetime->isSession())
        return Session;
    const qint64 seconds = lifetime->seconds();
    if (seconds <= Lifetime::Month)
        return UpToOneMonth;
    if (seconds <= 6 * Lifetime::Month)
        return UpToSixMonths;
    if (seconds <= 13 * Lifetime::Month)
        return UpToThirteenMonths;
    return LongerThanThirteenMonths;
}

PolicyStatistics PolicyStatistics::compute(const Policy &policy, const QString &language)
{
    PolicyStatistics stats;
    stats.m_cookieCount = policy.cookies.size();
    stats.m_providerCount = policy.providers.size();

    QHash<QString, qsizetype> perCategory;
    QHash<QString, qsizetype> perProvider;
    for (const Cookie &cookie : policy.cookies) {
        ++perCategory[cookie.categoryId];
        ++perProvider[cookie.providerId];
        if (cookie.party == Party::First)
            ++stats.m_firstParty;
        else
            ++stats.m_thirdParty;
        ++stats.m_lifetimes[bucketOf(cookie.lifetime)];
    }

    for (const Category &category : policy.categories) {
        QString name = policy.text(category.name, language);
        if (name.isEmpty())
            name = category.id;
        stats.m_perCategory.append({category.id, name, perCategory.take(category.id), true});
    }
    // What is left are ids no category defines: shown, so the mistake is visible.
    QMap<QString, qsizetype> unknown;
    for (auto it = perCategory.cbegin(); it != perCategory.cend(); ++it)
        unknown.insert(it.key(), it.value());
    for (auto it = unknown.cbegin(); it != unknown.cend(); ++it)
        stats.m_perCategory.append({it.key(), it.key(), it.value(), false});

    for (const Provider &provider : policy.providers) {
        const QString name = provider.name.isEmpty() ? provider.id : provider.name;
        const QString country = provider.country.trimmed().toUpper();
        if (country.isEmpty())
            stats.m_withoutCountry.append(name);
        else if (!Countries::isInEeaOrEu(country))
            stats.m_thirdCountries.append(
                {provider.id, name, country, perProvider.value(provider.id)});
    }
    return stats;
}
