// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "commands/cookiecommands.h"

#include "document/cookiename.h"
#include "document/policydocument.h"
#include "scan/scanrules.h"

#include <QCoreApplication>

#include <algorithm>
#include <utility>

namespace {

// The field as the command text names it, in the lower case that reads well in
// "Change purpose of sessionid".
QString fieldLabel(const QString &field)
{
    struct Label
    {
        const char *field;
        const char *label;
    };
    static constexpr Label labels[] = {
        {"provider", QT_TRANSLATE_NOOP("UndoCommands", "provider")},
        {"service", QT_TRANSLATE_NOOP("UndoCommands", "service and location")},
        {"name", QT_TRANSLATE_NOOP("UndoCommands", "name")},
        {"purpose", QT_TRANSLATE_NOOP("UndoCommands", "purpose")},
        {"category", QT_TRANSLATE_NOOP("UndoCommands", "category")},
        {"lifetime", QT_TRANSLATE_NOOP("UndoCommands", "lifetime")},
        {"domain", QT_TRANSLATE_NOOP("UndoCommands", "domain")},
        {"party", QT_TRANSLATE_NOOP("UndoCommands", "party")},
        {"storage", QT_TRANSLATE_NOOP("UndoCommands", "storage")},
        {"basis", QT_TRANSLATE_NOOP("UndoCommands", "legal basis")},
    };
    for (const Label &label : labels) {
        if (field == QLatin1StringView(label.field))
            return QCoreApplication::translate("UndoCommands", label.label);
    }
    return field;
}

} // namespace

QString commandCookieName(const Cookie &cookie)
{
    return cookie.name.isEmpty() ? QCoreApplication::translate("UndoCommands", "unnamed cookie")
                                 : CookieName::display(cookie);
}

SwapCommand<CookieSlot> *setCookieFieldCommand(PolicyDocument *document, qsizetype row,
                                               const QString &field, Cookie after,
                                               QUndoCommand *parent)
{
    // A renamed cookie is named as it was: that is the row the person picked.
    const QString text =
        QCoreApplication::translate("UndoCommands", "Change %1 of %2")
            .arg(fieldLabel(field), commandCookieName(document->policy().cookies.at(row)));
    return new SwapCommand<CookieSlot>(document, {row}, std::move(after), text, field, parent);
}

AddCookiesCommand::AddCookiesCommand(PolicyDocument *document, qsizetype row, QList<Cookie> cookies,
                                     QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document), m_row(row), m_cookies(std::move(cookies))
{
    setText(m_cookies.size() == 1 ? QCoreApplication::translate("UndoCommands", "Add cookie %1")
                                        .arg(commandCookieName(m_cookies.constFirst()))
                                  : QCoreApplication::translate("UndoCommands", "Add %n cookies",
                                                                nullptr, int(m_cookies.size())));
}

AddCookiesCommand *AddCookiesCommand::duplicate(PolicyDocument *document, QList<qsizetype> rows)
{
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    if (rows.isEmpty())
        return nullptr;
    QList<Cookie> copies;
    copies.reserve(rows.size());
    for (qsizetype row : std::as_const(rows))
        copies.append(document->policy().cookies.at(row));
    auto *command = new AddCookiesCommand(document, rows.constLast() + 1, copies);
    command->setText(copies.size() == 1
                         ? QCoreApplication::translate("UndoCommands", "Duplicate cookie %1")
                               .arg(commandCookieName(copies.constFirst()))
                         : QCoreApplication::translate("UndoCommands", "Duplicate %n cookies",
                                                       nullptr, int(copies.size())));
    return command;
}

void AddCookiesCommand::redo()
{
    m_document->insertCookies(m_row, m_cookies);
}

void AddCookiesCommand::undo()
{
    m_document->removeCookies(m_row, m_cookies.size());
}

RemoveCookiesCommand::RemoveCookiesCommand(PolicyDocument *document, QList<qsizetype> rows,
                                           QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document)
{
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    const QList<Cookie> &cookies = document->policy().cookies;
    for (qsizetype row : std::as_const(rows)) {
        if (!m_blocks.isEmpty()) {
            Block &last = m_blocks.last();
            if (last.first + last.cookies.size() == row) {
                last.cookies.append(cookies.at(row));
                continue;
            }
        }
        m_blocks.append(Block{row, {cookies.at(row)}});
    }
    setText(rows.size() == 1 ? QCoreApplication::translate("UndoCommands", "Remove cookie %1")
                                   .arg(commandCookieName(cookies.at(rows.constFirst())))
                             : QCoreApplication::translate("UndoCommands", "Remove %n cookies",
                                                           nullptr, int(rows.size())));
}

void RemoveCookiesCommand::redo()
{
    // From the bottom up, so the rows above keep their numbers.
    for (auto block = m_blocks.crbegin(); block != m_blocks.crend(); ++block)
        m_document->removeCookies(block->first, block->cookies.size());
}

void RemoveCookiesCommand::undo()
{
    for (const Block &block : std::as_const(m_blocks))
        m_document->insertCookies(block.first, block.cookies);
}

MoveCookiesCommand::MoveCookiesCommand(PolicyDocument *document, qsizetype from, qsizetype count,
                                       qsizetype to, QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document), m_from(from), m_count(count), m_to(to)
{
    setText(count == 1 ? QCoreApplication::translate("UndoCommands", "Move cookie %1")
                             .arg(commandCookieName(document->policy().cookies.at(from)))
                       : QCoreApplication::translate("UndoCommands", "Move %n cookies", nullptr,
                                                     int(count)));
}

void MoveCookiesCommand::redo()
{
    m_document->moveCookies(m_from, m_count, m_to);
}

void MoveCookiesCommand::undo()
{
    if (m_to >= m_from && m_to <= m_from + m_count)
        return; // redo did not move anything either
    // Where the block landed, and the destination that brings it back.
    const qsizetype landed = m_to > m_from ? m_to - m_count : m_to;
    m_document->moveCookies(landed, m_count, m_from > landed ? m_from + m_count : m_from);
}

PasteCookiesCommand::PasteCookiesCommand(PolicyDocument *document, QList<qsizetype> rows,
                                         QList<Cookie> values, QList<Cookie> appended,
                                         QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document), m_rows(std::move(rows)),
      m_after(std::move(values)), m_appended(std::move(appended)),
      m_appendAt(document->policy().cookies.size())
{
    Q_ASSERT(m_rows.size() == m_after.size());
    m_before.reserve(m_rows.size());
    for (qsizetype row : std::as_const(m_rows))
        m_before.append(document->policy().cookies.at(row));
    setText(QCoreApplication::translate("UndoCommands", "Paste %n rows", nullptr,
                                        int(m_rows.size() + m_appended.size())));
}

ClearCookieCellsCommand::ClearCookieCellsCommand(PolicyDocument *document, QList<qsizetype> rows,
                                                 QList<Cookie> values, QUndoCommand *parent)
    : PasteCookiesCommand(document, rows, values, {}, parent)
{
    // Named after the cookie as it was: a cleared name would leave nothing to show.
    setText(rows.size() == 1
                ? QCoreApplication::translate("UndoCommands", "Clear cells of cookie %1")
                      .arg(commandCookieName(document->policy().cookies.at(rows.constFirst())))
                : QCoreApplication::translate("UndoCommands", "Clear cells of %n cookies", nullptr,
                                              int(rows.size())));
}

void PasteCookiesCommand::redo()
{
    m_document->setCookies(m_rows, m_after);
    m_document->insertCookies(m_appendAt, m_appended);
}

void PasteCookiesCommand::undo()
{
    m_document->removeCookies(m_appendAt, m_appended.size());
    m_document->setCookies(m_rows, m_before);
}

ReplaceInventoryCommand::ReplaceInventoryCommand(PolicyDocument *document, QList<Cookie> cookies,
                                                 std::optional<QList<Provider>> providers,
                                                 std::optional<QList<Category>> categories,
                                                 QUndoCommand *parent)
    : QUndoCommand(parent),
      m_document(document), m_after{std::move(cookies), std::move(providers), std::move(categories)}
{
    const Policy &policy = document->policy();
    m_before.cookies = policy.cookies;
    if (m_after.providers)
        m_before.providers = policy.providers;
    if (m_after.categories)
        m_before.categories = policy.categories;
    setText(QCoreApplication::translate("UndoCommands", "Import %n cookies", nullptr,
                                        int(m_after.cookies.size())));
}

void ReplaceInventoryCommand::apply(const Inventory &inventory)
{
    // Providers and categories first, so the new rows find theirs when views redraw.
    if (inventory.providers) {
        while (!m_document->policy().providers.isEmpty())
            m_document->removeProvider(m_document->policy().providers.size() - 1);
        for (qsizetype i = 0; i < inventory.providers->size(); ++i)
            m_document->insertProvider(i, inventory.providers->at(i));
    }
    if (inventory.categories) {
        while (!m_document->policy().categories.isEmpty())
            m_document->removeCategory(m_document->policy().categories.size() - 1);
        for (qsizetype i = 0; i < inventory.categories->size(); ++i)
            m_document->insertCategory(i, inventory.categories->at(i));
    }
    m_document->removeCookies(0, m_document->policy().cookies.size());
    m_document->insertCookies(0, inventory.cookies);
}

void ReplaceInventoryCommand::redo()
{
    apply(m_after);
}

void ReplaceInventoryCommand::undo()
{
    apply(m_before);
}

AddObservedCookiesCommand::AddObservedCookiesCommand(PolicyDocument *document,
                                                     const QList<Cookie> &cookies,
                                                     QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document), m_cookies(cookies)
{
    setText(QCoreApplication::translate("UndoCommands", "Add %n observed cookie(s)", nullptr,
                                        int(cookies.size())));
}

void AddObservedCookiesCommand::redo()
{
    m_row = m_document->policy().cookies.size();
    m_document->insertCookies(m_row, m_cookies);
}

void AddObservedCookiesCommand::undo()
{
    m_document->removeCookies(m_row, m_cookies.size());
}

Cookie AddObservedCookiesCommand::fromObserved(const ObservedCookie &observed)
{
    Cookie cookie;
    cookie.name = observed.name;
    cookie.match = NameMatch::Exact;
    // A Domain attribute covers subdomains: written with the leading dot, as inventories do.
    cookie.domain = observed.hostOnly ? observed.domain : QStringLiteral(".") + observed.domain;
    cookie.path = observed.path == QLatin1StringView("/") ? QString() : observed.path;
    if (observed.lifetimeKnown) // otherwise missing, for a person to state
        cookie.lifetime = observed.lifetimeSeconds
                              ? Lifetime::fromSeconds(*observed.lifetimeSeconds)
                              : Lifetime::session();
    cookie.secure = observed.secure;
    cookie.party = observed.party;
    cookie.storage = StorageKind::Cookie;
    cookie.basis = LegalBasis::Consent;
    return cookie;
}

QList<Cookie> AddObservedCookiesCommand::undeclared(const Policy &policy, const ScanReport &report,
                                                    const Enricher &enrich)
{
    return undeclared(policy, ConsentScan::single(report), ScanRules::SiteHosts(), enrich);
}

QList<Cookie> AddObservedCookiesCommand::undeclared(const Policy &policy, const ConsentScan &scan,
                                                    const ScanRules::SiteHosts &hosts,
                                                    const Enricher &enrich)
{
    QList<ObservedCookie> observedCookies;
    for (const ScanReport &report : scan.phases)
        observedCookies << report.cookies;
    QList<Cookie> rows;
    Policy growing = policy; // rows added here cover later duplicates (same name on two paths)
    for (const ObservedCookie &observed : std::as_const(observedCookies)) {
        if (ScanRules::declaredIndex(growing, observed.name, observed.domain, hosts) >= 0)
            continue;
        Cookie row = fromObserved(observed);
        // A staging copy's own cookie is the declared site's: its host is not.
        if (hosts.differ() && SiteScope::sameSite(observed.domain, hosts.scannedHost()))
            row.domain.clear();
        if (enrich)
            enrich(row);
        rows << row;
        growing.cookies << row;
    }
    return rows;
}

QString CookieTextPlace::undoText(const Policy &policy) const
{
    const QString name = CookieName::display(policy.cookies.at(index));
    return field == CookieText::Service
               ? QCoreApplication::translate("UndoCommands", "Edit the service of cookie %1")
                     .arg(name)
               : QCoreApplication::translate("UndoCommands", "Edit the purpose of cookie %1")
                     .arg(name);
}
