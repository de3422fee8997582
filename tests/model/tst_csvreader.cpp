// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "format/csvreader.h"
#include "support/testsupport.h"

#include <QTest>

class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void parses_data();
    void parses();
    void detectsEncoding();
    void readsAMixedFileLineByLine();
    void refusesBrokenFiles_data();
    void refusesBrokenFiles();
    void readsTheOpenCookieDatabase();
    void repeatedCellsShareTheirText();
    void rowReaderGivesOneRowAtATime();
};

void TestCsvReader::parses_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("delimiter");
    QTest::addColumn<QList<QStringList>>("rows");

    QTest::newRow("comma") << QByteArray("a,b\n1,2\n") << ","
                           << QList<QStringList>{{"a", "b"}, {"1", "2"}};
    QTest::newRow("semicolon (French Excel)")
        << QByteArray("Nom;Durée\nsessionid;2 semaines\n") << ";"
        << QList<QStringList>{{"Nom", "Durée"}, {"sessionid", "2 semaines"}};
    QTest::newRow("tab") << QByteArray("a\tb\n1\t2") << "\t"
                         << QList<QStringList>{{"a", "b"}, {"1", "2"}};
    QTest::newRow("title row above the header")
        << QByteArray("Inventaire des cookies, mars 2026\nNom;Durée\nsessionid;2 semaines\n") << ";"
        << QList<QStringList>{{"Inventaire des cookies, mars 2026"}, {"Nom", "Durée"}, {"sessionid", "2 semaines"}};
    QTest::newRow("CRLF") << QByteArray("a,b\r\n1,2\r\n") << ","
                          << QList<QStringList>{{"a", "b"}, {"1", "2"}};
    QTest::newRow("quoted delimiter and quotes")
        << QByteArray("name,purpose\n_ga,\"Counts visits, \"\"unique\"\" users\"\n") << ","
        << QList<QStringList>{{"name", "purpose"}, {"_ga", "Counts visits, \"unique\" users"}};
    QTest::newRow("line break inside quotes")
        << QByteArray("a;b\n\"x\ny\";z\n") << ";" << QList<QStringList>{{"a", "b"}, {"x\ny", "z"}};
    QTest::newRow("empty fields") << QByteArray("a,,c\n,,\n") << ","
                                  << QList<QStringList>{{"a", "", "c"}, {"", "", ""}};
    QTest::newRow("blank lines skipped") << QByteArray("a,b\n\n1,2\n") << ","
                                         << QList<QStringList>{{"a", "b"}, {"1", "2"}};
    QTest::newRow("BOM removed") << QByteArray("\xEF\xBB\xBFName,Value\nx,y\n") << ","
                                 << QList<QStringList>{{"Name", "Value"}, {"x", "y"}};
    QTest::newRow("commas inside semicolon file")
        << QByteArray("a;b\n\"1,5\";2,5\n3,1;4\n") << ";"
        << QList<QStringList>{{"a", "b"}, {"1,5", "2,5"}, {"3,1", "4"}};
}

void TestCsvReader::parses()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, delimiter);
    QFETCH(QList<QStringList>, rows);
    const Expected<CsvTable> table = CsvReader::read(input, QStringLiteral("test.csv"));
    QVERIFY2(table.hasValue(), qPrintable(table.error()));
    QCOMPARE(QString(table->delimiter), delimiter);
    QCOMPARE(table->rows, rows);
}

void TestCsvReader::readsAMixedFileLineByLine()
{
    // UTF-8 throughout but for one row pasted from a Windows-1252 file: each line is
    // read in its own encoding (no "MÃ©moriser"), and the foreign line is named.
    const QByteArray mixed("Cookie,Finalit\xC3\xA9 (fr)\n"
                           "lang,M\xC3\xA9moriser la langue\n"
                           "csrf,Prot\xE9ger les formulaires\n");
    const Expected<CsvTable> table = CsvReader::read(mixed, QStringLiteral("mixed.csv"));
    QVERIFY2(table.hasValue(), qPrintable(table.error()));
    QCOMPARE(table->encoding, QString(CsvReader::MixedEncoding));
    QCOMPARE(table->legacyLine, 3);
    QCOMPARE(table->rows.at(0).at(1), QStringLiteral("Finalité (fr)"));
    QCOMPARE(table->rows.at(1).at(1), QStringLiteral("Mémoriser la langue"));
    QCOMPARE(table->rows.at(2).at(1), QStringLiteral("Protéger les formulaires"));
    const QString warning = CsvReader::encodingWarning(table->encoding, table->legacyLine, QStringLiteral("mixed.csv"));
    QVERIFY2(warning.startsWith(QStringLiteral("warning: mixed.csv:3: ")), qPrintable(warning));

    // A whole Windows-1252 file is said too, at its first accented line; UTF-8 is not.
    const Expected<CsvTable> latin = CsvReader::read(QByteArray("Nom\nDur\xE9""e\n"), QStringLiteral("excel.csv"));
    QCOMPARE(latin->legacyLine, 2);
    QVERIFY(CsvReader::encodingWarning(latin->encoding, latin->legacyLine, QStringLiteral("excel.csv"))
                .contains(QStringLiteral("excel.csv:2: the file is not UTF-8")));
    QVERIFY(CsvReader::encodingWarning(QStringLiteral("UTF-8"), 0, QStringLiteral("u.csv")).isEmpty());
}

void TestCsvReader::detectsEncoding()
{
    const Expected<CsvTable> latin = CsvReader::read(QByteArray("Nom;Dur\xE9""e\n\x93x\x94;13 mois\n"),
                                                     QStringLiteral("excel.csv"));
    QVERIFY(latin.hasValue());
    QCOMPARE(latin->encoding, QStringLiteral("Windows-1252"));
    QCOMPARE(latin->rows.at(0).at(1), QStringLiteral("Durée"));
    QCOMPARE(latin->rows.at(1).at(0), QString(QChar(0x201C) + QLatin1Char('x') + QChar(0x201D)));
    const Expected<CsvTable> utf8 = CsvReader::read(QByteArray("Nom;Durée\n"), QStringLiteral("u.csv"));
    QCOMPARE(utf8->encoding, QStringLiteral("UTF-8"));
    QCOMPARE(utf8->rows.at(0).at(1), QStringLiteral("Durée"));
}

void TestCsvReader::refusesBrokenFiles_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("message");
    QTest::newRow("cut inside quotes") << QByteArray("a,b\n1,\"never closed\n2,3\n")
                                       << "broken.csv:2:3: a quoted field starts here";
    QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)
                            << "broken.csv: this is not a text file";
    QTest::newRow("empty") << QByteArray("  \n") << "broken.csv: the file is empty";
}

void TestCsvReader::refusesBrokenFiles()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, message);
    const Expected<CsvTable> table = CsvReader::read(input, QStringLiteral("broken.csv"));
    QVERIFY(!table.hasValue());
    QVERIFY2(table.error().startsWith(message), qPrintable(table.error()));
}

void TestCsvReader::readsTheOpenCookieDatabase()
{
    const QString path = TestSupport::sharedPath(QStringLiteral("data/open-cookie-database.csv"));
    CHARTE_SKIP_UNLESS_SHARED(path);
    const Expected<CsvTable> table = CsvReader::readFile(path);
    QVERIFY2(table.hasValue(), qPrintable(table.error()));
    QCOMPARE(table->delimiter, QChar(u','));
    QCOMPARE(table->rows.size(), 2265);
    for (const QStringList &row : table->rows)
        QCOMPARE(row.size(), 10);
    QCOMPARE(table->rows.first().at(3), QStringLiteral("Cookie / Data Key name"));
}

// Issue 20: a 1 M-row inventory took 22x its size in memory, much of it a copy of
// "Google" or "Mesure d'audience" per row. A repeated cell shares the first copy.
void TestCsvReader::repeatedCellsShareTheirText()
{
    QByteArray csv("Cookie;Prestataire;Finalit\xc3\xa9\n");
    for (int i = 0; i < 1000; ++i)
        csv += "c" + QByteArray::number(i) + ";Google;\"Mesure d'audience; statistiques\"\n";
    const Expected<CsvTable> table = CsvReader::read(csv, QStringLiteral("big.csv"));
    QVERIFY(table.hasValue());
    QCOMPARE(table->rows.size(), 1001);
    for (qsizetype r = 2; r < table->rows.size(); ++r) {
        QCOMPARE(table->rows.at(r).at(1), QStringLiteral("Google"));
        QCOMPARE(table->rows.at(r).at(2), QStringLiteral("Mesure d'audience; statistiques"));
        QCOMPARE(table->rows.at(r).at(1).constData(), table->rows.at(1).at(1).constData());
        QCOMPARE(table->rows.at(r).at(2).constData(), table->rows.at(1).at(2).constData());
    }
    QCOMPARE(table->rows.at(500).at(0), QStringLiteral("c499"));
}

void TestCsvReader::rowReaderGivesOneRowAtATime()
{
    // The streaming import reads rows from here; lines must be those of the table reader.
    const QString text = QStringLiteral("a;b\r\n\r\n\"multi\nline\";2\r\nlast;\"open\n");
    CsvRowReader reader(text, u';');
    QStringList row;
    int line = 0;
    QVERIFY(reader.next(row, line));
    QCOMPARE(row, QStringList({"a", "b"}));
    QCOMPARE(line, 1);
    QVERIFY(reader.next(row, line));
    QCOMPARE(row, QStringList({"multi\nline", "2"}));
    QCOMPARE(line, 3);
    QVERIFY(!reader.unclosedQuote());
    QVERIFY(reader.next(row, line));
    QCOMPARE(row, QStringList({"last", "open\n"}));
    QCOMPARE(line, 5);
    QVERIFY(!reader.next(row, line));
    QCOMPARE(reader.unclosedQuote(), std::optional(std::pair(5, 6)));
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
