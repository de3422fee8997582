// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "import/importformats.h"
#include "support/testsupport.h"

#include <QSet>
#include <QTest>

// The import registry: what `charte import` makes of an input it is given without
// being told what it is.
class TestImportFormats : public QObject
{
    Q_OBJECT

private slots:
    void registry();
    void sniffsEachKind_data();
    void sniffsEachKind();
    void importsEachKind_data();
    void importsEachKind();
    void languageGivenWins();
    void refusesAnUnknownFileNamingIt();

private:
    static ImportSource source(const QString &name, const QByteArray &data,
                               const QString &contentType = {});
};

ImportSource TestImportFormats::source(const QString &name, const QByteArray &data,
                                       const QString &contentType)
{
    ImportSource source;
    source.name = name;
    source.data = data;
    source.contentType = contentType;
    if (name.contains(QLatin1StringView("://")))
        source.url = QUrl(name);
    return source;
}

void TestImportFormats::registry()
{
    const QStringList ids = ImportFormats::ids();
    QCOMPARE(ids.size(), ImportFormats::all().size());
    QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), ids.size());
    for (const ImportFormat &format : ImportFormats::all()) {
        QCOMPARE(ImportFormats::find(format.id), &format);
        QVERIFY(!format.translatedTitle().isEmpty());
        QVERIFY(format.sniff && format.run);
    }
    QVERIFY(!ImportFormats::find(QStringLiteral("docx")));
    // The charter page takes any text: it is tried last, after the telling kinds.
    QCOMPARE(ImportFormats::all().last().id, QStringLiteral("charter"));
}

void TestImportFormats::sniffsEachKind_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("contentType");
    QTest::addColumn<QString>("kind");

    const QByteArray table = "Cookie;Prestataire;Dur\xc3\xa9"
                             "e\n_ga;Google;13 mois\n";
    QTest::newRow("Klaro configuration")
        << "klaro.json"
        << TestSupport::readAll(TestSupport::sourcePath("tests/data/klaro-by-hand.json"))
        << QString() << "library-config";
    QTest::newRow("vanilla-cookieconsent configuration")
        << "cc.json"
        << TestSupport::readAll(TestSupport::sourcePath("tests/data/cookieconsent-by-hand.json"))
        << QString() << "library-config";
    QTest::newRow("CSV by its suffix")
        << "inventaire.CSV" << QByteArray("a;b\n1;2\n") << QString() << "csv";
    QTest::newRow("TSV by its suffix")
        << "inventory.tsv" << QByteArray("a\tb\n") << QString() << "csv";
    QTest::newRow("CSV by the server's type")
        << "https://example.org/export?id=3" << QByteArray("a;b\n") << "text/csv; charset=utf-8"
        << "csv";
    QTest::newRow("CSV behind a URL")
        << "https://example.org/cookies.csv?v=2" << QByteArray("a;b\n") << "text/plain"
        << "csv";
    QTest::newRow("CSV by its cookie column") << "inventory.txt" << table << QString() << "csv";
    QTest::newRow("CSV from standard input") << "<stdin>" << table << QString() << "csv";
    QTest::newRow("markup naming a cookie column")
        << "page.txt" << QByteArray("<td>note</td>;Cookie;Prestataire\n_ga;Google\n") << QString()
        << "charter";
    QTest::newRow("markup after a byte order mark")
        << "page.txt" << QByteArray("\xEF\xBB\xBF<td>note</td>;Cookie;Prestataire\n") << QString()
        << "charter";
    QTest::newRow("HTML page") << "charte.html"
                               << QByteArray("<h1>Cookies</h1><p>Nous utilisons des cookies.</p>")
                               << QString() << "charter";
    QTest::newRow("text page") << "charte.txt"
                               << TestSupport::readAll(
                                      TestSupport::sharedPath("seeds/charte-cookies-anru.txt"))
                               << QString() << "charter";
}

void TestImportFormats::sniffsEachKind()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, data);
    QFETCH(QString, contentType);
    QFETCH(QString, kind);
    if (data.isEmpty() && name == QLatin1StringView("charte.txt"))
        QSKIP(qPrintable(TestSupport::sharedPath("seeds/charte-cookies-anru.txt") + " is absent"));
    QVERIFY(!data.isEmpty());
    const ImportFormat *format = ImportFormats::sniff(source(name, data, contentType));
    QVERIFY(format);
    QCOMPARE(format->id, kind);
}

void TestImportFormats::importsEachKind_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QStringList>("cookies");

    QTest::newRow("CSV inventory")
        << "inventaire.csv"
        << QByteArray("Nom du cookie;Prestataire;Finalit\xc3\xa9\n"
                      "sessionid;Opendatasoft;Connexion\ncsrftoken;Opendatasoft;S\xc3\xa9"
                      "curit\xc3\xa9\n")
        << QStringList{"sessionid", "csrftoken"};
    QTest::newRow("charter page") << "charte.txt"
                                  << TestSupport::readAll(
                                         TestSupport::sharedPath("seeds/charte-cookies-anru.txt"))
                                  << QStringList{"sessionid", "django_language", "csrftoken",
                                                 "cookies_preferences"};
    QTest::newRow("Klaro configuration")
        << "klaro.json"
        << TestSupport::readAll(TestSupport::sourcePath("tests/data/klaro-by-hand.json"))
        << QStringList{"^_pk_.*$", "piwik_ignore"};
}

void TestImportFormats::importsEachKind()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, data);
    QFETCH(QStringList, cookies);
    if (data.isEmpty() && name == QLatin1StringView("charte.txt"))
        QSKIP(qPrintable(TestSupport::sharedPath("seeds/charte-cookies-anru.txt") + " is absent"));
    QVERIFY(!data.isEmpty());
    const Expected<ImportResult> imported = ImportFormats::import(source(name, data));
    QVERIFY2(imported.hasValue(), qPrintable(imported.error()));
    const Policy *policy = &imported->policy;
    QStringList names;
    for (const Cookie &cookie : policy->cookies)
        names << cookie.name;
    for (const QString &cookie : cookies)
        QVERIFY2(names.contains(cookie), qPrintable(names.join(u' ')));
    QVERIFY(!policy->meta.languages.isEmpty());
}

void TestImportFormats::languageGivenWins()
{
    ImportSource csv = source(QStringLiteral("inventory.csv"),
                              "Cookie name;Provider;Purpose\n_ga;Google;Statistics\n");
    csv.language = QStringLiteral("de");
    const Expected<ImportResult> imported = ImportFormats::import(csv);
    QVERIFY2(imported.hasValue(), qPrintable(imported.error()));
    const Policy *policy = &imported->policy;
    QCOMPARE(policy->meta.defaultLanguage, QStringLiteral("de"));
    QVERIFY(policy->cookies.first().purpose.has(QStringLiteral("de")));
}

void TestImportFormats::refusesAnUnknownFileNamingIt()
{
    // A picture is nothing Charte imports: one line, naming the file, and why.
    const QByteArray png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01", 20);
    const Expected<ImportResult> picture = ImportFormats::import(source(QStringLiteral("logo.png"), png));
    QVERIFY(!picture.hasValue());
    QVERIFY2(picture.error().startsWith(QLatin1StringView("logo.png: ")),
             qPrintable(picture.error()));
    QVERIFY2(picture.error().contains(QLatin1StringView("not a text file")),
             qPrintable(picture.error()));
    QVERIFY(!picture.error().contains(u'\n'));

    // A CSV file without a cookie column is refused by the inventory it claims to be.
    const Expected<ImportResult> table = ImportFormats::import(
        source(QStringLiteral("/tmp/budget.csv"), "Month;Amount\nJanuary;12\n"));
    QVERIFY(!table.hasValue());
    QVERIFY2(table.error().startsWith(QLatin1StringView("/tmp/budget.csv")),
             qPrintable(table.error()));

    // A page without a cookie charter names the page.
    const Expected<ImportResult> page = ImportFormats::import(
        source(QStringLiteral("horaires.html"), "<h1>Horaires</h1><p>Ouvert le lundi.</p>"));
    QVERIFY(!page.hasValue());
    QVERIFY2(page.error().startsWith(QLatin1StringView("horaires.html: ")),
             qPrintable(page.error()));
}

QTEST_GUILESS_MAIN(TestImportFormats)
#include "tst_importformats.moc"
