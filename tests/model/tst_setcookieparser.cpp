// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "scan/setcookieparser.h"

#include <QTest>

// Headers as real sites send them (names kept, values shortened), and the ways they
// go wrong. `now` is fixed so Expires arithmetic is exact.
class TestSetCookieParser : public QObject
{
    Q_OBJECT

private slots:
    void parsesRealHeaders_data();
    void parsesRealHeaders();
    void parsesCookieDates_data();
    void parsesCookieDates();
    void recordsMalformedHeaders_data();
    void recordsMalformedHeaders();
    void checksPrefixes_data();
    void checksPrefixes();
    void splitsSeveralHeaders();
    void lastAttributeWins();
    void domainMatching_data();
    void domainMatching();
};

namespace {
const QDateTime now(QDate(2026, 11, 29), QTime(6, 0, 0), Qt::UTC);
constexpr qint64 day = 24 * 3600;
constexpr qint64 session = -1; // marker in the table: no lifetime
} // namespace

void TestSetCookieParser::parsesRealHeaders_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("domain"); // effective domain
    QTest::addColumn<bool>("hostOnly");
    QTest::addColumn<QString>("path");
    QTest::addColumn<qint64>("lifetime"); // seconds, or session
    QTest::addColumn<bool>("secure");
    QTest::addColumn<bool>("httpOnly");
    QTest::addColumn<QString>("sameSite");
    QTest::addColumn<bool>("rejected");

    QTest::newRow("PHP session")
        << "https://www.valbourg.example/index.php" << QByteArray("PHPSESSID=9a1b2c3d; path=/; HttpOnly")
        << "PHPSESSID" << "9a1b2c3d" << "www.valbourg.example" << true << "/" << session << false << true
        << "" << false;
    QTest::newRow("Matomo _pk_id with Expires")
        << "https://www.valbourg.example/"
        << QByteArray("_pk_id.1.1fff=3c0e7a1b.1764396000.; expires=Sat, 27 Dec 2027 06:00:00 GMT; path=/; SameSite=Lax")
        << "_pk_id.1.1fff" << "3c0e7a1b.1764396000." << "www.valbourg.example" << true << "/" << 393 * day
        << false << false << "Lax" << false;
    QTest::newRow("YouTube YSC")
        << "https://www.youtube.com/embed/x"
        << QByteArray("YSC=Hx2k9; Domain=.youtube.com; Path=/; Secure; HttpOnly; SameSite=none")
        << "YSC" << "Hx2k9" << "youtube.com" << false << "/" << session << true << true << "None" << false;
    QTest::newRow("YouTube VISITOR_INFO1_LIVE: Max-Age wins over Expires")
        << "https://www.youtube.com/embed/x"
        << QByteArray("VISITOR_INFO1_LIVE=abc; Domain=.youtube.com; Expires=Fri, 28 May 2027 06:00:00 GMT; "
                      "Path=/; Secure; HttpOnly; SameSite=none; Max-Age=15552000")
        << "VISITOR_INFO1_LIVE" << "abc" << "youtube.com" << false << "/" << qint64(15552000) << true << true
        << "None" << false;
    QTest::newRow("Google _ga two years capped at 400 days")
        << "https://www.valbourg.example/" << QByteArray("_ga=GA1.1.123.456; Max-Age=63072000; Domain=valbourg.example; Path=/")
        << "_ga" << "GA1.1.123.456" << "valbourg.example" << false << "/" << 400 * day << false << false << ""
        << false;
    QTest::newRow("Expires far in the future capped at 400 days")
        << "https://shop.example/" << QByteArray("cart=1; Expires=Thu, 31 Dec 2099 23:59:59 GMT")
        << "cart" << "1" << "shop.example" << true << "/" << 400 * day << false << false << "" << false;
    QTest::newRow("deletion with Max-Age=0")
        << "https://shop.example/" << QByteArray("cart=; Max-Age=0; Path=/")
        << "cart" << "" << "shop.example" << true << "/" << qint64(0) << false << false << "" << false;
    QTest::newRow("deletion with past Expires (1970)")
        << "https://shop.example/" << QByteArray("old=x; expires=Thu, 01-Jan-1970 00:00:01 GMT; path=/")
        << "old" << "x" << "shop.example" << true << "/" << now.secsTo(QDateTime(QDate(1970, 1, 1), QTime(0, 0, 1), Qt::UTC))
        << false << false << "" << false;
    QTest::newRow("default path from request")
        << "https://www.example.org/docs/page.html" << QByteArray("lang=fr")
        << "lang" << "fr" << "www.example.org" << true << "/docs" << session << false << false << "" << false;
    QTest::newRow("relative Path attribute means default path")
        << "https://www.example.org/a/b/c" << QByteArray("x=1; Path=relative")
        << "x" << "1" << "www.example.org" << true << "/a/b" << session << false << false << "" << false;
    QTest::newRow("spaces around name, value and attributes")
        << "https://www.example.org/" << QByteArray("  sid =  42  ;  secure ;httponly ; SAMESITE = Strict ")
        << "sid" << "42" << "www.example.org" << true << "/" << session << true << true << "Strict" << false;
    QTest::newRow("Cloudflare __cf_bm")
        << "https://www.example.org/"
        << QByteArray("__cf_bm=Zk9.x-1764396000-1.0.1.1-AbC; path=/; expires=Sun, 29-Nov-26 06:30:00 GMT; "
                      "domain=.example.org; HttpOnly; Secure; SameSite=None")
        << "__cf_bm" << "Zk9.x-1764396000-1.0.1.1-AbC" << "example.org" << false << "/" << qint64(1800) << true
        << true << "None" << false;
    QTest::newRow("unknown SameSite value is unspecified")
        << "https://www.example.org/" << QByteArray("a=b; SameSite=Sometimes")
        << "a" << "b" << "www.example.org" << true << "/" << session << false << false << "" << false;
    QTest::newRow("invalid Max-Age ignored, Expires used")
        << "https://www.example.org/" << QByteArray("a=b; Max-Age=3600s; Expires=Mon, 30 Nov 2026 06:00:00 GMT")
        << "a" << "b" << "www.example.org" << true << "/" << day << false << false << "" << false;
    QTest::newRow("unparsable Expires ignored: session")
        << "https://www.example.org/" << QByteArray("a=b; Expires=never")
        << "a" << "b" << "www.example.org" << true << "/" << session << false << false << "" << false;
    QTest::newRow("value with = and quotes kept")
        << "https://www.example.org/" << QByteArray("pref=\"a=1&b=2\"; Path=/")
        << "pref" << "\"a=1&b=2\"" << "www.example.org" << true << "/" << session << false << false << "" << false;
    QTest::newRow("Domain not covering the host is rejected")
        << "https://www.example.org/" << QByteArray("t=1; Domain=tracker.example")
        << "t" << "1" << "tracker.example" << false << "/" << session << false << false << "" << true;
    QTest::newRow("Secure from plain http is rejected")
        << "http://www.example.org/" << QByteArray("s=1; Secure")
        << "s" << "1" << "www.example.org" << true << "/" << session << true << false << "" << true;
    QTest::newRow("Secure from loopback http is accepted")
        << "http://127.0.0.1:8080/" << QByteArray("s=1; Secure")
        << "s" << "1" << "127.0.0.1" << true << "/" << session << true << false << "" << false;
    QTest::newRow("SameSite=None without Secure is rejected")
        << "https://www.example.org/" << QByteArray("n=1; SameSite=None")
        << "n" << "1" << "www.example.org" << true << "/" << session << false << false << "None" << true;
    QTest::newRow("negative Max-Age deletes even with future Expires")
        << "https://www.example.org/" << QByteArray("a=b; Expires=Mon, 30 Nov 2026 06:00:00 GMT; Max-Age=-5")
        << "a" << "b" << "www.example.org" << true << "/" << qint64(-5) << false << false << "" << false;
}

void TestSetCookieParser::parsesRealHeaders()
{
    QFETCH(QString, url);
    QFETCH(QByteArray, header);
    QFETCH(QString, name);
    QFETCH(QString, value);
    QFETCH(QString, domain);
    QFETCH(bool, hostOnly);
    QFETCH(QString, path);
    QFETCH(qint64, lifetime);
    QFETCH(bool, secure);
    QFETCH(bool, httpOnly);
    QFETCH(QString, sameSite);
    QFETCH(bool, rejected);

    const SetCookie cookie = SetCookieParser::parse(header, QUrl(url));
    QVERIFY2(!cookie.malformed, qPrintable(cookie.problem));
    QCOMPARE(cookie.raw, QString::fromLatin1(header));
    QCOMPARE(cookie.name, name);
    QCOMPARE(cookie.value, value);
    QCOMPARE(cookie.effectiveDomain(), domain);
    QCOMPARE(cookie.domain.isEmpty(), hostOnly);
    QCOMPARE(cookie.path, path);
    const std::optional<qint64> seconds = cookie.lifetimeSeconds(now);
    QCOMPARE(seconds.has_value(), lifetime != session);
    if (seconds)
        QCOMPARE(*seconds, lifetime);
    QCOMPARE(cookie.isDeletion(now), lifetime != session && lifetime <= 0);
    QCOMPARE(cookie.secure, secure);
    QCOMPARE(cookie.httpOnly, httpOnly);
    QCOMPARE(SetCookieParser::toString(cookie.sameSite), sameSite);
    QCOMPARE(cookie.rejected, rejected);
    QCOMPARE(cookie.problem.isEmpty(), !rejected);
}

void TestSetCookieParser::parsesCookieDates_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QDateTime>("expected"); // invalid = refused

    const QDateTime d(QDate(2027, 12, 27), QTime(6, 7, 8), Qt::UTC);
    QTest::newRow("IMF-fixdate") << QByteArray("Mon, 27 Dec 2027 06:07:08 GMT") << d;
    QTest::newRow("RFC 850 dashes") << QByteArray("Monday, 27-Dec-27 06:07:08 GMT") << d;
    QTest::newRow("asctime") << QByteArray("Mon Dec 27 06:07:08 2027") << d;
    QTest::newRow("dashes four-digit year") << QByteArray("Mon, 27-Dec-2027 06:07:08 GMT") << d;
    QTest::newRow("no weekday, long month") << QByteArray("27 December 2027 06:07:08") << d;
    QTest::newRow("two-digit year 70 is 1970")
        << QByteArray("Thu, 01 Jan 70 00:00:00 GMT") << QDateTime(QDate(1970, 1, 1), QTime(0, 0), Qt::UTC);
    QTest::newRow("single-digit time fields")
        << QByteArray("1 Jan 2030 1:2:3") << QDateTime(QDate(2030, 1, 1), QTime(1, 2, 3), Qt::UTC);
    QTest::newRow("no time") << QByteArray("Mon, 27 Dec 2027") << QDateTime();
    QTest::newRow("31 February") << QByteArray("31 Feb 2027 00:00:00") << QDateTime();
    QTest::newRow("hour 24") << QByteArray("27 Dec 2027 24:00:00") << QDateTime();
    QTest::newRow("year 1600") << QByteArray("27 Dec 1600 00:00:00") << QDateTime();
    QTest::newRow("words") << QByteArray("tomorrow") << QDateTime();
    QTest::newRow("empty") << QByteArray() << QDateTime();
}

void TestSetCookieParser::parsesCookieDates()
{
    QFETCH(QByteArray, text);
    QFETCH(QDateTime, expected);
    const std::optional<QDateTime> date = SetCookieParser::parseDate(text);
    QCOMPARE(date.has_value(), expected.isValid());
    if (date)
        QCOMPARE(*date, expected);
}

void TestSetCookieParser::recordsMalformedHeaders_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QString>("problem");

    QTest::newRow("no equals sign") << QByteArray("justavalue; Path=/") << "no '='";
    QTest::newRow("empty name") << QByteArray("=value; Path=/") << "empty cookie name";
    QTest::newRow("nothing") << QByteArray("=") << "empty cookie name and value";
    QTest::newRow("control character") << QByteArray("a=b\x01; Path=/", 12) << "control character";
    QTest::newRow("too long") << (QByteArray("big=") + QByteArray(5000, 'x')) << "4096";
}

void TestSetCookieParser::recordsMalformedHeaders()
{
    QFETCH(QByteArray, header);
    QFETCH(QString, problem);
    const SetCookie cookie = SetCookieParser::parse(header, QUrl(QStringLiteral("https://www.example.org/")));
    QVERIFY(cookie.malformed);
    QVERIFY2(cookie.problem.contains(problem), qPrintable(cookie.problem));
    QCOMPARE(cookie.raw, QString::fromLatin1(header));
}

void TestSetCookieParser::checksPrefixes_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<bool>("valid");

    const QString https = QStringLiteral("https://www.example.org/account/login");
    QTest::newRow("__Secure- with Secure") << https << QByteArray("__Secure-ID=1; Secure; Path=/") << "__Secure-" << true;
    QTest::newRow("__Secure- without Secure") << https << QByteArray("__Secure-ID=1; Path=/") << "__Secure-" << false;
    QTest::newRow("__Secure- from http") << "http://www.example.org/" << QByteArray("__Secure-ID=1; Secure") << "__Secure-" << false;
    QTest::newRow("__Host- complete") << https << QByteArray("__Host-SID=1; Secure; Path=/") << "__Host-" << true;
    QTest::newRow("__Host- with Domain") << https << QByteArray("__Host-SID=1; Secure; Path=/; Domain=example.org") << "__Host-" << false;
    QTest::newRow("__Host- default path not /") << https << QByteArray("__Host-SID=1; Secure") << "__Host-" << false;
    QTest::newRow("__Host- without Secure") << https << QByteArray("__Host-SID=1; Path=/") << "__Host-" << false;
    QTest::newRow("__host- case-insensitive") << https << QByteArray("__host-sid=1; Path=/") << "__Host-" << false;
    QTest::newRow("no prefix") << https << QByteArray("Secure-ish=1") << "" << true;
}

void TestSetCookieParser::checksPrefixes()
{
    QFETCH(QString, url);
    QFETCH(QByteArray, header);
    QFETCH(QString, prefix);
    QFETCH(bool, valid);
    const SetCookie cookie = SetCookieParser::parse(header, QUrl(url));
    QCOMPARE(SetCookieParser::toString(cookie.prefix), prefix);
    QCOMPARE(cookie.prefixValid, valid);
    QCOMPARE(cookie.rejected, !valid);
}

void TestSetCookieParser::splitsSeveralHeaders()
{
    // Two separate fields, the second one carrying two lines as QNetworkReply joins them.
    const QList<SetCookie> cookies = SetCookieParser::parseAll(
        {QByteArray("a=1; Path=/"), QByteArray("b=2; Max-Age=60\nbroken\r\nc=3; Secure")},
        QUrl(QStringLiteral("https://www.example.org/")));
    QCOMPARE(cookies.size(), 4);
    QCOMPARE(cookies.at(0).name, QStringLiteral("a"));
    QCOMPARE(cookies.at(1).name, QStringLiteral("b"));
    QCOMPARE(cookies.at(1).maxAge, std::optional<qint64>(60));
    QVERIFY(cookies.at(2).malformed);
    QCOMPARE(cookies.at(2).raw, QStringLiteral("broken"));
    QCOMPARE(cookies.at(3).name, QStringLiteral("c"));
    QVERIFY(cookies.at(3).secure);
}

void TestSetCookieParser::lastAttributeWins()
{
    const SetCookie cookie = SetCookieParser::parse(
        QByteArray("a=1; Max-Age=10; Path=/x; Max-Age=20; Path=/y; SameSite=Strict; SameSite=Lax"),
        QUrl(QStringLiteral("https://www.example.org/")));
    QCOMPARE(cookie.maxAge, std::optional<qint64>(20));
    QCOMPARE(cookie.path, QStringLiteral("/y"));
    QCOMPARE(cookie.sameSite, SetCookie::SameSite::Lax);
}

void TestSetCookieParser::domainMatching_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("domain");
    QTest::addColumn<bool>("matches");
    QTest::newRow("same") << "youtube.com" << "youtube.com" << true;
    QTest::newRow("subdomain") << "www.youtube.com" << "youtube.com" << true;
    QTest::newRow("case") << "WWW.YouTube.com" << "youtube.com" << true;
    QTest::newRow("suffix without dot") << "notyoutube.com" << "youtube.com" << false;
    QTest::newRow("parent of domain") << "youtube.com" << "www.youtube.com" << false;
    QTest::newRow("ip exact") << "127.0.0.1" << "127.0.0.1" << true;
    QTest::newRow("ip suffix") << "10.0.0.1" << "0.0.1" << false;
}

void TestSetCookieParser::domainMatching()
{
    QFETCH(QString, host);
    QFETCH(QString, domain);
    QFETCH(bool, matches);
    QCOMPARE(SetCookieParser::domainMatches(host, domain), matches);
}

QTEST_GUILESS_MAIN(TestSetCookieParser)
#include "tst_setcookieparser.moc"
