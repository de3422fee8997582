// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include "commands/commandids.h"
#include "commands/swapcommand.h"
#include "document/policy.h"

#include <QDate>
#include <QUndoCommand>

// Undo commands for the document's meta data: the site and publisher fields, the
// languages and the last-updated stamp. Languages are meta data too, so adding one or
// changing the default is a meta swap built by a factory, not a class of its own.

using MetaSlot =
    MemberSlot<PolicyMeta, &Policy::meta, &PolicyDocument::setMeta, CommandId::MetaField>;

using SetMetaCommand = SwapCommand<MetaSlot>;

// Replaces the meta data. A non-empty mergeKey naming the field edited lets
// consecutive edits of that field merge (typing in the site name is one step).
SetMetaCommand *setMetaCommand(PolicyDocument *document, PolicyMeta meta, const QString &text,
                               const QString &mergeKey = {}, QUndoCommand *parent = nullptr);

// Adds a language to the document; obsolete (nothing to do) if it is there already.
SetMetaCommand *addLanguageCommand(PolicyDocument *document, const QString &language,
                                   QUndoCommand *parent = nullptr);

// Makes language the default, adding it to the languages if needed.
SetMetaCommand *setDefaultLanguageCommand(PolicyDocument *document, const QString &language,
                                          QUndoCommand *parent = nullptr);

// Removes a language from the document together with every text written in it
// (sections, categories, cookies, banner), so a removed language does not linger in
// the file; undo puts all of them back. The default language cannot be removed (the
// caller must choose another default first), nor one the document does not have:
// then there is no command (nullptr).
QUndoCommand *removeLanguageCommand(PolicyDocument *document, const QString &language,
                                    QUndoCommand *parent = nullptr);

// Swaps what stamping a document changes — the meta data, the extra members (the
// inventory the charter describes) and the published history — between the state
// before and a stamped copy, so that stamping is one undo step that keeps the rest
// of the undo history.
class StampCommand : public QUndoCommand
{
public:
    StampCommand(PolicyDocument *document, const Policy &stamped, const QString &text);

    void redo() override;
    void undo() override;

private:
    struct Stamp
    {
        PolicyMeta meta;
        QJsonObject extra;
        QList<PublishedRevision> history;
    };
    void apply(const Stamp &stamp);

    PolicyDocument *m_document;
    Stamp m_before;
    Stamp m_after;
};

// Document › Mark the Charter as Updated: sets the last-updated date and records
// which inventory the charter now describes, so the rule charter.dated can tell
// when cookies change afterwards without the date following. One undo step.
class MarkUpdatedCommand : public StampCommand
{
public:
    MarkUpdatedCommand(PolicyDocument *document, const QDate &today);
};

// File › Publish…: the document as published differs from the one edited only by
// its stamps (revision, last-updated date, the new history entry), so the window
// takes them as one undo step ("Publish revision 5") instead of reloading the file
// and losing the undo history.
class PublishRevisionCommand : public StampCommand
{
public:
    PublishRevisionCommand(PolicyDocument *document, const Policy &published);
};
