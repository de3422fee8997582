// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "itemmodels/tabulartext.h"

#include <QMimeData>
#include <QStandardItemModel>
#include <QTest>

// The clipboard formats the grid exchanges with LibreOffice Calc and Excel.
class TestTabularText : public QObject
{
    Q_OBJECT

private slots:
    void writesTsv_data();
    void writesTsv();
    void parsesTsv_data();
    void parsesTsv();
    void roundTrips();
    void htmlIsAnEscapedTable();
    void mimeDataCarriesBothFormats();
    void cellsOfASelection();
};

using Rows = QList<QStringList>;

void TestTabularText::writesTsv_data()
{
    QTest::addColumn<Rows>("rows");
    QTest::addColumn<QString>("tsv");
    QTest::newRow("plain") << Rows{{QStringLiteral("a"), QStringLiteral("b")}, {QStringLiteral("c"), QStringLiteral("d")}} << "a\tb\nc\td\n";
    QTest::newRow("empty cells") << Rows{{QString(), QStringLiteral("b"), QString()}} << "\tb\t\n";
    QTest::newRow("newline in a cell is quoted")
        << Rows{{QStringLiteral("line 1\nline 2"), QStringLiteral("x")}} << "\"line 1\nline 2\"\tx\n";
    QTest::newRow("tab in a cell is quoted") << Rows{{QStringLiteral("a\tb")}} << "\"a\tb\"\n";
    QTest::newRow("quotes doubled") << Rows{{QStringLiteral("say \"hi\"")}} << "\"say \"\"hi\"\"\"\n";
    QTest::newRow("accents kept") << Rows{{QStringLiteral("Finalité")}} << "Finalité\n";
}

void TestTabularText::writesTsv()
{
    QFETCH(Rows, rows);
    QFETCH(QString, tsv);
    QCOMPARE(TabularText::toTsv(rows), tsv);
}

void TestTabularText::parsesTsv_data()
{
    QTest::addColumn<QString>("tsv");
    QTest::addColumn<Rows>("rows");
    QTest::newRow("Calc block") << "a\tb\nc\td\n" << Rows{{QStringLiteral("a"), QStringLiteral("b")}, {QStringLiteral("c"), QStringLiteral("d")}};
    QTest::newRow("no trailing newline") << "a\tb" << Rows{{QStringLiteral("a"), QStringLiteral("b")}};
    QTest::newRow("Excel CRLF") << "a\tb\r\nc\td\r\n"
                                << Rows{{QStringLiteral("a"), QStringLiteral("b")}, {QStringLiteral("c"), QStringLiteral("d")}};
    QTest::newRow("old Mac CR") << "a\rb\r" << Rows{{QStringLiteral("a")}, {QStringLiteral("b")}};
    QTest::newRow("empty cells") << "\tb\t\n" << Rows{{QString(), QStringLiteral("b"), QString()}};
    QTest::newRow("single cell") << "sessionid" << Rows{{QStringLiteral("sessionid")}};
    QTest::newRow("quoted newline (Excel)") << "\"line 1\r\nline 2\"\tx\r\n"
                                            << Rows{{QStringLiteral("line 1\r\nline 2"), QStringLiteral("x")}};
    QTest::newRow("quoted tab") << "\"a\tb\"\tc\n" << Rows{{QStringLiteral("a\tb"), QStringLiteral("c")}};
    QTest::newRow("doubled quotes") << "\"say \"\"hi\"\"\"\n" << Rows{{QStringLiteral("say \"hi\"")}};
    QTest::newRow("quote inside an unquoted cell is literal") << "5\" screen\tx\n"
                                                              << Rows{{QStringLiteral("5\" screen"), QStringLiteral("x")}};
    QTest::newRow("quoted cell followed by text is literal") << "\"a\"b\tc\n"
                                                             << Rows{{QStringLiteral("\"a\"b"), QStringLiteral("c")}};
    QTest::newRow("unterminated quote is literal") << "\"abc\tdef\n"
                                                   << Rows{{QStringLiteral("\"abc"), QStringLiteral("def")}};
    QTest::newRow("empty quoted cell") << "\"\"\tx\n" << Rows{{QString(), QStringLiteral("x")}};
    QTest::newRow("blank line in the middle") << "a\n\nb\n"
                                              << Rows{{QStringLiteral("a")}, {QString()}, {QStringLiteral("b")}};
    QTest::newRow("nothing") << "" << Rows{};
}

void TestTabularText::parsesTsv()
{
    QFETCH(QString, tsv);
    QFETCH(Rows, rows);
    QCOMPARE(TabularText::parseTsv(tsv), rows);
}

void TestTabularText::roundTrips()
{
    const Rows rows{{QStringLiteral("_ga"), QStringLiteral("Distingue les visiteurs.\nSecond paragraphe."), QStringLiteral("13 mois")},
                    {QStringLiteral("a\"b"), QString(), QStringLiteral("tab\there")},
                    {QStringLiteral("\"quoted\""), QStringLiteral("x"), QStringLiteral("y")}};
    QCOMPARE(TabularText::parseTsv(TabularText::toTsv(rows)), rows);
}

void TestTabularText::htmlIsAnEscapedTable()
{
    const QString html = QString::fromUtf8(TabularText::toHtml(
        {{QStringLiteral("<script>alert(1)</script>"), QStringLiteral("a & b")}, {QStringLiteral("line 1\nline 2"), QStringLiteral("é")}},
        {QStringLiteral("Cookie"), QStringLiteral("Purpose")}));
    QVERIFY(html.contains(QStringLiteral("<meta charset=\"utf-8\">")));
    QVERIFY(html.contains(QStringLiteral("<th>Cookie</th><th>Purpose</th>")));
    QVERIFY(html.contains(QStringLiteral("<td>&lt;script&gt;alert(1)&lt;/script&gt;</td><td>a &amp; b</td>")));
    QVERIFY(html.contains(QStringLiteral("<td>line 1<br>line 2</td><td>é</td>")));
    QVERIFY(!html.contains(QStringLiteral("<script>")));
    QCOMPARE(html.count(QStringLiteral("<tr>")), 3);
}

void TestTabularText::mimeDataCarriesBothFormats()
{
    const Rows rows{{QStringLiteral("a"), QStringLiteral("b")}};
    std::unique_ptr<QMimeData> mime(TabularText::mimeData(rows));
    QVERIFY(mime->hasText());
    QVERIFY(mime->hasHtml());
    QCOMPARE(mime->text(), QStringLiteral("a\tb\n"));
    QVERIFY(mime->html().contains(QStringLiteral("<td>a</td><td>b</td>")));
    QCOMPARE(TabularText::fromMimeData(mime.get()), rows);
    QVERIFY(TabularText::fromMimeData(nullptr).isEmpty());
}

void TestTabularText::cellsOfASelection()
{
    QStandardItemModel model(5, 4);
    for (int row = 0; row < 5; ++row) {
        for (int column = 0; column < 4; ++column)
            model.setItem(row, column, new QStandardItem(QStringLiteral("%1%2").arg(row).arg(column)));
    }
    // A ragged selection: rows 1 and 3, columns 1 and 3 of row 1 and column 2 of row 3.
    const QList<QModelIndex> indexes{model.index(3, 2), model.index(1, 1), model.index(1, 3)};
    QCOMPARE(TabularText::cellsOf(&model, indexes),
             (Rows{{QStringLiteral("11"), QString(), QStringLiteral("13")}, {QString(), QStringLiteral("32"), QString()}}));
    QVERIFY(TabularText::cellsOf(&model, {}).isEmpty());
}

QTEST_GUILESS_MAIN(TestTabularText)
#include "tst_tabulartext.moc"
