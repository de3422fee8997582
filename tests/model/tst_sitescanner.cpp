// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "scan/htmllinkextractor.h"
#include "scan/sitescanner.h"
#include "support/loopbackhttpserver.h"
#include "support/testsupport.h"

#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTest>

using Response = LoopbackHttpServer::Response;

using TestSupport::strings;

// A site served by the test itself on 127.0.0.1, with a third party on 127.0.0.2
// (another site, as browsers see it), and every hostile answer a crawler meets.
class TestSiteScanner : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void extractsLinks_data();
    void extractsLinks();
    void crawlsSiteAndRecordsCookies();
    void hostileServersAreBoundedAndReported();
    void skipsPagesNestedTooDeep();
    void stopsAtPageLimit();
    void keepsToTheConcurrencyLimit_data();
    void keepsToTheConcurrencyLimit();
    void cancelStopsEverything();
    void stopsAtTotalTime();
    void unreachableStartUrl();
    void followsStartRedirectToAnotherDomain();
    void refusesOtherSchemes();
    void tlsFailureIsReported();
    void untrustedCertificateIsReported();

private:
    static bool runToEnd(SiteScanner &scanner, const QUrl &url, int timeoutMs = 20000);
    static const ObservedCookie *cookie(const ScanReport &report, const QString &name);
    static bool hasError(const ScanReport &report, const QString &urlPart, const QString &messagePart);
    void buildSite();

    LoopbackHttpServer m_site;
    LoopbackHttpServer m_thirdParty;
};

bool TestSiteScanner::runToEnd(SiteScanner &scanner, const QUrl &url, int timeoutMs)
{
    QSignalSpy finished(&scanner, &SiteScanner::finished);
    if (!scanner.start(url))
        return false;
    return finished.wait(timeoutMs) && finished.size() == 1;
}

const ObservedCookie *TestSiteScanner::cookie(const ScanReport &report, const QString &name)
{
    for (const ObservedCookie &observed : report.cookies) {
        if (observed.name == name)
            return &observed;
    }
    return nullptr;
}

bool TestSiteScanner::hasError(const ScanReport &report, const QString &urlPart, const QString &messagePart)
{
    for (const UrlError &error : report.errors) {
        if (error.url.contains(urlPart) && error.message.contains(messagePart, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

void TestSiteScanner::initTestCase()
{
    QVERIFY(m_site.listen(QHostAddress(QStringLiteral("127.0.0.1"))));
    QVERIFY(m_thirdParty.listen(QHostAddress(QStringLiteral("127.0.0.2"))));
    buildSite();
}

void TestSiteScanner::buildSite()
{
    const QByteArray third = m_thirdParty.origin();
    m_site.route("/", Response::html(
        "<!doctype html><html><head><title>Home</title>"
        "<link rel=stylesheet href=/style.css>"
        "<script src=\"" + third + "/tracker.js\"></script></head><body>"
        "<a href=/page1>one</a> <a href='/page2#section'>two</a> <a href=\"/page1\">again</a>"
        "<a href=\"mailto:dpo@example.org\">mail</a><a href=\"javascript:void(0)\">js</a>"
        "<a href=\"ftp://files.example.org/a\">ftp</a><a href=\"tel:+33100000000\">tel</a>"
        "<img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\">"
        "<img src=\"" + third + "/pixel.gif\">"
        "<iframe src=\"" + third + "/embed\"></iframe>"
        "<a href=\"" + third + "/elsewhere\">a link to another site</a>"
        "<!-- <a href=/commented-out>not a link</a> -->"
        "</body></html>",
        {{"Set-Cookie", "session=1; Path=/; HttpOnly"},
         {"Set-Cookie", "lang=fr; Max-Age=31536000; Path=/; SameSite=Lax"},
         {"Set-Cookie", "garbage-without-equals"}}));
    m_site.route("/style.css", Response::make(200, {{"Content-Type", "text/css"}, {"Set-Cookie", "css_seen=1"}}, "body{}"));
    m_site.route("/page1", Response::html(
        "<p><a href=/redirect-loop>loop</a><a href=/endless>endless</a><a href=/drip>drip</a>"
        "<a href=/garbage>garbage</a><a href=/not-http>ssh</a><a href=/error500>500</a>"
        "<a href=/huge>huge</a><a href=/deep/1>deep</a><a href=/to-ftp>ftp redirect</a><a href=/silent>silent</a>",
        {{"Set-Cookie", "__Host-id=1; Secure; Path=/"}, {"Set-Cookie", "__Secure-x=1; Path=/"}}));
    const QByteArray twoDays =
        QLocale::c().toString(QDateTime::currentDateTimeUtc().addDays(2), u"ddd, dd MMM yyyy hh:mm:ss 'GMT'").toLatin1();
    m_site.route("/page2", Response::html("<p>two</p>", {{"Set-Cookie", "prefs=a; Expires=" + twoDays + "; Path=/"},
                                                         {"Set-Cookie", "long=1; Max-Age=99999999"},
                                                         {"Set-Cookie", "gone=; Max-Age=0; Path=/"},
                                                         {"Set-Cookie", "foreign=1; Domain=example.com"},
                                                         {"Set-Cookie", "docs=1; Path=/docs; Secure; SameSite=Strict"}}));
    m_site.route("/redirect-loop", Response::redirect("/redirect-loop-2", {{"Set-Cookie", "redirected=1; Path=/"}}));
    m_site.route("/redirect-loop-2", Response::redirect("/redirect-loop"));
    m_site.route("/to-ftp", Response::redirect("ftp://files.example.org/"));
    Response endless;
    endless.behaviour = Response::Behaviour::EndlessBody;
    endless.headers = {{"Content-Type", "text/html"}};
    m_site.route("/endless", endless);
    Response drip;
    drip.behaviour = Response::Behaviour::Drip;
    drip.headers = {{"Content-Type", "text/html"}};
    m_site.route("/drip", drip);
    Response silent;
    silent.behaviour = Response::Behaviour::Silent;
    m_site.route("/silent", silent);
    Response garbage;
    garbage.behaviour = Response::Behaviour::Raw;
    garbage.raw = QByteArray("HTTP/1.1 200 OK\r\nContent-Length: twelve\r\nSet-Cookie\r\n\x01\x02\0\0\xff\xfe never ends", 70);
    m_site.route("/garbage", garbage);
    Response notHttp;
    notHttp.behaviour = Response::Behaviour::Raw;
    notHttp.raw = "SSH-2.0-OpenSSH_9.2p1 Debian-2\r\n";
    m_site.route("/not-http", notHttp);
    m_site.route("/error500", Response::make(500, {{"Content-Type", "text/html"}, {"Set-Cookie", "err=1"}}, "<a href=/never>x</a>"));
    QByteArray huge = "<html><body>";
    while (huge.size() < 3 * 1024 * 1024)
        huge += "<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit.</p>\n";
    m_site.route("/huge", Response::html(huge));
    m_site.setFallback([](const QByteArray &path) {
        if (path.startsWith("/deep/")) {
            const int n = path.mid(6).toInt();
            return Response::html("<a href=/deep/" + QByteArray::number(n + 1) + ">next</a>");
        }
        Response notFound;
        notFound.status = 404;
        return notFound;
    });

    m_thirdParty.route("/tracker.js", Response::make(200, {{"Content-Type", "text/javascript"},
                                             {"Set-Cookie", "_track=abc; Max-Age=63072000; SameSite=None; Secure; Path=/"}},
                                       "void 0;"));
    m_thirdParty.route("/pixel.gif", Response::make(200, {{"Content-Type", "image/gif"}, {"Set-Cookie", "uid=9; Domain=127.0.0.2; Path=/"}}, "GIF89a"));
    m_thirdParty.route("/embed", Response::html("<a href=/other>other</a>", {{"Set-Cookie", "embed_session=1; Path=/"}}));
    m_thirdParty.route("/other", Response::html("<p>must not be crawled</p>"));
    m_thirdParty.route("/elsewhere", Response::html("<p>a plain link: not requested</p>"));
}

void TestSiteScanner::extractsLinks_data()
{
    QTest::addColumn<QByteArray>("html");
    QTest::addColumn<QStringList>("pages");
    QTest::addColumn<QStringList>("frames");
    QTest::addColumn<QStringList>("subresources");
    QTest::addColumn<int>("skipped");

    QTest::newRow("anchors resolved, fragment dropped, duplicates once")
        << QByteArray("<a href=a.html>1</a><a href='/b#x'>2</a><a href=\"a.html#y\">3</a>")
        << strings({"https://s.example/dir/a.html", "https://s.example/b"}) << QStringList() << QStringList() << 0;
    QTest::newRow("base href")
        << QByteArray("<head><base href=\"https://cdn.example/root/\"></head><a href=x>x</a><img src=i.png>")
        << strings({"https://cdn.example/root/x"}) << QStringList() << strings({"https://cdn.example/root/i.png"}) << 0;
    QTest::newRow("subresources")
        << QByteArray("<script src=/s.js></script><link rel=\"preload stylesheet\" href=/c.css>"
                      "<link rel=canonical href=/canonical><img src=/a.png srcset=\"/a2.png 2x, /a3.png 3x\">"
                      "<picture><source srcset=/p.webp></picture><iframe src=/frame></iframe><embed src=/e.swf>")
        << QStringList() << strings({"https://s.example/frame"})
        << strings({"https://s.example/s.js", "https://s.example/c.css", "https://s.example/a.png",
                       "https://s.example/a2.png", "https://s.example/a3.png", "https://s.example/p.webp",
                       "https://s.example/e.swf"})
        << 0;
    QTest::newRow("other schemes counted, never listed")
        << QByteArray("<a href=mailto:x@y>m</a><a href='javascript:alert(1)'>j</a><a href=ftp://f/>f</a>"
                      "<img src='data:image/png;base64,AA=='><a href=tel:1>t</a><a href=//other.example/p>p</a>")
        << strings({"https://other.example/p"}) << QStringList() << QStringList() << 5;
    QTest::newRow("script text and comments are not markup")
        << QByteArray("<script>document.write('<a href=/fake>')</script><!-- <a href=/c> --><a href=/real>r</a>")
        << strings({"https://s.example/real"}) << QStringList() << QStringList() << 0;
    QTest::newRow("unclosed tags and unquoted attributes")
        << QByteArray("<div><p><a href=/one>one<p><a href=/two>two")
        << strings({"https://s.example/one", "https://s.example/two"}) << QStringList() << QStringList() << 0;
}

void TestSiteScanner::extractsLinks()
{
    QFETCH(QByteArray, html);
    QFETCH(QStringList, pages);
    QFETCH(QStringList, frames);
    QFETCH(QStringList, subresources);
    QFETCH(int, skipped);
    const HtmlLinks links = HtmlLinkExtractor::extract(html, QUrl(QStringLiteral("https://s.example/dir/index.html")));
    QStringList gotPages, gotFrames, gotResources;
    for (const QUrl &url : links.pages)
        gotPages << url.toString();
    for (const QUrl &url : links.frames)
        gotFrames << url.toString();
    for (const QUrl &url : links.subresources)
        gotResources << url.toString();
    QCOMPARE(gotPages, pages);
    QCOMPARE(gotFrames, frames);
    QCOMPARE(gotResources, subresources);
    QCOMPARE(links.skipped, skipped);
}

void TestSiteScanner::crawlsSiteAndRecordsCookies()
{
    SiteScanner scanner;
    ScanLimits limits;
    limits.maxDepth = 3;
    limits.requestTimeoutMs = 1500;
    limits.maxBytesPerResponse = 1024 * 1024;
    limits.concurrency = 4;
    scanner.setLimits(limits);
    QSignalSpy progress(&scanner, &SiteScanner::progress);
    QSignalSpy log(&scanner, &SiteScanner::logLine);
    QVERIFY(runToEnd(scanner, m_site.url()));
    QVERIFY(!scanner.isRunning());
    const ScanReport &report = scanner.report();

    QVERIFY(report.startFetched);
    QVERIFY(!report.cancelled);
    QVERIFY(progress.size() > 0);
    QVERIFY(log.size() > 0);
    QCOMPARE(progress.last().at(0).toInt(), progress.last().at(1).toInt()); // all queued pages done

    const ObservedCookie *session = cookie(report, QStringLiteral("session"));
    QVERIFY(session);
    QVERIFY(!session->lifetimeSeconds);
    QVERIFY(session->httpOnly);
    QCOMPARE(session->party, Party::First);
    QCOMPARE(session->domain, QStringLiteral("127.0.0.1"));
    QVERIFY(session->hostOnly);
    QCOMPARE(session->firstSeenUrl, m_site.url().toString());

    const ObservedCookie *lang = cookie(report, QStringLiteral("lang"));
    QVERIFY(lang);
    QCOMPARE(lang->lifetimeSeconds, std::optional<qint64>(31536000));
    QCOMPARE(lang->sameSite, SetCookie::SameSite::Lax);

    const ObservedCookie *prefs = cookie(report, QStringLiteral("prefs"));
    QVERIFY(prefs);
    QVERIFY(prefs->lifetimeSeconds && *prefs->lifetimeSeconds > 2 * 86400 - 120 && *prefs->lifetimeSeconds <= 2 * 86400);
    QCOMPARE(cookie(report, QStringLiteral("long"))->lifetimeSeconds, std::optional<qint64>(400 * 86400));
    QVERIFY(cookie(report, QStringLiteral("css_seen")));
    QVERIFY(!cookie(report, QStringLiteral("gone"))); // a deletion stores nothing
    QVERIFY(!cookie(report, QStringLiteral("foreign")));
    const ObservedCookie *docs = cookie(report, QStringLiteral("docs"));
    QVERIFY(docs);
    QCOMPARE(docs->path, QStringLiteral("/docs"));
    QVERIFY(docs->secure); // loopback is a secure origin
    QCOMPARE(docs->sameSite, SetCookie::SameSite::Strict);
    const ObservedCookie *host = cookie(report, QStringLiteral("__Host-id"));
    QVERIFY(host);
    QCOMPARE(host->prefix, SetCookie::Prefix::Host);
    QVERIFY(host->prefixValid);
    QVERIFY(cookie(report, QStringLiteral("redirected"))); // set by a redirect response
    QVERIFY(cookie(report, QStringLiteral("err")));        // set by a 500 response

    const ObservedCookie *track = cookie(report, QStringLiteral("_track"));
    QVERIFY(track);
    QCOMPARE(track->party, Party::Third);
    QCOMPARE(track->domain, QStringLiteral("127.0.0.2"));
    QCOMPARE(track->lifetimeSeconds, std::optional<qint64>(400 * 86400));
    QCOMPARE(track->sameSite, SetCookie::SameSite::None);
    QVERIFY(track->secure);
    QCOMPARE(track->firstSeenUrl, m_thirdParty.url(QStringLiteral("/tracker.js")).toString());
    QVERIFY(cookie(report, QStringLiteral("uid")));
    QCOMPARE(cookie(report, QStringLiteral("embed_session"))->party, Party::Third);

    // Refused headers are kept with their reason.
    bool sawMalformed = false, sawPrefix = false, sawForeign = false;
    for (const RefusedCookie &refused : report.refusedCookies) {
        sawForeign = sawForeign || (!refused.malformed && refused.problem.contains(QStringLiteral("Domain=example.com")));
        sawMalformed = sawMalformed || (refused.malformed && refused.raw == QLatin1StringView("garbage-without-equals"));
        sawPrefix = sawPrefix || (!refused.malformed && refused.raw.startsWith(QLatin1StringView("__Secure-x")));
    }
    QVERIFY(sawMalformed);
    QVERIFY(sawPrefix);
    QVERIFY(sawForeign);
    QVERIFY(!cookie(report, QStringLiteral("__Secure-x")));

    QCOMPARE(report.thirdPartyHosts, QStringList{QStringLiteral("127.0.0.2")});
    QCOMPARE(m_thirdParty.hits("/tracker.js"), 1);
    QCOMPARE(m_thirdParty.hits("/embed"), 1);
    QCOMPARE(m_thirdParty.hits("/other"), 0);     // third-party pages are not crawled
    QCOMPARE(m_thirdParty.hits("/elsewhere"), 0); // a link is not a request
    QCOMPARE(m_site.hits("/commented-out"), 0);
    QCOMPARE(m_site.hits("/page1"), 1);
    QCOMPARE(report.skippedLinks, 5);

    // Cookies go back to the site, as a browser sends them.
    QVERIFY2(m_site.lastCookieHeader("/page2").contains("session=1"), m_site.lastCookieHeader("/page2").constData());

    // Depth: /deep/1 is at depth 2, /deep/2 at 3, /deep/3 would be 4.
    QCOMPARE(m_site.hits("/deep/2"), 1);
    QCOMPARE(m_site.hits("/deep/3"), 0);
    QVERIFY(report.limitReached);
}

void TestSiteScanner::hostileServersAreBoundedAndReported()
{
    // Same crawl as above, looked at for what went wrong: each misbehaviour is one
    // error on its URL, and the pages after it were still crawled.
    SiteScanner scanner;
    ScanLimits limits;
    limits.maxDepth = 3;
    limits.requestTimeoutMs = 1500;
    limits.maxBytesPerResponse = 1024 * 1024;
    scanner.setLimits(limits);
    QVERIFY(runToEnd(scanner, m_site.url()));
    const ScanReport &report = scanner.report();
    QStringList errors;
    for (const UrlError &error : report.errors)
        errors << error.url + QStringLiteral(": ") + error.message;
    const QByteArray all = errors.join(u'\n').toUtf8();

    QVERIFY2(hasError(report, QStringLiteral("/redirect-loop"), QStringLiteral("redirect")), all.constData());
    QVERIFY2(hasError(report, QStringLiteral("/to-ftp"), QStringLiteral("ftp://")), all.constData());
    QVERIFY2(hasError(report, QStringLiteral("/endless"), QStringLiteral("larger than")), all.constData());
    QVERIFY2(hasError(report, QStringLiteral("/huge"), QStringLiteral("larger than")), all.constData());
    QVERIFY2(hasError(report, QStringLiteral("/drip"), QStringLiteral("second")), all.constData());
    QVERIFY2(hasError(report, QStringLiteral("/silent"), QStringLiteral("second")), all.constData());
    QVERIFY2(hasError(report, QStringLiteral("/error500"), QStringLiteral("500")), all.constData());
    QVERIFY2(hasError(report, QStringLiteral("/not-http"), QString()), all.constData());
    QVERIFY2(hasError(report, QStringLiteral("/garbage"), QString()), all.constData());
    QCOMPARE(m_site.hits("/never"), 0); // links of an error page are not followed
    // At most five redirects were followed for the loop.
    QVERIFY(m_site.hits("/redirect-loop") + m_site.hits("/redirect-loop-2") <= 2 * (1 + 5));
    QVERIFY(cookie(report, QStringLiteral("prefs"))); // the crawl went on
}

void TestSiteScanner::skipsPagesNestedTooDeep()
{
    // 100,000 nested tables crashed the scan inside gumbo (stack overflow) and 100,000
    // divs took 30 s: each is now one error on its URL, unread, and the scan goes on.
    LoopbackHttpServer site;
    QVERIFY(site.listen());
    const int n = 100000;
    site.route("/", Response::html("<a href=/tables>t</a><a href=/divs>d</a><a href=/after>a</a>"));
    site.route("/tables", Response::html(QByteArray("<table><tr><td>").repeated(n) +
                                         "<a href=/inside-tables>x</a>"));
    site.route("/divs",
               Response::html(QByteArray("<div>").repeated(n) + "<a href=/inside-divs>x</a>" +
                              QByteArray("</div>").repeated(n)));
    site.route("/after", Response::html("<a href=/last>last</a>"));
    site.route("/last", Response::html("<p>end</p>", {{"Set-Cookie", "last=1; Path=/"}}));
    SiteScanner scanner;
    ScanLimits limits;
    limits.maxDepth = 3;
    scanner.setLimits(limits);
    QVERIFY(runToEnd(scanner, site.url(), 240000));
    const ScanReport &report = scanner.report();
    QStringList errors;
    for (const UrlError &error : report.errors)
        errors << error.url + QStringLiteral(": ") + error.message;
    const QByteArray all = errors.join(u'\n').toUtf8();
    QVERIFY2(
        hasError(report, QStringLiteral("/tables"),
                 QStringLiteral(
                     "nested 400001 levels deep, more than the 2000 Charte reads; page skipped")),
        all.constData());
    QVERIFY2(
        hasError(report, QStringLiteral("/divs"),
                 QStringLiteral(
                     "nested 100001 levels deep, more than the 2000 Charte reads; page skipped")),
        all.constData());
    // 400,001 and 100,001: the link inside is one level more.
    QCOMPARE(site.hits("/inside-tables"), 0);
    QCOMPARE(site.hits("/inside-divs"), 0);
    QCOMPARE(site.hits("/last"), 1); // the scan went on
    QVERIFY(cookie(report, QStringLiteral("last")));
    QCOMPARE(report.pagesCrawled, 3); // /, /after, /last
}

void TestSiteScanner::stopsAtPageLimit()
{
    LoopbackHttpServer endless;
    QVERIFY(endless.listen());
    endless.setFallback([](const QByteArray &path) {
        const int n = path.mid(1).toInt();
        QByteArray body;
        for (int i = 1; i <= 3; ++i)
            body += "<a href=/" + QByteArray::number(n * 3 + i) + ">p</a>";
        return Response::html(body);
    });
    SiteScanner scanner;
    ScanLimits limits;
    limits.maxPages = 7;
    limits.maxDepth = 100;
    scanner.setLimits(limits);
    QVERIFY(runToEnd(scanner, endless.url(QStringLiteral("/0"))));
    QCOMPARE(scanner.report().pagesCrawled, 7);
    QCOMPARE(endless.totalHits(), 7);
    QVERIFY(scanner.report().limitReached);
}

void TestSiteScanner::keepsToTheConcurrencyLimit_data()
{
    QTest::addColumn<int>("concurrency");
    QTest::newRow("one at a time") << 1;
    QTest::newRow("three at a time") << 3;
}

void TestSiteScanner::keepsToTheConcurrencyLimit()
{
    QFETCH(int, concurrency);
    LoopbackHttpServer site;
    QVERIFY(site.listen());
    QByteArray page;
    for (int i = 0; i < 10; ++i)
        page += "<img src=/slow" + QByteArray::number(i) + ".png>";
    site.route("/", Response::html(page));
    site.setFallback([](const QByteArray &) {
        Response slow = Response::make(200, {{"Content-Type", "image/png"}}, "png");
        slow.behaviour = Response::Behaviour::Delayed;
        slow.delayMs = 60; // long enough for the scanner to start all it may
        return slow;
    });
    SiteScanner scanner;
    ScanLimits limits;
    limits.concurrency = concurrency;
    scanner.setLimits(limits);
    QVERIFY(runToEnd(scanner, site.url()));
    QCOMPARE(site.totalHits(), 11);
    // Never more than allowed, and the allowance is used.
    QCOMPARE(site.maxInFlight(), concurrency);
}

void TestSiteScanner::cancelStopsEverything()
{
    LoopbackHttpServer slow;
    QVERIFY(slow.listen());
    Response drip;
    drip.behaviour = Response::Behaviour::Drip;
    slow.setFallback([drip](const QByteArray &) { return drip; });
    SiteScanner scanner;
    QSignalSpy finished(&scanner, &SiteScanner::finished);
    QVERIFY(scanner.start(slow.url()));
    QVERIFY(scanner.isRunning());
    QTRY_VERIFY(slow.totalHits() == 1);
    scanner.cancel();
    QCOMPARE(finished.size(), 1);
    QVERIFY(!scanner.isRunning());
    QVERIFY(scanner.report().cancelled);
    QVERIFY(!scanner.start(QUrl(QStringLiteral("mailto:x@example.org"))));
}

void TestSiteScanner::stopsAtTotalTime()
{
    LoopbackHttpServer slow;
    QVERIFY(slow.listen());
    Response drip;
    drip.behaviour = Response::Behaviour::Drip;
    slow.route("/", drip);
    SiteScanner scanner;
    ScanLimits limits;
    limits.totalTimeMs = 1000;
    limits.requestTimeoutMs = 60000; // only the total time can end this crawl
    scanner.setLimits(limits);
    QVERIFY(runToEnd(scanner, slow.url(), 15000));
    QVERIFY(scanner.report().limitReached);
    QVERIFY(!scanner.report().cancelled);
    QVERIFY(!scanner.isRunning());
}

void TestSiteScanner::unreachableStartUrl()
{
    quint16 closedPort = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        closedPort = probe.serverPort();
    }
    SiteScanner scanner;
    QVERIFY(runToEnd(scanner, QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(closedPort))));
    QVERIFY(!scanner.report().startFetched);
    QCOMPARE(scanner.report().errors.size(), 1);
    QVERIFY(scanner.report().cookies.isEmpty());
}

void TestSiteScanner::followsStartRedirectToAnotherDomain()
{
    // http://old-name → https://new-name is common: the site is where the visitor
    // lands, so its pages are crawled and its cookies are first-party.
    LoopbackHttpServer oldName;
    QVERIFY(oldName.listen(QHostAddress(QStringLiteral("127.0.0.2"))));
    oldName.route("/", Response::redirect(m_site.url(QStringLiteral("/page2")).toEncoded()));
    SiteScanner scanner;
    QVERIFY(runToEnd(scanner, oldName.url()));
    const ScanReport &report = scanner.report();
    QVERIFY(report.startFetched);
    QCOMPARE(report.pagesCrawled, 1);
    QVERIFY(cookie(report, QStringLiteral("prefs")));
    QCOMPARE(cookie(report, QStringLiteral("prefs"))->party, Party::First);
    QVERIFY(report.thirdPartyHosts.isEmpty());
}

void TestSiteScanner::refusesOtherSchemes()
{
    SiteScanner scanner;
    QSignalSpy log(&scanner, &SiteScanner::logLine);
    QVERIFY(!scanner.start(QUrl(QStringLiteral("ftp://files.example.org/"))));
    QVERIFY(!scanner.isRunning());
    QCOMPARE(scanner.report().errors.size(), 1);
    QCOMPARE(log.size(), 1);
}

void TestSiteScanner::tlsFailureIsReported()
{
    // https:// to a server that speaks plain HTTP: the handshake fails and the
    // scanner reports it instead of falling back or ignoring it.
    QTcpServer plain;
    QVERIFY(plain.listen(QHostAddress::LocalHost));
    connect(&plain, &QTcpServer::newConnection, this, [&plain] {
        while (QTcpSocket *socket = plain.nextPendingConnection()) {
            socket->write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n");
            socket->disconnectFromHost();
        }
    });
    SiteScanner scanner;
    ScanLimits limits;
    limits.requestTimeoutMs = 5000;
    scanner.setLimits(limits);
    const QUrl url(QStringLiteral("https://127.0.0.1:%1/").arg(plain.serverPort()));
    QVERIFY(runToEnd(scanner, url));
    QVERIFY(!scanner.report().startFetched);
    QCOMPARE(scanner.report().errors.size(), 1);
    QVERIFY2(scanner.report().errors.first().message.contains(QStringLiteral("TLS")),
             qPrintable(scanner.report().errors.first().message));
    QVERIFY(scanner.report().cookies.isEmpty());
}

void TestSiteScanner::untrustedCertificateIsReported()
{
    // A real TLS server with a self-signed certificate: the scanner must refuse it,
    // name the reason, and not fetch the page (no cookie recorded).
    const QString tls = QStringLiteral(CHARTE_SOURCE_DIR "/tests/data/tls/");
    QFile certificateFile(tls + QStringLiteral("selfsigned.crt"));
    QFile keyFile(tls + QStringLiteral("selfsigned.key"));
    QVERIFY(certificateFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(QSslCertificate(&certificateFile, QSsl::Pem));
    configuration.setPrivateKey(QSslKey(&keyFile, QSsl::Rsa, QSsl::Pem));
    QVERIFY(!configuration.localCertificate().isNull() && !configuration.privateKey().isNull());
    QSslServer server;
    server.setSslConfiguration(configuration);
    QVERIFY(server.listen(QHostAddress::LocalHost));
    connect(&server, &QTcpServer::pendingConnectionAvailable, this, [&server] {
        while (QTcpSocket *socket = server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                socket->readAll();
                socket->write("HTTP/1.1 200 OK\r\nSet-Cookie: leaked=1\r\nContent-Length: 2\r\n\r\nok");
            });
        }
    });

    SiteScanner scanner;
    QSignalSpy log(&scanner, &SiteScanner::logLine);
    QVERIFY(runToEnd(scanner, QUrl(QStringLiteral("https://127.0.0.1:%1/").arg(server.serverPort()))));
    QVERIFY(!scanner.report().startFetched);
    QVERIFY(scanner.report().cookies.isEmpty());
    QCOMPARE(scanner.report().errors.size(), 1);
    QVERIFY2(scanner.report().errors.first().message.startsWith(QStringLiteral("TLS")),
             qPrintable(scanner.report().errors.first().message));
    bool namedReason = false;
    for (const QList<QVariant> &line : std::as_const(log))
        namedReason = namedReason || line.first().toString().contains(QStringLiteral("self signed"), Qt::CaseInsensitive) ||
                      line.first().toString().contains(QStringLiteral("self-signed"), Qt::CaseInsensitive);
    QVERIFY(namedReason);
}

QTEST_GUILESS_MAIN(TestSiteScanner)
#include "tst_sitescanner.moc"
