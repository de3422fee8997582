#pragma once

#include "document/policy.h"

#include <QDate>
#include <QUndoCommand>

class PolicyDocument;

// Document › Mark the Charter as Updated: sets the last-updated date and records
// which inventory the charter now describes, so the rule charter.dated can tell
// when cookies change afterwards without the date following. One undo step.
class MarkUpdatedCommand : public QUndoCommand
{
public:
    MarkUpdatedCommand(PolicyDocument *document, const QDate &today);

    void redo() override;
    void undo() override;

private:
    void apply(const PolicyMeta &meta, const QJsonObject &extra);

    PolicyDocument *m_document;
    PolicyMeta m_oldMeta;
    QJsonObject m_oldExtra;
    PolicyMeta m_newMeta;
    QJsonObject m_newExtra;
};
