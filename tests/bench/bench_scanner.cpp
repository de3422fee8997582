// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
// Pages per second of the site scanner on a 1,000-page loopback site served by
// this program (in its own thread), beside `wget --recursive --level=inf` on the
// same site in the same run. Not a test: it measures and prints, it never fails
// on time. Usage: bench_scanner [PAGES] [ROUNDS]

#include "scan/sitescanner.h"
#include "support/loopbackhttpserver.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QSemaphore>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <algorithm>

namespace {

using Response = LoopbackHttpServer::Response;

// The site: "/" and /p/1 … /p/(pages-1), a tree of ten links per page, each
// page about 2 KB of text and a cookie, so both crawlers parse real pages.
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
            QByteArray body = "<!doctype html><html><head><title>Page " + QByteArray::number(n) +
                              "</title><link rel=stylesheet href=/style.css></head><body><h1>Page " +
                              QByteArray::number(n) + "</h1>";
            for (int k = 1; k <= 10; ++k) {
                const int child = n * 10 + k;
                if (child < pages)
                    body += "<a href=/p/" + QByteArray::number(child) + ">page " + QByteArray::number(child) + "</a>\n";
            }
            for (int i = 0; i < 25; ++i)
                body += "<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod.</p>\n";
            body += "</body></html>";
            return Response::html(body, {{"Set-Cookie", "visit=" + QByteArray::number(n) + "; Path=/; Max-Age=3600"}});
        });
        server.route("/style.css", Response::make(200, {{"Content-Type", "text/css"}}, "body{font:1em serif}"));
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
};

Result runScanner(const QUrl &url, int pages, int concurrency)
{
    SiteScanner scanner;
    ScanLimits limits;
    limits.maxPages = pages + 10;
    limits.maxDepth = 100;
    limits.concurrency = concurrency;
    scanner.setLimits(limits);
    QEventLoop loop;
    QObject::connect(&scanner, &SiteScanner::finished, &loop, &QEventLoop::quit);
    QElapsedTimer timer;
    timer.start();
    scanner.start(url);
    loop.exec();
    return {double(timer.nsecsElapsed()) / 1e9, scanner.report().pagesCrawled};
}

Result runWget(const QString &wget, const QUrl &url)
{
    QTemporaryDir dir;
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    process.start(wget, {QStringLiteral("--recursive"), QStringLiteral("--level=inf"), QStringLiteral("-q"),
                         QStringLiteral("-P"), dir.path(), url.toString()});
    process.waitForFinished(-1); // the site lives in its own thread: blocking here is fine
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    int pages = 0;
    QDirIterator files(dir.path(), {QStringLiteral("index.html"), QStringLiteral("[0-9]*")}, QDir::Files,
                       QDirIterator::Subdirectories);
    while (files.hasNext()) {
        files.next();
        ++pages;
    }
    return {seconds, pages};
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
    const int pages = arguments.value(1, QStringLiteral("1000")).toInt();
    const int rounds = std::max(1, arguments.value(2, QStringLiteral("3")).toInt());
    QTextStream out(stdout);

    SiteThread site(pages);
    site.start();
    site.waitUntilListening();
    const QUrl url(QStringLiteral("http://127.0.0.1:%1/").arg(site.port()));
    const QString wget = QStandardPaths::findExecutable(QStringLiteral("wget"));

    out << "Site: " << pages << " pages on " << url.toString() << ", " << rounds << " round(s), median shown\n";
    QList<double> scanner1, scanner4, wgetTimes;
    int scannerPages = 0, wgetPages = 0;
    for (int round = 0; round < rounds; ++round) {
        const Result one = runScanner(url, pages, 1);
        const Result four = runScanner(url, pages, 4);
        scanner1 << one.seconds;
        scanner4 << four.seconds;
        scannerPages = four.pages;
        if (!wget.isEmpty()) {
            const Result w = runWget(wget, url);
            wgetTimes << w.seconds;
            wgetPages = w.pages;
        }
    }
    out.setRealNumberNotation(QTextStream::FixedNotation);
    out.setRealNumberPrecision(1);
    const double s1 = median(scanner1), s4 = median(scanner4);
    out << "charte scanner, concurrency 1: " << scannerPages << " pages in " << s1 << " s = " << scannerPages / s1 << " pages/s\n";
    out << "charte scanner, concurrency 4: " << scannerPages << " pages in " << s4 << " s = " << scannerPages / s4 << " pages/s\n";
    if (wget.isEmpty()) {
        out << "wget not found: no baseline (apt-get install -y wget)\n";
    } else {
        const double w = median(wgetTimes);
        out << "wget --recursive --level=inf: " << wgetPages << " pages in " << w << " s = " << wgetPages / w << " pages/s\n";
        out.setRealNumberPrecision(2);
        out << "ratio scanner(c=1)/wget: " << (scannerPages / s1) / (wgetPages / w)
            << ", scanner(c=4)/wget: " << (scannerPages / s4) / (wgetPages / w) << "\n";
    }
    out.flush();
    site.quit();
    site.wait();
    return 0;
}
