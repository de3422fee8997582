// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "commands/bannercommands.h"

#include "document/policydocument.h"

#include <QCoreApplication>

void BannerStateSlot::set(PolicyDocument *document, const BannerState &state) const
{
    if (document->policy().meta.revision != state.revision) {
        PolicyMeta meta = document->policy().meta;
        meta.revision = state.revision;
        document->setMeta(meta);
    }
    if (!(document->policy().banner == state.banner))
        document->setBanner(state.banner);
}

SwapCommand<BannerStateSlot> *bannerEditCommand(PolicyDocument *document,
                                                const BannerSettings &banner, int revision,
                                                const QString &field, const QString &text,
                                                QUndoCommand *parent)
{
    auto *command =
        new SwapCommand<BannerStateSlot>(document, {}, {banner, revision}, text, field, parent);
    command->setObsolete(command->after() == command->before());
    return command;
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
