// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "compliance/knowncookies.h"
#include "document/lifetime.h"
#include "format/inventoryfields.h"
#include "import/databasefill.h"
#include "import/evidencepolicy.h"
#include "import/importformats.h"
#include "import/libraryconfigimporter.h"
#include "import/pagedates.h"
#include "scan/evidenceimporter.h"
#include "support/testsupport.h"

#include <QFile>
#include <QTest>

// Imports of what people really have, each in the shape real sites keep it: consent
// library configurations as JavaScript, charter pages as Markdown and HTML with the
// wordings real tables use, and evidence from a site of many subdomains. The
// fixtures in tests/data/import were written for these tests in those shapes.
class TestRealImports : public QObject
{
    Q_OBJECT

private slots:
    void klaroConfiguration();
    void klaroServiceNobodyKnowsIsListedWithAWarning();
    void cookieConsentConfiguration();
    void tarteaucitronWithItsServiceList();
    void tarteaucitronWithoutItsServiceList();
    void frenchMarkdownPipeTables();
    void englishMarkdownWithRawHtmlTables();
    void stateDesignSystemPage();
    void cookiebotDeclaration();
    void pageWithoutCookieTableSaysWhatItSaw();
    void headerSynonyms_data();
    void headerSynonyms();
    void lifetimeWordings_data();
    void lifetimeWordings();
    void pageDates_data();
    void pageDates();
    void thirdParties();
    void fillFromTheBuiltinList();
    void fillFromTheOpenCookieDatabase();
    void evidenceCookiesSeenOnSubdomainsAreOneRow();

private:
    static Expected<ImportResult> importFixture(const QString &name, const QByteArray &services = {});
    static const Cookie *cookie(const Policy &policy, const QString &name);
};

Expected<ImportResult> TestRealImports::importFixture(const QString &name, const QByteArray &services)
{
    const QString path = QStringLiteral(CHARTE_SOURCE_DIR "/tests/data/import/") + name;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Expected<ImportResult>::failure(path + QStringLiteral(": missing"));
    ImportSource source;
    source.name = name;
    source.data = file.readAll();
    source.tarteaucitronServices = services;
    source.tarteaucitronServicesName = QStringLiteral("tarteaucitron.services.js");
    return ImportFormats::import(source);
}

const Cookie *TestRealImports::cookie(const Policy &policy, const QString &name)
{
    for (const Cookie &candidate : policy.cookies) {
        if (candidate.name == name)
            return &candidate;
    }
    return nullptr;
}

#define IMPORTED(variable, expression)                                                            \
    const Expected<ImportResult> variable = expression;                                          \
    QVERIFY2(variable, qPrintable(variable ? QString() : variable.error()))

void TestRealImports::klaroConfiguration()
{
    IMPORTED(imported, importFixture(QStringLiteral("klaro-config.js")));
    const Policy &policy = imported->policy;
    QCOMPARE(policy.meta.defaultLanguage, QStringLiteral("fr"));
    QCOMPARE(policy.banner.consentCookieName, QStringLiteral("klaro-consent"));
    // Every service is a provider, the one without a cookie list too.
    for (const char *id : {"matomo", "youtube", "cloudflare"})
        QVERIFY2(policy.provider(QLatin1StringView(id)), id);
    // RegExp literals and strings keep what they match.
    const Cookie *pkId = cookie(policy, QStringLiteral("_pk_id."));
    QVERIFY(pkId);
    QCOMPARE(pkId->match, NameMatch::Prefix);
    QCOMPARE(pkId->domain, QStringLiteral("ville-exemple.fr"));
    QCOMPARE(cookie(policy, QStringLiteral("_pk_ses"))->match, NameMatch::Prefix);
    QCOMPARE(cookie(policy, QStringLiteral("MATOMO_SESSID"))->match, NameMatch::Exact);
    QCOMPARE(cookie(policy, QStringLiteral("cf_clearance"))->match, NameMatch::Exact);
    // translations.<lang>.<service>.description became the purpose, in each language.
    QCOMPARE(pkId->purpose.value(QStringLiteral("fr")), QStringLiteral("Mesure anonyme de la fréquentation du site."));
    QCOMPARE(pkId->purpose.value(QStringLiteral("en")), QStringLiteral("Anonymous visitor statistics."));
    // youtube lists no cookie: they come from the known-cookie database.
    const Cookie *ysc = cookie(policy, QStringLiteral("YSC"));
    QVERIFY(ysc);
    QCOMPARE(ysc->providerId, QStringLiteral("youtube"));
    QCOMPARE(ysc->categoryId, QStringLiteral("media"));
    QCOMPARE(ysc->purpose.value(QStringLiteral("fr")), QStringLiteral("Lecture des vidéos hébergées sur YouTube."));
    QVERIFY(policy.category(QStringLiteral("security"))->required);
    QCOMPARE(cookie(policy, QStringLiteral("__cf_bm"))->basis, LegalBasis::Exempt);
    QVERIFY2(imported->warnings.isEmpty(), qPrintable(imported->warnings.join(u'\n')));
}

void TestRealImports::klaroServiceNobodyKnowsIsListedWithAWarning()
{
    const QByteArray config = "var klaroConfig = { services: [\n"
                              "  { name: 'chatbox-maison', purposes: ['support'] },\n"
                              "  { name: 'matomo', purposes: ['analytics'], cookies: ['_pk_ref'] },\n"
                              "  { purposes: ['analytics'], cookies: ['x'] },\n"
                              "]};";
    const Expected<ImportResult> imported = LibraryConfigImporter::import(config, QStringLiteral("k.js"));
    QVERIFY2(imported, qPrintable(imported ? QString() : imported.error()));
    QVERIFY(imported->policy.provider(QStringLiteral("chatbox-maison")));
    const QString warnings = imported->warnings.join(u'\n');
    QVERIFY2(warnings.contains(QStringLiteral("k.js: service \"chatbox-maison\" lists no cookies")), qPrintable(warnings));
    QVERIFY2(warnings.contains(QStringLiteral("without a name was left out")), qPrintable(warnings));
    QCOMPARE(imported->warnings.size(), 2);
}

void TestRealImports::cookieConsentConfiguration()
{
    IMPORTED(imported, importFixture(QStringLiteral("cookieconsent-config.js")));
    const Policy &policy = imported->policy;
    QCOMPARE(policy.meta.languages, (QStringList{QStringLiteral("en"), QStringLiteral("fr")}));
    for (const char *id : {"necessary", "analytics", "ads"})
        QVERIFY2(policy.category(QLatin1StringView(id)), id);
    // The library's own consent cookie, under the name the configuration gives it.
    const Cookie *consent = cookie(policy, QStringLiteral("site_consent"));
    QVERIFY(consent);
    QCOMPARE(consent->categoryId, QStringLiteral("necessary"));
    QCOMPARE(consent->basis, LegalBasis::Exempt);
    // Cookie table rows in both languages, keyed by what the headers say (the
    // example's "domain" column is headed "Service").
    const Cookie *ga = nullptr;
    for (const Cookie &candidate : policy.cookies) {
        if (candidate.name == QLatin1StringView("_ga") && candidate.match == NameMatch::Exact)
            ga = &candidate;
    }
    QVERIFY(ga);
    QCOMPARE(ga->purpose.value(QStringLiteral("en")), QStringLiteral("Cookie set by Google Analytics"));
    QCOMPARE(ga->purpose.value(QStringLiteral("fr")), QStringLiteral("Distingue les visiteurs"));
    QCOMPARE(ga->lifetime, Lifetime::parse(QStringLiteral("12 days")));
    QVERIFY(ga->domain.isEmpty());
    QCOMPARE(policy.provider(ga->providerId)->privacyPolicyUrl, QStringLiteral("https://policies.google.com/privacy"));
    // autoClear's /^_ga/ is a prefix; the service without a table gets YouTube's cookies.
    const bool prefix = std::any_of(policy.cookies.cbegin(), policy.cookies.cend(), [](const Cookie &c) {
        return c.name == QLatin1StringView("_ga") && c.match == NameMatch::Prefix;
    });
    QVERIFY(prefix);
    QCOMPARE(cookie(policy, QStringLiteral("YSC"))->categoryId, QStringLiteral("ads"));
    // The row without a name is named in a warning, not dropped silently.
    QCOMPARE(imported->warnings.size(), 1);
    QVERIFY2(imported->warnings.first().contains(QStringLiteral("row 3 has no cookie name")),
             qPrintable(imported->warnings.first()));
}

void TestRealImports::tarteaucitronWithItsServiceList()
{
    QFile services(QStringLiteral(CHARTE_SOURCE_DIR "/tests/data/import/tarteaucitron.services.js"));
    QVERIFY(services.open(QIODevice::ReadOnly));
    IMPORTED(imported, importFixture(QStringLiteral("tarteaucitron-setup.js"), services.readAll()));
    const Policy &policy = imported->policy;
    QCOMPARE(policy.provider(QStringLiteral("gtag"))->name, QStringLiteral("Google Analytics (gtag.js)"));
    QCOMPARE(policy.provider(QStringLiteral("gtag"))->privacyPolicyUrl, QStringLiteral("https://policies.google.com/privacy"));
    // The service list's cookie names computed from tarteaucitron.user.gtagUa.
    QVERIFY(cookie(policy, QStringLiteral("_ga_ABCD1234")));
    QVERIFY(cookie(policy, QStringLiteral("_gat_gtag_G_ABCD1234")));
    QCOMPARE(cookie(policy, QStringLiteral("_gid"))->categoryId, QStringLiteral("statistics"));
    QCOMPARE(cookie(policy, QStringLiteral("YSC"))->providerId, QStringLiteral("youtube"));
    QCOMPARE(cookie(policy, QStringLiteral("nid"))->providerId, QStringLiteral("mapsembed"));
    const Cookie *own = cookie(policy, QStringLiteral("tarteaucitron"));
    QVERIFY(own);
    QCOMPARE(own->categoryId, QStringLiteral("necessary"));
    QCOMPARE(policy.meta.siteUrl, QStringLiteral("https://www.commune-exemple.fr"));
    QVERIFY2(imported->warnings.isEmpty(), qPrintable(imported->warnings.join(u'\n')));
}

void TestRealImports::tarteaucitronWithoutItsServiceList()
{
    IMPORTED(imported, importFixture(QStringLiteral("tarteaucitron-setup.js")));
    const Policy &policy = imported->policy;
    // gtag and youtube from the known-cookie database; mapsembed nobody knows.
    QCOMPARE(cookie(policy, QStringLiteral("_ga"))->providerId, QStringLiteral("gtag"));
    QCOMPARE(cookie(policy, QStringLiteral("YSC"))->providerId, QStringLiteral("youtube"));
    QVERIFY(policy.provider(QStringLiteral("mapsembed")));
    QVERIFY(cookie(policy, QStringLiteral("tarteaucitron")));
    QCOMPARE(imported->warnings.size(), 1);
    QVERIFY2(imported->warnings.first().contains(QStringLiteral("\"mapsembed\"")) &&
                 imported->warnings.first().contains(QStringLiteral("--services")),
             qPrintable(imported->warnings.first()));
}

void TestRealImports::frenchMarkdownPipeTables()
{
    IMPORTED(imported, importFixture(QStringLiteral("politique-cookies-fr.md")));
    const Policy &policy = imported->policy;
    QCOMPARE(policy.meta.defaultLanguage, QStringLiteral("fr"));
    QCOMPARE(policy.meta.lastUpdated, QDate(2025, 3, 14));
    QCOMPARE(policy.meta.extra.value("sourceTitle").toString(), QStringLiteral("Politique de cookies"));
    // Propriétaire / Nom du cookie / But / Durée de stockage, category from the heading.
    const Cookie *session = cookie(policy, QStringLiteral("session_id"));
    QVERIFY(session);
    QCOMPARE(session->categoryId, QStringLiteral("necessary"));
    QCOMPARE(session->purpose.value(QStringLiteral("fr")), QStringLiteral("Maintient votre session ouverte"));
    QCOMPARE(session->lifetime, Lifetime::session()); // "Jusqu'à la fermeture du navigateur"
    const Cookie *pk = cookie(policy, QStringLiteral("_pk_id."));
    QVERIFY(pk);
    QCOMPARE(pk->match, NameMatch::Prefix);
    QCOMPARE(pk->categoryId, QStringLiteral("statistics"));
    // A provider cell's link is the provider's privacy policy.
    QCOMPARE(policy.provider(pk->providerId)->privacyPolicyUrl, QStringLiteral("https://matomo.org/privacy-policy/"));
    QCOMPARE(cookie(policy, QStringLiteral("_ga"))->lifetime, Lifetime::parse(QStringLiteral("2 years")));
    // The front matter is no section; the row without a name is named.
    for (const CharterSection &section : policy.charter)
        QVERIFY(!section.body.value(QStringLiteral("fr")).contains(QStringLiteral("permalink")));
    QCOMPARE(imported->warnings.size(), 1);
    QVERIFY2(imported->warnings.first().contains(QStringLiteral("without a cookie name")),
             qPrintable(imported->warnings.first()));
}

void TestRealImports::englishMarkdownWithRawHtmlTables()
{
    IMPORTED(imported, importFixture(QStringLiteral("cookie-policy-en.md")));
    const Policy &policy = imported->policy;
    QCOMPARE(policy.meta.defaultLanguage, QStringLiteral("en"));
    QCOMPARE(policy.meta.lastUpdated, QDate(2024, 11, 2));
    // Owner / Cookie's name / Goal / Storage time
    const Cookie *ga = cookie(policy, QStringLiteral("_ga"));
    QVERIFY(ga);
    QCOMPARE(ga->purpose.value(QStringLiteral("en")), QStringLiteral("Tells visitors apart"));
    QCOMPARE(ga->categoryId, QStringLiteral("statistics"));
    QCOMPARE(policy.provider(ga->providerId)->name, QStringLiteral("Google"));
    QCOMPARE(cookie(policy, QStringLiteral("_gid"))->lifetime, Lifetime::session());       // "Sessions"
    QCOMPARE(cookie(policy, QStringLiteral("ab_test"))->lifetime, Lifetime::session());    // "0 days"
    QCOMPARE(cookie(policy, QStringLiteral("YSC"))->lifetime, Lifetime::session());        // "End of session (browser)"
    QCOMPARE(cookie(policy, QStringLiteral("LOGIN_INFO"))->lifetime, Lifetime::parse(QStringLiteral("2 years")));
    // "Local Storage" in the Expires column is the storage type.
    const Cookie *device = cookie(policy, QStringLiteral("yt-remote-device-id"));
    QCOMPARE(device->storage, StorageKind::LocalStorage);
    QVERIFY(!device->unparsed.contains(QStringLiteral("lifetime")));
    // "persistent" stays unparsed, for the grid to flag.
    const Cookie *guest = cookie(policy, QStringLiteral("guest_token"));
    QVERIFY(!guest->lifetime);
    QCOMPARE(guest->unparsed.value(QStringLiteral("lifetime")), QStringLiteral("persistent"));
}

void TestRealImports::stateDesignSystemPage()
{
    IMPORTED(imported, importFixture(QStringLiteral("dsfr-cookies.md")));
    const Policy &policy = imported->policy;
    QCOMPARE(policy.meta.lastUpdated, QDate(2025, 2, 5));
    // "Cookie lié au service" / "Nom technique du cookie" / Finalité / Durée de conservation
    const Cookie *pk = cookie(policy, QStringLiteral("_pk_id"));
    QVERIFY(pk);
    QCOMPARE(policy.provider(pk->providerId)->name, QStringLiteral("Matomo"));
    QCOMPARE(pk->purpose.value(QStringLiteral("fr")), QStringLiteral("Identifier le visiteur de manière anonyme"));
    QCOMPARE(pk->lifetime, Lifetime::parse(QStringLiteral("13 mois")));
    QCOMPARE(policy.provider(cookie(policy, QStringLiteral("YSC"))->providerId)->name, QStringLiteral("YouTube"));
}

void TestRealImports::cookiebotDeclaration()
{
    IMPORTED(imported, importFixture(QStringLiteral("cookiebot-declaration.html")));
    const Policy &policy = imported->policy;
    QCOMPARE(policy.meta.lastUpdated, QDate(2025, 1, 10));
    QCOMPARE(policy.meta.extra.value("sourceTitle").toString(), QStringLiteral("Cookie declaration – Example Shop"));
    // The Type column (HTTP, HTML, Pixel) is the storage; the category is the heading's.
    QCOMPARE(cookie(policy, QStringLiteral("_ga"))->storage, StorageKind::Cookie);
    QCOMPARE(cookie(policy, QStringLiteral("_ga"))->categoryId, QStringLiteral("statistics"));
    QCOMPARE(cookie(policy, QStringLiteral("cart_items"))->storage, StorageKind::LocalStorage);
    QCOMPARE(cookie(policy, QStringLiteral("cart_items"))->categoryId, QStringLiteral("necessary"));
    QCOMPARE(cookie(policy, QStringLiteral("tr"))->storage, StorageKind::Pixel);
    QCOMPARE(cookie(policy, QStringLiteral("IDE"))->categoryId, QStringLiteral("marketing"));
    // "_ga_#": a family of cookies.
    QCOMPARE(cookie(policy, QStringLiteral("_ga_"))->match, NameMatch::Prefix);
    QCOMPARE(policy.provider(cookie(policy, QStringLiteral("_fbp"))->providerId)->privacyPolicyUrl,
             QStringLiteral("https://www.facebook.com/privacy/policy/"));
}

void TestRealImports::pageWithoutCookieTableSaysWhatItSaw()
{
    const Expected<ImportResult> imported = importFixture(QStringLiteral("no-cookie-table.md"));
    QVERIFY(!imported);
    QCOMPARE(imported.error(), QStringLiteral("no-cookie-table.md: 1 table(s) found; none has a "
                                              "cookie-name column; headers: Browser | Settings page"));
    ImportSource text;
    text.name = QStringLiteral("about.html");
    text.data = "<html><body><h1>Cookies</h1><p>We use cookies to run the site.</p></body></html>";
    const Expected<ImportResult> page = ImportFormats::import(text);
    QVERIFY(!page);
    QVERIFY2(page.error().contains(QStringLiteral("no table found and no cookie named")), qPrintable(page.error()));
}

void TestRealImports::headerSynonyms_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("field"); // the field's key
    const QList<std::pair<const char *, const char *>> rows = {
        // A company page kept as Markdown, French and English.
        {"Propriétaire", "provider"}, {"Nom du cookie", "name"}, {"But", "purpose"},
        {"Durée de stockage", "lifetime"}, {"Owner", "provider"}, {"Cookie's name", "name"},
        {"Goal", "purpose"}, {"Storage time", "lifetime"},
        // The French State design system.
        {"Cookie lié au service", "provider"}, {"Nom technique du cookie", "name"},
        {"Finalité", "purpose"}, {"Durée de conservation", "lifetime"},
        // Name / Purpose / Expires
        {"Name", "name"}, {"Purpose", "purpose"}, {"Expires", "lifetime"},
        // Cookiebot's declaration.
        {"Cookie", "name"}, {"Provider", "provider"}, {"Type", "category"}, {"Expiry", "lifetime"},
        {"Maximum Storage Duration", "lifetime"},
        // The Open Cookie Database.
        {"Cookie / Data Key name", "name"}, {"Retention period", "lifetime"},
        {"User Privacy & GDPR Rights Portals", "providerPrivacyPolicy"}};
    for (const auto &[header, field] : rows)
        QTest::newRow(header) << QString::fromUtf8(header) << QString::fromLatin1(field);
}

void TestRealImports::headerSynonyms()
{
    QFETCH(QString, header);
    QFETCH(QString, field);
    QCOMPARE(InventoryFields::key(InventoryFields::recogniseHeader(header).field), field);
}

void TestRealImports::lifetimeWordings_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("seconds"); // -1: session, -2: not a lifetime
    QTest::newRow("End of session (browser)") << "End of session (browser)" << qint64(-1);
    QTest::newRow("Session") << "Session" << qint64(-1);
    QTest::newRow("Sessions") << "Sessions" << qint64(-1);
    QTest::newRow("0 days") << "0 days" << qint64(-1);
    QTest::newRow("jusqu'à la fermeture") << "jusqu'à la fermeture du navigateur" << qint64(-1);
    QTest::newRow("N years after last activity") << "2 years after last activity" << 2 * Lifetime::Year;
    QTest::newRow("ans après la dernière visite") << "2 ans après la dernière visite" << 2 * Lifetime::Year;
    QTest::newRow("Expires after") << "Expires after 12 days" << 12 * Lifetime::Day;
    QTest::newRow("400 days") << "400 days" << 400 * Lifetime::Day;
    QTest::newRow("persistent") << "persistent" << qint64(-2);
    QTest::newRow("Local Storage") << "Local Storage" << qint64(-2);
}

void TestRealImports::lifetimeWordings()
{
    QFETCH(QString, text);
    QFETCH(qint64, seconds);
    const std::optional<Lifetime> parsed = Lifetime::parse(text);
    if (seconds == -2) {
        QVERIFY(!parsed);
        return;
    }
    QVERIFY2(parsed, qPrintable(text));
    if (seconds == -1)
        QVERIFY(parsed->isSession());
    else
        QCOMPARE(*parsed, Lifetime::fromSeconds(seconds));
}

void TestRealImports::pageDates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("date");
    QTest::newRow("fr long") << "Dernière mise à jour : 14 mars 2025" << QDate(2025, 3, 14);
    QTest::newRow("fr numeric") << "Mis à jour le 05/02/2025" << QDate(2025, 2, 5);
    QTest::newRow("en month first") << "Last updated: March 12, 2024" << QDate(2024, 3, 12);
    QTest::newRow("en day first") << "Last updated on 2 November 2024." << QDate(2024, 11, 2);
    QTest::newRow("iso") << "Updated 2023-07-01" << QDate(2023, 7, 1);
    QTest::newRow("none") << "Nous mettons à jour cette page." << QDate();
}

void TestRealImports::pageDates()
{
    QFETCH(QString, text);
    QFETCH(QDate, date);
    QCOMPARE(PageDates::lastUpdated(text), date);
}

void TestRealImports::thirdParties()
{
    Policy policy;
    Provider meta;
    meta.id = QStringLiteral("meta");
    meta.name = QStringLiteral("Meta");
    meta.website = QStringLiteral("https://www.facebook.com");
    policy.providers << meta;
    Cookie ide;
    ide.name = QStringLiteral("IDE");
    ide.domain = QStringLiteral(".doubleclick.net");
    Cookie fbp;
    fbp.name = QStringLiteral("_fbp");
    fbp.domain = QStringLiteral("www.mairie-exemple.fr");
    fbp.providerId = QStringLiteral("meta");
    Cookie own;
    own.name = QStringLiteral("PHPSESSID");
    own.domain = QStringLiteral("www.mairie-exemple.fr");
    policy.cookies << ide << fbp << own;
    QCOMPARE(ThirdParties::mark(policy, QStringLiteral("https://mairie-exemple.fr/cookies"),
                                KnownCookies::builtin()),
             2);
    QCOMPARE(policy.cookies.at(0).party, Party::Third);
    QCOMPARE(policy.cookies.at(1).party, Party::Third);
    QCOMPARE(policy.cookies.at(2).party, Party::First);
    // Without the site, the database's "(3rd party)" domains still tell YouTube's.
    Policy unknownSite;
    Cookie ysc;
    ysc.name = QStringLiteral("YSC");
    Cookie session = own;
    unknownSite.cookies << ysc << session;
    QCOMPARE(ThirdParties::mark(unknownSite, QString(), KnownCookies::builtin()), 1);
    QCOMPARE(unknownSite.cookies.at(0).party, Party::Third);
}

void TestRealImports::fillFromTheBuiltinList()
{
    Policy policy;
    policy.meta.languages = {QStringLiteral("en")};
    policy.meta.defaultLanguage = QStringLiteral("en");
    for (const char *name : {"_ga", "_gid", "_ga_K3Y9", "_pk_id.3.9f1c", "YSC", "VISITOR_INFO1_LIVE"}) {
        Cookie cookie;
        cookie.name = QLatin1StringView(name);
        policy.cookies << cookie;
    }
    // What the input says is never replaced.
    policy.cookies[1].purpose.set(QStringLiteral("en"), QStringLiteral("Our own words"));
    DatabaseFill fill(KnownCookies::builtin());
    fill.fill(policy);
    const Cookie &ga = policy.cookies.at(0);
    QCOMPARE(policy.provider(ga.providerId)->name, QStringLiteral("Google"));
    QCOMPARE(policy.provider(ga.providerId)->privacyPolicyUrl, QStringLiteral("https://business.safety.google/privacy/"));
    QCOMPARE(ga.categoryId, QStringLiteral("statistics"));
    QVERIFY(!ga.purpose.value(QStringLiteral("en")).isEmpty());
    QCOMPARE(ga.lifetime, Lifetime::parse(QStringLiteral("2 years")));
    QCOMPARE(policy.cookies.at(1).purpose.value(QStringLiteral("en")), QStringLiteral("Our own words"));
    QCOMPARE(policy.cookies.at(2).categoryId, QStringLiteral("statistics"));
    QCOMPARE(policy.provider(policy.cookies.at(3).providerId)->name, QStringLiteral("InnoCraft (Matomo)"));
    QCOMPARE(policy.cookies.at(4).categoryId, QStringLiteral("marketing"));
    QCOMPARE(policy.cookies.at(5).lifetime, Lifetime::parse(QStringLiteral("180 days")));
    QCOMPARE(fill.cookiesFilled(), 6);
    // The providers and categories were added once each.
    QCOMPARE(policy.categories.size(), 2);
}

void TestRealImports::fillFromTheOpenCookieDatabase()
{
    const QString path = QStringLiteral(CHARTE_SHARED_DIR "/data/open-cookie-database.csv");
    CHARTE_SKIP_UNLESS_SHARED(path);
    Expected<KnownCookies> database = KnownCookies::withFile(path);
    QVERIFY2(database, qPrintable(database ? QString() : database.error()));
    Policy policy;
    policy.meta.languages = {QStringLiteral("en")};
    policy.meta.defaultLanguage = QStringLiteral("en");
    Cookie cookie;
    cookie.name = QStringLiteral("_hjSessionUser_123456");
    policy.cookies << cookie;
    DatabaseFill fill(*database);
    fill.fill(policy);
    QCOMPARE(policy.cookies.first().categoryId, QStringLiteral("statistics"));
    QVERIFY(policy.provider(policy.cookies.first().providerId));
    QVERIFY(policy.cookies.first().lifetime);
}

void TestRealImports::evidenceCookiesSeenOnSubdomainsAreOneRow()
{
    const Expected<ScanReport> report = EvidenceImporter::readFile(
        QStringLiteral(CHARTE_SOURCE_DIR "/tests/data/import/news-subdomains.har"));
    QVERIFY2(report, qPrintable(report ? QString() : report.error()));
    // _ga, _ga_ABC123, _pk_id…, didomi_token sent to five hosts, PHPSESSID set once,
    // IDE on doubleclick.net: six cookies, not one per host.
    QCOMPARE(report->cookies.size(), 6);
    for (const ObservedCookie &observed : report->cookies) {
        if (observed.name == QLatin1StringView("_ga")) {
            QCOMPARE(observed.domain, QStringLiteral("journal-exemple.fr"));
            QVERIFY(!observed.hostOnlyKnown);
        }
    }
    QStringList warnings;
    Policy policy = EvidencePolicy::fromReport(*report, QStringLiteral("en"), &warnings);
    QCOMPARE(policy.cookies.size(), 6);
    QCOMPARE(warnings.size(), 1);
    QCOMPARE(cookie(policy, QStringLiteral("IDE"))->party, Party::Third);
    QCOMPARE(cookie(policy, QStringLiteral("PHPSESSID"))->lifetime, Lifetime::session());
    DatabaseFill fill(KnownCookies::builtin());
    fill.fill(policy);
    QCOMPARE(cookie(policy, QStringLiteral("_ga"))->categoryId, QStringLiteral("statistics"));
    QCOMPARE(cookie(policy, QStringLiteral("_ga_ABC123"))->categoryId, QStringLiteral("statistics"));
}

QTEST_GUILESS_MAIN(TestRealImports)
#include "tst_realimports.moc"
