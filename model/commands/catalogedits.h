// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include "document/policy.h"

#include <QList>
#include <QString>

#include <utility>

class PolicyDocument;
class QUndoCommand;

// What the Providers and Categories pages (and the grid's "New provider…") do to the
// two lists cookies point into, decided once here instead of in each page: the id a
// new entry gets, what removing one involves, and the undo step that does it. The
// pages only ask the person (a name, where the cookies go) and push the result.
namespace CatalogEdits {

// An id for a provider called name: lower-case ASCII letters and digits, accents
// dropped, runs of anything else as one '-', unique among existing ("provider" when
// the name leaves nothing).
QString providerId(const QString &name, const QList<Provider> &existing);

// An id for a category called name, made as providerId makes one ("category" when
// the name leaves nothing), unique among existing.
QString categoryId(const QString &name, const QList<Category> &existing);

// The name a new entry gets until the person types one, in the document's language
// being edited (French or English; English for the others), never the interface's:
// it is stored in the document and published.
enum class Placeholder { Category, Provider, Section };
QString placeholderName(Placeholder kind, const QString &language);

// A provider or category to add, with a free id made from its name; a category's
// name is in language.
Provider newProvider(const Policy &policy, const QString &name);
Category newCategory(const Policy &policy, const QString &name, const QString &language);

// Appends entry to its list as one undo step; the new entry is the list's last.
QUndoCommand *appendCommand(PolicyDocument *document, const Provider &entry);
QUndoCommand *appendCommand(PolicyDocument *document, const Category &entry);
// A provider created from a cookie's cell ("New provider…" in the grid): the provider
// appended and cookie `row` pointed at it, as one undo step.
QUndoCommand *appendForCookieCommand(PolicyDocument *document, const Provider &entry,
                                     qsizetype row);
// The same for a category ("New category…" in the grid); the cookie's legal basis
// follows the new category as when a category is chosen (see withCategory).
QUndoCommand *appendForCookieCommand(PolicyDocument *document, const Category &entry,
                                     qsizetype row);

// The cookie moved to category `to`, its legal basis following: a required category
// makes it exempt; leaving a required category (or none) for an optional one makes an
// exempt cookie need consent again. A cookie exempt on its own grounds in an optional
// category (audience measurement the CNIL exempts) keeps its basis.
Cookie withCategory(const Policy &policy, Cookie cookie, const QString &to);

// Removing an entry: how many cookies use it and where they may go instead.
struct Removal
{
    QString name; // what the person calls the entry: its name in the language, else its id
    qsizetype cookies = 0;
    QList<std::pair<QString, QString>> targets; // every other entry: id, name as above
};
Removal providerRemoval(const Policy &policy, qsizetype index);
Removal categoryRemoval(const Policy &policy, qsizetype index, const QString &language);

// Removes the entry at index as one undo step, its cookies moving to the entry
// reassignTo (empty: left without one, for the person to fill in).
QUndoCommand *removeProviderCommand(PolicyDocument *document, qsizetype index,
                                    const QString &reassignTo);
QUndoCommand *removeCategoryCommand(PolicyDocument *document, qsizetype index,
                                    const QString &reassignTo);

} // namespace CatalogEdits
