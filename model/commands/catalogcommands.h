// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include "commands/commandids.h"
#include "commands/settextcommand.h"
#include "commands/swapcommand.h"
#include "document/policy.h"
#include "document/policydocument.h"

#include <QList>
#include <QUndoCommand>

#include <algorithm>

class PolicyDocument;

// Undo commands for the two lists cookies point into: providers and categories, and
// the translatable texts of categories. A change of id, or a removal, carries the
// cookies that point to the entry along in the same step, so undo puts back both the
// entry and every reference to it.

// What a command needs to know about one list; specialised for Provider and Category.
template <typename Entry> struct CatalogTraits;

template <> struct CatalogTraits<Provider>
{
    static const QList<Provider> &entries(const Policy &policy) { return policy.providers; }
    static void set(PolicyDocument *document, qsizetype index, const Provider &entry);
    static void insert(PolicyDocument *document, qsizetype index, const Provider &entry);
    static void remove(PolicyDocument *document, qsizetype index);
    static QString &reference(Cookie &cookie) { return cookie.providerId; }
    static const QString &reference(const Cookie &cookie) { return cookie.providerId; }
    static QString displayName(const Provider &entry);
    static QString addText(const QString &name);
    static QString changeText(const QString &name);
    static QString removeText(const QString &name);
};

template <> struct CatalogTraits<Category>
{
    static const QList<Category> &entries(const Policy &policy) { return policy.categories; }
    static void set(PolicyDocument *document, qsizetype index, const Category &entry);
    static void insert(PolicyDocument *document, qsizetype index, const Category &entry);
    static void remove(PolicyDocument *document, qsizetype index);
    static QString &reference(Cookie &cookie) { return cookie.categoryId; }
    static const QString &reference(const Cookie &cookie) { return cookie.categoryId; }
    static QString displayName(const Category &entry);
    static QString addText(const QString &name);
    static QString changeText(const QString &name);
    static QString removeText(const QString &name);
};

// Rows whose reference changes, with the cookie before and after.
struct CookieReassignment
{
    QList<qsizetype> rows;
    QList<Cookie> before;
    QList<Cookie> after;

    // Every cookie whose provider (or category) is `from` now points to `to`.
    template <typename Entry>
    static CookieReassignment make(const Policy &policy, const QString &from, const QString &to);
    void redo(PolicyDocument *document) const;
    void undo(PolicyDocument *document) const;
};

template <typename Entry>
CookieReassignment CookieReassignment::make(const Policy &policy, const QString &from,
                                            const QString &to)
{
    CookieReassignment result;
    if (from == to)
        return result;
    for (qsizetype row = 0; row < policy.cookies.size(); ++row) {
        Cookie cookie = policy.cookies.at(row);
        QString &reference = CatalogTraits<Entry>::reference(cookie);
        if (reference != from)
            continue;
        result.rows.append(row);
        result.before.append(cookie);
        reference = to;
        result.after.append(cookie);
    }
    return result;
}

// How many cookies point to the provider or category `id`.
template <typename Entry> qsizetype countCookiesUsing(const Policy &policy, const QString &id)
{
    return std::count_if(
        policy.cookies.cbegin(), policy.cookies.cend(),
        [&id](const Cookie &cookie) { return CatalogTraits<Entry>::reference(cookie) == id; });
}

template <typename Entry> class AddCatalogEntryCommand : public QUndoCommand
{
public:
    AddCatalogEntryCommand(PolicyDocument *document, qsizetype index, Entry entry,
                           QUndoCommand *parent = nullptr)
        : QUndoCommand(parent), m_document(document), m_index(index), m_entry(std::move(entry))
    {
        setText(CatalogTraits<Entry>::addText(CatalogTraits<Entry>::displayName(m_entry)));
    }
    void redo() override { CatalogTraits<Entry>::insert(m_document, m_index, m_entry); }
    void undo() override { CatalogTraits<Entry>::remove(m_document, m_index); }

private:
    PolicyDocument *m_document;
    qsizetype m_index;
    Entry m_entry;
};

// Any change of one entry (name, website, required…). A new id is carried to the
// cookies that used the old one.
template <typename Entry> class SetCatalogEntryCommand : public QUndoCommand
{
public:
    // `field` names the one member edited ("name", "website"…); consecutive edits of
    // the same field of the same entry merge. Empty means "several", never merged.
    SetCatalogEntryCommand(PolicyDocument *document, qsizetype index, Entry after,
                           const QString &field = {}, QUndoCommand *parent = nullptr);
    void redo() override
    {
        CatalogTraits<Entry>::set(m_document, m_index, m_after);
        m_cookies.redo(m_document);
    }
    void undo() override
    {
        m_cookies.undo(m_document);
        CatalogTraits<Entry>::set(m_document, m_index, m_before);
    }
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    PolicyDocument *m_document;
    qsizetype m_index;
    QString m_field;
    Entry m_before;
    Entry m_after;
    CookieReassignment m_cookies;
};

// Removes an entry; the cookies that used it move to `reassignTo` (another entry's
// id, or empty to leave them without one, which the grid then flags).
template <typename Entry> class RemoveCatalogEntryCommand : public QUndoCommand
{
public:
    RemoveCatalogEntryCommand(PolicyDocument *document, qsizetype index,
                              const QString &reassignTo = {}, QUndoCommand *parent = nullptr)
        : QUndoCommand(parent), m_document(document), m_index(index),
          m_entry(CatalogTraits<Entry>::entries(document->policy()).at(index)),
          m_cookies(CookieReassignment::make<Entry>(document->policy(), m_entry.id, reassignTo))
    {
        setText(CatalogTraits<Entry>::removeText(CatalogTraits<Entry>::displayName(m_entry)));
    }
    void redo() override
    {
        m_cookies.redo(m_document);
        CatalogTraits<Entry>::remove(m_document, m_index);
    }
    void undo() override
    {
        CatalogTraits<Entry>::insert(m_document, m_index, m_entry);
        m_cookies.undo(m_document);
    }

private:
    PolicyDocument *m_document;
    qsizetype m_index;
    Entry m_entry;
    CookieReassignment m_cookies;
};

using AddProviderCommand = AddCatalogEntryCommand<Provider>;
using SetProviderCommand = SetCatalogEntryCommand<Provider>;
using RemoveProviderCommand = RemoveCatalogEntryCommand<Provider>;
using AddCategoryCommand = AddCatalogEntryCommand<Category>;
using SetCategoryCommand = SetCatalogEntryCommand<Category>;
using RemoveCategoryCommand = RemoveCatalogEntryCommand<Category>;

extern template class SetCatalogEntryCommand<Provider>;
extern template class SetCatalogEntryCommand<Category>;

using CategorySlot = ListSlot<Category, &Policy::categories, &PolicyDocument::setCategory>;

// The translatable texts of a category.
enum class CategoryText { Name, Description };

// A category's name or description in one language, for SetTextCommand (the
// translation view edits them).
struct CategoryTextPlace : EntryTextPlace<CategorySlot, CategoryText>
{
    static constexpr int id = CommandId::CategoryText;

    template <typename CategoryT> static auto &text(CategoryT &category, CategoryText field)
    {
        return field == CategoryText::Name ? category.name : category.description;
    }
    QString undoText(const Policy &policy) const;
};

using SetCategoryTextCommand = SetTextCommand<CategoryTextPlace>;
