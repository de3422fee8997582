// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include "document/expected.h"
#include "document/lifetime.h"
#include "document/policy.h"

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QStringList>

#include <optional>
#include <vector>

// A cookie as a known-cookie database describes it (Open Cookie Database CSV
// format: ID, Platform, Category, Cookie / Data Key name, Domain, Description,
// Retention period, Data Controller, User Privacy & GDPR Rights Portals, Wildcard
// match).
struct KnownCookie
{
    QString id;
    QString platform;    // "Google Analytics"
    QString category;    // "Analytics", "Marketing", "Functional", "Security", "Necessary", …
    QString name;        // a name, or a prefix when `prefix`
    QString domain;      // as written: "facebook.com (3rd party)", often empty
    QString description; // English
    QString retentionText;
    std::optional<Lifetime> retention; // when retentionText could be normalised
    QString controller;
    QString privacyUrl;
    bool prefix = false;
    bool builtin = false; // from Charte's own list rather than a loaded file

    // Analytics or Marketing: what consent-exempt cookies must not be.
    bool needsConsent() const;
};

Q_DECLARE_METATYPE(KnownCookie)

// An index of known cookies for suggestions and the misclassification rule:
// a hash for exact names, the distinct prefix lengths for prefix patterns (a name
// is looked up once per length) and a sorted list of search keys for "starts with".
struct CsvTable;

class KnownCookies
{
public:
    struct LoadSummary
    {
        qsizetype rows = 0;
        qsizetype unparsedRetentions = 0;
        QStringList unparsedExamples; // distinct texts, at most 10
    };

    KnownCookies() = default;

    // Charte's own short list (resources/knowncookies/builtin.csv).
    static const KnownCookies &builtin();
    // The built-in list plus, when path is not empty, an Open Cookie Database file.
    static Expected<KnownCookies> withFile(const QString &path, LoadSummary *summary = nullptr);

    // Adds the rows of an Open Cookie Database CSV file; the index is rebuilt.
    Expected<LoadSummary> loadFile(const QString &path);
    Expected<LoadSummary> loadCsv(const QByteArray &data, const QString &sourceName,
                                  bool builtinRows = false);

    qsizetype size() const { return qsizetype(m_entries.size()); }
    const KnownCookie &at(qsizetype index) const { return m_entries.at(std::size_t(index)); }

    // Entries that describe a cookie called `name`: exact names first, then prefixes
    // from the longest.
    QList<const KnownCookie *> lookup(const QString &name) const;
    // What to offer while a name is typed: entries matching `typed` as a name, then
    // entries whose name starts with it (ignoring case and accents), at most limit.
    QList<const KnownCookie *> suggest(const QString &typed, int limit = 10) const;

    // Free text such as "2 years", "Session", "13 Months", "1 week to 1 year" as a
    // lifetime; nullopt for "persistent", "varies", "unknown", …
    static std::optional<Lifetime> parseRetention(const QString &text);
    // "facebook.com (3rd party)" → "facebook.com"; lower case, no leading dot.
    static QString normalisedDomain(const QString &domain);
    // True when cookie's domain and the entry's stated domain are the same site.
    static bool domainMatches(const KnownCookie &entry, const Cookie &cookie);

    // The best entry for cookie (a domain match first), or null.
    const KnownCookie *bestMatch(const Cookie &cookie) const;
    // Fills the cookie's empty purpose, lifetime, category, provider and domain from
    // the best entry; returns the JSON member names filled. Nothing typed by a person
    // is replaced. The description is English: it goes to "en" when the document has
    // English, else to the default language.
    QStringList fillEmptyFields(Cookie &cookie, const Policy &policy) const;
    // The document's category id for an entry's category, if the document has it.
    static QString categoryFor(const KnownCookie &entry, const Policy &policy);

private:
    Expected<LoadSummary> addRows(const CsvTable &table, const QString &sourceName, bool builtinRows);
    void rebuildIndex();

    std::vector<KnownCookie> m_entries;
    QHash<QString, QList<int>> m_exact;
    QHash<QString, QList<int>> m_prefixes;
    std::vector<int> m_prefixLengths; // descending
    std::vector<std::pair<QString, int>> m_sorted; // searchKey(name) → entry, sorted
};
