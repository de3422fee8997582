// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "import/databasefill.h"

#include "format/inventoryfields.h"
#include "scan/scanreport.h"

#include <QSet>
#include <QUrl>

namespace {

// The category id Charte's templates use for an Open Cookie Database category.
QString categoryId(const QString &databaseCategory)
{
    const QString category = databaseCategory.toLower();
    if (category == QLatin1StringView("analytics"))
        return QStringLiteral("statistics");
    if (category == QLatin1StringView("marketing"))
        return QStringLiteral("marketing");
    if (category == QLatin1StringView("security") || category == QLatin1StringView("necessary"))
        return QStringLiteral("necessary");
    if (category == QLatin1StringView("functional") || category == QLatin1StringView("personalization"))
        return QStringLiteral("functional");
    return {};
}

void ensureCategory(Policy &policy, const KnownCookie &entry)
{
    if (!KnownCookies::categoryFor(entry, policy).isEmpty())
        return;
    const QString id = categoryId(entry.category);
    const KnownCategory *known = InventoryFields::knownCategory(id);
    if (!known)
        return;
    Category category;
    category.id = id;
    category.name.set(QStringLiteral("fr"), known->nameFr);
    category.name.set(QStringLiteral("en"), known->nameEn);
    category.required = known->required;
    policy.categories.append(category);
}

void ensureProvider(Policy &policy, const KnownCookie &entry)
{
    const QString name = entry.controller.isEmpty() ? entry.platform : entry.controller;
    if (name.isEmpty())
        return;
    for (const Provider &provider : std::as_const(policy.providers)) {
        if (provider.name.compare(entry.controller, Qt::CaseInsensitive) == 0 ||
            provider.name.compare(entry.platform, Qt::CaseInsensitive) == 0)
            return;
    }
    Provider provider;
    provider.name = name;
    QString id = InventoryFields::slugify(name);
    for (int n = 2; policy.provider(id); ++n)
        id = InventoryFields::slugify(name) + u'-' + QString::number(n);
    provider.id = id;
    provider.privacyPolicyUrl = entry.privacyUrl;
    policy.providers.append(provider);
}

QString registrable(const QString &hostOrUrl)
{
    QString host = hostOrUrl.trimmed().toLower();
    if (host.contains(QLatin1StringView("://")))
        host = QUrl(host).host();
    else if (host.contains(u'/') || host.contains(u'#'))
        return {}; // a relative address names no site
    while (host.startsWith(u'.'))
        host.remove(0, 1);
    return host.isEmpty() ? QString() : SiteScope::registrableDomain(host);
}

// The registrable domains the database marks "(3rd party)".
QSet<QString> thirdPartyDomains(const KnownCookies &database)
{
    QSet<QString> domains;
    for (qsizetype i = 0; i < database.size(); ++i) {
        const KnownCookie &entry = database.at(i);
        if (entry.domain.contains(QLatin1StringView("3rd party"), Qt::CaseInsensitive))
            domains.insert(registrable(KnownCookies::normalisedDomain(entry.domain)));
    }
    domains.remove(QString());
    return domains;
}

} // namespace

void DatabaseFill::fill(Policy &policy)
{
    for (qsizetype i = 0; i < policy.cookies.size(); ++i) {
        Cookie cookie = policy.cookies.at(i);
        fill(cookie, policy);
        policy.cookies[i] = cookie;
    }
}

QStringList DatabaseFill::fill(Cookie &cookie, Policy &policy)
{
    const KnownCookie *entry = m_database.bestMatch(cookie);
    if (!entry)
        return {};
    if (cookie.categoryId.isEmpty())
        ensureCategory(policy, *entry);
    if (cookie.providerId.isEmpty())
        ensureProvider(policy, *entry);
    const QStringList filled = m_database.fillEmptyFields(cookie, policy);
    m_fields += int(filled.size());
    m_cookies += filled.isEmpty() ? 0 : 1;
    return filled;
}

int ThirdParties::mark(Policy &policy, const QString &siteHost, const KnownCookies &database)
{
    const QString site = registrable(siteHost);
    const QSet<QString> thirdDomains = site.isEmpty() ? thirdPartyDomains(database) : QSet<QString>();
    int marked = 0;
    for (Cookie &cookie : policy.cookies) {
        if (cookie.party == Party::Third)
            continue;
        bool third = false;
        const QString domain = registrable(cookie.domain);
        if (!site.isEmpty() && !domain.isEmpty())
            third = domain != site;
        if (!third && !site.isEmpty()) {
            if (const Provider *provider = policy.provider(cookie.providerId)) {
                const QString address = !provider->website.isEmpty() ? provider->website
                                                                     : provider->privacyPolicyUrl;
                const QString providerDomain = registrable(address);
                third = !providerDomain.isEmpty() && providerDomain != site;
            }
        }
        // Without the site, the database's word: "doubleclick.net (3rd party)", for
        // the cookie, or for a provider named by its domain ("facebook.com").
        if (!third && site.isEmpty()) {
            if (const KnownCookie *entry = database.bestMatch(cookie)) {
                third = entry->domain.contains(QLatin1StringView("3rd party"), Qt::CaseInsensitive) &&
                        (domain.isEmpty() || domain == registrable(KnownCookies::normalisedDomain(entry->domain)));
            }
            const Provider *provider = policy.provider(cookie.providerId);
            if (!third && provider)
                third = thirdDomains.contains(registrable(provider->name)) ||
                        thirdDomains.contains(domain);
            // A provider known by its company name whose address is elsewhere
            // (Meta, Google): not the site's own.
            const bool namedByDomain = provider && provider->name.contains(u'.') &&
                                       !provider->name.trimmed().contains(u' ');
            if (!third && provider && !provider->privacyPolicyUrl.isEmpty() && !namedByDomain)
                third = true;
        }
        if (third) {
            cookie.party = Party::Third;
            ++marked;
        }
    }
    return marked;
}
