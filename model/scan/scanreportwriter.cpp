// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "scan/scanreportwriter.h"

#include "document/languages.h"
#include "document/lifetime.h"
#include "format/jsonwriter.h"
#include "scan/scanrules.h"

#include <QCoreApplication>

QString ScanReportWriter::originKey(ScanReport::Origin origin)
{
    switch (origin) {
    case ScanReport::Origin::Crawl:
        return QStringLiteral("crawl");
    case ScanReport::Origin::Har:
        return QStringLiteral("har");
    case ScanReport::Origin::EvidenceCollector:
        return QStringLiteral("website-evidence-collector");
    }
    return QString();
}

QString ScanReportWriter::partyKey(Party party)
{
    return party == Party::First ? QStringLiteral("first") : QStringLiteral("third");
}

QString ScanReportWriter::setByKey(ObservedCookie::SetBy setBy)
{
    return setBy == ObservedCookie::SetBy::HttpHeader ? QStringLiteral("http")
                                                      : QStringLiteral("javascript");
}

QString ScanReportWriter::controlKey(ScanReport::Control control)
{
    switch (control) {
    case ScanReport::Control::NotApplicable:
        return QStringLiteral("not-applicable");
    case ScanReport::Control::Clicked:
        return QStringLiteral("clicked");
    case ScanReport::Control::NotFound:
        return QStringLiteral("not-found");
    }
    return QString();
}

QString ScanReportWriter::storageKindKey(ObservedStorage::Kind kind)
{
    switch (kind) {
    case ObservedStorage::Kind::Local:
        return QStringLiteral("localStorage");
    case ObservedStorage::Kind::Session:
        return QStringLiteral("sessionStorage");
    case ObservedStorage::Kind::IndexedDb:
        return QStringLiteral("indexedDB");
    }
    return QString();
}

QString ScanReportWriter::phaseTitle(ConsentPhase phase)
{
    switch (phase) {
    case ConsentPhase::Before:
        return QCoreApplication::translate("ScanReportWriter", "Before any choice");
    case ConsentPhase::AfterReject:
        return QCoreApplication::translate("ScanReportWriter", "After refusing");
    case ConsentPhase::AfterAccept:
        return QCoreApplication::translate("ScanReportWriter", "After accepting");
    }
    return QString();
}

QString ScanReportWriter::phaseTitle(const QString &phaseKey)
{
    const std::optional<ConsentPhase> phase = consentPhase(phaseKey);
    return phase ? phaseTitle(*phase)
                 : QCoreApplication::translate("ScanReportWriter", "Whole scan");
}

QString ScanReportWriter::screenshotFileName(const ScanReport &phase, qsizetype index)
{
    return QStringLiteral("screenshot-") + toString(phase.phase) +
           (index > 0 ? u'-' + QString::number(index + 1) : QString()) + QStringLiteral(".png");
}

QString ScanReportWriter::lifetimeText(const std::optional<qint64> &seconds)
{
    if (!seconds || *seconds <= 0)
        return QCoreApplication::translate("ScanReportWriter", "session", "cookie lifetime");
    // The same language the scan rules format lifetimes in.
    return Lifetime::fromSeconds(ObservedCookie::roundedForDisplay(*seconds))
        .format(Languages::ofInterface());
}

QString ScanReportWriter::lifetimeText(const ObservedCookie &cookie)
{
    return cookie.lifetimeKnown
               ? lifetimeText(cookie.lifetimeSeconds)
               : QCoreApplication::translate("ScanReportWriter", "unknown", "cookie lifetime");
}

QString ScanReportWriter::flagsText(const ObservedCookie &cookie)
{
    QStringList flags;
    if (cookie.secure)
        flags << QStringLiteral("Secure");
    if (cookie.httpOnly)
        flags << QStringLiteral("HttpOnly");
    if (cookie.sameSite != SetCookie::SameSite::Unspecified)
        flags << QStringLiteral("SameSite=") + SetCookieParser::toString(cookie.sameSite);
    if (cookie.prefix != SetCookie::Prefix::None)
        flags << SetCookieParser::toString(cookie.prefix) +
                     (cookie.prefixValid ? QString() : QStringLiteral("(invalid)"));
    if (cookie.setBy == ObservedCookie::SetBy::JavaScript)
        flags << QStringLiteral("JS");
    return flags.join(u' ');
}

namespace {

void nullableString(JsonWriter &json, QStringView key, const QString &value)
{
    json.key(key);
    if (value.isEmpty())
        json.null();
    else
        json.value(value);
}

void writeCookie(JsonWriter &json, const ObservedCookie &cookie, const QString &phase)
{
    json.beginObject();
    if (!phase.isEmpty())
        json.member(u"phase", phase);
    json.member(u"name", cookie.name);
    json.member(u"domain", cookie.domain);
    json.member(u"hostOnly", cookie.hostOnly);
    json.member(u"path", cookie.path);
    json.key(u"lifetime"); // seconds; null for a session cookie
    if (cookie.lifetimeSeconds)
        json.value(*cookie.lifetimeSeconds);
    else
        json.null();
    json.key(u"session"); // null when the evidence does not tell
    if (cookie.lifetimeKnown)
        json.value(!cookie.lifetimeSeconds.has_value());
    else
        json.null();
    json.member(u"secure", cookie.secure);
    json.member(u"httpOnly", cookie.httpOnly);
    json.key(u"sameSite");
    if (cookie.sameSite == SetCookie::SameSite::Unspecified)
        json.null();
    else
        json.value(SetCookieParser::toString(cookie.sameSite));
    json.key(u"prefix");
    if (cookie.prefix == SetCookie::Prefix::None)
        json.null();
    else
        json.value(SetCookieParser::toString(cookie.prefix));
    json.member(u"prefixValid", cookie.prefixValid);
    json.member(u"partitioned", cookie.partitioned);
    json.member(u"party", ScanReportWriter::partyKey(cookie.party));
    json.member(u"setBy", ScanReportWriter::setByKey(cookie.setBy));
    nullableString(json, u"script", cookie.scriptUrl);
    json.key(u"valueLength"); // never the value: it can be personal data
    if (cookie.valueLength < 0)
        json.null();
    else
        json.value(cookie.valueLength);
    json.member(u"firstSeen", cookie.firstSeenUrl);
    json.member(u"timesSeen", cookie.timesSeen);
    json.endObject();
}

void writeStorage(JsonWriter &json, const ObservedStorage &item, const QString &phase)
{
    json.beginObject();
    if (!phase.isEmpty())
        json.member(u"phase", phase);
    json.member(u"kind", ScanReportWriter::storageKindKey(item.kind));
    json.member(u"origin", item.origin);
    json.member(u"key", item.key);
    json.key(u"valueLength");
    if (item.valueLength < 0)
        json.null();
    else
        json.value(item.valueLength);
    json.member(u"party", ScanReportWriter::partyKey(item.party));
    json.member(u"firstSeen", item.firstSeenUrl);
    json.endObject();
}

void writeStrings(JsonWriter &json, QStringView key, const QStringList &values)
{
    json.key(key);
    json.beginArray();
    for (const QString &value : values)
        json.value(value);
    json.endArray();
}

QStringList allThirdPartyHosts(const ConsentScan &scan)
{
    ScanReport merged;
    for (const ScanReport &report : scan.phases) {
        for (const QString &host : report.thirdPartyHosts)
            merged.addThirdPartyHost(host);
    }
    return merged.thirdPartyHosts;
}

QString padded(const QString &text, qsizetype width)
{
    return text.leftJustified(width, u' ');
}

QString controlSentence(const ScanReport &report)
{
    const bool reject = report.phase == ConsentPhase::AfterReject;
    switch (report.control) {
    case ScanReport::Control::NotApplicable:
        return QString();
    case ScanReport::Control::Clicked:
        return reject
                   ? QCoreApplication::translate("ScanReportWriter", "Refusal control clicked: %1")
                         .arg(report.controlSelector)
                   : QCoreApplication::translate("ScanReportWriter",
                                                 "Acceptance control clicked: %1")
                         .arg(report.controlSelector);
    case ScanReport::Control::NotFound:
        return reject
                   ? QCoreApplication::translate(
                         "ScanReportWriter",
                         "No refusal control found: this phase is a visit without any choice.")
                   : QCoreApplication::translate(
                         "ScanReportWriter",
                         "No acceptance control found: this phase is a visit without any choice.");
    }
    return QString();
}

} // namespace

QByteArray ScanReportWriter::toJson(const ConsentScan &scan, const FindingList &findings,
                                    const ScanReportOptions &options)
{
    const ScanReport empty;
    const ScanReport &first = scan.phases.isEmpty() ? empty : scan.phases.first();
    const ScanReport *before = scan.phase(ConsentPhase::Before);
    int pages = 0, requests = 0, skipped = 0, cookies = 0, storage = 0;
    bool limitReached = false, cancelled = false;
    for (const ScanReport &report : scan.phases) {
        pages += report.pagesCrawled;
        requests += report.requests;
        skipped += report.skippedLinks;
        cookies += int(report.cookies.size());
        storage += int(report.storage.size());
        limitReached = limitReached || report.limitReached;
        cancelled = cancelled || report.cancelled;
    }
    const QStringList hosts = allThirdPartyHosts(scan);

    JsonWriter json;
    json.beginObject();
    json.member(u"format", u"charte-scan/2");
    json.member(u"engine", scan.engine);
    json.member(u"origin", originKey(first.origin));
    json.member(u"start", first.startUrl);
    nullableString(json, u"policy", options.policyName);
    nullableString(json, u"site", options.policyName.isEmpty() ? QString() : options.siteHost);
    QStringList asked;
    for (const ConsentPhase phase : options.phasesAsked)
        asked << toString(phase);
    if (asked.isEmpty()) {
        for (const ScanReport &report : scan.phases)
            asked << toString(report.phase);
    }
    writeStrings(json, u"phasesAsked", asked);
    json.member(u"startFetched", before ? before->startFetched : first.startFetched);
    json.member(u"pagesCrawled", pages);
    json.member(u"requests", requests);
    json.member(u"skippedLinks", skipped);
    json.member(u"limitReached", limitReached);
    json.member(u"cancelled", cancelled);
    json.key(u"firstLayer"); // the banner's controls seen before any click
    json.beginObject();
    nullableString(json, u"reject", before ? before->firstLayerRejectSelector : QString());
    nullableString(json, u"accept", before ? before->firstLayerAcceptSelector : QString());
    json.endObject();

    json.key(u"cookies");
    json.beginArray();
    for (const ScanReport &report : scan.phases) {
        for (const ObservedCookie &cookie : report.cookies)
            writeCookie(json, cookie, toString(report.phase));
    }
    json.endArray();

    json.key(u"storage");
    json.beginArray();
    for (const ScanReport &report : scan.phases) {
        for (const ObservedStorage &item : report.storage)
            writeStorage(json, item, toString(report.phase));
    }
    json.endArray();

    json.key(u"refusedCookies");
    json.beginArray();
    for (const ScanReport &report : scan.phases) {
        for (const RefusedCookie &refused : report.refusedCookies) {
            json.beginObject();
            json.member(u"phase", toString(report.phase));
            json.member(u"raw", refused.raw);
            json.member(u"problem", refused.problem);
            json.member(u"malformed", refused.malformed);
            json.member(u"url", refused.url);
            json.endObject();
        }
    }
    json.endArray();

    writeStrings(json, u"thirdPartyHosts", hosts);

    json.key(u"errors");
    json.beginArray();
    for (const ScanReport &report : scan.phases) {
        for (const UrlError &error : report.errors) {
            json.beginObject();
            json.member(u"phase", toString(report.phase));
            json.member(u"url", error.url);
            json.member(u"message", error.message);
            json.endObject();
        }
    }
    json.endArray();

    json.key(u"phases");
    json.beginArray();
    for (const ScanReport &report : scan.phases) {
        json.beginObject();
        json.member(u"phase", toString(report.phase));
        json.member(u"control", controlKey(report.control));
        nullableString(json, u"controlSelector", report.controlSelector);
        json.member(u"startFetched", report.startFetched);
        json.member(u"pagesCrawled", report.pagesCrawled);
        json.member(u"requests", report.requests);
        json.member(u"limitReached", report.limitReached);
        json.member(u"cancelled", report.cancelled);
        json.key(u"cookies");
        json.beginArray();
        for (const ObservedCookie &cookie : report.cookies)
            writeCookie(json, cookie, QString());
        json.endArray();
        json.key(u"storage");
        json.beginArray();
        for (const ObservedStorage &item : report.storage)
            writeStorage(json, item, QString());
        json.endArray();
        writeStrings(json, u"thirdPartyHosts", report.thirdPartyHosts);
        json.member(u"errors", int(report.errors.size()));
        json.key(u"screenshots");
        json.beginArray();
        for (qsizetype i = 0; i < report.screenshots.size(); ++i) {
            json.beginObject();
            json.member(u"page", report.screenshots.at(i).pageUrl);
            nullableString(json, u"file",
                           options.screenshotFiles ? screenshotFileName(report, i) : QString());
            json.member(u"bytes", qint64(report.screenshots.at(i).png.size()));
            json.endObject();
        }
        json.endArray();
        json.endObject();
    }
    json.endArray();

    ReportWriter::writeFindings(json, u"findings", findings, [&](const Finding &finding) {
        nullableString(json, u"phase", finding.place.phase);
        json.member(u"cookie", finding.place.id);
        json.member(u"domain", finding.place.domain);
        json.member(u"url", finding.place.url);
        json.member(u"message", finding.message.en);
        json.member(u"messageFr", finding.message.fr);
    });

    const ReportWriter::Counts counts = ReportWriter::count(findings);
    json.key(u"summary");
    json.beginObject();
    json.member(u"cookies", cookies);
    json.member(u"storage", storage);
    json.member(u"thirdPartyHosts", int(hosts.size()));
    json.member(u"phases", int(scan.phases.size()));
    json.member(u"errors", counts.errors);
    json.member(u"warnings", counts.warnings);
    json.member(u"infos", counts.infos);
    json.endObject();
    json.endObject();
    return json.finish();
}

QByteArray ScanReportWriter::toJson(const ScanReport &report, const FindingList &findings,
                                    const QString &policyName)
{
    ScanReportOptions options;
    options.policyName = policyName;
    return toJson(ConsentScan::single(report), findings, options);
}

QString ScanReportWriter::toText(const ScanReport &report, const FindingList &findings,
                                 const QString &policyName)
{
    ScanReportOptions options;
    options.policyName = policyName;
    return toText(ConsentScan::single(report), findings, options);
}

QString ScanReportWriter::toText(const ConsentScan &scan, const FindingList &findings,
                                 const ScanReportOptions &options)
{
    QString out;
    out +=
        QCoreApplication::translate("ScanReportWriter", "Scan of %1").arg(scan.startUrl()) + u'\n';
    if (scan.engine == QLatin1StringView("chromium"))
        out +=
            QCoreApplication::translate("ScanReportWriter", "Engine: Chromium (a real browser)") +
            u'\n';
    else if (scan.engine == QLatin1StringView("http"))
        out += QCoreApplication::translate(
                   "ScanReportWriter",
                   "Engine: HTTP (no scripts run: cookies written by JavaScript are not seen)") +
               u'\n';
    for (const ScanReport &report : scan.phases) {
        const bool several = scan.phases.size() > 1 || report.phase != ConsentPhase::Before;
        if (several)
            out +=
                u'\n' + QStringLiteral("== ") + phaseTitle(report.phase) + QStringLiteral(" ==\n");
        const QString control = controlSentence(report);
        if (!control.isEmpty())
            out += control + u'\n';
        if (report.origin == ScanReport::Origin::Crawl)
            out += QCoreApplication::translate(
                       "ScanReportWriter",
                       "%1 page(s) crawled, %2 request(s), %3 link(s) with other schemes skipped")
                       .arg(report.pagesCrawled)
                       .arg(report.requests)
                       .arg(report.skippedLinks) +
                   u'\n';
        if (report.limitReached)
            out += QCoreApplication::translate(
                       "ScanReportWriter",
                       "A limit (pages, depth, requests or time) stopped the crawl early.") +
                   u'\n';
        if (report.cancelled)
            out += QCoreApplication::translate("ScanReportWriter",
                                               "The scan was cancelled: the report is partial.") +
                   u'\n';

        out +=
            u'\n' +
            (report.phase == ConsentPhase::Before
                 ? QCoreApplication::translate("ScanReportWriter",
                                               "Cookies set before any choice (%1)")
                 : QCoreApplication::translate("ScanReportWriter", "Cookies in the browser (%1)"))
                .arg(report.cookies.size()) +
            u'\n';
        qsizetype nameWidth = 4, domainWidth = 6;
        for (const ObservedCookie &cookie : report.cookies) {
            nameWidth = std::max(nameWidth, cookie.name.size());
            domainWidth = std::max(domainWidth, cookie.domain.size());
        }
        for (const ObservedCookie &cookie : report.cookies) {
            out += QStringLiteral("  ") + padded(cookie.name, nameWidth + 2) +
                   padded(cookie.domain, domainWidth + 2) + padded(lifetimeText(cookie), 14) +
                   padded(cookie.party == Party::First
                              ? QCoreApplication::translate("ScanReportWriter", "first party")
                              : QCoreApplication::translate("ScanReportWriter", "third party"),
                          13) +
                   flagsText(cookie);
            out += QStringLiteral("  ") +
                   QCoreApplication::translate("ScanReportWriter", "first seen on %1")
                       .arg(cookie.firstSeenUrl);
            if (!cookie.scriptUrl.isEmpty())
                out += QStringLiteral("  ") +
                       QCoreApplication::translate("ScanReportWriter", "written by %1")
                           .arg(cookie.scriptUrl);
            out += u'\n';
        }
        if (!report.storage.isEmpty()) {
            out += u'\n' +
                   QCoreApplication::translate("ScanReportWriter", "Storage keys (%1)")
                       .arg(report.storage.size()) +
                   u'\n';
            for (const ObservedStorage &item : report.storage)
                out += QStringLiteral("  ") + padded(storageKindKey(item.kind), 16) + item.key +
                       QStringLiteral("  ") + item.origin + u'\n';
        }

        out += u'\n' +
               QCoreApplication::translate("ScanReportWriter", "Third-party hosts contacted (%1)")
                   .arg(report.thirdPartyHosts.size()) +
               u'\n';
        for (const QString &host : report.thirdPartyHosts)
            out += QStringLiteral("  ") + host + u'\n';

        if (!report.refusedCookies.isEmpty()) {
            out += u'\n' +
                   QCoreApplication::translate("ScanReportWriter",
                                               "Set-Cookie headers a browser would refuse (%1)")
                       .arg(report.refusedCookies.size()) +
                   u'\n';
            for (const RefusedCookie &refused : report.refusedCookies)
                out += QStringLiteral("  ") + refused.problem + QStringLiteral(": ") + refused.raw +
                       u'\n';
        }
        if (!report.errors.isEmpty()) {
            out += u'\n' +
                   QCoreApplication::translate("ScanReportWriter", "Errors (%1)")
                       .arg(report.errors.size()) +
                   u'\n';
            for (const UrlError &error : report.errors)
                out +=
                    QStringLiteral("  ") + error.url + QStringLiteral(": ") + error.message + u'\n';
        }
    }

    out += u'\n';
    if (options.policyName.isEmpty()) {
        out += QCoreApplication::translate("ScanReportWriter",
                                           "No policy given (--policy FILE): observed cookies were "
                                           "not compared with an inventory.") +
               u'\n';
        return out;
    }
    out += QCoreApplication::translate("ScanReportWriter", "Findings against %1")
               .arg(options.policyName) +
           u'\n';
    const QString language = Languages::ofInterface();
    for (const Finding &finding : findings) {
        const QStringList where = finding.place.phase.isEmpty()
                                      ? QStringList()
                                      : QStringList{phaseTitle(finding.place.phase)};
        out += ReportWriter::textLine(where,
                                      ReportWriter::severityWord(finding.severity).text(language),
                                      finding.displayMessage(language), finding.rule);
    }
    const ReportWriter::Counts counts = ReportWriter::count(findings);
    out += QCoreApplication::translate("ScanReportWriter", "%1 error(s), %2 warning(s), %3 note(s)")
               .arg(counts.errors)
               .arg(counts.warnings)
               .arg(counts.infos) +
           u'\n';
    return out;
}
