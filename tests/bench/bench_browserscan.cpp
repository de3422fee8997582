// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
// The browser scan's Before phase over a generated 50-page loopback site, beside a
// bare CDP page-visit loop over the same pages in the same Chromium build (its own
// fresh profile, the same ChromiumProcess and CdpConnection: navigate, wait for the
// load event, nothing recorded), in the same run. Both count the browser's start and
// end. Not a test: it measures and prints, it never fails on time.
// Usage: bench_browserscan [PAGES] [ROUNDS]

#include "scan/browserscanner.h"
#include "scan/cdpconnection.h"
#include "scan/chromiumprocess.h"
#include "support/loopbackhttpserver.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonObject>
#include <QSemaphore>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <algorithm>

namespace {

using Response = LoopbackHttpServer::Response;

// "/" and /p/1 … /p/(pages-1): each page links to the next five, writes a cookie
// by header and one by script, and keeps a localStorage key, so the scan records
// something on every page.
class SiteThread : public QThread
{
public:
    explicit SiteThread(int pages) : m_pages(pages) {}
    quint16 port() const { return m_port; }
    void waitUntilListening() { m_ready.acquire(); }

protected:
    void run() override
    {
        LoopbackHttpServer server;
        const int pages = m_pages;
        server.setFallback([pages](const QByteArray &path) {
            int n = 0;
            if (path.startsWith("/p/"))
                n = path.mid(3).toInt();
            else if (path != "/")
                return Response::make(404, {}, QByteArray());
            const QByteArray number = QByteArray::number(n);
            QByteArray body = "<!doctype html><html><head><title>Page " + number +
                              "</title><link rel=stylesheet href=/style.css><script "
                              "src=/site.js></script></head><body><h1>Page " +
                              number + "</h1>";
            for (int k = 1; k <= 5; ++k) {
                const int next = n + k;
                if (next < pages)
                    body += "<a href=/p/" + QByteArray::number(next) + ">page " +
                            QByteArray::number(next) + "</a>\n";
            }
            for (int i = 0; i < 25; ++i)
                body += "<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do "
                        "eiusmod.</p>\n";
            body +=
                "<script>localStorage.setItem('seen" + number + "', '1')</script></body></html>";
            return Response::html(body,
                                  {{"Set-Cookie", "visit=" + number + "; Path=/; Max-Age=3600"}});
        });
        server.route("/style.css",
                     Response::make(200, {{"Content-Type", "text/css"}}, "body{font:1em serif}"));
        server.route(
            "/site.js",
            Response::make(200, {{"Content-Type", "text/javascript"}},
                           "document.cookie = 'js=' + location.pathname.length + '; Path=/';"));
        server.listen(QHostAddress::LocalHost);
        m_port = server.url().port();
        m_ready.release();
        exec();
    }

private:
    int m_pages;
    quint16 m_port = 0;
    QSemaphore m_ready;
};

struct Result
{
    double seconds = 0;
    int pages = 0;
    int cookies = 0;
};

Result runScan(const QUrl &url, int pages, int settleMs, int pageSettleMs)
{
    BrowserScanner scanner;
    BrowserScanOptions options;
    options.phases = {ConsentPhase::Before};
    options.limits.maxPages = pages;
    options.limits.maxDepth = pages;
    options.settleMs = settleMs;
    options.pageSettleMs = pageSettleMs;
    options.screenshots = false;
    QEventLoop loop;
    QObject::connect(&scanner, &BrowserScanner::finished, &loop, &QEventLoop::quit);
    QElapsedTimer timer;
    timer.start();
    if (!scanner.start(url, options))
        return {};
    loop.exec();
    const ScanReport *report = scanner.result().phase(ConsentPhase::Before);
    return {double(timer.nsecsElapsed()) / 1e9, report ? report->pagesCrawled : 0,
            report ? int(report->cookies.size()) : 0};
}

// Waits in a local event loop until done() or the time is up.
bool waitFor(const std::function<bool()> &done, int ms)
{
    QDeadlineTimer deadline(ms);
    while (!done() && !deadline.hasExpired()) {
        QEventLoop loop;
        QTimer::singleShot(5, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return done();
}

Result runBareLoop(const QString &browser, const QList<QUrl> &urls)
{
    QElapsedTimer timer;
    timer.start();
    ChromiumProcess chromium;
    CdpConnection cdp;
    bool ready = false, open = false;
    QObject::connect(&chromium, &ChromiumProcess::ready, &chromium, [&] { ready = true; });
    chromium.start(browser);
    if (!waitFor([&] { return ready; }, 30000))
        return {};
    QObject::connect(&cdp, &CdpConnection::opened, &cdp, [&] { open = true; });
    cdp.open(chromium.webSocketUrl());
    waitFor([&] { return open; }, 10000);

    QString target, session, loader;
    bool loaded = false;
    QObject::connect(&cdp, &CdpConnection::event, &cdp,
                     [&](const QString &sid, const QString &method, const QJsonObject &params) {
                         if (sid == session && method == QLatin1StringView("Page.lifecycleEvent") &&
                             params.value(QLatin1StringView("name")).toString() ==
                                 QLatin1StringView("load") &&
                             params.value(QLatin1StringView("loaderId")).toString() == loader)
                             loaded = true;
                     });
    cdp.send(QStringLiteral("Target.createTarget"),
             {{QStringLiteral("url"), QStringLiteral("about:blank")}}, {},
             [&](const CdpReply &reply) {
                 target = reply.result.value(QLatin1StringView("targetId")).toString();
             });
    waitFor([&] { return !target.isEmpty(); }, 10000);
    cdp.send(QStringLiteral("Target.attachToTarget"),
             {{QStringLiteral("targetId"), target}, {QStringLiteral("flatten"), true}}, {},
             [&](const CdpReply &reply) {
                 session = reply.result.value(QLatin1StringView("sessionId")).toString();
             });
    waitFor([&] { return !session.isEmpty(); }, 10000);
    bool enabled = false;
    cdp.send(QStringLiteral("Page.enable"), {}, session);
    cdp.send(QStringLiteral("Page.setLifecycleEventsEnabled"), {{QStringLiteral("enabled"), true}},
             session, [&](const CdpReply &) { enabled = true; });
    waitFor([&] { return enabled; }, 10000);
    int visited = 0;
    for (const QUrl &url : urls) {
        loaded = false;
        loader.clear();
        cdp.send(QStringLiteral("Page.navigate"), {{QStringLiteral("url"), url.toString()}},
                 session, [&](const CdpReply &reply) {
                     loader = reply.result.value(QLatin1StringView("loaderId")).toString();
                 });
        if (waitFor([&] { return loaded; }, 20000))
            ++visited;
    }
    bool closed = false;
    cdp.send(
        QStringLiteral("Browser.close"), {}, {}, [&](const CdpReply &) { closed = true; }, 3000);
    waitFor([&] { return closed; }, 3000);
    chromium.stop();
    return {double(timer.nsecsElapsed()) / 1e9, visited, 0};
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    const int pages = arguments.value(1, QStringLiteral("50")).toInt();
    const int rounds = std::max(1, arguments.value(2, QStringLiteral("3")).toInt());
    QTextStream out(stdout);
    QString why;
    const QString browser = BrowserScanner::findBrowser(QString(), &why);
    if (browser.isEmpty()) {
        out << why << "\n";
        return 1;
    }

    SiteThread site(pages);
    site.start();
    site.waitUntilListening();
    const QUrl url(QStringLiteral("http://127.0.0.1:%1/").arg(site.port()));
    QList<QUrl> urls = {url};
    for (int n = 1; n < pages; ++n)
        urls << QUrl(QStringLiteral("http://127.0.0.1:%1/p/%2").arg(site.port()).arg(n));

    out << "Site: " << pages << " pages on " << url.toString() << ", " << rounds
        << " round(s), median shown\n";
    out.flush();
    const BrowserScanOptions defaults;
    QList<double> bare, scanNoSettle, scanDefault;
    Result lastBare, lastScan, lastDefault;
    for (int round = 0; round < rounds; ++round) {
        lastBare = runBareLoop(browser, urls);
        bare << lastBare.seconds;
        lastScan = runScan(url, pages, 0, 0);
        scanNoSettle << lastScan.seconds;
        lastDefault = runScan(url, pages, defaults.settleMs, defaults.pageSettleMs);
        scanDefault << lastDefault.seconds;
    }
    out.setRealNumberNotation(QTextStream::FixedNotation);
    out.setRealNumberPrecision(2);
    const double b = median(bare), s = median(scanNoSettle), d = median(scanDefault);
    out << "bare CDP loop (navigate + load):          " << lastBare.pages << " pages in " << b
        << " s\n";
    out << "browser scan, before phase, no settling:  " << lastScan.pages << " pages in " << s
        << " s, " << lastScan.cookies << " cookies\n";
    out << "browser scan, default settling (" << defaults.pageSettleMs << " ms a page, "
        << defaults.settleMs << " ms first and last): " << lastDefault.pages << " pages in " << d
        << " s\n";
    out << "ratio scan/bare loop: " << s / b << " (target <= 1.5), with default settling: " << d / b
        << "\n";
    out.flush();
    site.quit();
    site.wait();
    return 0;
}
