// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "export/pagebreaker.h"

#include <QAbstractTextDocumentLayout>
#include <QPaintDevice>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>

#include <limits>

namespace PageBreaker {
namespace {

qreal paintTop(const Piece &piece)
{
    return piece.top - (piece.tableRow ? piece.border : 0);
}

qreal paintBottom(const Piece &piece)
{
    return piece.bottom + (piece.tableRow ? piece.border : 0);
}

class PieceCollector
{
public:
    explicit PieceCollector(const QTextDocument &document)
        : m_layout(document.documentLayout())
    {
        // Table paddings are in CSS pixels; the layout scales them to the device.
        const QPaintDevice *device = m_layout->paintDevice();
        m_scale = device ? device->logicalDpiY() / 96.0 : 1.0;
    }

    void addFrame(QTextFrame *frame)
    {
        for (QTextFrame::iterator it = frame->begin(); !it.atEnd(); ++it) {
            if (QTextFrame *child = it.currentFrame()) {
                if (auto *table = qobject_cast<QTextTable *>(child))
                    addTable(table);
                else
                    addFrame(child);
                continue;
            }
            QTextFrame::iterator next = it;
            ++next;
            const bool beforeTable =
                !next.atEnd() && qobject_cast<QTextTable *>(next.currentFrame()) != nullptr;
            addBlock(it.currentBlock(), beforeTable);
        }
    }

    QList<Piece> pieces;

private:
    void addBlock(const QTextBlock &block, bool beforeTable)
    {
        // An empty block holds no text to cut; skipping it keeps a heading chained
        // to what follows an empty paragraph (Qt also tucks the empty block before a
        // table into its border).
        const QTextLayout *layout = block.layout();
        if (!block.isVisible() || !layout || block.text().trimmed().isEmpty())
            return;
        const QRectF box = m_layout->blockBoundingRect(block);
        const bool heading = block.blockFormat().headingLevel() > 0;
        for (int i = 0; i < layout->lineCount(); ++i) {
            const QTextLine line = layout->lineAt(i);
            Piece piece;
            piece.top = box.top() + line.y();
            piece.bottom = piece.top + line.height();
            // A heading goes with what follows; so does the line that introduces a
            // table (its caption).
            piece.keepWithNext = heading || (beforeTable && i == layout->lineCount() - 1);
            pieces << piece;
        }
    }

    qreal padding(const QTextTable *table, const QTextTableCell &cell, QTextFormat::Property side) const
    {
        const QTextFormat format = cell.format();
        const qreal value = format.hasProperty(side) ? format.doubleProperty(side)
                                                     : table->format().cellPadding();
        return value * m_scale;
    }

    void addTable(QTextTable *table)
    {
        const int rows = table->rows();
        const int columns = table->columns();
        const qsizetype firstRow = pieces.size();
        int tiedBelow = 0; // rows below still covered by a cell spanning rows
        for (int row = 0; row < rows; ++row) {
            qreal top = std::numeric_limits<qreal>::max();
            qreal bottom = std::numeric_limits<qreal>::lowest();
            int spanned = 0; // how many rows below are tied to this one by a tall cell
            for (int column = 0; column < columns; ++column) {
                const QTextTableCell cell = table->cellAt(row, column);
                if (!cell.isValid() || cell.row() != row || cell.column() != column)
                    continue;
                spanned = std::max(spanned, cell.rowSpan() - 1);
                const QTextDocument *document = table->document();
                for (QTextBlock block = document->findBlock(cell.firstPosition());
                     block.isValid() && block.position() <= cell.lastPosition();
                     block = block.next()) {
                    const QRectF box = m_layout->blockBoundingRect(block);
                    top = std::min(top, box.top() - padding(table, cell, QTextFormat::TableCellTopPadding));
                    bottom = std::max(bottom, box.bottom() + padding(table, cell, QTextFormat::TableCellBottomPadding));
                }
            }
            if (top > bottom)
                continue;
            Piece piece;
            piece.top = top;
            piece.bottom = bottom;
            piece.tableRow = true;
            // The header row goes with the first row; a cell spanning rows ties them.
            piece.keepWithNext = row < table->format().headerRowCount() || spanned > 0 || tiedBelow > 1;
            tiedBelow = std::max(tiedBelow - 1, spanned);
            pieces << piece;
        }
        // The border is what lies between one row's padding and the next one's.
        qreal border = table->format().border() * m_scale;
        if (pieces.size() - firstRow >= 2)
            border = std::max<qreal>(0, pieces.at(firstRow + 1).top - pieces.at(firstRow).bottom);
        for (qsizetype i = firstRow; i < pieces.size(); ++i)
            pieces[i].border = border;
        if (pieces.size() > firstRow)
            pieces.last().keepWithNext = false;
        // The header rows' band, for the pages the table continues on.
        const qsizetype headerRows = std::min<qsizetype>(table->format().headerRowCount(),
                                                         pieces.size() - firstRow);
        if (headerRows > 0 && headerRows < pieces.size() - firstRow) {
            const qreal headerTop = paintTop(pieces.at(firstRow));
            const qreal headerBottom = paintBottom(pieces.at(firstRow + headerRows - 1));
            for (qsizetype i = firstRow + headerRows; i < pieces.size(); ++i) {
                pieces[i].headerTop = headerTop;
                pieces[i].headerBottom = headerBottom;
            }
        }
    }

    const QAbstractTextDocumentLayout *m_layout;
    qreal m_scale = 1;
};

} // namespace

QList<Piece> pieces(const QTextDocument &document)
{
    PieceCollector collector(document);
    collector.addFrame(document.rootFrame());
    return collector.pieces;
}

QList<Page> pages(const QList<Piece> &pieces, qreal pageHeight)
{
    QList<Page> result;
    if (pieces.isEmpty() || pageHeight <= 0)
        return {{0, std::max<qreal>(pageHeight, 0)}};
    const qsizetype count = pieces.size();
    qsizetype next = 0; // the first piece not yet on a page
    qreal start = 0;
    while (next < count) {
        // A page that opens on a table's body row first repeats the table's header.
        const Piece &opening = pieces.at(next);
        const qreal header = opening.headerBottom - opening.headerTop;
        const bool repeatHeader = header > 0 && header < pageHeight / 2 && !result.isEmpty() &&
                                  start >= opening.headerBottom;
        const qreal limit = start + pageHeight - (repeatHeader ? header : 0);
        qsizetype last = next - 1;
        while (last + 1 < count && paintBottom(pieces.at(last + 1)) <= limit)
            ++last;
        if (last < next) {
            // The piece is taller than a page: cut through it at the page's foot.
            result << Page{start, limit};
            if (repeatHeader) {
                result.last().headerTop = opening.headerTop;
                result.last().headerBottom = opening.headerBottom;
            }
            start = limit;
            if (paintBottom(pieces.at(next)) <= start)
                ++next;
            continue;
        }
        // Move back over what must not end a page; a page made only of such pieces
        // stays full, there is nowhere better to cut.
        qsizetype end = last;
        if (last + 1 < count) {
            while (end > next && pieces.at(end).keepWithNext)
                --end;
            if (pieces.at(end).keepWithNext)
                end = last;
        }
        result << Page{start, paintBottom(pieces.at(end))};
        if (repeatHeader) {
            result.last().headerTop = opening.headerTop;
            result.last().headerBottom = opening.headerBottom;
        }
        next = end + 1;
        if (next < count)
            start = paintTop(pieces.at(next)); // the margins above it fall between pages
    }
    return result;
}

} // namespace PageBreaker
