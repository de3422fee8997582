// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "format/policyreader.h"
#include "format/policywriter.h"
#include "format/templates.h"
#include "support/testsupport.h"

#include <QBuffer>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

#include <sys/stat.h>

// The charte/1 file format: deterministic output, round trips, unknown members
// preserved, and one clear line for every kind of bad input.
class TestPolicyReader : public QObject
{
    Q_OBJECT

private slots:
    void templatesAreNormalised_data();
    void templatesAreNormalised();
    void outputIsDeterministic();
    void everyFieldRoundTrips();
    void unknownMembersArePreserved();
    void badInputIsReportedWithItsPlace_data();
    void badInputIsReportedWithItsPlace();
    void notUtf8IsSaidSo();
    void wideTextIsSaidToBeNotUtf8_data();
    void wideTextIsSaidToBeNotUtf8();
    void byteOrderMarkIsTolerated();
    void byteOrderMarkInAMemberNameIsKept();
    void largeListsReadLikeSmallOnes();
    void firstErrorOfALargeListIsReported_data();
    void firstErrorOfALargeListIsReported();
    void readFileAgreesWithRead();
    void readAllStopsAtTheLimit();
    void overlongTextIsRefusedBeforeParsing();
    void aPipeIsReadWithinTheLimit();
    void unreadableFileIsNamed();
    void saveIsAtomic();
};

void TestPolicyReader::templatesAreNormalised_data()
{
    QTest::addColumn<QString>("name");
    for (const QString &name : Templates::names())
        QTest::newRow(qPrintable(name)) << name;
}

void TestPolicyReader::templatesAreNormalised()
{
    // The embedded files are stored in normal form: load → save gives the same bytes.
    QFETCH(QString, name);
    const QString path = QStringLiteral(":/templates/%1.charte.json").arg(name);
    const QByteArray original = TestSupport::readAll(path);
    QVERIFY(!original.isEmpty());
    const Expected<Policy> policy = PolicyReader::read(original, path);
    QVERIFY2(policy.hasValue(), qPrintable(policy.error()));
    QCOMPARE(PolicyWriter::toJson(*policy), original);
}

void TestPolicyReader::outputIsDeterministic()
{
    const Policy policy = Templates::defaultPolicy();
    const QByteArray first = PolicyWriter::toJson(policy);
    QCOMPARE(PolicyWriter::toJson(policy), first);
    QVERIFY(first.startsWith("{\n  \"format\": \"charte/1\",\n  \"meta\": {\n    \"siteName\""));
    QVERIFY(first.endsWith("}\n"));
    QVERIFY(!first.contains('\t'));
}

void TestPolicyReader::everyFieldRoundTrips()
{
    Policy policy;
    policy.meta.siteName = QStringLiteral("Site « spécial »");
    policy.meta.siteUrl = QStringLiteral("https://example.org");
    policy.meta.publisherName = QStringLiteral("Publisher");
    policy.meta.publisherAddress = QStringLiteral("1 rue X\nParis");
    policy.meta.contactEmail = QStringLiteral("dpo@example.org");
    policy.meta.defaultLanguage = QStringLiteral("en");
    policy.meta.languages = {QStringLiteral("en"), QStringLiteral("de")};
    policy.meta.revision = 7;
    policy.meta.lastUpdated = QDate(2026, 2, 3);
    Category category;
    category.id = QStringLiteral("marketing");
    category.name.set(QStringLiteral("en"), QStringLiteral("Marketing"));
    category.name.set(QStringLiteral("de"), QStringLiteral("Werbung"));
    category.description.set(QStringLiteral("en"), QStringLiteral("Ads \"and\" more\\"));
    category.required = false;
    category.consentModeSignals = {QStringLiteral("ad_storage"), QStringLiteral("ad_user_data")};
    policy.categories = {category};
    Provider provider{QStringLiteral("g"), QStringLiteral("Google"), QStringLiteral("https://g"),
                      QStringLiteral("https://g/privacy"), QStringLiteral("IE"), {}};
    policy.providers = {provider};
    Cookie cookie;
    cookie.name = QStringLiteral("_ga_");
    cookie.match = NameMatch::Prefix;
    cookie.providerId = QStringLiteral("g");
    cookie.service.set(QStringLiteral("en"), QStringLiteral("Analytics"));
    cookie.purpose.set(QStringLiteral("en"), QStringLiteral("Counts\tvisits\u2028"));
    cookie.categoryId = QStringLiteral("marketing");
    cookie.lifetime = Lifetime::fromSeconds(400 * Lifetime::Day);
    cookie.domain = QStringLiteral(".example.org");
    cookie.path = QStringLiteral("/shop");
    cookie.secure = true;
    cookie.party = Party::Third;
    cookie.storage = StorageKind::LocalStorage;
    cookie.basis = LegalBasis::LegitimateInterest;
    cookie.unparsed.insert(QStringLiteral("category"), QStringLiteral("Pub"));
    Cookie session = cookie;
    session.name = QStringLiteral("sess");
    session.match = NameMatch::Regex;
    session.lifetime = Lifetime::session();
    Cookie unknownLifetime = cookie;
    unknownLifetime.name = QStringLiteral("x");
    unknownLifetime.lifetime.reset();
    policy.cookies = {cookie, session, unknownLifetime};
    CharterSection text;
    text.id = QStringLiteral("intro");
    text.title.set(QStringLiteral("en"), QStringLiteral("Intro"));
    text.body.set(QStringLiteral("en"), QStringLiteral("**Bold** <b>raw</b>"));
    CharterSection table;
    table.id = QStringLiteral("t");
    table.kind = CharterSection::Kind::CookieTable;
    table.categoryId = QStringLiteral("marketing");
    policy.charter = {text, table};
    policy.banner.layout = BannerSettings::Layout::Modal;
    policy.banner.position = BannerSettings::Position::Center;
    policy.banner.background = QColor(0x12, 0x34, 0x56);
    policy.banner.consentCookieName = QStringLiteral("consent");
    policy.banner.consentLifetimeDays = 90;
    policy.banner.honourGlobalPrivacyControl = false;
    policy.banner.googleConsentMode = true;
    policy.banner.consentLogUrl = QStringLiteral("https://proof.example/log");
    policy.banner.title.set(QStringLiteral("de"), QStringLiteral("Cookies"));

    const QByteArray json = PolicyWriter::toJson(policy);
    const Expected<Policy> reread = PolicyReader::read(json, QStringLiteral("mem"));
    QVERIFY2(reread.hasValue(), qPrintable(reread.error()));
    QCOMPARE(reread->cookies, policy.cookies);
    QCOMPARE(reread->categories, policy.categories);
    QCOMPARE(reread->providers, policy.providers);
    QCOMPARE(reread->charter, policy.charter);
    QCOMPARE(reread->banner, policy.banner);
    QCOMPARE(reread->meta, policy.meta);
    QVERIFY(*reread == policy);
    QCOMPARE(PolicyWriter::toJson(*reread), json);
}

void TestPolicyReader::unknownMembersArePreserved()
{
    QJsonObject root = QJsonDocument::fromJson(PolicyWriter::toJson(Templates::defaultPolicy())).object();
    root.insert(QStringLiteral("zFuture"), QJsonObject{{QStringLiteral("a"), 1}});
    QJsonObject meta = root.value(QStringLiteral("meta")).toObject();
    meta.insert(QStringLiteral("owner"), QStringLiteral("legal team"));
    root.insert(QStringLiteral("meta"), meta);
    QJsonArray cookies = root.value(QStringLiteral("cookies")).toArray();
    QJsonObject first = cookies.at(0).toObject();
    first.insert(QStringLiteral("tcfPurposes"), QJsonArray{1, 3});
    cookies.replace(0, first);
    root.insert(QStringLiteral("cookies"), cookies);
    QJsonObject banner = root.value(QStringLiteral("banner")).toObject();
    banner.insert(QStringLiteral("animation"), false);
    root.insert(QStringLiteral("banner"), banner);

    const Expected<Policy> policy =
        PolicyReader::read(QJsonDocument(root).toJson(), QStringLiteral("future.charte.json"));
    QVERIFY2(policy.hasValue(), qPrintable(policy.error()));
    const QJsonObject saved = QJsonDocument::fromJson(PolicyWriter::toJson(*policy)).object();
    QCOMPARE(saved.value(QStringLiteral("zFuture")).toObject().value(QStringLiteral("a")).toInt(), 1);
    QCOMPARE(saved.value(QStringLiteral("meta")).toObject().value(QStringLiteral("owner")).toString(),
             QStringLiteral("legal team"));
    QCOMPARE(saved.value(QStringLiteral("cookies")).toArray().at(0).toObject().value(QStringLiteral("tcfPurposes")),
             QJsonValue(QJsonArray{1, 3}));
    QCOMPARE(saved.value(QStringLiteral("banner")).toObject().value(QStringLiteral("animation")), QJsonValue(false));
    // And the saved form is stable from then on.
    const Expected<Policy> again = PolicyReader::read(PolicyWriter::toJson(*policy), QStringLiteral("x"));
    QCOMPARE(PolicyWriter::toJson(*again), PolicyWriter::toJson(*policy));
}

void TestPolicyReader::badInputIsReportedWithItsPlace_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("expected");

    const QByteArray good = PolicyWriter::toJson(Templates::defaultPolicy());
    QTest::newRow("malformed JSON has line and column")
        << QByteArray("{\n  \"format\": \"charte/1\",\n  \"meta\": {,}\n}\n")
        << "in.charte.json:3:13: malformed JSON";
    QTest::newRow("truncated file") << good.left(200) << "in.charte.json:";
    QTest::newRow("empty file") << QByteArray("\n") << "in.charte.json: the file is empty";
    QTest::newRow("not an object") << QByteArray("[1,2]") << "in.charte.json: expected a JSON object";
    QTest::newRow("missing format") << QByteArray("{\"meta\":{\"defaultLanguage\":\"fr\"}}")
                                    << "in.charte.json: format: missing";
    QTest::newRow("newer format version")
        << QByteArray(good).replace("charte/1", "charte/2")
        << "in.charte.json: format: \"charte/2\" is a newer format than this version of Charte reads";
    QTest::newRow("foreign format") << QByteArray(good).replace("\"charte/1\"", "\"cookiebot\"")
                                    << "in.charte.json: format: \"cookiebot\" is not a Charte document";
    QTest::newRow("missing meta") << QByteArray("{\"format\":\"charte/1\"}")
                                  << "in.charte.json: meta: missing";
    QByteArray badLifetime = good;
    badLifetime.replace("\"lifetime\": 31536000", "\"lifetime\": \"1 an\"");
    QTest::newRow("lifetime as free text")
        << badLifetime << "in.charte.json: cookies[2].lifetime: expected \"session\" or a duration";
    QByteArray badParty = good;
    badParty.replace("\"party\": \"first\"", "\"party\": \"own\"");
    QTest::newRow("unknown keyword") << badParty
                                     << "in.charte.json: cookies[0].party: expected one of \"first\", \"third\"";
    QByteArray badName = good;
    badName.replace("\"name\": \"sessionid\"", "\"name\": 42");
    QTest::newRow("wrong type") << badName << "in.charte.json: cookies[0].name: expected a string";
    QByteArray badText = good;
    badText.replace("\"purpose\": {", "\"purpose\": [");
    QTest::newRow("wrong container") << badText << "in.charte.json:";
    QByteArray badColor = good;
    badColor.replace("\"backgroundColor\": \"#ffffff\"", "\"backgroundColor\": \"white-ish\"");
    QTest::newRow("bad colour") << badColor << "in.charte.json: banner.backgroundColor: expected a colour";
    QByteArray badDate = good;
    badDate.replace("\"lastUpdated\": \"2026-11-29\"", "\"lastUpdated\": \"29/11/2026\"");
    QTest::newRow("bad date") << badDate << "in.charte.json: meta.lastUpdated: expected a date";
    QByteArray badRevision = good;
    badRevision.replace("\"revision\": 1", "\"revision\": 0");
    QTest::newRow("revision below 1") << badRevision << "in.charte.json: meta.revision: expected a whole number";
    QByteArray noDefault = good;
    noDefault.replace("\"languages\": [\n      \"fr\",", "\"languages\": [");
    QTest::newRow("default language not listed")
        << noDefault << "in.charte.json: meta.languages: must include the default language";
    QByteArray cookiesNotList = good;
    cookiesNotList.replace("\"cookies\": [", "\"cookies\": {\"a\": [");
    cookiesNotList.replace("  ],\n  \"charter\"", "  ]},\n  \"charter\"");
    QTest::newRow("cookies not a list") << cookiesNotList << "in.charte.json: cookies: expected a list";
    QTest::newRow("only whitespace") << QByteArray(" \n\t\r\n") << "in.charte.json: the file is empty";
    QTest::newRow("trailing garbage") << good + QByteArray("}") << "in.charte.json:";
    QTest::newRow("nested too deep")
        << QByteArray("{\"format\":\"charte/1\",\"x\":") + QByteArray(5000, '[') + QByteArray(5000, ']') +
               QByteArray("}")
        << "in.charte.json:";
    QByteArray loneSurrogate = good;
    loneSurrogate.replace("\"name\": \"sessionid\"", "\"name\": \"\\ud800\"");
    QTest::newRow("lone surrogate escape")
        << loneSurrogate << "in.charte.json:45:16: malformed JSON: a \\u escape holds half of a surrogate pair";
    QTest::newRow("lone surrogate after an escaped backslash and a good pair")
        << QByteArray(R"({
  "format": "charte/1",
 "x": "ok \\ud800 \ud83d\ude00 \ud800"
})") << "in.charte.json:3:32: malformed JSON: a \\u escape";
    QTest::newRow("lone low surrogate") << QByteArray(R"({"format": "charte/1", "x": "\udc00"})")
                                        << "in.charte.json:1:30: malformed JSON: a \\u escape";
    QByteArray nullBoolean = good;
    nullBoolean.replace("\"secure\": true", "\"secure\": null");
    QTest::newRow("null for a boolean") << nullBoolean << "in.charte.json: cookies[0].secure: expected true or false";
    QByteArray fractionalLifetime = good;
    fractionalLifetime.replace("\"lifetime\": 31536000", "\"lifetime\": 1.5");
    QTest::newRow("fractional lifetime")
        << fractionalLifetime << "in.charte.json: cookies[2].lifetime: expected \"session\" or a duration";
    QByteArray textNotString = good;
    textNotString.replace("\"purpose\": {\n        \"en\": ", "\"purpose\": {\n        \"en\": 12, \"x\": ");
    QTest::newRow("text not a string")
        << textNotString << "in.charte.json: cookies[0].purpose: the text for language \"en\" is not a string";
    QByteArray missingCookieName = good;
    missingCookieName.replace("\"name\": \"sessionid\",", "");
    QTest::newRow("missing cookie name")
        << missingCookieName << "in.charte.json: cookies[0].name: missing, expected a string";
    QByteArray languagesNotList = good;
    languagesNotList.replace("\"languages\": [", "\"languages\": {\"a\": [");
    languagesNotList.replace("    ],\n    \"revision\"", "    ]},\n    \"revision\"");
    QTest::newRow("languages not a list")
        << languagesNotList << "in.charte.json: meta.languages: expected a list of strings";
    QTest::newRow("NUL byte inside a string has line and column")
        << QByteArray("{\n  \"format\": \"charte/1\",\n  \"meta\": {\"siteName\": \"a\0b\"}}\n", 57)
        << "in.charte.json:3:26: malformed JSON: a control character (U+0000) inside a string; "
           "write it as \\u0000";
    QTest::newRow("control character inside a string")
        << QByteArray(good).replace("charte/1", "char\tte/1")
        << "in.charte.json:2:18: malformed JSON: a control character (U+0009)";
    QTest::newRow("file of NUL bytes")
        << QByteArray(4096, '\0')
        << "in.charte.json: this is not a text file (it contains NUL bytes)";
    QTest::newRow("NUL bytes after a JSON start")
        << QByteArray("{\"format\"").append(QByteArray(100, '\0'))
        << "in.charte.json: this is not a text file (it contains NUL bytes)";
    QByteArray metaNotObject = good;
    metaNotObject.replace("\"meta\": {", "\"meta\": 1, \"m\": {");
    QTest::newRow("meta not an object") << metaNotObject << "in.charte.json: meta: expected an object";
    // A member given twice was read as one and saved as one: the other was lost.
    QByteArray repeatedKnown = good;
    repeatedKnown.replace("\"name\": \"sessionid\"", "\"name\": \"sessionid\", \"name\": \"x\"");
    QTest::newRow("known member given twice")
        << repeatedKnown << "in.charte.json:45:28: cookies[0]: the member \"name\" appears twice in this object";
    QTest::newRow("unknown member given twice")
        << QByteArray(good).replace("\"meta\": {", "\"meta\": {\n    \"owner\": 1,\n    \"owner\": 2,")
        << "in.charte.json:5:5: meta: the member \"owner\" appears twice in this object";
    QTest::newRow("member given twice inside an unknown member")
        << QByteArray(good).replace("\"meta\": {", "\"zz\": [{\"a\": 1}, {\"a\": 1, \"b\": 2, \"a\": 3}],\n  \"meta\": {")
        << "in.charte.json:3:37: zz[1]: the member \"a\" appears twice in this object";
    QTest::newRow("language given twice")
        << QByteArray(good).replace("\"purpose\": {\n        \"en\": ", "\"purpose\": {\n        \"fr\": \"a\", \"en\": ")
        << "in.charte.json:";
    QTest::newRow("a name spelt with an escape is the same name")
        << QByteArray(good).replace("\"cookies\": [", "\"\\u0063ookies\": [],\n  \"cookies\": [")
        << "in.charte.json:";
}

void TestPolicyReader::badInputIsReportedWithItsPlace()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, expected);
    const Expected<Policy> policy = PolicyReader::read(input, QStringLiteral("in.charte.json"));
    QVERIFY(!policy.hasValue());
    QVERIFY2(policy.error().startsWith(expected), qPrintable(policy.error()));
    QVERIFY2(!policy.error().contains(QLatin1Char('\n')), "errors are one line");
}

void TestPolicyReader::notUtf8IsSaidSo()
{
    QByteArray latin1 = PolicyWriter::toJson(Templates::defaultPolicy());
    latin1.replace("rénovation", "r\xE9novation"); // as an editor saving Latin-1 would
    const Expected<Policy> policy = PolicyReader::read(latin1, QStringLiteral("latin1.charte.json"));
    QVERIFY(!policy.hasValue());
    QVERIFY2(policy.error().startsWith(QLatin1StringView("latin1.charte.json:")), qPrintable(policy.error()));
    QVERIFY2(policy.error().contains(QLatin1StringView("not valid UTF-8")), qPrintable(policy.error()));
}

// Standard input has no size to check beforehand: the limit applies while reading,
// so a larger input is refused after reading one byte more than the limit, not
// all of it (1.2 GB used to be read before the refusal).
void TestPolicyReader::readAllStopsAtTheLimit()
{
    constexpr qint64 limit = qint64(1) << 20;
    QByteArray big(10 * limit, 'x');
    QBuffer over(&big);
    QVERIFY(over.open(QIODevice::ReadOnly));
    const Expected<QByteArray> refused =
        PolicyReader::readAll(over, QStringLiteral("<stdin>"), limit);
    QVERIFY(!refused.hasValue());
    QCOMPARE(refused.error(), QStringLiteral("<stdin>: more than 1 MiB, the most Charte reads"));
    QCOMPARE(over.pos(), limit + 1);

    QByteArray exact(limit, 'y');
    QBuffer within(&exact);
    QVERIFY(within.open(QIODevice::ReadOnly));
    const Expected<QByteArray> read =
        PolicyReader::readAll(within, QStringLiteral("<stdin>"), limit);
    QVERIFY2(read.hasValue(), qPrintable(read.error()));
    QCOMPARE(*read, exact);

    // The default is the file limit, one constant for files and standard input.
    const QByteArray document = PolicyWriter::toJson(Templates::defaultPolicy());
    QBuffer small;
    small.setData(document);
    QVERIFY(small.open(QIODevice::ReadOnly));
    const Expected<QByteArray> whole = PolicyReader::readAll(small, QStringLiteral("<stdin>"));
    QVERIFY(whole.hasValue());
    QVERIFY(PolicyReader::read(*whole, QStringLiteral("<stdin>")).hasValue());
}

void TestPolicyReader::overlongTextIsRefusedBeforeParsing()
{
    // An unknown member holding one huge string took six times its size in memory;
    // it is refused at its place before the parser sees it.
    const QByteArray good = PolicyWriter::toJson(Templates::defaultPolicy());
    const qsizetype end = good.lastIndexOf('}');
    QByteArray document = good.left(end).trimmed() + ",\n  \"zzNotes\": \"";
    document += QByteArray(PolicyReader::MaximumTextSize + 1, 'x') + "\"\n}\n";
    const int line = int(good.left(end).trimmed().count('\n')) + 2;
    const Expected<Policy> refused = PolicyReader::read(document, QStringLiteral("site.charte.json"));
    QVERIFY(!refused.hasValue());
    QCOMPARE(refused.error(), QStringLiteral("site.charte.json:%1:14: a text of more than 64 MiB; "
                                             "Charte reads texts up to 64 MiB").arg(line));

    // At the limit, with escaped quotes and backslashes inside, it is read and kept.
    QByteArray atLimit = good.left(end).trimmed() + ",\n  \"zzNotes\": \"\\\\\\\"";
    atLimit += QByteArray(PolicyReader::MaximumTextSize - 4, 'y') + "\"\n}\n";
    const Expected<Policy> kept = PolicyReader::read(atLimit, QStringLiteral("site.charte.json"));
    QVERIFY2(kept.hasValue(), qPrintable(kept.error()));
    QCOMPARE(kept->extra.value(QStringLiteral("zzNotes")).toString().size(),
             PolicyReader::MaximumTextSize - 2);
}

void TestPolicyReader::aPipeIsReadWithinTheLimit()
{
    // A named pipe has no size to check first: it used to be read whole, unbounded.
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("document.fifo"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const QByteArray document = PolicyWriter::toJson(Templates::defaultPolicy());
    std::thread writer([&] {
        QFile out(fifo);
        if (out.open(QIODevice::WriteOnly))
            out.write(document);
    });
    const Expected<Policy> read = PolicyReader::readFile(fifo);
    writer.join();
    QVERIFY2(read.hasValue(), qPrintable(read.error()));
    QCOMPARE(PolicyWriter::toJson(*read), document);
}

void TestPolicyReader::wideTextIsSaidToBeNotUtf8_data()
{
    QTest::addColumn<QByteArray>("input");
    const QString json = QString::fromUtf8(PolicyWriter::toJson(Templates::defaultPolicy()));
    const QByteArray utf16le(reinterpret_cast<const char *>(json.utf16()), json.size() * 2);
    QTest::newRow("UTF-16 LE with BOM") << QByteArray("\xFF\xFE") + utf16le;
    QTest::newRow("UTF-16 LE without BOM") << utf16le;
    const QList<uint> ucs4 = json.toUcs4();
    QTest::newRow("UTF-32 LE")
        << QByteArray(reinterpret_cast<const char *>(ucs4.constData()), ucs4.size() * 4);
}

void TestPolicyReader::wideTextIsSaidToBeNotUtf8()
{
    QFETCH(QByteArray, input);
    const Expected<Policy> policy = PolicyReader::read(input, QStringLiteral("wide.charte.json"));
    QVERIFY(!policy.hasValue());
    QCOMPARE(policy.error(), QStringLiteral("wide.charte.json: the file is not valid UTF-8; save it as UTF-8 and try again"));
}

void TestPolicyReader::byteOrderMarkIsTolerated()
{
    const QByteArray json = PolicyWriter::toJson(Templates::defaultPolicy());
    const Expected<Policy> policy = PolicyReader::read("\xEF\xBB\xBF" + json, QStringLiteral("bom.charte.json"));
    QVERIFY2(policy.hasValue(), qPrintable(policy.error()));
    QVERIFY(*policy == Templates::defaultPolicy());
}

namespace {
// A document long enough for the reader to split its cookie list between two cores,
// with every field varying from cookie to cookie.
Policy largePolicy(int count)
{
    Policy policy = Templates::defaultPolicy();
    const QList<Cookie> samples = policy.cookies;
    policy.cookies.clear();
    policy.cookies.reserve(count);
    for (int i = 0; i < count; ++i) {
        Cookie cookie = samples.at(i % samples.size());
        cookie.name = QStringLiteral("cookie_%1").arg(i);
        cookie.purpose.set(QStringLiteral("en"), QStringLiteral("Purpose number %1 \u00e9\u4e2d").arg(i));
        cookie.domain = QStringLiteral("d%1.example.org").arg(i % 37);
        cookie.lifetime = i % 5 == 0 ? Lifetime::session() : Lifetime::fromSeconds(60 + i);
        cookie.secure = i % 2 == 0;
        cookie.party = i % 3 == 0 ? Party::Third : Party::First;
        if (i % 1000 == 7)
            cookie.extra.insert(QStringLiteral("future"), QJsonArray{i, QStringLiteral("x"), true});
        policy.cookies.append(cookie);
    }
    return policy;
}
} // namespace

void TestPolicyReader::byteOrderMarkInAMemberNameIsKept()
{
    // "\uFEFFcookies" was read as "cookies" with the mark dropped, written back as a
    // second "cookies" member, and on the next load the cookies were gone.
    const QByteArray good = PolicyWriter::toJson(Templates::defaultPolicy());
    const Expected<Policy> original = PolicyReader::read(good, QStringLiteral("x"));
    QVERIFY2(original.hasValue(), qPrintable(original.error()));
    QVERIFY(!original->cookies.isEmpty());
    const QString mark(1, QChar(0xFEFF));
    const QList<std::pair<QByteArray, QString>> names = {
        {QByteArray("\\uFEFFcookies"), mark + QStringLiteral("cookies")},
        {QByteArray("\xEF\xBB\xBF\xEF\xBB\xBF" "cookies"), mark + mark + QStringLiteral("cookies")},
    };
    for (const auto &[name, kept] : names) {
        const QByteArray input = QByteArray(good).replace("\"cookies\": [", QByteArray("\"" + name + "\": [],\n  \"cookies\": ["));
        const Expected<Policy> policy = PolicyReader::read(input, QStringLiteral("bom.charte.json"));
        QVERIFY2(policy.hasValue(), qPrintable(policy.error()));
        QCOMPARE(policy->cookies, original->cookies);
        QCOMPARE(policy->extra.value(kept), QJsonValue(QJsonArray()));
        // Saved, read and saved again: the same bytes, the cookies still there.
        const QByteArray saved = PolicyWriter::toJson(*policy);
        const Expected<Policy> again = PolicyReader::read(saved, QStringLiteral("bom.charte.json"));
        QVERIFY2(again.hasValue(), qPrintable(again.error()));
        QCOMPARE(again->cookies, original->cookies);
        QCOMPARE(PolicyWriter::toJson(*again), saved);
    }
}

void TestPolicyReader::largeListsReadLikeSmallOnes()
{
    const Policy policy = largePolicy(30000);
    const QByteArray json = PolicyWriter::toJson(policy);
    const Expected<Policy> reread = PolicyReader::read(json, QStringLiteral("large.charte.json"));
    QVERIFY2(reread.hasValue(), qPrintable(reread.error()));
    QCOMPARE(reread->cookies.size(), policy.cookies.size());
    QCOMPARE(reread->cookies.first(), policy.cookies.first());
    QCOMPARE(reread->cookies.at(15000), policy.cookies.at(15000)); // first of the second half
    QCOMPARE(reread->cookies.last(), policy.cookies.last());
    QVERIFY(*reread == policy);
    QCOMPARE(PolicyWriter::toJson(*reread), json);
}

void TestPolicyReader::firstErrorOfALargeListIsReported_data()
{
    QTest::addColumn<QList<int>>("broken");
    QTest::addColumn<QString>("expected");
    QTest::newRow("in the first half") << QList<int>{12} << "cookies[12].party";
    QTest::newRow("in the second half") << QList<int>{29999} << "cookies[29999].party";
    QTest::newRow("in both halves, the first wins") << QList<int>{20000, 14999} << "cookies[14999].party";
}

void TestPolicyReader::firstErrorOfALargeListIsReported()
{
    QFETCH(QList<int>, broken);
    QFETCH(QString, expected);
    QJsonObject root = QJsonDocument::fromJson(PolicyWriter::toJson(largePolicy(30000))).object();
    QJsonArray cookies = root.value(QStringLiteral("cookies")).toArray();
    for (const int index : broken) {
        QJsonObject cookie = cookies.at(index).toObject();
        cookie.insert(QStringLiteral("party"), QStringLiteral("own"));
        cookies.replace(index, cookie);
    }
    root.insert(QStringLiteral("cookies"), cookies);
    const Expected<Policy> policy = PolicyReader::read(QJsonDocument(root).toJson(), QStringLiteral("l.json"));
    QVERIFY(!policy.hasValue());
    QCOMPARE(policy.error(), QStringLiteral("l.json: %1: expected one of \"first\", \"third\"").arg(expected));
}

void TestPolicyReader::readFileAgreesWithRead()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.charte.json"));
    const Policy policy = largePolicy(200);
    QVERIFY(PolicyWriter::writeFile(policy, path));
    const Expected<Policy> fromFile = PolicyReader::readFile(path);
    QVERIFY2(fromFile.hasValue(), qPrintable(fromFile.error()));
    QVERIFY(*fromFile == policy);
    // A broken file is named with its line and column, as bytes in memory are.
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("{\n  \"format\": \"charte/1\",\n  \"meta\": {,}\n}\n");
    file.close();
    const Expected<Policy> broken = PolicyReader::readFile(path);
    QVERIFY(!broken.hasValue());
    QVERIFY2(broken.error().startsWith(path + QStringLiteral(":3:13: malformed JSON")), qPrintable(broken.error()));
}

void TestPolicyReader::unreadableFileIsNamed()
{
    const Expected<Policy> policy = PolicyReader::readFile(QStringLiteral("/nonexistent/x.charte.json"));
    QVERIFY(!policy.hasValue());
    QVERIFY(policy.error().startsWith(QLatin1StringView("/nonexistent/x.charte.json: ")));
}

void TestPolicyReader::saveIsAtomic()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.charte.json"));
    QVERIFY(PolicyWriter::writeFile(Templates::defaultPolicy(), path));
    const QByteArray before = TestSupport::readAll(path);
    // Saving into a folder that does not exist fails and leaves nothing behind.
    const Status failed = PolicyWriter::writeFile(Templates::defaultPolicy(),
                                                  dir.filePath(QStringLiteral("missing/b.charte.json")));
    QVERIFY(!failed);
    QVERIFY(failed.error.contains(QLatin1StringView("missing/b.charte.json")));
    QCOMPARE(TestSupport::readAll(path), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::NoDotAndDotDot),
             QStringList{QStringLiteral("a.charte.json")});
}

QTEST_GUILESS_MAIN(TestPolicyReader)
#include "tst_policyreader.moc"
