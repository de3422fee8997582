// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "itemmodels/cookiefilterproxy.h"

#include "document/policydocument.h"
#include "document/textfolding.h"
#include "itemmodels/cookietablemodel.h"

#include <algorithm>

CookieFilterProxy::CookieFilterProxy(QObject *parent) : QAbstractProxyModel(parent)
{
    m_sortIndex.setTexts(&m_searchIndex);
}

void CookieFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    beginResetModel();
    for (const QMetaObject::Connection &connection : std::as_const(m_sourceConnections))
        disconnect(connection);
    m_sourceConnections.clear();
    QAbstractProxyModel::setSourceModel(model);
    m_cookies = qobject_cast<CookieTableModel *>(model);
    m_sortIndex.setSource(model);
    m_searchIndex.setSource(model);
    if (model) {
        using Model = QAbstractItemModel;
        const auto resetting = [this] { beginResetModel(); };
        const auto reset = [this] { sourceReset(); };
        m_sourceConnections = {
            connect(model, &Model::dataChanged, this, &CookieFilterProxy::sourceDataChanged),
            connect(model, &Model::headerDataChanged, this,
                    &CookieFilterProxy::sourceHeaderDataChanged),
            connect(model, &Model::rowsInserted, this,
                    [this](const QModelIndex &parent, int first, int last) {
                        if (!parent.isValid())
                            sourceRowsInserted(first, last);
                    }),
            connect(model, &Model::rowsAboutToBeRemoved, this,
                    [this](const QModelIndex &parent, int first, int last) {
                        if (!parent.isValid())
                            sourceRowsAboutToBeRemoved(first, last);
                    }),
            connect(model, &Model::rowsRemoved, this,
                    [this](const QModelIndex &parent, int first, int last) {
                        if (!parent.isValid())
                            sourceRowsRemoved(first, last);
                    }),
            connect(
                model, &Model::rowsAboutToBeMoved, this,
                [this](const QModelIndex &, int first, int last, const QModelIndex &,
                       int destination) { sourceRowsAboutToBeMoved(first, last, destination); }),
            connect(model, &Model::rowsMoved, this, &CookieFilterProxy::sourceRowsMoved),
            connect(model, &Model::layoutAboutToBeChanged, this,
                    &CookieFilterProxy::sourceLayoutAboutToBeChanged),
            connect(model, &Model::layoutChanged, this, &CookieFilterProxy::sourceLayoutChanged),
            connect(model, &Model::modelAboutToBeReset, this, resetting),
            connect(model, &Model::modelReset, this, reset),
            // A table whose columns change is a new table.
            connect(model, &Model::columnsAboutToBeInserted, this, resetting),
            connect(model, &Model::columnsInserted, this, reset),
            connect(model, &Model::columnsAboutToBeRemoved, this, resetting),
            connect(model, &Model::columnsRemoved, this, reset),
            connect(model, &Model::columnsAboutToBeMoved, this, resetting),
            connect(model, &Model::columnsMoved, this, reset),
            // Forgotten silently, as the base class forgets the model: this often
            // happens while the views and their owner are being destroyed.
            connect(model, &QObject::destroyed, this,
                    [this] {
                        m_cookies = nullptr;
                        m_sortIndex.setSource(nullptr);
                        m_searchIndex.setSource(nullptr);
                        m_rows.clear();
                        m_proxyRowsValid = false;
                        m_orderValid = false;
                    }),
        };
    }
    if (m_cookies) {
        m_sourceConnections.append(
            connect(m_cookies, &CookieTableModel::rowSeveritiesChanged, this, [this] {
                if (m_onlyFindings)
                    refilter();
            }));
    }
    clearCaches();
    rebuildRows(nullptr);
    endResetModel();
}

// --- the table ------------------------------------------------------------------

QModelIndex CookieFilterProxy::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex CookieFilterProxy::parent(const QModelIndex &) const
{
    return {};
}

QModelIndex CookieFilterProxy::sibling(int row, int column, const QModelIndex &) const
{
    return index(row, column);
}

int CookieFilterProxy::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CookieFilterProxy::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !sourceModel() ? 0 : sourceModel()->columnCount();
}

bool CookieFilterProxy::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && rowCount() > 0 && columnCount() > 0;
}

QModelIndex CookieFilterProxy::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || !sourceModel() || proxyIndex.model() != this ||
        std::size_t(proxyIndex.row()) >= m_rows.size())
        return {};
    return sourceModel()->index(m_rows[std::size_t(proxyIndex.row())], proxyIndex.column());
}

QModelIndex CookieFilterProxy::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.model() != sourceModel() ||
        sourceIndex.parent().isValid())
        return {};
    ensureProxyRows();
    if (std::size_t(sourceIndex.row()) >= m_proxyRows.size())
        return {};
    const int row = m_proxyRows[std::size_t(sourceIndex.row())];
    return row < 0 ? QModelIndex() : createIndex(row, sourceIndex.column());
}

QVariant CookieFilterProxy::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!sourceModel())
        return {};
    if (orientation == Qt::Horizontal)
        return sourceModel()->headerData(section, orientation, role);
    if (section < 0 || std::size_t(section) >= m_rows.size())
        return {};
    return sourceModel()->headerData(m_rows[std::size_t(section)], orientation, role);
}

void CookieFilterProxy::ensureProxyRows() const
{
    if (m_proxyRowsValid)
        return;
    m_proxyRows.assign(std::size_t(sourceModel() ? sourceModel()->rowCount() : 0), -1);
    for (std::size_t row = 0; row < m_rows.size(); ++row) {
        if (std::size_t(m_rows[row]) < m_proxyRows.size())
            m_proxyRows[std::size_t(m_rows[row])] = int(row);
    }
    m_proxyRowsValid = true;
}

const std::vector<int> &CookieFilterProxy::order() const
{
    if (!m_orderValid) {
        m_order = m_sortIndex.order(m_sortColumn, m_sortOrder);
        m_orderValid = true;
    }
    return m_order;
}

bool CookieFilterProxy::rowLess(int left, int right) const
{
    return m_sortIndex.less(m_sortColumn, m_sortOrder, left, right);
}

int CookieFilterProxy::insertionPoint(int sourceRow) const
{
    const auto found =
        std::partition_point(m_rows.cbegin(), m_rows.cend(),
                             [this, sourceRow](int other) { return rowLess(other, sourceRow); });
    return int(found - m_rows.cbegin());
}

bool CookieFilterProxy::isInPlace(int proxyRow) const
{
    const std::size_t row = std::size_t(proxyRow);
    return (row == 0 || rowLess(m_rows[row - 1], m_rows[row])) &&
           (row + 1 >= m_rows.size() || rowLess(m_rows[row], m_rows[row + 1]));
}

void CookieFilterProxy::beginLayoutChange(QAbstractItemModel::LayoutChangeHint hint)
{
    emit layoutAboutToBeChanged({}, hint);
    // Kept as source indexes: the source updates them itself when its rows move.
    m_layoutIndexes = persistentIndexList();
    m_layoutSources.clear();
    m_layoutSources.reserve(m_layoutIndexes.size());
    for (const QModelIndex &index : std::as_const(m_layoutIndexes))
        m_layoutSources.append(QPersistentModelIndex(mapToSource(index)));
}

void CookieFilterProxy::endLayoutChange(QAbstractItemModel::LayoutChangeHint hint)
{
    QModelIndexList moved;
    moved.reserve(m_layoutSources.size());
    for (const QPersistentModelIndex &source : std::as_const(m_layoutSources))
        moved.append(mapFromSource(source)); // invalid for rows now hidden
    changePersistentIndexList(m_layoutIndexes, moved);
    m_layoutIndexes.clear();
    m_layoutSources.clear();
    emit layoutChanged({}, hint);
}

// --- sorting and filtering ----------------------------------------------------------

void CookieFilterProxy::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= columnCount())
        column = -1;
    if (column == m_sortColumn && (column < 0 || order == m_sortOrder)) {
        m_sortOrder = order;
        return; // the rows are kept in this order
    }
    beginLayoutChange(QAbstractItemModel::VerticalSortHint);
    // The rows shown stay the same; only their order changes.
    ensureProxyRows();
    m_sortColumn = column;
    m_sortOrder = order;
    m_orderValid = false;
    const std::vector<int> &all = this->order();
    std::vector<int> rows;
    rows.reserve(m_rows.size());
    for (const int row : all) {
        if (m_proxyRows[std::size_t(row)] >= 0)
            rows.push_back(row);
    }
    m_rows = std::move(rows);
    m_proxyRowsValid = false;
    endLayoutChange(QAbstractItemModel::VerticalSortHint);
}

void CookieFilterProxy::setSearchedColumns(const QList<int> &columns)
{
    m_searchIndex.setSearchedColumns(columns);
    if (!m_terms.isEmpty())
        refilter(Refilter::All);
}

void CookieFilterProxy::setSearchText(const QString &text)
{
    if (m_searchText == text)
        return;
    const QStringList before = m_terms;
    m_searchText = text;
    m_terms = TextFolding::searchKey(text).simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    m_searchIndex.setTerms(m_terms);
    // A row that contains every new word contains every old one when each old word
    // is part of a new one ("goo" after "go"): only the rows shown can stay.
    const bool narrower = std::all_of(before.cbegin(), before.cend(), [this](const QString &old) {
        return std::any_of(m_terms.cbegin(), m_terms.cend(),
                           [&old](const QString &term) { return term.contains(old); });
    });
    refilter(narrower ? Refilter::Narrower : Refilter::All);
}

void CookieFilterProxy::setCategoryFilter(const QString &categoryId)
{
    if (m_category == categoryId)
        return;
    const bool narrower = m_category.isEmpty();
    m_category = categoryId;
    refilter(narrower ? Refilter::Narrower : Refilter::All);
}

void CookieFilterProxy::setOnlyRowsWithFindings(bool only)
{
    if (m_onlyFindings == only)
        return;
    m_onlyFindings = only;
    refilter(only ? Refilter::Narrower : Refilter::All);
}

void CookieFilterProxy::refilter(Refilter scope)
{
    // One layout change whatever the number of rows shown or hidden: with a
    // sorted view they are scattered, and announcing each run costs far more
    // than the views' relayout.
    beginLayoutChange(QAbstractItemModel::NoLayoutChangeHint);
    if (scope == Refilter::Narrower && sourceModel()) {
        // Only the rows shown can stay.
        std::vector<char> candidates(std::size_t(sourceModel()->rowCount()), 0);
        for (const int row : m_rows)
            candidates[std::size_t(row)] = 1;
        const std::vector<char> shown = acceptedRows(&candidates);
        std::vector<int> rows;
        rows.reserve(m_rows.size());
        for (const int row : m_rows) {
            if (shown[std::size_t(row)])
                rows.push_back(row);
        }
        m_rows = std::move(rows);
        m_proxyRowsValid = false;
    } else {
        rebuildRows(nullptr);
    }
    endLayoutChange(QAbstractItemModel::NoLayoutChangeHint);
}

std::vector<char> CookieFilterProxy::acceptedRows(const std::vector<char> *candidates) const
{
    // In source order, whatever the display order: the search index is read
    // front to back instead of at random.
    const int rows = sourceModel() ? sourceModel()->rowCount() : 0;
    std::vector<char> accepted(std::size_t(rows), 0);
    for (int row = 0; row < rows; ++row) {
        if (!candidates || (*candidates)[std::size_t(row)])
            accepted[std::size_t(row)] = acceptsRow(row);
    }
    return accepted;
}

void CookieFilterProxy::rebuildRows(const std::vector<char> *shown)
{
    std::vector<int> rows;
    if (sourceModel()) {
        const std::vector<char> accepted = shown ? std::vector<char>() : acceptedRows(nullptr);
        const std::vector<char> &keep = shown ? *shown : accepted;
        const std::vector<int> &all = order();
        rows.reserve(all.size());
        for (const int row : all) {
            if (keep[std::size_t(row)])
                rows.push_back(row);
        }
    }
    m_rows = std::move(rows);
    m_proxyRowsValid = false;
}

bool CookieFilterProxy::acceptsRow(int sourceRow) const
{
    if (m_onlyFindings && !(m_cookies ? m_cookies->hasFinding(sourceRow)
                                      : sourceModel()
                                            ->index(sourceRow, 0)
                                            .data(CookieTableModel::FindingSeverityRole)
                                            .isValid()))
        return false;
    if (!m_category.isEmpty()) {
        const QString category =
            m_cookies ? m_cookies->document()->policy().cookies.at(sourceRow).categoryId
                      : sourceModel()
                            ->index(sourceRow, CookieTableModel::CategoryColumn)
                            .data(Qt::EditRole)
                            .toString();
        if (category != m_category)
            return false;
    }
    return m_searchIndex.matches(sourceRow);
}

// --- idle preparation ------------------------------------------------------------

bool CookieFilterProxy::prepareSearch(int rows)
{
    return m_searchIndex.prepare(rows);
}

bool CookieFilterProxy::prepare(int rows)
{
    if (!prepareSearch(rows))
        return false;
    return m_sortIndex.prepare(rows);
}

// --- following the source ----------------------------------------------------------

void CookieFilterProxy::clearCaches()
{
    m_searchIndex.reset();
    m_sortIndex.reset();
    m_orderValid = false;
    m_proxyRowsValid = false;
}

void CookieFilterProxy::sourceReset()
{
    clearCaches();
    rebuildRows(nullptr);
    endResetModel();
}

void CookieFilterProxy::sourceDataChanged(const QModelIndex &topLeft,
                                          const QModelIndex &bottomRight, const QList<int> &roles)
{
    if (!topLeft.isValid() || !bottomRight.isValid() || topLeft.parent().isValid())
        return;
    const int first = topLeft.row();
    const int last = bottomRight.row();
    // A new findings mark changes no text (the "only rows with findings" filter
    // follows rowSeveritiesChanged).
    const bool textChanged = roles != QList<int>{CookieTableModel::FindingSeverityRole};
    ensureProxyRows();
    std::vector<int> accepted;
    bool moved = false;
    if (textChanged) {
        m_searchIndex.markChanged(first, last);
        m_sortIndex.markChanged(first, last);
        m_orderValid = false;
        if (last - first + 1 > std::max(64, sourceModel()->rowCount() / 8)) {
            // Most rows changed (the edit language, a provider renamed): sorting
            // and filtering everything again beats placing each row by its key.
            beginLayoutChange(QAbstractItemModel::NoLayoutChangeHint);
            rebuildRows(nullptr);
            endLayoutChange(QAbstractItemModel::NoLayoutChangeHint);
            if (rowCount() > 0)
                emit dataChanged(index(0, topLeft.column()),
                                 index(rowCount() - 1, bottomRight.column()), roles);
            return;
        }
        for (int row = first; row <= last; ++row) {
            const int shownAt = m_proxyRows[std::size_t(row)];
            if (acceptsRow(row)) {
                accepted.push_back(row);
                if (shownAt < 0 || (m_sortColumn >= 0 && !isInPlace(shownAt)))
                    moved = true;
            } else if (shownAt >= 0) {
                moved = true;
            }
        }
    }
    if (moved) {
        // The changed rows leave their places and the accepted ones come back
        // where they now belong: one layout change, so that the current cell and
        // the selection follow them.
        beginLayoutChange(QAbstractItemModel::NoLayoutChangeHint);
        std::vector<int> kept;
        kept.reserve(m_rows.size());
        for (const int row : m_rows) {
            if (row < first || row > last)
                kept.push_back(row);
        }
        std::sort(accepted.begin(), accepted.end(),
                  [this](int left, int right) { return rowLess(left, right); });
        std::vector<int> rows;
        rows.reserve(kept.size() + accepted.size());
        auto from = kept.cbegin();
        for (const int row : accepted) {
            const auto to = std::partition_point(
                from, kept.cend(), [this, row](int other) { return rowLess(other, row); });
            rows.insert(rows.end(), from, to);
            rows.push_back(row);
            from = to;
        }
        rows.insert(rows.end(), from, kept.cend());
        m_rows = std::move(rows);
        m_proxyRowsValid = false;
        endLayoutChange(QAbstractItemModel::NoLayoutChangeHint);
        ensureProxyRows();
    }
    int top = -1;
    int bottom = -1;
    for (int row = first; row <= last; ++row) {
        const int shownAt = m_proxyRows[std::size_t(row)];
        if (shownAt < 0)
            continue;
        top = top < 0 ? shownAt : std::min(top, shownAt);
        bottom = std::max(bottom, shownAt);
    }
    if (top >= 0)
        emit dataChanged(index(top, topLeft.column()), index(bottom, bottomRight.column()), roles);
}

void CookieFilterProxy::sourceHeaderDataChanged(Qt::Orientation orientation, int first, int last)
{
    if (orientation == Qt::Horizontal) {
        emit headerDataChanged(orientation, first, last);
        return;
    }
    if (first == last) {
        const QModelIndex shown = mapFromSource(sourceModel()->index(first, 0));
        if (shown.isValid())
            emit headerDataChanged(orientation, shown.row(), shown.row());
    } else if (rowCount() > 0) {
        emit headerDataChanged(orientation, 0, rowCount() - 1);
    }
}

void CookieFilterProxy::sourceRowsInserted(int first, int last)
{
    const int count = last - first + 1;
    m_searchIndex.insertRows(first, count);
    m_sortIndex.insertRows(first, count);
    for (int &row : m_rows) {
        if (row >= first)
            row += count;
    }
    m_orderValid = false;
    m_proxyRowsValid = false;

    std::vector<int> added;
    for (int row = first; row <= last; ++row) {
        if (acceptsRow(row))
            added.push_back(row);
    }
    std::sort(added.begin(), added.end(),
              [this](int left, int right) { return rowLess(left, right); });
    std::vector<int> points;
    points.reserve(added.size());
    for (const int row : added)
        points.push_back(insertionPoint(row));
    // New rows that land in the same place are one insertion; the last place
    // first, so that the places before it stay right.
    std::size_t end = added.size();
    while (end > 0) {
        std::size_t begin = end - 1;
        while (begin > 0 && points[begin - 1] == points[end - 1])
            --begin;
        const int at = points[begin];
        beginInsertRows({}, at, at + int(end - begin) - 1);
        m_rows.insert(m_rows.begin() + at, added.begin() + qsizetype(begin),
                      added.begin() + qsizetype(end));
        m_proxyRowsValid = false;
        endInsertRows();
        end = begin;
    }
}

void CookieFilterProxy::sourceRowsAboutToBeRemoved(int first, int last)
{
    ensureProxyRows();
    std::vector<int> shown;
    for (int row = first; row <= last; ++row) {
        const int at = m_proxyRows[std::size_t(row)];
        if (at >= 0)
            shown.push_back(at);
    }
    // Runs of consecutive display rows, the bottom one first.
    std::sort(shown.begin(), shown.end(), std::greater<int>());
    std::size_t begin = 0;
    while (begin < shown.size()) {
        std::size_t end = begin + 1;
        while (end < shown.size() && shown[end] == shown[end - 1] - 1)
            ++end;
        const int top = shown[end - 1];
        const int bottom = shown[begin];
        beginRemoveRows({}, top, bottom);
        m_rows.erase(m_rows.begin() + top, m_rows.begin() + bottom + 1);
        m_proxyRowsValid = false;
        endRemoveRows();
        begin = end;
    }
}

void CookieFilterProxy::sourceRowsRemoved(int first, int last)
{
    const int count = last - first + 1;
    m_searchIndex.removeRows(first, count);
    m_sortIndex.removeRows(first, count);
    for (int &row : m_rows) {
        if (row > last)
            row -= count;
    }
    m_orderValid = false;
    m_proxyRowsValid = false;
}

void CookieFilterProxy::sourceRowsAboutToBeMoved(int first, int last, int destination)
{
    beginLayoutChange(QAbstractItemModel::NoLayoutChangeHint);
    ensureProxyRows();
    m_movedShown.resize(m_proxyRows.size());
    for (std::size_t row = 0; row < m_proxyRows.size(); ++row)
        m_movedShown[row] = m_proxyRows[row] >= 0;
    m_moveFirst = first;
    m_moveLast = last;
    m_moveDestination = destination;
}

namespace {

// Moves `count` elements from `first` to before `destination` (positions from
// before the move), as QAbstractItemModel::beginMoveRows describes a move.
template <typename T>
void moveElements(std::vector<T> &elements, int first, int count, int destination)
{
    const auto begin = elements.begin();
    if (destination > first)
        std::rotate(begin + first, begin + first + count, begin + destination);
    else
        std::rotate(begin + destination, begin + first, begin + first + count);
}

} // namespace

void CookieFilterProxy::sourceRowsMoved()
{
    const int count = m_moveLast - m_moveFirst + 1;
    moveElements(m_movedShown, m_moveFirst, count, m_moveDestination);
    m_searchIndex.moveRows(m_moveFirst, count, m_moveDestination);
    m_sortIndex.moveRows(m_moveFirst, count, m_moveDestination);
    m_orderValid = false;
    rebuildRows(&m_movedShown);
    m_movedShown.clear();
    endLayoutChange(QAbstractItemModel::NoLayoutChangeHint);
}

void CookieFilterProxy::sourceLayoutAboutToBeChanged()
{
    beginLayoutChange(QAbstractItemModel::NoLayoutChangeHint);
}

void CookieFilterProxy::sourceLayoutChanged()
{
    clearCaches();
    rebuildRows(nullptr);
    endLayoutChange(QAbstractItemModel::NoLayoutChangeHint);
}
