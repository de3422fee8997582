// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "compliance/charterclaims.h"
#include "compliance/compliancechecker.h"
#include "compliance/complianceconfig.h"
#include "compliance/compliancerules.h"
#include "compliance/knowncookies.h"
#include "format/templates.h"
#include "publishing/publisher.h"

#include <QRegularExpression>
#include <QTest>

#include <functional>

using Mutation = std::function<void(Policy &)>;
Q_DECLARE_METATYPE(Mutation)

namespace {

// "none" or the severity the rule must report.
enum class Expect { None, Error, Warning, Info };

struct Case
{
    const char *name;
    const char *rule;
    const char *base; // template: "default" (all exempt) or "typical" (consent cookies)
    const char *profile;
    Mutation mutate;
    Expect expect;
};

Cookie &cookieNamed(Policy &policy, const QString &name)
{
    for (Cookie &cookie : policy.cookies) {
        if (cookie.name == name)
            return cookie;
    }
    qFatal("no cookie %s", qPrintable(name));
}

Category &categoryNamed(Policy &policy, const QString &id)
{
    for (Category &category : policy.categories) {
        if (category.id == id)
            return category;
    }
    qFatal("no category %s", qPrintable(id));
}

Provider &providerNamed(Policy &policy, const QString &id)
{
    for (Provider &provider : policy.providers) {
        if (provider.id == id)
            return provider;
    }
    qFatal("no provider %s", qPrintable(id));
}

// Matomo made exempt audience measurement, as CNIL allows when configured so.
void exemptMatomo(Policy &policy)
{
    Cookie &cookie = cookieNamed(policy, QStringLiteral("_pk_id."));
    cookie.basis = LegalBasis::Exempt;
    cookie.purpose = LocalizedText(QStringLiteral("en"), QStringLiteral("Audience measurement: counts returning visitors."));
    cookie.purpose.set(QStringLiteral("fr"), QStringLiteral("Mesure d'audience : reconnaître un visiteur qui revient."));
    cookie.lifetime = Lifetime::fromSeconds(13 * Lifetime::Month);
    cookie.extra.insert(QStringLiteral("dataRetention"), QStringLiteral("25 months"));
}

void noop(Policy &) {}

const std::vector<Case> &cases()
{
    static const std::vector<Case> table = {
        // cookie.required-fields
        {"purpose missing", "cookie.required-fields", "typical", "fr",
         [](Policy &p) { p.cookies[0].purpose = {}; }, Expect::Error},
        {"unknown category", "cookie.required-fields", "typical", "fr",
         [](Policy &p) { p.cookies[0].categoryId = QStringLiteral("nowhere"); }, Expect::Error},
        {"all fields present", "cookie.required-fields", "typical", "fr", noop, Expect::None},
        // cookie.lifetime-parsable
        {"free text lifetime", "cookie.lifetime-parsable", "typical", "fr",
         [](Policy &p) {
             p.cookies[0].lifetime.reset();
             p.cookies[0].unparsed.insert(QStringLiteral("lifetime"), QStringLiteral("varies"));
         },
         Expect::Error},
        {"lifetime missing is another rule's", "cookie.lifetime-parsable", "typical", "fr",
         [](Policy &p) { p.cookies[0].lifetime.reset(); }, Expect::None},
        // cookie.name-token
        {"space in name", "cookie.name-token", "typical", "fr",
         [](Policy &p) { p.cookies[0].name = QStringLiteral("my cookie"); }, Expect::Error},
        {"broken regex", "cookie.name-token", "typical", "fr",
         [](Policy &p) {
             p.cookies[0].name = QStringLiteral("(unclosed");
             p.cookies[0].match = NameMatch::Regex;
         },
         Expect::Error},
        {"prefix pattern with dot", "cookie.name-token", "typical", "fr", noop, Expect::None},
        // cookie.prefix
        {"__Secure- without Secure", "cookie.prefix", "typical", "fr",
         [](Policy &p) { p.cookies[0].name = QStringLiteral("__Secure-sid"); p.cookies[0].secure = false; }, Expect::Error},
        {"__Host- with domain", "cookie.prefix", "typical", "fr",
         [](Policy &p) {
             p.cookies[0].name = QStringLiteral("__Host-sid");
             p.cookies[0].secure = true;
             p.cookies[0].domain = QStringLiteral("www.valbourg.example");
         },
         Expect::Error},
        {"__Host- done right", "cookie.prefix", "typical", "fr",
         [](Policy &p) {
             p.cookies[0].name = QStringLiteral("__Host-sid");
             p.cookies[0].secure = true;
             p.cookies[0].domain.clear();
             p.cookies[0].path = QStringLiteral("/");
         },
         Expect::None},
        // cookie.lifetime-400-days
        {"401 days", "cookie.lifetime-400-days", "typical", "fr",
         [](Policy &p) { p.cookies[2].lifetime = Lifetime::fromSeconds(401 * Lifetime::Day); }, Expect::Warning},
        {"400 days", "cookie.lifetime-400-days", "typical", "fr",
         [](Policy &p) { p.cookies[2].lifetime = Lifetime::fromSeconds(400 * Lifetime::Day); }, Expect::None},
        // cookie.duplicate
        {"same name and domain", "cookie.duplicate", "typical", "fr",
         [](Policy &p) { p.cookies.append(p.cookies[0]); }, Expect::Error},
        {"same name, other domain", "cookie.duplicate", "typical", "fr",
         [](Policy &p) {
             Cookie copy = p.cookies[0];
             copy.domain = QStringLiteral("intranet.valbourg.example");
             p.cookies.append(copy);
         },
         Expect::None},
        // cookie.exempt-purpose
        {"exempt without exempt purpose", "cookie.exempt-purpose", "default", "fr",
         [](Policy &p) {
             cookieNamed(p, QStringLiteral("csrftoken")).purpose = LocalizedText(QStringLiteral("en"), QStringLiteral("Counts clicks on buttons."));
             cookieNamed(p, QStringLiteral("csrftoken")).service = {};
         },
         Expect::Error},
        {"declared exempt purpose", "cookie.exempt-purpose", "default", "fr",
         [](Policy &p) {
             Cookie &cookie = cookieNamed(p, QStringLiteral("csrftoken"));
             cookie.purpose = LocalizedText(QStringLiteral("en"), QStringLiteral("Counts clicks on buttons."));
             cookie.service = {};
             cookie.extra.insert(QStringLiteral("exemptPurpose"), QStringLiteral("security"));
         },
         Expect::None},
        {"default charter", "cookie.exempt-purpose", "default", "fr", noop, Expect::None},
        // cookie.exempt-single-purpose
        {"language and advertising", "cookie.exempt-single-purpose", "default", "fr",
         [](Policy &p) {
             cookieNamed(p, QStringLiteral("django_language")).purpose.set(QStringLiteral("en"), QStringLiteral("Remembers the language and serves targeted advertising."));
         },
         Expect::Error},
        {"language only", "cookie.exempt-single-purpose", "default", "fr", noop, Expect::None},
        // cookie.exempt-duration
        {"sign-in kept 2 years", "cookie.exempt-duration", "default", "fr",
         [](Policy &p) { cookieNamed(p, QStringLiteral("sessionid")).lifetime = Lifetime::fromSeconds(2 * Lifetime::Year); },
         Expect::Warning},
        {"sign-in kept 14 months, eu", "cookie.exempt-duration", "default", "eu",
         [](Policy &p) { cookieNamed(p, QStringLiteral("sessionid")).lifetime = Lifetime::fromSeconds(14 * Lifetime::Month); },
         Expect::Warning},
        {"csrf token one year, eu", "cookie.exempt-duration", "default", "eu", noop, Expect::None},
        // audience.max-lifetime
        {"exempt audience 14 months", "audience.max-lifetime", "typical", "fr",
         [](Policy &p) {
             exemptMatomo(p);
             cookieNamed(p, QStringLiteral("_pk_id.")).lifetime = Lifetime::fromSeconds(14 * Lifetime::Month);
         },
         Expect::Error},
        {"exempt audience 13 months", "audience.max-lifetime", "typical", "fr", exemptMatomo, Expect::None},
        {"consent audience 14 months", "audience.max-lifetime", "typical", "fr",
         [](Policy &p) { cookieNamed(p, QStringLiteral("_pk_id.")).lifetime = Lifetime::fromSeconds(14 * Lifetime::Month); },
         Expect::None},
        // audience.data-retention
        {"data kept 26 months", "audience.data-retention", "typical", "fr",
         [](Policy &p) {
             exemptMatomo(p);
             cookieNamed(p, QStringLiteral("_pk_id.")).extra.insert(QStringLiteral("dataRetention"), QStringLiteral("26 months"));
         },
         Expect::Error},
        {"retention not stated", "audience.data-retention", "typical", "fr",
         [](Policy &p) {
             exemptMatomo(p);
             cookieNamed(p, QStringLiteral("_pk_id.")).extra.remove(QStringLiteral("dataRetention"));
         },
         Expect::Warning},
        {"retention on the provider", "audience.data-retention", "typical", "fr",
         [](Policy &p) {
             exemptMatomo(p);
             cookieNamed(p, QStringLiteral("_pk_id.")).extra.remove(QStringLiteral("dataRetention"));
             providerNamed(p, QStringLiteral("matomo")).extra.insert(QStringLiteral("dataRetention"), qint64(25 * Lifetime::Month));
         },
         Expect::None},
        {"data kept 25 months", "audience.data-retention", "typical", "fr", exemptMatomo, Expect::None},
        // audience.scope
        {"third-party audience", "audience.scope", "typical", "fr",
         [](Policy &p) {
             exemptMatomo(p);
             cookieNamed(p, QStringLiteral("_pk_id.")).party = Party::Third;
         },
         Expect::Error},
        {"first-party audience", "audience.scope", "typical", "fr", exemptMatomo, Expect::None},
        // cookie.misclassified-necessary
        {"_ga filed as necessary", "cookie.misclassified-necessary", "default", "fr",
         [](Policy &p) {
             Cookie cookie = cookieNamed(p, QStringLiteral("django_language"));
             cookie.name = QStringLiteral("_ga");
             p.cookies.append(cookie);
         },
         Expect::Error},
        {"_ga_XYZ (prefix) filed as necessary", "cookie.misclassified-necessary", "default", "fr",
         [](Policy &p) {
             Cookie cookie = cookieNamed(p, QStringLiteral("django_language"));
             cookie.name = QStringLiteral("_ga_XYZ123");
             p.cookies.append(cookie);
         },
         Expect::Error},
        {"YSC first-party: name only", "cookie.misclassified-necessary", "default", "fr",
         [](Policy &p) {
             Cookie cookie = cookieNamed(p, QStringLiteral("django_language"));
             cookie.name = QStringLiteral("YSC");
             p.cookies.append(cookie);
         },
         Expect::Info},
        {"YSC on youtube.com", "cookie.misclassified-necessary", "default", "fr",
         [](Policy &p) {
             Cookie cookie = cookieNamed(p, QStringLiteral("django_language"));
             cookie.name = QStringLiteral("YSC");
             cookie.domain = QStringLiteral(".youtube.com");
             cookie.party = Party::Third;
             p.cookies.append(cookie);
         },
         Expect::Error},
        {"_ga asked consent", "cookie.misclassified-necessary", "typical", "fr",
         [](Policy &p) {
             Cookie cookie = cookieNamed(p, QStringLiteral("_pk_id."));
             cookie.name = QStringLiteral("_ga");
             p.cookies.append(cookie);
         },
         Expect::None},
        {"default charter", "cookie.misclassified-necessary", "default", "fr", noop, Expect::None},
        // inventory.all-exempt
        {"all exempt", "inventory.all-exempt", "default", "fr", noop, Expect::Info},
        {"some need consent", "inventory.all-exempt", "typical", "fr", noop, Expect::None},
        // provider.identity
        {"third party without policy link", "provider.identity", "typical", "fr",
         [](Policy &p) { providerNamed(p, QStringLiteral("google")).privacyPolicyUrl.clear(); }, Expect::Error},
        {"third party not listed", "provider.identity", "typical", "fr",
         [](Policy &p) { cookieNamed(p, QStringLiteral("YSC")).providerId = QStringLiteral("nobody"); }, Expect::Error},
        {"third party identified", "provider.identity", "typical", "fr", noop, Expect::None},
        // links.web-addresses
        {"javascript: site address", "links.web-addresses", "typical", "fr",
         [](Policy &p) { p.meta.siteUrl = QStringLiteral("javascript:alert(document.cookie)"); }, Expect::Error},
        {"mailto privacy policy", "links.web-addresses", "typical", "fr",
         [](Policy &p) { providerNamed(p, QStringLiteral("google")).privacyPolicyUrl = QStringLiteral("mailto:dpo@google.example"); },
         Expect::Error},
        {"data: provider website", "links.web-addresses", "typical", "fr",
         [](Policy &p) { providerNamed(p, QStringLiteral("matomo")).website = QStringLiteral("data:text/html,<script>1</script>"); },
         Expect::Error},
        {"address without scheme", "links.web-addresses", "typical", "fr",
         [](Policy &p) { p.meta.siteUrl = QStringLiteral("www.valbourg.example"); }, Expect::Error},
        {"http(s) addresses", "links.web-addresses", "typical", "fr", noop, Expect::None},
        {"no addresses at all", "links.web-addresses", "typical", "fr",
         [](Policy &p) {
             p.meta.siteUrl.clear();
             for (Provider &provider : p.providers)
                 provider.website = provider.privacyPolicyUrl = QString();
         },
         Expect::None},
        // provider.transfer
        {"US provider not disclosed", "provider.transfer", "typical", "fr",
         [](Policy &p) { providerNamed(p, QStringLiteral("google")).country = QStringLiteral("US"); }, Expect::Warning},
        {"US provider disclosed", "provider.transfer", "typical", "fr",
         [](Policy &p) {
             Provider &google = providerNamed(p, QStringLiteral("google"));
             google.country = QStringLiteral("US");
             p.charter[0].body.set(QStringLiteral("fr"), p.charter[0].body.exact(QStringLiteral("fr")) +
                                              QStringLiteral(" Google Ireland Limited (YouTube) peut transférer des données aux États-Unis."));
         },
         Expect::None},
        {"EU provider", "provider.transfer", "typical", "fr", noop, Expect::None},
        // basis.no-legitimate-interest
        {"legitimate interest", "basis.no-legitimate-interest", "typical", "fr",
         [](Policy &p) { p.cookies[2].basis = LegalBasis::LegitimateInterest; }, Expect::Error},
        {"consent", "basis.no-legitimate-interest", "typical", "fr", noop, Expect::None},
        // category.required-only-exempt
        {"consent cookie in required category", "category.required-only-exempt", "typical", "fr",
         [](Policy &p) { cookieNamed(p, QStringLiteral("PHPSESSID")).basis = LegalBasis::Consent; }, Expect::Error},
        {"exempt cookies only", "category.required-only-exempt", "typical", "fr", noop, Expect::None},
        // category.empty
        {"empty category", "category.empty", "typical", "fr",
         [](Policy &p) {
             Category extra;
             extra.id = QStringLiteral("functional");
             extra.name = LocalizedText(QStringLiteral("fr"), QStringLiteral("Fonctionnels"));
             p.categories.append(extra);
         },
         Expect::Warning},
        {"every category used", "category.empty", "typical", "fr", noop, Expect::None},
        // banner.reject-first-layer
        {"no reject text", "banner.reject-first-layer", "typical", "fr",
         [](Policy &p) { p.banner.rejectAll = {}; }, Expect::Error},
        {"reject moved off the first layer", "banner.reject-first-layer", "typical", "fr",
         [](Policy &p) { p.banner.extra.insert(QStringLiteral("rejectOnFirstLayer"), false); }, Expect::Error},
        {"reject text in the default language only", "banner.reject-first-layer", "typical", "fr",
         [](Policy &p) { p.banner.rejectAll.remove(QStringLiteral("en")); }, Expect::None},
        // banner.equal-prominence
        {"reject as a link", "banner.equal-prominence", "typical", "fr",
         [](Policy &p) { p.banner.extra.insert(QStringLiteral("rejectStyle"), QStringLiteral("link")); }, Expect::Error},
        {"low button contrast", "banner.equal-prominence", "typical", "fr",
         [](Policy &p) { p.banner.buttonBackground = QColor(0x88, 0x88, 0x88); }, Expect::Warning},
        {"same buttons, readable", "banner.equal-prominence", "typical", "fr", noop, Expect::None},
        // banner.no-preticked
        {"marketing on by default", "banner.no-preticked", "typical", "fr",
         [](Policy &p) { categoryNamed(p, QStringLiteral("marketing")).extra.insert(QStringLiteral("preselected"), true); }, Expect::Error},
        {"required category on", "banner.no-preticked", "typical", "fr",
         [](Policy &p) { categoryNamed(p, QStringLiteral("necessary")).extra.insert(QStringLiteral("preselected"), true); }, Expect::None},
        // banner.no-implied-consent
        {"closing is consent", "banner.no-implied-consent", "typical", "fr",
         [](Policy &p) { p.banner.extra.insert(QStringLiteral("implicitConsent"), QStringLiteral("close")); }, Expect::Error},
        {"explicit only", "banner.no-implied-consent", "typical", "fr",
         [](Policy &p) { p.banner.extra.insert(QStringLiteral("implicitConsent"), QStringLiteral("none")); }, Expect::None},
        // banner.purposes-listed
        {"no description", "banner.purposes-listed", "typical", "fr",
         [](Policy &p) { p.banner.description = {}; }, Expect::Error},
        {"category not described", "banner.purposes-listed", "typical", "fr",
         [](Policy &p) { categoryNamed(p, QStringLiteral("statistics")).description = {}; }, Expect::Error},
        {"described", "banner.purposes-listed", "typical", "fr", noop, Expect::None},
        // banner.granular
        {"no customise text", "banner.granular", "typical", "fr",
         [](Policy &p) { p.banner.customize = {}; }, Expect::Error},
        {"customise present", "banner.granular", "typical", "fr", noop, Expect::None},
        // banner.controllers-listed
        {"unknown first-party provider", "banner.controllers-listed", "typical", "fr",
         [](Policy &p) { cookieNamed(p, QStringLiteral("_pk_ses.")).providerId = QStringLiteral("ghost"); }, Expect::Error},
        {"provider with no cookie", "banner.controllers-listed", "typical", "fr",
         [](Policy &p) {
             Provider extra;
             extra.id = QStringLiteral("old");
             extra.name = QStringLiteral("Old tool");
             p.providers.append(extra);
         },
         Expect::Warning},
        {"list matches", "banner.controllers-listed", "typical", "fr", noop, Expect::None},
        // banner.withdrawal
        {"no manage text", "banner.withdrawal", "typical", "fr",
         [](Policy &p) { p.banner.manage = {}; }, Expect::Error},
        {"manage present", "banner.withdrawal", "typical", "fr", noop, Expect::None},
        // banner.consent-lifetime
        {"200 days in fr", "banner.consent-lifetime", "typical", "fr",
         [](Policy &p) { p.banner.consentLifetimeDays = 200; }, Expect::Warning},
        {"200 days in eu", "banner.consent-lifetime", "typical", "eu",
         [](Policy &p) { p.banner.consentLifetimeDays = 200; }, Expect::None},
        {"182 days in fr", "banner.consent-lifetime", "typical", "fr", noop, Expect::None},
        // banner.consent-log
        {"choices not logged", "banner.consent-log", "typical", "fr", noop, Expect::Info},
        {"logged on the site", "banner.consent-log", "typical", "fr",
         [](Policy &p) { p.banner.consentLogUrl = QStringLiteral("/consent-log"); }, Expect::None},
        {"logged elsewhere over https", "banner.consent-log", "typical", "fr",
         [](Policy &p) { p.banner.consentLogUrl = QStringLiteral("https://proof.example/log"); }, Expect::None},
        {"address that cannot be used", "banner.consent-log", "typical", "fr",
         [](Policy &p) { p.banner.consentLogUrl = QStringLiteral("javascript:alert(1)"); }, Expect::Warning},
        {"unencrypted from an https site", "banner.consent-log", "typical", "fr",
         [](Policy &p) { p.banner.consentLogUrl = QStringLiteral("http://proof.example/log"); }, Expect::Warning},
        {"nothing needs consent", "banner.consent-log", "default", "fr", noop, Expect::None},
        // banner.reask
        {"never asks again", "banner.reask", "typical", "fr",
         [](Policy &p) { p.banner.extra.insert(QStringLiteral("reaskOnRevision"), false); }, Expect::Warning},
        {"no revision", "banner.reask", "typical", "fr", [](Policy &p) { p.meta.revision = 0; }, Expect::Warning},
        {"asks again", "banner.reask", "typical", "fr", noop, Expect::None},
        // banner.cookie-wall
        {"cookie wall, fr", "banner.cookie-wall", "typical", "fr",
         [](Policy &p) { p.banner.extra.insert(QStringLiteral("cookieWall"), true); }, Expect::Warning},
        {"cookie wall, eu", "banner.cookie-wall", "typical", "eu",
         [](Policy &p) { p.banner.extra.insert(QStringLiteral("cookieWall"), true); }, Expect::Error},
        {"no wall", "banner.cookie-wall", "typical", "eu", noop, Expect::None},
        // banner.texts-translated
        {"accept all not translated", "banner.texts-translated", "typical", "fr",
         [](Policy &p) { p.banner.acceptAll.remove(QStringLiteral("en")); }, Expect::Error},
        {"all translated", "banner.texts-translated", "typical", "fr", noop, Expect::None},
        // charter.inventory-parity
        {"table of one other category", "charter.inventory-parity", "typical", "fr",
         [](Policy &p) {
             for (CharterSection &section : p.charter) {
                 if (section.kind == CharterSection::Kind::CookieTable)
                     section.categoryId = QStringLiteral("marketing");
             }
         },
         Expect::Error},
        {"no table at all", "charter.inventory-parity", "typical", "fr",
         [](Policy &p) {
             p.charter.removeIf([](const CharterSection &s) { return s.kind == CharterSection::Kind::CookieTable; });
         },
         Expect::Error},
        {"consent cookie not declared", "charter.inventory-parity", "typical", "fr",
         [](Policy &p) {
             p.cookies.removeIf([](const Cookie &c) { return c.name == QStringLiteral("cookies_preferences"); });
         },
         Expect::Error},
        {"table per category", "charter.inventory-parity", "typical", "fr",
         [](Policy &p) {
             p.charter.removeIf([](const CharterSection &s) { return s.kind == CharterSection::Kind::CookieTable; });
             for (const Category &category : p.categories) {
                 CharterSection section;
                 section.id = category.id + QStringLiteral("-table");
                 section.kind = CharterSection::Kind::CookieTable;
                 section.categoryId = category.id;
                 section.title = LocalizedText(QStringLiteral("fr"), category.id);
                 section.title.set(QStringLiteral("en"), category.id);
                 p.charter.append(section);
             }
         },
         Expect::None},
        {"all in one table", "charter.inventory-parity", "typical", "fr", noop, Expect::None},
        // charter.mandatory-mentions
        {"no controller", "charter.mandatory-mentions", "typical", "fr",
         [](Policy &p) { p.meta.publisherName.clear(); }, Expect::Error},
        {"English choices section emptied", "charter.mandatory-mentions", "default", "fr",
         [](Policy &p) {
             for (CharterSection &section : p.charter) {
                 if (section.id == QStringLiteral("your-choices"))
                     section.body.set(QStringLiteral("en"), QStringLiteral("Thank you for reading."));
             }
         },
         Expect::Error},
        {"default charter", "charter.mandatory-mentions", "default", "fr", noop, Expect::None},
        // charter.exempt-disclosed
        {"exempt cookie without English purpose", "charter.exempt-disclosed", "typical", "fr",
         [](Policy &p) { cookieNamed(p, QStringLiteral("PHPSESSID")).purpose.remove(QStringLiteral("en")); }, Expect::Warning},
        {"described", "charter.exempt-disclosed", "typical", "fr", noop, Expect::None},
        // charter.dated
        {"no date", "charter.dated", "typical", "fr", [](Policy &p) { p.meta.lastUpdated = {}; }, Expect::Warning},
        {"inventory changed after stamp", "charter.dated", "typical", "fr",
         [](Policy &p) {
             ComplianceStamp::markUpdated(p, QDate(2026, 1, 15));
             p.cookies[0].lifetime = Lifetime::fromSeconds(Lifetime::Day);
         },
         Expect::Warning},
        {"stamped and unchanged", "charter.dated", "typical", "fr",
         [](Policy &p) {
             ComplianceStamp::markUpdated(p, QDate(2026, 1, 15));
             p.banner.consentLifetimeDays = 150; // not the inventory
         },
         Expect::None},
        // charter.claims-match-inventory
        {"banner says only necessary cookies", "charter.claims-match-inventory", "typical", "fr",
         [](Policy &p) {
             p.banner.description.set(QStringLiteral("fr"), QStringLiteral("Nous n’utilisons que des cookies strictement nécessaires."));
         },
         Expect::Error},
        {"charter says no third-party cookie", "charter.claims-match-inventory", "typical", "fr",
         [](Policy &p) { p.charter[0].body.set(QStringLiteral("en"), QStringLiteral("We do not use any third-party cookies.")); },
         Expect::Error},
        {"charter says no audience measurement", "charter.claims-match-inventory", "typical", "fr",
         [](Policy &p) { p.charter[0].body.set(QStringLiteral("fr"), QStringLiteral("Aucun cookie de mesure d'audience n'est déposé.")); },
         Expect::Error},
        {"no advertising said and none declared", "charter.claims-match-inventory", "default", "fr",
         [](Policy &p) { p.charter[0].body.set(QStringLiteral("en"), QStringLiteral("There are no advertising cookies on this site.")); },
         Expect::None},
        {"no advertising said, but YouTube's cookies declared", "charter.claims-match-inventory", "typical", "fr",
         [](Policy &p) { p.charter[0].body.set(QStringLiteral("en"), QStringLiteral("There are no advertising cookies on this site.")); },
         Expect::Error},
        {"only necessary, and so it is", "charter.claims-match-inventory", "default", "fr", noop, Expect::None},
        {"describing the kinds of cookies is no claim", "charter.claims-match-inventory", "typical", "fr", noop, Expect::None},
        // charter.translated
        {"title not translated", "charter.translated", "typical", "fr",
         [](Policy &p) { p.charter[0].title.remove(QStringLiteral("en")); }, Expect::Warning},
        {"translated", "charter.translated", "typical", "fr", noop, Expect::None},
        // publish.revision-not-bumped: compared with the template as last published
        {"consent cookie added, revision kept", "publish.revision-not-bumped", "typical", "fr",
         [](Policy &p) {
             Cookie ga = cookieNamed(p, QStringLiteral("_pk_ses."));
             ga.name = QStringLiteral("_ga");
             ga.match = NameMatch::Exact;
             p.cookies.append(ga);
         },
         Expect::Warning},
        {"consent cookie added, revision bumped", "publish.revision-not-bumped", "typical", "fr",
         [](Policy &p) {
             Cookie ga = cookieNamed(p, QStringLiteral("_pk_ses."));
             ga.name = QStringLiteral("_ga");
             ga.match = NameMatch::Exact;
             p.cookies.append(ga);
             ++p.meta.revision;
         },
         Expect::None},
        {"wording only", "publish.revision-not-bumped", "typical", "fr",
         [](Policy &p) { p.charter[0].body.set(QStringLiteral("en"), QStringLiteral("Other words")); }, Expect::None},
    };
    return table;
}

} // namespace

class TestComplianceRules : public QObject
{
    Q_OBJECT

private slots:
    void rule_data();
    void rule();
    void everyRuleHasCases();
    void templatesHaveNoError_data();
    void templatesHaveNoError();
    void disabledRulesAndSuppressions();
    void unjustifiedSuppressionIsNotApplied();
    void configRoundTripsThroughPolicyExtra();
    void rowsWithFindings();
    void claimWordings_data();
    void claimWordings();
};

void TestComplianceRules::rule_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("profile");
    QTest::addColumn<Mutation>("mutate");
    QTest::addColumn<int>("expect");
    for (const Case &c : cases()) {
        QTest::addRow("%s: %s", c.rule, c.name)
            << QString::fromLatin1(c.rule) << QString::fromLatin1(c.base) << QString::fromLatin1(c.profile)
            << c.mutate << int(c.expect);
    }
}

void TestComplianceRules::rule()
{
    QFETCH(QString, rule);
    QFETCH(QString, base);
    QFETCH(QString, profile);
    QFETCH(Mutation, mutate);
    QFETCH(int, expect);

    std::optional<Policy> policy = Templates::load(base);
    QVERIFY(policy);
    mutate(*policy);
    CheckOptions options;
    options.profile = profile;
    // The publish rule compares with the last published revision: the template itself.
    std::optional<PublishedBaseline> published;
    if (rule.startsWith(QLatin1StringView("publish."))) {
        ArchiveEntry last;
        last.revision = Templates::load(base)->meta.revision;
        last.date = QDate(2026, 12, 1);
        published = Publishing::baseline(*policy, *Templates::load(base), last);
        options.published = &*published;
    }
    const ComplianceReport report = ComplianceChecker::check(*policy, options);
    QList<Finding> found;
    for (const Finding &finding : report.findings) {
        if (finding.rule == rule)
            found << finding;
    }
    if (Expect(expect) == Expect::None) {
        QVERIFY2(found.isEmpty(), qPrintable(found.value(0).message.en));
        return;
    }
    QVERIFY2(!found.isEmpty(), "the rule did not trigger");
    const Severity wanted = Expect(expect) == Expect::Error     ? Severity::Error
                            : Expect(expect) == Expect::Warning ? Severity::Warning
                                                                : Severity::Info;
    const bool hasWanted = std::any_of(found.cbegin(), found.cend(),
                                       [wanted](const Finding &f) { return f.severity == wanted; });
    QVERIFY2(hasWanted, qPrintable(QStringLiteral("got severity ") + SeverityKeys::toString(found.first().severity)));
    for (const Finding &finding : found) {
        // Every message says something in both languages, and where.
        QVERIFY(!finding.message.en.isEmpty());
        QVERIFY(!finding.message.fr.isEmpty());
        QVERIFY(finding.message.en != finding.message.fr);
        QVERIFY(!finding.message.en.contains(QStringLiteral("%1")));
        QVERIFY(!finding.message.fr.contains(QStringLiteral("%1")));
        // French typography: a no-break space before ; : ! ? and inside « ».
        static const QRegularExpression breakable(QStringLiteral("[ ][;:!?»]|«[ ]"));
        QVERIFY2(!breakable.match(finding.message.fr).hasMatch(), qPrintable(finding.message.fr));
        QVERIFY(!finding.source.isEmpty());
        if (finding.place.kind != FindingPlace::Kind::Document && finding.place.kind != FindingPlace::Kind::Banner)
            QVERIFY(finding.place.index >= 0);
    }
}

void TestComplianceRules::everyRuleHasCases()
{
    for (const ComplianceRule &rule : ComplianceRules::all()) {
        bool triggers = false;
        bool quiet = false;
        for (const Case &c : cases()) {
            if (rule.id != QLatin1StringView(c.rule))
                continue;
            (c.expect == Expect::None ? quiet : triggers) = true;
        }
        QVERIFY2(triggers && quiet, qPrintable(rule.id + QStringLiteral(" needs a triggering and a quiet case")));
        QVERIFY(!rule.source.isEmpty());
        QVERIFY(!rule.title.en.isEmpty() && !rule.title.fr.isEmpty());
    }
    for (const Case &c : cases())
        QVERIFY2(ComplianceRules::find(QString::fromLatin1(c.rule)), c.rule);
}

void TestComplianceRules::templatesHaveNoError_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("profile");
    for (const char *name : {"default", "typical"}) {
        for (const char *profile : {"fr", "eu"})
            QTest::addRow("%s, %s", name, profile) << QString::fromLatin1(name) << QString::fromLatin1(profile);
    }
}

void TestComplianceRules::templatesHaveNoError()
{
    QFETCH(QString, name);
    QFETCH(QString, profile);
    const std::optional<Policy> policy = Templates::load(name);
    QVERIFY(policy);
    CheckOptions options;
    options.profile = profile;
    const ComplianceReport report = ComplianceChecker::check(*policy, options);
    QCOMPARE(report.profile, profile);
    for (const Finding &finding : report.findings)
        qInfo("%s: %s [%s]", qPrintable(SeverityKeys::toString(finding.severity)), qPrintable(finding.message.en),
              qPrintable(finding.rule));
    QCOMPARE(report.count(Severity::Error), 0);
    QCOMPARE(report.count(Severity::Warning), 0);
}

void TestComplianceRules::disabledRulesAndSuppressions()
{
    Policy policy = *Templates::load(QStringLiteral("typical"));
    policy.banner.consentLifetimeDays = 400;
    policy.banner.rejectAll = {};
    policy.banner.consentLogUrl = QStringLiteral("/consent-log");
    ComplianceConfig config;
    config.disabledRules << QStringLiteral("banner.consent-lifetime") << QStringLiteral("no.such-rule");
    config.suppressions << Suppression{QStringLiteral("banner.reject-first-layer"), QStringLiteral("banner"), {}, QStringLiteral("rejectAll"),
                                       QStringLiteral("The site uses its own banner, reviewed by counsel.")};
    config.store(policy);

    const ComplianceReport report = ComplianceChecker::check(policy);
    QCOMPARE(report.findings.size(), 0);
    QCOMPARE(report.disabledRules, QStringList{QStringLiteral("banner.consent-lifetime")});
    QCOMPARE(report.unknownDisabledRules, QStringList{QStringLiteral("no.such-rule")});
    QCOMPARE(report.suppressed.size(), 1);
    QCOMPARE(report.suppressed.first().rule, QStringLiteral("banner.reject-first-layer"));
    QVERIFY(report.suppressed.first().suppressed);
    QCOMPARE(report.suppressed.first().justification, QStringLiteral("The site uses its own banner, reviewed by counsel."));
    QVERIFY(!report.hasErrors());

    // The suppression targets one place only.
    policy.banner.manage = {};
    const ComplianceReport second = ComplianceChecker::check(policy);
    QCOMPARE(second.findings.size(), 1);
    QCOMPARE(second.findings.first().rule, QStringLiteral("banner.withdrawal"));
}

void TestComplianceRules::unjustifiedSuppressionIsNotApplied()
{
    Policy policy = *Templates::load(QStringLiteral("typical"));
    policy.banner.rejectAll = {};
    ComplianceConfig config;
    config.suppressions << Suppression{QStringLiteral("banner.reject-first-layer"), {}, {}, {}, QStringLiteral("   ")};
    config.store(policy);
    const ComplianceReport report = ComplianceChecker::check(policy);
    QVERIFY(report.hasErrors());
    QVERIFY(report.suppressed.isEmpty());
    QCOMPARE(report.unjustifiedSuppressions.size(), 1);
}

void TestComplianceRules::configRoundTripsThroughPolicyExtra()
{
    Policy policy = *Templates::load(QStringLiteral("default"));
    policy.extra.insert(QStringLiteral("compliance"), QJsonObject{{QStringLiteral("futureMember"), 42}});
    ComplianceConfig config;
    config.profile = QStringLiteral("eu");
    config.disabledRules << QStringLiteral("category.empty");
    config.suppressions << Suppression{QStringLiteral("cookie.duplicate"), QStringLiteral("cookie"), QStringLiteral("sid"), {}, QStringLiteral("Two paths.")};
    config.store(policy);
    QCOMPARE(ComplianceConfig::fromPolicy(policy), config);
    // Members of a newer version are kept.
    QCOMPARE(policy.extra.value(QStringLiteral("compliance")).toObject().value(QStringLiteral("futureMember")).toInt(), 42);
    QCOMPARE(ComplianceChecker::check(policy).profile, QStringLiteral("eu"));
    CheckOptions options;
    options.profile = QStringLiteral("fr");
    QCOMPARE(ComplianceChecker::check(policy, options).profile, QStringLiteral("fr"));

    ComplianceConfig{}.store(policy);
    QCOMPARE(policy.extra.value(QStringLiteral("compliance")).toObject().keys(), QStringList{QStringLiteral("futureMember")});
}

void TestComplianceRules::rowsWithFindings()
{
    Policy policy = *Templates::load(QStringLiteral("typical"));
    policy.cookies[1].purpose = {};
    policy.cookies[3].lifetime = Lifetime::fromSeconds(500 * Lifetime::Day);
    const ComplianceReport report = ComplianceChecker::check(policy);
    QCOMPARE(report.cookieRowsWithFindings(), (QSet<qsizetype>{1, 3}));
    const QHash<qsizetype, Severity> worst = report.worstSeverityPerCookieRow();
    QCOMPARE(worst.value(1), Severity::Error);
    QCOMPARE(worst.value(3), Severity::Warning);
}

void TestComplianceRules::claimWordings_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<CookieClaim>>("claims");
    const QList<CookieClaim> none;
    QTest::newRow("fr only necessary") << QStringLiteral("Nous utilisons uniquement des cookies nécessaires au fonctionnement.")
                                       << QList<CookieClaim>{CookieClaim::OnlyExempt};
    QTest::newRow("fr ne que") << QStringLiteral("Ce site n'utilise que des cookies techniques.") << QList<CookieClaim>{CookieClaim::OnlyExempt};
    QTest::newRow("fr no consent needed") << QStringLiteral("Aucun cookie soumis à votre consentement n'est déposé.")
                                          << QList<CookieClaim>{CookieClaim::OnlyExempt};
    QTest::newRow("en only essential") << QStringLiteral("We only use strictly necessary cookies.") << QList<CookieClaim>{CookieClaim::OnlyExempt};
    QTest::newRow("en no consent needed") << QStringLiteral("This site sets no cookies that require your consent.")
                                          << QList<CookieClaim>{CookieClaim::OnlyExempt};
    QTest::newRow("fr no third party, no ads") << QStringLiteral("Pas de cookies tiers, aucun cookie publicitaire.")
                                               << QList<CookieClaim>{CookieClaim::NoThirdParty, CookieClaim::NoAdvertising};
    QTest::newRow("en no tracking") << QStringLiteral("We don't? No: we do not use any tracking cookies.")
                                    << QList<CookieClaim>{CookieClaim::NoAudienceMeasurement};
    QTest::newRow("fr no statistics") << QStringLiteral("Nous ne déposons pas de cookies statistiques.")
                                      << QList<CookieClaim>{CookieClaim::NoAudienceMeasurement};
    // Sentences that describe, ask or list are no claims.
    QTest::newRow("fr describes necessary") << QStringLiteral("Les cookies nécessaires conservent des informations d'une page à l'autre.") << none;
    QTest::newRow("en with consent") << QStringLiteral("We use necessary cookies and, with your consent, analytics cookies.") << none;
    QTest::newRow("fr third party defined") << QStringLiteral("Les cookies tiers sont déposés par un autre site.") << none;
    QTest::newRow("en only when you accept") << QStringLiteral("Advertising cookies are only set when you accept them.") << none;
}

void TestComplianceRules::claimWordings()
{
    QFETCH(QString, text);
    QFETCH(QList<CookieClaim>, claims);
    QCOMPARE(CharterClaims::find(text), claims);
}

QTEST_GUILESS_MAIN(TestComplianceRules)
#include "tst_compliancerules.moc"
