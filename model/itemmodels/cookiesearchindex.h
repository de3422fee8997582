// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <vector>

class QAbstractItemModel;
class CookieTableModel;

// What the search box searches: the folded display text of every cell of the
// cookie grid, stored once per distinct text of each column. Rows share a
// provider's purposes, categories and labels, so 100,000 rows hold far fewer
// distinct texts than cells: a word is looked for once in each distinct text,
// and a row then matches with a few array lookups instead of a scan of all its
// text.
//
// Rows get their texts in idle slices (prepare()) or when first searched.
class CookieSearchIndex
{
public:
    // Forgets everything.
    void setSource(const QAbstractItemModel *source);
    void reset();
    void insertRows(int first, int count);
    void removeRows(int first, int count);
    // `count` rows from `first` to before `destination` (numbers from before the move).
    void moveRows(int first, int count, int destination);
    void markChanged(int first, int last);

    // Builds the texts of up to `rows` more rows; true once every row has them.
    bool prepare(int rows);

    // The words (folded) a row must all contain, each within one cell.
    void setTerms(const QStringList &terms);
    // The columns searched (those the grid shows: a hidden "Secure" column must not
    // make "no" match every row); empty searches every column.
    void setSearchedColumns(const QList<int> &columns);
    bool matches(int row);

    // A cell's folded text as an index among its column's distinct texts (the
    // row is built if it was not), and the text of such an index: the sort keys
    // of text columns, which are the same texts.
    int textId(int row, int column);
    bool isBuilt(int row) const
    {
        return m_columnCount > 0 && m_cells[std::size_t(row) * std::size_t(m_columnCount)] >= 0;
    }
    const QString &text(int column, int id) const
    {
        return m_columns[std::size_t(column)].texts[std::size_t(id)];
    }

private:
    struct Column
    {
        QHash<QString, int> ids; // text → index into `texts`
        std::vector<QString> texts;
        // The display text before folding → index into `texts`: most columns
        // repeat a few texts, which then need no folding. Given up on for columns
        // of mostly distinct texts (names, domains), where it would only cost.
        QHash<QString, int> unfoldedIds;
        bool foldsRepeat = true;
    };

    void build(int row);
    int *cells(int row) { return m_cells.data() + std::size_t(row) * std::size_t(m_columnCount); }
    bool cellContains(int term, int column, int text);
    bool isSkipped(int column) const { return std::size_t(column) < m_skipped.size() && m_skipped[std::size_t(column)]; }

    const QAbstractItemModel *m_source = nullptr;
    const CookieTableModel *m_cookies = nullptr;
    int m_columnCount = 0;
    QList<int> m_searchedColumns; // as set; empty: all
    std::vector<bool> m_skipped;  // per column, from m_searchedColumns: left out of the search
    std::vector<Column> m_columns;
    // Per row, for each column, the index of the cell's text; -1: not built yet.
    std::vector<int> m_cells;
    int m_preparedRows = 0; // rows before this one have been built
    QStringList m_terms;
    // Per term and column, whether each distinct text contains the term; grows
    // as texts are added.
    std::vector<std::vector<std::vector<char>>> m_found;
};
