// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "commands/metacommands.h"

#include "commands/bannercommands.h"
#include "commands/catalogcommands.h"
#include "commands/cookiecommands.h"
#include "commands/sectioncommands.h"
#include "compliance/complianceconfig.h"
#include "document/policydocument.h"

#include <QCoreApplication>

#include <array>
#include <utility>

SetMetaCommand *setMetaCommand(PolicyDocument *document, PolicyMeta meta, const QString &text,
                               const QString &mergeKey, QUndoCommand *parent)
{
    return new SetMetaCommand(document, {}, std::move(meta), text, mergeKey, parent);
}

namespace {

// A meta swap that says so when it changes nothing, so the stack drops it.
SetMetaCommand *metaChange(PolicyDocument *document, PolicyMeta meta, const QString &text,
                           QUndoCommand *parent)
{
    auto *command = setMetaCommand(document, std::move(meta), text, {}, parent);
    command->setObsolete(command->after() == command->before());
    return command;
}

// Removes language from text; true if it was there.
bool strip(LocalizedText &text, const QString &language)
{
    if (!text.texts().contains(language))
        return false;
    text.remove(language);
    return true;
}

// A child of parent for every entry of values that held a text in language, with
// that text removed. texts lists the entry's localized texts.
template <typename Slot, typename Texts>
void stripAll(PolicyDocument *document, const QList<typename Slot::Value> &values,
              const QString &language, Texts texts, QUndoCommand *parent)
{
    for (qsizetype i = 0; i < values.size(); ++i) {
        typename Slot::Value after = values.at(i);
        bool changed = false;
        for (LocalizedText *text : texts(after))
            changed = strip(*text, language) || changed;
        if (changed)
            new SwapCommand<Slot>(document, {i}, std::move(after), {}, {}, parent);
    }
}

} // namespace

SetMetaCommand *addLanguageCommand(PolicyDocument *document, const QString &language,
                                   QUndoCommand *parent)
{
    PolicyMeta meta = document->policy().meta;
    if (!meta.languages.contains(language))
        meta.languages.append(language);
    return metaChange(document, std::move(meta),
                      QCoreApplication::translate("UndoCommands", "Add language %1").arg(language),
                      parent);
}

SetMetaCommand *setDefaultLanguageCommand(PolicyDocument *document, const QString &language,
                                          QUndoCommand *parent)
{
    PolicyMeta meta = document->policy().meta;
    meta.defaultLanguage = language;
    if (!meta.languages.contains(language))
        meta.languages.append(language);
    return metaChange(
        document, std::move(meta),
        QCoreApplication::translate("UndoCommands", "Make %1 the default language").arg(language),
        parent);
}

QUndoCommand *removeLanguageCommand(PolicyDocument *document, const QString &language,
                                    QUndoCommand *parent)
{
    const Policy &policy = document->policy();
    if (language == policy.meta.defaultLanguage || !policy.meta.languages.contains(language))
        return nullptr;
    auto *command = new QUndoCommand(
        QCoreApplication::translate("UndoCommands", "Remove language %1").arg(language), parent);
    // The texts first and the language last: undo, which runs the other way, brings the
    // language back before the texts written in it.
    stripAll<SectionSlot>(
        document, policy.charter, language,
        [](CharterSection &section) {
            return std::array{&section.title, &section.body};
        },
        command);
    stripAll<CategorySlot>(
        document, policy.categories, language,
        [](Category &category) {
            return std::array{&category.name, &category.description};
        },
        command);
    stripAll<CookieSlot>(
        document, policy.cookies, language,
        [](Cookie &cookie) {
            return std::array{&cookie.service, &cookie.purpose};
        },
        command);
    BannerSettings banner = policy.banner;
    for (BannerText field :
         {BannerText::Title, BannerText::Description, BannerText::AcceptAll, BannerText::RejectAll,
          BannerText::Customize, BannerText::Save, BannerText::Manage})
        strip(bannerText(banner, field), language);
    if (banner != policy.banner)
        new SwapCommand<BannerSlot>(document, {}, std::move(banner), {}, {}, command);
    PolicyMeta meta = policy.meta;
    meta.languages.removeAll(language);
    setMetaCommand(document, std::move(meta), {}, {}, command);
    return command;
}

namespace {

Policy markedUpdated(const Policy &policy, const QDate &today)
{
    Policy stamped = policy; // shares the inventory's storage: only the stamps are copied
    ComplianceStamp::markUpdated(stamped, today);
    return stamped;
}

} // namespace

StampCommand::StampCommand(PolicyDocument *document, const Policy &stamped, const QString &text)
    : m_document(document),
      m_before{document->policy().meta, document->policy().extra, document->policy().history},
      m_after{stamped.meta, stamped.extra, stamped.history}
{
    setText(text);
}

void StampCommand::redo()
{
    apply(m_after);
}

void StampCommand::undo()
{
    apply(m_before);
}

void StampCommand::apply(const Stamp &stamp)
{
    m_document->setExtra(stamp.extra);
    m_document->setHistory(stamp.history);
    m_document->setMeta(stamp.meta);
}

MarkUpdatedCommand::MarkUpdatedCommand(PolicyDocument *document, const QDate &today)
    : StampCommand(document, markedUpdated(document->policy(), today),
                   QCoreApplication::translate("UndoCommands", "Mark the charter as updated"))
{
}

PublishRevisionCommand::PublishRevisionCommand(PolicyDocument *document, const Policy &published)
    : StampCommand(document, published,
                   QCoreApplication::translate("UndoCommands", "Publish revision %1").arg(published.meta.revision))
{
}
