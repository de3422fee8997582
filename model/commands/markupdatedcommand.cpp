#include "commands/markupdatedcommand.h"

#include "compliance/complianceconfig.h"
#include "document/policydocument.h"

#include <QCoreApplication>

MarkUpdatedCommand::MarkUpdatedCommand(PolicyDocument *document, const QDate &today)
    : m_document(document),
      m_oldMeta(document->policy().meta),
      m_oldExtra(document->policy().extra)
{
    Policy stamped = document->policy();
    ComplianceStamp::markUpdated(stamped, today);
    m_newMeta = stamped.meta;
    m_newExtra = stamped.extra;
    setText(QCoreApplication::translate("MarkUpdatedCommand", "Mark the charter as updated"));
}

void MarkUpdatedCommand::redo()
{
    apply(m_newMeta, m_newExtra);
}

void MarkUpdatedCommand::undo()
{
    apply(m_oldMeta, m_oldExtra);
}

void MarkUpdatedCommand::apply(const PolicyMeta &meta, const QJsonObject &extra)
{
    m_document->setExtra(extra);
    m_document->setMeta(meta);
}
