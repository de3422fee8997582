// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "export/pdfexporter.h"

#include "document/languages.h"
#include "export/exportstrings.h"
#include "export/htmlexporter.h"
#include "export/hyphenator.h"
#include "export/tablewordbreaks.h"
#include "format/htmlwriter.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextTable>

using Key = ExportStrings::Key;

namespace {

// QTextDocument reads a subset of CSS 2: enough for bordered tables and print sizes.
// Sizes are in points, so they hold at the writer's resolution.
const char *const printStyleSheet =
    "body { font-size: 10pt; color: #000000; }"
    "h1 { font-size: 18pt; margin-bottom: 8pt; }"
    "h2 { font-size: 14pt; margin-top: 16pt; margin-bottom: 6pt; }"
    "h3, h4 { font-size: 11pt; margin-top: 10pt; }"
    "a { color: #1d4e89; }"
    "table { border-collapse: collapse; margin-top: 6pt; margin-bottom: 6pt; }"
    "th, td { border: 1px solid #777777; padding: 4px; vertical-align: top; }"
    "thead th { background-color: #eeeeee; }"
    // A cookie name is one word: breaking "cookies_preferences" in two would misname it.
    "tbody th { font-weight: normal; white-space: nowrap; text-align: left; }"
    "caption { font-weight: bold; font-size: 11pt; }"
    ".charte-category-description { color: #333333; font-size: 9pt; }"
    ".charte-party { color: #333333; font-size: 8pt; }"
    ".charte-footer { color: #333333; font-size: 9pt; margin-top: 16pt; }";

QString labelled(Key key, const QString &language)
{
    const bool french = Languages::isFrench(language);
    return ExportStrings::text(key, language) +
           (french ? QStringLiteral("\u00a0: ") : QStringLiteral(": "));
}

constexpr qreal footerPointSize = 8;

QString resolvedLanguage(const Policy &policy, const QString &language)
{
    return language.isEmpty() ? policy.meta.defaultLanguage : language;
}

} // namespace

QByteArray PdfExporter::html(const Policy &policy, const QString &requestedLanguage,
                             const CharterPreviewLimit &limit)
{
    const QString language = resolvedLanguage(policy, requestedLanguage);
    HtmlWriter html;
    html.start(QLatin1StringView("html"), {{QLatin1StringView("lang"), language}});
    html.start(QLatin1StringView("body"));
    HtmlExporter::writeCharterBody(html, policy, language, limit);
    html.start(QLatin1StringView("div"),
               {{QLatin1StringView("class"), QStringLiteral("charte-footer")}});
    if (!policy.meta.publisherName.isEmpty()) {
        html.start(QLatin1StringView("p"));
        html.text(labelled(Key::PublishedBy, language));
        html.text(policy.meta.publisherName);
        if (!policy.meta.publisherAddress.isEmpty())
            html.text(QString(QStringLiteral(", ") + policy.meta.publisherAddress));
        if (!policy.meta.contactEmail.isEmpty())
            html.text(QString(QStringLiteral(" — ") + policy.meta.contactEmail));
        html.end();
    }
    html.start(QLatin1StringView("p"));
    if (policy.meta.lastUpdated.isValid()) {
        html.text(labelled(Key::LastUpdated, language));
        html.text(QLocale(language).toString(policy.meta.lastUpdated, QLocale::LongFormat));
        html.text(u" · ");
    }
    html.text(QString(ExportStrings::text(Key::Revision, language) + QLatin1Char(' ') +
                      QString::number(policy.meta.revision)));
    html.end(); // p
    html.end(); // div
    html.end(); // body
    html.end(); // html
    return html.finish();
}

namespace {

// Paints the part `band` of the long page with its top at y on the sheet.
void paintBand(QPainter &painter, const QTextDocument &document, const QRectF &band, qreal y)
{
    painter.save();
    painter.translate(0, y - band.top());
    painter.setClipRect(band);
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = band;
    context.palette.setColor(QPalette::Text, Qt::black);
    document.documentLayout()->draw(&painter, context);
    painter.restore();
}

} // namespace

PdfExporter::Layout PdfExporter::layOut(const Policy &policy, const QString &requestedLanguage,
                                        QPagedPaintDevice &device)
{
    const QString language = resolvedLanguage(policy, requestedLanguage);
    Layout layout;
    layout.document = std::make_unique<QTextDocument>();
    QTextDocument &document = *layout.document;
    // Lay out with the device's resolution, so point sizes and table borders
    // come out at their printed size.
    document.documentLayout()->setPaintDevice(&device);
    QFont font = document.defaultFont();
    font.setPointSizeF(10);
    document.setDefaultFont(font);
    document.setDefaultStyleSheet(QString::fromLatin1(printStyleSheet));
    document.setHtml(QString::fromUtf8(html(policy, language)));
    document.setDocumentMargin(0);

    const QRectF page = device.pageLayout().paintRectPixels(device.logicalDpiX());
    QFont footerFont = font;
    footerFont.setPointSizeF(footerPointSize);
    const QFontMetricsF footerMetrics(footerFont, &device);
    layout.footerHeight = footerMetrics.height() * 2.5;
    layout.pageHeight = page.height() - layout.footerHeight;

    // One long page of the printed width; PageBreaker then chooses where pages end.
    document.setTextWidth(page.width());
    const Hyphenator hyphenator(language);
    layout.tooWide = TableWordBreaks::fit(document, hyphenator);
    layout.pages = PageBreaker::pages(document, layout.pageHeight);
    return layout;
}

Status PdfExporter::render(const Policy &policy, const QString &requestedLanguage,
                           QPagedPaintDevice &device)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return Status::failure(QCoreApplication::translate(
            "PdfExporter", "the PDF export needs a graphical application object (fonts)"));
    const Layout layout = layOut(policy, requestedLanguage, device);
    const QTextDocument &document = *layout.document;
    // Each page draws whole the paragraphs it shows a part of: a paragraph running over
    // hundreds of pages is drawn hundreds of times, and a cookie's purpose of a few
    // megabytes kept the export busy for minutes. No real charter comes near the limit.
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (block.length() - 1 > MaximumParagraphLength)
            return Status::failure(
                QCoreApplication::translate(
                    "PdfExporter", "a paragraph or table cell of %L1 characters (\"%2…\"): the PDF "
                                   "lays out at most %L3 characters in one; shorten it (the HTML "
                                   "export has no such limit)")
                    .arg(block.length() - 1)
                    .arg(block.text().left(40).simplified())
                    .arg(MaximumParagraphLength));
    }
    const qreal width = document.textWidth();

    QFont footerFont = document.defaultFont();
    footerFont.setPointSizeF(footerPointSize);
    const QFontMetricsF footerMetrics(footerFont, &device);
    const qsizetype pageCount = layout.pages.size();
    QPainter painter;
    if (!painter.begin(&device))
        return Status::failure(
            QCoreApplication::translate("PdfExporter", "cannot start painting the pages"));
    const QString site = policy.meta.siteName;
    for (qsizetype index = 0; index < pageCount; ++index) {
        if (index > 0 && !device.newPage()) {
            painter.end();
            return Status::failure(
                QCoreApplication::translate("PdfExporter", "cannot add page %1").arg(index + 1));
        }
        const PageBreaker::Page &page = layout.pages.at(index);
        // A continued table's header row first, then the page's own part below it.
        if (page.headerHeight() > 0)
            paintBand(painter, document, QRectF(0, page.headerTop, width, page.headerHeight()), 0);
        paintBand(painter, document, QRectF(0, page.top, width, page.bottom - page.top),
                  page.headerHeight());

        painter.setFont(footerFont);
        painter.setPen(QColor(0x44, 0x44, 0x44));
        const QRectF footer(0, layout.pageHeight + layout.footerHeight - footerMetrics.height() * 1.5,
                            width, footerMetrics.height() * 1.5);
        painter.drawText(footer, Qt::AlignLeft | Qt::AlignBottom, site);
        painter.drawText(footer, Qt::AlignRight | Qt::AlignBottom,
                         QStringLiteral("%1 / %2").arg(index + 1).arg(pageCount));
    }
    painter.end();
    return Status::success();
}

namespace {

// QPdfWriter stamps the current time, with the machine's time zone, as
// /CreationDate. Exports are deterministic (same document, same bytes, on any
// machine), so the stamp becomes the charter's last-updated day at midnight UTC,
// and the cross-reference table (byte offsets of the objects that follow) is
// shifted by the difference in length. Any surprise in the layout leaves the file
// as QPdfWriter wrote it.
void stampCreationDate(QByteArray &pdf, const QDate &date)
{
    const QByteArray key = "/CreationDate (D:";
    const qsizetype start = pdf.indexOf(key);
    const qsizetype close = start < 0 ? -1 : pdf.indexOf(')', start);
    const qsizetype xref = pdf.lastIndexOf("\nxref\n");
    const qsizetype startxref = pdf.lastIndexOf("\nstartxref\n");
    if (start < 0 || close < 0 || xref < close || startxref < xref)
        return;
    const QDate day = date.isValid() ? date : QDate(1970, 1, 1);
    const QByteArray stamp = key + day.toString(QStringLiteral("yyyyMMdd")).toLatin1() + "000000Z)";
    const qsizetype delta = stamp.size() - (close + 1 - start);

    // The table: "xref", then "first count", then 20-byte entries "oooooooooo ggggg n \n".
    QByteArray result = pdf;
    qsizetype line = xref + 6;
    const qsizetype header = result.indexOf('\n', line);
    const QList<QByteArray> range = result.mid(line, header - line).trimmed().split(' ');
    bool ok = range.size() == 2;
    const int count = ok ? range.at(1).toInt(&ok) : 0;
    if (!ok)
        return;
    line = header + 1;
    for (int i = 0; i < count; ++i, line += 20) {
        const QByteArray entry = result.mid(line, 20);
        if (entry.size() != 20 || (entry.at(17) != 'n' && entry.at(17) != 'f'))
            return;
        if (entry.at(17) != 'n')
            continue;
        const qlonglong offset = entry.left(10).toLongLong(&ok);
        if (!ok)
            return;
        if (offset > start)
            result.replace(line, 10, QByteArray::number(offset + delta).rightJustified(10, '0'));
    }
    const qsizetype numberStart = startxref + 11;
    const qsizetype numberEnd = result.indexOf('\n', numberStart);
    const qlonglong xrefOffset =
        result.mid(numberStart, numberEnd - numberStart).trimmed().toLongLong(&ok);
    if (!ok || numberEnd < 0)
        return;
    result.replace(numberStart, numberEnd - numberStart, QByteArray::number(xrefOffset + delta));
    result.replace(start, close + 1 - start, stamp);
    pdf = result;
}

} // namespace

Expected<QByteArray> PdfExporter::exportCharter(const Policy &policy, const QString &language)
{
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(20, 18, 20, 15), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setCreator(QStringLiteral("Charte"));
        const QString resolved = resolvedLanguage(policy, language);
        writer.setTitle(policy.charter.isEmpty()
                            ? policy.meta.siteName
                            : policy.text(policy.charter.first().title, resolved));
        const Status status = render(policy, resolved, writer);
        if (!status)
            return Expected<QByteArray>::failure(status.error);
    }
    stampCreationDate(bytes, policy.meta.lastUpdated);
    return bytes;
}
