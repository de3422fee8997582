// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "commands/catalogcommands.h"

#include <QCoreApplication>

void CatalogTraits<Provider>::set(PolicyDocument *document, qsizetype index, const Provider &entry)
{
    document->setProvider(index, entry);
}

void CatalogTraits<Provider>::insert(PolicyDocument *document, qsizetype index,
                                     const Provider &entry)
{
    document->insertProvider(index, entry);
}

void CatalogTraits<Provider>::remove(PolicyDocument *document, qsizetype index)
{
    document->removeProvider(index);
}

QString CatalogTraits<Provider>::displayName(const Provider &entry)
{
    return entry.name.isEmpty() ? entry.id : entry.name;
}

QString CatalogTraits<Provider>::addText(const QString &name)
{
    return QCoreApplication::translate("UndoCommands", "Add provider %1").arg(name);
}

QString CatalogTraits<Provider>::changeText(const QString &name)
{
    return QCoreApplication::translate("UndoCommands", "Change provider %1").arg(name);
}

QString CatalogTraits<Provider>::removeText(const QString &name)
{
    return QCoreApplication::translate("UndoCommands", "Remove provider %1").arg(name);
}

void CatalogTraits<Category>::set(PolicyDocument *document, qsizetype index, const Category &entry)
{
    document->setCategory(index, entry);
}

void CatalogTraits<Category>::insert(PolicyDocument *document, qsizetype index,
                                     const Category &entry)
{
    document->insertCategory(index, entry);
}

void CatalogTraits<Category>::remove(PolicyDocument *document, qsizetype index)
{
    document->removeCategory(index);
}

QString CatalogTraits<Category>::displayName(const Category &entry)
{
    // Command texts are read in the interface language, not the document's:
    // the id is the one name every person editing the file shares.
    return entry.id;
}

QString CatalogTraits<Category>::addText(const QString &name)
{
    return QCoreApplication::translate("UndoCommands", "Add category %1").arg(name);
}

QString CatalogTraits<Category>::changeText(const QString &name)
{
    return QCoreApplication::translate("UndoCommands", "Change category %1").arg(name);
}

QString CatalogTraits<Category>::removeText(const QString &name)
{
    return QCoreApplication::translate("UndoCommands", "Remove category %1").arg(name);
}

void CookieReassignment::redo(PolicyDocument *document) const
{
    document->setCookies(rows, after);
}

void CookieReassignment::undo(PolicyDocument *document) const
{
    document->setCookies(rows, before);
}

template <typename Entry>
SetCatalogEntryCommand<Entry>::SetCatalogEntryCommand(PolicyDocument *document, qsizetype index,
                                                      Entry after, const QString &field,
                                                      QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document), m_index(index), m_field(field),
      m_before(CatalogTraits<Entry>::entries(document->policy()).at(index)),
      m_after(std::move(after)),
      m_cookies(CookieReassignment::make<Entry>(document->policy(), m_before.id, m_after.id))
{
    setText(CatalogTraits<Entry>::changeText(CatalogTraits<Entry>::displayName(m_before)));
}

template <typename Entry> int SetCatalogEntryCommand<Entry>::id() const
{
    return std::is_same_v<Entry, Provider> ? CommandId::ProviderField : CommandId::CategoryField;
}

template <typename Entry> bool SetCatalogEntryCommand<Entry>::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetCatalogEntryCommand *>(other);
    // Only plain field edits merge: a change of id carries cookies with it and
    // stays its own step.
    if (next->m_document != m_document || next->m_index != m_index || m_field.isEmpty() ||
        next->m_field != m_field || !m_cookies.rows.isEmpty() || !next->m_cookies.rows.isEmpty())
        return false;
    m_after = next->m_after;
    setObsolete(m_after == m_before);
    return true;
}

template class SetCatalogEntryCommand<Provider>;
template class SetCatalogEntryCommand<Category>;

QString CategoryTextPlace::undoText(const Policy &policy) const
{
    return QCoreApplication::translate("UndoCommands", "Edit category %1")
        .arg(policy.categories.at(index).id);
}
