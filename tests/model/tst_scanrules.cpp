#include "format/templates.h"
#include "scan/scanrules.h"

#include <QTest>

// The "Observed versus declared" rules against the `typical` template (a town site
// with Matomo and YouTube), whose inventory is the one a real audit would compare.
class TestScanRules : public QObject
{
    Q_OBJECT

private slots:
    void matchesDeclaredRows_data();
    void matchesDeclaredRows();
    void reportsUndeclaredAndBeforeConsent();
    void exemptCookieIsNotBeforeConsent();
    void reportsUnseenDeclaredCookies();
    void lifetimeLonger_data();
    void lifetimeLonger();
    void trackerHostRequestBeforeConsent();
    void messagesInBothLanguages();

private:
    static ObservedCookie observed(const QString &name, const QString &domain,
                                   std::optional<qint64> lifetime = std::nullopt);
    static FindingList findingsFor(const FindingList &all, const QString &rule,
                                   const QString &cookie);
};

ObservedCookie TestScanRules::observed(const QString &name, const QString &domain,
                                       std::optional<qint64> lifetime)
{
    ObservedCookie cookie;
    cookie.name = name;
    cookie.domain = domain;
    cookie.lifetimeSeconds = lifetime;
    cookie.firstSeenUrl = QStringLiteral("https://www.valbourg.example/");
    return cookie;
}

FindingList TestScanRules::findingsFor(const FindingList &all, const QString &rule,
                                       const QString &cookie)
{
    FindingList result;
    for (const Finding &finding : all) {
        if (finding.rule == rule && finding.place.id == cookie)
            result << finding;
    }
    return result;
}

void TestScanRules::matchesDeclaredRows_data()
{
    QTest::addColumn<int>("match"); // NameMatch
    QTest::addColumn<QString>("declaredName");
    QTest::addColumn<QString>("declaredDomain");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("domain");
    QTest::addColumn<bool>("covered");

    const int exact = int(NameMatch::Exact), prefix = int(NameMatch::Prefix), regex = int(NameMatch::Regex);
    QTest::newRow("exact") << exact << "YSC" << ".youtube.com" << "YSC" << "youtube.com" << true;
    QTest::newRow("exact, subdomain of declared domain") << exact << "YSC" << ".youtube.com" << "YSC" << "www.youtube.com" << true;
    QTest::newRow("declared without dot covers subdomain") << exact << "YSC" << "youtube.com" << "YSC" << "m.youtube.com" << true;
    QTest::newRow("other domain") << exact << "YSC" << ".youtube.com" << "YSC" << "youtube-nocookie.com" << false;
    QTest::newRow("parent domain not covered") << exact << "sid" << "www.valbourg.example" << "sid" << "valbourg.example" << false;
    QTest::newRow("exact is case-sensitive") << exact << "YSC" << "" << "ysc" << "youtube.com" << false;
    QTest::newRow("exact is not prefix") << exact << "_pk_id" << "" << "_pk_id.1.1fff" << "x.example" << false;
    QTest::newRow("prefix") << prefix << "_pk_id." << "" << "_pk_id.1.1fff" << "x.example" << true;
    QTest::newRow("prefix other name") << prefix << "_pk_id." << "" << "_pk_ses.1.1fff" << "x.example" << false;
    QTest::newRow("regex anchored") << regex << "_ga_[A-Z0-9]+" << "" << "_ga_ABC123" << "x.example" << true;
    QTest::newRow("regex does not match inside") << regex << "ga_[A-Z0-9]+" << "" << "_ga_ABC123" << "x.example" << false;
    QTest::newRow("invalid regex covers nothing") << regex << "([" << "" << "([" << "x.example" << false;
    QTest::newRow("empty declared domain covers any") << exact << "lang" << "" << "lang" << "anything.example" << true;
}

void TestScanRules::matchesDeclaredRows()
{
    QFETCH(int, match);
    QFETCH(QString, declaredName);
    QFETCH(QString, declaredDomain);
    QFETCH(QString, name);
    QFETCH(QString, domain);
    QFETCH(bool, covered);
    Cookie declared;
    declared.name = declaredName;
    declared.match = NameMatch(match);
    declared.domain = declaredDomain;
    QCOMPARE(ScanRules::covers(declared, name, domain), covered);
    declared.storage = StorageKind::LocalStorage;
    QVERIFY(!ScanRules::covers(declared, name, domain)); // only cookies are compared
}

void TestScanRules::reportsUndeclaredAndBeforeConsent()
{
    const Policy policy = *Templates::load(QStringLiteral("typical"));
    ScanReport report;
    report.cookies << observed(QStringLiteral("_fbp"), QStringLiteral("valbourg.example"), 90 * 86400)
                   << observed(QStringLiteral("YSC"), QStringLiteral("youtube.com"));
    const FindingList findings = ScanRules::check(policy, report);

    const FindingList undeclared =
        findingsFor(findings, QStringLiteral("scan.undeclared"), QStringLiteral("_fbp"));
    QCOMPARE(undeclared.size(), 1);
    QCOMPARE(undeclared.first().severity, Severity::Error);
    QCOMPARE(undeclared.first().place.domain, QStringLiteral("valbourg.example"));
    QCOMPARE(undeclared.first().place.url, QStringLiteral("https://www.valbourg.example/"));
    QVERIFY(!undeclared.first().source.isEmpty());
    QCOMPARE(undeclared.first().place.index, -1);
    // Unknown purpose: not known to be exempt, so it is set without consent too.
    QCOMPARE(findingsFor(findings, QStringLiteral("scan.before-consent"), QStringLiteral("_fbp")).size(), 1);

    // YSC is declared (consent, marketing) on .youtube.com: not undeclared, but before consent.
    QVERIFY(findingsFor(findings, QStringLiteral("scan.undeclared"), QStringLiteral("YSC")).isEmpty());
    const FindingList before =
        findingsFor(findings, QStringLiteral("scan.before-consent"), QStringLiteral("YSC"));
    QCOMPARE(before.size(), 1);
    QCOMPARE(before.first().severity, Severity::Error);
    QCOMPARE(policy.cookies.at(before.first().place.index).name, QStringLiteral("YSC"));
}

void TestScanRules::exemptCookieIsNotBeforeConsent()
{
    const Policy policy = *Templates::load(QStringLiteral("typical"));
    ScanReport report;
    report.cookies << observed(QStringLiteral("PHPSESSID"), QStringLiteral("www.valbourg.example"));
    const FindingList findings = ScanRules::check(policy, report);
    QVERIFY(findingsFor(findings, QStringLiteral("scan.before-consent"), QStringLiteral("PHPSESSID")).isEmpty());
    QVERIFY(findingsFor(findings, QStringLiteral("scan.undeclared"), QStringLiteral("PHPSESSID")).isEmpty());
    QVERIFY(findingsFor(findings, QStringLiteral("scan.unseen"), QStringLiteral("PHPSESSID")).isEmpty());
}

void TestScanRules::reportsUnseenDeclaredCookies()
{
    const Policy policy = *Templates::load(QStringLiteral("typical"));
    ScanReport report;
    report.cookies << observed(QStringLiteral("_pk_id.1.1fff"), QStringLiteral("www.valbourg.example"), 390 * 86400);
    const FindingList findings = ScanRules::check(policy, report);
    QStringList unseen;
    for (const Finding &finding : findings) {
        if (finding.rule == QLatin1StringView("scan.unseen")) {
            QCOMPARE(finding.severity, Severity::Info);
            QCOMPARE(policy.cookies.at(finding.place.index).name, finding.place.id);
            unseen << finding.place.id;
        }
    }
    QStringList expected;
    for (const Cookie &cookie : policy.cookies) {
        if (cookie.storage == StorageKind::Cookie && cookie.name != QLatin1StringView("_pk_id."))
            expected << cookie.name;
    }
    QCOMPARE(unseen, expected);
    QVERIFY(!unseen.contains(QStringLiteral("_pk_id."))); // the prefix row was seen
}

void TestScanRules::lifetimeLonger_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("domain");
    QTest::addColumn<qint64>("observedSeconds"); // -1: session
    QTest::addColumn<bool>("longer");

    const qint64 day = 86400;
    // _pk_ses. is declared 30 minutes, YSC session, VISITOR_INFO1_LIVE 180 days.
    QTest::newRow("shorter") << "_pk_ses.1.1" << "www.valbourg.example" << qint64(600) << false;
    QTest::newRow("equal") << "_pk_ses.1.1" << "www.valbourg.example" << qint64(1800) << false;
    QTest::newRow("within tolerance") << "VISITOR_INFO1_LIVE" << "youtube.com" << 182 * day << false;
    QTest::newRow("longer") << "_pk_ses.1.1" << "www.valbourg.example" << qint64(7200) << true;
    QTest::newRow("persistent where session declared") << "YSC" << "youtube.com" << 30 * day << true;
    QTest::newRow("session where persistent declared") << "VISITOR_INFO1_LIVE" << "youtube.com" << qint64(-1) << false;
    QTest::newRow("400-day cap still longer than 180 days") << "VISITOR_INFO1_LIVE" << "youtube.com" << 400 * day << true;
}

void TestScanRules::lifetimeLonger()
{
    QFETCH(QString, name);
    QFETCH(QString, domain);
    QFETCH(qint64, observedSeconds);
    QFETCH(bool, longer);
    const Policy policy = *Templates::load(QStringLiteral("typical"));
    ScanReport report;
    report.cookies << observed(name, domain, observedSeconds < 0 ? std::nullopt : std::optional<qint64>(observedSeconds));
    const FindingList found =
        findingsFor(ScanRules::check(policy, report), QStringLiteral("scan.lifetime-longer"), name);
    QCOMPARE(found.size(), longer ? 1 : 0);
    if (longer) {
        QCOMPARE(found.first().severity, Severity::Warning);
        QVERIFY2(found.first().message.en.contains(name), qPrintable(found.first().message.en));
    }
}

void TestScanRules::trackerHostRequestBeforeConsent()
{
    const Policy policy = *Templates::load(QStringLiteral("typical"));
    ScanReport report;
    report.addThirdPartyHost(QStringLiteral("www.youtube.com"));
    report.addThirdPartyHost(QStringLiteral("fonts.example-cdn.net"));
    const FindingList findings = ScanRules::check(policy, report);
    QStringList hosts;
    for (const Finding &finding : findings) {
        if (finding.rule == QLatin1StringView("scan.before-consent") && finding.place.id.isEmpty())
            hosts << finding.place.domain;
    }
    QCOMPARE(hosts, QStringList{QStringLiteral("www.youtube.com")});
}

void TestScanRules::messagesInBothLanguages()
{
    const Policy policy = *Templates::load(QStringLiteral("typical"));
    ScanReport report;
    report.cookies << observed(QStringLiteral("_fbp"), QStringLiteral("valbourg.example"))
                   << observed(QStringLiteral("YSC"), QStringLiteral("youtube.com"), 2 * 86400);
    const FindingList findings = ScanRules::check(policy, report);
    const Finding undeclared =
        findingsFor(findings, QStringLiteral("scan.undeclared"), QStringLiteral("_fbp")).first();
    QCOMPARE(undeclared.message.en,
             QStringLiteral("Cookie \"_fbp\" (valbourg.example) is set by the site but is not "
                            "declared in the inventory."));
    QCOMPARE(undeclared.message.fr,
             QStringLiteral("Le cookie « _fbp » (valbourg.example) est déposé par le site mais "
                            "n'est pas déclaré dans l'inventaire."));
    QCOMPARE(undeclared.translatedMessage, undeclared.message.en); // no translator installed
    const Finding longer =
        findingsFor(findings, QStringLiteral("scan.lifetime-longer"), QStringLiteral("YSC"))
            .first();
    QVERIFY2(longer.message.en.contains(QStringLiteral("2 days")) &&
                 longer.message.en.contains(QStringLiteral("session")),
             qPrintable(longer.message.en));
    QVERIFY2(longer.message.fr.contains(QStringLiteral("2 jours")), qPrintable(longer.message.fr));
    for (const Finding &finding : findings) {
        QVERIFY(!finding.message.fr.isEmpty());
        QVERIFY(!finding.message.fr.contains(u'%'));
        QVERIFY(!finding.message.en.contains(u'%'));
    }
}

QTEST_GUILESS_MAIN(TestScanRules)
#include "tst_scanrules.moc"
