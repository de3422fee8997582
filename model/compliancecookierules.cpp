// Rules on cookie rows, providers, categories and legal bases (COMPLIANCE.md,
// "Cookie rows" and "Categories and legal basis").
#include "compliancerules.h"
#include "cookievalidation.h"
#include "knowncookies.h"

#include <QSet>

#include <string_view>

using namespace Qt::StringLiterals;

namespace {

const QString sourceEprivacy = u"ePrivacy Directive 2002/58/EC, art. 5(3)"_s;
const QString sourceCnilGuidelines = u"CNIL délibération 2020-091 (lignes directrices), art. 2"_s;
const QString sourceCnilExempt =
    u"CNIL délibération 2020-091, art. 5; WP29 Opinion 04/2012 (exempt cookies)"_s;
const QString sourceCnilAudience = u"CNIL délibération 2020-091, art. 5; CNIL, consent-exempt audience measurement"_s;
const QString sourceRfc6265 = u"RFC 6265 §4.1.1; draft-ietf-httpbis-rfc6265bis"_s;
const QString sourceGdprInformation = u"GDPR art. 13(1)(a, e, f); CNIL délibération 2020-092, art. 2"_s;
const QString helpCnil = u"https://www.cnil.fr/fr/cookies-et-autres-traceurs/regles/cookies"_s;
const QString helpAudience =
    u"https://www.cnil.fr/fr/cookies-et-autres-traceurs/regles/cookies-solutions-pour-les-outils-de-mesure-daudience"_s;
const QString helpRfc = u"https://httpwg.org/http-extensions/draft-ietf-httpbis-rfc6265bis.html"_s;

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
    return {message.en.arg(lifetimeText(seconds, u"en"_s)), message.fr.arg(lifetimeText(seconds, u"fr"_s))};
}

TwoLanguageText twoLifetimes(const TwoLanguageText &message, qint64 a, qint64 b)
{
    return {message.en.arg(lifetimeText(a, u"en"_s), lifetimeText(b, u"en"_s)),
            message.fr.arg(lifetimeText(a, u"fr"_s), lifetimeText(b, u"fr"_s))};
}

bool isInEea(const QString &country)
{
    static const QSet<QString> eea = {
        u"AT"_s, u"BE"_s, u"BG"_s, u"HR"_s, u"CY"_s, u"CZ"_s, u"DK"_s, u"EE"_s, u"FI"_s, u"FR"_s,
        u"DE"_s, u"GR"_s, u"HU"_s, u"IE"_s, u"IT"_s, u"LV"_s, u"LT"_s, u"LU"_s, u"MT"_s, u"NL"_s,
        u"PL"_s, u"PT"_s, u"RO"_s, u"SK"_s, u"SI"_s, u"ES"_s, u"SE"_s, u"IS"_s, u"LI"_s, u"NO"_s};
    return eea.contains(country.trimmed().toUpper());
}

// "dataRetention" of an audience cookie or its provider: seconds, or a duration text.
std::optional<qint64> dataRetention(const QJsonObject &extra)
{
    const QJsonValue value = extra.value("dataRetention"_L1);
    if (value.isDouble() && value.toDouble() > 0)
        return qint64(value.toDouble());
    if (value.isString()) {
        if (const std::optional<Lifetime> parsed = Lifetime::parse(value.toString()))
            return parsed->seconds();
    }
    return std::nullopt;
}

// The words people use for the columns, per language (the JSON key stays in the place).
QString fieldName(const QString &field, const QString &language)
{
    static const QHash<QString, std::pair<QString, QString>> names = {
        {u"name"_s, {u"name"_s, u"nom"_s}},
        {u"provider"_s, {u"provider"_s, u"fournisseur"_s}},
        {u"purpose"_s, {u"purpose"_s, u"finalité"_s}},
        {u"category"_s, {u"category"_s, u"catégorie"_s}},
        {u"lifetime"_s, {u"lifetime"_s, u"durée de conservation"_s}},
    };
    const auto found = names.constFind(field);
    if (found == names.cend())
        return field;
    return language == "fr"_L1 ? found->second : found->first;
}

void checkRequiredFields(const CheckContext &context, FindingSink &sink)
{
    const QString &language = context.policy.meta.defaultLanguage;
    forEachCookie(context, [&](qsizetype row, const Cookie &cookie) {
        const QStringList missing = CookieValidation::missingRequiredFields(cookie, language);
        for (const QString &field : missing) {
            if (field == "lifetime"_L1 && cookie.unparsed.contains(field))
                continue; // cookie.lifetime-parsable says it better
            sink.add(FindingPlace::cookie(row, cookie.name, field),
                     two(u"The %1 is missing. Fill it in: the charter must state it for every cookie."_s.arg(
                             fieldName(field, u"en"_s)),
                         u"Le champ « %1 » est vide. Renseignez-le : la charte doit l'indiquer pour chaque cookie."_s.arg(
                             fieldName(field, u"fr"_s))));
        }
        if (!cookie.categoryId.isEmpty() && !context.category(row)) {
            sink.add(FindingPlace::cookie(row, cookie.name, u"category"_s),
                     two(u"Category \"%1\" does not exist. Choose one of the document's categories."_s,
                         u"La catégorie « %1 » n'existe pas. Choisissez une catégorie du document."_s)
                         .arg(cookie.categoryId));
        }
    });
}

void checkLifetimeParsable(const CheckContext &context, FindingSink &sink)
{
    forEachCookie(context, [&](qsizetype row, const Cookie &cookie) {
        if (cookie.lifetime || !cookie.unparsed.contains(u"lifetime"_s))
            return;
        sink.add(FindingPlace::cookie(row, cookie.name, u"lifetime"_s),
                 two(u"The lifetime \"%1\" is not a duration. Write \"session\" or a duration such as \"13 months\"."_s,
                     u"La durée « %1 » n'est pas une durée. Écrivez « session » ou une durée comme « 13 mois »."_s)
                     .arg(cookie.unparsed.value(u"lifetime"_s)));
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
                ? two(u"The pattern \"%1\" is not a valid regular expression. Correct it."_s,
                      u"Le motif « %1 » n'est pas une expression régulière valide. Corrigez-le."_s)
                : two(u"\"%1\" is not a valid cookie name: remove spaces, control characters and ()<>@,;:\\\"/[]?={}."_s,
                      u"« %1 » n'est pas un nom de cookie valide : retirez les espaces, caractères de contrôle et ()<>@,;:\\\"/[]?={}."_s);
        sink.add(FindingPlace::cookie(row, cookie.name, u"name"_s), message.arg(cookie.name));
    });
}

void checkPrefix(const CheckContext &context, FindingSink &sink)
{
    forEachCookie(context, [&](qsizetype row, const Cookie &cookie) {
        if (cookie.storage != StorageKind::Cookie || !cookie.name.startsWith(QLatin1Char('_')))
            return;
        const bool host = cookie.name.startsWith("__Host-"_L1);
        const bool secure = cookie.name.startsWith("__Secure-"_L1);
        if (!host && !secure)
            return;
        if (!cookie.secure) {
            sink.add(FindingPlace::cookie(row, cookie.name, u"secure"_s),
                     two(u"A cookie named %1… is refused by browsers without the Secure attribute. Mark it Secure."_s,
                         u"Un cookie nommé %1… est refusé par les navigateurs sans l'attribut Secure. Cochez Secure."_s)
                         .arg(host ? u"__Host-"_s : u"__Secure-"_s));
        }
        if (host && !cookie.domain.isEmpty()) {
            sink.add(FindingPlace::cookie(row, cookie.name, u"domain"_s),
                     two(u"A __Host- cookie must not have a Domain attribute. Leave the domain empty."_s,
                         u"Un cookie __Host- ne doit pas avoir d'attribut Domain. Laissez le domaine vide."_s));
        }
        if (host && !cookie.path.isEmpty() && cookie.path != "/"_L1) {
            sink.add(FindingPlace::cookie(row, cookie.name, u"path"_s),
                     two(u"A __Host- cookie must have Path=/. Set the path to \"/\"."_s,
                         u"Un cookie __Host- doit avoir Path=/. Indiquez le chemin « / »."_s));
        }
    });
}

void checkBrowserCap(const CheckContext &context, FindingSink &sink)
{
    const qint64 cap = context.profile.browserCapSeconds;
    forEachCookie(context, [&](qsizetype row, const Cookie &cookie) {
        if (cookie.storage != StorageKind::Cookie || !cookie.lifetime || cookie.lifetime->seconds() <= cap)
            return;
        sink.add(FindingPlace::cookie(row, cookie.name, u"lifetime"_s),
                 twoLifetimes(two(u"Declared lifetime %1 is over the %2 browsers allow; they cut it. Declare at most %2."_s,
                                  u"La durée déclarée %1 dépasse les %2 admis par les navigateurs, qui la raccourcissent. Déclarez au plus %2."_s),
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
        sink.add(FindingPlace::cookie(row, cookie.name, u"name"_s),
                 two(u"%1 is declared twice for the same domain (also row %2). Merge the two rows."_s,
                     u"%1 est déclaré deux fois pour le même domaine (aussi ligne %2). Fusionnez les deux lignes."_s)
                     .arg(cookie.name, QString::number(other + 1)));
    }
}

void checkExemptPurpose(const CheckContext &context, FindingSink &sink)
{
    forEachCookie(context, [&](qsizetype row, const Cookie &cookie) {
        if (cookie.basis != LegalBasis::Exempt || (context.purposes(row) & CheckContext::ExemptPurposes))
            return;
        sink.add(FindingPlace::cookie(row, cookie.name, u"basis"_s),
                 two(u"Nothing in the purpose of %1 is an exempt purpose (consent choice, sign-in, cart, language, load balancing, security, paywall, audience measurement). Ask consent, or describe the exempt purpose."_s,
                     u"Rien dans la finalité de %1 n'est une finalité exemptée (choix sur les cookies, connexion, panier, langue, répartition de charge, sécurité, paywall, mesure d'audience). Demandez le consentement, ou décrivez la finalité exemptée."_s)
                     .arg(cookie.name));
    });
}

void checkExemptSinglePurpose(const CheckContext &context, FindingSink &sink)
{
    forEachCookie(context, [&](qsizetype row, const Cookie &cookie) {
        if (cookie.basis != LegalBasis::Exempt || !(context.purposes(row) & CheckContext::NonExemptPurposes))
            return;
        sink.add(FindingPlace::cookie(row, cookie.name, u"basis"_s),
                 two(u"%1 also serves advertising, social media or tracking, so it cannot be exempt. Set its basis to consent."_s,
                     u"%1 sert aussi à la publicité, aux réseaux sociaux ou au suivi : il ne peut pas être exempté. Passez sa base légale à consentement."_s)
                     .arg(cookie.name));
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
        sink.add(FindingPlace::cookie(row, cookie.name, u"lifetime"_s),
                 twoLifetimes(two(u"Exempt cookie kept %1, longer than %2: an exempt cookie must not outlive its purpose. Shorten it."_s,
                                  u"Cookie exempté conservé %1, plus que %2 : un cookie exempté ne doit pas survivre à sa finalité. Raccourcissez sa durée."_s),
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
        sink.add(FindingPlace::cookie(row, cookie.name, u"lifetime"_s),
                 twoLifetimes(two(u"Exempt audience cookie kept %1; the limit is %2. Shorten it or ask consent."_s,
                                  u"Cookie de mesure d'audience exempté conservé %1 ; la limite est %2. Raccourcissez-le ou demandez le consentement."_s),
                              cookie.lifetime->seconds(), limit));
    });
}

void checkAudienceRetention(const CheckContext &context, FindingSink &sink)
{
    const qint64 limit = context.profile.audienceDataRetentionMaxSeconds;
    forEachCookie(context, [&](qsizetype row, const Cookie &cookie) {
        if (!isExemptAudience(context, row))
            return;
        std::optional<qint64> retention = dataRetention(cookie.extra);
        if (!retention) {
            if (const Provider *provider = context.policy.provider(cookie.providerId))
                retention = dataRetention(provider->extra);
        }
        if (!retention) {
            sink.add(FindingPlace::cookie(row, cookie.name, u"dataRetention"_s),
                     lifetimeArg(two(u"How long the audience data of %2 is kept is not stated. Add \"dataRetention\" (at most %1) to the cookie or its provider."_s,
                                     u"La durée de conservation des données d'audience de %2 n'est pas indiquée. Ajoutez « dataRetention » (au plus %1) au cookie ou à son fournisseur."_s)
                                     .arg(QStringLiteral("%1"), cookie.name),
                                 limit),
                     Severity::Warning);
        } else if (*retention > limit) {
            sink.add(FindingPlace::cookie(row, cookie.name, u"dataRetention"_s),
                     twoLifetimes(two(u"Audience data kept %1; exempt measurement allows %2. Reduce the retention or ask consent."_s,
                                      u"Données d'audience conservées %1 ; la mesure exemptée permet %2. Réduisez la conservation ou demandez le consentement."_s),
                                  *retention, limit));
        }
    });
}

void checkAudienceScope(const CheckContext &context, FindingSink &sink)
{
    forEachCookie(context, [&](qsizetype row, const Cookie &cookie) {
        if (!isExemptAudience(context, row))
            return;
        const bool crossSite = cookie.extra.value("crossSite"_L1).toBool();
        if (cookie.party == Party::First && cookie.storage != StorageKind::Pixel && !crossSite)
            return;
        sink.add(FindingPlace::cookie(row, cookie.name, u"party"_s),
                 two(u"Exempt audience measurement must be first-party, anonymous and limited to this site; %1 is third-party or cross-site. Ask consent for it."_s,
                     u"La mesure d'audience exemptée doit être interne, anonyme et limitée à ce site ; %1 est tiers ou intersite. Demandez le consentement."_s)
                     .arg(cookie.name));
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
                sink.add(FindingPlace::cookie(row, cookie.name, u"category"_s),
                         two(u"%1 is filed as necessary, but the known-cookie database lists it as %2 (%3). Move it to a consent category."_s,
                             u"%1 est classé nécessaire, mais la base de cookies connus le classe %2 (%3). Placez-le dans une catégorie soumise au consentement."_s)
                             .arg(cookie.name)
                             .arg(entry->category, entry->platform));
                return;
            }
            if (!nameOnly)
                nameOnly = entry;
        }
        if (nameOnly) {
            sink.add(FindingPlace::cookie(row, cookie.name, u"category"_s),
                     two(u"Suggestion: a cookie called %1 is listed as %2 for %3 (another domain). Check it is not that one."_s,
                         u"Suggestion : un cookie nommé %1 est répertorié %2 pour %3 (autre domaine). Vérifiez qu'il ne s'agit pas de celui-là."_s)
                         .arg(cookie.name)
                         .arg(nameOnly->category, nameOnly->platform),
                     Severity::Info);
        }
    });
}

void checkAllExempt(const CheckContext &context, FindingSink &sink)
{
    if (context.policy.cookies.isEmpty() || context.needsBanner())
        return;
    sink.add(FindingPlace::document(u"cookies"_s),
             two(u"Every cookie is exempt from consent: no consent banner is required. The charter is still owed to visitors."_s,
                 u"Tous les cookies sont exemptés de consentement : aucun bandeau n'est requis. La charte reste due aux visiteurs."_s));
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
            sink.add(FindingPlace::cookie(row, cookie.name, u"provider"_s),
                     two(u"The third-party provider \"%1\" is not in the provider list. Add it with its name and privacy-policy link."_s,
                         u"Le fournisseur tiers « %1 » n'est pas dans la liste des fournisseurs. Ajoutez-le avec son nom et le lien vers sa politique de confidentialité."_s)
                         .arg(cookie.providerId));
            return;
        }
        const Provider &provider = context.policy.providers.at(index);
        if (provider.name.trimmed().isEmpty())
            sink.add(FindingPlace::provider(index, provider.id, u"name"_s),
                     two(u"The third-party provider %1 has no name. Give the company's name."_s,
                         u"Le fournisseur tiers %1 n'a pas de nom. Indiquez le nom de la société."_s)
                         .arg(provider.id));
        if (provider.privacyPolicyUrl.trimmed().isEmpty())
            sink.add(FindingPlace::provider(index, provider.id, u"privacyPolicyUrl"_s),
                     two(u"The third-party provider %1 has no privacy-policy link. Add it so visitors can read how it uses their data."_s,
                         u"Le fournisseur tiers %1 n'a pas de lien vers sa politique de confidentialité. Ajoutez-le pour que les visiteurs sachent ce qu'il fait de leurs données."_s)
                         .arg(provider.name.isEmpty() ? provider.id : provider.name));
    });
}

void checkProviderTransfer(const CheckContext &context, FindingSink &sink)
{
    QSet<QString> used;
    for (const Cookie &cookie : context.policy.cookies)
        used.insert(cookie.providerId);
    const QString text = context.charterTextByLanguage().value(context.policy.meta.defaultLanguage);
    static const QStringList transferWords = {u"transfer"_s, u"transfert"_s, u"outside the european"_s,
                                              u"outside the eu"_s, u"hors de l'union"_s, u"hors ue"_s,
                                              u"pays tiers"_s, u"third countr"_s};
    const bool mentionsTransfers = std::any_of(transferWords.cbegin(), transferWords.cend(),
                                               [&text](const QString &word) { return text.contains(word); });
    for (qsizetype index = 0; index < context.policy.providers.size(); ++index) {
        const Provider &provider = context.policy.providers.at(index);
        if (!used.contains(provider.id) || provider.country.trimmed().isEmpty() || isInEea(provider.country))
            continue;
        const QString name = CheckContext::fold(provider.name);
        if (mentionsTransfers && !name.isEmpty() && text.contains(name))
            continue;
        sink.add(FindingPlace::provider(index, provider.id, u"country"_s),
                 two(u"%1 is in %2, outside the EU/EEA: say in the charter that data goes there and on what safeguard."_s,
                     u"%1 est situé en %2, hors UE/EEE : indiquez dans la charte que des données y sont transférées et avec quelles garanties."_s)
                     .arg(provider.name.isEmpty() ? provider.id : provider.name, provider.country));
    }
}

void checkLegitimateInterest(const CheckContext &context, FindingSink &sink)
{
    forEachCookie(context, [&](qsizetype row, const Cookie &cookie) {
        if (cookie.basis != LegalBasis::LegitimateInterest)
            return;
        sink.add(FindingPlace::cookie(row, cookie.name, u"basis"_s),
                 two(u"Legitimate interest is not a basis for storing or reading cookies. Use consent, or exempt if the purpose is strictly necessary."_s,
                     u"L'intérêt légitime n'est pas une base légale pour déposer ou lire des cookies. Utilisez le consentement, ou l'exemption si la finalité est strictement nécessaire."_s));
    });
}

void checkRequiredOnlyExempt(const CheckContext &context, FindingSink &sink)
{
    forEachCookie(context, [&](qsizetype row, const Cookie &cookie) {
        const Category *category = context.category(row);
        if (!category || !category->required || cookie.basis == LegalBasis::Exempt)
            return;
        sink.add(FindingPlace::cookie(row, cookie.name, u"category"_s),
                 two(u"%1 needs consent but sits in \"%2\", which visitors cannot refuse. Move it to a category they can refuse."_s,
                     u"%1 requiert le consentement mais se trouve dans « %2 », que les visiteurs ne peuvent pas refuser. Déplacez-le dans une catégorie refusable."_s)
                     .arg(cookie.name, category->id));
    });
}

void checkEmptyCategory(const CheckContext &context, FindingSink &sink)
{
    for (qsizetype index = 0; index < context.policy.categories.size(); ++index) {
        const Category &category = context.policy.categories.at(index);
        if (context.cookieCount(category.id) > 0)
            continue;
        sink.add(FindingPlace::category(index, category.id),
                 two(u"The category \"%1\" has no cookie but the banner shows it. Remove it or add its cookies."_s,
                     u"La catégorie « %1 » ne contient aucun cookie mais le bandeau l'affiche. Supprimez-la ou ajoutez ses cookies."_s)
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
    rules.push_back(rule(u"cookie.required-fields"_s, Severity::Error, sourceGdprInformation, helpCnil,
                         two(u"Every cookie states name, provider, purpose, category, lifetime and basis"_s,
                             u"Chaque cookie indique nom, fournisseur, finalité, catégorie, durée et base légale"_s),
                         checkRequiredFields));
    rules.push_back(rule(u"cookie.lifetime-parsable"_s, Severity::Error, sourceGdprInformation, helpCnil,
                         two(u"Lifetime is \"session\" or a duration"_s, u"La durée est « session » ou une durée"_s),
                         checkLifetimeParsable));
    rules.push_back(rule(u"cookie.name-token"_s, Severity::Error, sourceRfc6265, helpRfc,
                         two(u"Cookie name is an RFC 6265 token or a valid pattern"_s,
                             u"Le nom du cookie est un jeton RFC 6265 ou un motif valide"_s),
                         checkNameToken));
    rules.push_back(rule(u"cookie.prefix"_s, Severity::Error, u"draft-ietf-httpbis-rfc6265bis §4.1.3"_s, helpRfc,
                         two(u"__Secure- and __Host- prefixes have their attributes"_s,
                             u"Les préfixes __Secure- et __Host- ont leurs attributs"_s),
                         checkPrefix));
    rules.push_back(rule(u"cookie.lifetime-400-days"_s, Severity::Warning, u"draft-ietf-httpbis-rfc6265bis §5.6.1"_s, helpRfc,
                         two(u"Declared lifetime within the browsers' 400-day cap"_s,
                             u"Durée déclarée dans la limite de 400 jours des navigateurs"_s),
                         checkBrowserCap));
    rules.push_back(rule(u"cookie.duplicate"_s, Severity::Error, sourceGdprInformation, helpCnil,
                         two(u"No cookie declared twice for the same domain"_s,
                             u"Aucun cookie déclaré deux fois pour le même domaine"_s),
                         checkDuplicate));
    rules.push_back(rule(u"cookie.exempt-purpose"_s, Severity::Error, sourceCnilExempt, helpCnil,
                         two(u"Exempt only for an exempt purpose"_s, u"Exemption réservée aux finalités exemptées"_s),
                         checkExemptPurpose));
    rules.push_back(rule(u"cookie.exempt-single-purpose"_s, Severity::Error, sourceCnilExempt, helpCnil,
                         two(u"An exempt cookie has no non-exempt purpose"_s,
                             u"Un cookie exempté n'a aucune finalité non exemptée"_s),
                         checkExemptSinglePurpose));
    rules.push_back(rule(u"cookie.exempt-duration"_s, Severity::Warning, sourceCnilExempt, helpCnil,
                         two(u"Exempt cookies do not outlive their purpose"_s,
                             u"Les cookies exemptés ne survivent pas à leur finalité"_s),
                         checkExemptDuration));
    rules.push_back(rule(u"audience.max-lifetime"_s, Severity::Error, sourceCnilAudience, helpAudience,
                         two(u"Exempt audience cookies live at most 13 months"_s,
                             u"Les cookies d'audience exemptés vivent 13 mois au plus"_s),
                         checkAudienceLifetime));
    rules.push_back(rule(u"audience.data-retention"_s, Severity::Error, sourceCnilAudience, helpAudience,
                         two(u"Exempt audience data kept at most 25 months"_s,
                             u"Données d'audience exemptées conservées 25 mois au plus"_s),
                         checkAudienceRetention));
    rules.push_back(rule(u"audience.scope"_s, Severity::Error, sourceCnilAudience, helpAudience,
                         two(u"Exempt audience measurement is first-party and not cross-site"_s,
                             u"La mesure d'audience exemptée est interne et non intersite"_s),
                         checkAudienceScope));
    rules.push_back(rule(u"cookie.misclassified-necessary"_s, Severity::Error, sourceEprivacy + u"; Open Cookie Database"_s, helpCnil,
                         two(u"Necessary cookies are not known analytics or marketing cookies"_s,
                             u"Les cookies nécessaires ne sont pas des cookies connus de statistiques ou de publicité"_s),
                         checkMisclassified));
    rules.push_back(rule(u"inventory.all-exempt"_s, Severity::Info, sourceEprivacy, helpCnil,
                         two(u"Whether a consent banner is needed at all"_s,
                             u"Si un bandeau de consentement est nécessaire"_s),
                         checkAllExempt));
    rules.push_back(rule(u"provider.identity"_s, Severity::Error, sourceCnilGuidelines, helpCnil,
                         two(u"Third-party providers have a name and a privacy-policy link"_s,
                             u"Les fournisseurs tiers ont un nom et un lien vers leur politique de confidentialité"_s),
                         checkProviderIdentity));
    rules.push_back(rule(u"provider.transfer"_s, Severity::Warning, u"GDPR art. 13(1)(f), art. 44-49"_s, helpCnil,
                         two(u"Transfers outside the EU/EEA are disclosed in the charter"_s,
                             u"Les transferts hors UE/EEE sont indiqués dans la charte"_s),
                         checkProviderTransfer));
}

void ComplianceRules::addCategoryRules(std::vector<ComplianceRule> &rules)
{
    rules.push_back(rule(u"basis.no-legitimate-interest"_s, Severity::Error,
                         sourceEprivacy + u"; EDPB Guidelines 05/2020"_s, helpCnil,
                         two(u"Legitimate interest is never a basis for cookies"_s,
                             u"L'intérêt légitime n'est jamais une base légale pour les cookies"_s),
                         checkLegitimateInterest));
    rules.push_back(rule(u"category.required-only-exempt"_s, Severity::Error, sourceCnilGuidelines, helpCnil,
                         two(u"A required category holds exempt cookies only"_s,
                             u"Une catégorie obligatoire ne contient que des cookies exemptés"_s),
                         checkRequiredOnlyExempt));
    rules.push_back(rule(u"category.empty"_s, Severity::Warning, u"CNIL délibération 2020-092, art. 2"_s, helpCnil,
                         two(u"No empty category in the banner"_s, u"Aucune catégorie vide dans le bandeau"_s),
                         checkEmptyCategory));
}
