// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include "compliance/finding.h"
#include "document/policy.h"
#include "scan/scanreport.h"

// The "Observed versus declared" rules (docs/compliance.md), applied to a scan in its
// consent phases (before any choice, after "reject all", after "accept all") or to an
// evidence file (one phase, before any choice): scan.undeclared,
// scan.storage-undeclared, scan.unseen, scan.lifetime-longer, scan.before-consent,
// scan.after-reject, scan.no-reject-control and scan.phase-skipped. Each finding names
// its phase in FindingPlace::phase.
namespace ScanRules {
// Differences below this share of the declared lifetime are not reported: servers
// count calendar months, inventories count 30-day months.
constexpr double LifetimeTolerance = 0.02;
constexpr qint64 MinimumLifetimeTolerance = 60;

// Which host the declaration describes and which host was scanned. When they are two
// sites (a staging copy, "localhost:8080" scanned against the production policy), a
// first-party declared row (no domain, or a domain of the declared site) also covers
// a first-party cookie of the scanned site, so the copy is not reported as setting
// nothing it declares and everything it does not.
class SiteHosts
{
public:
    SiteHosts() = default;
    // declared: a host, "host:port" or a URL (--site); empty: the policy's site URL.
    SiteHosts(const Policy &policy, const QString &scannedUrl, const QString &declared = {});

    const QString &declaredHost() const { return m_declared; }
    const QString &scannedHost() const { return m_scanned; }
    // Both known and not the same site.
    bool differ() const;
    // A host as --site accepts it ("localhost:8080", "https://www.example.org/x",
    // "Staging.Example.net") reduced to the lower-case host; empty when it has none.
    static QString hostOf(const QString &hostOrUrl);

private:
    QString m_declared;
    QString m_scanned;
};

// Each finding's place is a FindingPlace::siteCookie (its row when declared), a
// FindingPlace::siteHost, or the banner (no refusal control); its message is in English,
// in French and as the installed translation words it (Finding::translatedMessage).
// hosts default: the policy's site URL against the scan's start URL.
FindingList check(const Policy &policy, const ConsentScan &scan, const SiteHosts &hosts);
FindingList check(const Policy &policy, const ConsentScan &scan);
// One report (a crawl, an evidence file): a scan of that one phase.
FindingList check(const Policy &policy, const ScanReport &report);

// Whether a declared row covers an observed cookie: the name by the row's NameMatch
// (exact, prefix or regex, the regex anchored), the domain when the row states one
// (".youtube.com" or "youtube.com" cover "www.youtube.com"), cookies only.
bool covers(const Cookie &declared, const QString &name, const QString &domain);
// The declared row that covers an observed cookie, or -1. With hosts that differ, a
// first-party row of the declared site also covers a first-party cookie of the scanned one.
qsizetype declaredIndex(const Policy &policy, const QString &name, const QString &domain,
                        const SiteHosts &hosts = {});
// The declared row (storage localStorage or sessionStorage, by the row's NameMatch)
// that covers a storage key, or -1. An IndexedDB database is covered by either kind.
qsizetype declaredStorageIndex(const Policy &policy, const ObservedStorage &item);

// "localStorage", "sessionStorage", "IndexedDB": as developers name them, never translated.
QString storageKindName(ObservedStorage::Kind kind);

// The French text of a finding message by its English source (the .ts files come
// later; reports in both languages need it now). Empty when unknown.
QString frenchSource(const char *englishSource);
} // namespace ScanRules
