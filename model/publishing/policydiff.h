// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include "compliance/finding.h"
#include "document/policy.h"

#include <QJsonValue>
#include <QList>
#include <QString>

// What changed between two documents, in the words a privacy officer reads ("added
// cookie _ga (statistics, 13 months)", "retention of sessionid shortened from 1 year
// to 2 weeks"), in English and French, and for each change whether visitors must be
// asked again for their consent, and why. The same list serves `charte diff`, the
// publish decision, the History page and the checker's publish rule.
//
// Cookies are matched by name, domain and match kind (never by row), so a re-ordered
// inventory is no change; categories and providers by id, charter sections by id
// (by position when they have none). What publishing itself writes (the revision,
// the last-updated date, the history) and the checker's settings are not compared.
namespace PolicyDiff {

enum class Kind {
    CookieAdded,
    CookieRemoved,
    CookieChanged,
    CategoryAdded,
    CategoryRemoved,
    CategoryChanged,
    ProviderAdded,
    ProviderRemoved,
    ProviderChanged,
    TextChanged,   // a charter section: added, removed, title or body in a language
    BannerChanged, // the banner's texts or settings
    SiteChanged,   // site, publisher, contact, languages
};
// "cookie-added", …: stable spellings for JSON, never translated.
QString toString(Kind kind);

// One field of a changed item: "purpose", "lifetime", …, with its values as JSON.
struct FieldChange
{
    QString field;
    QJsonValue before;
    QJsonValue after;
    TwoLanguageText text;       // "purpose of csrftoken changed"
    bool requiresConsent = false;
    TwoLanguageText reason;     // why consent must be asked again; empty otherwise
};

struct Change
{
    Kind kind = Kind::CookieChanged;
    // What changed: a cookie's name, a category, provider or section id, "banner".
    QString subject;
    QString domain;             // cookies: the domain of the key (may be empty)
    NameMatch match = NameMatch::Exact; // cookies: the match kind of the key
    TwoLanguageText text;       // the whole change in one line
    bool requiresConsent = false;
    TwoLanguageText reason;
    QList<FieldChange> fields;  // *-changed kinds
};

struct Result
{
    QList<Change> changes;

    bool isEmpty() const { return changes.isEmpty(); }
    bool requiresConsent() const;
    qsizetype consentChangeCount() const;
    // Every change as lines of text, one per field of a changed item.
    QStringList lines(const QString &language) const;
};

Result compare(const Policy &before, const Policy &after);

} // namespace PolicyDiff
