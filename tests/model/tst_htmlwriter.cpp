// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "format/htmlwriter.h"

#include <QTest>

class TestHtmlWriter : public QObject
{
    Q_OBJECT

private slots:
    void beginPageWritesThePreamble();
    void beginPageEscapesTheTitleAndLeavesHeadOpen();
    void beginMainAndFinishPage();
};

void TestHtmlWriter::beginPageWritesThePreamble()
{
    HtmlWriter html;
    html.beginPage(QStringLiteral("fr-FR"), u"Cookies — Exemple", "body{margin:0}");
    html.end(); // head
    html.end(); // html
    QCOMPARE(html.finish(),
             QByteArray("<!DOCTYPE html>\n"
                        "<html lang=\"fr-FR\">\n"
                        "<head>\n"
                        "<meta charset=\"utf-8\">"
                        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                        "<meta name=\"generator\" content=\"Charte\">\n"
                        "<title>Cookies \xe2\x80\x94 Exemple</title>\n"
                        "<style>body{margin:0}</style>\n"
                        "</head></html>"));
}

void TestHtmlWriter::beginPageEscapesTheTitleAndLeavesHeadOpen()
{
    HtmlWriter html;
    html.beginPage(QStringLiteral("en\"><script>"), u"</title><script>alert(1)</script>",
                   QByteArray());
    html.empty(QLatin1StringView("link"),
               {{QLatin1StringView("rel"), QStringLiteral("stylesheet")}});
    html.end(); // head
    html.end(); // html
    const QByteArray page = html.finish();
    QVERIFY(!page.contains("<script>"));
    QVERIFY(page.contains("<title>&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;</title>"));
    // Links and scripts a caller adds still land in <head>.
    QVERIFY(page.endsWith("<link rel=\"stylesheet\"></head></html>"));
}

void TestHtmlWriter::beginMainAndFinishPage()
{
    HtmlWriter html;
    html.beginPage(QStringLiteral("en"), u"t", QByteArray());
    html.beginMain();
    html.element(QLatin1StringView("p"), u"x");
    QVERIFY(html.finishPage().endsWith(
        "</style>\n</head>\n<body>\n<main>\n<p>x</p></main>\n</body>\n</html>\n"));
}

QTEST_GUILESS_MAIN(TestHtmlWriter)
#include "tst_htmlwriter.moc"
