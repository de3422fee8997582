// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "export/hyphenator.h"
#include "export/pagebreaker.h"
#include "export/pdfexporter.h"
#include "export/tablewordbreaks.h"
#include "format/templates.h"
#include "support/required.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFileInfo>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextTable>

// The PDF's print rules, checked on the laid-out QTextDocument that the export
// paints: no word in a table cell cut without a hyphen, no table row across two
// pages, no heading at the foot of a page.
class TestPrintLayout : public QObject
{
    Q_OBJECT

private slots:
    void dictionaryHyphenation_data();
    void dictionaryHyphenation();
    void fallbackWithoutDictionary();
    void headingMovesToNextPage();
    void headerRowStaysWithFirstRow();
    void continuedTableRepeatsItsHeader();
    void rowTallerThanPageIsCut();
    void narrowCellsLongWords_data();
    void narrowCellsLongWords();

private:
    static Policy longWordsPolicy();
};

namespace {

bool isWordCharacter(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

PageBreaker::Piece line(qreal top, qreal height, bool keep = false)
{
    PageBreaker::Piece piece;
    piece.top = top;
    piece.bottom = top + height;
    piece.keepWithNext = keep;
    return piece;
}

// The page a piece lies on whole, or -1.
qsizetype pageHolding(const QList<PageBreaker::Page> &pages, const PageBreaker::Piece &piece)
{
    for (qsizetype i = 0; i < pages.size(); ++i) {
        if (pages.at(i).top <= piece.top + 0.01 && piece.bottom <= pages.at(i).bottom + 0.01)
            return i;
    }
    return -1;
}

} // namespace

void TestPrintLayout::dictionaryHyphenation_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("word");
    QTest::newRow("fr emplacement") << "fr" << "emplacement";
    QTest::newRow("fr Anticonstitutionnellement") << "fr" << "Anticonstitutionnellement";
    QTest::newRow("en documentation") << "en" << "documentation";
    QTest::newRow("en international") << "en" << "international";
    QTest::newRow("fr-FR accented") << "fr-FR" << "préférences";
}

void TestPrintLayout::dictionaryHyphenation()
{
    QFETCH(QString, language);
    QFETCH(QString, word);
    const Hyphenator hyphenator(language);
    CHARTE_REQUIRE(!hyphenator.dictionaryFile().isEmpty(),
                   QStringLiteral("no hyphenation patterns for %1 in /usr/share/hyphen "
                                  "(Debian: hyphen-fr, hyphen-en-us)")
                       .arg(language));
    const QList<int> points = hyphenator.breakPoints(word);
    QVERIFY2(!points.isEmpty(), qPrintable(word));
    QString shown = word;
    for (auto point = points.crbegin(); point != points.crend(); ++point) {
        QVERIFY(*point >= Hyphenator::minimumLeft);
        QVERIFY(word.size() - *point >= Hyphenator::minimumRight);
        shown.insert(*point, u'-');
    }
    qInfo("%s", qPrintable(shown));
    // The patterns, not a count: a syllable boundary every reader accepts is there.
    if (word == QStringLiteral("emplacement"))
        QCOMPARE(shown, QStringLiteral("em-pla-ce-ment"));
    if (word == QStringLiteral("documentation"))
        QVERIFY2(points.contains(3), qPrintable(shown)); // doc-u-men-ta-tion
    if (word == QStringLiteral("préférences"))
        QCOMPARE(shown, QStringLiteral("pré-fé-rences")); // counted in characters, not UTF-8 bytes
}

void TestPrintLayout::fallbackWithoutDictionary()
{
    const Hyphenator hyphenator(QStringLiteral("fr"), QStringLiteral("/nonexistent-folder"));
    QVERIFY(hyphenator.dictionaryFile().isEmpty());
    const QString word = QStringLiteral("OpendatasoftInternational2024");
    const QList<int> points = hyphenator.breakPoints(word);
    QVERIFY(points.contains(12));               // Opendatasoft|International
    QVERIFY(points.contains(25));               // International|2024
    qsizetype previous = 0;
    for (int point : points) {
        QVERIFY(point - previous <= 6 || word.at(point).isUpper() || word.at(point).isDigit());
        previous = point;
    }
    QVERIFY(hyphenator.breakPoints(QStringLiteral("abcd")).isEmpty()); // too short to cut
}

void TestPrintLayout::headingMovesToNextPage()
{
    // Page 100 high; the heading (90..98) fits but the paragraph after it does not.
    const QList<PageBreaker::Piece> pieces = {line(0, 40), line(45, 40), line(90, 8, true),
                                              line(100, 10), line(110, 10)};
    const QList<PageBreaker::Page> pages = PageBreaker::pages(pieces, 100);
    QCOMPARE(pages.size(), 2);
    QCOMPARE(pageHolding(pages, pieces.at(2)), 1);
    QCOMPARE(pageHolding(pages, pieces.at(3)), 1);
    QCOMPARE(pages.at(0).bottom, 85.0);
    // A page of headings alone cannot move them all: it is filled, not lost.
    const QList<PageBreaker::Piece> allHeadings = {line(0, 60, true), line(60, 60, true),
                                                   line(120, 10)};
    const QList<PageBreaker::Page> full = PageBreaker::pages(allHeadings, 100);
    QCOMPARE(full.size(), 2);
    QCOMPARE(pageHolding(full, allHeadings.at(0)), 0);
}

void TestPrintLayout::headerRowStaysWithFirstRow()
{
    PageBreaker::Piece header = line(80, 15, true);
    header.tableRow = true;
    header.border = 1;
    PageBreaker::Piece row = line(96, 30);
    row.tableRow = true;
    row.border = 1;
    const QList<PageBreaker::Piece> pieces = {line(0, 70), header, row};
    const QList<PageBreaker::Page> pages = PageBreaker::pages(pieces, 100);
    QCOMPARE(pages.size(), 2);
    QCOMPARE(pageHolding(pages, header), 1);
    QCOMPARE(pageHolding(pages, row), 1);
    // The border above the header row is drawn on the page it moved to.
    QCOMPARE(pages.at(1).top, 79.0);
}

void TestPrintLayout::continuedTableRepeatsItsHeader()
{
    PageBreaker::Piece header = line(0, 10, true);
    header.tableRow = true;
    QList<PageBreaker::Piece> pieces = {header};
    for (int row = 0; row < 6; ++row) {
        PageBreaker::Piece body = line(10 + row * 30, 30);
        body.tableRow = true;
        body.headerTop = 0;
        body.headerBottom = 10;
        pieces << body;
    }
    const QList<PageBreaker::Page> pages = PageBreaker::pages(pieces, 100);
    // Page 1: header + 3 rows (0..100); then 90 of room under the repeated header: 3 rows.
    QCOMPARE(pages.size(), 2);
    QCOMPARE(pages.at(0).headerHeight(), 0.0);
    QCOMPARE(pages.at(0).bottom, 100.0);
    QCOMPARE(pages.at(1).headerTop, 0.0);
    QCOMPARE(pages.at(1).headerBottom, 10.0);
    QCOMPARE(pages.at(1).top, 100.0);
    QCOMPARE(pages.at(1).bottom, 190.0);
}

void TestPrintLayout::rowTallerThanPageIsCut()
{
    PageBreaker::Piece tall = line(10, 250);
    tall.tableRow = true;
    const QList<PageBreaker::Piece> pieces = {line(0, 10), tall, line(260, 10)};
    const QList<PageBreaker::Page> pages = PageBreaker::pages(pieces, 100);
    QVERIFY(pages.size() >= 3);
    for (qsizetype i = 1; i < pages.size(); ++i)
        QVERIFY(pages.at(i).top >= pages.at(i - 1).top + 1); // always forward
    QVERIFY(pages.last().bottom >= 270);
}

Policy TestPrintLayout::longWordsPolicy()
{
    // Five columns of long words: side by side, their whole words are wider than
    // A4, so without hyphenation Qt would cut them anywhere ("Opendatasof/t").
    Policy policy = Templates::defaultPolicy();
    Provider provider;
    provider.id = QStringLiteral("ods");
    provider.name = QStringLiteral("Opendatasoftinternational");
    policy.providers << provider;
    const QString category = policy.categories.last().id;
    for (int i = 0; i < 70; ++i) {
        Cookie cookie;
        cookie.name = QStringLiteral("_pk_id.%1").arg(i);
        cookie.match = i % 3 == 0 ? NameMatch::Prefix : NameMatch::Exact;
        cookie.providerId = provider.id;
        cookie.categoryId = category;
        for (const QString &language : {QStringLiteral("fr"), QStringLiteral("en")}) {
            cookie.service.set(language, QStringLiteral("Anticonstitutionnellement emplacement"));
            QString purpose = QStringLiteral("Intergouvernementalisation internationalisation "
                                             "documentation");
            for (int more = 0; more < i % 5; ++more)
                purpose += QStringLiteral(" des statistiques de fréquentation anonymisées");
            cookie.purpose.set(language, purpose);
        }
        cookie.lifetime = Lifetime::fromSeconds(13LL * 30 * 24 * 3600);
        policy.cookies << cookie;
    }
    return policy;
}

void TestPrintLayout::narrowCellsLongWords_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("fr") << "fr";
    QTest::newRow("en") << "en";
}

void TestPrintLayout::narrowCellsLongWords()
{
    QFETCH(QString, language);
    Policy policy = longWordsPolicy();
    if (!policy.meta.languages.contains(language))
        policy.meta.languages << language;
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(20, 18, 20, 15), QPageLayout::Millimeter);
    writer.setResolution(300);
    const PdfExporter::Layout layout = PdfExporter::layOut(policy, language, writer);
    const QTextDocument &document = *layout.document;
    QVERIFY(layout.tooWide.isEmpty());
    QVERIFY2(layout.pages.size() >= 3, qPrintable(QString::number(layout.pages.size())));

    // 1. Every line break inside a table cell falls between words, or after a soft
    //    hyphen (drawn as "-"), or after a hyphen the text already had.
    const QList<QTextTable *> tables = TableWordBreaks::tables(document);
    QVERIFY(!tables.isEmpty());
    for (QTextTable *table : tables) // <thead>: the header row keeps with the first row
        QCOMPARE(table->format().headerRowCount(), 1);
    int hyphenatedBreaks = 0;
    for (QTextTable *table : tables) {
        // Two device pixels for how Qt rounds a table's borders (as TableWordBreaks allows).
        QVERIFY2(document.documentLayout()->frameBoundingRect(table).width() <=
                     document.textWidth() + 2,
                 "a table is wider than the page");
        for (QTextBlock block = document.findBlock(table->firstPosition());
             block.isValid() && block.position() < table->lastPosition(); block = block.next()) {
            const QString text = block.text();
            const QTextLayout *lines = block.layout();
            for (int i = 0; i + 1 < lines->lineCount(); ++i) {
                const int end = lines->lineAt(i).textStart() + lines->lineAt(i).textLength();
                if (end <= 0 || end >= text.size())
                    continue;
                const QChar before = text.at(end - 1);
                const QChar after = text.at(end);
                if (before == QChar(TableWordBreaks::softHyphen)) {
                    ++hyphenatedBreaks;
                    continue;
                }
                QVERIFY2(!(isWordCharacter(before) && isWordCharacter(after)),
                         qPrintable(QStringLiteral("a word is cut without a hyphen: \"%1|%2\"")
                                        .arg(text.left(end).right(12), text.mid(end, 12))));
            }
        }
    }
    // The check above must have seen hyphenated words, or it proves nothing.
    QVERIFY2(hyphenatedBreaks > 0, "no word was hyphenated: the fixture is too easy");

    // 2. No table row and no line spans two pages; 3. nothing that keeps with the
    //    next piece (a heading, a caption, a header row) ends a page.
    const QList<PageBreaker::Piece> pieces = PageBreaker::pieces(document);
    int rows = 0;
    int continued = 0;
    for (qsizetype i = 0; i < pieces.size(); ++i) {
        const PageBreaker::Piece &piece = pieces.at(i);
        const qsizetype page = pageHolding(layout.pages, piece);
        QVERIFY2(page >= 0, qPrintable(QStringLiteral("piece %1 (%2..%3) is cut by a page break")
                                           .arg(i)
                                           .arg(piece.top)
                                           .arg(piece.bottom)));
        QVERIFY(piece.bottom - layout.pages.at(page).top + layout.pages.at(page).headerHeight() <=
                layout.pageHeight + 0.01);
        // 4. A page that opens on a table's body row shows the header row again.
        if (piece.tableRow && piece.headerBottom > piece.headerTop &&
            layout.pages.at(page).top >= piece.headerBottom && i > 0 &&
            pageHolding(layout.pages, pieces.at(i - 1)) != page) {
            ++continued;
            QCOMPARE(layout.pages.at(page).headerHeight(), piece.headerBottom - piece.headerTop);
        }
        rows += piece.tableRow ? 1 : 0;
        if (piece.keepWithNext && i + 1 < pieces.size())
            QVERIFY2(pageHolding(layout.pages, pieces.at(i + 1)) == page,
                     qPrintable(QStringLiteral("piece %1 keeps with the next but ends page %2")
                                    .arg(i)
                                    .arg(page + 1)));
    }
    QVERIFY(rows >= 70);
    QVERIFY2(continued > 0, "no table went on to a new page: the fixture is too short");
    // Every heading of the charter is followed on its page by what it introduces.
    int headings = 0;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() == 0 || block.text().trimmed().isEmpty())
            continue;
        ++headings;
        const QRectF box = document.documentLayout()->blockBoundingRect(block);
        const qsizetype page = pageHolding(layout.pages, line(box.top(), box.height()));
        QVERIFY(page >= 0);
        QTextBlock next = block.next();
        while (next.isValid() && next.text().trimmed().isEmpty())
            next = next.next();
        if (!next.isValid())
            continue;
        const QRectF nextBox = document.documentLayout()->blockBoundingRect(next);
        const QTextLine first = next.layout()->lineAt(0);
        const PageBreaker::Piece firstLine =
            line(nextBox.top() + first.y(), first.height());
        QVERIFY2(pageHolding(layout.pages, firstLine) == page,
                 qPrintable(QStringLiteral("heading \"%1\" ends page %2").arg(block.text()).arg(page + 1)));
    }
    QVERIFY(headings >= 3);

    // The file itself: one PDF page per planned page.
    const Expected<QByteArray> pdf = PdfExporter::exportCharter(policy, language);
    QVERIFY2(pdf.hasValue(), qPrintable(pdf.error()));
    const QString raw = QString::fromLatin1(*pdf);
    QCOMPARE(raw.count(QRegularExpression(QStringLiteral("/Type\\s*/Page(?!s)"))), layout.pages.size());
}

QTEST_MAIN(TestPrintLayout)
#include "tst_printlayout.moc"
