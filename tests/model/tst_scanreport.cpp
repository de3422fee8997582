// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "scan/scanreport.h"

#include <QTest>

// ObservedCookie::fromHeader is how both the crawler and the evidence importer
// store an accepted Set-Cookie header, so both report a cookie the same way.
class TestScanReport : public QObject
{
    Q_OBJECT

private slots:
    void observedCookieTakesEveryStoredAttribute();
    void hostOnlyCookieBelongsToTheHost();
    void lifetimeCountsFromReception();
};

namespace {

SetCookie domainCookie()
{
    SetCookie header;
    header.raw = QStringLiteral("__Secure-_ga=GA1; Domain=.example.fr; Path=/shop; Max-Age=3600");
    header.name = QStringLiteral("__Secure-_ga");
    header.value = QStringLiteral("GA1");
    header.domain = QStringLiteral("example.fr");
    header.host = QStringLiteral("www.example.fr");
    header.path = QStringLiteral("/shop");
    header.maxAge = 3600;
    header.secure = true;
    header.httpOnly = true;
    header.sameSite = SetCookie::SameSite::Lax;
    header.prefix = SetCookie::Prefix::Secure;
    header.prefixValid = false;
    return header;
}

} // namespace

void TestScanReport::observedCookieTakesEveryStoredAttribute()
{
    const QDateTime received = QDateTime::currentDateTimeUtc();
    const ObservedCookie cookie = ObservedCookie::fromHeader(domainCookie(), received);
    QCOMPARE(cookie.name, QStringLiteral("__Secure-_ga"));
    QCOMPARE(cookie.domain, QStringLiteral("example.fr"));
    QVERIFY(!cookie.hostOnly);
    QCOMPARE(cookie.path, QStringLiteral("/shop"));
    QCOMPARE(cookie.lifetimeSeconds, std::optional<qint64>(3600));
    QVERIFY(cookie.lifetimeKnown);
    QVERIFY(cookie.secure);
    QVERIFY(cookie.httpOnly);
    QCOMPARE(cookie.sameSite, SetCookie::SameSite::Lax);
    QCOMPARE(cookie.prefix, SetCookie::Prefix::Secure);
    QVERIFY(!cookie.prefixValid);
    QCOMPARE(cookie.setBy, ObservedCookie::SetBy::HttpHeader);
    // Who set it, where first and how often are the caller's to say.
    QCOMPARE(cookie.party, Party::First);
    QVERIFY(cookie.firstSeenUrl.isEmpty());
    QCOMPARE(cookie.timesSeen, 1);
}

void TestScanReport::hostOnlyCookieBelongsToTheHost()
{
    SetCookie header = domainCookie();
    header.domain.clear();
    const ObservedCookie cookie =
        ObservedCookie::fromHeader(header, QDateTime::currentDateTimeUtc());
    QCOMPARE(cookie.domain, QStringLiteral("www.example.fr"));
    QVERIFY(cookie.hostOnly);
}

void TestScanReport::lifetimeCountsFromReception()
{
    const QDateTime received(QDate(2026, 11, 29), QTime(6, 0, 0), Qt::UTC);
    SetCookie header = domainCookie();
    header.maxAge.reset();
    header.expires = received.addDays(30);
    QCOMPARE(ObservedCookie::fromHeader(header, received).lifetimeSeconds,
             std::optional<qint64>(30 * 24 * 3600));
    // Past the 400 days browsers allow, the lifetime is the cap.
    header.expires = received.addYears(2);
    QCOMPARE(ObservedCookie::fromHeader(header, received).lifetimeSeconds,
             std::optional<qint64>(SetCookieParser::MaximumLifetimeSeconds));
    header.expires.reset();
    QCOMPARE(ObservedCookie::fromHeader(header, received).lifetimeSeconds, std::nullopt);
}

QTEST_GUILESS_MAIN(TestScanReport)
#include "tst_scanreport.moc"
