// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "cookiegridview.h"

#include "itemmodels/tabulartext.h"

#include <QDrag>
#include <QDragEnterEvent>
#include <QHeaderView>
#include <QMimeData>
#include <QPainter>

QString CookieGridView::rowsMimeType()
{
    return QStringLiteral("application/x-charte-cookie-rows");
}

CookieGridView::CookieGridView(QWidget *parent) : QTableView(parent)
{
    setDragEnabled(true);
    setAcceptDrops(true);
    // The platform delivers drags to the widget under the mouse that accepts them:
    // the viewport, whose events the view handles.
    viewport()->setAcceptDrops(true);
    setDragDropMode(QAbstractItemView::DragDrop);
    setDefaultDropAction(Qt::MoveAction);
    setDragDropOverwriteMode(false);
    setDropIndicatorShown(false); // drawn here as a line between rows
}

QList<QStringList> CookieGridView::selectedCells() const
{
    const QModelIndexList indexes = selectedIndexes(); // the view's: visible cells only
    QList<QStringList> cells = TabularText::cellsOf(model(), indexes);
    if (cells.isEmpty())
        return cells;
    int first = indexes.constFirst().column();
    for (const QModelIndex &index : indexes)
        first = std::min(first, index.column());
    for (QStringList &row : cells) {
        for (qsizetype offset = row.size() - 1; offset >= 0; --offset) {
            if (isColumnHidden(first + int(offset)))
                row.removeAt(offset);
        }
    }
    return cells;
}

QMimeData *CookieGridView::rowsMimeData() const
{
    // The cells as text too, so rows dragged into a spreadsheet arrive there.
    QMimeData *mime = TabularText::mimeData(selectedCells());
    // Names this view, so a drop from another window's grid is not taken for a move.
    mime->setData(rowsMimeType(), QByteArray::number(quintptr(this)));
    return mime;
}

void CookieGridView::startDrag(Qt::DropActions supportedActions)
{
    Q_UNUSED(supportedActions)
    if (!selectionModel()->hasSelection())
        return;
    auto *drag = new QDrag(this);
    drag->setMimeData(rowsMimeData());
    // Whatever the drop does is done by the page; nothing is removed here afterwards.
    drag->exec(Qt::MoveAction | Qt::CopyAction, Qt::MoveAction);
    m_dropRow = -1;
    viewport()->update();
}

bool CookieGridView::accepts(const QMimeData *mime) const
{
    return mime && mime->data(rowsMimeType()) == QByteArray::number(quintptr(this)) &&
           (!m_dropAllowed || m_dropAllowed());
}

int CookieGridView::dropRow(const QPoint &position) const
{
    const int row = rowAt(position.y());
    if (row < 0)
        return position.y() < 0 ? 0 : model()->rowCount();
    const QRect rect = visualRect(model()->index(row, 0));
    return position.y() > rect.center().y() ? row + 1 : row;
}

void CookieGridView::dragEnterEvent(QDragEnterEvent *event)
{
    if (!accepts(event->mimeData())) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::MoveAction);
    event->accept();
}

void CookieGridView::dragMoveEvent(QDragMoveEvent *event)
{
    if (!accepts(event->mimeData())) {
        event->ignore();
        return;
    }
    m_dropRow = dropRow(event->position().toPoint());
    event->setDropAction(Qt::MoveAction);
    event->accept();
    viewport()->update();
}

void CookieGridView::dragLeaveEvent(QDragLeaveEvent *event)
{
    m_dropRow = -1;
    viewport()->update();
    QTableView::dragLeaveEvent(event);
}

void CookieGridView::dropEvent(QDropEvent *event)
{
    m_dropRow = -1;
    viewport()->update();
    if (!accepts(event->mimeData())) {
        event->ignore();
        return;
    }
    const int row = dropRow(event->position().toPoint());
    event->setDropAction(Qt::MoveAction);
    event->accept();
    emit rowsDropped(row);
}

void CookieGridView::paintEvent(QPaintEvent *event)
{
    QTableView::paintEvent(event);
    if (m_dropRow < 0)
        return;
    const int rows = model()->rowCount();
    int y = 0;
    if (rows == 0)
        y = 0;
    else if (m_dropRow < rows)
        y = rowViewportPosition(m_dropRow);
    else
        y = rowViewportPosition(rows - 1) + rowHeight(rows - 1);
    QPainter painter(viewport());
    painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
    painter.drawLine(0, y, viewport()->width(), y);
}
