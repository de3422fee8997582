// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include "itemmodels/cookiesearchindex.h"
#include "itemmodels/cookiesortindex.h"

#include <QAbstractProxyModel>
#include <QPersistentModelIndex>
#include <QStringList>

#include <vector>

// Sorting and filtering of the cookie grid. The search matches the display text of
// every column (all words must appear, case and accents ignored); the category
// filter keeps one category's rows; "only rows with findings" keeps the rows the
// last compliance check marked.
//
// Built for 100,000 rows. The proxy keeps every source row in the current sort
// order (a counting sort over per-column ranks, see CookieSortIndex), so a sort
// never compares strings and a filter change is one pass over the rows (in source
// order, reading the search index front to back) and one over that order; the
// folded cell texts are kept once per distinct text (CookieSearchIndex). Both
// indexes are built in idle slices (prepare()) and follow the source's row
// signals, so an edit recomputes only the rows it touched.
//
// A flat table proxy: a sort or filter change is announced as one layout change
// (persistent indexes, hence the selection and the current cell, follow their
// rows); rows the source inserts or removes are announced as such, and an edit
// that moves a row or hides it is a layout change.
class CookieTableModel;

class CookieFilterProxy : public QAbstractProxyModel
{
    Q_OBJECT

public:
    explicit CookieFilterProxy(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &index) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // By CookieTableModel::SortRole; a negative column is the document order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    QString searchText() const { return m_searchText; }
    void setSearchText(const QString &text);
    // The columns the search looks in (the grid's visible ones); empty: all.
    void setSearchedColumns(const QList<int> &columns);
    // A category id; empty shows every category.
    QString categoryFilter() const { return m_category; }
    void setCategoryFilter(const QString &categoryId);
    // Keeps only rows with a compliance finding (CookieTableModel::hasFinding, a
    // hash lookup per row). Re-filters when the model's marks change.
    bool onlyRowsWithFindings() const { return m_onlyFindings; }
    void setOnlyRowsWithFindings(bool only);

    // Prepares the search text of up to `rows` more rows; true once every row has
    // it. Called in idle time, so the first keystroke in a large inventory finds
    // the index built.
    bool prepareSearch(int rows);
    // The search text, then the sort ranks of every column, up to about `rows`
    // rows' worth of work; true once everything is ready, so that the first click
    // on any header only reorders.
    bool prepare(int rows);
    bool isSortPrepared(int column) const { return m_sortIndex.isRanked(column); }

private:
    // What a filter change may reuse from the rows shown before it.
    enum class Refilter { All, Narrower };

    bool acceptsRow(int sourceRow) const;
    // Per source row, whether it passes the filters (only `candidates` tested).
    std::vector<char> acceptedRows(const std::vector<char> *candidates) const;
    const std::vector<int> &order() const;
    void refilter(Refilter scope = Refilter::All);
    void rebuildRows(const std::vector<char> *shown);
    void ensureProxyRows() const;
    void beginLayoutChange(QAbstractItemModel::LayoutChangeHint hint);
    void endLayoutChange(QAbstractItemModel::LayoutChangeHint hint);
    int insertionPoint(int sourceRow) const;
    bool rowLess(int left, int right) const;
    bool isInPlace(int proxyRow) const;

    void clearCaches();
    void sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                           const QList<int> &roles);
    void sourceHeaderDataChanged(Qt::Orientation orientation, int first, int last);
    void sourceRowsInserted(int first, int last);
    void sourceRowsAboutToBeRemoved(int first, int last);
    void sourceRowsRemoved(int first, int last);
    void sourceRowsAboutToBeMoved(int first, int last, int destination);
    void sourceRowsMoved();
    void sourceLayoutAboutToBeChanged();
    void sourceLayoutChanged();
    void sourceAboutToBeReset();
    void sourceReset();

    QString m_searchText;
    QStringList m_terms;
    QString m_category;
    bool m_onlyFindings = false;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    CookieTableModel *m_cookies = nullptr; // the source, when it is one
    QList<QMetaObject::Connection> m_sourceConnections;

    // The rows shown, as source rows in display order; and for each source row its
    // display row or -1 (rebuilt when asked after a change).
    std::vector<int> m_rows;
    mutable std::vector<int> m_proxyRows;
    mutable bool m_proxyRowsValid = false;
    // Every source row in the current order; rebuilt when asked after a change.
    mutable std::vector<int> m_order;
    mutable bool m_orderValid = false;
    mutable CookieSortIndex m_sortIndex;

    mutable CookieSearchIndex m_searchIndex;

    // Between beginLayoutChange() and endLayoutChange(): the persistent indexes
    // and the source cells they stood for.
    QModelIndexList m_layoutIndexes;
    QList<QPersistentModelIndex> m_layoutSources;
    // Between the source's rowsAboutToBeMoved and rowsMoved: the move, and which
    // source rows were shown.
    int m_moveFirst = -1;
    int m_moveLast = -1;
    int m_moveDestination = -1;
    std::vector<char> m_movedShown;
};
