#pragma once

#include "commands/commandids.h"
#include "commands/settextcommand.h"
#include "commands/swapcommand.h"
#include "document/policy.h"

#include <QUndoCommand>

// One edit of the banner settings (and of the policy revision, which the banner
// compares with the visitor's stored choice). Swaps whole values through
// PolicyDocument::setBanner/setMeta, so undo restores exactly what was there.
// Consecutive edits of the same field (keystrokes in one text box) merge into one step.
class BannerEditCommand : public QUndoCommand
{
public:
    // field names what changed ("title/fr", "layout", …) for merging; empty never merges.
    BannerEditCommand(PolicyDocument *document, const BannerSettings &banner, int revision,
                      const QString &field, const QString &text, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    int id() const override { return CommandId::BannerEdit; }
    bool mergeWith(const QUndoCommand *other) override;

    QString field() const { return m_field; }

private:
    void apply(const BannerSettings &banner, int revision);

    PolicyDocument *m_document;
    BannerSettings m_before;
    BannerSettings m_after;
    int m_revisionBefore;
    int m_revisionAfter;
    QString m_field;
};

// The translatable texts of the banner, by field.
enum class BannerText { Title, Description, AcceptAll, RejectAll, Customize, Save, Manage };
LocalizedText &bannerText(BannerSettings &banner, BannerText field);
const LocalizedText &bannerText(const BannerSettings &banner, BannerText field);

using BannerSlot = MemberSlot<BannerSettings, &Policy::banner, &PolicyDocument::setBanner>;

// One text of the banner, for SetTextCommand (the translation view edits them).
struct BannerTextPlace
{
    static constexpr int id = CommandId::BannerText;
    BannerText field;

    BannerSlot slot() const { return {}; }
    static LocalizedText &text(BannerSettings &banner, BannerText field)
    {
        return bannerText(banner, field);
    }
    static const LocalizedText &text(const BannerSettings &banner, BannerText field)
    {
        return bannerText(banner, field);
    }
    QString undoText(const Policy &policy) const;
    bool sameText(const BannerTextPlace &next) const { return next.field == field; }
};

using SetBannerTextCommand = SetTextCommand<BannerTextPlace>;
