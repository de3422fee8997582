// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include "document/policy.h"

#include <QList>
#include <QString>

#include <array>
#include <random>

// Large, realistic-looking inventories for benchmarks: cookie names built from the
// stems real sites use, dozens of providers with their countries, FR/EN services
// and purposes composed from typical phrases, lifetimes people declare. Seeded, so
// every run measures the same document.
namespace PolicyGenerator {

namespace Detail {

struct ProviderSeed
{
    const char *id;
    const char *name;
    const char *domain;
    const char *country;
};

inline constexpr std::array<ProviderSeed, 24> providers{{
    {"site", "Ville de Valbourg", "www.valbourg.example", "FR"},
    {"google", "Google Ireland Limited", "google.com", "IE"},
    {"meta", "Meta Platforms Ireland", "facebook.com", "IE"},
    {"matomo", "Matomo (InnoCraft)", "matomo.cloud", "NZ"},
    {"hotjar", "Hotjar Ltd", "hotjar.com", "MT"},
    {"microsoft", "Microsoft Ireland Operations", "clarity.ms", "IE"},
    {"linkedin", "LinkedIn Ireland", "linkedin.com", "IE"},
    {"cloudflare", "Cloudflare, Inc.", "cloudflare.com", "US"},
    {"hubspot", "HubSpot, Inc.", "hubspot.com", "US"},
    {"youtube", "YouTube (Google)", "youtube.com", "IE"},
    {"vimeo", "Vimeo.com, Inc.", "vimeo.com", "US"},
    {"tiktok", "TikTok Technology Limited", "tiktok.com", "IE"},
    {"criteo", "Criteo SA", "criteo.com", "FR"},
    {"atinternet", "AT Internet (Piano)", "xiti.com", "FR"},
    {"axeptio", "Axeptio", "axeptio.eu", "FR"},
    {"didomi", "Didomi", "didomi.io", "FR"},
    {"stripe", "Stripe Payments Europe", "stripe.com", "IE"},
    {"intercom", "Intercom R&D Unlimited", "intercom.io", "IE"},
    {"zendesk", "Zendesk, Inc.", "zendesk.com", "US"},
    {"twitter", "X Corp.", "x.com", "US"},
    {"pinterest", "Pinterest Europe", "pinterest.com", "IE"},
    {"opendatasoft", "Opendatasoft", "opendatasoft.com", "FR"},
    {"snapchat", "Snap Inc.", "snapchat.com", "US"},
    {"amazon", "Amazon Web Services EMEA", "amazonaws.com", "LU"},
}};

inline constexpr std::array<const char *, 40> nameStems{{
    "_ga",
    "_gid",
    "_gat",
    "_gcl_au",
    "_fbp",
    "fr",
    "_hjSession",
    "_hjSessionUser",
    "_clck",
    "_clsk",
    "MUID",
    "bcookie",
    "li_gc",
    "lidc",
    "__cf_bm",
    "_cfuvid",
    "hubspotutk",
    "__hstc",
    "__hssc",
    "IDE",
    "NID",
    "YSC",
    "VISITOR_INFO1_LIVE",
    "vuid",
    "_ttp",
    "uid",
    "atuserid",
    "axeptio_cookies",
    "didomi_token",
    "__stripe_mid",
    "intercom-id",
    "__zlcmid",
    "guest_id",
    "_pinterest_sess",
    "sessionid",
    "csrftoken",
    "PHPSESSID",
    "lang",
    "_pk_id",
    "_pk_ses",
}};

inline constexpr std::array<const char *, 12> verbsFr{
    {"Mesurer", "Mémoriser", "Distinguer", "Compter", "Conserver", "Identifier", "Limiter",
     "Personnaliser", "Sécuriser", "Afficher", "Suivre", "Retenir"}};
inline constexpr std::array<const char *, 12> verbsEn{
    {"Measures", "Remembers", "Distinguishes", "Counts", "Keeps", "Identifies", "Limits",
     "Personalises", "Secures", "Shows", "Tracks", "Retains"}};
inline constexpr std::array<const char *, 10> objectsFr{
    {"les visites", "la langue choisie", "les visiteurs uniques", "les pages vues",
     "la session de navigation", "le consentement", "les requêtes envoyées", "les vidéos regardées",
     "le panier", "les préférences d'affichage"}};
inline constexpr std::array<const char *, 10> objectsEn{
    {"visits", "the chosen language", "unique visitors", "page views", "the browsing session",
     "the consent choice", "requests sent", "videos watched", "the basket", "display preferences"}};
inline constexpr std::array<const char *, 8> contextsFr{
    {"pour améliorer le site.", "d'une page à l'autre.", "afin de proposer des publicités.",
     "pendant la navigation.", "sur l'ensemble des sous-domaines.",
     "pour des statistiques anonymes.", "lors d'une démarche en ligne.",
     "pour protéger les formulaires."}};
inline constexpr std::array<const char *, 8> contextsEn{
    {"to improve the site.", "from one page to the next.", "to show advertising.",
     "while browsing.", "across all subdomains.", "for anonymous statistics.",
     "during an online procedure.", "to protect forms."}};
inline constexpr std::array<const char *, 8> servicesFr{
    {"Mesure d'audience", "Connexion", "Vidéos intégrées", "Publicité ciblée", "Paiement en ligne",
     "Assistance en ligne", "Partage sur les réseaux", "Sécurité"}};
inline constexpr std::array<const char *, 8> servicesEn{
    {"Audience measurement", "Sign-in", "Embedded videos", "Targeted advertising", "Online payment",
     "Online support", "Social sharing", "Security"}};
inline constexpr std::array<const char *, 6> placesFr{
    {"tout le site", "pages Actualités", "espace citoyen", "boutique", "agenda", "accueil"}};
inline constexpr std::array<const char *, 6> placesEn{
    {"whole site", "News pages", "citizen area", "shop", "events", "home page"}};
inline constexpr std::array<qint64, 12> lifetimes{{0, 0, 1800, 3600, 86400, 7 * 86400, 14 * 86400,
                                                   30 * 86400, 182 * 86400, 390 * 86400,
                                                   400 * 86400, 730 * 86400}};

inline QString utf8(const char *text)
{
    return QString::fromUtf8(text);
}

} // namespace Detail

// Categories necessary/functional/statistics/marketing in French and English.
inline QList<Category> categories()
{
    const auto make = [](const char *id, const char *fr, const char *en, bool required) {
        Category category;
        category.id = QString::fromLatin1(id);
        category.name.set(QStringLiteral("fr"), QString::fromUtf8(fr));
        category.name.set(QStringLiteral("en"), QString::fromUtf8(en));
        category.required = required;
        return category;
    };
    return {make("necessary", "Cookies nécessaires", "Necessary cookies", true),
            make("functional", "Fonctionnels", "Functional", false),
            make("statistics", "Mesure d'audience", "Audience measurement", false),
            make("marketing", "Publicité", "Advertising", false)};
}

// A document with `count` cookies; the same seed gives the same document.
inline Policy generate(int count, quint32 seed = 20261129)
{
    using namespace Detail;
    std::mt19937 random(seed);
    const auto pick = [&random](const auto &list) -> decltype(list[0]) {
        return list[std::uniform_int_distribution<std::size_t>(0, list.size() - 1)(random)];
    };
    const auto chance = [&random](int percent) {
        return std::uniform_int_distribution<int>(0, 99)(random) < percent;
    };

    Policy policy;
    policy.meta.siteName = QStringLiteral("Valbourg");
    policy.meta.siteUrl = QStringLiteral("https://www.valbourg.example");
    policy.meta.languages = {QStringLiteral("fr"), QStringLiteral("en")};
    policy.categories = categories();
    for (const ProviderSeed &seedProvider : providers) {
        Provider provider;
        provider.id = QString::fromLatin1(seedProvider.id);
        provider.name = utf8(seedProvider.name);
        provider.website = QStringLiteral("https://") + QString::fromLatin1(seedProvider.domain);
        provider.privacyPolicyUrl = provider.website + QStringLiteral("/privacy");
        provider.country = QString::fromLatin1(seedProvider.country);
        policy.providers.append(provider);
    }

    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    policy.cookies.reserve(count);
    for (int i = 0; i < count; ++i) {
        Cookie cookie;
        const std::size_t providerIndex =
            std::uniform_int_distribution<std::size_t>(0, providers.size() - 1)(random);
        const ProviderSeed &provider = providers[providerIndex];
        cookie.providerId = QString::fromLatin1(provider.id);
        cookie.name = QString::fromLatin1(pick(nameStems));
        if (chance(85)) {
            // Suffixes as sites add them (_ga_XXXXXX, _pk_id.1.abcd).
            QString suffix;
            for (int c = 0; c < 6; ++c)
                suffix += QLatin1Char(alphabet[std::uniform_int_distribution<int>(0, 35)(random)]);
            cookie.name += QLatin1Char('_') + suffix.toUpper();
        }
        const std::size_t service =
            std::uniform_int_distribution<std::size_t>(0, servicesFr.size() - 1)(random);
        const std::size_t place =
            std::uniform_int_distribution<std::size_t>(0, placesFr.size() - 1)(random);
        cookie.service.set(QStringLiteral("fr"), utf8(servicesFr[service]) + QStringLiteral(" (") +
                                                     utf8(placesFr[place]) + QLatin1Char(')'));
        cookie.service.set(QStringLiteral("en"), utf8(servicesEn[service]) + QStringLiteral(" (") +
                                                     utf8(placesEn[place]) + QLatin1Char(')'));
        const std::size_t verb =
            std::uniform_int_distribution<std::size_t>(0, verbsFr.size() - 1)(random);
        const std::size_t object =
            std::uniform_int_distribution<std::size_t>(0, objectsFr.size() - 1)(random);
        const std::size_t context =
            std::uniform_int_distribution<std::size_t>(0, contextsFr.size() - 1)(random);
        cookie.purpose.set(QStringLiteral("fr"), utf8(verbsFr[verb]) + QLatin1Char(' ') +
                                                     utf8(objectsFr[object]) + QLatin1Char(' ') +
                                                     utf8(contextsFr[context]));
        cookie.purpose.set(QStringLiteral("en"), utf8(verbsEn[verb]) + QLatin1Char(' ') +
                                                     utf8(objectsEn[object]) + QLatin1Char(' ') +
                                                     utf8(contextsEn[context]));
        cookie.categoryId =
            policy.categories.at(std::uniform_int_distribution<int>(0, 3)(random)).id;
        const qint64 seconds = pick(lifetimes);
        if (chance(97))
            cookie.lifetime = seconds == 0 ? Lifetime::session() : Lifetime::fromSeconds(seconds);
        cookie.domain = (providerIndex == 0 ? QString() : QStringLiteral(".")) +
                        QString::fromLatin1(provider.domain);
        cookie.party = providerIndex == 0 ? Party::First : Party::Third;
        cookie.storage = chance(90) ? StorageKind::Cookie
                                    : (chance(50) ? StorageKind::LocalStorage : StorageKind::Pixel);
        cookie.basis = cookie.categoryId == QLatin1StringView("necessary") ? LegalBasis::Exempt
                                                                       : LegalBasis::Consent;
        cookie.secure = chance(70);
        policy.cookies.append(std::move(cookie));
    }
    return policy;
}

} // namespace PolicyGenerator
