#include "commands/bannercommands.h"

#include "document/policydocument.h"

#include <QCoreApplication>

BannerEditCommand::BannerEditCommand(PolicyDocument *document, const BannerSettings &banner,
                                     int revision, const QString &field, const QString &text,
                                     QUndoCommand *parent)
    : QUndoCommand(text, parent),
      m_document(document),
      m_before(document->policy().banner),
      m_after(banner),
      m_revisionBefore(document->policy().meta.revision),
      m_revisionAfter(revision),
      m_field(field)
{
    // An edit that changes nothing must not leave an empty step in the history.
    setObsolete(m_before == m_after && m_revisionBefore == m_revisionAfter);
}

void BannerEditCommand::redo()
{
    apply(m_after, m_revisionAfter);
}

void BannerEditCommand::undo()
{
    apply(m_before, m_revisionBefore);
}

void BannerEditCommand::apply(const BannerSettings &banner, int revision)
{
    if (m_document->policy().meta.revision != revision) {
        PolicyMeta meta = m_document->policy().meta;
        meta.revision = revision;
        m_document->setMeta(meta);
    }
    if (!(m_document->policy().banner == banner))
        m_document->setBanner(banner);
}

bool BannerEditCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const BannerEditCommand *>(other);
    if (m_field.isEmpty() || next->m_field != m_field || next->m_document != m_document)
        return false;
    m_after = next->m_after;
    m_revisionAfter = next->m_revisionAfter;
    // Typing a word and deleting it again leaves nothing to undo.
    setObsolete(m_before == m_after && m_revisionBefore == m_revisionAfter);
    return true;
}

LocalizedText &bannerText(BannerSettings &banner, BannerText field)
{
    switch (field) {
    case BannerText::Title:
        return banner.title;
    case BannerText::Description:
        return banner.description;
    case BannerText::AcceptAll:
        return banner.acceptAll;
    case BannerText::RejectAll:
        return banner.rejectAll;
    case BannerText::Customize:
        return banner.customize;
    case BannerText::Save:
        return banner.save;
    case BannerText::Manage:
        return banner.manage;
    }
    Q_UNREACHABLE();
}

const LocalizedText &bannerText(const BannerSettings &banner, BannerText field)
{
    return bannerText(const_cast<BannerSettings &>(banner), field);
}

QString BannerTextPlace::undoText(const Policy &) const
{
    return QCoreApplication::translate("UndoCommands", "Edit banner text");
}
