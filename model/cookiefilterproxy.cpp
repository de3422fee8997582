#include "cookiefilterproxy.h"

#include "cookietablemodel.h"

CookieFilterProxy::CookieFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(CookieTableModel::SortRole);
    setDynamicSortFilter(true);
}

void CookieFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_sourceConnections))
        disconnect(connection);
    m_sourceConnections.clear();
    clearCaches();
    // Connected before the base class connects its own handlers, so the caches
    // already match the source when it re-filters and re-sorts the changed rows.
    if (model) {
        m_sourceConnections = {
            connect(model, &QAbstractItemModel::dataChanged, this,
                    [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                        markDirty(topLeft.row(), bottomRight.row());
                    }),
            connect(model, &QAbstractItemModel::rowsInserted, this,
                    [this](const QModelIndex &, int first, int last) { insertRows(first, last); }),
            connect(model, &QAbstractItemModel::rowsRemoved, this,
                    [this](const QModelIndex &, int first, int last) { removeRows(first, last); }),
            connect(model, &QAbstractItemModel::rowsMoved, this, &CookieFilterProxy::clearCaches),
            connect(model, &QAbstractItemModel::modelReset, this, &CookieFilterProxy::clearCaches),
            connect(model, &QAbstractItemModel::layoutChanged, this,
                    &CookieFilterProxy::clearCaches),
        };
    }
    QSortFilterProxyModel::setSourceModel(model);
}

QString CookieFilterProxy::foldedKey(const QString &text)
{
    QString folded = text.toCaseFolded();
    const bool ascii = std::all_of(folded.cbegin(), folded.cend(),
                                   [](QChar c) { return c.unicode() < 0x80; });
    if (ascii)
        return folded;
    folded = folded.normalized(QString::NormalizationForm_D);
    folded.removeIf([](QChar c) { return c.category() == QChar::Mark_NonSpacing; });
    return folded;
}

void CookieFilterProxy::setSearchText(const QString &text)
{
    if (m_searchText == text)
        return;
    m_searchText = text;
    m_terms = foldedKey(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateFilter();
}

void CookieFilterProxy::setCategoryFilter(const QString &categoryId)
{
    if (m_category == categoryId)
        return;
    m_category = categoryId;
    invalidateFilter();
}

void CookieFilterProxy::clearCaches()
{
    m_haystacks.clear();
    m_textKeys.clear();
    m_numberKeys.clear();
    m_keyValid.clear();
    m_keyColumn = -1;
}

void CookieFilterProxy::syncSize() const
{
    // Caches are sized lazily: whatever happened while they were empty is
    // already in the source.
    const std::size_t rows = sourceModel() ? std::size_t(sourceModel()->rowCount()) : 0;
    if (m_haystacks.size() != rows) {
        m_haystacks.assign(rows, QString());
        m_textKeys.assign(rows, QString());
        m_numberKeys.assign(rows, 0);
        m_keyValid.assign(rows, 0);
    }
}

void CookieFilterProxy::markDirty(int first, int last)
{
    if (m_haystacks.empty())
        return;
    for (int row = first; row <= last && std::size_t(row) < m_haystacks.size(); ++row) {
        m_haystacks[row] = QString();
        m_keyValid[row] = NoKey;
    }
}

void CookieFilterProxy::insertRows(int first, int last)
{
    if (m_haystacks.empty())
        return;
    const std::size_t count = std::size_t(last - first + 1);
    m_haystacks.insert(m_haystacks.begin() + first, count, QString());
    m_textKeys.insert(m_textKeys.begin() + first, count, QString());
    m_numberKeys.insert(m_numberKeys.begin() + first, count, 0);
    m_keyValid.insert(m_keyValid.begin() + first, count, 0);
}

void CookieFilterProxy::removeRows(int first, int last)
{
    if (m_haystacks.empty())
        return;
    m_haystacks.erase(m_haystacks.begin() + first, m_haystacks.begin() + last + 1);
    m_textKeys.erase(m_textKeys.begin() + first, m_textKeys.begin() + last + 1);
    m_numberKeys.erase(m_numberKeys.begin() + first, m_numberKeys.begin() + last + 1);
    m_keyValid.erase(m_keyValid.begin() + first, m_keyValid.begin() + last + 1);
}

const QString &CookieFilterProxy::haystack(int row) const
{
    syncSize();
    QString &text = m_haystacks[row];
    if (text.isNull()) {
        QString joined;
        const QAbstractItemModel *source = sourceModel();
        for (int column = 0; column < source->columnCount(); ++column) {
            joined += source->index(row, column).data(Qt::DisplayRole).toString();
            joined += QLatin1Char('\n'); // no search term spans two cells
        }
        text = foldedKey(joined);
    }
    return text;
}

void CookieFilterProxy::ensureSortKey(int row) const
{
    syncSize();
    if (m_keyColumn != sortColumn()) {
        std::fill(m_keyValid.begin(), m_keyValid.end(), 0);
        m_keyColumn = sortColumn();
    }
    if (m_keyValid[row])
        return;
    const QVariant key = sourceModel()->index(row, m_keyColumn).data(sortRole());
    if (key.typeId() == QMetaType::QString) {
        m_textKeys[row] = foldedKey(key.toString());
        m_keyValid[row] = TextKey;
    } else {
        m_textKeys[row] = QString();
        m_numberKeys[row] = key.toLongLong();
        m_keyValid[row] = NumberKey;
    }
}

bool CookieFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    if (!m_category.isEmpty() &&
        sourceModel()->index(sourceRow, CookieTableModel::CategoryColumn).data(Qt::EditRole) !=
            m_category)
        return false;
    if (m_terms.isEmpty())
        return true;
    const QString &text = haystack(sourceRow);
    return std::all_of(m_terms.cbegin(), m_terms.cend(),
                       [&text](const QString &term) { return text.contains(term); });
}

bool CookieFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (left.column() != sortColumn() || right.column() != sortColumn())
        return QSortFilterProxyModel::lessThan(left, right);
    ensureSortKey(left.row());
    ensureSortKey(right.row());
    if (m_keyValid[left.row()] == NumberKey && m_keyValid[right.row()] == NumberKey)
        return m_numberKeys[left.row()] < m_numberKeys[right.row()];
    return m_textKeys[left.row()] < m_textKeys[right.row()];
}
