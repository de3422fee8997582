// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "format/policywriter.h"
#include "format/templates.h"
#include "support/charteprocess.h"
#include "support/chromiumrequired.h"
#include "support/leakingbannersite.h"
#include "support/loopbackhttpserver.h"
#include "support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QStandardPaths>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using Response = LoopbackHttpServer::Response;

// `charte scan` run as users run it: the real executable against a loopback site
// this test serves. The process runs asynchronously so the server keeps answering.
class TestScanCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void jsonReportWithFindings();
    void exitsZeroWhenOnlyExemptCookies();
    void textReportForPeople();
    void evidenceFile_data();
    void evidenceFile();
    void exitStatusTwo_data();
    void exitStatusTwo();
    void fallsBackToHttpWithoutChromium();
    void siteHostMatchesAStagingCopy();
    void outputDirHoldsTheReport();
    // The real browser (Debian's Chromium; CI has it and never skips).
    void chromiumFindsTheLeakAfterRefusal();
    void chromiumHonestBannerHasNoAfterRejectError();
    void chromiumReportsABannerWithoutRefusal();

private:
    using Run = TestSupport::CharteRun;
    static Run charte(const QStringList &arguments)
    {
        TestSupport::CharteOptions options;
        options.timeoutMs = 30000;
        return TestSupport::runCharte(arguments, options);
    }
    QString writePolicy(const QString &name, const QList<Cookie> &cookies);
    QString consentSitePolicy();

    QTemporaryDir m_dir;
    LoopbackHttpServer m_site;
    LoopbackHttpServer m_thirdParty;
    LoopbackHttpServer m_exemptOnly;
};

QString TestScanCli::writePolicy(const QString &name, const QList<Cookie> &cookies)
{
    Policy policy = *Templates::load(QStringLiteral("typical"));
    policy.cookies = cookies;
    const QString path = m_dir.filePath(name);
    return TestSupport::writeAll(path, PolicyWriter::toJson(policy)) ? path : QString();
}

namespace {
Cookie declared(const QString &name, const QString &domain, LegalBasis basis, std::optional<Lifetime> lifetime,
                NameMatch match = NameMatch::Exact)
{
    Cookie cookie;
    cookie.name = name;
    cookie.match = match;
    cookie.domain = domain;
    cookie.basis = basis;
    cookie.lifetime = lifetime;
    cookie.categoryId = basis == LegalBasis::Exempt ? QStringLiteral("necessary") : QStringLiteral("marketing");
    return cookie;
}
} // namespace

void TestScanCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_site.listen(QHostAddress(QStringLiteral("127.0.0.1"))));
    QVERIFY(m_thirdParty.listen(QHostAddress(QStringLiteral("127.0.0.2"))));
    QVERIFY(m_exemptOnly.listen(QHostAddress(QStringLiteral("127.0.0.1"))));
    m_site.route("/", Response::html("<a href=/about>about</a><a href=mailto:dpo@example.org>dpo</a>"
                                     "<img src=\"" + m_thirdParty.origin() + "/pixel.gif\">",
                                     {{"Set-Cookie", "sid=1; Path=/; HttpOnly"}}));
    m_site.route("/about", Response::html("<p>about</p>", {{"Set-Cookie", "_ga_ABC=1; Max-Age=63072000; Path=/"}}));
    m_thirdParty.route("/pixel.gif", Response::make(200, {{"Content-Type", "image/gif"},
                                                          {"Set-Cookie", "uid=7; Max-Age=86400; Secure; SameSite=None"}},
                                                    "GIF89a"));
    m_exemptOnly.route("/", Response::html("<p>hello</p>", {{"Set-Cookie", "sid=1; Path=/; HttpOnly"}}));
}

void TestScanCli::jsonReportWithFindings()
{
    const QString policy = writePolicy(QStringLiteral("site.charte.json"),
                                       {declared(QStringLiteral("sid"), QStringLiteral("127.0.0.1"), LegalBasis::Exempt, Lifetime::session()),
                                        declared(QStringLiteral("_ga_[A-Z]+"), QString(), LegalBasis::Consent,
                                                 Lifetime::fromSeconds(13 * Lifetime::Month), NameMatch::Regex),
                                        declared(QStringLiteral("never_set"), QString(), LegalBasis::Consent, Lifetime::session())});
    const Run run = charte({QStringLiteral("scan"), m_site.url().toString(), QStringLiteral("--engine"), QStringLiteral("http"),
                            QStringLiteral("--policy"), policy,
                            QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--max-pages"),
                            QStringLiteral("10"), QStringLiteral("--concurrency"), QStringLiteral("2")});
    QCOMPARE(run.exitCode, 1); // error-level findings exist
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(run.standardOutput, &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, run.standardOutput.constData());
    QCOMPARE(root.value(QLatin1StringView("format")).toString(), QStringLiteral("charte-scan/2"));
    QCOMPARE(root.value(QLatin1StringView("engine")).toString(), QStringLiteral("http"));
    QCOMPARE(root.value(QLatin1StringView("pagesCrawled")).toInt(), 2);
    QCOMPARE(root.value(QLatin1StringView("skippedLinks")).toInt(), 1);

    QHash<QString, QJsonObject> cookies;
    for (const QJsonValue &value : root.value(QLatin1StringView("cookies")).toArray())
        cookies.insert(value.toObject().value(QLatin1StringView("name")).toString(), value.toObject());
    QCOMPARE(cookies.size(), 3);
    QVERIFY(cookies.value(QStringLiteral("sid")).value(QLatin1StringView("lifetime")).isNull());
    QVERIFY(cookies.value(QStringLiteral("sid")).value(QLatin1StringView("httpOnly")).toBool());
    QCOMPARE(cookies.value(QStringLiteral("_ga_ABC")).value(QLatin1StringView("lifetime")).toInteger(), 400 * 86400);
    const QJsonObject uid = cookies.value(QStringLiteral("uid"));
    QCOMPARE(uid.value(QLatin1StringView("domain")).toString(), QStringLiteral("127.0.0.2"));
    QCOMPARE(uid.value(QLatin1StringView("party")).toString(), QStringLiteral("third"));
    QCOMPARE(uid.value(QLatin1StringView("lifetime")).toInteger(), 86400);
    QVERIFY(uid.value(QLatin1StringView("secure")).toBool());
    QCOMPARE(uid.value(QLatin1StringView("sameSite")).toString(), QStringLiteral("None"));
    QCOMPARE(root.value(QLatin1StringView("thirdPartyHosts")).toArray(), QJsonArray{QStringLiteral("127.0.0.2")});

    QStringList findings;
    for (const QJsonValue &value : root.value(QLatin1StringView("findings")).toArray()) {
        const QJsonObject finding = value.toObject();
        QVERIFY(!finding.value(QLatin1StringView("message")).toString().isEmpty());
        QVERIFY(!finding.value(QLatin1StringView("messageFr")).toString().isEmpty());
        findings << finding.value(QLatin1StringView("rule")).toString() + u' ' +
                        finding.value(QLatin1StringView("severity")).toString() + u' ' +
                        finding.value(QLatin1StringView("cookie")).toString();
    }
    findings.sort();
    QCOMPARE(findings, (QStringList{QStringLiteral("scan.before-consent error _ga_ABC"),
                                    QStringLiteral("scan.before-consent error uid"),
                                    QStringLiteral("scan.lifetime-longer warning _ga_ABC"),
                                    QStringLiteral("scan.undeclared error uid"),
                                    QStringLiteral("scan.unseen info never_set")}));
}

void TestScanCli::exitsZeroWhenOnlyExemptCookies()
{
    const QString policy = writePolicy(QStringLiteral("exempt.charte.json"),
                                       {declared(QStringLiteral("sid"), QString(), LegalBasis::Exempt, Lifetime::session())});
    const Run run = charte({QStringLiteral("scan"), m_exemptOnly.url().toString(), QStringLiteral("--engine"), QStringLiteral("http"),
                            QStringLiteral("--policy"), policy, QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject root = QJsonDocument::fromJson(run.standardOutput).object();
    QCOMPARE(root.value(QLatin1StringView("findings")).toArray().size(), 0);
    QCOMPARE(root.value(QLatin1StringView("cookies")).toArray().size(), 1);
}

void TestScanCli::textReportForPeople()
{
    const Run run = charte({QStringLiteral("scan"), m_site.url().toString(), QStringLiteral("--engine"), QStringLiteral("http"),
                            QStringLiteral("--verbose")});
    QCOMPARE(run.exitCode, 0); // no policy: nothing to compare, observations only
    const QString text = run.out();
    QVERIFY2(text.contains(QStringLiteral("sid")) && text.contains(QStringLiteral("_ga_ABC")) &&
                 text.contains(QStringLiteral("127.0.0.2")) && text.contains(QStringLiteral("400 days")),
             run.standardOutput.constData());
    QVERIFY(text.contains(QStringLiteral("--policy")));
    QVERIFY2(run.standardError.contains("Cookie uid"), run.standardError.constData()); // the crawl log on standard error
}

void TestScanCli::evidenceFile_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("HAR") << QStringLiteral(CHARTE_SOURCE_DIR "/tests/data/evidence/valbourg.har");
    QTest::newRow("Website Evidence Collector") << QStringLiteral(CHARTE_SOURCE_DIR "/tests/data/evidence/valbourg-wec.json");
}

void TestScanCli::evidenceFile()
{
    QFETCH(QString, file);
    const QString policy = m_dir.filePath(QStringLiteral("typical.charte.json"));
    QCOMPARE(charte({QStringLiteral("new"), QStringLiteral("--template"), QStringLiteral("typical"), QStringLiteral("-o"), policy}).exitCode, 0);
    const Run run = charte({QStringLiteral("scan"), QStringLiteral("--evidence"), file, QStringLiteral("--policy"), policy,
                            QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(run.exitCode, 1);
    bool youtubeBeforeConsent = false;
    for (const QJsonValue &value : QJsonDocument::fromJson(run.standardOutput).object().value(QLatin1StringView("findings")).toArray()) {
        const QJsonObject finding = value.toObject();
        youtubeBeforeConsent = youtubeBeforeConsent ||
                               (finding.value(QLatin1StringView("rule")).toString() == QLatin1StringView("scan.before-consent") &&
                                finding.value(QLatin1StringView("cookie")).toString() == QLatin1StringView("YSC"));
    }
    QVERIFY2(youtubeBeforeConsent, run.standardOutput.constData());
}

void TestScanCli::exitStatusTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    quint16 closedPort = 0;
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost);
        closedPort = probe.serverPort();
    }
    const QString closed = QStringLiteral("http://127.0.0.1:%1/").arg(closedPort);
    QTest::newRow("start URL unreachable") << QStringList{QStringLiteral("scan"), closed, QStringLiteral("--engine"), QStringLiteral("http")} << "cannot be fetched";
    QTest::newRow("not http") << QStringList{QStringLiteral("scan"), QStringLiteral("ftp://example.org/")} << "not an http";
    QTest::newRow("no URL") << QStringList{QStringLiteral("scan")} << "expected one URL";
    QTest::newRow("bad format") << QStringList{QStringLiteral("scan"), closed, QStringLiteral("--format"), QStringLiteral("xml")} << "unknown format";
    QTest::newRow("bad engine") << QStringList{QStringLiteral("scan"), closed, QStringLiteral("--engine"), QStringLiteral("firefox")} << "unknown engine \"firefox\" (known: chromium, http)";
    QTest::newRow("bad consent") << QStringList{QStringLiteral("scan"), closed, QStringLiteral("--consent"), QStringLiteral("maybe")} << "unknown consent \"maybe\" (known: none, reject, accept, all)";
    QTest::newRow("consent phases over HTTP") << QStringList{QStringLiteral("scan"), closed, QStringLiteral("--engine"), QStringLiteral("http"), QStringLiteral("--consent"), QStringLiteral("reject")} << "--consent reject needs --engine chromium";
    QTest::newRow("bad site") << QStringList{QStringLiteral("scan"), closed, QStringLiteral("--site"), QStringLiteral("http://")} << "--site \"http://\" is not a host";
    QTest::newRow("output folder is a file") << QStringList{QStringLiteral("scan"), QStringLiteral("--evidence"), QStringLiteral(CHARTE_SOURCE_DIR "/tests/data/evidence/valbourg.har"), QStringLiteral("--output-dir"), QStringLiteral(CHARTE_SOURCE_DIR "/README.md")} << "README.md: not a folder";
    QTest::newRow("bad max-pages") << QStringList{QStringLiteral("scan"), closed, QStringLiteral("--max-pages"), QStringLiteral("many")} << "--max-pages";
    QTest::newRow("missing policy") << QStringList{QStringLiteral("scan"), closed, QStringLiteral("--policy"), QStringLiteral("/nonexistent/p.charte.json")} << "/nonexistent/p.charte.json";
    QTest::newRow("missing evidence") << QStringList{QStringLiteral("scan"), QStringLiteral("--evidence"), QStringLiteral("/nonexistent/x.har")} << "/nonexistent/x.har";
    QTest::newRow("URL and evidence") << QStringList{QStringLiteral("scan"), closed, QStringLiteral("--evidence"), QStringLiteral("x.har")} << "not both";
}

void TestScanCli::exitStatusTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run run = charte(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err().contains(message), run.standardError.constData());
    QVERIFY(run.standardOutput.isEmpty());
}

void TestScanCli::fallsBackToHttpWithoutChromium()
{
    const Run run = charte({QStringLiteral("scan"), m_exemptOnly.url().toString(), QStringLiteral("--browser"),
                            QStringLiteral("/nonexistent/chromium"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = run.err().split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1); // one line, saying what happened
    QVERIFY2(lines.first().startsWith(QStringLiteral("charte: scan: ")) && lines.first().contains(QStringLiteral("/nonexistent/chromium")) &&
                 lines.first().contains(QStringLiteral("plain HTTP")),
             run.standardError.constData());
    const QJsonObject root = QJsonDocument::fromJson(run.standardOutput).object();
    QCOMPARE(root.value(QLatin1StringView("engine")).toString(), QStringLiteral("http")); // the report says which ran
    QCOMPARE(root.value(QLatin1StringView("phases")).toArray().size(), 1);
    QCOMPARE(root.value(QLatin1StringView("phasesAsked")).toArray().size(), 3);
}

void TestScanCli::siteHostMatchesAStagingCopy()
{
    // The production policy of www.example.org; the copy under test runs on 127.0.0.1.
    Policy policy = *Templates::load(QStringLiteral("typical"));
    policy.meta.siteUrl = QStringLiteral("https://www.example.org/");
    policy.cookies = {declared(QStringLiteral("sid"), QStringLiteral("www.example.org"), LegalBasis::Exempt, Lifetime::session())};
    const QString path = m_dir.filePath(QStringLiteral("production.charte.json"));
    QVERIFY(TestSupport::writeAll(path, PolicyWriter::toJson(policy)));
    const QStringList scan{QStringLiteral("scan"), m_exemptOnly.url().toString(), QStringLiteral("--engine"), QStringLiteral("http"),
                           QStringLiteral("--policy"), path, QStringLiteral("--format"), QStringLiteral("json")};

    const Run byDefault = charte(scan); // the policy's site URL
    QCOMPARE(byDefault.exitCode, 0);
    QJsonObject root = QJsonDocument::fromJson(byDefault.standardOutput).object();
    QCOMPARE(root.value(QLatin1StringView("site")).toString(), QStringLiteral("www.example.org"));
    QVERIFY2(root.value(QLatin1StringView("findings")).toArray().isEmpty(), byDefault.standardOutput.constData());

    const Run otherSite = charte(scan + QStringList{QStringLiteral("--site"), QStringLiteral("shop.example.net:8443")});
    QCOMPARE(otherSite.exitCode, 1); // sid is not the declared site's any more
    root = QJsonDocument::fromJson(otherSite.standardOutput).object();
    QCOMPARE(root.value(QLatin1StringView("site")).toString(), QStringLiteral("shop.example.net"));
    QStringList rules;
    for (const QJsonValue &value : root.value(QLatin1StringView("findings")).toArray())
        rules << value.toObject().value(QLatin1StringView("rule")).toString();
    rules.sort();
    QCOMPARE(rules, (QStringList{QStringLiteral("scan.before-consent"), QStringLiteral("scan.undeclared"), QStringLiteral("scan.unseen")}));
}

void TestScanCli::outputDirHoldsTheReport()
{
    const QString dir = m_dir.filePath(QStringLiteral("report-http"));
    const Run run = charte({QStringLiteral("scan"), m_site.url().toString(), QStringLiteral("--engine"), QStringLiteral("http"),
                            QStringLiteral("--format"), QStringLiteral("html"), QStringLiteral("--output-dir"), dir});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out(), dir + QStringLiteral("/scan-report.html\n")); // what was written, one path a line
    QFile report(dir + QStringLiteral("/scan-report.html"));
    QVERIFY(report.open(QIODevice::ReadOnly));
    const QByteArray html = report.readAll();
    QVERIFY(html.startsWith("<!DOCTYPE html>"));
    QVERIFY(html.contains("_ga_ABC"));
}

// The leaking-banner site's cookies as its production policy declares them: everything
// but the statistics cookie `_stats` is exempt, so only `_stats` may not follow a refusal.
QString TestScanCli::consentSitePolicy()
{
    Policy policy = *Templates::load(QStringLiteral("typical"));
    policy.meta.siteUrl = QStringLiteral("https://www.site.example/"); // a staging copy is scanned
    QList<Cookie> cookies;
    for (const char *name : {"sid", "consent", "pref_lang"})
        cookies << declared(QLatin1StringView(name), QStringLiteral("www.site.example"), LegalBasis::Exempt, std::nullopt);
    Cookie stats = declared(QStringLiteral("_stats"), QStringLiteral("www.site.example"), LegalBasis::Consent, std::nullopt);
    stats.categoryId = QStringLiteral("statistics");
    cookies << stats;
    Cookie theme = declared(QStringLiteral("ui_theme"), QString(), LegalBasis::Exempt, std::nullopt);
    theme.storage = StorageKind::LocalStorage;
    cookies << theme;
    policy.cookies = cookies;
    const QString path = m_dir.filePath(QStringLiteral("consent-site.charte.json"));
    return TestSupport::writeAll(path, PolicyWriter::toJson(policy)) ? path : QString();
}

namespace {
QStringList findingLines(const QJsonObject &root)
{
    QStringList lines;
    for (const QJsonValue &value : root.value(QLatin1StringView("findings")).toArray()) {
        const QJsonObject finding = value.toObject();
        lines << finding.value(QLatin1StringView("rule")).toString() + u' ' + finding.value(QLatin1StringView("phase")).toString() + u' ' +
                     finding.value(QLatin1StringView("cookie")).toString();
    }
    lines.sort();
    return lines;
}
} // namespace

void TestScanCli::chromiumFindsTheLeakAfterRefusal()
{
    CHARTE_REQUIRE_CHROMIUM();
    LeakingBannerSite site(true);
    const QString policy = consentSitePolicy();
    const QString dir = m_dir.filePath(QStringLiteral("report-leak"));
    TestSupport::CharteOptions options;
    options.timeoutMs = 240000;
    const Run run = TestSupport::runCharte({QStringLiteral("scan"), site.url().toString(), QStringLiteral("--policy"), policy,
                                            QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--output-dir"), dir,
                                            QStringLiteral("--timeout"), QStringLiteral("5"), QStringLiteral("--total-time"), QStringLiteral("60")},
                                           options);
    QVERIFY2(run.exitCode == 1, run.standardError.constData());
    QFile file(dir + QStringLiteral("/scan-report.json"));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(run.out()));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(root.value(QLatin1StringView("engine")).toString(), QStringLiteral("chromium"));
    const QJsonArray phases = root.value(QLatin1StringView("phases")).toArray();
    QCOMPARE(phases.size(), 3);
    QCOMPARE(phases.at(1).toObject().value(QLatin1StringView("control")).toString(), QStringLiteral("clicked"));
    const QStringList findings = findingLines(root);
    QVERIFY2(findings.contains(QStringLiteral("scan.after-reject after-reject _stats")), qPrintable(findings.join(u'\n')));
    QVERIFY2(findings.filter(QStringLiteral("scan.undeclared")).isEmpty(), qPrintable(findings.join(u'\n'))); // staging matched
    QVERIFY2(findings.filter(QStringLiteral("before-consent")).isEmpty(), qPrintable(findings.join(u'\n')));
    // The screenshot of the first page of the Before phase, beside the report.
    QFile shot(dir + QStringLiteral("/screenshot-before.png"));
    QVERIFY2(shot.open(QIODevice::ReadOnly), qPrintable(run.out()));
    QVERIFY(shot.read(8) == QByteArray("\x89PNG\r\n\x1a\n"));
}

void TestScanCli::chromiumHonestBannerHasNoAfterRejectError()
{
    CHARTE_REQUIRE_CHROMIUM();
    LeakingBannerSite site(false);
    TestSupport::CharteOptions options;
    options.timeoutMs = 240000;
    const Run run = TestSupport::runCharte({QStringLiteral("scan"), site.url().toString(), QStringLiteral("--policy"), consentSitePolicy(),
                                            QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--consent"), QStringLiteral("reject"),
                                            QStringLiteral("--timeout"), QStringLiteral("5"), QStringLiteral("--total-time"), QStringLiteral("60")},
                                           options);
    const QJsonObject root = QJsonDocument::fromJson(run.standardOutput).object();
    const QStringList findings = findingLines(root);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err() + findings.join(u'\n')));
    QCOMPARE(root.value(QLatin1StringView("phases")).toArray().size(), 2);
    QVERIFY2(findings.filter(QStringLiteral("after-reject")).isEmpty(), qPrintable(findings.join(u'\n')));
}

void TestScanCli::chromiumReportsABannerWithoutRefusal()
{
    CHARTE_REQUIRE_CHROMIUM();
    // A banner that only lets the visitor accept.
    LoopbackHttpServer site;
    QVERIFY(site.listen(QHostAddress(QStringLiteral("127.0.0.1"))));
    site.route("/", Response::html("<!doctype html><html><body><h1>Shop</h1>"
                                   "<div id=b style='position:fixed;bottom:0'>Cookies! "
                                   "<button data-charte-action=accept-all onclick=\"document.cookie='ok=1; Max-Age=600';"
                                   "this.parentNode.remove()\">OK</button></div></body></html>"));
    Policy policy = *Templates::load(QStringLiteral("typical"));
    policy.cookies = {declared(QStringLiteral("ok"), QString(), LegalBasis::Consent, Lifetime::fromSeconds(600))};
    const QString path = m_dir.filePath(QStringLiteral("accept-only.charte.json"));
    QVERIFY(TestSupport::writeAll(path, PolicyWriter::toJson(policy)));
    TestSupport::CharteOptions options;
    options.timeoutMs = 240000;
    const Run run = TestSupport::runCharte({QStringLiteral("scan"), site.url().toString(), QStringLiteral("--policy"), path,
                                            QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--max-pages"), QStringLiteral("1"),
                                            QStringLiteral("--timeout"), QStringLiteral("5"), QStringLiteral("--total-time"), QStringLiteral("60")},
                                           options);
    const QJsonObject root = QJsonDocument::fromJson(run.standardOutput).object();
    const QStringList findings = findingLines(root);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err() + findings.join(u'\n'))); // warnings only
    const QJsonArray phases = root.value(QLatin1StringView("phases")).toArray();
    QCOMPARE(phases.size(), 3); // the phase that could not run is still there
    QCOMPARE(phases.at(1).toObject().value(QLatin1StringView("control")).toString(), QStringLiteral("not-found"));
    QCOMPARE(phases.at(2).toObject().value(QLatin1StringView("control")).toString(), QStringLiteral("clicked"));
    QVERIFY2(findings.contains(QStringLiteral("scan.phase-skipped after-reject ")) &&
                 findings.contains(QStringLiteral("scan.no-reject-control before ")),
             qPrintable(findings.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestScanCli)
#include "tst_scancli.moc"
