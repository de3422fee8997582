#include "commands/addobservedcookiescommand.h"

#include "document/policydocument.h"
#include "scan/scanrules.h"

#include <QCoreApplication>

AddObservedCookiesCommand::AddObservedCookiesCommand(PolicyDocument *document, const QList<Cookie> &cookies,
                                                     QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document), m_cookies(cookies)
{
    setText(QCoreApplication::translate("AddObservedCookiesCommand", "Add %n observed cookie(s)", nullptr,
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
        cookie.lifetime = observed.lifetimeSeconds ? Lifetime::fromSeconds(*observed.lifetimeSeconds) : Lifetime::session();
    cookie.secure = observed.secure;
    cookie.party = observed.party;
    cookie.storage = StorageKind::Cookie;
    cookie.basis = LegalBasis::Consent;
    return cookie;
}

QList<Cookie> AddObservedCookiesCommand::undeclared(const Policy &policy, const ScanReport &report,
                                                    const Enricher &enrich)
{
    QList<Cookie> rows;
    Policy growing = policy; // rows added here cover later duplicates (same name on two paths)
    for (const ObservedCookie &observed : report.cookies) {
        if (ScanRules::declaredIndex(growing, observed.name, observed.domain) >= 0)
            continue;
        Cookie row = fromObserved(observed);
        if (enrich)
            enrich(row);
        rows << row;
        growing.cookies << row;
    }
    return rows;
}
