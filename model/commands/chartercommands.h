#pragma once

#include "document/policy.h"

#include <QList>
#include <QUndoCommand>

class PolicyDocument;

// Undo commands for the charter (its sections), the document's meta data and its
// languages, and the translatable texts of the banner, categories and cookies.
// Each one changes the document only through PolicyDocument's API, in redo() and
// undo(), so every change is signalled and the undo stack is the single history.
namespace CharterCommands {
// Command ids for QUndoCommand::mergeWith; distinct from other command families.
enum Id {
    SectionTextId = 4100,
    MetaFieldId,
    BannerTextId,
    CookieTextId,
    CategoryTextId,
};
} // namespace CharterCommands

class AddSectionCommand : public QUndoCommand
{
public:
    AddSectionCommand(PolicyDocument *document, qsizetype index, CharterSection section,
                      QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

    // An id not yet used by any section of policy, derived from base ("section", "section-2", …).
    static QString uniqueId(const Policy &policy, const QString &base = QStringLiteral("section"));

private:
    PolicyDocument *m_document;
    qsizetype m_index;
    CharterSection m_section;
};

class RemoveSectionCommand : public QUndoCommand
{
public:
    RemoveSectionCommand(PolicyDocument *document, qsizetype index, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    PolicyDocument *m_document;
    qsizetype m_index;
    CharterSection m_section;
};

// Moves the section at `from` so that it ends at index `to` (QList::move semantics).
class MoveSectionCommand : public QUndoCommand
{
public:
    MoveSectionCommand(PolicyDocument *document, qsizetype from, qsizetype to,
                       QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    PolicyDocument *m_document;
    qsizetype m_from;
    qsizetype m_to;
};

// Sets one language of one localized text. Consecutive commands that edit the same
// text in the same language merge (the stack merges only commands of one id, hence
// one id per subclass), so one undo takes back one stretch of typing.
class SetLocalizedTextCommand : public QUndoCommand
{
public:
    void redo() override { apply(m_new); }
    void undo() override { apply(m_old); }
    bool mergeWith(const QUndoCommand *other) override;

protected:
    SetLocalizedTextCommand(PolicyDocument *document, const QString &language, QString oldText,
                            QString newText, QUndoCommand *parent);
    virtual void apply(const QString &text) = 0;
    // Whether next, a command of the same id, edits the same text.
    virtual bool editsSameText(const SetLocalizedTextCommand &next) const = 0;

    PolicyDocument *m_document;
    QString m_language;

private:
    QString m_old;
    QString m_new;
};

// Sets a section's title (a rename) or body in one language. Commands of the same
// typing session merge, so one undo takes back one stretch of typing rather than
// each debounced chunk.
class SetSectionTextCommand : public SetLocalizedTextCommand
{
public:
    enum class Field { Title, Body };
    SetSectionTextCommand(PolicyDocument *document, qsizetype index, Field field,
                          const QString &language, const QString &text, int session = -1,
                          QUndoCommand *parent = nullptr);
    int id() const override { return CharterCommands::SectionTextId; }

private:
    void apply(const QString &text) override;
    bool editsSameText(const SetLocalizedTextCommand &next) const override;
    qsizetype m_index;
    Field m_field;
    int m_session; // -1: never merges
};

// Makes a section plain text, or the place of the cookie table of one category
// (categoryId) or of every category (empty categoryId).
class SetSectionKindCommand : public QUndoCommand
{
public:
    SetSectionKindCommand(PolicyDocument *document, qsizetype index, CharterSection::Kind kind,
                          const QString &categoryId, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    PolicyDocument *m_document;
    qsizetype m_index;
    CharterSection::Kind m_oldKind;
    QString m_oldCategory;
    CharterSection::Kind m_newKind;
    QString m_newCategory;
};

// Replaces the meta data. A field number >= 0 lets consecutive edits of the same
// field merge (typing in the site name is one step).
class SetMetaCommand : public QUndoCommand
{
public:
    SetMetaCommand(PolicyDocument *document, PolicyMeta meta, const QString &text, int field = -1,
                   QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    int id() const override { return CharterCommands::MetaFieldId; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    PolicyDocument *m_document;
    PolicyMeta m_old;
    PolicyMeta m_new;
    int m_field;
};

class AddLanguageCommand : public QUndoCommand
{
public:
    AddLanguageCommand(PolicyDocument *document, const QString &language,
                       QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    PolicyDocument *m_document;
    PolicyMeta m_old;
    PolicyMeta m_new;
};

// Removes a language from the document together with every text written in it
// (sections, categories, cookies, banner), so a removed language does not linger in
// the file; undo puts all of them back. The default language cannot be removed:
// the caller must choose another default first (isValid() says so).
class RemoveLanguageCommand : public QUndoCommand
{
public:
    RemoveLanguageCommand(PolicyDocument *document, const QString &language,
                          QUndoCommand *parent = nullptr);
    bool isValid() const { return m_valid; }
    void redo() override;
    void undo() override;

private:
    PolicyDocument *m_document;
    bool m_valid;
    PolicyMeta m_oldMeta;
    PolicyMeta m_newMeta;
    // Only the parts that held a text in the language: (index, before, after).
    template <typename T> struct Change
    {
        qsizetype index;
        T before;
        T after;
    };
    QList<Change<CharterSection>> m_sections;
    QList<Change<Category>> m_categories;
    QList<Change<Cookie>> m_cookies;
    BannerSettings m_oldBanner;
    BannerSettings m_newBanner;
};

class SetDefaultLanguageCommand : public QUndoCommand
{
public:
    SetDefaultLanguageCommand(PolicyDocument *document, const QString &language,
                              QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    PolicyDocument *m_document;
    PolicyMeta m_old;
    PolicyMeta m_new;
};

// The translatable texts of the banner, by field.
enum class BannerText { Title, Description, AcceptAll, RejectAll, Customize, Save, Manage };
LocalizedText &bannerText(BannerSettings &banner, BannerText field);
const LocalizedText &bannerText(const BannerSettings &banner, BannerText field);

class SetBannerTextCommand : public SetLocalizedTextCommand
{
public:
    SetBannerTextCommand(PolicyDocument *document, BannerText field, const QString &language,
                         const QString &text, QUndoCommand *parent = nullptr);
    int id() const override { return CharterCommands::BannerTextId; }

private:
    void apply(const QString &text) override;
    bool editsSameText(const SetLocalizedTextCommand &next) const override;
    BannerText m_field;
};

class SetCookieTextCommand : public SetLocalizedTextCommand
{
public:
    enum class Field { Service, Purpose };
    SetCookieTextCommand(PolicyDocument *document, qsizetype row, Field field,
                         const QString &language, const QString &text,
                         QUndoCommand *parent = nullptr);
    int id() const override { return CharterCommands::CookieTextId; }

private:
    void apply(const QString &text) override;
    bool editsSameText(const SetLocalizedTextCommand &next) const override;
    qsizetype m_row;
    Field m_field;
};

class SetCategoryTextCommand : public SetLocalizedTextCommand
{
public:
    enum class Field { Name, Description };
    SetCategoryTextCommand(PolicyDocument *document, qsizetype index, Field field,
                           const QString &language, const QString &text,
                           QUndoCommand *parent = nullptr);
    int id() const override { return CharterCommands::CategoryTextId; }

private:
    void apply(const QString &text) override;
    bool editsSameText(const SetLocalizedTextCommand &next) const override;
    qsizetype m_index;
    Field m_field;
};
