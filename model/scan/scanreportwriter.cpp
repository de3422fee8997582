#include "scan/scanreportwriter.h"

#include "document/lifetime.h"
#include "format/jsonwriter.h"
#include "scan/scanrules.h"

#include <QCoreApplication>

namespace {

QString padded(const QString &text, qsizetype width)
{
    return text.leftJustified(width, u' ');
}

} // namespace

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

QString ScanReportWriter::lifetimeText(const std::optional<qint64> &seconds)
{
    if (!seconds || *seconds <= 0)
        return QCoreApplication::translate("ScanReportWriter", "session", "cookie lifetime");
    // The same language the scan rules format lifetimes in.
    return Lifetime::fromSeconds(ObservedCookie::roundedForDisplay(*seconds))
        .format(ScanRules::interfaceLanguage());
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

QByteArray ScanReportWriter::toJson(const ScanReport &report, const FindingList &findings,
                                    const QString &policyName)
{
    JsonWriter json;
    json.beginObject();
    json.member(u"format", u"charte-scan/1");
    json.member(u"origin", originKey(report.origin));
    json.member(u"start", report.startUrl);
    json.key(u"policy");
    if (policyName.isEmpty())
        json.null();
    else
        json.value(policyName);
    json.member(u"startFetched", report.startFetched);
    json.member(u"pagesCrawled", report.pagesCrawled);
    json.member(u"requests", report.requests);
    json.member(u"skippedLinks", report.skippedLinks);
    json.member(u"limitReached", report.limitReached);
    json.member(u"cancelled", report.cancelled);

    json.key(u"cookies");
    json.beginArray();
    for (const ObservedCookie &cookie : report.cookies) {
        json.beginObject();
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
        json.member(u"party", partyKey(cookie.party));
        json.member(u"setBy", setByKey(cookie.setBy));
        json.member(u"firstSeen", cookie.firstSeenUrl);
        json.member(u"timesSeen", cookie.timesSeen);
        json.endObject();
    }
    json.endArray();

    json.key(u"refusedCookies");
    json.beginArray();
    for (const RefusedCookie &refused : report.refusedCookies) {
        json.beginObject();
        json.member(u"raw", refused.raw);
        json.member(u"problem", refused.problem);
        json.member(u"malformed", refused.malformed);
        json.member(u"url", refused.url);
        json.endObject();
    }
    json.endArray();

    json.key(u"thirdPartyHosts");
    json.beginArray();
    for (const QString &host : report.thirdPartyHosts)
        json.value(host);
    json.endArray();

    json.key(u"errors");
    json.beginArray();
    for (const UrlError &error : report.errors) {
        json.beginObject();
        json.member(u"url", error.url);
        json.member(u"message", error.message);
        json.endObject();
    }
    json.endArray();

    ReportWriter::writeFindings(json, u"findings", findings, [&](const Finding &finding) {
        json.member(u"cookie", finding.place.id);
        json.member(u"domain", finding.place.domain);
        json.member(u"url", finding.place.url);
        json.member(u"message", finding.message.en);
        json.member(u"messageFr", finding.message.fr);
    });

    const ReportWriter::Counts counts = ReportWriter::count(findings);
    json.key(u"summary");
    json.beginObject();
    json.member(u"cookies", int(report.cookies.size()));
    json.member(u"thirdPartyHosts", int(report.thirdPartyHosts.size()));
    json.member(u"errors", counts.errors);
    json.member(u"warnings", counts.warnings);
    json.member(u"infos", counts.infos);
    json.endObject();
    json.endObject();
    return json.finish();
}

QString ScanReportWriter::toText(const ScanReport &report, const FindingList &findings,
                                 const QString &policyName)
{
    QString out;
    out +=
        QCoreApplication::translate("ScanReportWriter", "Scan of %1").arg(report.startUrl) + u'\n';
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

    out += u'\n' +
           QCoreApplication::translate("ScanReportWriter", "Cookies set before any choice (%1)")
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
                   .arg(cookie.firstSeenUrl) +
               u'\n';
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
            out +=
                QStringLiteral("  ") + refused.problem + QStringLiteral(": ") + refused.raw + u'\n';
    }
    if (!report.errors.isEmpty()) {
        out += u'\n' +
               QCoreApplication::translate("ScanReportWriter", "Errors (%1)")
                   .arg(report.errors.size()) +
               u'\n';
        for (const UrlError &error : report.errors)
            out += QStringLiteral("  ") + error.url + QStringLiteral(": ") + error.message + u'\n';
    }

    out += u'\n';
    if (policyName.isEmpty()) {
        out += QCoreApplication::translate("ScanReportWriter",
                                           "No policy given (--policy FILE): observed cookies were "
                                           "not compared with an inventory.") +
               u'\n';
        return out;
    }
    out += QCoreApplication::translate("ScanReportWriter", "Findings against %1").arg(policyName) +
           u'\n';
    const QString language = ScanRules::interfaceLanguage();
    for (const Finding &finding : findings)
        out +=
            ReportWriter::textLine({}, ReportWriter::severityWord(finding.severity).text(language),
                                   finding.displayMessage(language), finding.rule);
    const ReportWriter::Counts counts = ReportWriter::count(findings);
    out += QCoreApplication::translate("ScanReportWriter", "%1 error(s), %2 warning(s), %3 note(s)")
               .arg(counts.errors)
               .arg(counts.warnings)
               .arg(counts.infos) +
           u'\n';
    return out;
}
