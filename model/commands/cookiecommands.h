// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include "commands/commandids.h"
#include "commands/settextcommand.h"
#include "commands/swapcommand.h"
#include "document/policy.h"
#include "scan/scanreport.h"
#include "scan/scanrules.h"

#include <QList>
#include <QUndoCommand>

#include <functional>

// The undo commands of the cookie inventory: rows added, removed, moved, pasted,
// imported or observed by a scan, and cookie fields and texts edited. Each one changes
// the document only through PolicyDocument's mutation API, in redo() and undo(), so
// that views see the same signals whether an edit is done, undone or redone.

// The name a command gives to a cookie ("sessionid", or "unnamed cookie").
QString commandCookieName(const Cookie &cookie);

using CookieSlot =
    ListSlot<Cookie, &Policy::cookies, &PolicyDocument::setCookie, CommandId::CookieField>;

// One field of one cookie ("Change purpose of sessionid"). `field` is the JSON member
// name of the field ("purpose"), used for the text and to decide merging: consecutive
// edits of the same cell merge into one step, as a person typing in a cell expects.
SwapCommand<CookieSlot> *setCookieFieldCommand(PolicyDocument *document, qsizetype row,
                                               const QString &field, Cookie after,
                                               QUndoCommand *parent = nullptr);

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

// Cells emptied (Delete in the grid): the rows rewritten with their cleared values.
class ClearCookieCellsCommand : public PasteCookiesCommand
{
public:
    ClearCookieCellsCommand(PolicyDocument *document, QList<qsizetype> rows, QList<Cookie> values,
                            QUndoCommand *parent = nullptr);
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

// "Add to inventory" after a scan: appends rows for observed cookies in one
// undoable step. Rows carry what the observation tells (name, domain, path,
// lifetime, party, Secure) and leave provider, purpose and category for a person.
class AddObservedCookiesCommand : public QUndoCommand
{
public:
    AddObservedCookiesCommand(PolicyDocument *document, const QList<Cookie> &cookies,
                              QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    // A declaration for an observed cookie. The legal basis is consent: nothing
    // observed proves an exemption.
    static Cookie fromObserved(const ObservedCookie &observed);
    // Completes a new row from elsewhere, e.g. a known-cookie database suggesting
    // provider, category and purpose; it may leave the row unchanged.
    using Enricher = std::function<void(Cookie &)>;
    // One row per observed cookie that no declared row covers (ScanRules::covers),
    // each name + domain once, passed through enrich when given.
    static QList<Cookie> undeclared(const Policy &policy, const ScanReport &report,
                                    const Enricher &enrich = {});
    // The same over every phase of a scan, matched as the scan rules match (a staging
    // copy's first-party cookies are covered by the declared site's rows).
    static QList<Cookie> undeclared(const Policy &policy, const ConsentScan &scan,
                                    const ScanRules::SiteHosts &hosts, const Enricher &enrich = {});

private:
    PolicyDocument *m_document;
    QList<Cookie> m_cookies;
    qsizetype m_row = 0;
};

// The translatable texts of a cookie.
enum class CookieText { Service, Purpose };

// A cookie's service or purpose in one language, for SetTextCommand (the translation
// view edits them).
struct CookieTextPlace : EntryTextPlace<CookieSlot, CookieText>
{
    static constexpr int id = CommandId::CookieText;

    template <typename CookieT> static auto &text(CookieT &cookie, CookieText field)
    {
        return field == CookieText::Service ? cookie.service : cookie.purpose;
    }
    QString undoText(const Policy &policy) const;
};

using SetCookieTextCommand = SetTextCommand<CookieTextPlace>;
