// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "itemmodels/cookiesearchindex.h"

#include "document/textfolding.h"
#include "itemmodels/cookietablemodel.h"

#include <algorithm>

void CookieSearchIndex::setSource(const QAbstractItemModel *source)
{
    m_source = source;
    m_cookies = qobject_cast<const CookieTableModel *>(source);
    reset();
}

void CookieSearchIndex::reset()
{
    const int rows = m_source ? m_source->rowCount() : 0;
    m_columnCount = m_source ? m_source->columnCount() : 0;
    m_columns.assign(std::size_t(m_columnCount), Column());
    m_cells.assign(std::size_t(rows) * std::size_t(m_columnCount), -1);
    m_preparedRows = 0;
    setSearchedColumns(QList<int>(m_searchedColumns));
    setTerms(QStringList(m_terms)); // the texts they were looked for in are gone
}

void CookieSearchIndex::insertRows(int first, int count)
{
    const std::size_t width = std::size_t(m_columnCount);
    m_cells.insert(m_cells.begin() + qsizetype(std::size_t(first) * width),
                   std::size_t(count) * width, -1);
    m_preparedRows = std::min(m_preparedRows, first);
}

void CookieSearchIndex::removeRows(int first, int count)
{
    const std::size_t width = std::size_t(m_columnCount);
    const auto begin = m_cells.begin() + qsizetype(std::size_t(first) * width);
    m_cells.erase(begin, begin + qsizetype(std::size_t(count) * width));
    if (m_preparedRows > first)
        m_preparedRows = std::max(first, m_preparedRows - count);
}

void CookieSearchIndex::moveRows(int first, int count, int destination)
{
    const qsizetype width = m_columnCount;
    const auto begin = m_cells.begin();
    if (destination > first)
        std::rotate(begin + first * width, begin + (first + count) * width,
                    begin + destination * width);
    else
        std::rotate(begin + destination * width, begin + first * width,
                    begin + (first + count) * width);
    m_preparedRows = std::min({m_preparedRows, first, destination});
}

void CookieSearchIndex::markChanged(int first, int last)
{
    const int rows = m_columnCount > 0 ? int(m_cells.size()) / m_columnCount : 0;
    last = std::min(last, rows - 1);
    if (first > last)
        return;
    std::fill(cells(first), cells(last + 1), -1);
    m_preparedRows = std::min(m_preparedRows, first);
}

bool CookieSearchIndex::prepare(int rows)
{
    const int total = m_columnCount > 0 ? int(m_cells.size()) / m_columnCount : 0;
    // Rows changed since are rebuilt on demand; this only walks forward.
    const int end = std::min(total, m_preparedRows + rows);
    for (int row = m_preparedRows; row < end; ++row) {
        if (cells(row)[0] < 0)
            build(row);
    }
    m_preparedRows = end;
    return m_preparedRows >= total;
}

void CookieSearchIndex::build(int row)
{
    // Beyond this many distinct display texts, a column is taken for one of
    // mostly distinct texts.
    constexpr qsizetype repeatingTexts = 4096;
    int *cell = cells(row);
    for (int column = 0; column < m_columnCount; ++column) {
        const QString shown = m_cookies
                                  ? m_cookies->displayText(row, column)
                                  : m_source->index(row, column).data(Qt::DisplayRole).toString();
        Column &texts = m_columns[std::size_t(column)];
        if (texts.foldsRepeat) {
            const auto known = texts.unfoldedIds.constFind(shown);
            if (known != texts.unfoldedIds.cend()) {
                cell[column] = known.value();
                continue;
            }
        }
        QString text = TextFolding::searchKey(shown);
        auto found = texts.ids.constFind(text);
        if (found == texts.ids.cend()) {
            found = texts.ids.insert(text, int(texts.texts.size()));
            texts.texts.push_back(std::move(text));
        }
        cell[column] = found.value();
        if (texts.foldsRepeat) {
            texts.unfoldedIds.insert(shown, found.value());
            if (texts.unfoldedIds.size() > repeatingTexts) {
                texts.foldsRepeat = false;
                texts.unfoldedIds.clear();
            }
        }
    }
}

int CookieSearchIndex::textId(int row, int column)
{
    if (cells(row)[0] < 0)
        build(row);
    return cells(row)[column];
}

void CookieSearchIndex::setTerms(const QStringList &terms)
{
    m_terms = terms;
    m_found.assign(std::size_t(terms.size()),
                   std::vector<std::vector<char>>(std::size_t(m_columnCount)));
}

bool CookieSearchIndex::cellContains(int term, int column, int text)
{
    std::vector<char> &found = m_found[std::size_t(term)][std::size_t(column)];
    if (std::size_t(text) >= found.size()) {
        // Every text of the column not looked at yet: the first row asking pays
        // for the column, the others read the answer.
        const std::vector<QString> &texts = m_columns[std::size_t(column)].texts;
        const QString &word = m_terms.at(term);
        found.reserve(texts.size());
        for (std::size_t i = found.size(); i < texts.size(); ++i)
            found.push_back(texts[i].contains(word));
    }
    return found[std::size_t(text)];
}

void CookieSearchIndex::setSearchedColumns(const QList<int> &columns)
{
    m_searchedColumns = columns;
    m_skipped.assign(std::size_t(std::max(m_columnCount, 0)), !columns.isEmpty());
    for (const int column : columns) {
        if (column >= 0 && column < m_columnCount)
            m_skipped[std::size_t(column)] = false;
    }
}

bool CookieSearchIndex::matches(int row)
{
    if (m_terms.isEmpty())
        return true;
    if (m_columnCount == 0)
        return false;
    if (cells(row)[0] < 0)
        build(row);
    const int *cell = cells(row);
    for (int term = 0; term < m_terms.size(); ++term) {
        bool found = false;
        for (int column = 0; column < m_columnCount && !found; ++column)
            found = !isSkipped(column) && cellContains(term, column, cell[column]);
        if (!found)
            return false;
    }
    return true;
}
