// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include "document/policy.h"
#include "format/inventoryfields.h"
#include "import/inventoryimporter.h"

#include <QList>
#include <QString>

// A CSV inventory imported into a document that already has cookies. A row and a
// cookie of the document are the same cookie when they have the same name and the
// same domain (compared without case and without a leading dot); where several
// cookies share both, the one of the same kind (exact, family, pattern) and path. A
// row that states no domain names the one cookie of its name, and is set aside when
// the document has several (ambiguous()). What happens to them is the person's choice:
//  - AddNew: cookies the document lacks are added, the others are left as they are;
//  - UpdateAndAdd: the matched cookies take every value their row states (a blank
//    cell states nothing and changes nothing), the others are added;
//  - Replace: as UpdateAndAdd, and the document's cookies no row names are removed.
// Importing the file the document was updated from again changes nothing.
class InventoryUpdate
{
public:
    enum class Mode { AddNew, UpdateAndAdd, Replace };

    // One field of a matched cookie that the row changes; texts are for people.
    struct FieldChange
    {
        InventoryField field = InventoryField::Ignore;
        QString language; // for the localized fields (service, purpose)
        QString before;
        QString after;
    };
    struct CookieChange
    {
        qsizetype index = -1; // in the document's cookies
        int line = 0;         // of the row in the file
        Cookie before;
        Cookie after;
        QList<FieldChange> changes;
        // Cells of the row that could not be read: the cookie keeps its value.
        QList<FieldChange> unread;
    };

    // Compares imported (the rows of a file) with policy. displayLanguage words the
    // values of FieldChange ("13 months" / "13 mois").
    static InventoryUpdate plan(const Policy &policy, const InventoryImport &imported, Mode mode,
                                const QString &displayLanguage);

    Mode mode() const { return m_mode; }
    const QList<CookieChange> &changed() const { return m_changed; }
    const QList<Cookie> &added() const { return m_added; }
    const QList<Cookie> &removed() const { return m_removed; }
    // Rows naming a cookie the document already has that change nothing (or, with
    // AddNew, that are left alone).
    int unchangedCount() const { return m_unchanged; }
    // Rows naming a cookie an earlier row of the file already named: they complete
    // it rather than add it twice (counted so that it is said).
    int repeatedRows() const { return m_repeatedRows; }
    // Matched cookies whose rows hold cells that could not be read.
    const QList<CookieChange> &unreadOnly() const { return m_unreadOnly; }
    bool changesNothing() const
    {
        return m_changed.isEmpty() && m_added.isEmpty() && m_removed.isEmpty();
    }

    // The document's inventory after the import: cookies in the document's order with
    // the new ones last, the providers and categories they need appended.
    QList<Cookie> cookies() const { return m_cookies; }
    QList<Provider> providers() const { return m_providers; }
    QList<Category> categories() const { return m_categories; }
    void applyTo(Policy &policy) const;

    // "2 changed, 3 added" (", 1 removed" with Replace), in the interface language.
    QString summary() const;

    // Rows that state no domain while the document has several cookies of their name:
    // nothing says which one they mean, so they change nothing and are named.
    struct Ambiguity
    {
        int line = 0;
        QString name;
    };
    const QList<Ambiguity> &ambiguous() const { return m_ambiguous; }

private:
    Mode m_mode = Mode::UpdateAndAdd;
    QList<CookieChange> m_changed;
    QList<CookieChange> m_unreadOnly;
    QList<Cookie> m_added;
    QList<Cookie> m_removed;
    int m_unchanged = 0;
    int m_repeatedRows = 0;
    QList<Cookie> m_cookies;
    QList<Provider> m_providers;
    QList<Category> m_categories;
    QList<Ambiguity> m_ambiguous;
};
