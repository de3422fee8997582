#pragma once

#include "document/policy.h"

#include <QList>
#include <QUndoCommand>

class PolicyDocument;

// The undo commands of the cookie inventory. Each one changes the document only
// through PolicyDocument's mutation API, in redo() and undo(), so that views see the
// same signals whether an edit is done, undone or redone.

namespace CommandIds {
// QUndoCommand::id() values; only commands with the same id may merge.
enum : int {
    SetCookieField = 1000,
    SetProviderField,
    SetCategoryField,
};
} // namespace CommandIds

// The name a command gives to a cookie ("sessionid", or "unnamed cookie").
QString commandCookieName(const Cookie &cookie);

// One field of one cookie ("Change purpose of sessionid"). Consecutive edits of the
// same cell merge into one step, as a person typing in a cell expects.
class SetCookieFieldCommand : public QUndoCommand
{
public:
    // `field` is the JSON member name of the field ("purpose"), used for the text
    // and to decide merging.
    SetCookieFieldCommand(PolicyDocument *document, qsizetype row, const QString &field,
                          Cookie after, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    int id() const override { return CommandIds::SetCookieField; }
    bool mergeWith(const QUndoCommand *other) override;

    qsizetype row() const { return m_row; }
    QString field() const { return m_field; }

private:
    PolicyDocument *m_document;
    qsizetype m_row;
    QString m_field;
    Cookie m_before;
    Cookie m_after;
};

// New rows inserted as one block (Insert key, "Add cookie", duplicate).
class AddCookiesCommand : public QUndoCommand
{
public:
    AddCookiesCommand(PolicyDocument *document, qsizetype row, QList<Cookie> cookies,
                      QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    // Copies of `rows` (any order, any gaps) inserted after the last of them.
    static AddCookiesCommand *duplicate(PolicyDocument *document, QList<qsizetype> rows);

private:
    PolicyDocument *m_document;
    qsizetype m_row;
    QList<Cookie> m_cookies;
};

// Any set of rows, contiguous or not, removed as one step.
class RemoveCookiesCommand : public QUndoCommand
{
public:
    RemoveCookiesCommand(PolicyDocument *document, QList<qsizetype> rows,
                         QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    struct Block
    {
        qsizetype first;
        QList<Cookie> cookies;
    };
    PolicyDocument *m_document;
    QList<Block> m_blocks; // ascending, non-adjacent
};

// A contiguous block moved before row `to` (counted before the move, as in
// QAbstractItemModel::beginMoveRows).
class MoveCookiesCommand : public QUndoCommand
{
public:
    MoveCookiesCommand(PolicyDocument *document, qsizetype from, qsizetype count, qsizetype to,
                       QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    PolicyDocument *m_document;
    qsizetype m_from;
    qsizetype m_count;
    qsizetype m_to;
};

// A block pasted from a spreadsheet: existing rows rewritten and new rows appended at
// the end, all in one step.
class PasteCookiesCommand : public QUndoCommand
{
public:
    PasteCookiesCommand(PolicyDocument *document, QList<qsizetype> rows, QList<Cookie> values,
                        QList<Cookie> appended, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    PolicyDocument *m_document;
    QList<qsizetype> m_rows;
    QList<Cookie> m_before;
    QList<Cookie> m_after;
    QList<Cookie> m_appended;
    qsizetype m_appendAt;
};

// The whole inventory replaced (an import): cookies, and providers and categories
// when given, in one step that undo puts back exactly.
class ReplaceInventoryCommand : public QUndoCommand
{
public:
    ReplaceInventoryCommand(PolicyDocument *document, QList<Cookie> cookies,
                            std::optional<QList<Provider>> providers = std::nullopt,
                            std::optional<QList<Category>> categories = std::nullopt,
                            QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    struct Inventory
    {
        QList<Cookie> cookies;
        std::optional<QList<Provider>> providers;
        std::optional<QList<Category>> categories;
    };
    void apply(const Inventory &inventory);

    PolicyDocument *m_document;
    Inventory m_before;
    Inventory m_after;
};
