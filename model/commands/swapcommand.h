// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include "document/policydocument.h"

#include <QUndoCommand>

#include <utility>

// One value of the document replaced by another: redo writes the new value, undo the
// old one, both through the Slot, which says where the value lives and which
// PolicyDocument setter writes it back (so every change is signalled): a ListSlot or
// a MemberSlot below. Swapping whole values is what lets undo restore exactly what
// was there, whatever part of the value changed.
template <typename Slot> class SwapCommand : public QUndoCommand
{
public:
    using Value = typename Slot::Value;

    // mergeKey names the part edited ("purpose", a form field…): consecutive edits of
    // the same part of the same value merge into one step. Empty never merges.
    SwapCommand(PolicyDocument *document, Slot slot, Value after, const QString &text,
                const QString &mergeKey = {}, QUndoCommand *parent = nullptr)
        : QUndoCommand(text, parent), m_document(document), m_slot(std::move(slot)),
          m_before(m_slot.get(document->policy())), m_after(std::move(after)), m_key(mergeKey)
    {}

    void redo() override { m_slot.set(m_document, m_after); }
    void undo() override { m_slot.set(m_document, m_before); }
    int id() const override { return Slot::id; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto &next = static_cast<const SwapCommand &>(*other);
        if (m_key.isEmpty() || next.m_key != m_key || next.m_document != m_document ||
            !(next.m_slot == m_slot))
            return false;
        m_after = next.m_after;
        // Typing a value back to what it was leaves nothing to undo.
        setObsolete(m_after == m_before);
        return true;
    }

    const Value &before() const { return m_before; }
    const Value &after() const { return m_after; }

private:
    PolicyDocument *m_document;
    Slot m_slot;
    Value m_before;
    Value m_after;
    QString m_key;
};

// An entry of one of the policy's lists (a section, a cookie…), for SwapCommand and
// SetTextCommand. Id is the QUndoCommand::id() of a SwapCommand on it (-1: never merges).
template <typename T, QList<T> Policy::*List, void (PolicyDocument::*Setter)(qsizetype, const T &),
          int Id = -1>
struct ListSlot
{
    using Value = T;
    static constexpr int id = Id;
    qsizetype index;

    const T &get(const Policy &policy) const { return (policy.*List).at(index); }
    void set(PolicyDocument *document, const T &value) const { (document->*Setter)(index, value); }
    bool operator==(const ListSlot &) const = default;
};

// One member of the policy (the meta data, the banner settings), for SwapCommand and
// SetTextCommand.
template <typename T, T Policy::*Member, void (PolicyDocument::*Setter)(const T &), int Id = -1>
struct MemberSlot
{
    using Value = T;
    static constexpr int id = Id;

    const T &get(const Policy &policy) const { return policy.*Member; }
    void set(PolicyDocument *document, const T &value) const { (document->*Setter)(value); }
    bool operator==(const MemberSlot &) const = default;
};
