// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include "compliance/complianceconfig.h"
#include "compliance/complianceprofile.h"
#include "compliance/finding.h"
#include "document/policy.h"

#include <QSet>

class KnownCookies;
struct PublishedBaseline;

// The result of one check: active findings first by severity then document order,
// the suppressed ones with their justification, and what was switched off.
struct ComplianceReport
{
    QString profile;
    FindingList findings;   // not suppressed
    FindingList suppressed; // covered by a suppression stored in the document
    QStringList disabledRules;
    QStringList unknownDisabledRules; // ids in the document that no rule has
    QList<Suppression> unjustifiedSuppressions; // not applied: a justification is required

    int count(Severity severity) const;
    bool hasErrors() const { return count(Severity::Error) > 0; }
    // Cookie rows (indexes) that have at least one active finding: the grid's marks
    // and its "only rows with problems" filter.
    QSet<qsizetype> cookieRowsWithFindings() const;
    // The worst active severity per cookie row.
    QHash<qsizetype, Severity> worstSeverityPerCookieRow() const;
};

struct CheckOptions
{
    QString profile; // overrides the document's; empty: the document's, else "fr"
    const KnownCookies *knownCookies = nullptr; // null: the built-in list
    // What differs from the last published revision (publishing/ works it out from
    // the archive); null when the document has no archive.
    const PublishedBaseline *published = nullptr;
};

namespace ComplianceChecker {
// Runs every enabled rule. Never fails: a document that loads can be checked.
ComplianceReport check(const Policy &policy, const CheckOptions &options = {});
} // namespace ComplianceChecker
