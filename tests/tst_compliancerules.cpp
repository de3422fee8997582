#include "compliancechecker.h"
#include "complianceconfig.h"
#include "compliancerules.h"
#include "knowncookies.h"
#include "templates.h"

#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;

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
    Cookie &cookie = cookieNamed(policy, u"_pk_id."_s);
    cookie.basis = LegalBasis::Exempt;
    cookie.purpose = LocalizedText(u"en"_s, u"Audience measurement: counts returning visitors."_s);
    cookie.purpose.set(u"fr"_s, u"Mesure d'audience : reconnaître un visiteur qui revient."_s);
    cookie.lifetime = Lifetime::fromSeconds(13 * Lifetime::Month);
    cookie.extra.insert(u"dataRetention"_s, u"25 months"_s);
}

void noop(Policy &) {}

const std::vector<Case> &cases()
{
    static const std::vector<Case> table = {
        // cookie.required-fields
        {"purpose missing", "cookie.required-fields", "typical", "fr",
         [](Policy &p) { p.cookies[0].purpose = {}; }, Expect::Error},
        {"unknown category", "cookie.required-fields", "typical", "fr",
         [](Policy &p) { p.cookies[0].categoryId = u"nowhere"_s; }, Expect::Error},
        {"all fields present", "cookie.required-fields", "typical", "fr", noop, Expect::None},
        // cookie.lifetime-parsable
        {"free text lifetime", "cookie.lifetime-parsable", "typical", "fr",
         [](Policy &p) {
             p.cookies[0].lifetime.reset();
             p.cookies[0].unparsed.insert(u"lifetime"_s, u"varies"_s);
         },
         Expect::Error},
        {"lifetime missing is another rule's", "cookie.lifetime-parsable", "typical", "fr",
         [](Policy &p) { p.cookies[0].lifetime.reset(); }, Expect::None},
        // cookie.name-token
        {"space in name", "cookie.name-token", "typical", "fr",
         [](Policy &p) { p.cookies[0].name = u"my cookie"_s; }, Expect::Error},
        {"broken regex", "cookie.name-token", "typical", "fr",
         [](Policy &p) {
             p.cookies[0].name = u"(unclosed"_s;
             p.cookies[0].match = NameMatch::Regex;
         },
         Expect::Error},
        {"prefix pattern with dot", "cookie.name-token", "typical", "fr", noop, Expect::None},
        // cookie.prefix
        {"__Secure- without Secure", "cookie.prefix", "typical", "fr",
         [](Policy &p) { p.cookies[0].name = u"__Secure-sid"_s; p.cookies[0].secure = false; }, Expect::Error},
        {"__Host- with domain", "cookie.prefix", "typical", "fr",
         [](Policy &p) {
             p.cookies[0].name = u"__Host-sid"_s;
             p.cookies[0].secure = true;
             p.cookies[0].domain = u"www.valbourg.example"_s;
         },
         Expect::Error},
        {"__Host- done right", "cookie.prefix", "typical", "fr",
         [](Policy &p) {
             p.cookies[0].name = u"__Host-sid"_s;
             p.cookies[0].secure = true;
             p.cookies[0].domain.clear();
             p.cookies[0].path = u"/"_s;
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
             copy.domain = u"intranet.valbourg.example"_s;
             p.cookies.append(copy);
         },
         Expect::None},
        // cookie.exempt-purpose
        {"exempt without exempt purpose", "cookie.exempt-purpose", "default", "fr",
         [](Policy &p) {
             cookieNamed(p, u"csrftoken"_s).purpose = LocalizedText(u"en"_s, u"Counts clicks on buttons."_s);
             cookieNamed(p, u"csrftoken"_s).service = {};
         },
         Expect::Error},
        {"declared exempt purpose", "cookie.exempt-purpose", "default", "fr",
         [](Policy &p) {
             Cookie &cookie = cookieNamed(p, u"csrftoken"_s);
             cookie.purpose = LocalizedText(u"en"_s, u"Counts clicks on buttons."_s);
             cookie.service = {};
             cookie.extra.insert(u"exemptPurpose"_s, u"security"_s);
         },
         Expect::None},
        {"default charter", "cookie.exempt-purpose", "default", "fr", noop, Expect::None},
        // cookie.exempt-single-purpose
        {"language and advertising", "cookie.exempt-single-purpose", "default", "fr",
         [](Policy &p) {
             cookieNamed(p, u"django_language"_s).purpose.set(u"en"_s, u"Remembers the language and serves targeted advertising."_s);
         },
         Expect::Error},
        {"language only", "cookie.exempt-single-purpose", "default", "fr", noop, Expect::None},
        // cookie.exempt-duration
        {"sign-in kept 2 years", "cookie.exempt-duration", "default", "fr",
         [](Policy &p) { cookieNamed(p, u"sessionid"_s).lifetime = Lifetime::fromSeconds(2 * Lifetime::Year); },
         Expect::Warning},
        {"sign-in kept 14 months, eu", "cookie.exempt-duration", "default", "eu",
         [](Policy &p) { cookieNamed(p, u"sessionid"_s).lifetime = Lifetime::fromSeconds(14 * Lifetime::Month); },
         Expect::Warning},
        {"csrf token one year, eu", "cookie.exempt-duration", "default", "eu", noop, Expect::None},
        // audience.max-lifetime
        {"exempt audience 14 months", "audience.max-lifetime", "typical", "fr",
         [](Policy &p) {
             exemptMatomo(p);
             cookieNamed(p, u"_pk_id."_s).lifetime = Lifetime::fromSeconds(14 * Lifetime::Month);
         },
         Expect::Error},
        {"exempt audience 13 months", "audience.max-lifetime", "typical", "fr", exemptMatomo, Expect::None},
        {"consent audience 14 months", "audience.max-lifetime", "typical", "fr",
         [](Policy &p) { cookieNamed(p, u"_pk_id."_s).lifetime = Lifetime::fromSeconds(14 * Lifetime::Month); },
         Expect::None},
        // audience.data-retention
        {"data kept 26 months", "audience.data-retention", "typical", "fr",
         [](Policy &p) {
             exemptMatomo(p);
             cookieNamed(p, u"_pk_id."_s).extra.insert(u"dataRetention"_s, u"26 months"_s);
         },
         Expect::Error},
        {"retention not stated", "audience.data-retention", "typical", "fr",
         [](Policy &p) {
             exemptMatomo(p);
             cookieNamed(p, u"_pk_id."_s).extra.remove(u"dataRetention"_s);
         },
         Expect::Warning},
        {"retention on the provider", "audience.data-retention", "typical", "fr",
         [](Policy &p) {
             exemptMatomo(p);
             cookieNamed(p, u"_pk_id."_s).extra.remove(u"dataRetention"_s);
             providerNamed(p, u"matomo"_s).extra.insert(u"dataRetention"_s, qint64(25 * Lifetime::Month));
         },
         Expect::None},
        {"data kept 25 months", "audience.data-retention", "typical", "fr", exemptMatomo, Expect::None},
        // audience.scope
        {"third-party audience", "audience.scope", "typical", "fr",
         [](Policy &p) {
             exemptMatomo(p);
             cookieNamed(p, u"_pk_id."_s).party = Party::Third;
         },
         Expect::Error},
        {"first-party audience", "audience.scope", "typical", "fr", exemptMatomo, Expect::None},
        // cookie.misclassified-necessary
        {"_ga filed as necessary", "cookie.misclassified-necessary", "default", "fr",
         [](Policy &p) {
             Cookie cookie = cookieNamed(p, u"django_language"_s);
             cookie.name = u"_ga"_s;
             p.cookies.append(cookie);
         },
         Expect::Error},
        {"_ga_XYZ (prefix) filed as necessary", "cookie.misclassified-necessary", "default", "fr",
         [](Policy &p) {
             Cookie cookie = cookieNamed(p, u"django_language"_s);
             cookie.name = u"_ga_XYZ123"_s;
             p.cookies.append(cookie);
         },
         Expect::Error},
        {"YSC first-party: name only", "cookie.misclassified-necessary", "default", "fr",
         [](Policy &p) {
             Cookie cookie = cookieNamed(p, u"django_language"_s);
             cookie.name = u"YSC"_s;
             p.cookies.append(cookie);
         },
         Expect::Info},
        {"YSC on youtube.com", "cookie.misclassified-necessary", "default", "fr",
         [](Policy &p) {
             Cookie cookie = cookieNamed(p, u"django_language"_s);
             cookie.name = u"YSC"_s;
             cookie.domain = u".youtube.com"_s;
             cookie.party = Party::Third;
             p.cookies.append(cookie);
         },
         Expect::Error},
        {"_ga asked consent", "cookie.misclassified-necessary", "typical", "fr",
         [](Policy &p) {
             Cookie cookie = cookieNamed(p, u"_pk_id."_s);
             cookie.name = u"_ga"_s;
             p.cookies.append(cookie);
         },
         Expect::None},
        {"default charter", "cookie.misclassified-necessary", "default", "fr", noop, Expect::None},
        // inventory.all-exempt
        {"all exempt", "inventory.all-exempt", "default", "fr", noop, Expect::Info},
        {"some need consent", "inventory.all-exempt", "typical", "fr", noop, Expect::None},
        // provider.identity
        {"third party without policy link", "provider.identity", "typical", "fr",
         [](Policy &p) { providerNamed(p, u"google"_s).privacyPolicyUrl.clear(); }, Expect::Error},
        {"third party not listed", "provider.identity", "typical", "fr",
         [](Policy &p) { cookieNamed(p, u"YSC"_s).providerId = u"nobody"_s; }, Expect::Error},
        {"third party identified", "provider.identity", "typical", "fr", noop, Expect::None},
        // provider.transfer
        {"US provider not disclosed", "provider.transfer", "typical", "fr",
         [](Policy &p) { providerNamed(p, u"google"_s).country = u"US"_s; }, Expect::Warning},
        {"US provider disclosed", "provider.transfer", "typical", "fr",
         [](Policy &p) {
             Provider &google = providerNamed(p, u"google"_s);
             google.country = u"US"_s;
             p.charter[0].body.set(u"fr"_s, p.charter[0].body.exact(u"fr"_s) +
                                              u" Google Ireland Limited (YouTube) peut transférer des données aux États-Unis."_s);
         },
         Expect::None},
        {"EU provider", "provider.transfer", "typical", "fr", noop, Expect::None},
        // basis.no-legitimate-interest
        {"legitimate interest", "basis.no-legitimate-interest", "typical", "fr",
         [](Policy &p) { p.cookies[2].basis = LegalBasis::LegitimateInterest; }, Expect::Error},
        {"consent", "basis.no-legitimate-interest", "typical", "fr", noop, Expect::None},
        // category.required-only-exempt
        {"consent cookie in required category", "category.required-only-exempt", "typical", "fr",
         [](Policy &p) { cookieNamed(p, u"PHPSESSID"_s).basis = LegalBasis::Consent; }, Expect::Error},
        {"exempt cookies only", "category.required-only-exempt", "typical", "fr", noop, Expect::None},
        // category.empty
        {"empty category", "category.empty", "typical", "fr",
         [](Policy &p) {
             Category extra;
             extra.id = u"functional"_s;
             extra.name = LocalizedText(u"fr"_s, u"Fonctionnels"_s);
             p.categories.append(extra);
         },
         Expect::Warning},
        {"every category used", "category.empty", "typical", "fr", noop, Expect::None},
        // banner.reject-first-layer
        {"no reject text", "banner.reject-first-layer", "typical", "fr",
         [](Policy &p) { p.banner.rejectAll = {}; }, Expect::Error},
        {"reject moved off the first layer", "banner.reject-first-layer", "typical", "fr",
         [](Policy &p) { p.banner.extra.insert(u"rejectOnFirstLayer"_s, false); }, Expect::Error},
        {"reject text in the default language only", "banner.reject-first-layer", "typical", "fr",
         [](Policy &p) { p.banner.rejectAll.remove(u"en"_s); }, Expect::None},
        // banner.equal-prominence
        {"reject as a link", "banner.equal-prominence", "typical", "fr",
         [](Policy &p) { p.banner.extra.insert(u"rejectStyle"_s, u"link"_s); }, Expect::Error},
        {"low button contrast", "banner.equal-prominence", "typical", "fr",
         [](Policy &p) { p.banner.buttonBackground = QColor(0x88, 0x88, 0x88); }, Expect::Warning},
        {"same buttons, readable", "banner.equal-prominence", "typical", "fr", noop, Expect::None},
        // banner.no-preticked
        {"marketing on by default", "banner.no-preticked", "typical", "fr",
         [](Policy &p) { categoryNamed(p, u"marketing"_s).extra.insert(u"preselected"_s, true); }, Expect::Error},
        {"required category on", "banner.no-preticked", "typical", "fr",
         [](Policy &p) { categoryNamed(p, u"necessary"_s).extra.insert(u"preselected"_s, true); }, Expect::None},
        // banner.no-implied-consent
        {"closing is consent", "banner.no-implied-consent", "typical", "fr",
         [](Policy &p) { p.banner.extra.insert(u"implicitConsent"_s, u"close"_s); }, Expect::Error},
        {"explicit only", "banner.no-implied-consent", "typical", "fr",
         [](Policy &p) { p.banner.extra.insert(u"implicitConsent"_s, u"none"_s); }, Expect::None},
        // banner.purposes-listed
        {"no description", "banner.purposes-listed", "typical", "fr",
         [](Policy &p) { p.banner.description = {}; }, Expect::Error},
        {"category not described", "banner.purposes-listed", "typical", "fr",
         [](Policy &p) { categoryNamed(p, u"statistics"_s).description = {}; }, Expect::Error},
        {"described", "banner.purposes-listed", "typical", "fr", noop, Expect::None},
        // banner.granular
        {"no customise text", "banner.granular", "typical", "fr",
         [](Policy &p) { p.banner.customize = {}; }, Expect::Error},
        {"customise present", "banner.granular", "typical", "fr", noop, Expect::None},
        // banner.controllers-listed
        {"unknown first-party provider", "banner.controllers-listed", "typical", "fr",
         [](Policy &p) { cookieNamed(p, u"_pk_ses."_s).providerId = u"ghost"_s; }, Expect::Error},
        {"provider with no cookie", "banner.controllers-listed", "typical", "fr",
         [](Policy &p) {
             Provider extra;
             extra.id = u"old"_s;
             extra.name = u"Old tool"_s;
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
         [](Policy &p) { p.banner.consentLogUrl = u"/consent-log"_s; }, Expect::None},
        {"logged elsewhere over https", "banner.consent-log", "typical", "fr",
         [](Policy &p) { p.banner.consentLogUrl = u"https://proof.example/log"_s; }, Expect::None},
        {"address that cannot be used", "banner.consent-log", "typical", "fr",
         [](Policy &p) { p.banner.consentLogUrl = u"javascript:alert(1)"_s; }, Expect::Warning},
        {"unencrypted from an https site", "banner.consent-log", "typical", "fr",
         [](Policy &p) { p.banner.consentLogUrl = u"http://proof.example/log"_s; }, Expect::Warning},
        {"nothing needs consent", "banner.consent-log", "default", "fr", noop, Expect::None},
        // banner.reask
        {"never asks again", "banner.reask", "typical", "fr",
         [](Policy &p) { p.banner.extra.insert(u"reaskOnRevision"_s, false); }, Expect::Warning},
        {"no revision", "banner.reask", "typical", "fr", [](Policy &p) { p.meta.revision = 0; }, Expect::Warning},
        {"asks again", "banner.reask", "typical", "fr", noop, Expect::None},
        // banner.cookie-wall
        {"cookie wall, fr", "banner.cookie-wall", "typical", "fr",
         [](Policy &p) { p.banner.extra.insert(u"cookieWall"_s, true); }, Expect::Warning},
        {"cookie wall, eu", "banner.cookie-wall", "typical", "eu",
         [](Policy &p) { p.banner.extra.insert(u"cookieWall"_s, true); }, Expect::Error},
        {"no wall", "banner.cookie-wall", "typical", "eu", noop, Expect::None},
        // banner.texts-translated
        {"accept all not translated", "banner.texts-translated", "typical", "fr",
         [](Policy &p) { p.banner.acceptAll.remove(u"en"_s); }, Expect::Error},
        {"all translated", "banner.texts-translated", "typical", "fr", noop, Expect::None},
        // charter.inventory-parity
        {"table of one other category", "charter.inventory-parity", "typical", "fr",
         [](Policy &p) {
             for (CharterSection &section : p.charter) {
                 if (section.kind == CharterSection::Kind::CookieTable)
                     section.categoryId = u"marketing"_s;
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
             p.cookies.removeIf([](const Cookie &c) { return c.name == u"cookies_preferences"_s; });
         },
         Expect::Error},
        {"table per category", "charter.inventory-parity", "typical", "fr",
         [](Policy &p) {
             p.charter.removeIf([](const CharterSection &s) { return s.kind == CharterSection::Kind::CookieTable; });
             for (const Category &category : p.categories) {
                 CharterSection section;
                 section.id = category.id + u"-table"_s;
                 section.kind = CharterSection::Kind::CookieTable;
                 section.categoryId = category.id;
                 section.title = LocalizedText(u"fr"_s, category.id);
                 section.title.set(u"en"_s, category.id);
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
                 if (section.id == u"your-choices"_s)
                     section.body.set(u"en"_s, u"Thank you for reading."_s);
             }
         },
         Expect::Error},
        {"default charter", "charter.mandatory-mentions", "default", "fr", noop, Expect::None},
        // charter.exempt-disclosed
        {"exempt cookie without English purpose", "charter.exempt-disclosed", "typical", "fr",
         [](Policy &p) { cookieNamed(p, u"PHPSESSID"_s).purpose.remove(u"en"_s); }, Expect::Warning},
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
        // charter.translated
        {"title not translated", "charter.translated", "typical", "fr",
         [](Policy &p) { p.charter[0].title.remove(u"en"_s); }, Expect::Warning},
        {"translated", "charter.translated", "typical", "fr", noop, Expect::None},
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
    void foldsAccentsAndCase_data();
    void foldsAccentsAndCase();
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
    QVERIFY2(hasWanted, qPrintable(u"got severity "_s + SeverityKeys::toString(found.first().severity)));
    for (const Finding &finding : found) {
        // Every message says something in both languages, and where.
        QVERIFY(!finding.message.en.isEmpty());
        QVERIFY(!finding.message.fr.isEmpty());
        QVERIFY(finding.message.en != finding.message.fr);
        QVERIFY(!finding.message.en.contains(u"%1"_s));
        QVERIFY(!finding.message.fr.contains(u"%1"_s));
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
        QVERIFY2(triggers && quiet, qPrintable(rule.id + u" needs a triggering and a quiet case"_s));
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
    Policy policy = *Templates::load(u"typical"_s);
    policy.banner.consentLifetimeDays = 400;
    policy.banner.rejectAll = {};
    policy.banner.consentLogUrl = u"/consent-log"_s;
    ComplianceConfig config;
    config.disabledRules << u"banner.consent-lifetime"_s << u"no.such-rule"_s;
    config.suppressions << Suppression{u"banner.reject-first-layer"_s, u"banner"_s, {}, u"rejectAll"_s,
                                       u"The site uses its own banner, reviewed by counsel."_s};
    config.store(policy);

    const ComplianceReport report = ComplianceChecker::check(policy);
    QCOMPARE(report.findings.size(), 0);
    QCOMPARE(report.disabledRules, QStringList{u"banner.consent-lifetime"_s});
    QCOMPARE(report.unknownDisabledRules, QStringList{u"no.such-rule"_s});
    QCOMPARE(report.suppressed.size(), 1);
    QCOMPARE(report.suppressed.first().rule, u"banner.reject-first-layer"_s);
    QVERIFY(report.suppressed.first().suppressed);
    QCOMPARE(report.suppressed.first().justification, u"The site uses its own banner, reviewed by counsel."_s);
    QVERIFY(!report.hasErrors());

    // The suppression targets one place only.
    policy.banner.manage = {};
    const ComplianceReport second = ComplianceChecker::check(policy);
    QCOMPARE(second.findings.size(), 1);
    QCOMPARE(second.findings.first().rule, u"banner.withdrawal"_s);
}

void TestComplianceRules::unjustifiedSuppressionIsNotApplied()
{
    Policy policy = *Templates::load(u"typical"_s);
    policy.banner.rejectAll = {};
    ComplianceConfig config;
    config.suppressions << Suppression{u"banner.reject-first-layer"_s, {}, {}, {}, u"   "_s};
    config.store(policy);
    const ComplianceReport report = ComplianceChecker::check(policy);
    QVERIFY(report.hasErrors());
    QVERIFY(report.suppressed.isEmpty());
    QCOMPARE(report.unjustifiedSuppressions.size(), 1);
}

void TestComplianceRules::configRoundTripsThroughPolicyExtra()
{
    Policy policy = *Templates::load(u"default"_s);
    policy.extra.insert(u"compliance"_s, QJsonObject{{u"futureMember"_s, 42}});
    ComplianceConfig config;
    config.profile = u"eu"_s;
    config.disabledRules << u"category.empty"_s;
    config.suppressions << Suppression{u"cookie.duplicate"_s, u"cookie"_s, u"sid"_s, {}, u"Two paths."_s};
    config.store(policy);
    QCOMPARE(ComplianceConfig::fromPolicy(policy), config);
    // Members of a newer version are kept.
    QCOMPARE(policy.extra.value(u"compliance"_s).toObject().value(u"futureMember"_s).toInt(), 42);
    QCOMPARE(ComplianceChecker::check(policy).profile, u"eu"_s);
    CheckOptions options;
    options.profile = u"fr"_s;
    QCOMPARE(ComplianceChecker::check(policy, options).profile, u"fr"_s);

    ComplianceConfig{}.store(policy);
    QCOMPARE(policy.extra.value(u"compliance"_s).toObject().keys(), QStringList{u"futureMember"_s});
}

void TestComplianceRules::rowsWithFindings()
{
    Policy policy = *Templates::load(u"typical"_s);
    policy.cookies[1].purpose = {};
    policy.cookies[3].lifetime = Lifetime::fromSeconds(500 * Lifetime::Day);
    const ComplianceReport report = ComplianceChecker::check(policy);
    QCOMPARE(report.cookieRowsWithFindings(), (QSet<qsizetype>{1, 3}));
    const QHash<qsizetype, Severity> worst = report.worstSeverityPerCookieRow();
    QCOMPARE(worst.value(1), Severity::Error);
    QCOMPARE(worst.value(3), Severity::Warning);
}


void TestComplianceRules::foldsAccentsAndCase_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("folded");
    QTest::newRow("ascii") << u"Keeps a Signed-In user"_s << u"keeps a signed-in user"_s;
    QTest::newRow("french accents") << u"Mémoriser l’utilisateur CONNECTÉ à la fenêtre"_s
                                    << u"memoriser l'utilisateur connecte a la fenetre"_s;
    QTest::newRow("no-break spaces") << u"Durée\u00a0:\u202f13 mois"_s << u"duree : 13 mois"_s;
    QTest::newRow("other scripts kept") << u"Ωmega ç"_s << u"ωmega c"_s;
}

void TestComplianceRules::foldsAccentsAndCase()
{
    QFETCH(QString, text);
    QFETCH(QString, folded);
    QCOMPARE(CheckContext::fold(text), folded);
}

QTEST_GUILESS_MAIN(TestComplianceRules)
#include "tst_compliancerules.moc"
