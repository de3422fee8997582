#pragma once

#include "document/policy.h"

#include <QUndoCommand>

class PolicyDocument;

// One edit of the banner settings (and of the policy revision, which the banner
// compares with the visitor's stored choice). Swaps whole values through
// PolicyDocument::setBanner/setMeta, so undo restores exactly what was there.
// Consecutive edits of the same field (keystrokes in one text box) merge into one step.
class BannerEditCommand : public QUndoCommand
{
public:
    enum { Id = 0x42414e }; // "BAN"

    // field names what changed ("title/fr", "layout", …) for merging; empty never merges.
    BannerEditCommand(PolicyDocument *document, const BannerSettings &banner, int revision,
                      const QString &field, const QString &text, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    int id() const override { return Id; }
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
