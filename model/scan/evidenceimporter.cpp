// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "scan/evidenceimporter.h"

#include "document/cookiename.h"
#include "scan/setcookieparser.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace {

QDateTime isoDate(const QJsonValue &value)
{
    QDateTime date = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!date.isValid())
        date = QDateTime::fromString(value.toString(), Qt::ISODate);
    return date.toUTC();
}

SetCookie::SameSite sameSiteOf(const QString &text)
{
    const QString lower = text.toLower();
    if (lower == QLatin1StringView("strict"))
        return SetCookie::SameSite::Strict;
    if (lower == QLatin1StringView("lax"))
        return SetCookie::SameSite::Lax;
    if (lower == QLatin1StringView("none") || lower == QLatin1StringView("no_restriction"))
        return SetCookie::SameSite::None;
    return SetCookie::SameSite::Unspecified;
}

SetCookie::Prefix prefixOf(const QString &name)
{
    if (name.startsWith(QLatin1StringView("__Secure-"), Qt::CaseInsensitive))
        return SetCookie::Prefix::Secure;
    if (name.startsWith(QLatin1StringView("__Host-"), Qt::CaseInsensitive))
        return SetCookie::Prefix::Host;
    return SetCookie::Prefix::None;
}

std::optional<qint64> capped(qint64 seconds)
{
    return std::min(seconds, SetCookieParser::MaximumLifetimeSeconds);
}

class HarReader
{
public:
    explicit HarReader(const QString &sourceName) : m_source(sourceName) {}

    Expected<ScanReport> read(const QJsonObject &root)
    {
        const QJsonObject log = root.value(QLatin1StringView("log")).toObject();
        QJsonArray entries = log.value(QLatin1StringView("entries")).toArray();
        m_report.origin = ScanReport::Origin::Har;
        m_report.engine = QStringLiteral("har");

        // The visited site: the first page's title (browsers store the URL there), else
        // the first request.
        const QJsonArray pages = log.value(QLatin1StringView("pages")).toArray();
        QUrl start(pages.isEmpty() ? QString() : pages.first().toObject().value(QLatin1StringView("title")).toString());
        if (!start.isValid() || start.host().isEmpty()) {
            start = QUrl(entries.isEmpty() ? QString()
                                           : entries.first().toObject().value(QLatin1StringView("request"))
                                                 .toObject().value(QLatin1StringView("url")).toString());
        }
        if (start.host().isEmpty())
            return Expected<ScanReport>::failure(QCoreApplication::translate("EvidenceImporter", "%1: log.entries: no request URL to tell the site from").arg(m_source));
        m_report.startUrl = start.toString();
        m_report.startFetched = true;
        m_siteHost = start.host();

        QList<QJsonObject> ordered;
        for (const QJsonValue &entry : std::as_const(entries))
            ordered << entry.toObject();
        std::stable_sort(ordered.begin(), ordered.end(), [](const QJsonObject &a, const QJsonObject &b) {
            return isoDate(a.value(QLatin1StringView("startedDateTime"))) < isoDate(b.value(QLatin1StringView("startedDateTime")));
        });
        for (const QJsonObject &entry : std::as_const(ordered))
            readEntry(entry);
        return m_report;
    }

private:
    void readEntry(const QJsonObject &entry)
    {
        const QJsonObject request = entry.value(QLatin1StringView("request")).toObject();
        const QJsonObject response = entry.value(QLatin1StringView("response")).toObject();
        const QUrl url(request.value(QLatin1StringView("url")).toString());
        const QString scheme = url.scheme().toLower();
        if (scheme != QLatin1StringView("http") && scheme != QLatin1StringView("https"))
            return; // data:, blob:, chrome-extension: …
        ++m_report.requests;
        const QString host = url.host().toLower();
        if (!SiteScope::sameSite(host, m_siteHost))
            m_report.addThirdPartyHost(host);
        QDateTime received = isoDate(entry.value(QLatin1StringView("startedDateTime")));
        if (!received.isValid())
            received = QDateTime::currentDateTimeUtc();

        readRequestCookies(request, url);

        QList<QByteArray> headers;
        for (const QJsonValue &header : response.value(QLatin1StringView("headers")).toArray()) {
            const QJsonObject object = header.toObject();
            if (object.value(QLatin1StringView("name")).toString().compare(QLatin1StringView("set-cookie"), Qt::CaseInsensitive) == 0)
                headers << object.value(QLatin1StringView("value")).toString().toUtf8();
        }
        if (!headers.isEmpty()) {
            for (const SetCookie &parsed : SetCookieParser::parseAll(headers, url)) {
                if (parsed.malformed || parsed.rejected) {
                    m_report.refusedCookies << RefusedCookie{parsed.raw, parsed.problem, parsed.malformed, url.toString()};
                    continue;
                }
                if (parsed.isDeletion(received))
                    continue;
                add(ObservedCookie::fromHeader(parsed, received), url);
            }
            return;
        }
        // Some exporters keep only the parsed list.
        for (const QJsonValue &value : response.value(QLatin1StringView("cookies")).toArray()) {
            const QJsonObject object = value.toObject();
            ObservedCookie cookie;
            cookie.name = object.value(QLatin1StringView("name")).toString();
            if (cookie.name.isEmpty())
                continue;
            const QString domain = object.value(QLatin1StringView("domain")).toString();
            cookie.domain = domain.isEmpty() ? host : CookieName::comparableDomain(domain);
            cookie.hostOnly = domain.isEmpty();
            cookie.path = object.value(QLatin1StringView("path")).toString(QStringLiteral("/"));
            const QDateTime expires = isoDate(object.value(QLatin1StringView("expires")));
            if (expires.isValid()) {
                const qint64 seconds = received.secsTo(expires);
                if (seconds <= 0)
                    continue;
                cookie.lifetimeSeconds = capped(seconds);
            }
            cookie.secure = object.value(QLatin1StringView("secure")).toBool();
            cookie.httpOnly = object.value(QLatin1StringView("httpOnly")).toBool();
            cookie.sameSite = sameSiteOf(object.value(QLatin1StringView("sameSite")).toString());
            cookie.prefix = prefixOf(cookie.name);
            add(cookie, url);
        }
    }

    // A cookie the browser sends that no response has set so far was written by
    // a script (document.cookie): the only way it can exist in a fresh profile.
    void readRequestCookies(const QJsonObject &request, const QUrl &url)
    {
        QStringList names;
        for (const QJsonValue &value : request.value(QLatin1StringView("cookies")).toArray())
            names << value.toObject().value(QLatin1StringView("name")).toString();
        if (names.isEmpty()) {
            for (const QJsonValue &header : request.value(QLatin1StringView("headers")).toArray()) {
                const QJsonObject object = header.toObject();
                if (object.value(QLatin1StringView("name")).toString().compare(QLatin1StringView("cookie"), Qt::CaseInsensitive) != 0)
                    continue;
                for (const QString &pair : object.value(QLatin1StringView("value")).toString().split(u';'))
                    names << pair.section(u'=', 0, 0).trimmed();
            }
        }
        const QString host = url.host().toLower();
        for (const QString &name : std::as_const(names)) {
            if (name.isEmpty() || knownFor(name, host))
                continue;
            ObservedCookie cookie;
            cookie.name = name;
            // The browser does not say which domain it was stored under: the site's
            // registrable domain, so that one cookie sent to www., static. and api.
            // is one cookie, not one per host.
            cookie.domain = SiteScope::registrableDomain(host);
            cookie.hostOnly = false;
            cookie.hostOnlyKnown = false;
            cookie.setBy = ObservedCookie::SetBy::JavaScript;
            cookie.lifetimeKnown = false; // a request carries no expiry
            cookie.prefix = prefixOf(name);
            add(cookie, url);
        }
    }

    bool knownFor(const QString &name, const QString &host) const
    {
        for (const ObservedCookie &cookie : m_report.cookies) {
            if (cookie.name == name && SetCookieParser::domainMatches(host, cookie.domain))
                return true;
        }
        return false;
    }

    void add(ObservedCookie cookie, const QUrl &url)
    {
        cookie.party = SiteScope::sameSite(cookie.domain, m_siteHost) ? Party::First : Party::Third;
        cookie.firstSeenUrl = url.toString();
        m_report.addCookie(cookie);
    }

    QString m_source;
    QString m_siteHost;
    ScanReport m_report;
};

Expected<ScanReport> readEvidenceCollector(const QJsonObject &root, const QString &source)
{
    ScanReport report;
    report.origin = ScanReport::Origin::EvidenceCollector;
    report.engine = QStringLiteral("wec");
    QString start = root.value(QLatin1StringView("uri_ins")).toString();
    if (start.isEmpty())
        start = root.value(QLatin1StringView("uri_refs")).toArray().first().toString();
    const QString siteHost = QUrl(start).host().toLower();
    if (siteHost.isEmpty())
        return Expected<ScanReport>::failure(QCoreApplication::translate("EvidenceImporter", "%1: uri_ins: missing or not a URL").arg(source));
    report.startUrl = start;
    report.startFetched = true;
    const QDateTime startTime = isoDate(root.value(QLatin1StringView("start_time")));

    const QJsonArray cookies = root.value(QLatin1StringView("cookies")).toArray();
    for (qsizetype i = 0; i < cookies.size(); ++i) {
        const QJsonObject object = cookies.at(i).toObject();
        ObservedCookie cookie;
        cookie.name = object.value(QLatin1StringView("name")).toString();
        if (cookie.name.isEmpty()) {
            report.errors << UrlError{source, QCoreApplication::translate("EvidenceImporter", "cookies[%1]: no name").arg(i)};
            continue;
        }
        cookie.domain = CookieName::comparableDomain(object.value(QLatin1StringView("domain")).toString());
        cookie.hostOnly = !object.value(QLatin1StringView("domain")).toString().startsWith(u'.');
        cookie.path = object.value(QLatin1StringView("path")).toString(QStringLiteral("/"));
        cookie.secure = object.value(QLatin1StringView("secure")).toBool();
        cookie.httpOnly = object.value(QLatin1StringView("httpOnly")).toBool();
        cookie.sameSite = sameSiteOf(object.value(QLatin1StringView("sameSite")).toString());
        cookie.prefix = prefixOf(cookie.name);
        const QJsonObject log = object.value(QLatin1StringView("log")).toObject();
        const QString type = log.value(QLatin1StringView("type")).toString();
        cookie.setBy = type.contains(QLatin1StringView("JS"), Qt::CaseInsensitive) ? ObservedCookie::SetBy::JavaScript
                                                                               : ObservedCookie::SetBy::HttpHeader;
        cookie.firstSeenUrl = log.value(QLatin1StringView("location")).toString(start);

        // Seconds since the epoch as the browser reports them, or an ISO date for the
        // cookies the collector adds from Set-Cookie headers itself.
        const QJsonValue expiresValue = object.value(QLatin1StringView("expires"));
        double expires = expiresValue.toDouble(-1);
        if (expiresValue.isString()) {
            const QDateTime date = isoDate(expiresValue);
            expires = date.isValid() ? double(date.toSecsSinceEpoch()) : -1;
        }
        const bool session = object.value(QLatin1StringView("session")).toBool(expires < 0);
        // Seconds since the epoch up to the end of year 9999, as browsers store them;
        // anything further ("expires": 1e65) is no date and would overflow as seconds.
        constexpr double LatestExpiry = 253402300799.0; // 9999-12-31T23:59:59Z
        const double expiresDays = object.value(QLatin1StringView("expiresDays")).toDouble();
        if (!session && (!(expires <= LatestExpiry) || !(std::abs(expiresDays) * 86400 <= LatestExpiry))) {
            report.errors << UrlError{source, QCoreApplication::translate("EvidenceImporter",
                                                                          "cookies[%1] \"%2\": the expiry is beyond the year 9999, "
                                                                          "the cookie is left out")
                                                  .arg(i)
                                                  .arg(cookie.name)};
            continue;
        }
        if (!session) {
            QDateTime seen = isoDate(log.value(QLatin1StringView("timestamp")));
            if (!seen.isValid())
                seen = startTime;
            qint64 seconds = 0;
            if (seen.isValid() && expires > 0)
                seconds = qint64(std::llround(expires)) - seen.toSecsSinceEpoch();
            else if (object.contains(QLatin1StringView("expiresDays")))
                seconds = qint64(std::llround(expiresDays * 86400));
            if (seconds > 0)
                cookie.lifetimeSeconds = capped(seconds);
        }
        // The collector's firstPartyStorage only knows the hosts given with its
        // --first-party-uri option, and says false for the site itself without it:
        // the site's own domain is first party whatever it says.
        const bool declaredFirst = object.value(QLatin1StringView("firstPartyStorage")).toBool(false);
        cookie.party = declaredFirst || SiteScope::sameSite(cookie.domain, siteHost) ? Party::First : Party::Third;
        report.addCookie(cookie);
    }

    // Its third-party host lists can name the site itself, for the same reason.
    const QJsonObject hosts = root.value(QLatin1StringView("hosts")).toObject();
    for (const char *list : {"requests", "beacons"}) {
        const QJsonArray thirdParty =
            hosts.value(QLatin1StringView(list)).toObject().value(QLatin1StringView("thirdParty")).toArray();
        for (const QJsonValue &host : thirdParty) {
            if (!host.toString().isEmpty() && !SiteScope::sameSite(host.toString(), siteHost))
                report.addThirdPartyHost(host.toString());
        }
    }
    for (const QJsonValue &beacon : root.value(QLatin1StringView("beacons")).toArray()) {
        const QString host = QUrl(beacon.toObject().value(QLatin1StringView("url")).toString()).host();
        if (!host.isEmpty() && !SiteScope::sameSite(host, siteHost))
            report.addThirdPartyHost(host);
    }
    const QJsonArray visited = root.value(QLatin1StringView("browsing_history")).toArray();
    report.pagesCrawled = int(visited.size());
    return report;
}

} // namespace

EvidenceImporter::Kind EvidenceImporter::detect(const QByteArray &data)
{
    const QJsonDocument document = QJsonDocument::fromJson(data);
    if (!document.isObject())
        return Kind::Unknown;
    const QJsonObject root = document.object();
    if (root.value(QLatin1StringView("log")).toObject().value(QLatin1StringView("entries")).isArray())
        return Kind::Har;
    if (root.value(QLatin1StringView("cookies")).isArray() &&
        (root.contains(QLatin1StringView("uri_ins")) || root.contains(QLatin1StringView("hosts")) ||
         root.contains(QLatin1StringView("beacons"))))
        return Kind::EvidenceCollector;
    return Kind::Unknown;
}

bool EvidenceImporter::looksLikeEvidence(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > MaximumFileSize)
        return false;
    // Cheap refusal of what is clearly not JSON before parsing a large file.
    const QByteArray start = file.peek(64).trimmed();
    if (!start.startsWith('{'))
        return false;
    return detect(file.readAll()) != Kind::Unknown;
}

Expected<ScanReport> EvidenceImporter::read(const QByteArray &data, const QString &sourceName)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(data, &error);
    if (error.error != QJsonParseError::NoError) {
        // Line and column of the offset, as the policy reader reports them.
        const QByteArray before = data.left(error.offset);
        const qsizetype line = before.count('\n') + 1;
        const qsizetype column = error.offset - (before.lastIndexOf('\n') + 1) + 1;
        return Expected<ScanReport>::failure(
            QStringLiteral("%1:%2:%3: %4").arg(sourceName).arg(line).arg(column).arg(error.errorString()));
    }
    switch (detect(data)) {
    case Kind::Har:
        return HarReader(sourceName).read(document.object());
    case Kind::EvidenceCollector:
        return readEvidenceCollector(document.object(), sourceName);
    case Kind::Unknown:
        break;
    }
    return Expected<ScanReport>::failure(
        QCoreApplication::translate("EvidenceImporter", "%1: neither a HAR file (log.entries) nor Website Evidence Collector output (cookies, uri_ins)").arg(sourceName));
}

Expected<ScanReport> EvidenceImporter::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Expected<ScanReport>::failure(path + QStringLiteral(": ") + file.errorString());
    if (file.size() > MaximumFileSize)
        return Expected<ScanReport>::failure(QCoreApplication::translate("EvidenceImporter", "%1: larger than 1 GiB").arg(path));
    return read(file.readAll(), path);
}
