#include "itemmodels/tabulartext.h"

#include <QMimeData>
#include <QStandardItemModel>
#include <QTest>

// The clipboard formats the grid exchanges with LibreOffice Calc and Excel.
class TestClipboard : public QObject
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

void TestClipboard::writesTsv_data()
{
    QTest::addColumn<Rows>("rows");
    QTest::addColumn<QString>("tsv");
    QTest::newRow("plain") << Rows{{u"a"_qs, u"b"_qs}, {u"c"_qs, u"d"_qs}} << "a\tb\nc\td\n";
    QTest::newRow("empty cells") << Rows{{QString(), u"b"_qs, QString()}} << "\tb\t\n";
    QTest::newRow("newline in a cell is quoted")
        << Rows{{u"line 1\nline 2"_qs, u"x"_qs}} << "\"line 1\nline 2\"\tx\n";
    QTest::newRow("tab in a cell is quoted") << Rows{{u"a\tb"_qs}} << "\"a\tb\"\n";
    QTest::newRow("quotes doubled") << Rows{{u"say \"hi\""_qs}} << "\"say \"\"hi\"\"\"\n";
    QTest::newRow("accents kept") << Rows{{u"Finalité"_qs}} << "Finalité\n";
}

void TestClipboard::writesTsv()
{
    QFETCH(Rows, rows);
    QFETCH(QString, tsv);
    QCOMPARE(TabularText::toTsv(rows), tsv);
}

void TestClipboard::parsesTsv_data()
{
    QTest::addColumn<QString>("tsv");
    QTest::addColumn<Rows>("rows");
    QTest::newRow("Calc block") << "a\tb\nc\td\n" << Rows{{u"a"_qs, u"b"_qs}, {u"c"_qs, u"d"_qs}};
    QTest::newRow("no trailing newline") << "a\tb" << Rows{{u"a"_qs, u"b"_qs}};
    QTest::newRow("Excel CRLF") << "a\tb\r\nc\td\r\n"
                                << Rows{{u"a"_qs, u"b"_qs}, {u"c"_qs, u"d"_qs}};
    QTest::newRow("old Mac CR") << "a\rb\r" << Rows{{u"a"_qs}, {u"b"_qs}};
    QTest::newRow("empty cells") << "\tb\t\n" << Rows{{QString(), u"b"_qs, QString()}};
    QTest::newRow("single cell") << "sessionid" << Rows{{u"sessionid"_qs}};
    QTest::newRow("quoted newline (Excel)") << "\"line 1\r\nline 2\"\tx\r\n"
                                            << Rows{{u"line 1\r\nline 2"_qs, u"x"_qs}};
    QTest::newRow("quoted tab") << "\"a\tb\"\tc\n" << Rows{{u"a\tb"_qs, u"c"_qs}};
    QTest::newRow("doubled quotes") << "\"say \"\"hi\"\"\"\n" << Rows{{u"say \"hi\""_qs}};
    QTest::newRow("quote inside an unquoted cell is literal") << "5\" screen\tx\n"
                                                              << Rows{{u"5\" screen"_qs, u"x"_qs}};
    QTest::newRow("quoted cell followed by text is literal") << "\"a\"b\tc\n"
                                                             << Rows{{u"\"a\"b"_qs, u"c"_qs}};
    QTest::newRow("unterminated quote is literal") << "\"abc\tdef\n"
                                                   << Rows{{u"\"abc"_qs, u"def"_qs}};
    QTest::newRow("empty quoted cell") << "\"\"\tx\n" << Rows{{QString(), u"x"_qs}};
    QTest::newRow("blank line in the middle") << "a\n\nb\n"
                                              << Rows{{u"a"_qs}, {QString()}, {u"b"_qs}};
    QTest::newRow("nothing") << "" << Rows{};
}

void TestClipboard::parsesTsv()
{
    QFETCH(QString, tsv);
    QFETCH(Rows, rows);
    QCOMPARE(TabularText::parseTsv(tsv), rows);
}

void TestClipboard::roundTrips()
{
    const Rows rows{{u"_ga"_qs, u"Distingue les visiteurs.\nSecond paragraphe."_qs, u"13 mois"_qs},
                    {u"a\"b"_qs, QString(), u"tab\there"_qs},
                    {u"\"quoted\""_qs, u"x"_qs, u"y"_qs}};
    QCOMPARE(TabularText::parseTsv(TabularText::toTsv(rows)), rows);
}

void TestClipboard::htmlIsAnEscapedTable()
{
    const QString html = QString::fromUtf8(TabularText::toHtml(
        {{u"<script>alert(1)</script>"_qs, u"a & b"_qs}, {u"line 1\nline 2"_qs, u"é"_qs}},
        {u"Cookie"_qs, u"Purpose"_qs}));
    QVERIFY(html.contains(u"<meta charset=\"utf-8\">"_qs));
    QVERIFY(html.contains(u"<th>Cookie</th><th>Purpose</th>"_qs));
    QVERIFY(html.contains(u"<td>&lt;script&gt;alert(1)&lt;/script&gt;</td><td>a &amp; b</td>"_qs));
    QVERIFY(html.contains(u"<td>line 1<br>line 2</td><td>é</td>"_qs));
    QVERIFY(!html.contains(u"<script>"_qs));
    QCOMPARE(html.count(u"<tr>"_qs), 3);
}

void TestClipboard::mimeDataCarriesBothFormats()
{
    const Rows rows{{u"a"_qs, u"b"_qs}};
    std::unique_ptr<QMimeData> mime(TabularText::mimeData(rows));
    QVERIFY(mime->hasText());
    QVERIFY(mime->hasHtml());
    QCOMPARE(mime->text(), u"a\tb\n"_qs);
    QVERIFY(mime->html().contains(u"<td>a</td><td>b</td>"_qs));
    QCOMPARE(TabularText::fromMimeData(mime.get()), rows);
    QVERIFY(TabularText::fromMimeData(nullptr).isEmpty());
}

void TestClipboard::cellsOfASelection()
{
    QStandardItemModel model(5, 4);
    for (int row = 0; row < 5; ++row) {
        for (int column = 0; column < 4; ++column)
            model.setItem(row, column, new QStandardItem(u"%1%2"_qs.arg(row).arg(column)));
    }
    // A ragged selection: rows 1 and 3, columns 1 and 3 of row 1 and column 2 of row 3.
    const QList<QModelIndex> indexes{model.index(3, 2), model.index(1, 1), model.index(1, 3)};
    QCOMPARE(TabularText::cellsOf(&model, indexes),
             (Rows{{u"11"_qs, QString(), u"13"_qs}, {QString(), u"32"_qs, QString()}}));
    QVERIFY(TabularText::cellsOf(&model, {}).isEmpty());
}

QTEST_GUILESS_MAIN(TestClipboard)
#include "tst_tabulartext.moc"
