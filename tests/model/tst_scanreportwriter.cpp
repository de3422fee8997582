// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "format/templates.h"
#include "scan/scanhtmlreport.h"
#include "scan/scanreportfiles.h"
#include "scan/scanreportwriter.h"
#include "scan/scanrules.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

// The scan report in its three forms and on disk: the JSON programs read
// (charte-scan/2, a superset of /1), the HTML page a privacy officer files, and the
// folder with the screenshots beside the report.
class TestScanReportWriter : public QObject
{
    Q_OBJECT

private slots:
    void jsonNamesEngineAndPhases();
    void jsonOfOneReportKeepsVersionOneMembers();
    void textNamesThePhases();
    void htmlEscapesWhatTheSiteControls();
    void htmlEmbedsOrLinksScreenshots();
    void filesWrittenSideBySide();
    void filesFailWithAMessageNamingThePlace();

private:
    static ConsentScan leakingScan();
};

namespace {
// The smallest valid PNG: one transparent pixel.
QByteArray onePixelPng()
{
    return QByteArray::fromBase64(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");
}

ObservedCookie cookie(const QString &name, const QString &domain, std::optional<qint64> lifetime = std::nullopt)
{
    ObservedCookie observed;
    observed.name = name;
    observed.domain = domain;
    observed.lifetimeSeconds = lifetime;
    observed.firstSeenUrl = QStringLiteral("https://www.valbourg.example/");
    return observed;
}

QJsonObject parse(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(json, &error).object();
    if (error.error != QJsonParseError::NoError)
        qWarning("%s", json.constData());
    return root;
}
} // namespace

ConsentScan TestScanReportWriter::leakingScan()
{
    ConsentScan scan;
    scan.engine = QStringLiteral("chromium");
    ScanReport before;
    before.engine = scan.engine;
    before.startUrl = QStringLiteral("https://www.valbourg.example/");
    before.startFetched = true;
    before.pagesCrawled = 2;
    before.firstLayerRejectSelector = QStringLiteral("[data-charte-action=\"reject-all\"]");
    before.firstLayerAcceptSelector = QStringLiteral("[data-charte-action=\"accept-all\"]");
    before.addCookie(cookie(QStringLiteral("PHPSESSID"), QStringLiteral("www.valbourg.example")));
    before.screenshots << PageScreenshot{before.startUrl, onePixelPng()};
    ScanReport rejected = before;
    rejected.phase = ConsentPhase::AfterReject;
    rejected.control = ScanReport::Control::Clicked;
    rejected.controlSelector = before.firstLayerRejectSelector;
    rejected.firstLayerRejectSelector.clear();
    rejected.firstLayerAcceptSelector.clear();
    ObservedCookie leak = cookie(QStringLiteral("_pk_id.1.1fff"), QStringLiteral("www.valbourg.example"), 390 * 86400);
    leak.setBy = ObservedCookie::SetBy::JavaScript;
    leak.scriptUrl = QStringLiteral("https://www.valbourg.example/matomo.js");
    leak.valueLength = 27;
    rejected.addCookie(leak);
    ObservedStorage key;
    key.key = QStringLiteral("_hjid");
    key.origin = QStringLiteral("https://www.valbourg.example");
    key.valueLength = 36;
    rejected.addStorage(key);
    rejected.addThirdPartyHost(QStringLiteral("www.youtube.com"));
    ScanReport accepted = rejected;
    accepted.phase = ConsentPhase::AfterAccept;
    accepted.control = ScanReport::Control::NotFound;
    accepted.controlSelector.clear();
    accepted.screenshots.clear();
    scan.phases << before << rejected << accepted;
    return scan;
}

void TestScanReportWriter::jsonNamesEngineAndPhases()
{
    const Policy policy = *Templates::load(QStringLiteral("typical"));
    const ConsentScan scan = leakingScan();
    const FindingList findings = ScanRules::check(policy, scan);
    ScanReportOptions options;
    options.policyName = QStringLiteral("typical.charte.json");
    options.siteHost = QStringLiteral("www.valbourg.example");
    options.screenshotFiles = true;
    const QJsonObject root = parse(ScanReportWriter::toJson(scan, findings, options));
    QCOMPARE(root.value(u"format").toString(), QStringLiteral("charte-scan/2"));
    QCOMPARE(root.value(u"engine").toString(), QStringLiteral("chromium"));
    QCOMPARE(root.value(u"site").toString(), QStringLiteral("www.valbourg.example"));
    QCOMPARE(root.value(u"phasesAsked").toArray().size(), 3);
    QCOMPARE(root.value(u"pagesCrawled").toInt(), 6);
    QCOMPARE(root.value(u"firstLayer").toObject().value(u"reject").toString(),
             QStringLiteral("[data-charte-action=\"reject-all\"]"));

    // Every cookie, storage key and finding names its phase.
    const QJsonArray cookies = root.value(u"cookies").toArray();
    QCOMPARE(cookies.size(), 5);
    QCOMPARE(cookies.at(0).toObject().value(u"phase").toString(), QStringLiteral("before"));
    const QJsonObject leak = cookies.at(2).toObject();
    QCOMPARE(leak.value(u"phase").toString(), QStringLiteral("after-reject"));
    QCOMPARE(leak.value(u"setBy").toString(), QStringLiteral("javascript"));
    QCOMPARE(leak.value(u"script").toString(), QStringLiteral("https://www.valbourg.example/matomo.js"));
    QCOMPARE(leak.value(u"valueLength").toInt(), 27);
    QVERIFY(!leak.contains(u"value"));
    QCOMPARE(root.value(u"storage").toArray().size(), 2);
    QCOMPARE(root.value(u"storage").toArray().at(0).toObject().value(u"kind").toString(), QStringLiteral("localStorage"));
    bool leakReported = false;
    for (const QJsonValue &value : root.value(u"findings").toArray()) {
        const QJsonObject finding = value.toObject();
        QVERIFY(finding.contains(u"phase"));
        leakReported = leakReported || (finding.value(u"rule").toString() == QLatin1StringView("scan.after-reject") &&
                                        finding.value(u"phase").toString() == QLatin1StringView("after-reject") &&
                                        finding.value(u"cookie").toString() == QLatin1StringView("_pk_id.1.1fff"));
    }
    QVERIFY(leakReported);

    const QJsonArray phases = root.value(u"phases").toArray();
    QCOMPARE(phases.size(), 3);
    QCOMPARE(phases.at(0).toObject().value(u"control").toString(), QStringLiteral("not-applicable"));
    QCOMPARE(phases.at(1).toObject().value(u"control").toString(), QStringLiteral("clicked"));
    QCOMPARE(phases.at(1).toObject().value(u"controlSelector").toString(), QStringLiteral("[data-charte-action=\"reject-all\"]"));
    QCOMPARE(phases.at(2).toObject().value(u"control").toString(), QStringLiteral("not-found"));
    QVERIFY(phases.at(2).toObject().value(u"controlSelector").isNull());
    QCOMPARE(phases.at(1).toObject().value(u"cookies").toArray().size(), 2);
    QCOMPARE(phases.at(1).toObject().value(u"thirdPartyHosts").toArray(), QJsonArray{QStringLiteral("www.youtube.com")});
    const QJsonObject shot = phases.at(1).toObject().value(u"screenshots").toArray().at(0).toObject();
    QCOMPARE(shot.value(u"file").toString(), QStringLiteral("screenshot-after-reject.png"));
    QCOMPARE(shot.value(u"bytes").toInt(), onePixelPng().size());

    options.screenshotFiles = false; // printed to standard output: no file to name
    const QJsonObject printed = parse(ScanReportWriter::toJson(scan, findings, options));
    QVERIFY(printed.value(u"phases").toArray().at(0).toObject().value(u"screenshots").toArray().at(0).toObject().value(u"file").isNull());
}

void TestScanReportWriter::jsonOfOneReportKeepsVersionOneMembers()
{
    ScanReport report;
    report.startUrl = QStringLiteral("https://www.valbourg.example/");
    report.startFetched = true;
    report.addCookie(cookie(QStringLiteral("sid"), QStringLiteral("www.valbourg.example")));
    const QJsonObject root = parse(ScanReportWriter::toJson(report, {}, QString()));
    for (const char *member : {"origin", "start", "policy", "startFetched", "pagesCrawled", "requests", "skippedLinks",
                               "limitReached", "cancelled", "cookies", "refusedCookies", "thirdPartyHosts", "errors",
                               "findings", "summary"})
        QVERIFY2(root.contains(QLatin1StringView(member)), member);
    QCOMPARE(root.value(u"engine").toString(), QStringLiteral("http"));
    QVERIFY(root.value(u"policy").isNull());
    const QJsonObject sid = root.value(u"cookies").toArray().at(0).toObject();
    for (const char *member : {"name", "domain", "hostOnly", "path", "lifetime", "session", "secure", "httpOnly", "sameSite",
                               "prefix", "prefixValid", "party", "setBy", "firstSeen", "timesSeen"})
        QVERIFY2(sid.contains(QLatin1StringView(member)), member);
    QCOMPARE(sid.value(u"phase").toString(), QStringLiteral("before"));
    QCOMPARE(root.value(u"summary").toObject().value(u"cookies").toInt(), 1);
}

void TestScanReportWriter::textNamesThePhases()
{
    const Policy policy = *Templates::load(QStringLiteral("typical"));
    const ConsentScan scan = leakingScan();
    ScanReportOptions options;
    options.policyName = QStringLiteral("typical.charte.json");
    const QString text = ScanReportWriter::toText(scan, ScanRules::check(policy, scan), options);
    for (const QString &expected : {QStringLiteral("== Before any choice =="), QStringLiteral("== After refusing =="),
                                    QStringLiteral("Refusal control clicked: [data-charte-action=\"reject-all\"]"),
                                    QStringLiteral("No acceptance control found"), QStringLiteral("written by https://www.valbourg.example/matomo.js"),
                                    QStringLiteral("After refusing: error: Cookie \"_pk_id.1.1fff\"")})
        QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" not in:\n") + text));
}

void TestScanReportWriter::htmlEscapesWhatTheSiteControls()
{
    const Policy policy = *Templates::load(QStringLiteral("typical"));
    ConsentScan scan = leakingScan();
    ScanReport &rejected = scan.phases[1];
    rejected.controlSelector = QStringLiteral("</code><script>alert('selector')</script>");
    ObservedCookie hostile = cookie(QStringLiteral("<script>alert(1)</script>"), QStringLiteral("evil.example\"><b>"));
    hostile.firstSeenUrl = QStringLiteral("https://evil.example/\"><img src=x onerror=alert(2)>");
    hostile.setBy = ObservedCookie::SetBy::JavaScript;
    hostile.scriptUrl = QStringLiteral("javascript:alert(3)//<iframe>");
    rejected.addCookie(hostile);
    rejected.addThirdPartyHost(QStringLiteral("<svg onload=alert(4)>"));
    rejected.screenshots.first().pageUrl = QStringLiteral("https://x.example/\" onerror=\"alert(5)");
    ScanReportOptions options;
    options.policyName = QStringLiteral("<i>policy</i>.charte.json");
    const QByteArray html = ScanHtmlReport::toHtml(scan, ScanRules::check(policy, scan), options,
                                                   QDateTime(QDate(2026, 12, 3), QTime(14, 0), Qt::UTC));
    QVERIFY(html.startsWith("<!DOCTYPE html>"));
    for (const char *forbidden : {"<script", "<img src=x", "<iframe", "<svg", "<b>", "<i>policy"})
        QVERIFY2(!html.contains(forbidden), forbidden);
    QVERIFY(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    QVERIFY(html.contains("&lt;svg onload=alert(4)&gt;"));
    QVERIFY(html.contains("alt=\"After refusing — https://x.example/&quot; onerror=&quot;alert(5)\"")); // stays inside alt
    QVERIFY(html.contains("scan.after-reject"));
    QVERIFY(html.contains("id=\"after-reject\""));
    QVERIFY(!html.contains("<a ")); // nothing the site controls becomes a link
}

void TestScanReportWriter::htmlEmbedsOrLinksScreenshots()
{
    const ConsentScan scan = leakingScan();
    ScanReportOptions options;
    const QByteArray embedded = ScanHtmlReport::toHtml(scan, {}, options);
    QVERIFY(embedded.contains(QByteArray("src=\"data:image/png;base64," + onePixelPng().toBase64() + "\"")));
    QVERIFY(embedded.contains("No policy was given"));
    options.screenshotFiles = true;
    const QByteArray linked = ScanHtmlReport::toHtml(scan, {}, options);
    QVERIFY(linked.contains("src=\"screenshot-before.png\""));
    QVERIFY(linked.contains("src=\"screenshot-after-reject.png\""));
    QVERIFY(!linked.contains("data:image/png"));
}

void TestScanReportWriter::filesWrittenSideBySide()
{
    QTemporaryDir temporary;
    QVERIFY(temporary.isValid());
    const QString dir = temporary.filePath(QStringLiteral("reports/site"));
    const ConsentScan scan = leakingScan();
    QStringList written;
    const Status status = ScanReportFiles::write(dir, QStringLiteral("scan-report.html"), "<!DOCTYPE html>", scan, &written);
    QVERIFY2(status, qPrintable(status.error));
    QCOMPARE(written, (QStringList{dir + QStringLiteral("/screenshot-before.png"), dir + QStringLiteral("/screenshot-after-reject.png"),
                                   dir + QStringLiteral("/scan-report.html")}));
    QFile png(written.first());
    QVERIFY(png.open(QIODevice::ReadOnly));
    QCOMPARE(png.readAll(), onePixelPng());
}

void TestScanReportWriter::filesFailWithAMessageNamingThePlace()
{
    QTemporaryDir temporary;
    const QString file = temporary.filePath(QStringLiteral("taken"));
    QFile taken(file);
    QVERIFY(taken.open(QIODevice::WriteOnly));
    taken.close();
    const Status status = ScanReportFiles::write(file, QStringLiteral("scan-report.json"), "{}", leakingScan());
    QVERIFY(!status);
    QVERIFY2(status.error.startsWith(file) && status.error.contains(QStringLiteral("not a folder")), qPrintable(status.error));
}

QTEST_GUILESS_MAIN(TestScanReportWriter)
#include "tst_scanreportwriter.moc"
