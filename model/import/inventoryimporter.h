// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include "document/policy.h"
#include "format/inventoryfields.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>

// Which field each column of a table holds, and whether its first row is a header.
// Detected from the header names; the GUI lets the user correct it.
struct InventoryMapping
{
    bool hasHeader = true;
    int headerRow = 0; // rows above it (a title, a date) are not imported
    QList<ColumnMapping> columns;
    QString language; // of localized columns whose header names no language

    bool hasField(InventoryField field) const;
    // A cookie table names its cookies and says at least one more thing about them;
    // a table of browsers and their settings pages does not.
    bool looksLikeCookieTable() const;

    // Finds the header row among the first rows. fallbackLanguage is used when the
    // header words do not say which language the table is written in.
    static InventoryMapping detect(const QList<QStringList> &rows, const QString &fallbackLanguage);

    friend bool operator==(const InventoryMapping &, const InventoryMapping &) = default;
};

// The fields a row gave a value for: a blank cell states nothing, so an update
// leaves that field of the matched cookie as it is (see InventoryUpdate).
class StatedFields
{
public:
    void add(InventoryField field) { m_bits |= 1u << unsigned(field); }
    bool has(InventoryField field) const { return m_bits & (1u << unsigned(field)); }
    // For cookies that come without a table (a service list): every field is meant.
    static StatedFields all()
    {
        StatedFields fields;
        fields.m_bits = ~0u;
        return fields;
    }

    friend bool operator==(const StatedFields &, const StatedFields &) = default;

private:
    static_assert(int(InventoryField::Extra) < 32, "one bit per field");
    quint32 m_bits = 0;
};

// What an import adds to a document: cookies, and the providers and categories they
// refer to that the document does not have yet.
struct InventoryImport
{
    QList<Cookie> cookies;
    QList<int> lines; // source line of each cookie
    QList<StatedFields> stated; // what the row of each cookie stated
    QList<Provider> providers;
    QList<Category> categories;
    int flaggedCells = 0; // cells kept in Cookie::unparsed because they could not be read
    QList<int> rowsWithoutName; // source lines of rows left out: they name no cookie

    // Appends everything to policy (used by the command line; the GUI pushes commands).
    void mergeInto(Policy &policy) const;
};

// Turns table rows into cookies. One importer may take several tables (a charter
// page has one per category) so that their providers are shared. A cell that
// cannot be understood never refuses a row: the field stays empty and the text is
// kept in Cookie::unparsed under the field's key.
class InventoryImporter
{
public:
    // context: the document the cookies will join; its providers and categories are
    // reused by id or name rather than duplicated.
    explicit InventoryImporter(const Policy &context);

    // rows includes the header row (mapping.headerRow) when mapping.hasHeader; lines gives the
    // source line of each row (may be empty). defaultCategory (an id or a name) applies to rows
    // without a category of their own. Returns the cookies added.
    int addRows(const QList<QStringList> &rows, const QList<int> &lines,
                const InventoryMapping &mapping, const QString &defaultCategory = {});

    const InventoryImport &result() const { return m_result; }
    // Moves the cookies imported so far out of the result (their lines go too): a
    // caller that writes cookies as they come holds one batch at a time.
    QList<Cookie> takeCookies();

    // The category a table's caption or heading names: one of the document's own
    // (by id or name) or a known one ("Cookies publicitaires" → marketing), added to
    // the result when new.
    std::optional<QString> categoryNamedBy(const QString &text, const QString &language);

private:
    struct Row;
    QString resolveProvider(const Row &row);
    std::optional<QString> resolveCategory(const QString &text, const LocalizedText &names,
                                           const QString &language);
    bool isRequiredCategory(const QString &id) const;
    QString uniqueProviderId(const QString &wanted) const;

    const Policy &m_context;
    InventoryImport m_result;
    // The providers of m_result by id and by folded name (the first of that name), so
    // that a table of many rows naming many providers is read in linear time.
    QSet<QString> m_providerIds;
    QHash<QString, QString> m_providerIdByName;
};
