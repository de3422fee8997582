// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "format/policyreader.h"
#include "scan/pagefetcher.h"
#include "support/charteprocess.h"
#include "support/loopbackhttpserver.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QByteArray charterPage =
    "<!DOCTYPE html><html lang=\"fr\"><head><meta "
    "charset=\"utf-8\"><title>Cookies</title></head><body>"
    "<h2>Cookies nécessaires</h2><table><tr><th>Cookie</th><th>Finalité</th></tr>"
    "<tr><td>sessionid</td><td>Connexion</td></tr></table></body></html>";

// The test site: one behaviour per path. Connections that should hang are kept open
// until it is destroyed.
class TestServer : public LoopbackHttpServer
{
public:
    TestServer()
    {
        route("/page", Response::html(charterPage));
        route("/redirect", Response::redirect("/page"));
        Response toFile = Response::redirect("file:///etc/passwd");
        toFile.status = 301;
        route("/to-file", toFile);
        Response slow; // never answers: the idle timeout must end the fetch
        slow.behaviour = Response::Behaviour::Silent;
        route("/slow", slow);
        route("/big",
              Response::make(200, {{"Content-Type", "text/html"}}, QByteArray(1 << 20, 'x')));
        Response unannounced; // no Content-Length: the size is only known while reading
        unannounced.behaviour = Response::Behaviour::Raw;
        unannounced.raw =
            "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nConnection: close\r\n\r\n" +
            QByteArray(1 << 20, 'y');
        route("/big-unannounced", unannounced);
        setFallback([this](const QByteArray &path) {
            // Each hop goes somewhere new, so only the hop count can stop it.
            if (path.startsWith("/loop"))
                return Response::redirect("/loop" + QByteArray::number(totalHits()));
            Response missing =
                Response::make(404, {{"Content-Type", "text/plain"}}, "no such page");
            missing.reason = "Not Found";
            return missing;
        });
        listen();
    }
};

} // namespace

class TestPageFetcher : public QObject
{
    Q_OBJECT

private slots:
    void fetches_data();
    void fetches();
    void cancels();
    void refusesOtherSchemes();
    void commandLineImportsAUrl();
};

void TestPageFetcher::fetches_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("redirects");

    QTest::newRow("normal page") << "/page" << true << "" << 0;
    QTest::newRow("one redirect") << "/redirect" << true << "" << 1;
    QTest::newRow("slow response past the timeout")
        << "/slow" << false << "the server sent nothing" << 0;
    QTest::newRow("oversized body, announced")
        << "/big" << false << "the page is larger than 256 KiB" << 0;
    QTest::newRow("oversized body, streamed")
        << "/big-unannounced" << false << "the page is larger than 256 KiB" << 0;
    QTest::newRow("redirect loop") << "/loop" << false << "more than 5 redirects" << 5;
    QTest::newRow("redirect to file:")
        << "/to-file" << false << "redirected to file:///etc/passwd" << 0;
    QTest::newRow("404") << "/missing" << false << "the server answered 404 Not Found" << 0;
}

void TestPageFetcher::fetches()
{
    QFETCH(QString, path);
    QFETCH(bool, ok);
    QFETCH(QString, message);
    QFETCH(int, redirects);

    TestServer server;
    PageFetcher fetcher;
    fetcher.setMaximumSize(256 * 1024);
    fetcher.setIdleTimeout(500);
    fetcher.setDeadline(10000);
    QSignalSpy finished(&fetcher, &PageFetcher::finished);
    QSignalSpy redirected(&fetcher, &PageFetcher::redirected);
    QSignalSpy progress(&fetcher, &PageFetcher::progress);
    fetcher.fetch(server.url(path));
    QVERIFY(fetcher.isRunning());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
    QVERIFY2(finished.first().first().toBool() == ok, qPrintable(fetcher.errorString()));
    QVERIFY(!fetcher.isRunning());
    QCOMPARE(redirected.size(), redirects);
    if (ok) {
        QCOMPARE(fetcher.page().body, charterPage);
        QCOMPARE(fetcher.page().url, server.url(QStringLiteral("/page")));
        QVERIFY(fetcher.page().contentType.startsWith(QStringLiteral("text/html")));
        QVERIFY(!progress.isEmpty());
    } else {
        const QString error = fetcher.errorString();
        QVERIFY2(error.startsWith(server.url(path).toString() + QStringLiteral(": ") + message),
                 qPrintable(error));
        QVERIFY(fetcher.page().body.isEmpty());
    }
    // Nothing arrives after the end.
    QTest::qWait(50);
    QCOMPARE(finished.size(), 1);
}

void TestPageFetcher::cancels()
{
    TestServer server;
    PageFetcher fetcher;
    fetcher.setIdleTimeout(20000);
    QSignalSpy finished(&fetcher, &PageFetcher::finished);
    fetcher.fetch(server.url(QStringLiteral("/slow")));
    QTRY_COMPARE(server.totalHits(), 1);
    fetcher.cancel();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY(fetcher.errorString().endsWith(QStringLiteral("cancelled")));
    QVERIFY(!fetcher.isRunning());
}

void TestPageFetcher::refusesOtherSchemes()
{
    PageFetcher fetcher;
    QSignalSpy finished(&fetcher, &PageFetcher::finished);
    fetcher.fetch(QUrl(QStringLiteral("ftp://example.org/cookies.html")));
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY(!finished.first().first().toBool());
    QVERIFY(fetcher.errorString().contains(QStringLiteral("only http and https")));
}

void TestPageFetcher::commandLineImportsAUrl()
{
    TestServer server;
    QTemporaryDir dir;
    const QString output = dir.filePath(QStringLiteral("site.charte.json"));
    // The server lives in this process: runCharte keeps its event loop turning.
    TestSupport::CharteOptions options;
    options.timeoutMs = 20000;
    const TestSupport::CharteRun run = TestSupport::runCharte(
        {QStringLiteral("import"), server.url(QStringLiteral("/redirect")).toString(),
         QStringLiteral("-o"), output},
        options);
    QCOMPARE(run.exitCode, 0);
    const Expected<Policy> policy = PolicyReader::readFile(output);
    QVERIFY2(policy.hasValue(), qPrintable(policy.error()));
    QCOMPARE(policy->cookies.size(), 1);
    QCOMPARE(policy->cookies.first().categoryId, QStringLiteral("necessary"));
    QCOMPARE(policy->meta.siteUrl, server.url(QString()).toString());

    const QString none = dir.filePath(QStringLiteral("none.json"));
    const TestSupport::CharteRun missing = TestSupport::runCharte(
        {QStringLiteral("import"), server.url(QStringLiteral("/missing")).toString(),
         QStringLiteral("-o"), none},
        options);
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(missing.err().contains(QStringLiteral("404")));
    QVERIFY(!QFile::exists(none));
}

QTEST_GUILESS_MAIN(TestPageFetcher)
#include "tst_pagefetcher.moc"
