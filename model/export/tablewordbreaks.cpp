// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "export/tablewordbreaks.h"

#include "export/hyphenator.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextOption>
#include <QTextTable>

namespace TableWordBreaks {
namespace {

void collectTables(QTextFrame *frame, QList<QTextTable *> &found)
{
    for (QTextFrame *child : frame->childFrames()) {
        if (auto *table = qobject_cast<QTextTable *>(child))
            found << table;
        collectTables(child, found);
    }
}

constexpr qsizetype minimumHyphenatedLength = 8;

bool isWordCharacter(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

// The table's laid-out width against the room the document gives it.
bool isTooWide(const QTextDocument &document, QTextTable *table)
{
    const qreal room = document.textWidth() - 2 * document.documentMargin();
    const QRectF box = document.documentLayout()->frameBoundingRect(table);
    // Qt's table can come out a device pixel or two wider than the room, from how it
    // rounds borders: that is no overflow, and no word is cut for it.
    return box.width() > room + 2;
}

// Puts a soft hyphen at every hyphenation point of each word of the cell's wrapping
// blocks. Returns the number inserted.
int hyphenateCell(const QTextTableCell &cell, const Hyphenator &hyphenator)
{
    int inserted = 0;
    QTextDocument *document = cell.firstCursorPosition().document();
    // lastPosition() is asked again each time: every insertion moves the cell's end.
    for (QTextBlock block = document->findBlock(cell.firstPosition());
         block.isValid() && block.position() <= cell.lastPosition(); block = block.next()) {
        if (block.blockFormat().nonBreakableLines())
            continue;
        const QString text = block.text();
        QList<int> points; // offsets in the block, ascending
        qsizetype start = 0;
        while (start < text.size()) {
            while (start < text.size() && !isWordCharacter(text.at(start)))
                ++start;
            qsizetype end = start;
            while (end < text.size() && isWordCharacter(text.at(end)))
                ++end;
            // Short words ("cookies") are not worth a cut: "co-okies" reads badly.
            if (end - start >= minimumHyphenatedLength) {
                for (int point : hyphenator.breakPoints(text.mid(start, end - start)))
                    points << int(start + point);
            }
            start = end;
        }
        QTextCursor cursor(block);
        for (auto point = points.crbegin(); point != points.crend(); ++point) {
            cursor.setPosition(block.position() + *point);
            cursor.insertText(QString(QChar(softHyphen)));
            ++inserted;
        }
    }
    return inserted;
}

} // namespace

QList<QTextTable *> tables(const QTextDocument &document)
{
    QList<QTextTable *> found;
    collectTables(document.rootFrame(), found);
    return found;
}

QList<QTextTable *> fit(QTextDocument &document, const Hyphenator &hyphenator)
{
    QTextOption option = document.defaultTextOption();
    option.setWrapMode(QTextOption::WordWrap);
    document.setDefaultTextOption(option);

    document.setUndoRedoEnabled(false); // a print copy: no one undoes the hyphens
    QList<QTextTable *> tooWide;
    for (QTextTable *table : tables(document)) {
        if (!isTooWide(document, table))
            continue;
        // One edit: the document is laid out again once, not after every hyphen.
        QTextCursor edit(table->firstCursorPosition());
        edit.beginEditBlock();
        for (int row = 0; row < table->rows(); ++row) {
            for (int column = 0; column < table->columns(); ++column) {
                const QTextTableCell cell = table->cellAt(row, column);
                if (cell.row() == row && cell.column() == column)
                    hyphenateCell(cell, hyphenator);
            }
        }
        edit.endEditBlock();
        if (isTooWide(document, table))
            tooWide << table;
    }
    if (!tooWide.isEmpty()) {
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        document.setDefaultTextOption(option);
    }
    return tooWide;
}

} // namespace TableWordBreaks
