#include "cookiefilterproxy.h"

#include "cookietablemodel.h"

#include <QHash>

#include <array>
#include <numeric>
#include <unordered_map>

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
    m_cookies = qobject_cast<CookieTableModel *>(model);
    // Connected before the base class connects its own handlers, so the caches
    // already match the source when it re-filters and re-sorts the changed rows.
    if (model) {
        m_sourceConnections = {
            connect(model, &QAbstractItemModel::dataChanged, this,
                    [this](const QModelIndex &topLeft, const QModelIndex &bottomRight,
                           const QList<int> &roles) {
                        // A new findings mark changes no text: the caches stay.
                        if (roles == QList<int>{CookieTableModel::FindingSeverityRole})
                            return;
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
    if (m_cookies) {
        m_sourceConnections.append(
            connect(m_cookies, &CookieTableModel::rowSeveritiesChanged, this, [this] {
                if (m_onlyFindings)
                    refilter();
            }));
    }
    QSortFilterProxyModel::setSourceModel(model);
}

void CookieFilterProxy::setOnlyRowsWithFindings(bool only)
{
    if (m_onlyFindings == only)
        return;
    m_onlyFindings = only;
    refilter();
}

namespace {

// Latin letters with accents map to their base letter ("é" → "e"). A table built
// once replaces Unicode normalisation per string, which dominated building the
// keys of 100,000 rows.
constexpr char16_t foldTableSize = 0x250;

const std::array<char16_t, foldTableSize> &foldTable()
{
    static const std::array<char16_t, foldTableSize> table = [] {
        std::array<char16_t, foldTableSize> result{};
        for (char16_t c = 0; c < foldTableSize; ++c) {
            const QString decomposed =
                QString(QChar(c)).normalized(QString::NormalizationForm_D).toCaseFolded();
            result[c] = decomposed.isEmpty() ? c : decomposed.at(0).unicode();
        }
        return result;
    }();
    return table;
}

} // namespace

QString CookieFilterProxy::foldedKey(const QString &text)
{
    QString folded = text.toCaseFolded();
    const std::array<char16_t, foldTableSize> &table = foldTable();
    const auto needsFolding = [&table](QChar c) {
        return c.unicode() >= 0x80 && c.unicode() < foldTableSize &&
               table[c.unicode()] != c.unicode();
    };
    const auto first = std::find_if(folded.cbegin(), folded.cend(), needsFolding);
    if (first == folded.cend())
        return folded;
    for (qsizetype i = first - folded.cbegin(); i < folded.size(); ++i) {
        const char16_t c = folded.at(i).unicode();
        if (c < foldTableSize && table[c] != c)
            folded[i] = QChar(table[c]);
    }
    return folded;
}

void CookieFilterProxy::setSearchText(const QString &text)
{
    if (m_searchText == text)
        return;
    m_searchText = text;
    m_terms = foldedKey(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    refilter();
}

void CookieFilterProxy::refilter()
{
    // A full rebuild (one layout change) rather than invalidateFilter(): with a
    // sorted view, the rows a keystroke hides or shows are scattered, and the base
    // class announces each scattered run separately, which costs seconds on large
    // inventories while a rebuild costs a filter pass and an integer sort.
    invalidate();
}

void CookieFilterProxy::setCategoryFilter(const QString &categoryId)
{
    if (m_category == categoryId)
        return;
    m_category = categoryId;
    refilter();
}

bool CookieFilterProxy::prepareSearch(int rows)
{
    if (!sourceModel())
        return true;
    syncSize();
    const int total = int(m_haystacks.size());
    // Rows changed since are rebuilt on demand; this only walks forward once.
    const int end = std::min(total, m_preparedRows + rows);
    for (int row = m_preparedRows; row < end; ++row)
        haystack(row);
    m_preparedRows = end;
    return m_preparedRows >= total;
}

void CookieFilterProxy::clearCaches()
{
    m_preparedRows = 0;
    m_haystacks.clear();
    m_textKeys.clear();
    m_numberKeys.clear();
    m_keyValid.clear();
    for (std::vector<int> &columnRanks : m_ranks)
        columnRanks.clear();
    m_keyColumn = -1;
}

void CookieFilterProxy::syncSize() const
{
    // Caches are sized lazily: whatever happened while they were empty is
    // already in the source.
    const std::size_t rows = sourceModel() ? std::size_t(sourceModel()->rowCount()) : 0;
    if (m_haystacks.size() != rows) {
        m_preparedRows = 0;
        m_haystacks.assign(rows, QString());
        m_textKeys.assign(rows, QString());
        m_numberKeys.assign(rows, 0);
        m_keyValid.assign(rows, 0);
        for (std::vector<int> &columnRanks : m_ranks)
            columnRanks.clear();
    }
}

void CookieFilterProxy::markDirty(int first, int last)
{
    if (m_haystacks.empty())
        return;
    for (int row = first; row <= last && std::size_t(row) < m_haystacks.size(); ++row) {
        m_haystacks[row] = QString();
        m_keyValid[row] = NoKey;
        for (std::vector<int> &columnRanks : m_ranks) {
            if (!columnRanks.empty())
                columnRanks[row] = -1;
        }
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
    for (std::vector<int> &columnRanks : m_ranks) {
        if (!columnRanks.empty())
            columnRanks.insert(columnRanks.begin() + first, count, -1);
    }
}

void CookieFilterProxy::removeRows(int first, int last)
{
    if (m_haystacks.empty())
        return;
    m_haystacks.erase(m_haystacks.begin() + first, m_haystacks.begin() + last + 1);
    m_textKeys.erase(m_textKeys.begin() + first, m_textKeys.begin() + last + 1);
    m_numberKeys.erase(m_numberKeys.begin() + first, m_numberKeys.begin() + last + 1);
    m_keyValid.erase(m_keyValid.begin() + first, m_keyValid.begin() + last + 1);
    for (std::vector<int> &columnRanks : m_ranks) {
        if (!columnRanks.empty())
            columnRanks.erase(columnRanks.begin() + first, columnRanks.begin() + last + 1);
    }
}

const QString &CookieFilterProxy::haystack(int row) const
{
    syncSize();
    QString &text = m_haystacks[row];
    if (text.isNull()) {
        QString joined;
        const QAbstractItemModel *source = sourceModel();
        for (int column = 0; column < source->columnCount(); ++column) {
            joined += m_cookies ? m_cookies->displayText(row, column)
                                : source->index(row, column).data(Qt::DisplayRole).toString();
            joined += QLatin1Char('\n'); // no search term spans two cells
        }
        text = foldedKey(joined);
    }
    return text;
}

void CookieFilterProxy::ensureKeyColumn() const
{
    syncSize();
    if (m_keyColumn != sortColumn()) {
        std::fill(m_keyValid.begin(), m_keyValid.end(), 0);
        m_keyColumn = sortColumn();
    }
}

std::vector<int> &CookieFilterProxy::ranks() const
{
    std::vector<int> &columnRanks = m_ranks[std::size_t(m_keyColumn) % m_ranks.size()];
    if (!columnRanks.empty())
        return columnRanks;
    const int rows = int(m_keyValid.size());
    // Rows sharing a key (a provider's purpose, a category) are sorted once: the
    // distinct keys are ranked, then each row takes its key's rank. Equal keys
    // share a rank, so the base class's stable sort keeps their document order.
    std::vector<int> representative; // one row per distinct key
    std::vector<int> keyOfRow(rows);
    QHash<QString, int> textKeys;
    std::unordered_map<qint64, int> numberKeys;
    for (int row = 0; row < rows; ++row) {
        ensureSortKey(row);
        const int next = int(representative.size());
        int key = next;
        if (m_keyValid[row] == NumberKey) {
            key = numberKeys.try_emplace(m_numberKeys[row], next).first->second;
        } else {
            auto found = textKeys.find(m_textKeys[row]);
            if (found == textKeys.end())
                found = textKeys.insert(m_textKeys[row], next);
            key = found.value();
        }
        if (key == next)
            representative.push_back(row);
        keyOfRow[row] = key;
    }
    std::vector<int> order(representative.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [this, &representative](int a, int b) {
        return keyLess(representative[a], representative[b]);
    });
    std::vector<int> rankOfKey(order.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        rankOfKey[order[i]] = int(i);
    columnRanks.resize(rows);
    for (int row = 0; row < rows; ++row)
        columnRanks[row] = rankOfKey[keyOfRow[row]];
    return columnRanks;
}

bool CookieFilterProxy::keyLess(int left, int right) const
{
    if (m_keyValid[left] == NumberKey && m_keyValid[right] == NumberKey)
        return m_numberKeys[left] < m_numberKeys[right];
    return m_textKeys[left] < m_textKeys[right];
}

void CookieFilterProxy::ensureSortKey(int row) const
{
    if (m_keyValid[row])
        return;
    if (m_cookies && sortRole() == CookieTableModel::SortRole) {
        // The same key as SortRole, without a QModelIndex and a QVariant per row.
        if (m_keyColumn == CookieTableModel::LifetimeColumn) {
            m_numberKeys[row] = m_cookies->lifetimeSortKey(row);
            m_keyValid[row] = NumberKey;
        } else {
            m_textKeys[row] = foldedKey(m_cookies->displayText(row, m_keyColumn));
            m_keyValid[row] = TextKey;
        }
        return;
    }
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
    if (m_onlyFindings && !(m_cookies ? m_cookies->hasFinding(sourceRow)
                                      : sourceModel()
                                            ->index(sourceRow, 0)
                                            .data(CookieTableModel::FindingSeverityRole)
                                            .isValid()))
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
    ensureKeyColumn();
    const std::vector<int> &columnRanks = ranks();
    const int leftRank = columnRanks[left.row()];
    const int rightRank = columnRanks[right.row()];
    if (leftRank >= 0 && rightRank >= 0)
        return leftRank < rightRank;
    // A row edited since the ranks were built: its key against the other's.
    ensureSortKey(left.row());
    ensureSortKey(right.row());
    return keyLess(left.row(), right.row());
}
