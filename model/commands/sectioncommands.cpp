// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "commands/sectioncommands.h"

#include "document/policydocument.h"
#include "document/uniqueid.h"

#include <QCoreApplication>

#include <algorithm>
#include <utility>

namespace {

QString sectionTitle(const PolicyDocument *document, qsizetype index)
{
    const Policy &policy = document->policy();
    return policy.text(policy.charter.at(index).title, policy.meta.defaultLanguage);
}

} // namespace

AddSectionCommand::AddSectionCommand(PolicyDocument *document, qsizetype index,
                                     CharterSection section, QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document), m_index(index), m_section(std::move(section))
{
    setText(QCoreApplication::translate("UndoCommands", "Add section"));
}

void AddSectionCommand::redo()
{
    m_document->insertSection(m_index, m_section);
}

void AddSectionCommand::undo()
{
    m_document->removeSection(m_index);
}

QString AddSectionCommand::uniqueId(const Policy &policy, const QString &base)
{
    return ::uniqueId(base, [&policy](const QString &id) {
        return std::any_of(policy.charter.cbegin(), policy.charter.cend(),
                           [&id](const CharterSection &section) { return section.id == id; });
    });
}

RemoveSectionCommand::RemoveSectionCommand(PolicyDocument *document, qsizetype index,
                                           QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document), m_index(index),
      m_section(document->policy().charter.at(index))
{
    setText(QCoreApplication::translate("UndoCommands", "Remove section \"%1\"")
                .arg(sectionTitle(document, index)));
}

void RemoveSectionCommand::redo()
{
    m_section = m_document->removeSection(m_index);
}

void RemoveSectionCommand::undo()
{
    m_document->insertSection(m_index, m_section);
}

MoveSectionCommand::MoveSectionCommand(PolicyDocument *document, qsizetype from, qsizetype to,
                                       QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document), m_from(from), m_to(to)
{
    setText(QCoreApplication::translate("UndoCommands", "Move section \"%1\"")
                .arg(sectionTitle(document, from)));
}

void MoveSectionCommand::redo()
{
    m_document->moveSection(m_from, m_to);
}

void MoveSectionCommand::undo()
{
    m_document->moveSection(m_to, m_from);
}

SwapCommand<SectionSlot> *setSectionKindCommand(PolicyDocument *document, qsizetype index,
                                                CharterSection::Kind kind,
                                                const QString &categoryId, QUndoCommand *parent)
{
    CharterSection section = document->policy().charter.at(index);
    section.kind = kind;
    section.categoryId = kind == CharterSection::Kind::Text ? QString() : categoryId;
    const QString text =
        kind == CharterSection::Kind::Text
            ? QCoreApplication::translate("UndoCommands", "Make the section plain text")
            : QCoreApplication::translate("UndoCommands", "Show the cookie table in the section");
    return new SwapCommand<SectionSlot>(document, {index}, std::move(section), text, {}, parent);
}

QString SectionTextPlace::undoText(const Policy &) const
{
    return field == SectionText::Title
               ? QCoreApplication::translate("UndoCommands", "Rename section")
               : QCoreApplication::translate("UndoCommands", "Edit section text");
}
