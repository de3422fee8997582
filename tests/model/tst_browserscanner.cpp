// BrowserScanner drives Debian's Chromium over a loopback test site: what it records
// in each consent phase, and that hostile pages are reported while the scan goes on.
// In CI (CI set) a missing Chromium is a failure; elsewhere the tests skip, saying so.

#include "scan/browserscanner.h"
#include "scan/consentcontrols.h"
#include "support/consenttestsite.h"

#include <QDir>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTest>

#include <signal.h>

namespace {
#pragma GCC diagnostic ignored "-Wunused-function"

using Response = LoopbackHttpServer::Response;

const ObservedCookie *cookie(const ScanReport *report, const QString &name)
{
    if (!report)
        return nullptr;
    for (const ObservedCookie &c : report->cookies) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

const ObservedStorage *storage(const ScanReport *report, const QString &key)
{
    if (!report)
        return nullptr;
    for (const ObservedStorage &s : report->storage) {
        if (s.key == key)
            return &s;
    }
    return nullptr;
}

bool hasError(const ScanReport *report, const QString &part)
{
    if (!report)
        return false;
    for (const UrlError &e : report->errors) {
        if (e.message.contains(part))
            return true;
    }
    return false;
}

QString errorsText(const ScanReport *report)
{
    QStringList lines;
    if (report) {
        for (const UrlError &e : report->errors)
            lines << e.url + QStringLiteral(": ") + e.message;
    }
    return lines.join(QStringLiteral("\n"));
}

// Short bounds, so a hostile page costs seconds, not the default 20.
BrowserScanOptions quickOptions(QList<ConsentPhase> phases)
{
    BrowserScanOptions options;
    options.phases = std::move(phases);
    options.settleMs = 700;
    options.pageSettleMs = 100;
    options.limits.requestTimeoutMs = 4000;
    options.limits.totalTimeMs = 60000;
    return options;
}

// Chromium processes still alive whose command line names this profile.
int processesUsing(const QString &profile)
{
    int count = 0;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        QFile file(QStringLiteral("/proc/%1/cmdline").arg(entry));
        if (entry.toLongLong() > 0 && file.open(QIODevice::ReadOnly) && file.readAll().contains(profile.toUtf8()))
            ++count;
    }
    return count;
}

} // namespace

class TestBrowserScanner : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void knownControls();
    void leakingBanner();

private:
    // Runs a scan to its end (bounded) and returns the result.
    ConsentScan scan(const QUrl &url, const BrowserScanOptions &options, QStringList *log = nullptr);
    QString m_browser;
};

void TestBrowserScanner::initTestCase()
{
    QString why;
    m_browser = BrowserScanner::findBrowser(QString(), &why);
    if (m_browser.isEmpty()) {
        if (!qEnvironmentVariableIsEmpty("CI"))
            QFAIL(qPrintable(QStringLiteral("CI must have Chromium (scripts/install-deps.sh installs it): ") + why));
        QSKIP(qPrintable(QStringLiteral("no Chromium on this machine, the browser scan is not tested: ") + why));
    }
}

ConsentScan TestBrowserScanner::scan(const QUrl &url, const BrowserScanOptions &options, QStringList *log)
{
    BrowserScanner scanner;
    QSignalSpy finished(&scanner, &BrowserScanner::finished);
    if (log)
        connect(&scanner, &BrowserScanner::logLine, this, [log](const QString &line) { log->append(line); });
    if (!scanner.start(url, options))
        return {};
    const int bound = options.phases.size() * (options.limits.totalTimeMs + 40000);
    if (!finished.wait(bound))
        qWarning("scan did not finish within %d ms", bound);
    return scanner.result();
}

void TestBrowserScanner::knownControls()
{
    const ConsentControls &controls = ConsentControls::builtin();
    QVERIFY(controls.banners().size() >= 7);
    QCOMPARE(controls.selectors(ConsentControls::Kind::Reject).first(), "[data-charte-action=\"reject-all\"]");
    QCOMPARE(controls.selectors(ConsentControls::Kind::Accept).first(), "[data-charte-action=\"accept-all\"]");
}

void TestBrowserScanner::leakingBanner()
{
    ConsentTestSite site(true);
    QStringList log;
    const ConsentScan result = scan(site.url(), quickOptions({ConsentPhase::Before, ConsentPhase::AfterReject, ConsentPhase::AfterAccept}), &log);
    qDebug().noquote() << log.join(u'\n');
    QCOMPARE(result.engine, "chromium");
    QCOMPARE(result.phases.size(), 3);
    for (const ScanReport &r : result.phases) {
        qDebug().noquote() << "PHASE" << toString(r.phase) << "control" << int(r.control) << r.controlSelector
                           << "reject1" << r.firstLayerRejectSelector << "accept1" << r.firstLayerAcceptSelector
                           << "pages" << r.pagesCrawled << "requests" << r.requests << "shots" << r.screenshots.size();
        for (const ObservedCookie &c : r.cookies)
            qDebug().noquote() << "  cookie" << c.name << c.domain << c.path << (c.lifetimeSeconds ? *c.lifetimeSeconds : -1)
                               << "http" << (c.setBy == ObservedCookie::SetBy::HttpHeader) << c.scriptUrl << "party"
                               << int(c.party) << "part" << c.partitioned << "len" << c.valueLength << c.firstSeenUrl;
        for (const ObservedStorage &s : r.storage)
            qDebug().noquote() << "  storage" << int(s.kind) << s.origin << s.key << s.valueLength << int(s.party);
        qDebug().noquote() << "  hosts" << r.thirdPartyHosts << "errors" << errorsText(&r);
    }
}

QTEST_GUILESS_MAIN(TestBrowserScanner)
#include "tst_browserscanner.moc"
