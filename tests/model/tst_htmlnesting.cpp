// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "format/htmlnesting.h"

#include <QTest>

// The depth estimate decides which pages the importer and the scanner refuse: it must
// see a hostile page's real depth and not mistake a long flat page for a deep one.
class TestHtmlNesting : public QObject
{
    Q_OBJECT

private slots:
    void measuresDepth_data();
    void measuresDepth();
    void longFlatPagesStayShallow_data();
    void longFlatPagesStayShallow();
    void hostilePagesAreDeep_data();
    void hostilePagesAreDeep();
};

void TestHtmlNesting::measuresDepth_data()
{
    QTest::addColumn<QByteArray>("html");
    QTest::addColumn<int>("depth");
    QTest::newRow("empty") << QByteArray() << 0;
    QTest::newRow("text") << QByteArray("a < b > c") << 0;
    QTest::newRow("closed") << QByteArray("<div><p>x</p></div><div></div>") << 2;
    QTest::newRow("void elements") << QByteArray("<div><br><img src=a><hr><input></div>") << 1;
    QTest::newRow("upper case") << QByteArray("<DIV><Span></SPAN></div>") << 2;
    QTest::newRow("end tag closes what is left open")
        << QByteArray("<div><span><b></div><div></div>") << 3;
    QTest::newRow("stray end tags") << QByteArray("</div></span><div></table></div>") << 1;
    QTest::newRow("comment") << QByteArray("<!-- <div><div> --><p>") << 1;
    QTest::newRow("doctype") << QByteArray("<!DOCTYPE html><html>") << 1;
    QTest::newRow("script text") << QByteArray("<script>if (a<b) '<div><div>'</script>") << 1;
    QTest::newRow("style text") << QByteArray("<style>div>p{}</style><div>") << 1;
    QTest::newRow("quoted >") << QByteArray("<div title=\"a>b<div>\"><span>") << 2;
    QTest::newRow("table rows") << QByteArray("<table><tr><td>a</td></tr></table>") << 4;
    QTest::newRow("svg self-closing") << QByteArray("<svg><path/><path/><g><path/></g></svg>") << 2;
}

void TestHtmlNesting::measuresDepth()
{
    QFETCH(QByteArray, html);
    QFETCH(int, depth);
    QCOMPARE(HtmlNesting::depth(html), depth);
}

void TestHtmlNesting::longFlatPagesStayShallow_data()
{
    QTest::addColumn<QByteArray>("html");
    const int n = 20000;
    QTest::newRow("list items left open") << "<ul>" + QByteArray("<li>item").repeated(n) + "</ul>";
    QTest::newRow("paragraphs left open") << QByteArray("<p>text").repeated(n);
    QTest::newRow("cells and rows left open")
        << "<table>" + QByteArray("<tr><td>a<td>b<th>c").repeated(n) + "</table>";
    QTest::newRow("options left open") << "<select>" + QByteArray("<option>o").repeated(n);
    QTest::newRow("definitions left open")
        << "<dl>" + QByteArray("<dt>t<dd>d").repeated(n) + "</dl>";
    QTest::newRow("paragraphs before blocks") << QByteArray("<p>text<div>block</div>").repeated(n);
    QTest::newRow("svg shapes") << "<svg>" + QByteArray("<rect/>").repeated(n) + "</svg>";
    QTest::newRow("closed divs") << QByteArray("<div><div></div></div>").repeated(n);
}

void TestHtmlNesting::longFlatPagesStayShallow()
{
    QFETCH(QByteArray, html);
    QVERIFY2(HtmlNesting::depth(html) < 10,
             QByteArray::number(HtmlNesting::depth(html)).constData());
}

void TestHtmlNesting::hostilePagesAreDeep_data()
{
    QTest::addColumn<QByteArray>("html");
    const int n = 100000;
    QTest::newRow("divs") << QByteArray("<div>").repeated(n);
    QTest::newRow("tables") << QByteArray("<table><tr><td>").repeated(n);
    QTest::newRow("self-closing divs") << QByteArray("<div/>").repeated(n);
    QTest::newRow("divs out of svg") << "<svg>" + QByteArray("<div/>").repeated(n);
    QTest::newRow("divs in foreignObject")
        << "<svg><foreignObject>" + QByteArray("<div/>").repeated(n);
    QTest::newRow("spans") << QByteArray("<span>").repeated(n);
}

void TestHtmlNesting::hostilePagesAreDeep()
{
    QFETCH(QByteArray, html);
    QVERIFY2(HtmlNesting::depth(html) >= 100000,
             QByteArray::number(HtmlNesting::depth(html)).constData());
}

QTEST_GUILESS_MAIN(TestHtmlNesting)
#include "tst_htmlnesting.moc"
