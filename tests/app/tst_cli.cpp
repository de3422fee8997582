// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "format/policyreader.h"
#include "support/charteprocess.h"
#include "support/fulldisk.h"
#include "support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

// The command line through the real executable, as a site's build would run it.
class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void versionAndHelp();
    void newWritesTheDefaultCharter();
    void newWritesTheTypicalTemplate();
    void exportJsonRoundTrips();
    void exportHtmlPerLanguage();
    void exportToStandardOutput();
    void badUsage_data();
    void badUsage();
    void unreadableInputWritesNothing_data();
    void unreadableInputWritesNothing();
    void checkReportsMissingFields();
    void importFillsEmptyFieldsOnRequest();
    void importsWhatPeopleReallyHave();
    void fullDiskKeepsTheDocument();
    void fullStandardOutputFails();
    void outputOverTheInputIsRefused_data();
    void outputOverTheInputIsRefused();
    void standardInputIsReadLikeAFile();
    void nulBytesAreNotText();

private:
    using Run = TestSupport::CharteRun;
    static Run charte(const QStringList &arguments, const QByteArray &input = {})
    {
        TestSupport::CharteOptions options;
        options.input = input;
        return TestSupport::runCharte(arguments, options);
    }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
};

void TestCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFileInfo::exists(QStringLiteral(CHARTE_EXECUTABLE)), CHARTE_EXECUTABLE);
}

void TestCli::versionAndHelp()
{
    const Run version = charte({QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out().startsWith(QLatin1StringView("charte ")));
    const Run help = charte({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    for (const char *word : {"new", "export", "check", "Exit status"})
        QVERIFY2(help.out().contains(QLatin1StringView(word)), word);
}

void TestCli::newWritesTheDefaultCharter()
{
    const Run run = charte({QStringLiteral("new"), QStringLiteral("-o"), path(QStringLiteral("d.charte.json"))});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.err().isEmpty());
    const Expected<Policy> policy = PolicyReader::readFile(path(QStringLiteral("d.charte.json")));
    QVERIFY2(policy.hasValue(), qPrintable(policy.error()));
    QCOMPARE(policy->meta.siteUrl, QStringLiteral("https://anruopendata.opendatasoft.com"));
    QStringList names;
    for (const Cookie &cookie : policy->cookies) {
        names << cookie.name;
        QCOMPARE(cookie.providerId, QStringLiteral("opendatasoft"));
        QCOMPARE(cookie.categoryId, QStringLiteral("necessary"));
        QCOMPARE(cookie.basis, LegalBasis::Exempt);
        QVERIFY(cookie.lifetime.has_value());
        QVERIFY(cookie.purpose.has(QStringLiteral("fr")) && cookie.purpose.has(QStringLiteral("en")));
        QVERIFY(cookie.service.has(QStringLiteral("fr")) && cookie.service.has(QStringLiteral("en")));
    }
    QCOMPARE(names, (QStringList{"sessionid", "django_language", "csrftoken", "cookies_preferences"}));
    QCOMPARE(policy->provider(QStringLiteral("opendatasoft"))->name, QStringLiteral("Opendatasoft"));
}

void TestCli::newWritesTheTypicalTemplate()
{
    const Run run = charte({QStringLiteral("new"), QStringLiteral("--template"), QStringLiteral("typical"),
                            QStringLiteral("-o"), path(QStringLiteral("t.charte.json"))});
    QCOMPARE(run.exitCode, 0);
    const Expected<Policy> policy = PolicyReader::readFile(path(QStringLiteral("t.charte.json")));
    QVERIFY(policy.hasValue());
    QStringList categories;
    for (const Category &category : policy->categories)
        categories << category.id;
    QCOMPARE(categories, (QStringList{"necessary", "statistics", "marketing"}));
    QVERIFY(policy->category(QStringLiteral("necessary"))->required);
    QVERIFY(!policy->category(QStringLiteral("statistics"))->required);
    QCOMPARE(policy->meta.languages, (QStringList{"fr", "en"}));
}

void TestCli::exportJsonRoundTrips()
{
    const QString source = path(QStringLiteral("d.charte.json"));
    QCOMPARE(charte({QStringLiteral("new"), QStringLiteral("-o"), source}).exitCode, 0);
    const QString exported = path(QStringLiteral("e.json"));
    const Run run = charte({QStringLiteral("export"), source, QStringLiteral("--format"), QStringLiteral("json"),
                            QStringLiteral("-o"), exported});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(TestSupport::readAll(exported), TestSupport::readAll(source));
}

void TestCli::exportHtmlPerLanguage()
{
    const QString source = path(QStringLiteral("d.charte.json"));
    QCOMPARE(charte({QStringLiteral("new"), QStringLiteral("-o"), source}).exitCode, 0);
    for (const QString &language : {QStringLiteral("fr"), QStringLiteral("en")}) {
        const QString out = path(language + QStringLiteral(".html"));
        const Run run = charte({QStringLiteral("export"), source, QStringLiteral("--format"), QStringLiteral("html"),
                                QStringLiteral("--lang"), language, QStringLiteral("-o"), out});
        QCOMPARE(run.exitCode, 0);
        const QByteArray html = TestSupport::readAll(out);
        QVERIFY(html.contains(QByteArray("<html lang=\"" + language.toUtf8() + "\">")));
        QVERIFY(html.contains("<code>csrftoken</code>"));
    }
}

void TestCli::exportToStandardOutput()
{
    const QString source = path(QStringLiteral("d.charte.json"));
    QCOMPARE(charte({QStringLiteral("new"), QStringLiteral("-o"), source}).exitCode, 0);
    const Run run = charte({QStringLiteral("export"), source, QStringLiteral("--format"), QStringLiteral("html"),
                            QStringLiteral("-o"), QStringLiteral("-")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out().startsWith(QLatin1StringView("<!DOCTYPE html>")));
    // And from standard input.
    const Run piped = charte({QStringLiteral("export"), QStringLiteral("-"), QStringLiteral("--format"),
                              QStringLiteral("json"), QStringLiteral("-o"), QStringLiteral("-")},
                             TestSupport::readAll(source));
    QCOMPARE(piped.exitCode, 0);
    QCOMPARE(piped.standardOutput, TestSupport::readAll(source));
}

void TestCli::badUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown option") << QStringList{"--frobnicate"} << "unknown command or option";
    QTest::newRow("not a file") << QStringList{"frobnicate"} << "frobnicate: No such file";
    QTest::newRow("new without -o") << QStringList{"new"} << "new: missing -o FILE";
    QTest::newRow("unknown template") << QStringList{"new", "--template", "nope", "-o", "/tmp/x"}
                                      << "unknown template \"nope\"";
    QTest::newRow("export without format") << QStringList{"export", "a.json", "-o", "b"} << "missing --format";
    QTest::newRow("export unknown format") << QStringList{"export", "a.json", "--format", "docx", "-o", "b"}
                                           << "unknown format \"docx\"";
    QTest::newRow("export without file") << QStringList{"export", "--format", "json", "-o", "b"}
                                         << "expected one FILE";
    QTest::newRow("unknown option") << QStringList{"export", "--colour", "a"} << "Unknown option";
}

void TestCli::badUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run run = charte(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err().contains(message), qPrintable(run.err()));
}

void TestCli::unreadableInputWritesNothing_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("message");
    QTest::newRow("malformed JSON") << QByteArray("{\n \"format\": \"charte/1\",\n oops\n}")
                                    << "bad.charte.json:3:3: malformed JSON";
    QTest::newRow("wrong type") << QByteArray("{\"format\":\"charte/1\",\"meta\":{\"defaultLanguage\":\"fr\","
                                              "\"languages\":[\"fr\"]},\"cookies\":[{\"name\":\"a\",\"lifetime\":true}]}")
                                << "bad.charte.json: cookies[0].lifetime: expected \"session\" or a duration";
    QTest::newRow("newer version") << QByteArray("{\"format\":\"charte/9\",\"meta\":{}}") << "newer format";
    QTest::newRow("not UTF-8") << QByteArray("{\"format\":\"charte/1\",\"meta\":{\"siteName\":\"caf\xE9\"}}")
                               << "not valid UTF-8";
}

void TestCli::unreadableInputWritesNothing()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, message);
    const QString bad = path(QStringLiteral("bad.charte.json"));
    QVERIFY(TestSupport::writeAll(bad, content));
    const QString out = path(QStringLiteral("existing.html"));
    QVERIFY(TestSupport::writeAll(out, "keep me"));
    const Run run = charte({QStringLiteral("export"), bad, QStringLiteral("--format"), QStringLiteral("html"),
                            QStringLiteral("-o"), out});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err().contains(message), qPrintable(run.err()));
    QCOMPARE(run.err().count(QLatin1Char('\n')), 1); // one line
    QCOMPARE(TestSupport::readAll(out), QByteArray("keep me"));
    QCOMPARE(charte({QStringLiteral("check"), bad}).exitCode, 2);
    const Run missing = charte({QStringLiteral("check"), path(QStringLiteral("nope.charte.json"))});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(missing.err().contains(QLatin1StringView("nope.charte.json")));
}

void TestCli::checkReportsMissingFields()
{
    const QString source = path(QStringLiteral("d.charte.json"));
    QCOMPARE(charte({QStringLiteral("new"), QStringLiteral("-o"), source}).exitCode, 0);
    QCOMPARE(charte({QStringLiteral("check"), source}).exitCode, 0);
    QByteArray json = TestSupport::readAll(source);
    json.replace("\"lifetime\": 31536000,", "");
    const QString broken = path(QStringLiteral("incomplete.charte.json"));
    QVERIFY(TestSupport::writeAll(broken, json));
    const Run run = charte({QStringLiteral("check"), broken});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out().contains(QLatin1StringView("csrftoken")), qPrintable(run.out()));
    QVERIFY(run.out().contains(QLatin1StringView("lifetime")));
}

void TestCli::importFillsEmptyFieldsOnRequest()
{
    const QString csv = path(QStringLiteral("inventory.csv"));
    QVERIFY(TestSupport::writeAll(csv, "Cookie;Prestataire;Dur\xc3\xa9""e\n_ga;;\nYSC;;1 an\nmystery;Nous;\n"));
    const QString plain = path(QStringLiteral("plain.charte.json"));
    QCOMPARE(charte({QStringLiteral("import"), csv, QStringLiteral("-o"), plain}).exitCode, 0);
    const Expected<Policy> without = PolicyReader::readFile(plain);
    QVERIFY(without.hasValue());
    QVERIFY(!without->cookies.at(0).lifetime.has_value());

    const QString filled = path(QStringLiteral("filled.charte.json"));
    const Run run = charte({QStringLiteral("import"), csv, QStringLiteral("--fill-from-db"), QStringLiteral("-o"), filled});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err().contains(QLatin1StringView("from the known-cookie database")),
             qPrintable(run.err()));
    const Expected<Policy> with = PolicyReader::readFile(filled);
    QVERIFY(with.hasValue());
    QVERIFY(with->cookies.at(0).lifetime.has_value()); // _ga: from the built-in list
    QVERIFY(!with->cookies.at(0).purpose.isEmpty());
    QCOMPARE(with->cookies.at(1).lifetime->seconds(), 365 * Lifetime::Day); // what the input said stays
    QVERIFY(!with->cookies.at(2).lifetime.has_value()); // unknown to the database

    const Run misuse = charte({QStringLiteral("import"), csv, QStringLiteral("--known-cookies"), csv,
                               QStringLiteral("-o"), filled});
    QCOMPARE(misuse.exitCode, 2);
}

// Issue 16: JavaScript configurations, Markdown pages and evidence through the command
// line, failures in one line with exit 2, what an import leaves out named on stderr.
void TestCli::importsWhatPeopleReallyHave()
{
    const QString data = QStringLiteral(CHARTE_SOURCE_DIR "/tests/data/import/");
    const QString out = path(QStringLiteral("real.charte.json"));

    const Run klaro = charte({QStringLiteral("import"), data + QStringLiteral("klaro-config.js"),
                              QStringLiteral("-o"), out});
    QCOMPARE(klaro.exitCode, 0);
    QVERIFY2(klaro.err().isEmpty(), qPrintable(klaro.err()));
    const Expected<Policy> klaroPolicy = PolicyReader::readFile(out);
    QVERIFY(klaroPolicy.hasValue() && klaroPolicy->provider(QStringLiteral("youtube")));

    const Run tarteaucitron = charte({QStringLiteral("import"), data + QStringLiteral("tarteaucitron-setup.js"),
                                      QStringLiteral("--services"), data + QStringLiteral("tarteaucitron.services.js"),
                                      QStringLiteral("-o"), out});
    QCOMPARE(tarteaucitron.exitCode, 0);
    const Expected<Policy> tac = PolicyReader::readFile(out);
    QVERIFY(tac.hasValue());
    QStringList names;
    for (const Cookie &cookie : tac->cookies)
        names << cookie.name;
    QVERIFY2(names.contains(QStringLiteral("_ga_ABCD1234")) && names.contains(QStringLiteral("tarteaucitron")),
             qPrintable(names.join(u' ')));

    // A row without a name: the document is written, the row named on stderr.
    const Run markdown = charte({QStringLiteral("import"), data + QStringLiteral("politique-cookies-fr.md"),
                                 QStringLiteral("-o"), out});
    QCOMPARE(markdown.exitCode, 0);
    QVERIFY2(markdown.err().contains(QLatin1StringView("warning:")) &&
                 markdown.err().contains(QLatin1StringView("without a cookie name")),
             qPrintable(markdown.err()));

    // No cookie found: exit 2, one line saying what was seen, nothing written.
    const QString none = path(QStringLiteral("none.charte.json"));
    const Run empty = charte({QStringLiteral("import"), data + QStringLiteral("no-cookie-table.md"),
                              QStringLiteral("-o"), none});
    QCOMPARE(empty.exitCode, 2);
    QCOMPARE(empty.err().count(u'\n'), 1);
    QVERIFY2(empty.err().contains(QLatin1StringView("none has a cookie-name column; headers: Browser")),
             qPrintable(empty.err()));
    QVERIFY(!QFileInfo::exists(none));

    // A hostile configuration is stopped.
    const QString loop = path(QStringLiteral("loop.js"));
    QVERIFY(TestSupport::writeAll(loop, "var klaroConfig = {};\nfor (;;) {}\n"));
    const Run stopped = charte({QStringLiteral("import"), loop, QStringLiteral("-o"), none});
    QCOMPARE(stopped.exitCode, 2);
    QVERIFY2(stopped.err().contains(QLatin1StringView("stopped")), qPrintable(stopped.err()));
    // Recursion through try/catch, which the engine never notices is interrupted.
    const QString recursion = path(QStringLiteral("recursion.js"));
    QVERIFY(TestSupport::writeAll(recursion, "var klaroConfig = {};\nfunction f() { try { f(); } catch (e) { f(); } }\nf();\n"));
    const Run stuck = charte({QStringLiteral("import"), recursion, QStringLiteral("-o"), none});
    QCOMPARE(stuck.exitCode, 2);
    QVERIFY2(stuck.err().contains(QLatin1StringView("recursion.js")) &&
                 stuck.err().contains(QLatin1StringView("stopped")),
             qPrintable(stuck.err()));
    QVERIFY(!QFileInfo::exists(none));

    // Evidence with -o: a document of the observed cookies, filled from the database.
    const Run evidence = charte({QStringLiteral("import"), data + QStringLiteral("news-subdomains.har"),
                                 QStringLiteral("--fill-from-db"), QStringLiteral("-o"), out});
    QCOMPARE(evidence.exitCode, 0);
    const Expected<Policy> observed = PolicyReader::readFile(out);
    QVERIFY(observed.hasValue());
    QCOMPARE(observed->cookies.size(), 6);
    for (const Cookie &cookie : observed->cookies) {
        if (cookie.name == QLatin1StringView("_ga")) {
            QCOMPARE(cookie.categoryId, QStringLiteral("statistics"));
            QCOMPARE(observed->provider(cookie.providerId)->name, QStringLiteral("Google"));
        }
    }
}

// A full disk used to leave a 0-byte document and exit 0 (QSaveFile::commit()
// reported success): now one line naming the file, exit 2, the document intact.
void TestCli::fullDiskKeepsTheDocument()
{
    TestSupport::FullDisk disk;
    if (!disk.isMounted())
        QSKIP(TestSupport::FullDisk::whyNotMounted());
    const QString document = disk.filePath(QStringLiteral("site.charte.json"));
    QCOMPARE(charte({QStringLiteral("new"), QStringLiteral("-o"), document}).exitCode, 0);
    const QByteArray before = TestSupport::readAll(document);
    QVERIFY(disk.fill());

    const Run run = charte({QStringLiteral("new"), QStringLiteral("--template"),
                            QStringLiteral("typical"), QStringLiteral("-o"), document});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.err(), QStringLiteral("charte: ") + document +
                            QStringLiteral(": no space left on device; the file was not changed\n"));
    QCOMPARE(TestSupport::readAll(document), before);

    // The default template has nothing to ask: its banner exports only with --manage-only.
    const Run banner = charte({QStringLiteral("export"), document, QStringLiteral("--format"),
                               QStringLiteral("banner"), QStringLiteral("--manage-only"), QStringLiteral("-o"),
                               disk.filePath(QStringLiteral("banner"))});
    QCOMPARE(banner.exitCode, 2);
    QVERIFY2(banner.err().contains(QStringLiteral("no space left on device")), qPrintable(banner.err()));
}

void TestCli::fullStandardOutputFails()
{
    const QString document = path(QStringLiteral("out.charte.json"));
    QCOMPARE(charte({QStringLiteral("new"), QStringLiteral("-o"), document}).exitCode, 0);
    TestSupport::CharteOptions options;
    options.standardOutputFile = QStringLiteral("/dev/full");
    const Run run = TestSupport::runCharte({QStringLiteral("export"), document, QStringLiteral("--format"),
                                            QStringLiteral("html"), QStringLiteral("-o"), QStringLiteral("-")},
                                           options);
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.err(), QStringLiteral("charte: standard output: no space left on device\n"));
}

// `export DOC -o DOC` used to replace the document by its HTML without a word.
void TestCli::outputOverTheInputIsRefused_data()
{
    QTest::addColumn<QString>("output"); // relative to the temporary folder
    QTest::newRow("same path") << "doc.charte.json";
    QTest::newRow("through ./") << "./doc.charte.json";
    QTest::newRow("through ..") << "sub/../doc.charte.json";
    QTest::newRow("through a symlink") << "link.charte.json";
}

void TestCli::outputOverTheInputIsRefused()
{
    QFETCH(QString, output);
    const QString document = path(QStringLiteral("doc.charte.json"));
    QCOMPARE(charte({QStringLiteral("new"), QStringLiteral("--template"), QStringLiteral("typical"),
                     QStringLiteral("-o"), document})
                 .exitCode,
             0);
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("sub")));
    QFile::remove(path(QStringLiteral("link.charte.json")));
    QVERIFY(QFile::link(document, path(QStringLiteral("link.charte.json"))));
    const QByteArray before = TestSupport::readAll(document);
    const QString target = m_dir.path() + QLatin1Char('/') + output;

    for (const QString &format :
         {QStringLiteral("html"), QStringLiteral("json"), QStringLiteral("banner")}) {
        const Run run = charte({QStringLiteral("export"), document, QStringLiteral("--format"),
                                format, QStringLiteral("-o"), target});
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.err(),
                 QStringLiteral("charte: export: ") + target +
                     QStringLiteral(" is the document being exported; give another -o OUT, "
                                    "the document was not changed\n"));
        QCOMPARE(TestSupport::readAll(document), before);
    }

    const QString csv = path(QStringLiteral("inventory.csv"));
    const QByteArray inventory("Cookie;Prestataire\n_ga;Google\n");
    QVERIFY(TestSupport::writeAll(csv, inventory));
    const Run import = charte({QStringLiteral("import"), csv, QStringLiteral("-o"),
                               m_dir.path() + QStringLiteral("/./inventory.csv")});
    QCOMPARE(import.exitCode, 2);
    QVERIFY2(import.err().contains(QLatin1StringView("is the file being imported")),
             qPrintable(import.err()));
    QCOMPARE(import.err().count(QLatin1Char('\n')), 1);
    QCOMPARE(TestSupport::readAll(csv), inventory);
    // Another output is still written.
    QCOMPARE(
        charte({QStringLiteral("export"), target, QStringLiteral("--format"),
                QStringLiteral("html"), QStringLiteral("-o"), path(QStringLiteral("doc.html"))})
            .exitCode,
        0);
}

void TestCli::standardInputIsReadLikeAFile()
{
    const QString document = path(QStringLiteral("stdin.charte.json"));
    QCOMPARE(charte({QStringLiteral("new"), QStringLiteral("-o"), document}).exitCode, 0);
    const Run run =
        charte({QStringLiteral("export"), QStringLiteral("-"), QStringLiteral("--format"),
                QStringLiteral("json"), QStringLiteral("-o"), QStringLiteral("-")},
               TestSupport::readAll(document));
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.standardOutput, TestSupport::readAll(document));
    const Run imported = charte(
        {QStringLiteral("import"), QStringLiteral("-"), QStringLiteral("-o"), QStringLiteral("-")},
        "Cookie;Prestataire;Finalit\xc3\xa9\n_ga;Google;Mesure d'audience\n");
    QCOMPARE(imported.exitCode, 0);
    QVERIFY2(imported.out().contains(QLatin1StringView("\"_ga\"")), qPrintable(imported.err()));
}

// A file of NUL bytes (a disk image, a file zeroed by a crash) is "not a text file"
// whichever reader meets it; a NUL inside a string has its line and column.
void TestCli::nulBytesAreNotText()
{
    const QByteArray zeros(8192, '\0');
    const QString document = path(QStringLiteral("zeros.charte.json"));
    QVERIFY(TestSupport::writeAll(document, zeros));
    const Run check = charte({QStringLiteral("check"), document});
    QCOMPARE(check.exitCode, 2);
    QCOMPARE(check.err(),
             QStringLiteral("charte: ") + document +
                 QStringLiteral(": this is not a text file (it contains NUL bytes)\n"));
    const Run fromStdin = charte({QStringLiteral("check"), QStringLiteral("-")}, zeros);
    QCOMPARE(fromStdin.err(),
             QStringLiteral("charte: <stdin>: this is not a text file (it contains NUL bytes)\n"));
    for (const QString &name :
         {QStringLiteral("zeros.csv"), QStringLiteral("zeros.html"), QStringLiteral("zeros")}) {
        QVERIFY(TestSupport::writeAll(path(name), zeros));
        const Run import = charte({QStringLiteral("import"), path(name), QStringLiteral("-o"),
                                   path(QStringLiteral("z.charte.json"))});
        QCOMPARE(import.exitCode, 2);
        QCOMPARE(import.err(),
                 QStringLiteral("charte: ") + path(name) +
                     QStringLiteral(": this is not a text file (it contains NUL bytes)\n"));
    }
    const Run importStdin = charte({QStringLiteral("import"), QStringLiteral("-"),
                                    QStringLiteral("-o"), path(QStringLiteral("z.charte.json"))},
                                   zeros);
    QCOMPARE(importStdin.err(),
             QStringLiteral("charte: <stdin>: this is not a text file (it contains NUL bytes)\n"));

    const QString nulInString = path(QStringLiteral("nul.charte.json"));
    QVERIFY(TestSupport::writeAll(
        nulInString,
        QByteArray("{\"format\": \"charte/1\",\n\"meta\": {\"siteName\": \"a\0b\"}}", 51)));
    const Run nul = charte({QStringLiteral("check"), nulInString});
    QCOMPARE(nul.exitCode, 2);
    QVERIFY2(
        nul.err().startsWith(QStringLiteral("charte: ") + nulInString +
                             QStringLiteral(":2:24: malformed JSON: a control character (U+0000)")),
        qPrintable(nul.err()));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
