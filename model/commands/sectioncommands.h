// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include "commands/commandids.h"
#include "commands/settextcommand.h"
#include "commands/swapcommand.h"
#include "document/policy.h"

#include <QUndoCommand>

// Undo commands for the charter: its sections, their order, kind and texts. Each one
// changes the document only through PolicyDocument's API, in redo() and undo(), so
// every change is signalled and the undo stack is the single history.

class AddSectionCommand : public QUndoCommand
{
public:
    AddSectionCommand(PolicyDocument *document, qsizetype index, CharterSection section,
                      QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

    // An id not yet used by any section of policy, derived from base ("section", "section-2", …).
    static QString uniqueId(const Policy &policy, const QString &base = QStringLiteral("section"));

private:
    PolicyDocument *m_document;
    qsizetype m_index;
    CharterSection m_section;
};

class RemoveSectionCommand : public QUndoCommand
{
public:
    RemoveSectionCommand(PolicyDocument *document, qsizetype index, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    PolicyDocument *m_document;
    qsizetype m_index;
    CharterSection m_section;
};

// Moves the section at `from` so that it ends at index `to` (QList::move semantics).
class MoveSectionCommand : public QUndoCommand
{
public:
    MoveSectionCommand(PolicyDocument *document, qsizetype from, qsizetype to,
                       QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    PolicyDocument *m_document;
    qsizetype m_from;
    qsizetype m_to;
};

using SectionSlot = ListSlot<CharterSection, &Policy::charter, &PolicyDocument::setSection>;

// Makes a section plain text, or the place of the cookie table of one category
// (categoryId) or of every category (empty categoryId).
SwapCommand<SectionSlot> *setSectionKindCommand(PolicyDocument *document, qsizetype index,
                                                CharterSection::Kind kind,
                                                const QString &categoryId,
                                                QUndoCommand *parent = nullptr);

// The translatable texts of a section.
enum class SectionText { Title, Body };

// A section's title (a rename) or body, for SetTextCommand. Only commands of the same
// typing session (session >= 0) merge, so one undo takes back one stretch of typing
// rather than each debounced chunk, and two separate edits stay two steps.
struct SectionTextPlace : EntryTextPlace<SectionSlot, SectionText>
{
    static constexpr int id = CommandId::SectionText;
    int session = -1; // -1: never merges

    template <typename Section> static auto &text(Section &section, SectionText field)
    {
        return field == SectionText::Title ? section.title : section.body;
    }
    QString undoText(const Policy &policy) const;
    bool sameText(const SectionTextPlace &next) const
    {
        return session >= 0 && next.session == session && EntryTextPlace::sameText(next);
    }
};

using SetSectionTextCommand = SetTextCommand<SectionTextPlace>;
