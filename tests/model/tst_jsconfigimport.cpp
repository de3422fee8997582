// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "import/jsconfigsandbox.h"
#include "import/libraryconfigimporter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

// Consent library configurations run in QJSEngine: the shapes sites write, and
// hostile files stopped with a clear error.
class TestJsConfigImport : public QObject
{
    Q_OBJECT

private slots:
    void capturesWhatTheScriptHandsOver_data();
    void capturesWhatTheScriptHandsOver();
    void readsJavaScriptSyntaxSitesUse();
    void keepsRegExpLiterals();
    void hostileFilesAreStopped_data();
    void hostileFilesAreStopped();
    void memoryBoundStopsAGrowingScript();
    void namesTheLineOfAnError();
    void refusesSomethingThatIsNoConfiguration();
    void detectsFromTheText_data();
    void detectsFromTheText();
};

void TestJsConfigImport::capturesWhatTheScriptHandsOver_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("key"); // a member the captured object has
    QTest::newRow("CookieConsent.run") << "CookieConsent.run({categories: {necessary: {}}});"
                                       << "CookieConsent.run" << "categories";
    QTest::newRow("var klaroConfig") << "var klaroConfig = {services: []};" << "klaroConfig" << "services";
    QTest::newRow("let klaroConfig") << "let klaroConfig = {services: []};" << "klaroConfig" << "services";
    QTest::newRow("const klaroConfig") << "const klaroConfig = {services: []};" << "klaroConfig" << "services";
    QTest::newRow("window.klaroConfig") << "window.klaroConfig = {services: []};" << "klaroConfig" << "services";
    QTest::newRow("klaro.setup") << "klaro.setup({services: [], lang: 'fr'});" << "klaro.setup" << "lang";
    QTest::newRow("tarteaucitron.init") << "tarteaucitron.init({cookieName: 'tac'});"
                                        << "tarteaucitron.init" << "cookieName";
    QTest::newRow("tarteaucitron.user") << "tarteaucitron.user.gtagUa = 'G-1';" << "tarteaucitron.user" << "gtagUa";
    QTest::newRow("load handler") << "window.addEventListener('load', function () { CookieConsent.run({a: 1}); });"
                                  << "CookieConsent.run" << "a";
    QTest::newRow("DOMContentLoaded") << "document.addEventListener('DOMContentLoaded', () => klaro.setup({b: 2}));"
                                      << "klaro.setup" << "b";
    QTest::newRow("ES module import") << "import * as CC from 'vanilla-cookieconsent';\nCC.run({c: 3});"
                                      << "CookieConsent.run" << "c";
    QTest::newRow("bare object") << "{services: [], /* JSON5-ish */ lang: 'de',}" << "object" << "lang";
}

void TestJsConfigImport::capturesWhatTheScriptHandsOver()
{
    QFETCH(QString, script);
    QFETCH(QString, target);
    QFETCH(QString, key);
    const Expected<JsCapture> captured = JsConfigSandbox::run(script, QStringLiteral("config.js"));
    QVERIFY2(captured, qPrintable(captured ? QString() : captured.error()));
    QVERIFY2(captured->has(target), qPrintable(target));
    QVERIFY(captured->first(target).toObject().contains(key));
}

void TestJsConfigImport::readsJavaScriptSyntaxSitesUse()
{
    // Unquoted keys, single quotes, comments, trailing commas, template strings,
    // functions, arrow functions, computed values and a page's DOM touched on the way.
    const QString script = QStringLiteral(R"(
        // a comment
        const lang = 'fr';
        var style = document.createElement('style');
        document.head.appendChild(style);
        CookieConsent.run({
            cookie: { name: `cc_${lang}`, },   /* block comment */
            onConsent: function () { fetch('/never-called'); },
            onChange: () => {},
            categories: { necessary: { readOnly: true, }, },
            days: 30 * 6,
        });
    )");
    const Expected<JsCapture> captured = JsConfigSandbox::run(script, QStringLiteral("cc.js"));
    QVERIFY2(captured, qPrintable(captured ? QString() : captured.error()));
    const QJsonObject config = captured->first(QStringLiteral("CookieConsent.run")).toObject();
    QCOMPARE(config.value("cookie").toObject().value("name").toString(), QStringLiteral("cc_fr"));
    QCOMPARE(config.value("days").toInt(), 180);
    QVERIFY(!config.contains("onConsent")); // functions are left out
    QVERIFY(config.value("categories").toObject().value("necessary").toObject().value("readOnly").toBool());
}

void TestJsConfigImport::keepsRegExpLiterals()
{
    const Expected<JsCapture> captured = JsConfigSandbox::run(
        QStringLiteral("klaro.setup({cookies: [/^_ga/, [/^_pk_.*$/i, '/', 'x.fr'], 'plain']});"),
        QStringLiteral("k.js"));
    QVERIFY(captured);
    const QJsonArray cookies =
        captured->first(QStringLiteral("klaro.setup")).toObject().value("cookies").toArray();
    QCOMPARE(cookies.at(0).toObject().value("$regexp").toString(), QStringLiteral("^_ga"));
    QCOMPARE(cookies.at(1).toArray().at(0).toObject().value("flags").toString(), QStringLiteral("i"));
    QCOMPARE(cookies.at(2).toString(), QStringLiteral("plain"));
}

void TestJsConfigImport::hostileFilesAreStopped_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QString>("expected"); // in the one-line error
    QTest::newRow("endless loop") << "var klaroConfig = {};\nwhile (true) {}" << "still ran after";
    QTest::newRow("endless loop caught and retried")
        << "while (true) { try { while (true) {} } catch (e) {} }" << "still ran after";
    // Recursion through try/catch with no loop cannot be interrupted in-process:
    // tst_cli checks the command line's last resort for it.
    QTest::newRow("getter that never returns")
        << "var c = {}; Object.defineProperty(c, 'services', {enumerable: true, get: function () "
           "{ while (true) {} }});\nvar klaroConfig = c;"
        << "still ran after";
    QTest::newRow("huge string") << "var s = 'x'.repeat(1 << 30);\nklaro.setup({s: s});" << "too large";
    QTest::newRow("huge array") << "var a = new Array(4e9).fill(0);" << "too large";
    QTest::newRow("huge join") << "var j = Array(5e6).join('abc');" << "too large";
    QTest::newRow("typed array") << "var b = new ArrayBuffer(1 << 30);" << "ArrayBuffer is not defined";
    QTest::newRow("XMLHttpRequest") << "var x = new XMLHttpRequest();\nx.open('GET', 'http://127.0.0.1/');"
                                    << "calls XMLHttpRequest";
    QTest::newRow("fetch") << "fetch('http://127.0.0.1/').then(function () {});" << "calls fetch";
    QTest::newRow("import()") << "import('http://127.0.0.1/module.js').then(function () {});"
                              << "loads code with import()";
    QTest::newRow("WebSocket") << "new WebSocket('ws://127.0.0.1/');" << "calls WebSocket";
}

void TestJsConfigImport::hostileFilesAreStopped()
{
    QFETCH(QString, script);
    QFETCH(QString, expected);
    const Expected<JsCapture> captured = JsConfigSandbox::run(script, QStringLiteral("hostile.js"));
    QVERIFY(!captured);
    QVERIFY2(captured.error().startsWith(QStringLiteral("hostile.js")), qPrintable(captured.error()));
    QVERIFY2(captured.error().contains(expected), qPrintable(captured.error()));
    QVERIFY(!captured.error().contains(u'\n'));
    // The whole import refuses it the same way.
    const Expected<ImportResult> imported =
        LibraryConfigImporter::import(script.toUtf8(), QStringLiteral("hostile.js"));
    QVERIFY(!imported);
}

void TestJsConfigImport::memoryBoundStopsAGrowingScript()
{
    // A time limit far away, so that only the memory bound can stop it.
    JsConfigSandbox::Limits limits;
    limits.milliseconds = 60'000;
    limits.memoryBytes = qint64(24) << 20;
    const Expected<JsCapture> captured = JsConfigSandbox::run(
        QStringLiteral("var a = [];\nfor (;;) a.push({n: a.length, s: 'x'.repeat(4096) + a.length});"),
        QStringLiteral("grow.js"), limits);
    QVERIFY(!captured);
    QVERIFY2(captured.error().contains(QStringLiteral("more than 24 MiB")), qPrintable(captured.error()));
}

void TestJsConfigImport::namesTheLineOfAnError()
{
    const Expected<JsCapture> syntax =
        JsConfigSandbox::run(QStringLiteral("var a = 1;\nvar b = {;\n"), QStringLiteral("broken.js"));
    QVERIFY(!syntax);
    QVERIFY2(syntax.error().startsWith(QStringLiteral("broken.js:2: ")), qPrintable(syntax.error()));
    const Expected<JsCapture> blocked = JsConfigSandbox::run(
        QStringLiteral("var a = 1;\n\nnew XMLHttpRequest();\n"), QStringLiteral("xhr.js"));
    QVERIFY(!blocked);
    QVERIFY2(blocked.error().startsWith(QStringLiteral("xhr.js:3: ")), qPrintable(blocked.error()));
}

void TestJsConfigImport::refusesSomethingThatIsNoConfiguration()
{
    const Expected<ImportResult> imported = LibraryConfigImporter::import(
        "var klaroConfigurationLater = 1;\nconsole.log('hello');", QStringLiteral("other.js"));
    QVERIFY(!imported);
    QVERIFY2(imported.error().contains(QStringLiteral("handed nothing")), qPrintable(imported.error()));
    const Expected<ImportResult> version2 = LibraryConfigImporter::import(
        "var cc = initCookieConsent();\ncc.run({languages: {}});", QStringLiteral("v2.js"));
    QVERIFY(!version2);
    QVERIFY2(version2.error().contains(QStringLiteral("vanilla-cookieconsent 2")), qPrintable(version2.error()));
}

void TestJsConfigImport::detectsFromTheText_data()
{
    using L = LibraryConfigImporter::Library;
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("library");
    QTest::newRow("CookieConsent.run") << QByteArray("CookieConsent.run({})") << int(L::CookieConsent);
    QTest::newRow("window.CookieConsent.run") << QByteArray("window.CookieConsent.run(config);")
                                              << int(L::CookieConsent);
    QTest::newRow("var klaroConfig") << QByteArray("var klaroConfig = {}") << int(L::Klaro);
    QTest::newRow("klaro.setup") << QByteArray("klaro.setup(config)") << int(L::Klaro);
    QTest::newRow("tarteaucitron.init") << QByteArray("tarteaucitron.init({})") << int(L::Tarteaucitron);
    QTest::newRow("tarteaucitron.job") << QByteArray("(tarteaucitron.job = tarteaucitron.job || []).push('x');")
                                       << int(L::Tarteaucitron);
    QTest::newRow("JSON5 Klaro") << QByteArray("{services: [], // c\n}") << int(L::Klaro);
    QTest::newRow("HTML page with a setup")
        << QByteArray("<!DOCTYPE html><script>tarteaucitron.init({});</script>") << int(L::Unknown);
    QTest::newRow("comparison is no assignment") << QByteArray("if (klaroConfig == null) {}") << int(L::Unknown);
}

void TestJsConfigImport::detectsFromTheText()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, library);
    QCOMPARE(int(LibraryConfigImporter::detect(bytes)), library);
}

QTEST_GUILESS_MAIN(TestJsConfigImport)
#include "tst_jsconfigimport.moc"
