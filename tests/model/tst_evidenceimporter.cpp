// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "format/templates.h"
#include "scan/evidenceimporter.h"
#include "scan/scanrules.h"
#include "support/testsupport.h"

#include <QTemporaryDir>
#include <QTest>

// HAR and Website Evidence Collector files (samples written for these tests from
// the public formats) give the same report as a crawl of the same visit.
class TestEvidenceImporter : public QObject
{
    Q_OBJECT

private slots:
    void detectsKinds_data();
    void detectsKinds();
    void readsHar();
    void readsEvidenceCollector();
    void evidenceCollectorQuirks();
    void expiryBeyondAnyDateIsRefused_data();
    void expiryBeyondAnyDateIsRefused();
    void bothFormatsAgree();
    void rulesApplyToEvidence();
    void refusesBadInput_data();
    void refusesBadInput();

private:
    static QString sample(const char *name)
    {
        return QStringLiteral(CHARTE_SOURCE_DIR "/tests/data/evidence/") + QString::fromUtf8(name);
    }
    static const ObservedCookie *cookie(const ScanReport &report, const QString &name)
    {
        for (const ObservedCookie &observed : report.cookies) {
            if (observed.name == name)
                return &observed;
        }
        return nullptr;
    }
};

void TestEvidenceImporter::detectsKinds_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("kind");
    QTest::newRow("har") << QByteArray(R"({"log":{"version":"1.2","entries":[]}})") << int(EvidenceImporter::Kind::Har);
    QTest::newRow("wec") << QByteArray(R"({"uri_ins":"https://a.example/","cookies":[]})")
                         << int(EvidenceImporter::Kind::EvidenceCollector);
    QTest::newRow("charte policy") << QByteArray(R"({"format":"charte/1","cookies":[]})") << int(EvidenceImporter::Kind::Unknown);
    QTest::newRow("array") << QByteArray("[1,2]") << int(EvidenceImporter::Kind::Unknown);
    QTest::newRow("csv") << QByteArray("name;domain\nYSC;.youtube.com\n") << int(EvidenceImporter::Kind::Unknown);
}

void TestEvidenceImporter::detectsKinds()
{
    QFETCH(QByteArray, data);
    QFETCH(int, kind);
    QCOMPARE(int(EvidenceImporter::detect(data)), kind);
}

void TestEvidenceImporter::readsHar()
{
    QVERIFY(EvidenceImporter::looksLikeEvidence(sample("valbourg.har")));
    const Expected<ScanReport> report = EvidenceImporter::readFile(sample("valbourg.har"));
    QVERIFY2(report, qPrintable(report.error()));
    QCOMPARE(report->origin, ScanReport::Origin::Har);
    QCOMPARE(report->startUrl, QStringLiteral("https://www.valbourg.example/"));
    QCOMPARE(report->requests, 5); // the data: URL is not a request to a host

    QStringList names;
    for (const ObservedCookie &observed : report->cookies)
        names << observed.name;
    QCOMPARE(names, (QStringList{QStringLiteral("PHPSESSID"), QStringLiteral("YSC"), QStringLiteral("VISITOR_INFO1_LIVE"),
                                 QStringLiteral("_pk_id.1.1fff"), QStringLiteral("_pk_ses.1.1fff"), QStringLiteral("lang")}));

    const ObservedCookie *session = cookie(*report, QStringLiteral("PHPSESSID"));
    QVERIFY(!session->lifetimeSeconds);
    QVERIFY(session->httpOnly && session->secure);
    QCOMPARE(session->sameSite, SetCookie::SameSite::Lax);
    QCOMPARE(session->party, Party::First);
    QCOMPARE(session->setBy, ObservedCookie::SetBy::HttpHeader);

    const ObservedCookie *visitor = cookie(*report, QStringLiteral("VISITOR_INFO1_LIVE"));
    QCOMPARE(visitor->lifetimeSeconds, std::optional<qint64>(15552000)); // Max-Age over Expires
    QCOMPARE(visitor->domain, QStringLiteral("youtube.com"));
    QCOMPARE(visitor->party, Party::Third);
    QCOMPARE(visitor->firstSeenUrl, QStringLiteral("https://www.youtube.com/embed/dQw4w9WgXcQ"));

    // Sent by the browser but never set by a response: written by a script.
    const ObservedCookie *matomo = cookie(*report, QStringLiteral("_pk_id.1.1fff"));
    QCOMPARE(matomo->setBy, ObservedCookie::SetBy::JavaScript);
    // Requests do not say under which domain it is stored: the site's registrable
    // domain, so one cookie sent to several subdomains is one (issue 16).
    QCOMPARE(matomo->domain, QStringLiteral("valbourg.example"));
    QVERIFY(!matomo->hostOnlyKnown);
    QCOMPARE(matomo->party, Party::First);
    QVERIFY(!matomo->lifetimeKnown); // a request does not carry the expiry
    QVERIFY(session->lifetimeKnown);

    // response.cookies used when an exporter left no Set-Cookie header; Expires from the entry's time.
    const ObservedCookie *lang = cookie(*report, QStringLiteral("lang"));
    QCOMPARE(lang->lifetimeSeconds, std::optional<qint64>(30 * 86400));
    QVERIFY(lang->secure);

    QVERIFY(!cookie(*report, QStringLiteral("theme"))); // a deletion stores nothing
    QCOMPARE(report->refusedCookies.size(), 2);
    QVERIFY(report->refusedCookies.at(0).malformed);
    QCOMPARE(report->refusedCookies.at(0).raw, QStringLiteral("no-equals-sign-here"));
    QVERIFY(!report->refusedCookies.at(1).malformed); // Domain=.valbourg.example from youtube.com
    QVERIFY(report->refusedCookies.at(1).raw.startsWith(QLatin1StringView("tracker=1")));

    QCOMPARE(report->thirdPartyHosts, (QStringList{QStringLiteral("i.ytimg.com"), QStringLiteral("www.youtube.com")}));
}

void TestEvidenceImporter::readsEvidenceCollector()
{
    QVERIFY(EvidenceImporter::looksLikeEvidence(sample("valbourg-wec.json")));
    const Expected<ScanReport> report = EvidenceImporter::readFile(sample("valbourg-wec.json"));
    QVERIFY2(report, qPrintable(report.error()));
    QCOMPARE(report->origin, ScanReport::Origin::EvidenceCollector);
    QCOMPARE(report->startUrl, QStringLiteral("https://www.valbourg.example/"));
    QCOMPARE(report->pagesCrawled, 2);
    QCOMPARE(report->cookies.size(), 5);

    const ObservedCookie *matomo = cookie(*report, QStringLiteral("_pk_id.1.1fff"));
    QCOMPARE(matomo->setBy, ObservedCookie::SetBy::JavaScript);
    QCOMPARE(matomo->lifetimeSeconds, std::optional<qint64>(393 * 86400));
    QCOMPARE(matomo->firstSeenUrl, QStringLiteral("https://www.valbourg.example/matomo/matomo.js"));
    const ObservedCookie *ysc = cookie(*report, QStringLiteral("YSC"));
    QCOMPARE(ysc->domain, QStringLiteral("youtube.com"));
    QVERIFY(!ysc->hostOnly);
    QVERIFY(!ysc->lifetimeSeconds);
    QCOMPARE(ysc->party, Party::Third);
    QCOMPARE(ysc->sameSite, SetCookie::SameSite::None);
    QCOMPARE(cookie(*report, QStringLiteral("VISITOR_INFO1_LIVE"))->lifetimeSeconds, std::optional<qint64>(180 * 86400));
    // No timestamp in its log: the collection's start time is the reference.
    QCOMPARE(cookie(*report, QStringLiteral("lang"))->lifetimeSeconds, std::optional<qint64>(30 * 86400));
    QCOMPARE(cookie(*report, QStringLiteral("lang"))->party, Party::First);

    QCOMPARE(report->thirdPartyHosts, (QStringList{QStringLiteral("i.ytimg.com"), QStringLiteral("www.google-analytics.com"),
                                                   QStringLiteral("www.youtube.com")}));
}

void TestEvidenceImporter::evidenceCollectorQuirks()
{
    // Shaped as the collector's 2.x inspection.json is, without --first-party-uri:
    // firstPartyStorage false everywhere and the site among the third-party hosts.
    const QByteArray wec = R"({
  "uri_ins": "https://www.mairie.example/",
  "start_time": "2026-11-01T00:00:00.000Z",
  "cookies": [
    {"name": "sid", "domain": "www.mairie.example", "path": "/", "expires": -1, "session": true,
     "log": {"type": "Cookie.HTTP", "timestamp": "2026-11-01T00:00:01.000Z"}, "firstPartyStorage": false},
    {"name": "pref", "domain": "video.example", "path": "/", "value": "x",
     "expires": "2027-03-01T00:00:01.000Z", "expiresDays": 119.9, "session": false,
     "log": {"type": "Cookie.HTTP", "timestamp": "2026-11-01T00:00:01.000Z"}, "firstPartyStorage": false},
    {"name": "theme", "domain": "mairie.example", "path": "/", "expires": -1, "session": true,
     "log": {"type": "Cookie.JS", "timestamp": "2026-11-01T00:00:02.000Z"}, "firstPartyStorage": false},
    {"name": "partner", "domain": "stats.partner.example", "path": "/", "expires": -1, "session": true,
     "log": {"type": "Cookie.HTTP"}, "firstPartyStorage": true}
  ],
  "hosts": {
    "requests": {"firstParty": [], "thirdParty": ["www.mairie.example", "cdn.video.example"]},
    "beacons": {"firstParty": [], "thirdParty": ["mairie.example", "beacon.video.example"]}
  },
  "browsing_history": ["https://www.mairie.example/"]
})";
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("inspection.json"));
    QVERIFY(TestSupport::writeAll(path, wec));
    const Expected<ScanReport> report = EvidenceImporter::readFile(path);
    QVERIFY2(report, qPrintable(report.error()));
    QCOMPARE(cookie(*report, QStringLiteral("sid"))->party, Party::First);
    QCOMPARE(cookie(*report, QStringLiteral("theme"))->party, Party::First);
    QCOMPARE(cookie(*report, QStringLiteral("theme"))->setBy, ObservedCookie::SetBy::JavaScript);
    QCOMPARE(cookie(*report, QStringLiteral("pref"))->party, Party::Third);
    // An ISO expiry date counts from when the cookie was seen, to the second.
    QCOMPARE(cookie(*report, QStringLiteral("pref"))->lifetimeSeconds, std::optional<qint64>(120 * 86400));
    // A host the user named as first party stays so.
    QCOMPARE(cookie(*report, QStringLiteral("partner"))->party, Party::First);
    QCOMPARE(report->thirdPartyHosts,
             (QStringList{QStringLiteral("beacon.video.example"), QStringLiteral("cdn.video.example")}));
}

void TestEvidenceImporter::expiryBeyondAnyDateIsRefused_data()
{
    QTest::addColumn<QByteArray>("expiry");
    QTest::newRow("expires 1e65") << QByteArray(R"("expires": 1e65)");
    QTest::newRow("expires past year 9999") << QByteArray(R"("expires": 253402300800)");
    QTest::newRow("expiresDays 1e300") << QByteArray(R"("expires": 0, "expiresDays": 1e300)");
    QTest::newRow("expiresDays -1e300") << QByteArray(R"("expires": 0, "expiresDays": -1e300)");
}

void TestEvidenceImporter::expiryBeyondAnyDateIsRefused()
{
    // Turned into seconds, such an expiry overflowed a 64-bit integer (undefined
    // behaviour); it is refused with a warning naming the cookie, the others are read.
    QFETCH(QByteArray, expiry);
    const QByteArray wec = R"({
  "uri_ins": "https://www.mairie.example/",
  "start_time": "2026-11-01T00:00:00.000Z",
  "cookies": [
    {"name": "forever", "domain": "mairie.example", "path": "/", )" + expiry + R"(, "session": false,
     "log": {"type": "Cookie.HTTP", "timestamp": "2026-11-01T00:00:01.000Z"}},
    {"name": "pref", "domain": "mairie.example", "path": "/", "expires": 1796083201, "session": false,
     "log": {"type": "Cookie.HTTP", "timestamp": "2026-11-01T00:00:01.000Z"}}
  ],
  "browsing_history": ["https://www.mairie.example/"]
})";
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("inspection.json"));
    QVERIFY(TestSupport::writeAll(path, wec));
    const Expected<ScanReport> report = EvidenceImporter::readFile(path);
    QVERIFY2(report, qPrintable(report.error()));
    QVERIFY(!cookie(*report, QStringLiteral("forever")));
    QVERIFY(cookie(*report, QStringLiteral("pref")));
    QVERIFY(cookie(*report, QStringLiteral("pref"))->lifetimeSeconds.has_value());
    QCOMPARE(report->errors.size(), 1);
    QVERIFY2(report->errors.first().message.contains(QLatin1StringView("\"forever\": the expiry is beyond the year 9999")),
             qPrintable(report->errors.first().message));
}

void TestEvidenceImporter::bothFormatsAgree()
{
    // The same visit recorded two ways: the cookies both saw are described alike.
    const Expected<ScanReport> har = EvidenceImporter::readFile(sample("valbourg.har"));
    const Expected<ScanReport> wec = EvidenceImporter::readFile(sample("valbourg-wec.json"));
    QVERIFY(har && wec);
    for (const QString &name : {QStringLiteral("PHPSESSID"), QStringLiteral("YSC"), QStringLiteral("VISITOR_INFO1_LIVE"),
                                QStringLiteral("lang")}) {
        const ObservedCookie *a = cookie(*har, name);
        const ObservedCookie *b = cookie(*wec, name);
        QVERIFY2(a && b, qPrintable(name));
        QCOMPARE(a->domain, b->domain);
        QCOMPARE(a->lifetimeSeconds, b->lifetimeSeconds);
        QCOMPARE(a->party, b->party);
        QCOMPARE(a->secure, b->secure);
    }
}

void TestEvidenceImporter::rulesApplyToEvidence()
{
    const Policy policy = *Templates::load(QStringLiteral("typical"));
    const Expected<ScanReport> report = EvidenceImporter::readFile(sample("valbourg.har"));
    QVERIFY(report);
    QStringList results;
    for (const Finding &finding : ScanRules::check(policy, *report))
        results << finding.rule + u' ' + finding.place.id + u' ' + finding.place.domain;
    QVERIFY2(results.contains(QStringLiteral("scan.before-consent YSC youtube.com")), qPrintable(results.join(u'\n')));
    QVERIFY(results.contains(QStringLiteral("scan.before-consent _pk_id.1.1fff valbourg.example")));
    QVERIFY(results.contains(QStringLiteral("scan.undeclared lang www.valbourg.example")));
    QVERIFY(results.contains(QStringLiteral("scan.unseen cookies_preferences ")) ||
            results.contains(QStringLiteral("scan.unseen cookies_preferences www.valbourg.example")));
    QVERIFY(results.contains(QStringLiteral("scan.before-consent  www.youtube.com"))); // tracker host request
    QVERIFY(!results.contains(QStringLiteral("scan.before-consent PHPSESSID www.valbourg.example"))); // exempt
}

void TestEvidenceImporter::refusesBadInput_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("error");
    QTest::newRow("broken JSON names line and column") << QByteArray("{\n  \"log\": {\n    \"entries\": [,]\n") << ":3:";
    QTest::newRow("not evidence") << QByteArray(R"({"format":"charte/1"})") << "neither a HAR file";
    QTest::newRow("empty") << QByteArray() << ":1:";
    QTest::newRow("HAR without any URL") << QByteArray(R"({"log":{"entries":[]}})") << "log.entries";
    QTest::newRow("WEC without uri_ins") << QByteArray(R"({"cookies":[],"hosts":{}})") << "uri_ins";
}

void TestEvidenceImporter::refusesBadInput()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, error);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("input.json"));
    QVERIFY(TestSupport::writeAll(path, data));
    const Expected<ScanReport> report = EvidenceImporter::readFile(path);
    QVERIFY(!report);
    QVERIFY2(report.error().startsWith(path), qPrintable(report.error()));
    QVERIFY2(report.error().contains(error), qPrintable(report.error()));
    QVERIFY(!EvidenceImporter::readFile(dir.filePath(QStringLiteral("missing.har"))));
}

QTEST_GUILESS_MAIN(TestEvidenceImporter)
#include "tst_evidenceimporter.moc"
