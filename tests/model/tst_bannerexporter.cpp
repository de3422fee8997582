// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "export/bannerexporter.h"
#include "export/exportformats.h"
#include "format/templates.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class TestBannerExporter : public QObject
{
    Q_OBJECT

private slots:
    void embedsTheConfiguration();
    void escapesHostileText_data();
    void escapesHostileText();
    void linksOnlyWebPolicies();
    void nothingToAskIsSaid();
    void replacesAnInvalidConsentCookieName();
    void consentLogAddress_data();
    void consentLogAddress();
    void writesTheColours();
    void demoPageWiresTheBanner();
    void registeredAsAFolderFormat();
    void consentModeSignals_data();
    void consentModeSignals();

private:
    static Policy typical() { return *Templates::load(QStringLiteral("typical")); }
    // The JSON the script embeds, read back the way the browser would.
    static QJsonObject embeddedConfig(const QByteArray &script);
};

QJsonObject TestBannerExporter::embeddedConfig(const QByteArray &script)
{
    const QByteArray start = "var C = ";
    const qsizetype from = script.indexOf(start);
    const qsizetype to = script.indexOf(";\n", from);
    if (from < 0 || to < 0)
        return {};
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(script.mid(from + start.size(), to - from - start.size()), &error);
    return doc.object();
}

void TestBannerExporter::embedsTheConfiguration()
{
    const Expected<QByteArray> script = BannerExporter::script(typical());
    QVERIFY(script.hasValue());
    QVERIFY(!script->contains("/*@charte-config@*/"));
    const QJsonObject config = embeddedConfig(*script);
    QCOMPARE(config.value(u"revision").toInt(), 3);
    QCOMPARE(config.value(u"lang").toString(), QStringLiteral("fr"));
    QCOMPARE(config.value(u"layout").toString(), QStringLiteral("box"));
    QCOMPARE(config.value(u"position").toString(), QStringLiteral("bottom-right"));
    QCOMPARE(config.value(u"gcm").toBool(), true);
    QCOMPARE(config.value(u"gpc").toBool(), true);
    QCOMPARE(config.value(u"cookie").toObject().value(u"name").toString(), QStringLiteral("cookies_preferences"));
    QCOMPARE(config.value(u"cookie").toObject().value(u"days").toInt(), 182);
    QCOMPARE(config.value(u"texts").toObject().value(u"en").toObject().value(u"rejectAll").toString(),
             QStringLiteral("Reject all"));

    const QJsonArray categories = config.value(u"categories").toArray();
    QCOMPARE(categories.size(), 3);
    const QJsonObject statistics = categories.at(1).toObject();
    QCOMPARE(statistics.value(u"id").toString(), QStringLiteral("statistics"));
    QCOMPARE(statistics.value(u"required").toBool(), false);
    QCOMPARE(statistics.value(u"ads").toBool(), false);
    QCOMPARE(statistics.value(u"signals").toArray(), QJsonArray{QStringLiteral("analytics_storage")});
    const QJsonObject pkId = statistics.value(u"cookies").toArray().first().toObject();
    QCOMPARE(pkId.value(u"name").toString(), QStringLiteral("_pk_id."));
    QCOMPARE(pkId.value(u"match").toString(), QStringLiteral("prefix"));
    QCOMPARE(pkId.value(u"lifetime").toObject().value(u"fr").toString(), QStringLiteral("13 mois"));
    QCOMPARE(pkId.value(u"lifetime").toObject().value(u"en").toString(), QStringLiteral("13 months"));
    QCOMPARE(categories.at(2).toObject().value(u"ads").toBool(), true);
    QCOMPARE(categories.at(0).toObject().value(u"required").toBool(), true);
}

void TestBannerExporter::escapesHostileText_data()
{
    QTest::addColumn<QString>("hostile");
    QTest::newRow("script end") << QStringLiteral("</script><script>window.__pwned=1</script>");
    QTest::newRow("attribute break") << QStringLiteral("\"><img src=x onerror=window.__pwned=1>");
    QTest::newRow("template") << QStringLiteral("{{constructor.constructor('window.__pwned=1')()}}");
    QTest::newRow("comment and ampersand") << QStringLiteral("<!-- &amp; --> */ //");
    QTest::newRow("line separators") << QString(QStringLiteral("a") + QChar(0x2028) + QStringLiteral("b") + QChar(0x2029));
}

void TestBannerExporter::escapesHostileText()
{
    QFETCH(QString, hostile);
    Policy policy = typical();
    policy.banner.title.set(QStringLiteral("fr"), hostile);
    policy.categories[1].name.set(QStringLiteral("en"), hostile);
    policy.categories[1].id = hostile;
    policy.cookies[2].categoryId = hostile;
    policy.cookies[2].purpose.set(QStringLiteral("fr"), hostile);
    const Expected<QByteArray> script = BannerExporter::script(policy);
    QVERIFY(script.hasValue());
    const qsizetype from = script->indexOf("var C = ");
    const QByteArray config = script->mid(from, script->indexOf(";\n", from) - from);
    QVERIFY(!config.contains('<'));
    QVERIFY(!config.contains('>'));
    QVERIFY(!config.contains('&'));
    // Escaped, not dropped: the browser reads the very text the officer typed.
    const QJsonObject parsed = embeddedConfig(*script);
    QCOMPARE(parsed.value(u"texts").toObject().value(u"fr").toObject().value(u"title").toString(), hostile);
    const QJsonObject category = parsed.value(u"categories").toArray().at(1).toObject();
    QCOMPARE(category.value(u"id").toString(), hostile);
    QCOMPARE(category.value(u"name").toObject().value(u"en").toString(), hostile);
    QCOMPARE(category.value(u"cookies").toArray().first().toObject().value(u"purpose").toObject().value(u"fr").toString(),
             hostile);

    const QByteArray demo = BannerExporter::demoPage(policy, QStringLiteral("fr"));
    if (hostile.contains(QLatin1Char('<')))
        QVERIFY(!demo.contains(hostile.toUtf8()));
    QVERIFY(!demo.contains("<img"));
    QCOMPARE(demo.count("<script"), 1 + 2 * 2); // the bundle, then two samples per optional category
}

void TestBannerExporter::linksOnlyWebPolicies()
{
    Policy policy = typical();
    policy.providers[2].privacyPolicyUrl = QStringLiteral("javascript:window.__pwned=1");
    policy.providers[1].privacyPolicyUrl = QStringLiteral("data:text/html,<script>1</script>");
    const QJsonObject config = embeddedConfig(*BannerExporter::script(policy));
    const QJsonArray categories = config.value(u"categories").toArray();
    QCOMPARE(categories.at(0).toObject().value(u"cookies").toArray().first().toObject().value(u"policy").toString(),
             QStringLiteral("https://www.valbourg.example/donnees-personnelles"));
    QCOMPARE(categories.at(1).toObject().value(u"cookies").toArray().first().toObject().value(u"policy").toString(),
             QString());
    QCOMPARE(categories.at(2).toObject().value(u"cookies").toArray().first().toObject().value(u"policy").toString(),
             QString());
}

// Every cookie of the default template is exempt: its banner would ask about nothing.
void TestBannerExporter::nothingToAskIsSaid()
{
    const Policy exempt = *Templates::load(QStringLiteral("default"));
    QVERIFY(!BannerExporter::hasAnythingToAsk(exempt));
    QVERIFY(BannerExporter::hasAnythingToAsk(typical()));
    ExportOptions options;
    const Expected<ExportResult> refused = BannerExporter::exportBundle(exempt, options);
    QVERIFY(!refused);
    QVERIFY(refused.error().contains(QStringLiteral("--manage-only")));

    options.manageOnly = true; // the user insists
    const Expected<ExportResult> manage = BannerExporter::exportBundle(exempt, options);
    QVERIFY(manage.hasValue());
    QCOMPARE(manage->warnings.filter(QStringLiteral("only the preferences")).size(), 1);
    const QJsonObject config = embeddedConfig(manage->files.value(QString(BannerExporter::scriptName)));
    QCOMPARE(config.value(u"ask").toBool(true), false);

    // Where cookies need consent the banner asks, whatever the option says.
    const Expected<ExportResult> asks = BannerExporter::exportBundle(typical(), options);
    QVERIFY(asks.hasValue());
    QCOMPARE(asks->warnings.filter(QStringLiteral("--manage-only is ignored")).size(), 1);
    QVERIFY(!embeddedConfig(asks->files.value(QString(BannerExporter::scriptName))).contains(u"ask"));
}

void TestBannerExporter::replacesAnInvalidConsentCookieName()
{
    Policy policy = typical();
    policy.banner.consentCookieName = QStringLiteral("consent; Domain=evil.example");
    QStringList warnings;
    const QJsonObject config = embeddedConfig(*BannerExporter::script(policy, &warnings));
    QCOMPARE(config.value(u"cookie").toObject().value(u"name").toString(), QStringLiteral("cookies_preferences"));
    QCOMPARE(warnings.size(), 1);
    QVERIFY(warnings.first().contains(QStringLiteral("consentCookieName")));
}

void TestBannerExporter::consentLogAddress_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("embedded"); // empty: not in the bundle
    QTest::addColumn<int>("warnings");
    QTest::newRow("none") << QString() << QString() << 0;
    QTest::newRow("path on the site") << "/consent-log" << "/consent-log" << 0;
    QTest::newRow("https, trimmed") << " https://proof.example/log?site=1 " << "https://proof.example/log?site=1" << 0;
    QTest::newRow("http") << "http://proof.example/log" << "http://proof.example/log" << 0;
    QTest::newRow("script") << "javascript:alert(1)" << QString() << 1;
    QTest::newRow("protocol-relative") << "//proof.example/log" << QString() << 1;
    QTest::newRow("no host") << "https:///log" << QString() << 1;
    QTest::newRow("relative without slash") << "consent-log" << QString() << 1;
}

void TestBannerExporter::consentLogAddress()
{
    QFETCH(QString, address);
    QFETCH(QString, embedded);
    QFETCH(int, warnings);
    Policy policy = typical();
    policy.banner.consentLogUrl = address;
    QStringList reported;
    const QJsonObject config = embeddedConfig(*BannerExporter::script(policy, &reported));
    QCOMPARE(config.contains(u"log"), !embedded.isEmpty());
    QCOMPARE(config.value(u"log").toString(), embedded);
    QCOMPARE(reported.size(), warnings);
    if (warnings)
        QVERIFY(reported.first().contains(QStringLiteral("consentLogUrl")));
}

void TestBannerExporter::writesTheColours()
{
    Policy policy = typical();
    policy.banner.background = QColor(0x10, 0x20, 0x30);
    const QByteArray css = BannerExporter::stylesheet(policy);
    QVERIFY(css.startsWith("#charte-consent{--cc-bg:#102030;--cc-fg:#1f2328;--cc-btn:#0b5a3b;--cc-btn-fg:#ffffff}"));
    QVERIFY(css.contains(".cc-btn{"));
}

void TestBannerExporter::demoPageWiresTheBanner()
{
    const QByteArray demo = BannerExporter::demoPage(typical(), QStringLiteral("en"));
    const qsizetype head = demo.indexOf("</head>");
    QVERIFY(demo.indexOf("<script src=\"charte-consent.js\"></script>") < head);
    QVERIFY(demo.indexOf("<link rel=\"stylesheet\" href=\"charte-consent.css\">") < head);
    QVERIFY(demo.contains("<html lang=\"en\">"));
    QVERIFY(demo.contains("<h1>Cookie management</h1>"));
    QVERIFY(demo.contains("data-charte-consent=\"open\">Manage cookies</button>"));
    QVERIFY(demo.contains("<script type=\"text/plain\" data-category=\"statistics\">(window.charteDemo"));
    QVERIFY(demo.contains("<script type=\"text/plain\" data-category=\"marketing\" data-src=\"demo-sample.js\"></script>"));
    QVERIFY(!demo.contains("data-category=\"necessary\""));
}

void TestBannerExporter::registeredAsAFolderFormat()
{
    const ExportFormat *format = ExportFormats::find(QStringLiteral("banner"));
    QVERIFY(format);
    QCOMPARE(format->output, ExportFormat::Output::Folder);
    const Expected<ExportResult> result = format->run(typical(), {});
    QVERIFY(result.hasValue());
    QTemporaryDir dir;
    QVERIFY(ExportFormats::write(*format, *result, dir.filePath(QStringLiteral("out"))).ok);
    QCOMPARE(QDir(dir.filePath(QStringLiteral("out"))).entryList(QDir::Files),
             (QStringList{QStringLiteral("charte-consent.css"), QStringLiteral("charte-consent.js"),
                          QStringLiteral("demo-sample.js"), QStringLiteral("demo.html")}));
    // Deterministic: the same document gives the same bytes.
    QCOMPARE(format->run(typical(), {})->files, result->files);
}

void TestBannerExporter::consentModeSignals_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QStringList>("own");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<bool>("advertising");
    QTest::newRow("own list wins") << "statistics" << QStringList{QStringLiteral("ad_storage")}
                                   << QStringList{QStringLiteral("ad_storage")} << true;
    QTest::newRow("marketing") << "marketing" << QStringList()
                               << QStringList{QStringLiteral("ad_storage"), QStringLiteral("ad_user_data"),
                                              QStringLiteral("ad_personalization")}
                               << true;
    QTest::newRow("statistics") << "statistics" << QStringList() << QStringList{QStringLiteral("analytics_storage")}
                                << false;
    QTest::newRow("functional") << "functional" << QStringList()
                                << QStringList{QStringLiteral("functionality_storage")} << false;
    QTest::newRow("personalisation") << "personalisation" << QStringList()
                                     << QStringList{QStringLiteral("personalization_storage")} << false;
    QTest::newRow("unknown") << "chat" << QStringList() << QStringList() << false;
}

void TestBannerExporter::consentModeSignals()
{
    QFETCH(QString, id);
    QFETCH(QStringList, own);
    QFETCH(QStringList, expected);
    QFETCH(bool, advertising);
    Category category;
    category.id = id;
    category.consentModeSignals = own;
    QCOMPARE(BannerExporter::consentModeSignals(category), expected);
    QCOMPARE(BannerExporter::isAdvertising(category), advertising);
}

QTEST_GUILESS_MAIN(TestBannerExporter)
#include "tst_bannerexporter.moc"
