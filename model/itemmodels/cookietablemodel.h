// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include "compliance/finding.h"
#include "document/policy.h"

#include <QAbstractTableModel>
#include <QHash>

#include <functional>
#include <optional>

class PolicyDocument;

// The cookie inventory as a table, over a PolicyDocument. DisplayRole is the text a
// person reads in the edit language; EditRole the raw value; SortRole a key that
// sorts as people expect (texts by TextFolding::searchKey, as the grid's sort index
// does; lifetimes by duration, session first). Edits never write
// the document: they push undo commands on its stack, and the document's signals
// come back here as dataChanged and row signals.
class CookieTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        ProviderColumn,
        ServiceColumn,
        NameColumn,
        PurposeColumn,
        CategoryColumn,
        LifetimeColumn,
        DomainColumn,
        PartyColumn,
        StorageColumn,
        BasisColumn,
        // Optional columns (hidden until a person shows them from the header's menu):
        // the attributes a browser applies and the checker reads. httpOnly, sameSite
        // and dataRetention live in the cookie's extra members, as the schema names them.
        MatchColumn,
        PathColumn,
        SecureColumn,
        HttpOnlyColumn,
        SameSiteColumn,
        DataRetentionColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1,
        // The JSON member name of the column ("purpose"), for code that maps
        // columns to document fields.
        FieldRole,
        // What is wrong with the cell, or an empty string (also the tooltip).
        ProblemRole,
        // The int(Severity) of the worst compliance finding on the row, or invalid
        // when the row has none (see setRowSeverities()).
        FindingSeverityRole,
    };

    // From this many rows, a change of the document is announced as a model reset.
    static constexpr int BulkRows = 1000;

    explicit CookieTableModel(PolicyDocument *document, QObject *parent = nullptr);

    PolicyDocument *document() const { return m_document; }

    // Headers and the labels of fixed choices follow the interface language: the
    // views call this on QEvent::LanguageChange.
    void retranslate();

    // A read-only table (an archived revision) offers no cell for editing and
    // refuses setData, so nothing can reach the document's undo stack.
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }
    bool isReadOnly() const { return m_readOnly; }

    // The language localized columns show and edit; empty means the default one.
    QString editLanguage() const;
    void setEditLanguage(const QString &language);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString fieldName(Column column);
    // The column showing a cookie's JSON member (fieldName's inverse, "legalBasis"
    // included), so a finding about "lifetime" lands on its cell; else NameColumn.
    static Column columnForField(const QString &field);
    // The fixed choices of the party, storage, basis, match, secure, httpOnly and
    // sameSite columns: (file key, label in the interface language), in the order a
    // menu shows them. Yes/no columns use the keys "true" and "false"; sameSite has
    // an empty key for "not stated".
    static QList<std::pair<QString, QString>> choices(Column column);

    // `cookie` with the cell of `column` set to `value`, as setData would set it:
    // EditRole values (ids, keys, seconds) and the text people type or paste
    // ("Google", "13 mois", "Third party") are both understood. Text that cannot be
    // understood is kept in Cookie::unparsed so the cell can be flagged.
    Cookie withValue(Cookie cookie, int column, const QVariant &value) const;

    // Edits as undo steps, for the views' actions. Rows are source rows.
    void addCookie(int row);
    void removeCookies(const QList<int> &rows);
    void duplicateCookies(const QList<int> &rows);
    // A block of texts (rows of cells) written from `firstColumn` into `rows`, then
    // into new rows appended at the end when the block is longer: one undo step.
    // Returns the number of rows written.
    int pasteBlock(const QList<int> &rows, int firstColumn, const QList<QStringList> &block);
    // The same into the given columns, in order (the view's visible columns from the
    // current one, so hidden columns are skipped as they were when copying). With
    // `insertAt` >= 0 no row is rewritten: every row of the block becomes a new
    // cookie inserted before document row `insertAt`, in one undo step.
    int pasteBlock(const QList<int> &rows, const QList<int> &columns,
                   const QList<QStringList> &block, int insertAt = -1);
    // Empties cells given as (row, column), as Delete does in a spreadsheet: one undo
    // step. Party, storage, basis and name match always hold a value and stay as they are.
    // Returns the number of cookies that changed.
    int clearCells(const QList<std::pair<int, int>> &cells);

    // The DisplayRole text of a cell and the lifetime's sort key, for the proxy's
    // caches, which read every row and cannot afford an index and a QVariant each.
    QString displayText(int row, int column) const;
    qint64 lifetimeSortKey(int row) const;

    // The worst finding per cookie row (document rows), from the last compliance
    // check: the vertical header marks those rows and FindingSeverityRole gives it.
    // A mark belongs to its cookie: it moves with inserts, removals and moves of
    // rows, and goes with its row, until the next check replaces the map.
    void setRowSeverities(const QHash<qsizetype, Severity> &severities);
    std::optional<Severity> rowSeverity(int row) const;
    bool hasFinding(int row) const { return m_rowSeverities.contains(row); }

    // The row a new cookie starts from: the first category, consent, first party.
    Cookie newCookie() const;

signals:
    // After setRowSeverities() changed the marks, for the "only rows with problems" filter.
    void rowSeveritiesChanged();

private:
    QString displayText(const Cookie &cookie, int column) const;
    QVariant editData(const Cookie &cookie, int column) const;
    QVariant sortData(const Cookie &cookie, int column) const;
    QString problem(const Cookie &cookie, int column) const;
    QString providerName(const QString &id) const;
    QString categoryName(const QString &id) const;
    QString providerIdFor(const QString &text) const;
    QString categoryIdFor(const QString &text) const;
    void rebuildNames();
    // Renumbers the marks after rows moved: newRow gives a row's new number, or -1
    // for a removed row.
    void remapRowSeverities(const std::function<qsizetype(qsizetype)> &newRow);
    void refreshAll();
    void connectDocument();

    bool m_readOnly = false;
    PolicyDocument *m_document;
    QString m_editLanguage;
    // True between the document's "about to" and "done" signals of a bulk change
    // announced as a reset (see connectDocument()).
    bool m_bulkReset = false;
    // id → name in the edit language: every painted row looks these up, and a
    // linear search through the lists would dominate sorting large inventories.
    QHash<QString, QString> m_providerNames;
    QHash<QString, QString> m_categoryNames;
    QHash<qsizetype, Severity> m_rowSeverities;
};
