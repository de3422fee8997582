// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include "document/policy.h"
#include "scan/setcookieparser.h"

#include <QAnyStringView>
#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// What a crawl or an evidence file shows a site really does in one consent phase:
// the cookies it stores, the third-party hosts it contacts, and what went wrong.
// The HTTP crawler, the Chromium scanner, the HAR/WEC importer, the scan rules and
// the report writers all speak this one structure.

// When, relative to the visitor's choice, something was observed. The HTTP engine and
// the evidence formats only ever see Before: they never touch a banner.
enum class ConsentPhase { Before, AfterReject, AfterAccept };

struct ObservedCookie
{
    enum class SetBy { HttpHeader, JavaScript };

    QString name;
    QString domain; // where it is stored: Domain attribute (no leading dot) or the host
    bool hostOnly = true;
    bool hostOnlyKnown = true; // false: only seen in requests, which do not say
    QString path = QStringLiteral("/");
    std::optional<qint64> lifetimeSeconds; // nullopt: session; capped at 400 days
    bool lifetimeKnown = true; // false: the evidence does not say (a HAR's script-set cookie)
    bool secure = false;
    bool httpOnly = false;
    SetCookie::SameSite sameSite = SetCookie::SameSite::Unspecified;
    SetCookie::Prefix prefix = SetCookie::Prefix::None;
    bool prefixValid = true;
    Party party = Party::First;
    SetBy setBy = SetBy::HttpHeader;
    QString firstSeenUrl; // the response (or page) where it was first set
    int timesSeen = 1;
    bool partitioned = false;  // CHIPS: stored under a top-level site's partition key
    QString scriptUrl;         // SetBy::JavaScript: the script that wrote it, when known
    int valueLength = -1;      // the value's length in bytes (never the value); -1: unknown

    friend bool operator==(const ObservedCookie &, const ObservedCookie &) = default;

    // The cookie a browser stores from a Set-Cookie header it accepted (neither
    // malformed, rejected nor a deletion), `received` being when the response came:
    // the crawler and the evidence importer must read a header the same way. Party,
    // first URL and count are the caller's to fill in.
    static ObservedCookie fromHeader(const SetCookie &header, const QDateTime &received);

    // Observed lifetimes are exact seconds (34000000); people read them rounded to
    // the largest whole unit that keeps the meaning: days, then hours, then minutes.
    static qint64 roundedForDisplay(qint64 seconds);
};

// A Set-Cookie header a browser would not store (malformed or refused), kept as written.
struct RefusedCookie
{
    QString raw;
    QString problem;
    bool malformed = false; // false: parsed, but refused by the storage rules
    QString url;
};

// A Web Storage key or an IndexedDB database a page left in the browser. The value is
// never kept: it can be personal data.
struct ObservedStorage
{
    enum class Kind { Local, Session, IndexedDb };

    Kind kind = Kind::Local;
    QString origin;        // "https://www.example.org" (scheme, host and port)
    QString key;           // the storage key, or the IndexedDB database name
    int valueLength = -1;  // Local/Session: the value's length in UTF-16 units; -1 for IndexedDB
    Party party = Party::First;
    QString firstSeenUrl;  // the page being visited when it was first seen

    friend bool operator==(const ObservedStorage &, const ObservedStorage &) = default;
};

// A page's screenshot kept as evidence (the first page of each phase).
struct PageScreenshot
{
    QString pageUrl;
    QByteArray png;
};

struct UrlError
{
    QString url;
    QString message; // English, technical: "timed out after 2 s", "TLS: certificate expired"
};

struct ScanReport
{
    enum class Origin { Crawl, Har, EvidenceCollector };
    // Whether this phase's consent control was clicked. Before: NotApplicable.
    enum class Control { NotApplicable, Clicked, NotFound };

    Origin origin = Origin::Crawl;
    ConsentPhase phase = ConsentPhase::Before;
    QString engine = QStringLiteral("http"); // "http" or "chromium"; evidence: "har", "wec"
    QString startUrl;
    Control control = Control::NotApplicable;
    QString controlSelector;           // the selector that matched (AfterReject/AfterAccept)
    // Seen on the first page of the Before phase, without clicking: the selectors of the
    // refusal and acceptance controls shown on the banner's first layer (empty: none).
    QString firstLayerRejectSelector;
    QString firstLayerAcceptSelector;
    QList<ObservedStorage> storage;    // one per kind + origin + key, first-seen order
    QList<PageScreenshot> screenshots;
    QList<ObservedCookie> cookies;     // one per name + domain + path, in first-seen order
    QList<RefusedCookie> refusedCookies;
    QStringList thirdPartyHosts;       // sorted, unique
    QList<UrlError> errors;
    int pagesCrawled = 0;              // HTML pages parsed for links
    int requests = 0;                  // every response received, pages and subresources
    int skippedLinks = 0;              // mailto:, javascript:, ftp:, data: … never requested
    bool startFetched = false;         // false: the start URL gave nothing at all
    bool cancelled = false;
    bool limitReached = false;         // pages, time or bytes stopped the crawl early

    // Records a cookie, merging it with one of the same name, domain and path
    // (the later lifetime wins, as a browser overwrites the stored cookie).
    void addCookie(const ObservedCookie &cookie);
    void addThirdPartyHost(const QString &host);
    // Records a storage key, merging it with one of the same kind, origin and key.
    void addStorage(const ObservedStorage &item);
};

// A whole scan: one ScanReport per consent phase that ran, in the order Before,
// AfterReject, AfterAccept. An HTTP crawl or an evidence file is a ConsentScan of one
// Before phase. A phase that was asked for but could not run (its control not found)
// is still present, with control == NotFound: never silently absent.
struct ConsentScan
{
    QString engine = QStringLiteral("http");
    QList<ScanReport> phases;

    const ScanReport *phase(ConsentPhase which) const;
    ScanReport *phase(ConsentPhase which);

    // The scan of one report (an HTTP crawl or an evidence file): its engine and it.
    static ConsentScan single(const ScanReport &report);
    // The start URL of the first phase (every phase starts at the same URL).
    QString startUrl() const;
};

QString toString(ConsentPhase phase); // "before", "after-reject", "after-accept"
std::optional<ConsentPhase> consentPhase(QAnyStringView key);

// Which hosts belong to the site: the same registrable domain under the Public Suffix
// List, as browsers decide it ("a.co.uk" and "b.co.uk" are two sites, so are two
// "*.github.io" pages). A cookie domain's leading dot is ignored; an IP address, or a
// host that is itself a public suffix (such as "localhost"), only matches itself.
namespace SiteScope {
QString registrableDomain(const QString &host);
bool sameSite(const QString &hostA, const QString &hostB);
} // namespace SiteScope
