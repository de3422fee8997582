// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
// Rules on cookie rows, providers, categories and legal bases (docs/compliance-rules.md,
// "Cookie rows" and "Categories and legal basis").
#include "compliance/compliancerules.h"
#include "compliance/knowncookies.h"
#include "document/cookiename.h"
#include "document/cookievalidation.h"
#include "document/languages.h"
#include "document/textfolding.h"
#include "format/htmlwriter.h"

#include <QSet>
#include <QUrl>

#include <string_view>

namespace {

const QString sourceEprivacy = QStringLiteral("ePrivacy Directive 2002/58/EC, art. 5(3)");
const QString sourceCnilGuidelines = QStringLiteral("CNIL délibération 2020-091 (lignes directrices), art. 2");
const QString sourceCnilExempt =
    QStringLiteral("CNIL délibération 2020-091, art. 5; WP29 Opinion 04/2012 (exempt cookies)");
const QString sourceCnilAudience = QStringLiteral("CNIL délibération 2020-091, art. 5; CNIL, consent-exempt audience measurement");
const QString sourceRfc6265 = QStringLiteral("RFC 6265 §4.1.1; draft-ietf-httpbis-rfc6265bis");
const QString sourceGdprInformation = QStringLiteral("GDPR art. 13(1)(a, e, f); CNIL délibération 2020-092, art. 2");
const QString helpCnil = QStringLiteral("https://www.cnil.fr/fr/cookies-et-autres-traceurs/regles/cookies");
const QString helpAudience =
    QStringLiteral("https://www.cnil.fr/fr/cookies-et-autres-traceurs/regles/cookies-solutions-pour-les-outils-de-mesure-daudience");
const QString helpRfc = QStringLiteral("https://httpwg.org/http-extensions/draft-ietf-httpbis-rfc6265bis.html");

TwoLanguageText two(const QString &en, const QString &fr)
{
    return {en, fr};
}

void forEachCookie(const CheckContext &context,
                   const std::function<void(qsizetype, const Cookie &)> &visit)
{
    const QList<Cookie> &cookies = context.policy.cookies;
    for (qsizetype row = 0; row < cookies.size(); ++row)
        visit(row, cookies.at(row));
}

QString lifetimeText(qint64 seconds, const QString &language)
{
    return Lifetime::fromSeconds(seconds).format(language);
}

TwoLanguageText lifetimeArg(const TwoLanguageText &message, qint64 seconds)
{
    return {message.en.arg(lifetimeText(seconds, QStringLiteral("en"))), message.fr.arg(lifetimeText(seconds, QStringLiteral("fr")))};
}

TwoLanguageText twoLifetimes(const TwoLanguageText &message, qint64 a, qint64 b)
{
    return {message.en.arg(lifetimeText(a, QStringLiteral("en")), lifetimeText(b, QStringLiteral("en"))),
            message.fr.arg(lifetimeText(a, QStringLiteral("fr")), lifetimeText(b, QStringLiteral("fr")))};
}

bool isInEea(const QString &country)
{
    static const QSet<QString> eea = {
        QStringLiteral("AT"), QStringLiteral("BE"), QStringLiteral("BG"), QStringLiteral("HR"), QStringLiteral("CY"), QStringLiteral("CZ"), QStringLiteral("DK"), QStringLiteral("EE"), QStringLiteral("FI"), QStringLiteral("FR"),
        QStringLiteral("DE"), QStringLiteral("GR"), QStringLiteral("HU"), QStringLiteral("IE"), QStringLiteral("IT"), QStringLiteral("LV"), QStringLiteral("LT"), QStringLiteral("LU"), QStringLiteral("MT"), QStringLiteral("NL"),
        QStringLiteral("PL"), QStringLiteral("PT"), QStringLiteral("RO"), QStringLiteral("SK"), QStringLiteral("SI"), QStringLiteral("ES"), QStringLiteral("SE"), QStringLiteral("IS"), QStringLiteral("LI"), QStringLiteral("NO")};
    return eea.contains(country.trimmed().toUpper());
}

// The words people use for the columns, per language (the JSON key stays in the place).
QString fieldName(const QString &field, const QString &language)
{
    static const QHash<QString, std::pair<QString, QString>> names = {
        {QStringLiteral("name"), {QStringLiteral("name"), QStringLiteral("nom")}},
        {QStringLiteral("provider"), {QStringLiteral("provider"), QStringLiteral("fournisseur")}},
        {QStringLiteral("purpose"), {QStringLiteral("purpose"), QStringLiteral("finalité")}},
        {QStringLiteral("category"), {QStringLiteral("category"), QStringLiteral("catégorie")}},
        {QStringLiteral("lifetime"), {QStringLiteral("lifetime"), QStringLiteral("durée de conservation")}},
    };
    const auto found = names.constFind(field);
    if (found == names.cend())
        return field;
    return Languages::isFrench(language) ? found->second : found->first;
}

void checkRequiredFields(const CheckContext &context, FindingSink &sink)
{
    const QString &language = context.policy.meta.defaultLanguage;
    forEachCookie(context, [&](qsizetype row, const Cookie &cookie) {
        const QStringList missing = CookieValidation::missingRequiredFields(cookie, language);
        for (const QString &field : missing) {
            if (field == QLatin1StringView("lifetime") && cookie.unparsed.contains(field))
                continue; // cookie.lifetime-parsable says it better
            sink.add(FindingPlace::cookie(row, cookie, field),
                     two(QStringLiteral("The %1 is missing. Fill it in: the charter must state it for every cookie.").arg(
                             fieldName(field, QStringLiteral("en"))),
                         QStringLiteral("Le champ «\u00a0%1\u00a0» est vide. Renseignez-le\u00a0: la charte doit l'indiquer pour chaque cookie.").arg(
                             fieldName(field, QStringLiteral("fr")))));
        }
        if (!cookie.categoryId.isEmpty() && !context.category(row)) {
            sink.add(FindingPlace::cookie(row, cookie, QStringLiteral("category")),
                     two(QStringLiteral("Category \"%1\" does not exist. Choose one of the document's categories."),
                         QStringLiteral("La catégorie «\u00a0%1\u00a0» n'existe pas. Choisissez une catégorie du document."))
                         .arg(cookie.categoryId));
        }
    });
}

void checkLifetimeParsable(const CheckContext &context, FindingSink &sink)
{
    forEachCookie(context, [&](qsizetype row, const Cookie &cookie) {
        if (cookie.lifetime || !cookie.unparsed.contains(QStringLiteral("lifetime")))
            return;
        sink.add(FindingPlace::cookie(row, cookie, QStringLiteral("lifetime")),
                 two(QStringLiteral("The lifetime \"%1\" is not a duration. Write \"session\" or a duration such as \"13 months\"."),
                     QStringLiteral("La durée «\u00a0%1\u00a0» n'est pas une durée. Écrivez «\u00a0session\u00a0» ou une durée comme «\u00a013 mois\u00a0»."))
                     .arg(cookie.unparsed.value(QStringLiteral("lifetime"))));
    });
}

// RFC 6265 token characters as a bit table: the check runs on every row.
bool isTokenFast(const QString &name)
{
    static const std::array<bool, 128> allowed = [] {
        std::array<bool, 128> table{};
        for (int c = 0x21; c < 0x7f; ++c)
            table[std::size_t(c)] = true;
        for (char c : std::string_view("()<>@,;:\\\"/[]?={}"))
            table[std::size_t(c)] = false;
        return table;
    }();
    return std::all_of(name.cbegin(), name.cend(),
                       [](QChar c) { return c.unicode() < 128 && allowed[c.unicode()]; });
}

void checkNameToken(const CheckContext &context, FindingSink &sink)
{
    forEachCookie(context, [&](qsizetype row, const Cookie &cookie) {
        if (cookie.name.isEmpty())
            return;
        if (cookie.match == NameMatch::Regex ? CookieValidation::isValidName(cookie) : isTokenFast(cookie.name))
            return;
        const TwoLanguageText message =
            cookie.match == NameMatch::Regex
                ? two(QStringLiteral("The pattern \"%1\" is not a valid regular expression. Correct it."),
                      QStringLiteral("Le motif «\u00a0%1\u00a0» n'est pas une expression régulière valide. Corrigez-le."))
                : two(QStringLiteral("\"%1\" is not a valid cookie name: remove spaces, control characters and ()<>@,;:\\\"/[]?={}."),
                      QStringLiteral("«\u00a0%1\u00a0» n'est pas un nom de cookie valide\u00a0: retirez les espaces, caractères de contrôle et ()<>@,;:\\\"/[]?={}."));
        sink.add(FindingPlace::cookie(row, cookie, QStringLiteral("name")), message.arg(CookieName::display(cookie)));
    });
}

void checkPrefix(const CheckContext &context, FindingSink &sink)
{
    forEachCookie(context, [&](qsizetype row, const Cookie &cookie) {
        if (cookie.storage != StorageKind::Cookie || !cookie.name.startsWith(QLatin1Char('_')))
            return;
        const bool host = cookie.name.startsWith(QLatin1StringView("__Host-"));
        const bool secure = cookie.name.startsWith(QLatin1StringView("__Secure-"));
        if (!host && !secure)
            return;
        if (!cookie.secure) {
            sink.add(FindingPlace::cookie(row, cookie, QStringLiteral("secure")),
                     two(QStringLiteral("A cookie named %1… is refused by browsers without the Secure attribute. Mark it Secure."),
                         QStringLiteral("Un cookie nommé %1… est refusé par les navigateurs sans l'attribut Secure. Cochez Secure."))
                         .arg(host ? QStringLiteral("__Host-") : QStringLiteral("__Secure-")));
        }
        if (host && !cookie.domain.isEmpty()) {
            sink.add(FindingPlace::cookie(row, cookie, QStringLiteral("domain")),
                     two(QStringLiteral("A __Host- cookie must not have a Domain attribute. Leave the domain empty."),
                         QStringLiteral("Un cookie __Host- ne doit pas avoir d'attribut Domain. Laissez le domaine vide.")));
        }
        if (host && !cookie.path.isEmpty() && cookie.path != QLatin1StringView("/")) {
            sink.add(FindingPlace::cookie(row, cookie, QStringLiteral("path")),
                     two(QStringLiteral("A __Host- cookie must have Path=/. Set the path to \"/\"."),
                         QStringLiteral("Un cookie __Host- doit avoir Path=/. Indiquez le chemin «\u00a0/\u00a0».")));
        }
    });
}

void checkBrowserCap(const CheckContext &context, FindingSink &sink)
{
    const qint64 cap = context.profile.browserCapSeconds;
    forEachCookie(context, [&](qsizetype row, const Cookie &cookie) {
        if (cookie.storage != StorageKind::Cookie || !cookie.lifetime || cookie.lifetime->seconds() <= cap)
            return;
        sink.add(FindingPlace::cookie(row, cookie, QStringLiteral("lifetime")),
                 twoLifetimes(two(QStringLiteral("Declared lifetime %1 is over the %2 browsers allow; they cut it. Declare at most %2."),
                                  QStringLiteral("La durée déclarée %1 dépasse les %2 admis par les navigateurs, qui la raccourcissent. Déclarez au plus %2.")),
                              cookie.lifetime->seconds(), cap));
    });
}

void checkDuplicate(const CheckContext &context, FindingSink &sink)
{
    // Sort (hash of name, row) pairs and compare neighbours: no allocation per row,
    // and domains are normalised only for rows whose names collide.
    const QList<Cookie> &cookies = context.policy.cookies;
    std::vector<std::pair<size_t, qsizetype>> byName;
    byName.reserve(std::size_t(cookies.size()));
    for (qsizetype row = 0; row < cookies.size(); ++row) {
        if (!cookies.at(row).name.isEmpty())
            byName.emplace_back(qHash(cookies.at(row).name), row);
    }
    std::sort(byName.begin(), byName.end());
    std::vector<std::pair<qsizetype, qsizetype>> duplicates; // (row, earlier row)
    for (std::size_t first = 0; first < byName.size();) {
        std::size_t last = first + 1;
        while (last < byName.size() && byName[last].first == byName[first].first)
            ++last;
        for (std::size_t i = first + 1; i < last; ++i) {
            const Cookie &cookie = cookies.at(byName[i].second);
            const QString domain = KnownCookies::normalisedDomain(cookie.domain);
            for (std::size_t j = first; j < i; ++j) {
                const Cookie &earlier = cookies.at(byName[j].second);
                if (earlier.name == cookie.name && earlier.match == cookie.match &&
                    KnownCookies::normalisedDomain(earlier.domain) == domain) {
                    duplicates.emplace_back(byName[i].second, byName[j].second);
                    break;
                }
            }
        }
        first = last;
    }
    std::sort(duplicates.begin(), duplicates.end()); // report in document order
    for (const auto &[row, other] : duplicates) {
        const Cookie &cookie = cookies.at(row);
        sink.add(FindingPlace::cookie(row, cookie, QStringLiteral("name")),
                 two(QStringLiteral("%1 is declared twice for the same domain (also row %2). Merge the two rows."),
                     QStringLiteral("%1 est déclaré deux fois pour le même domaine (aussi ligne %2). Fusionnez les deux lignes."))
                     .arg(CookieName::display(cookie), QString::number(other + 1)));
    }
}

void checkExemptPurpose(const CheckContext &context, FindingSink &sink)
{
    forEachCookie(context, [&](qsizetype row, const Cookie &cookie) {
        if (cookie.basis != LegalBasis::Exempt || (context.purposes(row) & CheckContext::ExemptPurposes))
            return;
        sink.add(FindingPlace::cookie(row, cookie, QStringLiteral("basis")),
                 two(QStringLiteral("Nothing in the purpose of %1 is an exempt purpose (consent choice, sign-in, cart, language, load balancing, security, paywall, audience measurement). Ask consent, or describe the exempt purpose."),
                     QStringLiteral("Rien dans la finalité de %1 n'est une finalité exemptée (choix sur les cookies, connexion, panier, langue, répartition de charge, sécurité, paywall, mesure d'audience). Demandez le consentement, ou décrivez la finalité exemptée."))
                     .arg(CookieName::display(cookie)));
    });
}

void checkExemptSinglePurpose(const CheckContext &context, FindingSink &sink)
{
    forEachCookie(context, [&](qsizetype row, const Cookie &cookie) {
        if (cookie.basis != LegalBasis::Exempt || !(context.purposes(row) & CheckContext::NonExemptPurposes))
            return;
        sink.add(FindingPlace::cookie(row, cookie, QStringLiteral("basis")),
                 two(QStringLiteral("%1 also serves advertising, social media or tracking, so it cannot be exempt. Set its basis to consent."),
                     QStringLiteral("%1 sert aussi à la publicité, aux réseaux sociaux ou au suivi\u00a0: il ne peut pas être exempté. Passez sa base légale à consentement."))
                     .arg(CookieName::display(cookie)));
    });
}

void checkExemptDuration(const CheckContext &context, FindingSink &sink)
{
    const qint64 limit = context.profile.exemptMaxLifetimeSeconds;
    forEachCookie(context, [&](qsizetype row, const Cookie &cookie) {
        const unsigned purposes = context.purposes(row);
        if (cookie.basis != LegalBasis::Exempt || !cookie.lifetime || cookie.lifetime->seconds() <= limit)
            return;
        if (purposes & (CheckContext::Audience | CheckContext::ConsentStorage))
            return; // audience.max-lifetime and banner.consent-lifetime judge those
        sink.add(FindingPlace::cookie(row, cookie, QStringLiteral("lifetime")),
                 twoLifetimes(two(QStringLiteral("Exempt cookie kept %1, longer than %2: an exempt cookie must not outlive its purpose. Shorten it."),
                                  QStringLiteral("Cookie exempté conservé %1, plus que %2\u00a0: un cookie exempté ne doit pas survivre à sa finalité. Raccourcissez sa durée.")),
                              cookie.lifetime->seconds(), limit));
    });
}

bool isExemptAudience(const CheckContext &context, qsizetype row)
{
    return context.policy.cookies.at(row).basis == LegalBasis::Exempt &&
           (context.purposes(row) & CheckContext::Audience);
}

void checkAudienceLifetime(const CheckContext &context, FindingSink &sink)
{
    const qint64 limit = context.profile.audienceMaxLifetimeSeconds;
    forEachCookie(context, [&](qsizetype row, const Cookie &cookie) {
        if (!isExemptAudience(context, row) || !cookie.lifetime || cookie.lifetime->seconds() <= limit)
            return;
        sink.add(FindingPlace::cookie(row, cookie, QStringLiteral("lifetime")),
                 twoLifetimes(two(QStringLiteral("Exempt audience cookie kept %1; the limit is %2. Shorten it or ask consent."),
                                  QStringLiteral("Cookie de mesure d'audience exempté conservé %1\u00a0; la limite est %2. Raccourcissez-le ou demandez le consentement.")),
                              cookie.lifetime->seconds(), limit));
    });
}

void checkAudienceRetention(const CheckContext &context, FindingSink &sink)
{
    const qint64 limit = context.profile.audienceDataRetentionMaxSeconds;
    forEachCookie(context, [&](qsizetype row, const Cookie &cookie) {
        if (!isExemptAudience(context, row))
            return;
        std::optional<qint64> retention = statedDataRetention(cookie.extra);
        if (!retention) {
            if (const Provider *provider = context.policy.provider(cookie.providerId))
                retention = statedDataRetention(provider->extra);
        }
        if (!retention) {
            sink.add(FindingPlace::cookie(row, cookie, QStringLiteral("dataRetention")),
                     lifetimeArg(two(QStringLiteral("How long the audience data of %2 is kept is not stated. Add \"dataRetention\" (at most %1) to the cookie or its provider."),
                                     QStringLiteral("La durée de conservation des données d'audience de %2 n'est pas indiquée. Ajoutez «\u00a0dataRetention\u00a0» (au plus %1) au cookie ou à son fournisseur."))
                                     .arg(QStringLiteral("%1"), CookieName::display(cookie)),
                                 limit),
                     Severity::Warning);
        } else if (*retention > limit) {
            sink.add(FindingPlace::cookie(row, cookie, QStringLiteral("dataRetention")),
                     twoLifetimes(two(QStringLiteral("Audience data kept %1; exempt measurement allows %2. Reduce the retention or ask consent."),
                                      QStringLiteral("Données d'audience conservées %1\u00a0; la mesure exemptée permet %2. Réduisez la conservation ou demandez le consentement.")),
                                  *retention, limit));
        }
    });
}

void checkAudienceScope(const CheckContext &context, FindingSink &sink)
{
    forEachCookie(context, [&](qsizetype row, const Cookie &cookie) {
        if (!isExemptAudience(context, row))
            return;
        const bool crossSite = cookie.extra.value(QLatin1StringView("crossSite")).toBool();
        if (cookie.party == Party::First && cookie.storage != StorageKind::Pixel && !crossSite)
            return;
        sink.add(FindingPlace::cookie(row, cookie, QStringLiteral("party")),
                 two(QStringLiteral("Exempt audience measurement must be first-party, anonymous and limited to this site; %1 is third-party or cross-site. Ask consent for it."),
                     QStringLiteral("La mesure d'audience exemptée doit être interne, anonyme et limitée à ce site\u00a0; %1 est tiers ou intersite. Demandez le consentement."))
                     .arg(CookieName::display(cookie)));
    });
}

void checkMisclassified(const CheckContext &context, FindingSink &sink)
{
    const KnownCookies &database = context.knownCookies ? *context.knownCookies : KnownCookies::builtin();
    forEachCookie(context, [&](qsizetype row, const Cookie &cookie) {
        const Category *category = context.category(row);
        if (cookie.basis != LegalBasis::Exempt && !(category && category->required))
            return;
        if (cookie.name.isEmpty())
            return;
        const QList<const KnownCookie *> matches = database.lookup(cookie.name);
        const KnownCookie *nameOnly = nullptr;
        for (const KnownCookie *entry : matches) {
            if (!entry->needsConsent())
                continue;
            if (KnownCookies::domainMatches(*entry, cookie)) {
                sink.add(FindingPlace::cookie(row, cookie, QStringLiteral("category")),
                         two(QStringLiteral("%1 is filed as necessary, but the known-cookie database lists it as %2 (%3). Move it to a consent category."),
                             QStringLiteral("%1 est classé nécessaire, mais la base de cookies connus le classe %2 (%3). Placez-le dans une catégorie soumise au consentement."))
                             .arg(CookieName::display(cookie))
                             .arg(entry->category, entry->platform));
                return;
            }
            if (!nameOnly)
                nameOnly = entry;
        }
        if (nameOnly) {
            sink.add(FindingPlace::cookie(row, cookie, QStringLiteral("category")),
                     two(QStringLiteral("Suggestion: a cookie called %1 is listed as %2 for %3 (another domain). Check it is not that one."),
                         QStringLiteral("Suggestion\u00a0: un cookie nommé %1 est répertorié %2 pour %3 (autre domaine). Vérifiez qu'il ne s'agit pas de celui-là."))
                         .arg(CookieName::display(cookie))
                         .arg(nameOnly->category, nameOnly->platform),
                     Severity::Info);
        }
    });
}

void checkAllExempt(const CheckContext &context, FindingSink &sink)
{
    if (context.policy.cookies.isEmpty() || context.needsBanner())
        return;
    sink.add(FindingPlace::document(QStringLiteral("cookies")),
             two(QStringLiteral("Every cookie is exempt from consent: no consent banner is required. The charter is still owed to visitors."),
                 QStringLiteral("Tous les cookies sont exemptés de consentement\u00a0: aucun bandeau n'est requis. La charte reste due aux visiteurs.")));
}

void checkProviderIdentity(const CheckContext &context, FindingSink &sink)
{
    QSet<QString> reported;
    forEachCookie(context, [&](qsizetype row, const Cookie &cookie) {
        if (cookie.party != Party::Third || cookie.providerId.isEmpty() || reported.contains(cookie.providerId))
            return;
        reported.insert(cookie.providerId);
        const qsizetype index = context.policy.providerIndex(cookie.providerId);
        if (index < 0) {
            sink.add(FindingPlace::cookie(row, cookie, QStringLiteral("provider")),
                     two(QStringLiteral("The third-party provider \"%1\" is not in the provider list. Add it with its name and privacy-policy link."),
                         QStringLiteral("Le fournisseur tiers «\u00a0%1\u00a0» n'est pas dans la liste des fournisseurs. Ajoutez-le avec son nom et le lien vers sa politique de confidentialité."))
                         .arg(cookie.providerId));
            return;
        }
        const Provider &provider = context.policy.providers.at(index);
        if (provider.name.trimmed().isEmpty())
            sink.add(FindingPlace::provider(index, provider.id, QStringLiteral("name")),
                     two(QStringLiteral("The third-party provider %1 has no name. Give the company's name."),
                         QStringLiteral("Le fournisseur tiers %1 n'a pas de nom. Indiquez le nom de la société."))
                         .arg(provider.id));
        if (provider.privacyPolicyUrl.trimmed().isEmpty())
            sink.add(FindingPlace::provider(index, provider.id, QStringLiteral("privacyPolicyUrl")),
                     two(QStringLiteral("The third-party provider %1 has no privacy-policy link. Add it so visitors can read how it uses their data."),
                         QStringLiteral("Le fournisseur tiers %1 n'a pas de lien vers sa politique de confidentialité. Ajoutez-le pour que les visiteurs sachent ce qu'il fait de leurs données."))
                         .arg(provider.name.isEmpty() ? provider.id : provider.name));
    });
}

// The exports link these addresses only when the one export filter accepts them
// (HtmlWriter::isSafeLinkTarget); a page address must moreover be a web page.
bool isWebAddress(const QString &address)
{
    const QString scheme = QUrl(address.trimmed()).scheme().toLower();
    return HtmlWriter::isSafeLinkTarget(address) &&
           (scheme == QLatin1StringView("https") || scheme == QLatin1StringView("http"));
}

void checkWebAddresses(const CheckContext &context, FindingSink &sink)
{
    const Policy &policy = context.policy;
    // en and fr name the address, e.g. "site address" / "L'adresse du site".
    const auto check = [&sink](const QString &address, const FindingPlace &place, const QString &en, const QString &fr) {
        if (address.trimmed().isEmpty() || isWebAddress(address))
            return;
        sink.add(place,
                 two(QStringLiteral("The %1 \"%2\" is not an http(s) address, so it does not open a web page (the exports link http, https and mailto addresses only). Write the https:// address of the page.")
                         .arg(en, address.trimmed()),
                     QStringLiteral("%1 «\u00a0%2\u00a0» n'est pas une adresse http(s)\u00a0: elle n'ouvre pas de page web (les exports ne lient que les adresses http, https et mailto). Indiquez l'adresse https:// de la page.")
                         .arg(fr, address.trimmed())));
    };
    check(policy.meta.siteUrl, FindingPlace::document(QStringLiteral("siteUrl")), QStringLiteral("site address"),
          QStringLiteral("L'adresse du site"));
    for (qsizetype index = 0; index < policy.providers.size(); ++index) {
        const Provider &provider = policy.providers.at(index);
        const QString name = provider.name.isEmpty() ? provider.id : provider.name;
        check(provider.website, FindingPlace::provider(index, provider.id, QStringLiteral("website")),
              QStringLiteral("website of %1").arg(name), QStringLiteral("Le site web de %1").arg(name));
        check(provider.privacyPolicyUrl, FindingPlace::provider(index, provider.id, QStringLiteral("privacyPolicyUrl")),
              QStringLiteral("privacy-policy address of %1").arg(name),
              QStringLiteral("L'adresse de la politique de confidentialité de %1").arg(name));
    }
}

void checkProviderTransfer(const CheckContext &context, FindingSink &sink)
{
    QSet<QString> used;
    for (const Cookie &cookie : context.policy.cookies)
        used.insert(cookie.providerId);
    const QString text = context.charterTextByLanguage().value(context.policy.meta.defaultLanguage);
    static const QStringList transferWords = {QStringLiteral("transfer"), QStringLiteral("transfert"), QStringLiteral("outside the european"),
                                              QStringLiteral("outside the eu"), QStringLiteral("hors de l'union"), QStringLiteral("hors ue"),
                                              QStringLiteral("pays tiers"), QStringLiteral("third countr")};
    const bool mentionsTransfers = std::any_of(transferWords.cbegin(), transferWords.cend(),
                                               [&text](const QString &word) { return text.contains(word); });
    for (qsizetype index = 0; index < context.policy.providers.size(); ++index) {
        const Provider &provider = context.policy.providers.at(index);
        if (!used.contains(provider.id) || provider.country.trimmed().isEmpty() || isInEea(provider.country))
            continue;
        const QString name = TextFolding::keywordText(provider.name);
        if (mentionsTransfers && !name.isEmpty() && text.contains(name))
            continue;
        sink.add(FindingPlace::provider(index, provider.id, QStringLiteral("country")),
                 two(QStringLiteral("%1 is in %2, outside the EU/EEA: say in the charter that data goes there and on what safeguard."),
                     QStringLiteral("%1 est situé en %2, hors UE/EEE\u00a0: indiquez dans la charte que des données y sont transférées et avec quelles garanties."))
                     .arg(provider.name.isEmpty() ? provider.id : provider.name, provider.country));
    }
}

void checkLegitimateInterest(const CheckContext &context, FindingSink &sink)
{
    forEachCookie(context, [&](qsizetype row, const Cookie &cookie) {
        if (cookie.basis != LegalBasis::LegitimateInterest)
            return;
        sink.add(FindingPlace::cookie(row, cookie, QStringLiteral("basis")),
                 two(QStringLiteral("Legitimate interest is not a basis for storing or reading cookies. Use consent, or exempt if the purpose is strictly necessary."),
                     QStringLiteral("L'intérêt légitime n'est pas une base légale pour déposer ou lire des cookies. Utilisez le consentement, ou l'exemption si la finalité est strictement nécessaire.")));
    });
}

void checkRequiredOnlyExempt(const CheckContext &context, FindingSink &sink)
{
    forEachCookie(context, [&](qsizetype row, const Cookie &cookie) {
        const Category *category = context.category(row);
        if (!category || !category->required || cookie.basis == LegalBasis::Exempt)
            return;
        sink.add(FindingPlace::cookie(row, cookie, QStringLiteral("category")),
                 two(QStringLiteral("%1 needs consent but sits in \"%2\", which visitors cannot refuse. Move it to a category they can refuse."),
                     QStringLiteral("%1 requiert le consentement mais se trouve dans «\u00a0%2\u00a0», que les visiteurs ne peuvent pas refuser. Déplacez-le dans une catégorie refusable."))
                     .arg(CookieName::display(cookie), category->id));
    });
}

void checkEmptyCategory(const CheckContext &context, FindingSink &sink)
{
    for (qsizetype index = 0; index < context.policy.categories.size(); ++index) {
        const Category &category = context.policy.categories.at(index);
        if (context.cookieCount(category.id) > 0)
            continue;
        sink.add(FindingPlace::category(index, category.id),
                 two(QStringLiteral("The category \"%1\" has no cookie but the banner shows it. Remove it or add its cookies."),
                     QStringLiteral("La catégorie «\u00a0%1\u00a0» ne contient aucun cookie mais le bandeau l'affiche. Supprimez-la ou ajoutez ses cookies."))
                     .arg(category.id));
    }
}

ComplianceRule rule(const QString &id, Severity severity, const QString &source, const QString &help,
                    const TwoLanguageText &title, std::function<void(const CheckContext &, FindingSink &)> check)
{
    return {id, severity, source, help, title, std::move(check)};
}

} // namespace

void ComplianceRules::addCookieRules(std::vector<ComplianceRule> &rules)
{
    rules.push_back(rule(QStringLiteral("cookie.required-fields"), Severity::Error, sourceGdprInformation, helpCnil,
                         two(QStringLiteral("Every cookie states name, provider, purpose, category, lifetime and basis"),
                             QStringLiteral("Chaque cookie indique nom, fournisseur, finalité, catégorie, durée et base légale")),
                         checkRequiredFields));
    rules.push_back(rule(QStringLiteral("cookie.lifetime-parsable"), Severity::Error, sourceGdprInformation, helpCnil,
                         two(QStringLiteral("Lifetime is \"session\" or a duration"), QStringLiteral("La durée est «\u00a0session\u00a0» ou une durée")),
                         checkLifetimeParsable));
    rules.push_back(rule(QStringLiteral("cookie.name-token"), Severity::Error, sourceRfc6265, helpRfc,
                         two(QStringLiteral("Cookie name is an RFC 6265 token or a valid pattern"),
                             QStringLiteral("Le nom du cookie est un jeton RFC 6265 ou un motif valide")),
                         checkNameToken));
    rules.push_back(rule(QStringLiteral("cookie.prefix"), Severity::Error, QStringLiteral("draft-ietf-httpbis-rfc6265bis §4.1.3"), helpRfc,
                         two(QStringLiteral("__Secure- and __Host- prefixes have their attributes"),
                             QStringLiteral("Les préfixes __Secure- et __Host- ont leurs attributs")),
                         checkPrefix));
    rules.push_back(rule(QStringLiteral("cookie.lifetime-400-days"), Severity::Warning, QStringLiteral("draft-ietf-httpbis-rfc6265bis §5.6.1"), helpRfc,
                         two(QStringLiteral("Declared lifetime within the browsers' 400-day cap"),
                             QStringLiteral("Durée déclarée dans la limite de 400 jours des navigateurs")),
                         checkBrowserCap));
    rules.push_back(rule(QStringLiteral("cookie.duplicate"), Severity::Error, sourceGdprInformation, helpCnil,
                         two(QStringLiteral("No cookie declared twice for the same domain"),
                             QStringLiteral("Aucun cookie déclaré deux fois pour le même domaine")),
                         checkDuplicate));
    rules.push_back(rule(QStringLiteral("cookie.exempt-purpose"), Severity::Error, sourceCnilExempt, helpCnil,
                         two(QStringLiteral("Exempt only for an exempt purpose"), QStringLiteral("Exemption réservée aux finalités exemptées")),
                         checkExemptPurpose));
    rules.push_back(rule(QStringLiteral("cookie.exempt-single-purpose"), Severity::Error, sourceCnilExempt, helpCnil,
                         two(QStringLiteral("An exempt cookie has no non-exempt purpose"),
                             QStringLiteral("Un cookie exempté n'a aucune finalité non exemptée")),
                         checkExemptSinglePurpose));
    rules.push_back(rule(QStringLiteral("cookie.exempt-duration"), Severity::Warning, sourceCnilExempt, helpCnil,
                         two(QStringLiteral("Exempt cookies do not outlive their purpose"),
                             QStringLiteral("Les cookies exemptés ne survivent pas à leur finalité")),
                         checkExemptDuration));
    rules.push_back(rule(QStringLiteral("audience.max-lifetime"), Severity::Error, sourceCnilAudience, helpAudience,
                         two(QStringLiteral("Exempt audience cookies live at most 13 months"),
                             QStringLiteral("Les cookies d'audience exemptés vivent 13 mois au plus")),
                         checkAudienceLifetime));
    rules.push_back(rule(QStringLiteral("audience.data-retention"), Severity::Error, sourceCnilAudience, helpAudience,
                         two(QStringLiteral("Exempt audience data kept at most 25 months"),
                             QStringLiteral("Données d'audience exemptées conservées 25 mois au plus")),
                         checkAudienceRetention));
    rules.push_back(rule(QStringLiteral("audience.scope"), Severity::Error, sourceCnilAudience, helpAudience,
                         two(QStringLiteral("Exempt audience measurement is first-party and not cross-site"),
                             QStringLiteral("La mesure d'audience exemptée est interne et non intersite")),
                         checkAudienceScope));
    rules.push_back(rule(QStringLiteral("cookie.misclassified-necessary"), Severity::Error, sourceEprivacy + QStringLiteral("; Open Cookie Database"), helpCnil,
                         two(QStringLiteral("Necessary cookies are not known analytics or marketing cookies"),
                             QStringLiteral("Les cookies nécessaires ne sont pas des cookies connus de statistiques ou de publicité")),
                         checkMisclassified));
    rules.push_back(rule(QStringLiteral("inventory.all-exempt"), Severity::Info, sourceEprivacy, helpCnil,
                         two(QStringLiteral("Whether a consent banner is needed at all"),
                             QStringLiteral("Si un bandeau de consentement est nécessaire")),
                         checkAllExempt));
    rules.push_back(rule(QStringLiteral("provider.identity"), Severity::Error, sourceCnilGuidelines, helpCnil,
                         two(QStringLiteral("Third-party providers have a name and a privacy-policy link"),
                             QStringLiteral("Les fournisseurs tiers ont un nom et un lien vers leur politique de confidentialité")),
                         checkProviderIdentity));
    rules.push_back(rule(QStringLiteral("links.web-addresses"), Severity::Error, sourceGdprInformation, helpCnil,
                         two(QStringLiteral("The site, provider and privacy-policy addresses are http(s) addresses"),
                             QStringLiteral("Les adresses du site, des fournisseurs et des politiques de confidentialité sont des adresses http(s)")),
                         checkWebAddresses));
    rules.push_back(rule(QStringLiteral("provider.transfer"), Severity::Warning, QStringLiteral("GDPR art. 13(1)(f), art. 44-49"), helpCnil,
                         two(QStringLiteral("Transfers outside the EU/EEA are disclosed in the charter"),
                             QStringLiteral("Les transferts hors UE/EEE sont indiqués dans la charte")),
                         checkProviderTransfer));
}

void ComplianceRules::addCategoryRules(std::vector<ComplianceRule> &rules)
{
    rules.push_back(rule(QStringLiteral("basis.no-legitimate-interest"), Severity::Error,
                         sourceEprivacy + QStringLiteral("; EDPB Guidelines 05/2020"), helpCnil,
                         two(QStringLiteral("Legitimate interest is never a basis for cookies"),
                             QStringLiteral("L'intérêt légitime n'est jamais une base légale pour les cookies")),
                         checkLegitimateInterest));
    rules.push_back(rule(QStringLiteral("category.required-only-exempt"), Severity::Error, sourceCnilGuidelines, helpCnil,
                         two(QStringLiteral("A required category holds exempt cookies only"),
                             QStringLiteral("Une catégorie obligatoire ne contient que des cookies exemptés")),
                         checkRequiredOnlyExempt));
    rules.push_back(rule(QStringLiteral("category.empty"), Severity::Warning, QStringLiteral("CNIL délibération 2020-092, art. 2"), helpCnil,
                         two(QStringLiteral("No empty category in the banner"), QStringLiteral("Aucune catégorie vide dans le bandeau")),
                         checkEmptyCategory));
}
