// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include "compliance/finding.h"
#include "document/policy.h"

#include <QStringList>

// The document's own compliance settings: the profile to check against, rules
// switched off and findings suppressed with a written justification. Stored in the
// top-level "compliance" member of the charte/1 file (Policy::extra), so the file
// format and its reader stay as they are, and listed in every report so nothing is
// silenced out of sight.
struct Suppression
{
    QString rule;
    // Which finding: every member given must equal the finding's place; an empty
    // member matches anything. kind is "cookie", "category", "provider", "section",
    // "banner" or "document"; id is the cookie name, category id, … .
    QString kind;
    QString id;
    QString field;
    QString justification; // required: a suppression without one is not applied

    bool matches(const Finding &finding) const;
    friend bool operator==(const Suppression &, const Suppression &) = default;
};

struct ComplianceConfig
{
    QString profile;           // empty: the default profile
    QStringList disabledRules;
    QList<Suppression> suppressions;
    // Digest of the cookie inventory when the charter's last-updated date was last
    // set (see charter.dated); empty when never stamped.
    QString inventoryDigest;

    static ComplianceConfig fromPolicy(const Policy &policy);
    // Writes this configuration into policy.extra["compliance"] (removed when empty).
    void store(Policy &policy) const;

    friend bool operator==(const ComplianceConfig &, const ComplianceConfig &) = default;
};

namespace ComplianceStamp {
// A digest of what the charter's cookie tables show (names, purposes, lifetimes,
// providers, categories), independent of JSON layout.
QString inventoryDigest(const Policy &policy);
// "The charter is up to date": lastUpdated = today and the inventory digest stored.
void markUpdated(Policy &policy, const QDate &today);
} // namespace ComplianceStamp
