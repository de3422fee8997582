#include "commands/chartercommands.h"

#include "document/policydocument.h"

#include <QCoreApplication>

#include <utility>

namespace {

QString sectionTitle(const PolicyDocument *document, qsizetype index)
{
    const Policy &policy = document->policy();
    return policy.text(policy.charter.at(index).title, policy.meta.defaultLanguage);
}

// Removes language from every LocalizedText of value; true if anything was there.
bool strip(LocalizedText &text, const QString &language)
{
    if (!text.texts().contains(language))
        return false;
    text.remove(language);
    return true;
}

} // namespace

// --- sections ---------------------------------------------------------------

AddSectionCommand::AddSectionCommand(PolicyDocument *document, qsizetype index,
                                     CharterSection section, QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document), m_index(index), m_section(std::move(section))
{
    setText(QCoreApplication::translate("CharterCommands", "Add section"));
}

void AddSectionCommand::redo()
{
    m_document->insertSection(m_index, m_section);
}

void AddSectionCommand::undo()
{
    m_document->removeSection(m_index);
}

QString AddSectionCommand::uniqueId(const Policy &policy, const QString &base)
{
    const auto taken = [&policy](const QString &id) {
        for (const CharterSection &section : policy.charter) {
            if (section.id == id)
                return true;
        }
        return false;
    };
    if (!taken(base))
        return base;
    for (int n = 2;; ++n) {
        const QString candidate = base + QLatin1Char('-') + QString::number(n);
        if (!taken(candidate))
            return candidate;
    }
}

RemoveSectionCommand::RemoveSectionCommand(PolicyDocument *document, qsizetype index,
                                           QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document), m_index(index),
      m_section(document->policy().charter.at(index))
{
    setText(QCoreApplication::translate("CharterCommands", "Remove section \"%1\"")
                .arg(sectionTitle(document, index)));
}

void RemoveSectionCommand::redo()
{
    m_section = m_document->removeSection(m_index);
}

void RemoveSectionCommand::undo()
{
    m_document->insertSection(m_index, m_section);
}

MoveSectionCommand::MoveSectionCommand(PolicyDocument *document, qsizetype from, qsizetype to,
                                       QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document), m_from(from), m_to(to)
{
    setText(QCoreApplication::translate("CharterCommands", "Move section \"%1\"")
                .arg(sectionTitle(document, from)));
}

void MoveSectionCommand::redo()
{
    m_document->moveSection(m_from, m_to);
}

void MoveSectionCommand::undo()
{
    m_document->moveSection(m_to, m_from);
}

SetLocalizedTextCommand::SetLocalizedTextCommand(PolicyDocument *document, const QString &language,
                                                 QString oldText, QString newText,
                                                 QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document), m_language(language), m_old(std::move(oldText)),
      m_new(std::move(newText))
{
}

bool SetLocalizedTextCommand::mergeWith(const QUndoCommand *other)
{
    const auto &next = static_cast<const SetLocalizedTextCommand &>(*other);
    if (next.m_language != m_language || !editsSameText(next))
        return false;
    m_new = next.m_new;
    setObsolete(m_new == m_old);
    return true;
}

namespace {
// On a const or a mutable section: the text being read, or the one being set.
template <typename Section>
auto &sectionText(Section &section, SetSectionTextCommand::Field field)
{
    return field == SetSectionTextCommand::Field::Title ? section.title : section.body;
}
} // namespace

SetSectionTextCommand::SetSectionTextCommand(PolicyDocument *document, qsizetype index, Field field,
                                             const QString &language, const QString &text,
                                             int session, QUndoCommand *parent)
    : SetLocalizedTextCommand(
          document, language,
          sectionText(document->policy().charter.at(index), field)
              .exact(language),
          text, parent),
      m_index(index), m_field(field), m_session(session)
{
    setText(field == Field::Title
                ? QCoreApplication::translate("CharterCommands", "Rename section")
                : QCoreApplication::translate("CharterCommands", "Edit section text"));
}

void SetSectionTextCommand::apply(const QString &text)
{
    CharterSection section = m_document->policy().charter.at(m_index);
    sectionText(section, m_field).set(m_language, text);
    m_document->setSection(m_index, section);
}

bool SetSectionTextCommand::editsSameText(const SetLocalizedTextCommand &other) const
{
    const auto &next = static_cast<const SetSectionTextCommand &>(other);
    return m_session >= 0 && next.m_session == m_session && next.m_index == m_index &&
           next.m_field == m_field;
}

SetSectionKindCommand::SetSectionKindCommand(PolicyDocument *document, qsizetype index,
                                             CharterSection::Kind kind, const QString &categoryId,
                                             QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document), m_index(index),
      m_oldKind(document->policy().charter.at(index).kind),
      m_oldCategory(document->policy().charter.at(index).categoryId), m_newKind(kind),
      m_newCategory(kind == CharterSection::Kind::Text ? QString() : categoryId)
{
    setText(kind == CharterSection::Kind::Text
                ? QCoreApplication::translate("CharterCommands", "Make the section plain text")
                : QCoreApplication::translate("CharterCommands",
                                              "Show the cookie table in the section"));
}

void SetSectionKindCommand::redo()
{
    CharterSection section = m_document->policy().charter.at(m_index);
    section.kind = m_newKind;
    section.categoryId = m_newCategory;
    m_document->setSection(m_index, section);
}

void SetSectionKindCommand::undo()
{
    CharterSection section = m_document->policy().charter.at(m_index);
    section.kind = m_oldKind;
    section.categoryId = m_oldCategory;
    m_document->setSection(m_index, section);
}

// --- meta and languages -----------------------------------------------------

SetMetaCommand::SetMetaCommand(PolicyDocument *document, PolicyMeta meta, const QString &text,
                               int field, QUndoCommand *parent)
    : QUndoCommand(text, parent), m_document(document), m_old(document->policy().meta),
      m_new(std::move(meta)), m_field(field)
{}

void SetMetaCommand::redo()
{
    m_document->setMeta(m_new);
}

void SetMetaCommand::undo()
{
    m_document->setMeta(m_old);
}

bool SetMetaCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetMetaCommand *>(other);
    if (m_field < 0 || next->m_field != m_field)
        return false;
    m_new = next->m_new;
    setObsolete(m_new == m_old);
    return true;
}

AddLanguageCommand::AddLanguageCommand(PolicyDocument *document, const QString &language,
                                       QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document), m_old(document->policy().meta), m_new(m_old)
{
    if (!m_new.languages.contains(language))
        m_new.languages.append(language);
    setText(QCoreApplication::translate("CharterCommands", "Add language %1").arg(language));
    setObsolete(m_new == m_old);
}

void AddLanguageCommand::redo()
{
    m_document->setMeta(m_new);
}

void AddLanguageCommand::undo()
{
    m_document->setMeta(m_old);
}

RemoveLanguageCommand::RemoveLanguageCommand(PolicyDocument *document, const QString &language,
                                             QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document), m_oldMeta(document->policy().meta),
      m_newMeta(m_oldMeta)
{
    setText(QCoreApplication::translate("CharterCommands", "Remove language %1").arg(language));
    m_valid = language != m_oldMeta.defaultLanguage && m_oldMeta.languages.contains(language);
    if (!m_valid) {
        setObsolete(true);
        return;
    }
    m_newMeta.languages.removeAll(language);
    const Policy &policy = document->policy();
    for (qsizetype i = 0; i < policy.charter.size(); ++i) {
        CharterSection after = policy.charter.at(i);
        const bool title = strip(after.title, language);
        if (strip(after.body, language) || title)
            m_sections.append({i, policy.charter.at(i), after});
    }
    for (qsizetype i = 0; i < policy.categories.size(); ++i) {
        Category after = policy.categories.at(i);
        const bool name = strip(after.name, language);
        if (strip(after.description, language) || name)
            m_categories.append({i, policy.categories.at(i), after});
    }
    for (qsizetype i = 0; i < policy.cookies.size(); ++i) {
        Cookie after = policy.cookies.at(i);
        const bool service = strip(after.service, language);
        if (strip(after.purpose, language) || service)
            m_cookies.append({i, policy.cookies.at(i), after});
    }
    m_oldBanner = policy.banner;
    m_newBanner = policy.banner;
    for (BannerText field :
         {BannerText::Title, BannerText::Description, BannerText::AcceptAll, BannerText::RejectAll,
          BannerText::Customize, BannerText::Save, BannerText::Manage})
        strip(bannerText(m_newBanner, field), language);
}

void RemoveLanguageCommand::redo()
{
    for (const auto &change : std::as_const(m_sections))
        m_document->setSection(change.index, change.after);
    for (const auto &change : std::as_const(m_categories))
        m_document->setCategory(change.index, change.after);
    for (const auto &change : std::as_const(m_cookies))
        m_document->setCookie(change.index, change.after);
    if (m_newBanner != m_oldBanner)
        m_document->setBanner(m_newBanner);
    m_document->setMeta(m_newMeta);
}

void RemoveLanguageCommand::undo()
{
    m_document->setMeta(m_oldMeta);
    if (m_newBanner != m_oldBanner)
        m_document->setBanner(m_oldBanner);
    for (const auto &change : std::as_const(m_cookies))
        m_document->setCookie(change.index, change.before);
    for (const auto &change : std::as_const(m_categories))
        m_document->setCategory(change.index, change.before);
    for (const auto &change : std::as_const(m_sections))
        m_document->setSection(change.index, change.before);
}

SetDefaultLanguageCommand::SetDefaultLanguageCommand(PolicyDocument *document,
                                                     const QString &language, QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document), m_old(document->policy().meta), m_new(m_old)
{
    m_new.defaultLanguage = language;
    if (!m_new.languages.contains(language))
        m_new.languages.append(language);
    setText(QCoreApplication::translate("CharterCommands", "Make %1 the default language")
                .arg(language));
    setObsolete(m_new == m_old);
}

void SetDefaultLanguageCommand::redo()
{
    m_document->setMeta(m_new);
}

void SetDefaultLanguageCommand::undo()
{
    m_document->setMeta(m_old);
}

// --- translatable texts of the banner, categories and cookies --------------

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

SetBannerTextCommand::SetBannerTextCommand(PolicyDocument *document, BannerText field,
                                           const QString &language, const QString &text,
                                           QUndoCommand *parent)
    : SetLocalizedTextCommand(document, language,
                              bannerText(document->policy().banner, field).exact(language), text,
                              parent),
      m_field(field)
{
    setText(QCoreApplication::translate("CharterCommands", "Edit banner text"));
}

void SetBannerTextCommand::apply(const QString &text)
{
    BannerSettings banner = m_document->policy().banner;
    bannerText(banner, m_field).set(m_language, text);
    m_document->setBanner(banner);
}

bool SetBannerTextCommand::editsSameText(const SetLocalizedTextCommand &other) const
{
    return static_cast<const SetBannerTextCommand &>(other).m_field == m_field;
}

namespace {
template <typename CookieT>
auto &cookieText(CookieT &cookie, SetCookieTextCommand::Field field)
{
    return field == SetCookieTextCommand::Field::Service ? cookie.service : cookie.purpose;
}

template <typename CategoryT>
auto &categoryText(CategoryT &category, SetCategoryTextCommand::Field field)
{
    return field == SetCategoryTextCommand::Field::Name ? category.name : category.description;
}
} // namespace

SetCookieTextCommand::SetCookieTextCommand(PolicyDocument *document, qsizetype row, Field field,
                                           const QString &language, const QString &text,
                                           QUndoCommand *parent)
    : SetLocalizedTextCommand(
          document, language,
          cookieText(document->policy().cookies.at(row), field).exact(language),
          text, parent),
      m_row(row), m_field(field)
{
    const QString &name = document->policy().cookies.at(row).name;
    setText(field == Field::Service
                ? QCoreApplication::translate("CharterCommands", "Edit the service of cookie %1").arg(name)
                : QCoreApplication::translate("CharterCommands", "Edit the purpose of cookie %1").arg(name));
}

void SetCookieTextCommand::apply(const QString &text)
{
    Cookie cookie = m_document->policy().cookies.at(m_row);
    cookieText(cookie, m_field).set(m_language, text);
    m_document->setCookie(m_row, cookie);
}

bool SetCookieTextCommand::editsSameText(const SetLocalizedTextCommand &other) const
{
    const auto &next = static_cast<const SetCookieTextCommand &>(other);
    return next.m_row == m_row && next.m_field == m_field;
}

SetCategoryTextCommand::SetCategoryTextCommand(PolicyDocument *document, qsizetype index,
                                               Field field, const QString &language,
                                               const QString &text, QUndoCommand *parent)
    : SetLocalizedTextCommand(
          document, language,
          categoryText(document->policy().categories.at(index), field)
              .exact(language),
          text, parent),
      m_index(index), m_field(field)
{
    setText(QCoreApplication::translate("CharterCommands", "Edit category %1")
                .arg(document->policy().categories.at(index).id));
}

void SetCategoryTextCommand::apply(const QString &text)
{
    Category category = m_document->policy().categories.at(m_index);
    categoryText(category, m_field).set(m_language, text);
    m_document->setCategory(m_index, category);
}

bool SetCategoryTextCommand::editsSameText(const SetLocalizedTextCommand &other) const
{
    const auto &next = static_cast<const SetCategoryTextCommand &>(other);
    return next.m_index == m_index && next.m_field == m_field;
}
