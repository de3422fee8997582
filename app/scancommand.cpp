// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "clicommand.h"

#include "cli.h"
#include "clioutput.h"
#include "scan/browserscanner.h"
#include "scan/evidenceimporter.h"
#include "scan/scanhtmlreport.h"
#include "scan/scanreportfiles.h"
#include "scan/scanreportwriter.h"
#include "scan/scanrules.h"
#include "scan/sitescanner.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QTextStream>
#include <QTimer>
#include <QUrl>

// `charte scan URL …` scans a site in Chromium, before any choice and after each of the
// site's own consent controls (or, without a Chromium, with plain HTTP requests);
// `charte scan --evidence FILE` (and `charte import` of a HAR or Website Evidence
// Collector file) reads what a browser recorded. All print the same report, compared
// with the policy's inventory when one is given.
using namespace CliOutput;

namespace {

// What the report needs besides the scan, from the options.
struct ReportRequest
{
    QString policyPath;
    QString format;    // text, json or html
    QString siteHost;  // --site; empty: the policy's site URL
    QString outputDir; // empty: standard output
    QList<ConsentPhase> phasesAsked;
};

QString reportFileName(const QString &format)
{
    return QStringLiteral("scan-report.") +
           (format == QLatin1StringView("text") ? QStringLiteral("txt") : format);
}

// The report, against the policy when one is given, on standard output or as files in
// the output folder. Exit status: 1 when an error-level finding exists.
int printScanReport(const ConsentScan &scan, const ReportRequest &request)
{
    FindingList findings;
    ScanReportOptions options;
    options.policyName = request.policyPath;
    options.phasesAsked = request.phasesAsked;
    options.screenshotFiles = !request.outputDir.isEmpty();
    if (!request.policyPath.isEmpty()) {
        const Expected<Policy> policy = readPolicy(request.policyPath);
        if (!policy)
            return inputError(policy.error());
        const ScanRules::SiteHosts hosts(*policy, scan.startUrl(), request.siteHost);
        options.siteHost = hosts.declaredHost();
        findings = ScanRules::check(*policy, scan, hosts);
    }
    QByteArray bytes;
    if (request.format == QLatin1StringView("json"))
        bytes = ScanReportWriter::toJson(scan, findings, options);
    else if (request.format == QLatin1StringView("html"))
        bytes = ScanHtmlReport::toHtml(scan, findings, options, QDateTime::currentDateTimeUtc());
    else
        bytes = ScanReportWriter::toText(scan, findings, options).toUtf8();
    if (request.outputDir.isEmpty()) {
        const int status = writeOutput(QStringLiteral("-"), bytes);
        if (status != Cli::Success)
            return status;
    } else {
        QStringList written;
        const Status status = ScanReportFiles::write(
            request.outputDir, reportFileName(request.format), bytes, scan, &written);
        if (!status)
            return inputError(status.error);
        for (const QString &path : written)
            out() << QDir::toNativeSeparators(path) << '\n';
        out().flush();
    }
    return ReportWriter::count(findings).errors > 0 ? Cli::Findings : Cli::Success;
}

// An option that takes one of a few words, or a usage error naming them.
bool choiceOption(const QCommandLineParser &parser, const QString &name, const QStringList &choices,
                  int &status)
{
    const QString value = parser.value(name);
    if (choices.contains(value))
        return true;
    status = usageError(QCoreApplication::translate("Cli", "scan: unknown %1 \"%2\" (known: %3)")
                            .arg(name, value, choices.join(QStringLiteral(", "))));
    return false;
}

bool validFormat(const QCommandLineParser &parser, int &status)
{
    return choiceOption(parser, QStringLiteral("format"),
                        {QStringLiteral("text"), QStringLiteral("json"), QStringLiteral("html")},
                        status);
}

// A whole-number option of at least minimum, or a usage error.
bool intOption(const QCommandLineParser &parser, const QString &name, int minimum, int &value,
               int &status)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const int number = parser.value(name).toInt(&ok);
    if (!ok || number < minimum) {
        status = usageError(
            QCoreApplication::translate("Cli", "scan: --%1 expects a whole number of at least %2")
                .arg(name)
                .arg(minimum));
        return false;
    }
    value = number;
    return true;
}

int runEvidenceReport(const QString &path, const ReportRequest &request)
{
    const Expected<ScanReport> report = EvidenceImporter::readFile(path);
    if (!report)
        return inputError(report.error());
    return printScanReport(ConsentScan::single(*report), request);
}

QList<ConsentPhase> phasesFor(const QString &consent)
{
    if (consent == QLatin1StringView("none"))
        return {ConsentPhase::Before};
    if (consent == QLatin1StringView("reject"))
        return {ConsentPhase::Before, ConsentPhase::AfterReject};
    if (consent == QLatin1StringView("accept"))
        return {ConsentPhase::Before, ConsentPhase::AfterAccept};
    return {ConsentPhase::Before, ConsentPhase::AfterReject, ConsentPhase::AfterAccept};
}

void printLogLines(QObject *context, SiteScanner &scanner)
{
    QObject::connect(&scanner, &SiteScanner::logLine, context, [](const QString &line) {
        err() << line << '\n';
        err().flush();
    });
}

// The HTTP crawl: one phase, before any choice. Empty when the start page gave nothing
// (the exit status is then in status).
std::optional<ConsentScan> crawl(const QUrl &url, const ScanLimits &limits, bool verbose,
                                 int &status)
{
    SiteScanner scanner;
    scanner.setLimits(limits);
    QEventLoop loop;
    QObject::connect(&scanner, &SiteScanner::finished, &loop, &QEventLoop::quit);
    if (verbose)
        printLogLines(&loop, scanner);
    if (!scanner.start(url)) {
        status = usageError(
            QCoreApplication::translate("Cli", "scan: cannot scan \"%1\"").arg(url.toString()));
        return std::nullopt;
    }
    loop.exec();
    return ConsentScan::single(scanner.report());
}

// The Chromium scan of the phases asked for. Empty when it could not start.
std::optional<ConsentScan> browse(const QUrl &url, const BrowserScanOptions &options, bool verbose,
                                  int &status)
{
    BrowserScanner scanner;
    QEventLoop loop;
    QString lastLine;
    QObject::connect(&scanner, &BrowserScanner::finished, &loop, &QEventLoop::quit);
    QObject::connect(&scanner, &BrowserScanner::logLine, &loop,
                     [&lastLine, verbose](const QString &line) {
                         lastLine = line;
                         if (verbose) {
                             err() << line << '\n';
                             err().flush();
                         }
                     });
    if (verbose) {
        QObject::connect(&scanner, &BrowserScanner::phaseStarted, &loop, [](ConsentPhase phase) {
            err() << QCoreApplication::translate("Cli", "Phase: %1")
                         .arg(ScanReportWriter::phaseTitle(phase))
                  << '\n';
            err().flush();
        });
    }
    if (!scanner.start(url, options)) {
        status = inputError(QCoreApplication::translate("Cli", "scan: cannot scan \"%1\": %2")
                                .arg(url.toString(), lastLine.isEmpty()
                                                         ? QCoreApplication::translate(
                                                               "Cli", "the browser did not start")
                                                         : lastLine));
        return std::nullopt;
    }
    // The engine bounds every phase by the total time; this only guards against a
    // scanner that would never say it finished.
    QTimer guard;
    guard.setSingleShot(true);
    QObject::connect(&guard, &QTimer::timeout, &scanner, &BrowserScanner::cancel);
    guard.start(
        std::chrono::milliseconds(qint64(options.limits.totalTimeMs) * (options.phases.size() + 1) +
                                  options.startTimeoutMs * options.phases.size() + 60000));
    if (scanner.isRunning())
        loop.exec();
    return scanner.result();
}

} // namespace

int CliCommands::runScan(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("policy"),
                      QCoreApplication::translate("Cli", "Compare with the inventory of FILE."),
                      QStringLiteral("FILE")});
    parser.addOption(
        {QStringLiteral("evidence"),
         QCoreApplication::translate(
             "Cli", "Read a HAR file or Website Evidence Collector output instead of crawling."),
         QStringLiteral("FILE")});
    parser.addOption(
        {QStringLiteral("engine"),
         QCoreApplication::translate(
             "Cli",
             "chromium (a real browser, the default) or http (plain requests, no script runs)."),
         QStringLiteral("ENGINE"), QStringLiteral("chromium")});
    parser.addOption(
        {QStringLiteral("browser"),
         QCoreApplication::translate("Cli", "The Chromium to run (default: chromium on the PATH)."),
         QStringLiteral("PATH")});
    parser.addOption(
        {QStringLiteral("consent"),
         QCoreApplication::translate(
             "Cli",
             "Phases after the visit before any choice: none, reject, accept or all (default)."),
         QStringLiteral("PHASES"), QStringLiteral("all")});
    parser.addOption(
        {QStringLiteral("reject-selector"),
         QCoreApplication::translate("Cli", "CSS selector of the site's refusal control."),
         QStringLiteral("CSS")});
    parser.addOption(
        {QStringLiteral("accept-selector"),
         QCoreApplication::translate("Cli", "CSS selector of the site's acceptance control."),
         QStringLiteral("CSS")});
    parser.addOption(
        {QStringLiteral("site"),
         QCoreApplication::translate(
             "Cli", "The host the policy describes, when scanning another one such as a staging "
                    "copy (default: the policy's site URL)."),
         QStringLiteral("HOST")});
    parser.addOption(
        {QStringLiteral("output-dir"),
         QCoreApplication::translate("Cli", "Write the report and the screenshots (PNG) into DIR."),
         QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("max-pages"),
                      QCoreApplication::translate("Cli", "Pages to crawl at most."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("max-depth"),
                      QCoreApplication::translate("Cli", "Link hops from the start page at most."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("concurrency"),
                      QCoreApplication::translate("Cli", "Requests at the same time."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("timeout"),
                      QCoreApplication::translate("Cli", "Seconds allowed per request."),
                      QStringLiteral("SECONDS")});
    parser.addOption({QStringLiteral("total-time"),
                      QCoreApplication::translate("Cli", "Seconds allowed for the whole crawl."),
                      QStringLiteral("SECONDS")});
    parser.addOption({{QStringLiteral("f"), QStringLiteral("format")},
                      QCoreApplication::translate("Cli", "text, json or html."),
                      QStringLiteral("FORMAT"),
                      QStringLiteral("text")});
    parser.addOption(
        {QStringLiteral("verbose"),
         QCoreApplication::translate("Cli", "Print the crawl log on standard error.")});
    int status = Cli::Success;
    if (!parse(parser, arguments, status) || !validFormat(parser, status) ||
        !choiceOption(parser, QStringLiteral("engine"),
                      {QStringLiteral("chromium"), QStringLiteral("http")}, status) ||
        !choiceOption(parser, QStringLiteral("consent"),
                      {QStringLiteral("none"), QStringLiteral("reject"), QStringLiteral("accept"),
                       QStringLiteral("all")},
                      status))
        return status;
    ReportRequest request;
    request.format = parser.value(QStringLiteral("format"));
    request.policyPath = parser.value(QStringLiteral("policy"));
    request.siteHost = parser.value(QStringLiteral("site"));
    request.outputDir = parser.value(QStringLiteral("output-dir"));
    if (parser.isSet(QStringLiteral("site")) &&
        ScanRules::SiteHosts::hostOf(request.siteHost).isEmpty())
        return usageError(QCoreApplication::translate("Cli", "scan: --site \"%1\" is not a host")
                              .arg(request.siteHost));
    const QStringList positional = parser.positionalArguments();

    if (parser.isSet(QStringLiteral("evidence"))) {
        if (!positional.isEmpty())
            return usageError(QCoreApplication::translate(
                "Cli", "scan: give either a URL or --evidence FILE, not both"));
        return runEvidenceReport(parser.value(QStringLiteral("evidence")), request);
    }
    if (positional.size() != 1)
        return usageError(QCoreApplication::translate("Cli", "scan: expected one URL"));
    const QUrl url = QUrl::fromUserInput(positional.first());
    if (!url.isValid() ||
        (url.scheme() != QLatin1StringView("http") && url.scheme() != QLatin1StringView("https")))
        return usageError(
            QCoreApplication::translate("Cli", "scan: \"%1\" is not an http or https URL")
                .arg(positional.first()));

    ScanLimits limits;
    int timeoutSeconds = limits.requestTimeoutMs / 1000;
    int totalSeconds = limits.totalTimeMs / 1000;
    if (!intOption(parser, QStringLiteral("max-pages"), 1, limits.maxPages, status) ||
        !intOption(parser, QStringLiteral("max-depth"), 0, limits.maxDepth, status) ||
        !intOption(parser, QStringLiteral("concurrency"), 1, limits.concurrency, status) ||
        !intOption(parser, QStringLiteral("timeout"), 1, timeoutSeconds, status) ||
        !intOption(parser, QStringLiteral("total-time"), 1, totalSeconds, status))
        return status;
    limits.requestTimeoutMs = timeoutSeconds * 1000;
    limits.totalTimeMs = totalSeconds * 1000;
    // Read the policy first: a bad file should not cost a whole crawl.
    if (!request.policyPath.isEmpty()) {
        const Expected<Policy> policy = readPolicy(request.policyPath);
        if (!policy)
            return inputError(policy.error());
    }

    const bool verbose = parser.isSet(QStringLiteral("verbose"));
    const bool httpAsked = parser.value(QStringLiteral("engine")) == QLatin1StringView("http");
    if (httpAsked && parser.isSet(QStringLiteral("consent")) &&
        parser.value(QStringLiteral("consent")) != QLatin1StringView("none"))
        return usageError(
            QCoreApplication::translate("Cli", "scan: --consent %1 needs --engine chromium: plain "
                                               "HTTP requests cannot click a banner")
                .arg(parser.value(QStringLiteral("consent"))));
    request.phasesAsked = httpAsked ? QList<ConsentPhase>{ConsentPhase::Before}
                                    : phasesFor(parser.value(QStringLiteral("consent")));
    QString browser;
    if (!httpAsked) {
        QString why;
        browser = BrowserScanner::findBrowser(parser.value(QStringLiteral("browser")), &why);
        if (browser.isEmpty()) {
            err() << "charte: "
                  << QCoreApplication::translate(
                         "Cli",
                         "scan: %1; scanning with plain HTTP requests instead (no script runs, "
                         "no consent phase)")
                         .arg(why)
                  << '\n';
            err().flush();
        }
    }
    std::optional<ConsentScan> scan;
    if (browser.isEmpty()) {
        scan = crawl(url, limits, verbose, status);
    } else {
        BrowserScanOptions options;
        options.browserPath = browser;
        options.phases = request.phasesAsked;
        options.rejectSelector = parser.value(QStringLiteral("reject-selector"));
        options.acceptSelector = parser.value(QStringLiteral("accept-selector"));
        options.limits = limits;
        scan = browse(url, options, verbose, status);
    }
    if (!scan)
        return status;

    const ScanReport *before = scan->phase(ConsentPhase::Before);
    const ScanReport &first = before ? *before : scan->phases.first();
    if (scan->phases.isEmpty() || !first.startFetched) {
        const QString reason = scan->phases.isEmpty() || first.errors.isEmpty()
                                   ? QCoreApplication::translate("Cli", "no answer")
                                   : first.errors.first().message;
        return inputError(QCoreApplication::translate("Cli", "%1: cannot be fetched: %2")
                              .arg(url.toString(), reason));
    }
    return printScanReport(*scan, request);
}

int CliCommands::runEvidenceImport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("policy"),
                      QCoreApplication::translate("Cli", "Compare with the inventory of FILE."),
                      QStringLiteral("FILE")});
    parser.addOption({{QStringLiteral("f"), QStringLiteral("format")},
                      QCoreApplication::translate("Cli", "text, json or html."),
                      QStringLiteral("FORMAT"),
                      QStringLiteral("text")});
    int status = Cli::Success;
    if (!parse(parser, arguments, status) || !validFormat(parser, status))
        return status;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return usageError(QCoreApplication::translate("Cli", "import: expected one FILE"));
    ReportRequest request;
    request.policyPath = parser.value(QStringLiteral("policy"));
    request.format = parser.value(QStringLiteral("format"));
    return runEvidenceReport(files.first(), request);
}
