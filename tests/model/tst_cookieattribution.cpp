// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
// CookieAttribution decides, without a browser, who wrote a cookie found in the store
// and how long it lives.

#include "scan/cookieattribution.h"

#include <QJsonObject>
#include <QTest>

class TestCookieAttribution : public QObject
{
    Q_OBJECT

private slots:
    void headerCookie();
    void scriptCookie();
    void firstWriterDecides();
    void unseenWriter();
    void initScript();
};

namespace {

const QDateTime now = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);

QJsonObject stored(const QString &name, const QString &domain, double expires,
                   const QString &value = "v")
{
    return {{"name", name},       {"value", value},  {"domain", domain},  {"path", "/"},
            {"expires", expires}, {"secure", false}, {"httpOnly", false}, {"session", expires < 0}};
}

} // namespace

void TestCookieAttribution::headerCookie()
{
    CookieAttribution attribution;
    attribution.recordHeaders("a=1; Max-Age=3600\nb=2; Domain=example.org; HttpOnly",
                              QUrl("https://www.example.org/"), now);
    QCOMPARE(attribution.headerWrites(), 2);
    QJsonObject json =
        stored("a", "www.example.org", double(now.toSecsSinceEpoch() + 3600), "secret");
    json.insert("sameSite", "Lax");
    json.insert("partitionKey", QJsonObject{{"topLevelSite", "https://example.org"}});
    const ObservedCookie a =
        attribution.observe(json, "https://www.example.org/", "www.example.org", now.addSecs(5));
    QCOMPARE(a.setBy, ObservedCookie::SetBy::HttpHeader);
    QCOMPARE(a.lifetimeSeconds.value_or(-1), 3600); // counted from the write, not from the read
    QCOMPARE(a.valueLength, 6);
    QVERIFY(a.hostOnly);
    QVERIFY(a.partitioned);
    QCOMPARE(a.sameSite, SetCookie::SameSite::Lax);
    QCOMPARE(a.party, Party::First);
    QVERIFY(a.scriptUrl.isEmpty());

    const ObservedCookie b = attribution.observe(
        stored("b", ".example.org", -1), "https://www.example.org/", "www.example.org", now);
    QCOMPARE(b.setBy, ObservedCookie::SetBy::HttpHeader);
    QCOMPARE(b.domain, "example.org");
    QVERIFY(!b.hostOnly);
    QVERIFY(!b.lifetimeSeconds.has_value());
}

void TestCookieAttribution::scriptCookie()
{
    CookieAttribution attribution;
    attribution.recordScriptWrite(
        R"({"name":"_ga","script":"https://www.googletagmanager.com/gtag/js","frame":"https://www.example.org/"})",
        now);
    // A write from another site's frame does not explain this site's cookie.
    attribution.recordScriptWrite(
        R"({"name":"_ga","script":"https://ads.example.net/x.js","frame":"https://ads.example.net/f"})",
        now);
    const ObservedCookie ga =
        attribution.observe(stored("_ga", ".example.org", double(now.toSecsSinceEpoch() + 100)),
                            "https://www.example.org/", "www.example.org", now);
    QCOMPARE(ga.setBy, ObservedCookie::SetBy::JavaScript);
    QCOMPARE(ga.scriptUrl, "https://www.googletagmanager.com/gtag/js");
    QCOMPARE(ga.timesSeen, 1);
    const ObservedCookie third = attribution.observe(
        stored("_ga", "ads.example.net", -1), "https://www.example.org/", "www.example.org", now);
    QCOMPARE(third.party, Party::Third);
    QCOMPARE(third.scriptUrl, "https://ads.example.net/x.js");
    // Not a cookie write.
    attribution.recordScriptWrite(R"({"kind":"open","url":"/popup"})", now);
    QCOMPARE(attribution.scriptWrites(), 2);
}

void TestCookieAttribution::firstWriterDecides()
{
    CookieAttribution attribution;
    attribution.recordHeaders("id=1; Max-Age=60", QUrl("https://example.org/"), now);
    attribution.recordScriptWrite(
        R"({"name":"id","script":"https://example.org/app.js","frame":"https://example.org/"})",
        now.addSecs(10));
    const ObservedCookie id =
        attribution.observe(stored("id", "example.org", double(now.toSecsSinceEpoch() + 10 + 600)),
                            "https://example.org/", "example.org", now.addSecs(11));
    QCOMPARE(id.setBy, ObservedCookie::SetBy::HttpHeader);
    QCOMPARE(id.timesSeen, 2);
    QCOMPARE(id.lifetimeSeconds.value_or(-1), 600); // the latest write set the expiry
}

void TestCookieAttribution::unseenWriter()
{
    // In the store, but neither a header nor a watched script wrote it.
    const ObservedCookie c = CookieAttribution().observe(
        stored("x", "example.org", -1), "https://example.org/", "example.org", now);
    QCOMPARE(c.setBy, ObservedCookie::SetBy::JavaScript);
    QVERIFY(c.scriptUrl.isEmpty());
}

void TestCookieAttribution::initScript()
{
    const QString script = CookieAttribution::initScript();
    QVERIFY(script.contains(CookieAttribution::bindingName()));
    QVERIFY(script.contains("Document.prototype, 'cookie'"));
    QVERIFY(!script.contains("%1"));
}

QTEST_GUILESS_MAIN(TestCookieAttribution)
#include "tst_cookieattribution.moc"
