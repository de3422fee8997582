// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "compliance/compliancechecker.h"
#include "compliance/knowncookies.h"
#include "format/templates.h"

#include "support/testsupport.h"

#include <QFileInfo>
#include <QTest>

// The Open Cookie Database copy lives in the shared folder beside the project and is
// read in place; the tests that need it skip, naming it, when it is absent.
static QString databasePath()
{
    return TestSupport::sharedPath(QStringLiteral("data/open-cookie-database.csv"));
}

class TestKnownCookies : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void builtinListCoversCommonCookies_data();
    void builtinListCoversCommonCookies();
    void parsesRetention_data();
    void parsesRetention();
    void loadsTheOpenCookieDatabase();
    void suggestsWhileTyping();
    void domainDecidesBetweenErrorAndSuggestion();
    void defaultCharterHasNoErrorWithTheDatabase();
    void fillsEmptyFieldsOnly();
    void refusesOtherFiles();

private:
    KnownCookies m_database;
    KnownCookies::LoadSummary m_summary;
};

void TestKnownCookies::initTestCase()
{
    if (!QFileInfo::exists(databasePath()))
        return; // the tests that read it skip
    KnownCookies::LoadSummary summary;
    Expected<KnownCookies> loaded = KnownCookies::withFile(databasePath(), &summary);
    QVERIFY2(loaded, qPrintable(loaded.error()));
    m_database = std::move(loaded).value();
    m_summary = summary;
}

void TestKnownCookies::builtinListCoversCommonCookies_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("platform");
    QTest::addColumn<QString>("category");
    QTest::newRow("_ga") << QStringLiteral("_ga") << QStringLiteral("Google Analytics") << QStringLiteral("Analytics");
    QTest::newRow("_ga_ property (prefix)") << QStringLiteral("_ga_1A2B3C4D") << QStringLiteral("Google Analytics") << QStringLiteral("Analytics");
    QTest::newRow("_gid") << QStringLiteral("_gid") << QStringLiteral("Google Analytics") << QStringLiteral("Analytics");
    QTest::newRow("_gat (prefix)") << QStringLiteral("_gat_UA-1234") << QStringLiteral("Google Analytics") << QStringLiteral("Analytics");
    QTest::newRow("_pk_id.*") << QStringLiteral("_pk_id.1.a2b3") << QStringLiteral("Matomo") << QStringLiteral("Analytics");
    QTest::newRow("_pk_ses.*") << QStringLiteral("_pk_ses.1.a2b3") << QStringLiteral("Matomo") << QStringLiteral("Analytics");
    QTest::newRow("_pk_ref.*") << QStringLiteral("_pk_ref.1.a2b3") << QStringLiteral("Matomo") << QStringLiteral("Analytics");
    QTest::newRow("_fbp") << QStringLiteral("_fbp") << QStringLiteral("Meta Pixel") << QStringLiteral("Marketing");
    QTest::newRow("YSC") << QStringLiteral("YSC") << QStringLiteral("YouTube") << QStringLiteral("Marketing");
    QTest::newRow("VISITOR_INFO1_LIVE") << QStringLiteral("VISITOR_INFO1_LIVE") << QStringLiteral("YouTube") << QStringLiteral("Marketing");
    QTest::newRow("IDE") << QStringLiteral("IDE") << QStringLiteral("DoubleClick") << QStringLiteral("Marketing");
    QTest::newRow("Hotjar user") << QStringLiteral("_hjSessionUser_123") << QStringLiteral("Hotjar") << QStringLiteral("Analytics");
    QTest::newRow("LinkedIn bcookie") << QStringLiteral("bcookie") << QStringLiteral("LinkedIn") << QStringLiteral("Marketing");
    QTest::newRow("Clarity") << QStringLiteral("_clck") << QStringLiteral("Microsoft Clarity") << QStringLiteral("Analytics");
    QTest::newRow("vanilla-cookieconsent") << QStringLiteral("cc_cookie") << QStringLiteral("CookieConsent (orestbida)") << QStringLiteral("Functional");
    QTest::newRow("tarteaucitron") << QStringLiteral("tarteaucitron") << QStringLiteral("tarteaucitron.js") << QStringLiteral("Functional");
}

void TestKnownCookies::builtinListCoversCommonCookies()
{
    QFETCH(QString, name);
    QFETCH(QString, platform);
    QFETCH(QString, category);
    const QList<const KnownCookie *> matches = KnownCookies::builtin().lookup(name);
    QVERIFY(!matches.isEmpty());
    QCOMPARE(matches.first()->platform, platform);
    QCOMPARE(matches.first()->category, category);
    QVERIFY(matches.first()->builtin);
    QVERIFY2(matches.first()->retention, "every built-in retention is normalised");
}

void TestKnownCookies::parsesRetention_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("seconds"); // -1: cannot be normalised, 0: session
    QTest::newRow("2 years") << QStringLiteral("2 years") << 2 * Lifetime::Year;
    QTest::newRow("1 Year") << QStringLiteral("1 Year") << Lifetime::Year;
    QTest::newRow("session") << QStringLiteral("session") << qint64(0);
    QTest::newRow("Session") << QStringLiteral("Session") << qint64(0);
    QTest::newRow("End of session (browser)") << QStringLiteral("End of session (browser)") << qint64(0);
    QTest::newRow("13 Months") << QStringLiteral("13 Months") << 13 * Lifetime::Month;
    QTest::newRow("30 minutes") << QStringLiteral("30 minutes") << 30 * Lifetime::Minute;
    QTest::newRow("1440 Minutes") << QStringLiteral("1440 Minutes") << Lifetime::Day;
    QTest::newRow("2 years after last activity") << QStringLiteral("2 years after last activity") << 2 * Lifetime::Year;
    QTest::newRow("range: longest bound") << QStringLiteral("1 week to 1 year") << Lifetime::Year;
    QTest::newRow("session to 30 days") << QStringLiteral("Session to 30 days") << 30 * Lifetime::Day;
    QTest::newRow("with a note") << QStringLiteral("1 year (in some countries, the period may be longer)") << Lifetime::Year;
    QTest::newRow("persistent") << QStringLiteral("persistent") << qint64(-1);
    QTest::newRow("forever") << QStringLiteral("forever") << qint64(-1);
    QTest::newRow("Unknown") << QStringLiteral("Unknown") << qint64(-1);
    QTest::newRow("a lower bound") << QStringLiteral("1 hour or longer") << qint64(-1);
    QTest::newRow("a date") << QStringLiteral("10 Nov 2030") << qint64(-1);
    QTest::newRow("empty") << QString() << qint64(-1);
}

void TestKnownCookies::parsesRetention()
{
    QFETCH(QString, text);
    QFETCH(qint64, seconds);
    const std::optional<Lifetime> parsed = KnownCookies::parseRetention(text);
    if (seconds < 0) {
        QVERIFY(!parsed);
        return;
    }
    QVERIFY(parsed);
    QCOMPARE(parsed->seconds(), seconds);
}

void TestKnownCookies::loadsTheOpenCookieDatabase()
{
    CHARTE_SKIP_UNLESS_SHARED(databasePath());
    // 2264 data rows in the copy (see open-cookie-database.SOURCE.txt).
    QCOMPARE(m_summary.rows, 2264);
    QCOMPARE(m_database.size(), KnownCookies::builtin().size() + 2264);
    QVERIFY(m_summary.unparsedRetentions > 0);
    QVERIFY(m_summary.unparsedRetentions < m_summary.rows / 10); // the common spellings are understood
    QVERIFY(m_summary.unparsedExamples.size() <= 10);
    QVERIFY(m_summary.unparsedExamples.contains(QStringLiteral("Unknown")) || m_summary.unparsedExamples.contains(QStringLiteral("forever")));
    qInfo("%lld of %lld retention periods not normalised, e.g. %s", qint64(m_summary.unparsedRetentions),
          qint64(m_summary.rows), qPrintable(m_summary.unparsedExamples.join(QStringLiteral(" | "))));

    const QList<const KnownCookie *> sessionid = m_database.lookup(QStringLiteral("sessionid"));
    QVERIFY(!sessionid.isEmpty());
    QCOMPARE(sessionid.first()->platform, QStringLiteral("Instagram"));
    QCOMPARE(sessionid.first()->category, QStringLiteral("Marketing"));
}

void TestKnownCookies::suggestsWhileTyping()
{
    CHARTE_SKIP_UNLESS_SHARED(databasePath());
    const QList<const KnownCookie *> hotjar = m_database.suggest(QStringLiteral("_hjs"), 5);
    QVERIFY(!hotjar.isEmpty());
    QVERIFY(hotjar.size() <= 5);
    for (const KnownCookie *entry : hotjar)
        QVERIFY2(entry->name.startsWith(QStringLiteral("_hjs"), Qt::CaseInsensitive), qPrintable(entry->name));

    // A full name that a prefix pattern covers comes first.
    const QList<const KnownCookie *> property = m_database.suggest(QStringLiteral("_ga_ABC123"), 3);
    QVERIFY(!property.isEmpty());
    QCOMPARE(property.first()->name, QStringLiteral("_ga_"));
    QVERIFY(property.first()->prefix);

    // Case does not matter while typing.
    QVERIFY(!m_database.suggest(QStringLiteral("visitor_info"), 3).isEmpty());
    QVERIFY(m_database.suggest(QString(), 3).isEmpty());
    QVERIFY(m_database.suggest(QStringLiteral("zzzz-not-a-cookie"), 3).isEmpty());
}

void TestKnownCookies::domainDecidesBetweenErrorAndSuggestion()
{
    CHARTE_SKIP_UNLESS_SHARED(databasePath());
    Cookie cookie;
    cookie.name = QStringLiteral("sessionid");
    cookie.domain = QStringLiteral("anruopendata.opendatasoft.com");
    const KnownCookie *instagram = m_database.lookup(cookie.name).first();
    QVERIFY(!KnownCookies::domainMatches(*instagram, cookie));
    cookie.domain = QStringLiteral(".instagram.com");
    QVERIFY(KnownCookies::domainMatches(*instagram, cookie));
    QCOMPARE(KnownCookies::normalisedDomain(QStringLiteral(".bing.com (3rd party) or .microsoft.com (3rd party)")), QStringLiteral("bing.com"));
}

void TestKnownCookies::defaultCharterHasNoErrorWithTheDatabase()
{
    CHARTE_SKIP_UNLESS_SHARED(databasePath());
    const Policy policy = Templates::defaultPolicy();
    CheckOptions options;
    options.knownCookies = &m_database;
    const ComplianceReport report = ComplianceChecker::check(policy, options);
    QCOMPARE(report.count(Severity::Error), 0);
    // sessionid is an Instagram cookie elsewhere: only a suggestion here.
    const auto suggestion = std::find_if(report.findings.cbegin(), report.findings.cend(), [](const Finding &f) {
        return f.rule == QStringLiteral("cookie.misclassified-necessary") && f.place.id == QStringLiteral("sessionid");
    });
    QVERIFY(suggestion != report.findings.cend());
    QCOMPARE(suggestion->severity, Severity::Info);
}

void TestKnownCookies::fillsEmptyFieldsOnly()
{
    const Policy policy = *Templates::load(QStringLiteral("typical"));
    Cookie cookie;
    cookie.name = QStringLiteral("_ga");
    const QStringList filled = KnownCookies::builtin().fillEmptyFields(cookie, policy);
    QCOMPARE(filled, (QStringList{QStringLiteral("purpose"), QStringLiteral("lifetime"), QStringLiteral("category")}));
    QVERIFY(!cookie.purpose.exact(QStringLiteral("en")).isEmpty());
    QCOMPARE(cookie.lifetime->seconds(), 2 * Lifetime::Year);
    QCOMPARE(cookie.categoryId, QStringLiteral("statistics"));

    Cookie typed;
    typed.name = QStringLiteral("_ga");
    typed.purpose = LocalizedText(QStringLiteral("en"), QStringLiteral("Our own words."));
    typed.lifetime = Lifetime::fromSeconds(Lifetime::Day);
    typed.categoryId = QStringLiteral("marketing");
    QVERIFY(KnownCookies::builtin().fillEmptyFields(typed, policy).isEmpty());
    QCOMPARE(typed.purpose.exact(QStringLiteral("en")), QStringLiteral("Our own words."));
    QCOMPARE(typed.lifetime->seconds(), Lifetime::Day);

    Cookie unknown;
    unknown.name = QStringLiteral("nobody_knows_me");
    QVERIFY(KnownCookies::builtin().fillEmptyFields(unknown, policy).isEmpty());
}

void TestKnownCookies::refusesOtherFiles()
{
    KnownCookies database;
    const Expected<KnownCookies::LoadSummary> loaded =
        database.loadCsv(QByteArray("Name,Duration\n_ga,2 years\n"), QStringLiteral("inventory.csv"));
    QVERIFY(!loaded);
    QVERIFY2(loaded.error().startsWith(QStringLiteral("inventory.csv:1: ")), qPrintable(loaded.error()));
    QVERIFY(!database.loadFile(QStringLiteral("/nonexistent/ocd.csv")));
    QCOMPARE(database.size(), 0);
}

QTEST_GUILESS_MAIN(TestKnownCookies)
#include "tst_knowncookies.moc"
