#include "compliancechecker.h"
#include "knowncookies.h"
#include "templates.h"

#include <QFileInfo>
#include <QTest>

using namespace Qt::StringLiterals;

// The Open Cookie Database copy lives beside the project and is read in place:
// ../shared from the main checkout, ../../shared from a worktree under wt/.
static QString databasePath()
{
    const QString beside = QStringLiteral(CHARTE_SHARED_DIR "/data/open-cookie-database.csv");
    if (QFileInfo::exists(beside))
        return beside;
    return QStringLiteral(CHARTE_SOURCE_DIR "/../../shared/data/open-cookie-database.csv");
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
    QTest::newRow("_ga") << u"_ga"_s << u"Google Analytics"_s << u"Analytics"_s;
    QTest::newRow("_ga_ property (prefix)") << u"_ga_1A2B3C4D"_s << u"Google Analytics"_s << u"Analytics"_s;
    QTest::newRow("_gid") << u"_gid"_s << u"Google Analytics"_s << u"Analytics"_s;
    QTest::newRow("_gat (prefix)") << u"_gat_UA-1234"_s << u"Google Analytics"_s << u"Analytics"_s;
    QTest::newRow("_pk_id.*") << u"_pk_id.1.a2b3"_s << u"Matomo"_s << u"Analytics"_s;
    QTest::newRow("_pk_ses.*") << u"_pk_ses.1.a2b3"_s << u"Matomo"_s << u"Analytics"_s;
    QTest::newRow("_pk_ref.*") << u"_pk_ref.1.a2b3"_s << u"Matomo"_s << u"Analytics"_s;
    QTest::newRow("_fbp") << u"_fbp"_s << u"Meta Pixel"_s << u"Marketing"_s;
    QTest::newRow("YSC") << u"YSC"_s << u"YouTube"_s << u"Marketing"_s;
    QTest::newRow("VISITOR_INFO1_LIVE") << u"VISITOR_INFO1_LIVE"_s << u"YouTube"_s << u"Marketing"_s;
    QTest::newRow("IDE") << u"IDE"_s << u"DoubleClick"_s << u"Marketing"_s;
    QTest::newRow("Hotjar user") << u"_hjSessionUser_123"_s << u"Hotjar"_s << u"Analytics"_s;
    QTest::newRow("LinkedIn bcookie") << u"bcookie"_s << u"LinkedIn"_s << u"Marketing"_s;
    QTest::newRow("Clarity") << u"_clck"_s << u"Microsoft Clarity"_s << u"Analytics"_s;
    QTest::newRow("vanilla-cookieconsent") << u"cc_cookie"_s << u"CookieConsent (orestbida)"_s << u"Functional"_s;
    QTest::newRow("tarteaucitron") << u"tarteaucitron"_s << u"tarteaucitron.js"_s << u"Functional"_s;
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
    QTest::newRow("2 years") << u"2 years"_s << 2 * Lifetime::Year;
    QTest::newRow("1 Year") << u"1 Year"_s << Lifetime::Year;
    QTest::newRow("session") << u"session"_s << qint64(0);
    QTest::newRow("Session") << u"Session"_s << qint64(0);
    QTest::newRow("End of session (browser)") << u"End of session (browser)"_s << qint64(0);
    QTest::newRow("13 Months") << u"13 Months"_s << 13 * Lifetime::Month;
    QTest::newRow("30 minutes") << u"30 minutes"_s << 30 * Lifetime::Minute;
    QTest::newRow("1440 Minutes") << u"1440 Minutes"_s << Lifetime::Day;
    QTest::newRow("2 years after last activity") << u"2 years after last activity"_s << 2 * Lifetime::Year;
    QTest::newRow("range: longest bound") << u"1 week to 1 year"_s << Lifetime::Year;
    QTest::newRow("session to 30 days") << u"Session to 30 days"_s << 30 * Lifetime::Day;
    QTest::newRow("with a note") << u"1 year (in some countries, the period may be longer)"_s << Lifetime::Year;
    QTest::newRow("persistent") << u"persistent"_s << qint64(-1);
    QTest::newRow("forever") << u"forever"_s << qint64(-1);
    QTest::newRow("Unknown") << u"Unknown"_s << qint64(-1);
    QTest::newRow("a lower bound") << u"1 hour or longer"_s << qint64(-1);
    QTest::newRow("a date") << u"10 Nov 2030"_s << qint64(-1);
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
    // 2264 data rows in the copy (see open-cookie-database.SOURCE.txt).
    QCOMPARE(m_summary.rows, 2264);
    QCOMPARE(m_database.size(), KnownCookies::builtin().size() + 2264);
    QVERIFY(m_summary.unparsedRetentions > 0);
    QVERIFY(m_summary.unparsedRetentions < m_summary.rows / 10); // the common spellings are understood
    QVERIFY(m_summary.unparsedExamples.size() <= 10);
    QVERIFY(m_summary.unparsedExamples.contains(u"Unknown"_s) || m_summary.unparsedExamples.contains(u"forever"_s));
    qInfo("%lld of %lld retention periods not normalised, e.g. %s", qint64(m_summary.unparsedRetentions),
          qint64(m_summary.rows), qPrintable(m_summary.unparsedExamples.join(u" | "_s)));

    const QList<const KnownCookie *> sessionid = m_database.lookup(u"sessionid"_s);
    QVERIFY(!sessionid.isEmpty());
    QCOMPARE(sessionid.first()->platform, u"Instagram"_s);
    QCOMPARE(sessionid.first()->category, u"Marketing"_s);
}

void TestKnownCookies::suggestsWhileTyping()
{
    const QList<const KnownCookie *> hotjar = m_database.suggest(u"_hjs"_s, 5);
    QVERIFY(!hotjar.isEmpty());
    QVERIFY(hotjar.size() <= 5);
    for (const KnownCookie *entry : hotjar)
        QVERIFY2(entry->name.startsWith(u"_hjs"_s, Qt::CaseInsensitive), qPrintable(entry->name));

    // A full name that a prefix pattern covers comes first.
    const QList<const KnownCookie *> property = m_database.suggest(u"_ga_ABC123"_s, 3);
    QVERIFY(!property.isEmpty());
    QCOMPARE(property.first()->name, u"_ga_"_s);
    QVERIFY(property.first()->prefix);

    // Case does not matter while typing.
    QVERIFY(!m_database.suggest(u"visitor_info"_s, 3).isEmpty());
    QVERIFY(m_database.suggest(QString(), 3).isEmpty());
    QVERIFY(m_database.suggest(u"zzzz-not-a-cookie"_s, 3).isEmpty());
}

void TestKnownCookies::domainDecidesBetweenErrorAndSuggestion()
{
    Cookie cookie;
    cookie.name = u"sessionid"_s;
    cookie.domain = u"anruopendata.opendatasoft.com"_s;
    const KnownCookie *instagram = m_database.lookup(cookie.name).first();
    QVERIFY(!KnownCookies::domainMatches(*instagram, cookie));
    cookie.domain = u".instagram.com"_s;
    QVERIFY(KnownCookies::domainMatches(*instagram, cookie));
    QCOMPARE(KnownCookies::normalisedDomain(u".bing.com (3rd party) or .microsoft.com (3rd party)"_s), u"bing.com"_s);
}

void TestKnownCookies::defaultCharterHasNoErrorWithTheDatabase()
{
    const Policy policy = Templates::defaultPolicy();
    CheckOptions options;
    options.knownCookies = &m_database;
    const ComplianceReport report = ComplianceChecker::check(policy, options);
    QCOMPARE(report.count(Severity::Error), 0);
    // sessionid is an Instagram cookie elsewhere: only a suggestion here.
    const auto suggestion = std::find_if(report.findings.cbegin(), report.findings.cend(), [](const Finding &f) {
        return f.rule == u"cookie.misclassified-necessary"_s && f.place.id == u"sessionid"_s;
    });
    QVERIFY(suggestion != report.findings.cend());
    QCOMPARE(suggestion->severity, Severity::Info);
}

void TestKnownCookies::fillsEmptyFieldsOnly()
{
    const Policy policy = *Templates::load(u"typical"_s);
    Cookie cookie;
    cookie.name = u"_ga"_s;
    const QStringList filled = KnownCookies::builtin().fillEmptyFields(cookie, policy);
    QCOMPARE(filled, (QStringList{u"purpose"_s, u"lifetime"_s, u"category"_s}));
    QVERIFY(!cookie.purpose.exact(u"en"_s).isEmpty());
    QCOMPARE(cookie.lifetime->seconds(), 2 * Lifetime::Year);
    QCOMPARE(cookie.categoryId, u"statistics"_s);

    Cookie typed;
    typed.name = u"_ga"_s;
    typed.purpose = LocalizedText(u"en"_s, u"Our own words."_s);
    typed.lifetime = Lifetime::fromSeconds(Lifetime::Day);
    typed.categoryId = u"marketing"_s;
    QVERIFY(KnownCookies::builtin().fillEmptyFields(typed, policy).isEmpty());
    QCOMPARE(typed.purpose.exact(u"en"_s), u"Our own words."_s);
    QCOMPARE(typed.lifetime->seconds(), Lifetime::Day);

    Cookie unknown;
    unknown.name = u"nobody_knows_me"_s;
    QVERIFY(KnownCookies::builtin().fillEmptyFields(unknown, policy).isEmpty());
}

void TestKnownCookies::refusesOtherFiles()
{
    KnownCookies database;
    const Expected<KnownCookies::LoadSummary> loaded =
        database.loadCsv(QByteArray("Name,Duration\n_ga,2 years\n"), u"inventory.csv"_s);
    QVERIFY(!loaded);
    QVERIFY2(loaded.error().startsWith(u"inventory.csv:1: "_s), qPrintable(loaded.error()));
    QVERIFY(!database.loadFile(u"/nonexistent/ocd.csv"_s));
    QCOMPARE(database.size(), 0);
}

QTEST_GUILESS_MAIN(TestKnownCookies)
#include "tst_knowncookies.moc"
