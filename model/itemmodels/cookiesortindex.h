// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include <QString>
#include <Qt>

#include <memory>
#include <vector>

class QAbstractItemModel;
class CookieSearchIndex;
class CookieTableModel;

// The order of the cookie grid's rows for each column. Per column, every row gets
// the rank of its sort key among all keys of that column (equal keys share a
// rank), so putting 100,000 rows in order is a counting sort over integers
// instead of millions of string comparisons.
//
// Ranks are built ahead of time, a slice at a time (prepare()), or at once when a
// column is sorted before its turn. They follow the source's row changes: a
// changed or new row loses its rank and is placed by comparing its key, until so
// many rows lost theirs that the column is ranked again.
//
// Ties keep the source (document) order in both directions, so the order is
// total and the same whatever way it is computed.
class CookieSortIndex
{
public:
    CookieSortIndex();
    ~CookieSortIndex();
    CookieSortIndex(const CookieSortIndex &) = delete;
    CookieSortIndex &operator=(const CookieSortIndex &) = delete;

    // The model whose SortRole gives the keys (read directly when it is a
    // CookieTableModel). Forgets everything.
    void setSource(const QAbstractItemModel *source);
    // Where the folded texts of a CookieTableModel's text columns are read from
    // instead of being computed again (not owned; null: computed here). It must
    // follow the same source.
    void setTexts(CookieSearchIndex *texts) { m_texts = texts; }
    // The source changed in unknown ways (a reset): forgets everything.
    void reset();
    // Rows inserted or removed in the source, or `count` rows from `first` moved
    // to before `destination` (source row numbers from before the move).
    void insertRows(int first, int count);
    void removeRows(int first, int count);
    void moveRows(int first, int count, int destination);
    // The keys of these rows may have changed.
    void markChanged(int first, int last);

    // Does up to about `budget` rows' worth of ranking work; true once every
    // column is ranked.
    bool prepare(int budget);
    bool isRanked(int column) const;

    // Every source row, in the order of `column`.
    std::vector<int> order(int column, Qt::SortOrder sortOrder);
    // The strict order order() follows, for placing single rows.
    bool less(int column, Qt::SortOrder sortOrder, int left, int right) const;

private:
    struct Key
    {
        QString text;
        qint64 number = 0;
        bool isNumber = false;
    };
    struct Build;
    struct Column
    {
        std::vector<int> ranks; // per row; -1 for rows changed since; empty: not ranked
        int rankCount = 0;
        int changed = 0; // rows at -1
    };

    int rowCount() const;
    int columnCount() const;
    Key keyOf(int row, int column) const;
    static bool keyLess(const Key &left, const Key &right);
    const Key &cachedKey(int row, int column) const;
    void forgetKeys();
    void forgetBuild();
    bool advanceBuild(int column, int &budget);
    bool sharesTexts(int column) const;
    void rankNow(int column);
    void loseRank(Column &column, int row);

    const QAbstractItemModel *m_source = nullptr;
    const CookieTableModel *m_cookies = nullptr;
    CookieSearchIndex *m_texts = nullptr;
    std::vector<Column> m_columns;
    std::unique_ptr<Build> m_build; // the column being ranked in slices
    // The keys of one column for rows compared by key, computed when asked.
    mutable int m_keyColumn = -1;
    mutable std::vector<Key> m_keys;
    mutable std::vector<char> m_keyKnown;
};
