#include "clicommand.h"

#include "cli.h"
#include "clioutput.h"
#include "scan/evidenceimporter.h"
#include "scan/scanreportwriter.h"
#include "scan/scanrules.h"
#include "scan/sitescanner.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QTextStream>
#include <QUrl>

// `charte scan URL …` crawls a site; `charte scan --evidence FILE` (and `charte import`
// of a HAR or Website Evidence Collector file) reads what a browser recorded. Both
// print the same report, compared with the policy's inventory when one is given.
using namespace CliOutput;

namespace {

// The report, against the policy when one is given. Exit status: 1 when an
// error-level finding exists.
int printScanReport(const ScanReport &report, const QString &policyPath, const QString &format)
{
    FindingList findings;
    if (!policyPath.isEmpty()) {
        const Expected<Policy> policy = readPolicy(policyPath);
        if (!policy)
            return inputError(policy.error());
        findings = ScanRules::check(*policy, report);
    }
    if (format == QLatin1StringView("json")) {
        const int status = writeOutput(QStringLiteral("-"),
                                       ScanReportWriter::toJson(report, findings, policyPath));
        if (status != Cli::Success)
            return status;
    } else {
        out() << ScanReportWriter::toText(report, findings, policyPath);
        out().flush();
    }
    return ReportWriter::count(findings).errors > 0 ? Cli::Findings : Cli::Success;
}

bool validFormat(const QCommandLineParser &parser, int &status)
{
    const QString format = parser.value(QStringLiteral("format"));
    if (format == QLatin1StringView("text") || format == QLatin1StringView("json"))
        return true;
    status = usageError(
        QCoreApplication::translate("Cli", "scan: unknown format \"%1\" (known: text, json)")
            .arg(format));
    return false;
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

int runEvidenceReport(const QString &path, const QString &policyPath, const QString &format)
{
    const Expected<ScanReport> report = EvidenceImporter::readFile(path);
    if (!report)
        return inputError(report.error());
    return printScanReport(*report, policyPath, format);
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
                      QCoreApplication::translate("Cli", "text or json."),
                      QStringLiteral("FORMAT"),
                      QStringLiteral("text")});
    parser.addOption(
        {QStringLiteral("verbose"),
         QCoreApplication::translate("Cli", "Print the crawl log on standard error.")});
    int status = Cli::Success;
    if (!parse(parser, arguments, status) || !validFormat(parser, status))
        return status;
    const QString format = parser.value(QStringLiteral("format"));
    const QString policyPath = parser.value(QStringLiteral("policy"));
    const QStringList positional = parser.positionalArguments();

    if (parser.isSet(QStringLiteral("evidence"))) {
        if (!positional.isEmpty())
            return usageError(QCoreApplication::translate(
                "Cli", "scan: give either a URL or --evidence FILE, not both"));
        return runEvidenceReport(parser.value(QStringLiteral("evidence")), policyPath, format);
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
    if (!policyPath.isEmpty()) {
        const Expected<Policy> policy = readPolicy(policyPath);
        if (!policy)
            return inputError(policy.error());
    }

    SiteScanner scanner;
    scanner.setLimits(limits);
    QEventLoop loop;
    QObject::connect(&scanner, &SiteScanner::finished, &loop, &QEventLoop::quit);
    if (parser.isSet(QStringLiteral("verbose"))) {
        QObject::connect(&scanner, &SiteScanner::logLine, &loop, [](const QString &line) {
            err() << line << '\n';
            err().flush();
        });
    }
    if (!scanner.start(url))
        return usageError(
            QCoreApplication::translate("Cli", "scan: cannot scan \"%1\"").arg(url.toString()));
    loop.exec();

    const ScanReport &report = scanner.report();
    if (!report.startFetched) {
        const QString reason = report.errors.isEmpty()
                                   ? QCoreApplication::translate("Cli", "no answer")
                                   : report.errors.first().message;
        return inputError(QCoreApplication::translate("Cli", "%1: cannot be fetched: %2")
                              .arg(url.toString(), reason));
    }
    return printScanReport(report, policyPath, format);
}

int CliCommands::runEvidenceImport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("policy"),
                      QCoreApplication::translate("Cli", "Compare with the inventory of FILE."),
                      QStringLiteral("FILE")});
    parser.addOption({{QStringLiteral("f"), QStringLiteral("format")},
                      QCoreApplication::translate("Cli", "text or json."),
                      QStringLiteral("FORMAT"),
                      QStringLiteral("text")});
    int status = Cli::Success;
    if (!parse(parser, arguments, status) || !validFormat(parser, status))
        return status;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return usageError(QCoreApplication::translate("Cli", "import: expected one FILE"));
    return runEvidenceReport(files.first(), parser.value(QStringLiteral("policy")),
                             parser.value(QStringLiteral("format")));
}
