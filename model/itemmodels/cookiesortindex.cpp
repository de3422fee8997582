// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "itemmodels/cookiesortindex.h"

#include "document/textfolding.h"
#include "itemmodels/cookiesearchindex.h"
#include "itemmodels/cookietablemodel.h"

#include <QHash>

#include <algorithm>
#include <limits>
#include <numeric>
#include <unordered_map>

namespace {

// Rows ranked per slice are cheap; sorting the distinct keys is not, so it is cut
// into chunks sorted one at a time, then merged pairwise, each step a slice.
constexpr qsizetype sortChunk = 2048;

} // namespace

struct CookieSortIndex::Build
{
    enum Stage { Keys, Chunks, Merges };

    int column = -1;
    int rows = 0;
    Stage stage = Keys;
    int nextRow = 0;
    std::vector<int> keyOfRow;   // per row, an index into `keys`
    std::vector<Key> keys;       // the distinct keys
    QHash<QString, int> textIds; // key text → index into `keys`
    std::unordered_map<qint64, int> numberIds;
    std::vector<int> keyOfText; // shared text index → index into `keys`, or -1
    std::vector<int> sorted;    // indexes into `keys`, being sorted
    qsizetype position = 0;     // the next chunk or merge
    qsizetype width = 0;        // the length of the sorted runs being merged
};

CookieSortIndex::CookieSortIndex() = default;
CookieSortIndex::~CookieSortIndex() = default;

void CookieSortIndex::setSource(const QAbstractItemModel *source)
{
    m_source = source;
    m_cookies = qobject_cast<const CookieTableModel *>(source);
    reset();
}

void CookieSortIndex::reset()
{
    m_columns.clear();
    forgetBuild();
    forgetKeys();
}

int CookieSortIndex::rowCount() const
{
    return m_source ? m_source->rowCount() : 0;
}

int CookieSortIndex::columnCount() const
{
    return m_source ? m_source->columnCount() : 0;
}

void CookieSortIndex::forgetKeys()
{
    m_keyColumn = -1;
    m_keys.clear();
    m_keyKnown.clear();
}

void CookieSortIndex::forgetBuild()
{
    m_build.reset();
}

void CookieSortIndex::loseRank(Column &column, int row)
{
    if (column.ranks[std::size_t(row)] >= 0) {
        column.ranks[std::size_t(row)] = -1;
        ++column.changed;
    }
}

void CookieSortIndex::markChanged(int first, int last)
{
    const int rows = rowCount();
    last = std::min(last, rows - 1);
    if (first > last)
        return;
    // Beyond this many rows placed by key, ranking the column again is cheaper
    // than the key comparisons.
    const int limit = std::max(64, rows / 8);
    for (Column &column : m_columns) {
        if (column.ranks.size() != std::size_t(rows))
            continue;
        for (int row = first; row <= last; ++row)
            loseRank(column, row);
        if (column.changed > limit)
            column = Column();
    }
    if (m_keyColumn >= 0 && m_keyKnown.size() == std::size_t(rows))
        std::fill(m_keyKnown.begin() + first, m_keyKnown.begin() + last + 1, 0);
    if (m_build) {
        if (m_build->stage == Build::Keys)
            m_build->nextRow = std::min(m_build->nextRow, first); // read these keys again
        else
            forgetBuild();
    }
}

void CookieSortIndex::insertRows(int first, int count)
{
    const int rows = rowCount(); // already counting the new rows
    const int limit = std::max(64, rows / 8);
    for (Column &column : m_columns) {
        if (column.ranks.empty())
            continue;
        column.ranks.insert(column.ranks.begin() + first, std::size_t(count), -1);
        column.changed += count;
        if (column.changed > limit)
            column = Column();
    }
    forgetBuild();
    forgetKeys();
}

void CookieSortIndex::removeRows(int first, int count)
{
    for (Column &column : m_columns) {
        if (column.ranks.empty())
            continue;
        const auto begin = column.ranks.begin() + first;
        const auto end = begin + count;
        column.changed -= int(std::count(begin, end, -1));
        column.ranks.erase(begin, end);
    }
    forgetBuild();
    forgetKeys();
}

void CookieSortIndex::moveRows(int first, int count, int destination)
{
    for (Column &column : m_columns) {
        if (column.ranks.empty())
            continue;
        const auto begin = column.ranks.begin();
        if (destination > first)
            std::rotate(begin + first, begin + first + count, begin + destination);
        else
            std::rotate(begin + destination, begin + first, begin + first + count);
    }
    forgetBuild();
    forgetKeys();
}

bool CookieSortIndex::sharesTexts(int column) const
{
    return m_texts && m_cookies && column != CookieTableModel::LifetimeColumn;
}

CookieSortIndex::Key CookieSortIndex::keyOf(int row, int column) const
{
    // Read where the search has folded it already; folding one cell here is
    // cheaper than building a row's search texts for it.
    if (sharesTexts(column) && m_texts->isBuilt(row))
        return {m_texts->text(column, m_texts->textId(row, column)), 0, false};
    if (m_cookies) {
        // The same key as SortRole, without a QModelIndex and a QVariant per row.
        if (column == CookieTableModel::LifetimeColumn)
            return {QString(), m_cookies->lifetimeSortKey(row), true};
        return {TextFolding::searchKey(m_cookies->displayText(row, column)), 0, false};
    }
    const QModelIndex index = m_source->index(row, column);
    QVariant key = index.data(CookieTableModel::SortRole);
    if (!key.isValid())
        key = index.data(Qt::DisplayRole);
    if (key.typeId() == QMetaType::QString)
        return {TextFolding::searchKey(key.toString()), 0, false};
    return {QString(), key.toLongLong(), true};
}

bool CookieSortIndex::keyLess(const Key &left, const Key &right)
{
    if (left.isNumber && right.isNumber)
        return left.number < right.number;
    return left.text < right.text;
}

const CookieSortIndex::Key &CookieSortIndex::cachedKey(int row, int column) const
{
    const std::size_t rows = std::size_t(rowCount());
    if (m_keyColumn != column || m_keys.size() != rows) {
        m_keyColumn = column;
        m_keys.assign(rows, Key());
        m_keyKnown.assign(rows, 0);
    }
    if (!m_keyKnown[std::size_t(row)]) {
        m_keys[std::size_t(row)] = keyOf(row, column);
        m_keyKnown[std::size_t(row)] = 1;
    }
    return m_keys[std::size_t(row)];
}

bool CookieSortIndex::isRanked(int column) const
{
    return column >= 0 && std::size_t(column) < m_columns.size() &&
           m_columns[std::size_t(column)].ranks.size() == std::size_t(rowCount()) &&
           (rowCount() > 0 || m_columns[std::size_t(column)].rankCount == 0);
}

bool CookieSortIndex::advanceBuild(int column, int &budget)
{
    if (!m_build || m_build->column != column) {
        m_build = std::make_unique<Build>();
        m_build->column = column;
        m_build->rows = rowCount();
        m_build->keyOfRow.resize(std::size_t(m_build->rows));
    }
    Build &build = *m_build;
    if (build.stage == Build::Keys) {
        const bool shared = sharesTexts(column);
        for (; build.nextRow < build.rows && budget > 0; ++build.nextRow, --budget) {
            const int row = build.nextRow;
            int id = int(build.keys.size());
            if (shared && m_texts->isBuilt(row)) {
                // The distinct texts are known already: an array lookup. A text
                // also met through the hash below becomes a second key that
                // compares equal, and equal keys share a rank.
                const int text = m_texts->textId(row, column);
                if (std::size_t(text) >= build.keyOfText.size())
                    build.keyOfText.resize(std::size_t(text) + 1, -1);
                int &known = build.keyOfText[std::size_t(text)];
                if (known < 0) {
                    known = id;
                    build.keys.push_back({m_texts->text(column, text), 0, false});
                }
                id = known;
            } else {
                Key key = keyOf(row, column);
                const int next = id;
                if (key.isNumber) {
                    id = build.numberIds.try_emplace(key.number, next).first->second;
                } else {
                    auto found = build.textIds.constFind(key.text);
                    if (found == build.textIds.cend())
                        found = build.textIds.insert(key.text, next);
                    id = found.value();
                }
                if (id == next)
                    build.keys.push_back(std::move(key));
            }
            build.keyOfRow[std::size_t(row)] = id;
        }
    }
    if (build.stage == Build::Keys) {
        if (build.nextRow < build.rows)
            return false;
        build.textIds.clear();
        build.numberIds.clear();
        build.keyOfText.clear();
        build.sorted.resize(build.keys.size());
        std::iota(build.sorted.begin(), build.sorted.end(), 0);
        build.stage = Build::Chunks;
        build.position = 0;
    }
    const auto idLess = [&build](int left, int right) {
        return keyLess(build.keys[std::size_t(left)], build.keys[std::size_t(right)]);
    };
    const qsizetype count = qsizetype(build.sorted.size());
    const auto begin = build.sorted.begin();
    if (build.stage == Build::Chunks) {
        while (build.position < count && budget > 0) {
            const qsizetype end = std::min(count, build.position + sortChunk);
            std::sort(begin + build.position, begin + end, idLess);
            budget -= int(end - build.position);
            build.position = end;
        }
        if (build.position < count)
            return false;
        build.stage = Build::Merges;
        build.position = 0;
        build.width = sortChunk;
    }
    while (build.width < count && budget > 0) {
        const qsizetype middle = std::min(count, build.position + build.width);
        const qsizetype end = std::min(count, middle + build.width);
        if (middle < end)
            std::inplace_merge(begin + build.position, begin + middle, begin + end, idLess);
        budget -= int(end - build.position);
        build.position = end;
        if (build.position >= count) {
            build.position = 0;
            build.width *= 2;
        }
    }
    if (build.width < count)
        return false;

    // Distinct keys that still compare equal (a number beside an empty text)
    // share a rank.
    std::vector<int> rankOfKey(build.keys.size());
    int rank = -1;
    for (std::size_t i = 0; i < build.sorted.size(); ++i) {
        if (i == 0 || idLess(build.sorted[i - 1], build.sorted[i]))
            ++rank;
        rankOfKey[std::size_t(build.sorted[i])] = rank;
    }
    if (m_columns.size() < std::size_t(column) + 1)
        m_columns.resize(std::size_t(column) + 1);
    Column &ranked = m_columns[std::size_t(column)];
    ranked.ranks.resize(std::size_t(build.rows));
    for (std::size_t row = 0; row < ranked.ranks.size(); ++row)
        ranked.ranks[row] = rankOfKey[std::size_t(build.keyOfRow[row])];
    ranked.rankCount = rank + 1;
    ranked.changed = 0;
    budget -= build.rows / 16;
    forgetBuild();
    return true;
}

void CookieSortIndex::rankNow(int column)
{
    int budget = std::numeric_limits<int>::max();
    advanceBuild(column, budget);
}

bool CookieSortIndex::prepare(int budget)
{
    const int columns = columnCount();
    if (m_columns.size() < std::size_t(columns))
        m_columns.resize(std::size_t(columns));
    for (int column = 0; column < columns; ++column) {
        if (isRanked(column))
            continue;
        if (budget <= 0 || !advanceBuild(column, budget))
            return false;
    }
    return true;
}

std::vector<int> CookieSortIndex::order(int column, Qt::SortOrder sortOrder)
{
    const int rows = rowCount();
    std::vector<int> result;
    result.reserve(std::size_t(rows));
    if (column < 0 || column >= columnCount()) {
        result.resize(std::size_t(rows));
        std::iota(result.begin(), result.end(), 0);
        return result;
    }
    if (!isRanked(column))
        rankNow(column);
    const Column &ranked = m_columns[std::size_t(column)];
    const bool ascending = sortOrder == Qt::AscendingOrder;
    const auto slot = [&ranked, ascending](int rank) {
        return ascending ? rank : ranked.rankCount - 1 - rank;
    };

    // A counting sort of the ranked rows; walking the rows in source order keeps
    // ties in it.
    std::vector<int> start(std::size_t(ranked.rankCount) + 1, 0);
    std::vector<int> changed;
    for (int row = 0; row < rows; ++row) {
        const int rank = ranked.ranks[std::size_t(row)];
        if (rank >= 0)
            ++start[std::size_t(slot(rank)) + 1];
        else
            changed.push_back(row);
    }
    std::partial_sum(start.begin(), start.end(), start.begin());
    std::vector<int> inOrder(std::size_t(rows) - changed.size());
    for (int row = 0; row < rows; ++row) {
        const int rank = ranked.ranks[std::size_t(row)];
        if (rank >= 0)
            inOrder[std::size_t(start[std::size_t(slot(rank))]++)] = row;
    }
    if (changed.empty())
        return inOrder;

    // Rows changed since the ranking go in by key: a binary search each.
    const auto rowLess = [this, column, sortOrder](int left, int right) {
        return less(column, sortOrder, left, right);
    };
    std::sort(changed.begin(), changed.end(), rowLess);
    auto from = inOrder.cbegin();
    for (const int row : changed) {
        const auto to = std::partition_point(
            from, inOrder.cend(), [&rowLess, row](int other) { return rowLess(other, row); });
        result.insert(result.end(), from, to);
        result.push_back(row);
        from = to;
    }
    result.insert(result.end(), from, inOrder.cend());
    return result;
}

bool CookieSortIndex::less(int column, Qt::SortOrder sortOrder, int left, int right) const
{
    if (left == right)
        return false;
    const bool ascending = sortOrder == Qt::AscendingOrder;
    if (column < 0 || column >= columnCount())
        return left < right;
    if (isRanked(column)) {
        const Column &ranked = m_columns[std::size_t(column)];
        const int leftRank = ranked.ranks[std::size_t(left)];
        const int rightRank = ranked.ranks[std::size_t(right)];
        if (leftRank >= 0 && rightRank >= 0) {
            if (leftRank != rightRank)
                return ascending ? leftRank < rightRank : rightRank < leftRank;
            return left < right;
        }
    }
    const Key &leftKey = cachedKey(left, column);
    const Key &rightKey = cachedKey(right, column);
    if (keyLess(leftKey, rightKey))
        return ascending;
    if (keyLess(rightKey, leftKey))
        return !ascending;
    return left < right;
}
