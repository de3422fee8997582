// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include "compliance/compliancechecker.h"
#include "compliance/compliancerules.h"
#include "document/expected.h"
#include "document/policy.h"
#include "publishing/policydiff.h"
#include "publishing/publicationarchive.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

// Publishing a document: compare it with the last published revision, decide whether
// visitors must be asked again (and so whether the revision is bumped), refuse while
// the checker reports errors unless forced with a reason, then write the archive
// entry and the document. plan() decides and writes nothing, so the dialog and the
// command line show the decision before anything happens; publish() carries it out.
struct PublishRequest
{
    enum class Decision { Automatic, AskAgain, DoNotAskAgain };

    QDate date;          // the publication date (today when invalid)
    QString note;        // the publisher's words, kept in the archive and the charter
    QString publisher;   // who publishes; the login name when empty
    QString forceReason; // publish despite checker errors, for this reason
    Decision decision = Decision::Automatic; // overriding the automatic decision
    QString overrideReason;                  // required with an override
    QDateTime now;       // when it happens (the clock when invalid), UTC
};

struct PublishPlan
{
    std::optional<ArchiveEntry> last; // nullopt: first publication
    PolicyDiff::Result diff;          // from the last published document
    bool nothingChanged = false;      // an archive exists and nothing differs
    bool consentRequired = false;     // what the changes call for
    bool askAgain = false;            // the decision after any override
    QMap<QString, QStringList> consentReasons; // "en" and "fr", each said once
    int checkErrors = 0;
    QStringList errorMessages;        // the checker's errors, in the default language
    Policy published;                 // the document as it will be published
    LocalizedText summary;            // one change a line, per language of the document

    // Why publishing cannot go ahead as asked; empty when it can.
    QString refusal;
};

// The publish rule's baseline for a document being edited: the archive's last entry
// is read at each check (a few small files), its document only when that entry
// changes, so the live check does not parse a large archived document per keystroke.
class BaselineCache
{
public:
    // nullopt without an archive; a damaged archive gives nullopt too, the History
    // page being where that is said.
    std::optional<PublishedBaseline> baseline(const Policy &current, const QString &documentPath);

private:
    QString m_hash; // of the entry whose document is held
    std::optional<Policy> m_published;
    ArchiveEntry m_entry;
};

namespace Publishing {
// Decides; reads the archive beside documentPath, writes nothing.
Expected<PublishPlan> plan(const Policy &current, const QString &documentPath, const PublishRequest &request);
// Carries out a plan without refusal: writes the archive entry, then the published
// document to documentPath (undoing the entry if that fails).
Expected<ArchiveEntry> publish(const PublishPlan &plan, const QString &documentPath, const PublishRequest &request);

// For the checker's publish rule: what differs from the last published revision and
// requires new consent; nullopt when there is no archive. A damaged archive is an error.
Expected<std::optional<PublishedBaseline>> baseline(const Policy &current, const QString &documentPath);
PublishedBaseline baseline(const Policy &current, const Policy &lastPublished, const ArchiveEntry &last);

// The summary of a diff in one language, at most maxLines lines ("… and 990 more").
QString summaryText(const PolicyDiff::Result &diff, const QString &language, int maxLines = 12);
// The HTML charter of each language of policy, by archive file name (charter.fr.html).
QMap<QString, QByteArray> charterFiles(const Policy &policy);
} // namespace Publishing
