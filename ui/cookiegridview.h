// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include <QTableView>

#include <functional>

// The cookie grid's view: a table whose rows are dragged to a new place. The view
// only carries the gesture — it shows where the rows would land and says where
// they were dropped (rowsDropped); the page decides whether and how they move, as
// one undo step. Qt's own internal move would remove and reinsert the rows through
// the model (or, in a table, clear the dragged cells), neither of which an undo
// stack of cookie commands can express.
class CookieGridView : public QTableView
{
    Q_OBJECT

public:
    // The MIME type of a drag of rows inside one grid.
    static QString rowsMimeType();

    explicit CookieGridView(QWidget *parent = nullptr);

    // Whether rows may be dropped now (the page's rows are in document order);
    // unset: always.
    void setDropAllowed(std::function<bool()> allowed) { m_dropAllowed = std::move(allowed); }
    // The selected cells' texts as a rectangle of the visible columns: a hidden
    // column inside it is left out, so a paste into the visible columns lines up.
    QList<QStringList> selectedCells() const;
    // The MIME data a drag of the selected rows carries (owned by the caller).
    QMimeData *rowsMimeData() const;

signals:
    // The dragged rows were dropped before view row `row` (rowCount(): after the last).
    void rowsDropped(int row);

protected:
    void startDrag(Qt::DropActions supportedActions) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    bool accepts(const QMimeData *mime) const;
    // The view row a drop at `position` (viewport coordinates) goes before.
    int dropRow(const QPoint &position) const;

    std::function<bool()> m_dropAllowed;
    int m_dropRow = -1; // where the drop line is drawn while dragging, else -1
};
