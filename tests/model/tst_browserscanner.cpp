// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
// BrowserScanner drives Debian's Chromium over a loopback test site: what it records
// in each consent phase, and that hostile pages are reported while the scan goes on.
// In CI (CI set) a missing Chromium is a failure; elsewhere the tests skip, saying so.

#include "export/bannerexporter.h"
#include "format/templates.h"
#include "scan/browserscanner.h"
#include "scan/consentcontrols.h"
#include "support/consenttestsite.h"

#include <QDir>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <signal.h>

namespace {

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
    const QStringList entries =
        QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        QFile file(QStringLiteral("/proc/%1/cmdline").arg(entry));
        if (entry.toLongLong() > 0 && file.open(QIODevice::ReadOnly) &&
            file.readAll().contains(profile.toUtf8()))
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
    void noBrowser();
    void leakingBanner();
    void honestBanner();
    void charteBanner();
    void givenSelectorAndNoControl();
    void hostilePages();
    void beforeUnload();
    void browserCrash();
    void cancel();
    void limits();
    void controlsInShadowRootAndFrame();
    void startMovesToAnotherSite();

private:
    // Runs a scan to its end (bounded) and returns the result.
    ConsentScan scan(const QUrl &url, const BrowserScanOptions &options,
                     QStringList *log = nullptr);
    QString m_browser;
};

void TestBrowserScanner::initTestCase()
{
    QString why;
    m_browser = BrowserScanner::findBrowser(QString(), &why);
    if (m_browser.isEmpty()) {
        if (!qEnvironmentVariableIsEmpty("CI"))
            QFAIL(qPrintable(
                QStringLiteral("CI must have Chromium (scripts/install-deps.sh installs it): ") +
                why));
        QSKIP(qPrintable(
            QStringLiteral("no Chromium on this machine, the browser scan is not tested: ") + why));
    }
}

ConsentScan TestBrowserScanner::scan(const QUrl &url, const BrowserScanOptions &options,
                                     QStringList *log)
{
    BrowserScanner scanner;
    QSignalSpy finished(&scanner, &BrowserScanner::finished);
    if (log)
        connect(&scanner, &BrowserScanner::logLine, this,
                [log](const QString &line) { log->append(line); });
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
    QCOMPARE(controls.selectors(ConsentControls::Kind::Reject).first(),
             "[data-charte-action=\"reject-all\"]");
    QCOMPARE(controls.selectors(ConsentControls::Kind::Accept).first(),
             "[data-charte-action=\"accept-all\"]");
}

void TestBrowserScanner::leakingBanner()
{
    ConsentTestSite site(true);
    QStringList log;
    const ConsentScan result = scan(
        site.url(),
        quickOptions({ConsentPhase::Before, ConsentPhase::AfterReject, ConsentPhase::AfterAccept}),
        &log);
    QCOMPARE(result.engine, "chromium");
    QCOMPARE(result.phases.size(), 3);
    const ScanReport *before = result.phase(ConsentPhase::Before);
    const ScanReport *rejected = result.phase(ConsentPhase::AfterReject);
    const ScanReport *accepted = result.phase(ConsentPhase::AfterAccept);
    QVERIFY(before && rejected && accepted);
    for (const ScanReport *report : {before, rejected, accepted}) {
        QVERIFY2(report->errors.isEmpty(), qPrintable(errorsText(report)));
        QCOMPARE(report->engine, "chromium");
        QVERIFY(report->startFetched);
        QCOMPARE(report->pagesCrawled, 3); // /, /page2, /page3 (its #fragment dropped)
        QCOMPARE(report->skippedLinks,
                 before == report ? 1 : 0); // mailto:, counted where links are followed
        QCOMPARE(report->screenshots.size(), 1);
        QVERIFY(report->screenshots.first().png.startsWith("\x89PNG"));
    }

    // Before: nothing clicked, both controls seen on the first layer.
    QCOMPARE(before->control, ScanReport::Control::NotApplicable);
    QCOMPARE(before->firstLayerRejectSelector, "[data-charte-action=\"reject-all\"]");
    QCOMPARE(before->firstLayerAcceptSelector, "[data-charte-action=\"accept-all\"]");

    const ObservedCookie *sid = cookie(before, "sid");
    QVERIFY(sid);
    QCOMPARE(sid->setBy, ObservedCookie::SetBy::HttpHeader);
    QVERIFY(sid->httpOnly);
    QCOMPARE(sid->sameSite, SetCookie::SameSite::Lax);
    QVERIFY(!sid->lifetimeSeconds.has_value()); // a session cookie
    QCOMPARE(sid->valueLength, 6);              // "abc123", never the value itself

    const ObservedCookie *jsFirst = cookie(before, "js_first");
    QVERIFY(jsFirst);
    QCOMPARE(jsFirst->setBy, ObservedCookie::SetBy::JavaScript);
    QCOMPARE(jsFirst->scriptUrl, site.url("/js/first.js").toString());
    QCOMPARE(jsFirst->lifetimeSeconds.value_or(0), 3600);
    QCOMPARE(jsFirst->party, Party::First);
    QCOMPARE(jsFirst->firstSeenUrl, site.url().toString());

    // Written into the site's own store by a script of another site.
    const ObservedCookie *tpScript = cookie(before, "tp_script");
    QVERIFY(tpScript);
    QCOMPARE(tpScript->setBy, ObservedCookie::SetBy::JavaScript);
    QCOMPARE(tpScript->scriptUrl, site.thirdPartyOrigin() + "/tracker.js");
    QCOMPARE(tpScript->domain, "127.0.0.1");
    QCOMPARE(tpScript->party, Party::First);

    // The other site's frame writes its own cookie, partitioned under this site.
    const ObservedCookie *tpFrame = cookie(before, "tp_frame");
    QVERIFY(tpFrame);
    QCOMPARE(tpFrame->domain, "localhost");
    QCOMPARE(tpFrame->party, Party::Third);
    QVERIFY(tpFrame->partitioned);
    QCOMPARE(tpFrame->scriptUrl, site.thirdPartyOrigin() + "/frame.html");

    const ObservedStorage *local = storage(before, "ls_key");
    QVERIFY(local);
    QCOMPARE(local->kind, ObservedStorage::Kind::Local);
    QCOMPARE(local->origin, site.url().toString(QUrl::RemovePath));
    QCOMPARE(local->valueLength, 5);
    QCOMPARE(local->party, Party::First);
    QCOMPARE(storage(before, "ss_key")->kind, ObservedStorage::Kind::Session);
    QCOMPARE(storage(before, "ss_key")->valueLength, 3);
    QVERIFY(storage(before, "site_db"));
    QCOMPARE(storage(before, "site_db")->kind, ObservedStorage::Kind::IndexedDb);
    QCOMPARE(storage(before, "site_db")->valueLength, -1);
    const ObservedStorage *frameLocal = storage(before, "tp_ls");
    QVERIFY(frameLocal);
    QCOMPARE(frameLocal->origin, site.thirdPartyOrigin());
    QCOMPARE(frameLocal->party, Party::Third);
    QCOMPARE(before->thirdPartyHosts, QStringList{"localhost"});
    QVERIFY(!cookie(before, "_stats"));
    QVERIFY(!cookie(before, "consent"));
    QVERIFY2(!cookie(before, "automation"), "the page saw a headless or automated browser");

    // After the refusal: the choice is stored, and the leak shows.
    QCOMPARE(rejected->control, ScanReport::Control::Clicked);
    QCOMPARE(rejected->controlSelector, "[data-charte-action=\"reject-all\"]");
    QVERIFY(cookie(rejected, "consent"));
    QCOMPARE(cookie(rejected, "consent")->valueLength, 4); // "none"
    const ObservedCookie *leak = cookie(rejected, "_stats");
    QVERIFY2(leak, "the statistics cookie written 300 ms after the refusal must be seen");
    QCOMPARE(leak->scriptUrl, site.url("/js/banner.js").toString());

    QCOMPARE(accepted->control, ScanReport::Control::Clicked);
    QCOMPARE(accepted->controlSelector, "[data-charte-action=\"accept-all\"]");
    QVERIFY(cookie(accepted, "_stats"));
    QCOMPARE(cookie(accepted, "consent")->valueLength, 3); // "all"
}

void TestBrowserScanner::honestBanner()
{
    ConsentTestSite site(false);
    const ConsentScan result = scan(site.url(), quickOptions({ConsentPhase::AfterReject}));
    QCOMPARE(result.phases.size(), 1);
    const ScanReport *rejected = result.phase(ConsentPhase::AfterReject);
    QVERIFY(rejected);
    QCOMPARE(rejected->control, ScanReport::Control::Clicked);
    QVERIFY(cookie(rejected, "consent"));
    QVERIFY(!cookie(rejected, "_stats"));
    // Its reload after the click is the banner at work, not the page leaving by itself.
    QVERIFY2(rejected->errors.isEmpty(), qPrintable(errorsText(rejected)));
    // Without a before phase, the pages are found by following links.
    QCOMPARE(rejected->pagesCrawled, 3);
}

void TestBrowserScanner::charteBanner()
{
    // Charte's own banner, as exported for the "typical" template: its controls are
    // the ones consent-controls.json names.
    const std::optional<Policy> policy = Templates::load("typical");
    QVERIFY(policy);
    const Expected<ExportResult> bundle = BannerExporter::exportBundle(*policy, ExportOptions());
    QVERIFY(bundle);
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    for (auto it = bundle->files.cbegin(); it != bundle->files.cend(); ++it) {
        const QByteArray type = it.key().endsWith(".js")    ? "text/javascript"
                                : it.key().endsWith(".css") ? "text/css"
                                                            : "text/html; charset=utf-8";
        server.route("/" + it.key().toUtf8(),
                     Response::make(200, {{"Content-Type", type}}, it.value()));
    }
    server.route("/", Response::redirect("/demo.html"));
    BrowserScanOptions options =
        quickOptions({ConsentPhase::Before, ConsentPhase::AfterReject, ConsentPhase::AfterAccept});
    options.limits.maxDepth = 0;
    const ConsentScan result = scan(server.url(), options);
    const ScanReport *before = result.phase(ConsentPhase::Before);
    QCOMPARE(before->firstLayerRejectSelector, "[data-charte-action=\"reject-all\"]");
    QCOMPARE(before->firstLayerAcceptSelector, "[data-charte-action=\"accept-all\"]");
    QVERIFY(before->cookies.isEmpty()); // nothing before a choice
    for (const ConsentPhase phase : {ConsentPhase::AfterReject, ConsentPhase::AfterAccept}) {
        const ScanReport *after = result.phase(phase);
        QCOMPARE(after->control, ScanReport::Control::Clicked);
        QVERIFY2(!after->cookies.isEmpty() || !after->storage.isEmpty(),
                 "the banner stores the choice");
    }
}

void TestBrowserScanner::givenSelectorAndNoControl()
{
    ConsentTestSite site(true);
    BrowserScanOptions options =
        quickOptions({ConsentPhase::Before, ConsentPhase::AfterReject, ConsentPhase::AfterAccept});
    options.rejectSelector = "#no-such-button";
    options.acceptSelector = "#banner button:last-child";
    options.screenshots = false;
    QStringList log;
    const ConsentScan result = scan(site.url(), options, &log);
    QCOMPARE(result.phases.size(), 3);
    const ScanReport *before = result.phase(ConsentPhase::Before);
    QCOMPARE(before->firstLayerRejectSelector, QString());
    QCOMPARE(before->firstLayerAcceptSelector, "#banner button:last-child");
    QVERIFY(before->screenshots.isEmpty());
    // Never silently absent: the phase is there, saying the control was not found.
    const ScanReport *rejected = result.phase(ConsentPhase::AfterReject);
    QVERIFY(rejected);
    QCOMPARE(rejected->control, ScanReport::Control::NotFound);
    QVERIFY(rejected->cookies.isEmpty());
    QVERIFY(log.join('\n').contains("No refusal control found on " + site.url().toString()));
    QCOMPARE(result.phase(ConsentPhase::AfterAccept)->control, ScanReport::Control::Clicked);
    QVERIFY(cookie(result.phase(ConsentPhase::AfterAccept), "_stats"));
}

void TestBrowserScanner::hostilePages()
{
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    const QByteArray links =
        "<a href=/slow>s</a><a href=/loop>l</a><a href=/popups>p</a><a href=/dialogs>d</a>"
        "<a href=/file.bin>f</a><a href=/away>a</a><a href=/huge>h</a><a href=/mute>m</a>"
        "<a href=/fine>ok</a>";
    server.route("/", Response::html("<!doctype html><title>Start</title>" + links));
    // Its image never comes: the page never finishes loading.
    server.route("/slow", Response::html("<!doctype html><title>Slow</title><img src=/never.png>"));
    Response silent;
    silent.behaviour = Response::Behaviour::Silent;
    server.route("/never.png", silent);
    server.route("/mute", silent); // not even the page answers
    server.route("/loop", Response::redirect("/loop2"));
    server.route("/loop2", Response::redirect("/loop"));
    server.route(
        "/popups",
        Response::html("<!doctype html><title>Popups</title>"
                       "<script>for (let i = 0; i < 30; i++) window.open('/fine?' + i);</script>"));
    server.route(
        "/dialogs",
        Response::html(
            "<!doctype html><title>Dialogs</title><script>"
            "alert('hello'); confirm('sure?');"
            "addEventListener('beforeunload', (e) => { e.preventDefault(); e.returnValue = ''; });"
            "</script>"));
    server.route("/file.bin",
                 Response::make(200,
                                {{"Content-Type", "application/octet-stream"},
                                 {"Content-Disposition", "attachment; filename=file.bin"}},
                                QByteArray(1000, 'x')));
    // Leaves while it is still loading, so the move never depends on timing.
    server.route("/away", Response::html("<!doctype html><title>Away</title>"
                                         "<script>location.href = '/landing'</script>"));
    server.route("/landing", Response::html("<!doctype html><title>Landing</title>"));
    Response huge = Response::html(QByteArray());
    huge.behaviour = Response::Behaviour::EndlessBody;
    server.route("/huge", huge);
    server.route("/fine", Response::html("<!doctype html><title>Fine</title>",
                                         {{"Set-Cookie", "fine=1; Max-Age=60"}}));

    BrowserScanOptions options = quickOptions({ConsentPhase::Before});
    options.limits.requestTimeoutMs = 3000;
    options.limits.maxBytesPerResponse = 512 * 1024;
    options.settleMs = 300;
    options.pageSettleMs = 300;
    const ConsentScan result = scan(server.url(), options);
    const ScanReport *before = result.phase(ConsentPhase::Before);
    QVERIFY(before);
    const QString errors = errorsText(before);
    const auto errorOn = [&](const QString &path, const QString &part) {
        for (const UrlError &e : before->errors) {
            if (QUrl(e.url).path() == path && e.message.contains(part))
                return true;
        }
        qWarning().noquote() << "missing" << path << part << "in\n" << errors;
        return false;
    };
    QVERIFY(errorOn("/slow", "did not finish loading within 3 second"));
    QVERIFY(errorOn("/loop", "redirect"));
    QVERIFY(errorOn("/popups", "new window"));
    QVERIFY(errorOn("/dialogs", "dialog (alert): dismissed"));
    QVERIFY(errorOn("/dialogs", "dialog (confirm): dismissed"));
    QVERIFY(errorOn("/file.bin", "download"));
    // Chromium announces a download twice, the second time sometimes on the next page:
    // only the page that began it is charged with it.
    for (const UrlError &e : before->errors)
        QVERIFY2(!e.message.contains(QStringLiteral("download")) || QUrl(e.url).path() == QStringLiteral("/file.bin"),
                 qPrintable(errors));
    QVERIFY(errorOn("/away", "navigated away by itself to " + server.url("/landing").toString()));
    QVERIFY(errorOn("/huge", "response larger than"));
    QVERIFY(errorOn("/mute", "did not answer within 3 second"));
    // …and the scan went on to the last page.
    QVERIFY2(cookie(before, "fine"), qPrintable(errors));
    QVERIFY(!before->limitReached);
}

void TestBrowserScanner::beforeUnload()
{
    // A page may ask to stay only after the visitor touched it: the click on the
    // refusal is that touch. Leaving wins, or the next page would never load.
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    server.route(
        "/",
        Response::html(
            "<!doctype html><title>Stay</title><a href=/next>next</a>"
            "<button data-charte-action=reject-all>No</button><script>"
            "addEventListener('beforeunload', (e) => { e.preventDefault(); e.returnValue = ''; });"
            "</script>"));
    server.route("/next",
                 Response::html("<!doctype html><title>Next</title>", {{"Set-Cookie", "next=1"}}));
    BrowserScanOptions options = quickOptions({ConsentPhase::AfterReject});
    options.screenshots = false;
    const ConsentScan result = scan(server.url(), options);
    const ScanReport *rejected = result.phase(ConsentPhase::AfterReject);
    QCOMPARE(rejected->control, ScanReport::Control::Clicked);
    QVERIFY2(hasError(rejected, "beforeunload"), qPrintable(errorsText(rejected)));
    // The page that asked to stay is the one left, not the one the scan went on to.
    for (const UrlError &e : rejected->errors) {
        if (e.message.contains(QStringLiteral("beforeunload")))
            QVERIFY2(QUrl(e.url).path() == QStringLiteral("/"), qPrintable(errorsText(rejected)));
    }
    QCOMPARE(rejected->pagesCrawled, 2);
    QVERIFY(cookie(rejected, "next"));
}

void TestBrowserScanner::browserCrash()
{
    ConsentTestSite site(true);
    BrowserScanner scanner;
    QSignalSpy finished(&scanner, &BrowserScanner::finished);
    qint64 pid = 0;
    QString profile;
    connect(&scanner, &BrowserScanner::browserStarted, this,
            [&](ConsentPhase phase, qint64 id, const QString &path) {
                if (phase != ConsentPhase::Before)
                    return;
                pid = id;
                profile = path;
            });
    // Killed from outside once the first page is done, while the scan goes on.
    connect(&scanner, &BrowserScanner::progress, this, [&](ConsentPhase phase, int done) {
        if (phase == ConsentPhase::Before && done == 1)
            ::kill(pid_t(pid), SIGKILL);
    });
    QVERIFY(
        scanner.start(site.url(), quickOptions({ConsentPhase::Before, ConsentPhase::AfterReject})));
    QVERIFY(finished.wait(60000));
    const ConsentScan &result = scanner.result();
    QCOMPARE(result.phases.size(), 2);
    const ScanReport *before = result.phase(ConsentPhase::Before);
    QVERIFY2(hasError(before, "the browser ended unexpectedly"), qPrintable(errorsText(before)));
    QVERIFY(hasError(before, "phase stopped"));
    QVERIFY(cookie(before, "sid")); // what was seen before the crash is kept
    // The next phase has its own browser, which ran normally.
    QCOMPARE(result.phase(ConsentPhase::AfterReject)->control, ScanReport::Control::Clicked);
    QVERIFY(pid > 0);
    QVERIFY(!QFileInfo::exists(profile));
    QTRY_COMPARE_WITH_TIMEOUT(processesUsing(profile), 0, 5000);
}

void TestBrowserScanner::cancel()
{
    ConsentTestSite site(true);
    BrowserScanner scanner;
    QSignalSpy finished(&scanner, &BrowserScanner::finished);
    QString profile;
    connect(&scanner, &BrowserScanner::browserStarted, this,
            [&](ConsentPhase, qint64, const QString &path) {
                profile = path;
                scanner.cancel();
            });
    QVERIFY(scanner.start(site.url(), quickOptions({ConsentPhase::Before, ConsentPhase::AfterReject,
                                                    ConsentPhase::AfterAccept})));
    QVERIFY(scanner.isRunning());
    QVERIFY(finished.wait(20000));
    QVERIFY(!scanner.isRunning());
    const ConsentScan &result = scanner.result();
    QCOMPARE(result.phases.size(), 3); // asked for: present, marked cancelled
    for (const ScanReport &report : result.phases)
        QVERIFY(report.cancelled);
    QVERIFY(!profile.isEmpty());
    QVERIFY(!QFileInfo::exists(profile));
    QTRY_COMPARE_WITH_TIMEOUT(processesUsing(profile), 0, 5000);
}

void TestBrowserScanner::limits()
{
    ConsentTestSite site(false);
    BrowserScanOptions options = quickOptions({ConsentPhase::Before});
    options.limits.maxPages = 1;
    options.screenshots = false;
    ConsentScan result = scan(site.url(), options);
    const ScanReport *before = result.phase(ConsentPhase::Before);
    QCOMPARE(before->pagesCrawled, 1);
    QVERIFY(before->limitReached);

    options.limits.maxDepth = 0; // the start page only, and no limit reached
    options.limits.maxPages = 50;
    result = scan(site.url(), options);
    QCOMPARE(result.phase(ConsentPhase::Before)->pagesCrawled, 1);
    QVERIFY(!result.phase(ConsentPhase::Before)->limitReached);

    // A browser that needs more memory than allowed ends the phase, saying so.
    options.maxBrowserMemoryBytes = 1024 * 1024;
    options.settleMs = 3000;
    result = scan(site.url(), options);
    before = result.phase(ConsentPhase::Before);
    QVERIFY2(hasError(before, "of memory: phase stopped"), qPrintable(errorsText(before)));
    QVERIFY(before->limitReached);
}

void TestBrowserScanner::controlsInShadowRootAndFrame()
{
    LoopbackHttpServer site, cmp;
    QVERIFY(site.listen());
    QVERIFY(cmp.listen());
    const QByteArray frame = "http://localhost:" + QByteArray::number(cmp.url().port()) + "/notice";
    // Klaro's refusal inside an open shadow root; Didomi's acceptance in another site's frame.
    site.route("/",
               Response::html(
                   "<!doctype html><title>Shadow</title><div id=host></div><script>"
                   "const root = document.getElementById('host').attachShadow({mode: 'open'});"
                   "root.innerHTML = '<div class=klaro><button class=cn-decline>No</button></div>';"
                   "root.querySelector('button').onclick = () => { document.cookie = 'klaro=none; "
                   "Path=/'; };"
                   "</script><iframe src=" +
                   frame + "></iframe>"));
    cmp.route(
        "/notice",
        Response::html(
            "<!doctype html><button id=didomi-notice-agree-button "
            "onclick=\"document.cookie = 'didomi_token=yes; SameSite=None; Secure; Partitioned'\">"
            "OK</button>"));
    BrowserScanOptions options =
        quickOptions({ConsentPhase::AfterReject, ConsentPhase::AfterAccept});
    options.screenshots = false;
    const ConsentScan result = scan(site.url(), options);
    const ScanReport *rejected = result.phase(ConsentPhase::AfterReject);
    QCOMPARE(rejected->controlSelector, ".klaro .cn-decline");
    QVERIFY(cookie(rejected, "klaro"));
    const ScanReport *accepted = result.phase(ConsentPhase::AfterAccept);
    QCOMPARE(accepted->control, ScanReport::Control::Clicked);
    QCOMPARE(accepted->controlSelector, "#didomi-notice-agree-button");
    QVERIFY(cookie(accepted, "didomi_token"));
    QCOMPARE(cookie(accepted, "didomi_token")->party, Party::Third);
}

void TestBrowserScanner::startMovesToAnotherSite()
{
    ConsentTestSite site(false);
    site.thirdParty().route("/moved", Response::redirect(site.url().toString().toUtf8()));
    BrowserScanOptions options = quickOptions({ConsentPhase::Before});
    options.limits.maxDepth = 0;
    options.screenshots = false;
    QStringList log;
    const ConsentScan result = scan(QUrl(site.thirdPartyOrigin() + "/moved"), options, &log);
    const ScanReport *before = result.phase(ConsentPhase::Before);
    QVERIFY(log.contains("The site is now 127.0.0.1."));
    QCOMPARE(cookie(before, "sid")->party, Party::First);
    QCOMPARE(before->thirdPartyHosts, QStringList{"localhost"});
}

void TestBrowserScanner::noBrowser()
{
    BrowserScanner scanner;
    QSignalSpy log(&scanner, &BrowserScanner::logLine);
    BrowserScanOptions options;
    options.browserPath = "/nonexistent/chromium";
    QVERIFY(!scanner.start(QUrl("http://127.0.0.1:1/"), options));
    QCOMPARE(log.size(), 1);
    QVERIFY(log.first().first().toString().contains("/nonexistent/chromium"));
    QVERIFY(!scanner.start(QUrl("ftp://127.0.0.1/"), BrowserScanOptions()));
}

QTEST_GUILESS_MAIN(TestBrowserScanner)
#include "tst_browserscanner.moc"
