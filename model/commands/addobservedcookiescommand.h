#pragma once

#include "document/policy.h"
#include "scan/scanreport.h"

#include <QList>
#include <QUndoCommand>

#include <functional>

class PolicyDocument;

// "Add to inventory" after a scan: appends rows for observed cookies in one
// undoable step. Rows carry what the observation tells (name, domain, path,
// lifetime, party, Secure) and leave provider, purpose and category for a person.
class AddObservedCookiesCommand : public QUndoCommand
{
public:
    AddObservedCookiesCommand(PolicyDocument *document, const QList<Cookie> &cookies, QUndoCommand *parent = nullptr);

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
    static QList<Cookie> undeclared(const Policy &policy, const ScanReport &report, const Enricher &enrich = {});

private:
    PolicyDocument *m_document;
    QList<Cookie> m_cookies;
    qsizetype m_row = 0;
};
