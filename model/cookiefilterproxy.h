#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

#include <array>
#include <vector>

// Sorting and filtering of the cookie grid. The search matches the display text of
// every column (all words must appear, case and accents ignored); the category
// filter keeps one category's rows.
//
// With 100,000 rows, asking the source for ten display texts per row on every
// keystroke, or two sort keys per comparison, is far too slow: both are cached per
// source row and kept in step with the source's row signals, so an edit refreshes
// only the rows it touched.
class CookieTableModel;

class CookieFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit CookieFilterProxy(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;

    QString searchText() const { return m_searchText; }
    void setSearchText(const QString &text);
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

    // The key `text` is compared with: case folded, accents removed ("Élan" → "elan").
    static QString foldedKey(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    const QString &haystack(int row) const;
    void ensureSortKey(int row) const;
    void ensureKeyColumn() const;
    std::vector<int> &ranks() const;
    bool keyLess(int left, int right) const;
    void refilter();
    void syncSize() const;
    void clearCaches();
    void markDirty(int first, int last);
    void insertRows(int first, int last);
    void removeRows(int first, int last);

    mutable int m_preparedRows = 0; // rows before this one have their search text
    QString m_searchText;
    QStringList m_terms;
    QString m_category;
    bool m_onlyFindings = false;
    CookieTableModel *m_cookies = nullptr; // the source, when it is one
    QList<QMetaObject::Connection> m_sourceConnections;

    enum KeyState : char { NoKey, TextKey, NumberKey };
    // Per source row; a null haystack means "not computed yet".
    mutable std::vector<QString> m_haystacks;
    mutable std::vector<QString> m_textKeys;
    mutable std::vector<qint64> m_numberKeys;
    mutable std::vector<char> m_keyValid;
    mutable int m_keyColumn = -1;
    // Per column, the position of each row's key among all keys of that column, so
    // that the base class's sort compares two integers and a header clicked again
    // needs no keys at all; -1 for rows changed since. Empty: not built.
    mutable std::array<std::vector<int>, 16> m_ranks;
};
