// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "scan/scanhtmlreport.h"

#include "compliance/reportwriter.h"
#include "document/languages.h"
#include "format/htmlwriter.h"
#include "scan/scanrules.h"

#include <QCoreApplication>
#include <QLocale>

namespace {

using A = HtmlWriter::Attribute;
constexpr QLatin1StringView Class("class");

// Charte's own style for the report: readable on screen and on paper.
const char *const styleSheet = R"css(
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1d1d1f; background: #fff; margin: 0; }
main { max-width: 1100px; margin: 0 auto; padding: 24px; }
h1 { font-size: 1.6em; margin: 0 0 4px; }
h2 { font-size: 1.3em; margin: 32px 0 8px; padding-bottom: 4px; border-bottom: 2px solid #d0d4da; }
h3 { font-size: 1.05em; margin: 20px 0 6px; }
.meta { color: #555; margin: 0 0 16px; }
.meta dt { font-weight: 600; float: left; clear: left; width: 11em; }
.meta dd { margin: 0 0 2px 11em; overflow-wrap: anywhere; }
.counts { display: flex; gap: 12px; margin: 12px 0; flex-wrap: wrap; }
.count { border-radius: 6px; padding: 6px 12px; font-weight: 600; border: 1px solid #d0d4da; }
.count.error { background: #fdecea; border-color: #f3b4ae; color: #8a1c12; }
.count.warning { background: #fff4e0; border-color: #f0cf8e; color: #7a4b00; }
.count.info { background: #e8f1fd; border-color: #aac8ef; color: #1b4b8a; }
table { border-collapse: collapse; width: 100%; margin: 4px 0 12px; font-size: 0.93em; }
th, td { text-align: left; vertical-align: top; padding: 4px 8px; border-bottom: 1px solid #e3e6ea; overflow-wrap: anywhere; }
th { background: #f3f5f7; font-weight: 600; white-space: nowrap; }
td.rule { white-space: nowrap; }
td.sev { font-weight: 600; white-space: nowrap; }
tr.error td.sev { color: #b3261e; }
tr.warning td.sev { color: #8a5300; }
tr.info td.sev { color: #1b4b8a; }
code { font: 0.92em ui-monospace, "DejaVu Sans Mono", monospace; }
.control { padding: 6px 10px; border-left: 4px solid #aac8ef; background: #f5f8fc; }
.control.missing { border-left-color: #f0cf8e; background: #fffaf0; }
figure { margin: 8px 0 16px; }
figure img { max-width: 100%; max-height: 520px; border: 1px solid #d0d4da; box-shadow: 0 1px 4px rgba(0,0,0,.12); }
figcaption { color: #555; font-size: 0.9em; overflow-wrap: anywhere; }
.none { color: #666; font-style: italic; }
footer { color: #666; font-size: 0.85em; margin-top: 32px; border-top: 1px solid #e3e6ea; padding-top: 8px; }
@media print { main { max-width: none; padding: 0; } h2 { break-after: avoid; } figure, tr { break-inside: avoid; } }
)css";

QString severityClass(Severity severity)
{
    return SeverityKeys::toString(severity);
}

void definition(HtmlWriter &html, const QString &term, const QString &value)
{
    html.element(QLatin1StringView("dt"), term);
    html.element(QLatin1StringView("dd"), value);
    html.newline();
}

void noneLine(HtmlWriter &html, const QString &text)
{
    html.element(QLatin1StringView("p"), text, {{Class, QStringLiteral("none")}});
    html.newline();
}

void headerRow(HtmlWriter &html, const QStringList &titles)
{
    html.start(QLatin1StringView("thead"));
    html.start(QLatin1StringView("tr"));
    for (const QString &title : titles)
        html.element(QLatin1StringView("th"), title,
                     {{QLatin1StringView("scope"), QStringLiteral("col")}});
    html.end();
    html.end();
    html.newline();
}

void cell(HtmlWriter &html, const QString &text, bool code = false, const QString &cssClass = {})
{
    if (cssClass.isEmpty())
        html.start(QLatin1StringView("td"));
    else
        html.start(QLatin1StringView("td"), {{Class, cssClass}});
    if (code)
        html.element(QLatin1StringView("code"), text);
    else
        html.text(text);
    html.end();
}

void findingsTable(HtmlWriter &html, const FindingList &findings, const QString &language)
{
    if (findings.isEmpty()) {
        noneLine(html, QCoreApplication::translate("ScanHtmlReport", "No finding in this phase."));
        return;
    }
    html.start(QLatin1StringView("table"));
    headerRow(html, {QCoreApplication::translate("ScanHtmlReport", "Severity"),
                     QCoreApplication::translate("ScanHtmlReport", "Finding"),
                     QCoreApplication::translate("ScanHtmlReport", "Rule"),
                     QCoreApplication::translate("ScanHtmlReport", "Source")});
    html.start(QLatin1StringView("tbody"));
    for (const Finding &finding : findings) {
        html.start(QLatin1StringView("tr"), {{Class, severityClass(finding.severity)}});
        html.element(QLatin1StringView("td"),
                     ReportWriter::severityWord(finding.severity).text(language),
                     {{Class, QStringLiteral("sev")}});
        cell(html, finding.displayMessage(language));
        cell(html, finding.rule, true, QStringLiteral("rule"));
        cell(html, finding.source);
        html.end();
        html.newline();
    }
    html.end();
    html.end();
    html.newline();
}

void cookiesTable(HtmlWriter &html, const ScanReport &report)
{
    html.element(
        QLatin1StringView("h3"),
        QCoreApplication::translate("ScanHtmlReport", "Cookies (%1)").arg(report.cookies.size()));
    if (report.cookies.isEmpty()) {
        noneLine(html, QCoreApplication::translate("ScanHtmlReport", "No cookie."));
        return;
    }
    html.start(QLatin1StringView("table"));
    headerRow(html, {QCoreApplication::translate("ScanHtmlReport", "Name"),
                     QCoreApplication::translate("ScanHtmlReport", "Domain"),
                     QCoreApplication::translate("ScanHtmlReport", "Lifetime"),
                     QCoreApplication::translate("ScanHtmlReport", "Party"),
                     QCoreApplication::translate("ScanHtmlReport", "Flags"),
                     QCoreApplication::translate("ScanHtmlReport", "Written by"),
                     QCoreApplication::translate("ScanHtmlReport", "First seen on")});
    html.start(QLatin1StringView("tbody"));
    for (const ObservedCookie &cookie : report.cookies) {
        html.start(QLatin1StringView("tr"));
        cell(html, cookie.name, true);
        cell(html, cookie.domain);
        cell(html, ScanReportWriter::lifetimeText(cookie));
        cell(html, cookie.party == Party::First
                       ? QCoreApplication::translate("ScanHtmlReport", "first party")
                       : QCoreApplication::translate("ScanHtmlReport", "third party"));
        cell(html,
             ScanReportWriter::flagsText(cookie) +
                 (cookie.partitioned ? QStringLiteral(" Partitioned") : QString()),
             true);
        cell(html, cookie.setBy == ObservedCookie::SetBy::HttpHeader
                       ? QCoreApplication::translate("ScanHtmlReport", "HTTP header")
                       : (cookie.scriptUrl.isEmpty()
                              ? QCoreApplication::translate("ScanHtmlReport", "a script")
                              : cookie.scriptUrl));
        cell(html, cookie.firstSeenUrl);
        html.end();
        html.newline();
    }
    html.end();
    html.end();
    html.newline();
}

void storageTable(HtmlWriter &html, const ScanReport &report)
{
    html.element(QLatin1StringView("h3"),
                 QCoreApplication::translate("ScanHtmlReport", "Storage keys (%1)")
                     .arg(report.storage.size()));
    if (report.storage.isEmpty()) {
        noneLine(html, report.engine == QLatin1StringView("chromium")
                           ? QCoreApplication::translate("ScanHtmlReport", "No storage key.")
                           : QCoreApplication::translate(
                                 "ScanHtmlReport", "Not observed: this engine runs no script."));
        return;
    }
    html.start(QLatin1StringView("table"));
    headerRow(html, {QCoreApplication::translate("ScanHtmlReport", "Kind"),
                     QCoreApplication::translate("ScanHtmlReport", "Key"),
                     QCoreApplication::translate("ScanHtmlReport", "Origin"),
                     QCoreApplication::translate("ScanHtmlReport", "Party"),
                     QCoreApplication::translate("ScanHtmlReport", "Value length")});
    html.start(QLatin1StringView("tbody"));
    for (const ObservedStorage &item : report.storage) {
        html.start(QLatin1StringView("tr"));
        cell(html, ScanRules::storageKindName(item.kind), true);
        cell(html, item.key, true);
        cell(html, item.origin);
        cell(html, item.party == Party::First
                       ? QCoreApplication::translate("ScanHtmlReport", "first party")
                       : QCoreApplication::translate("ScanHtmlReport", "third party"));
        cell(html, item.valueLength < 0 ? QStringLiteral("—") : QString::number(item.valueLength));
        html.end();
        html.newline();
    }
    html.end();
    html.end();
    html.newline();
}

void hostList(HtmlWriter &html, const ScanReport &report)
{
    html.element(QLatin1StringView("h3"),
                 QCoreApplication::translate("ScanHtmlReport", "Third-party hosts contacted (%1)")
                     .arg(report.thirdPartyHosts.size()));
    if (report.thirdPartyHosts.isEmpty()) {
        noneLine(html, QCoreApplication::translate("ScanHtmlReport", "None."));
        return;
    }
    html.start(QLatin1StringView("ul"));
    for (const QString &host : report.thirdPartyHosts) {
        html.start(QLatin1StringView("li"));
        html.element(QLatin1StringView("code"), host);
        html.end();
    }
    html.end();
    html.newline();
}

void controlParagraph(HtmlWriter &html, const ScanReport &report)
{
    const bool reject = report.phase == ConsentPhase::AfterReject;
    switch (report.control) {
    case ScanReport::Control::NotApplicable:
        html.element(QLatin1StringView("p"),
                     QCoreApplication::translate(
                         "ScanHtmlReport", "The pages were visited without touching anything."),
                     {{Class, QStringLiteral("control")}});
        break;
    case ScanReport::Control::Clicked:
        html.start(QLatin1StringView("p"), {{Class, QStringLiteral("control")}});
        html.text(
            reject
                ? QCoreApplication::translate(
                      "ScanHtmlReport",
                      "In a fresh browser profile, the site's refusal control was clicked: ")
                : QCoreApplication::translate(
                      "ScanHtmlReport",
                      "In a fresh browser profile, the site's acceptance control was clicked: "));
        html.element(QLatin1StringView("code"), report.controlSelector);
        html.end();
        break;
    case ScanReport::Control::NotFound:
        html.element(
            QLatin1StringView("p"),
            reject
                ? QCoreApplication::translate(
                      "ScanHtmlReport",
                      "No refusal control was found: this phase could not test the refusal.")
                : QCoreApplication::translate(
                      "ScanHtmlReport",
                      "No acceptance control was found: this phase could not test the acceptance."),
            {{Class, QStringLiteral("control missing")}});
        break;
    }
    html.newline();
}

void screenshots(HtmlWriter &html, const ScanReport &report, bool asFiles)
{
    for (qsizetype i = 0; i < report.screenshots.size(); ++i) {
        const PageScreenshot &shot = report.screenshots.at(i);
        const QString source = asFiles ? ScanReportWriter::screenshotFileName(report, i)
                                       : QStringLiteral("data:image/png;base64,") +
                                             QString::fromLatin1(shot.png.toBase64());
        const QString caption = QCoreApplication::translate("ScanHtmlReport", "%1 — %2")
                                    .arg(ScanReportWriter::phaseTitle(report.phase), shot.pageUrl);
        html.start(QLatin1StringView("figure"));
        html.empty(QLatin1StringView("img"),
                   {{QLatin1StringView("src"), source}, {QLatin1StringView("alt"), caption}});
        html.element(QLatin1StringView("figcaption"), caption);
        html.end();
        html.newline();
    }
}

FindingList inPhase(const FindingList &findings, const QString &phase)
{
    FindingList result;
    for (const Finding &finding : findings) {
        if (finding.place.phase == phase)
            result << finding;
    }
    return result;
}

} // namespace

QByteArray ScanHtmlReport::toHtml(const ConsentScan &scan, const FindingList &findings,
                                  const ScanReportOptions &options, const QDateTime &generated)
{
    const QString language = Languages::ofInterface();
    const QString title =
        QCoreApplication::translate("ScanHtmlReport", "Cookie scan of %1").arg(scan.startUrl());
    HtmlWriter html;
    html.beginPage(language, title, QByteArray(styleSheet));
    html.beginMain();
    html.element(QLatin1StringView("h1"), title);
    html.newline();

    html.start(QLatin1StringView("dl"), {{Class, QStringLiteral("meta")}});
    html.newline();
    if (generated.isValid())
        definition(html, QCoreApplication::translate("ScanHtmlReport", "Scanned on"),
                   QLocale(language).toString(generated.toUTC(), QLocale::LongFormat));
    definition(
        html, QCoreApplication::translate("ScanHtmlReport", "Engine"),
        scan.engine == QLatin1StringView("chromium")
            ? QCoreApplication::translate("ScanHtmlReport", "Chromium, a real browser")
        : scan.engine == QLatin1StringView("http")
            ? QCoreApplication::translate("ScanHtmlReport", "HTTP requests only (no script runs)")
            : scan.engine);
    QStringList phases;
    for (const ScanReport &report : scan.phases)
        phases << ScanReportWriter::phaseTitle(report.phase);
    definition(html, QCoreApplication::translate("ScanHtmlReport", "Phases"),
               phases.join(QStringLiteral(", ")));
    if (!options.policyName.isEmpty()) {
        definition(html, QCoreApplication::translate("ScanHtmlReport", "Compared with"),
                   options.policyName);
        if (!options.siteHost.isEmpty())
            definition(html, QCoreApplication::translate("ScanHtmlReport", "Declared site"),
                       options.siteHost);
    }
    html.end();
    html.newline();

    const ReportWriter::Counts counts = ReportWriter::count(findings);
    if (options.policyName.isEmpty()) {
        noneLine(
            html,
            QCoreApplication::translate(
                "ScanHtmlReport",
                "No policy was given: what the site does was not compared with an inventory."));
    } else {
        html.start(QLatin1StringView("div"), {{Class, QStringLiteral("counts")}});
        html.element(
            QLatin1StringView("span"),
            QCoreApplication::translate("ScanHtmlReport", "%n error(s)", nullptr, counts.errors),
            {{Class, QStringLiteral("count error")}});
        html.element(QLatin1StringView("span"),
                     QCoreApplication::translate("ScanHtmlReport", "%n warning(s)", nullptr,
                                                 counts.warnings),
                     {{Class, QStringLiteral("count warning")}});
        html.element(
            QLatin1StringView("span"),
            QCoreApplication::translate("ScanHtmlReport", "%n note(s)", nullptr, counts.infos),
            {{Class, QStringLiteral("count info")}});
        html.end();
        html.newline();
    }

    for (const ScanReport &report : scan.phases) {
        const QString key = toString(report.phase);
        html.start(QLatin1StringView("section"), {{QLatin1StringView("id"), key}});
        html.element(QLatin1StringView("h2"), ScanReportWriter::phaseTitle(report.phase));
        html.newline();
        controlParagraph(html, report);
        screenshots(html, report, options.screenshotFiles);
        if (!options.policyName.isEmpty()) {
            html.element(QLatin1StringView("h3"),
                         QCoreApplication::translate("ScanHtmlReport", "Findings"));
            findingsTable(html, inPhase(findings, key), language);
        }
        cookiesTable(html, report);
        storageTable(html, report);
        hostList(html, report);
        if (!report.errors.isEmpty()) {
            html.element(QLatin1StringView("h3"),
                         QCoreApplication::translate("ScanHtmlReport", "Pages that failed (%1)")
                             .arg(report.errors.size()));
            html.start(QLatin1StringView("ul"));
            for (const UrlError &error : report.errors)
                html.element(QLatin1StringView("li"),
                             QString(error.url + QStringLiteral(": ") + error.message));
            html.end();
            html.newline();
        }
        html.end();
        html.newline();
    }

    const FindingList overall = inPhase(findings, QString());
    if (!overall.isEmpty()) {
        html.start(QLatin1StringView("section"),
                   {{QLatin1StringView("id"), QStringLiteral("all-phases")}});
        html.element(QLatin1StringView("h2"),
                     QCoreApplication::translate("ScanHtmlReport", "In no phase"));
        findingsTable(html, overall, language);
        html.end();
        html.newline();
    }
    html.start(QLatin1StringView("footer"));
    html.text(QCoreApplication::translate(
        "ScanHtmlReport",
        "Written by Charte. Cookie values are never recorded, only their length."));
    html.end();
    html.newline();
    return html.finishPage();
}
