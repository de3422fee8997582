// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include <QList>

class QTextDocument;

// Cuts a QTextDocument laid out as one long page (a text width, no page height) into
// printed pages, choosing where each page ends:
//   - between two lines of text, or between two table rows, never through a line
//     or a row (a row whose cells wrap stays whole on one page);
//   - never right after a heading, a table caption or a table's header row: those
//     go to the next page with what they introduce;
//   - a table that goes on to a new page repeats its header row there.
// QTextDocument's own pagination moves lines but splits table rows across pages
// and knows no "keep with next", hence this.
//
// A single row or line taller than a page is the one thing cut through, at the
// page's foot: there is no better place.
namespace PageBreaker {

// A page shows the document between top and bottom (document coordinates, the
// layout's device units). Consecutive pages may overlap by a table border's width,
// so that a row cut from the next keeps its bottom border and the next its top one.
struct Page
{
    qreal top = 0;
    qreal bottom = 0;
    // A page that continues a table starts with the table's header row again: the
    // band headerTop..headerBottom is drawn first, then top..bottom below it.
    qreal headerTop = 0;
    qreal headerBottom = 0;
    qreal headerHeight() const { return headerBottom - headerTop; }
};

// Something that must not be cut: a line of text or a table row.
struct Piece
{
    qreal top = 0;
    qreal bottom = 0;
    bool keepWithNext = false; // a heading's line, a caption, a header row
    bool tableRow = false;
    qreal border = 0;          // a row's border width, shown on both sides of a cut
    // A body row of a table with a header row: that header's band (borders included),
    // repeated at the top of a page this row starts. Empty otherwise.
    qreal headerTop = 0;
    qreal headerBottom = 0;
};

// The pieces of document in reading (and vertical) order.
QList<Piece> pieces(const QTextDocument &document);

// The pages of height pageHeight for pieces; at least one page.
QList<Page> pages(const QList<Piece> &pieces, qreal pageHeight);

inline QList<Page> pages(const QTextDocument &document, qreal pageHeight)
{
    return pages(pieces(document), pageHeight);
}
} // namespace PageBreaker
