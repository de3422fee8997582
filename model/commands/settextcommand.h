// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include "document/policydocument.h"

#include <QUndoCommand>

#include <utility>

// One language of one localized text set, the rest of the value it belongs to left as
// it is at the time of redo/undo. Place says where the text lives:
//   Slot slot() const;  the value holding the text (see SwapCommand)
//   Field field;        which of its texts
//   static constexpr int id = CommandId::…;
//   static auto &text(Value &, Field) (for const and mutable values);
//   QString undoText(const Policy &) const;
//   bool sameText(const Place &next) const;   whether next edits the same text
// Consecutive commands on the same text in the same language merge, so one undo takes
// back one stretch of typing. A text of an entry of a list derives its place from
// EntryTextPlace below.
template <typename Place> class SetTextCommand : public QUndoCommand
{
public:
    SetTextCommand(PolicyDocument *document, Place place, const QString &language,
                   const QString &text, QUndoCommand *parent = nullptr)
        : QUndoCommand(parent), m_document(document), m_place(std::move(place)),
          m_language(language),
          m_old(Place::text(m_place.slot().get(document->policy()), m_place.field).exact(language)),
          m_new(text)
    {
        setText(m_place.undoText(document->policy()));
    }

    void redo() override { apply(m_new); }
    void undo() override { apply(m_old); }
    int id() const override { return Place::id; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto &next = static_cast<const SetTextCommand &>(*other);
        if (next.m_document != m_document || next.m_language != m_language ||
            !m_place.sameText(next.m_place))
            return false;
        m_new = next.m_new;
        setObsolete(m_new == m_old);
        return true;
    }

private:
    void apply(const QString &text)
    {
        auto value = m_place.slot().get(m_document->policy());
        Place::text(value, m_place.field).set(m_language, text);
        m_place.slot().set(m_document, value);
    }

    PolicyDocument *m_document;
    Place m_place;
    QString m_language;
    QString m_old;
    QString m_new;
};

// The place of a text of one entry of a list (a cookie's purpose, a category's name):
// Slot is the list's ListSlot, Field the entry's texts. Edits of the same text of the
// same entry merge.
template <typename Slot, typename Field> struct EntryTextPlace
{
    qsizetype index;
    Field field;

    Slot slot() const { return {index}; }
    bool sameText(const EntryTextPlace &next) const
    {
        return next.index == index && next.field == field;
    }
};
