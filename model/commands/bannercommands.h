// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include "commands/commandids.h"
#include "commands/settextcommand.h"
#include "commands/swapcommand.h"
#include "document/policy.h"

#include <QUndoCommand>

// Undo commands for the consent banner: its settings with the policy revision, and
// its translatable texts.

// The banner settings with the policy revision, which the banner compares with the
// visitor's stored choice: what one edit of the Banner page changes.
struct BannerState
{
    BannerSettings banner;
    int revision;
    bool operator==(const BannerState &) const = default;
};

// Where a BannerState lives, for SwapCommand: writes only what differs, so a banner
// edit that leaves the revision alone signals no meta change, and the reverse.
struct BannerStateSlot
{
    using Value = BannerState;
    static constexpr int id = CommandId::BannerEdit;

    BannerState get(const Policy &policy) const { return {policy.banner, policy.meta.revision}; }
    void set(PolicyDocument *document, const BannerState &state) const;
    bool operator==(const BannerStateSlot &) const = default;
};

// One edit of the banner settings and the revision; undo restores exactly what was
// there. field names what changed ("title/fr", "layout", …): consecutive edits of the
// same field (keystrokes in one text box) merge into one step; empty never merges. An
// edit that changes nothing is obsolete, so it leaves no empty step in the history.
SwapCommand<BannerStateSlot> *bannerEditCommand(PolicyDocument *document,
                                                const BannerSettings &banner, int revision,
                                                const QString &field, const QString &text,
                                                QUndoCommand *parent = nullptr);

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
