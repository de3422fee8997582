#include "cli.h"

#include "compliance/compliancechecker.h"
#include "compliance/compliancereportwriter.h"
#include "compliance/knowncookies.h"
#include "export/exportformats.h"
#include "format/policyreader.h"
#include "format/policywriter.h"
#include "format/templates.h"
#include "import/importformats.h"
#include "scan/evidenceimporter.h"
#include "scan/pagefetcher.h"
#include "scan/scanreportformat.h"
#include "scan/scanrules.h"
#include "scan/sitescanner.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTextStream>
#include <QUrl>

#include <functional>

namespace {

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

int usageError(const QString &message)
{
    err() << "charte: " << message << '\n' << QCoreApplication::translate("Cli", "Try 'charte --help'.") << '\n';
    err().flush();
    return Cli::UsageOrInput;
}

int inputError(const QString &message)
{
    err() << "charte: " << message << '\n';
    err().flush();
    return Cli::UsageOrInput;
}

QString overview()
{
    return QCoreApplication::translate("Cli", "Usage: charte [FILE]                   open the editor (the default charter if no FILE)\n"
              "       charte new [--template NAME] -o FILE\n"
              "       charte export FILE --format FORMAT [--lang L] -o OUT   (OUT '-' = standard output)\n"
              "       charte check FILE [--profile fr|eu] [--format text|json|sarif] [--lang en|fr]\n"
              "                         [--known-cookies OCD.csv]\n"
              "       charte scan URL [--policy FILE] [--max-pages N] [--max-depth N] [--concurrency N]\n"
              "                   [--timeout SECONDS] [--format text|json] [--verbose]\n"
              "       charte scan --evidence FILE.har|inspection.json [--policy FILE] [--format text|json]\n"
              "       charte import INPUT [--lang L] [--fill-from-db [--known-cookies OCD.csv]] -o FILE\n"
              "                         (INPUT: CSV inventory, charter page or URL,\n"
              "                         Klaro or vanilla-cookieconsent configuration)\n"
              "       charte --version | --help\n"
              "\n"
              "Export formats: %1.\n"
              "Exit status: 0 success, 1 the check or scan found errors, 2 bad usage, unreadable input\n"
              "or a start URL that could not be fetched at all.\n")
        .arg(ExportFormats::ids().join(QStringLiteral(", ")));
}

// Writes bytes to path atomically, or to standard output for "-".
int writeOutput(const QString &path, const QByteArray &bytes)
{
    if (path == QLatin1StringView("-")) {
        QFile stdoutFile;
        if (!stdoutFile.open(stdout, QIODevice::WriteOnly) || stdoutFile.write(bytes) != bytes.size())
            return inputError(QCoreApplication::translate("Cli", "cannot write to standard output"));
        return Cli::Success;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return inputError(path + QStringLiteral(": ") + file.errorString());
    return Cli::Success;
}

// Parses a sub-command's options; returns false (and the exit status) on bad usage.
bool parse(QCommandLineParser &parser, const QStringList &arguments, int &status)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(arguments)) {
        status = usageError(parser.errorText());
        return false;
    }
    return true;
}

int runNew(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")}, QCoreApplication::translate("Cli", "Write to FILE."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("template"), QCoreApplication::translate("Cli", "Template: %1.").arg(Templates::names().join(QStringLiteral(", "))),
                      QStringLiteral("NAME"), QStringLiteral("default")});
    int status = Cli::Success;
    if (!parse(parser, arguments, status))
        return status;
    if (!parser.isSet(QStringLiteral("o")))
        return usageError(QCoreApplication::translate("Cli", "new: missing -o FILE"));
    if (!parser.positionalArguments().isEmpty())
        return usageError(QCoreApplication::translate("Cli", "new: unexpected argument \"%1\"").arg(parser.positionalArguments().first()));
    const QString name = parser.value(QStringLiteral("template"));
    const std::optional<Policy> policy = Templates::load(name);
    if (!policy)
        return usageError(QCoreApplication::translate("Cli", "new: unknown template \"%1\" (known: %2)")
                              .arg(name, Templates::names().join(QStringLiteral(", "))));
    return writeOutput(parser.value(QStringLiteral("o")), PolicyWriter::toJson(*policy));
}

Expected<Policy> loadPolicy(const QString &path)
{
    if (path == QLatin1StringView("-")) {
        QFile input;
        if (!input.open(stdin, QIODevice::ReadOnly))
            return Expected<Policy>::failure(QCoreApplication::translate("Cli", "cannot read standard input"));
        return PolicyReader::read(input.readAll(), QStringLiteral("<stdin>"));
    }
    return PolicyReader::readFile(path);
}

int runExport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      QCoreApplication::translate("Cli", "Write to OUT ('-' for standard output)."), QStringLiteral("OUT")});
    parser.addOption({{QStringLiteral("f"), QStringLiteral("format")},
                      QCoreApplication::translate("Cli", "One of: %1.").arg(ExportFormats::ids().join(QStringLiteral(", "))),
                      QStringLiteral("FORMAT")});
    parser.addOption({{QStringLiteral("l"), QStringLiteral("lang")}, QCoreApplication::translate("Cli", "Language of the export."),
                      QStringLiteral("L")});
    int status = Cli::Success;
    if (!parse(parser, arguments, status))
        return status;
    const QString known = ExportFormats::ids().join(QStringLiteral(", "));
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return usageError(QCoreApplication::translate("Cli", "export: expected one FILE"));
    if (!parser.isSet(QStringLiteral("format")))
        return usageError(QCoreApplication::translate("Cli", "export: missing --format (%1)").arg(known));
    if (!parser.isSet(QStringLiteral("o")))
        return usageError(QCoreApplication::translate("Cli", "export: missing -o OUT"));
    const ExportFormat *format = ExportFormats::find(parser.value(QStringLiteral("format")));
    if (!format)
        return usageError(QCoreApplication::translate("Cli", "export: unknown format \"%1\" (known: %2)")
                              .arg(parser.value(QStringLiteral("format")), known));
    const QString output = parser.value(QStringLiteral("o"));
    if (output == QLatin1StringView("-") && format->output == ExportFormat::Output::Folder)
        return usageError(QCoreApplication::translate("Cli", "export: the %1 format writes a folder; give -o DIR").arg(format->id));

    const Expected<Policy> policy = loadPolicy(files.first());
    if (!policy)
        return inputError(policy.error());
    ExportOptions options;
    options.language = parser.value(QStringLiteral("lang"));
    options.outputName = output;
    if (!options.language.isEmpty() && !policy->meta.languages.contains(options.language))
        return usageError(QCoreApplication::translate("Cli", "export: the document has no language \"%1\" (it has: %2)")
                              .arg(options.language, policy->meta.languages.join(QStringLiteral(", "))));

    const Expected<ExportResult> result = format->run(*policy, options);
    if (!result)
        return inputError(result.error());
    for (const QString &warning : result->warnings)
        err() << "charte: " << QCoreApplication::translate("Cli", "warning: ") << warning << '\n';
    err().flush();
    if (output == QLatin1StringView("-"))
        return writeOutput(output, result->files.value(QString()));
    const Status written = ExportFormats::write(*format, *result, output);
    return written ? Cli::Success : inputError(written.error);
}

// Reads the file to check; the raw bytes are kept for SARIF line numbers.
Expected<Policy> loadPolicyBytes(const QString &path, QByteArray &bytes)
{
    if (path == QLatin1StringView("-")) {
        QFile input;
        if (!input.open(stdin, QIODevice::ReadOnly))
            return Expected<Policy>::failure(QCoreApplication::translate("Cli", "cannot read standard input"));
        bytes = input.readAll();
        return PolicyReader::read(bytes, QStringLiteral("<stdin>"));
    }
    QFile file(path);
    if (file.open(QIODevice::ReadOnly))
        bytes = file.readAll();
    return PolicyReader::readFile(path);
}

int runCheck(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("profile"),
                      QCoreApplication::translate("Cli", "Rules profile: %1 (default: the document's, else fr).")
                          .arg(ComplianceProfile::ids().join(QStringLiteral(", "))),
                      QStringLiteral("PROFILE")});
    parser.addOption({{QStringLiteral("f"), QStringLiteral("format")}, QCoreApplication::translate("Cli", "Output: text, json or sarif."),
                      QStringLiteral("FORMAT"), QStringLiteral("text")});
    parser.addOption({{QStringLiteral("l"), QStringLiteral("lang")}, QCoreApplication::translate("Cli", "Language of the messages: en or fr."),
                      QStringLiteral("L"), QStringLiteral("en")});
    parser.addOption({QStringLiteral("known-cookies"),
                      QCoreApplication::translate("Cli", "An Open Cookie Database CSV file used with the built-in list."),
                      QStringLiteral("CSV")});
    int status = Cli::Success;
    if (!parse(parser, arguments, status))
        return status;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return usageError(QCoreApplication::translate("Cli", "check: expected one FILE"));
    const QString profile = parser.value(QStringLiteral("profile"));
    if (!profile.isEmpty() && !ComplianceProfile::find(profile))
        return usageError(QCoreApplication::translate("Cli", "check: unknown profile \"%1\" (known: %2)")
                              .arg(profile, ComplianceProfile::ids().join(QStringLiteral(", "))));
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1StringView("text") && format != QLatin1StringView("json") && format != QLatin1StringView("sarif"))
        return usageError(QCoreApplication::translate("Cli", "check: unknown format \"%1\" (known: text, json, sarif)").arg(format));
    const QString language = parser.value(QStringLiteral("lang"));
    if (language != QLatin1StringView("en") && language != QLatin1StringView("fr"))
        return usageError(QCoreApplication::translate("Cli", "check: unknown language \"%1\" (known: en, fr)").arg(language));

    QByteArray bytes;
    const Expected<Policy> policy = loadPolicyBytes(files.first(), bytes);
    if (!policy)
        return inputError(policy.error());
    const Expected<KnownCookies> database =
        KnownCookies::withFile(parser.value(QStringLiteral("known-cookies")));
    if (!database)
        return inputError(database.error());

    CheckOptions options;
    options.profile = profile;
    options.knownCookies = &*database;
    const ComplianceReport report = ComplianceChecker::check(*policy, options);
    QByteArray output;
    if (format == QLatin1StringView("json"))
        output = ComplianceReportWriter::json(report, files.first(), language);
    else if (format == QLatin1StringView("sarif"))
        output = ComplianceReportWriter::sarif(report, files.first(), bytes, language);
    else
        output = ComplianceReportWriter::text(report, files.first(), language).toUtf8();
    const int written = writeOutput(QStringLiteral("-"), output);
    if (written != Cli::Success)
        return written;
    return report.hasErrors() ? Cli::Findings : Cli::Success;
}

// The report of a crawl or an evidence file, against the policy when one is given.
// Exit status: 1 when an error-level finding exists.
int printScanReport(const ScanReport &report, const QString &policyPath, const QString &format)
{
    QList<ScanFinding> findings;
    if (!policyPath.isEmpty()) {
        const Expected<Policy> policy = loadPolicy(policyPath);
        if (!policy)
            return inputError(policy.error());
        findings = ScanRules::check(*policy, report);
    }
    if (format == QLatin1StringView("json")) {
        const int status = writeOutput(QStringLiteral("-"), ScanReportFormat::toJson(report, findings, policyPath));
        if (status != Cli::Success)
            return status;
    } else {
        out() << ScanReportFormat::toText(report, findings, policyPath);
        out().flush();
    }
    return ScanReportFormat::count(findings).errors > 0 ? Cli::Findings : Cli::Success;
}

bool validFormat(const QCommandLineParser &parser, int &status)
{
    const QString format = parser.value(QStringLiteral("format"));
    if (format == QLatin1StringView("text") || format == QLatin1StringView("json"))
        return true;
    status = usageError(QCoreApplication::translate("Cli", "scan: unknown format \"%1\" (known: text, json)").arg(format));
    return false;
}

// A positive integer option, or a usage error.
bool intOption(const QCommandLineParser &parser, const QString &name, int minimum, int &value, int &status)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const int number = parser.value(name).toInt(&ok);
    if (!ok || number < minimum) {
        status = usageError(QCoreApplication::translate("Cli", "scan: --%1 expects a whole number of at least %2").arg(name).arg(minimum));
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

int runScan(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("policy"), QCoreApplication::translate("Cli", "Compare with the inventory of FILE."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("evidence"), QCoreApplication::translate("Cli", "Read a HAR file or Website Evidence Collector output instead of crawling."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("max-pages"), QCoreApplication::translate("Cli", "Pages to crawl at most."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("max-depth"), QCoreApplication::translate("Cli", "Link hops from the start page at most."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("concurrency"), QCoreApplication::translate("Cli", "Requests at the same time."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("timeout"), QCoreApplication::translate("Cli", "Seconds allowed per request."), QStringLiteral("SECONDS")});
    parser.addOption({QStringLiteral("total-time"), QCoreApplication::translate("Cli", "Seconds allowed for the whole crawl."), QStringLiteral("SECONDS")});
    parser.addOption({{QStringLiteral("f"), QStringLiteral("format")}, QCoreApplication::translate("Cli", "text or json."), QStringLiteral("FORMAT"),
                      QStringLiteral("text")});
    parser.addOption({QStringLiteral("verbose"), QCoreApplication::translate("Cli", "Print the crawl log on standard error.")});
    int status = Cli::Success;
    if (!parse(parser, arguments, status) || !validFormat(parser, status))
        return status;
    const QString format = parser.value(QStringLiteral("format"));
    const QString policyPath = parser.value(QStringLiteral("policy"));
    const QStringList positional = parser.positionalArguments();

    if (parser.isSet(QStringLiteral("evidence"))) {
        if (!positional.isEmpty())
            return usageError(QCoreApplication::translate("Cli", "scan: give either a URL or --evidence FILE, not both"));
        return runEvidenceReport(parser.value(QStringLiteral("evidence")), policyPath, format);
    }
    if (positional.size() != 1)
        return usageError(QCoreApplication::translate("Cli", "scan: expected one URL"));
    const QUrl url = QUrl::fromUserInput(positional.first());
    if (!url.isValid() || (url.scheme() != QLatin1StringView("http") && url.scheme() != QLatin1StringView("https")))
        return usageError(QCoreApplication::translate("Cli", "scan: \"%1\" is not an http or https URL").arg(positional.first()));

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
        const Expected<Policy> policy = loadPolicy(policyPath);
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
        return usageError(QCoreApplication::translate("Cli", "scan: cannot scan \"%1\"").arg(url.toString()));
    loop.exec();

    const ScanReport &report = scanner.report();
    if (!report.startFetched) {
        const QString reason = report.errors.isEmpty() ? QCoreApplication::translate("Cli", "no answer") : report.errors.first().message;
        return inputError(QCoreApplication::translate("Cli", "%1: cannot be fetched: %2").arg(url.toString(), reason));
    }
    return printScanReport(report, policyPath, format);
}

Expected<ImportSource> readImportSource(const QString &input)
{
    ImportSource source;
    source.name = input;
    static const QRegularExpression scheme(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*://"));
    if (scheme.match(input).hasMatch()) {
        // The fetcher refuses anything but http and https, and bounds the transfer.
        const Expected<PageFetcher::Page> page = PageFetcher::fetchAndWait(QUrl(input));
        if (!page)
            return Expected<ImportSource>::failure(page.error());
        source.data = page->body;
        source.contentType = page->contentType;
        source.url = page->url;
        return source;
    }
    QFile file(input);
    const bool opened = input == QLatin1StringView("-") ? file.open(stdin, QIODevice::ReadOnly)
                                                    : file.open(QIODevice::ReadOnly);
    if (input == QLatin1StringView("-"))
        source.name = QStringLiteral("<stdin>");
    if (!opened)
        return Expected<ImportSource>::failure(input + QStringLiteral(": ") + file.errorString());
    constexpr qint64 maximumSize = qint64(256) << 20;
    if (file.size() > maximumSize)
        return Expected<ImportSource>::failure(input + QStringLiteral(": ") +
                                               QCoreApplication::translate("Cli", "the file is larger than %1 MiB").arg(maximumSize >> 20));
    source.data = file.readAll();
    return source;
}

// `charte import --fill-from-db`: what the database knows goes into fields the
// input left empty, never over what the input says; the count goes to stderr.
void fillFromDatabase(Policy &policy, const KnownCookies &database)
{
    int fields = 0;
    int cookies = 0;
    for (Cookie &cookie : policy.cookies) {
        const qsizetype filled = database.fillEmptyFields(cookie, policy).size();
        fields += int(filled);
        cookies += filled > 0 ? 1 : 0;
    }
    err() << "charte: "
          << QCoreApplication::translate("Cli", "filled %1 empty field(s) of %2 cookie(s) from the known-cookie database")
                 .arg(fields)
                 .arg(cookies)
          << '\n';
    err().flush();
}

int runImport(const QStringList &arguments)
{
    // Evidence (a HAR file, the Website Evidence Collector's output) is not a new
    // document but a report of what a site set, printed as `charte scan --evidence`
    // prints it, with that command's options (--policy, --format).
    for (const QString &argument : arguments.mid(1)) {
        if (!argument.startsWith(u'-') && EvidenceImporter::looksLikeEvidence(argument))
            return Cli::runEvidenceImport(arguments);
    }
    QCommandLineParser parser;
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      QCoreApplication::translate("Cli", "Write the imported document to FILE ('-' for standard output); an "
                         "existing FILE is replaced, only once the import has succeeded."),
                      QStringLiteral("FILE")});
    parser.addOption({{QStringLiteral("l"), QStringLiteral("lang")},
                      QCoreApplication::translate("Cli", "Language of the imported texts (detected when not given)."),
                      QStringLiteral("L")});
    parser.addOption({QStringLiteral("fill-from-db"),
                      QCoreApplication::translate("Cli", "Fill the empty fields of imported cookies from the known-cookie "
                         "database (the built-in list, plus --known-cookies).")});
    parser.addOption({QStringLiteral("known-cookies"),
                      QCoreApplication::translate("Cli", "An Open Cookie Database CSV file to use with --fill-from-db."),
                      QStringLiteral("OCD.csv")});
    int status = Cli::Success;
    if (!parse(parser, arguments, status))
        return status;
    if (parser.isSet(QStringLiteral("known-cookies")) && !parser.isSet(QStringLiteral("fill-from-db")))
        return usageError(QCoreApplication::translate("Cli", "import: --known-cookies is used with --fill-from-db"));
    const QStringList inputs = parser.positionalArguments();
    if (inputs.size() != 1)
        return usageError(QCoreApplication::translate("Cli", "import: expected one INPUT (a CSV inventory, a charter page or a URL)"));
    if (!parser.isSet(QStringLiteral("o")))
        return usageError(QCoreApplication::translate("Cli", "import: missing -o FILE"));

    Expected<ImportSource> source = readImportSource(inputs.first());
    if (!source)
        return inputError(source.error());
    source->language = parser.value(QStringLiteral("lang"));
    Expected<Policy> policy = ImportFormats::import(*source);
    if (!policy)
        return inputError(policy.error());
    if (parser.isSet(QStringLiteral("fill-from-db"))) {
        const Expected<KnownCookies> database =
            KnownCookies::withFile(parser.value(QStringLiteral("known-cookies")));
        if (!database)
            return inputError(database.error());
        fillFromDatabase(*policy, *database);
    }
    return writeOutput(parser.value(QStringLiteral("o")), PolicyWriter::toJson(*policy));
}

using Command = std::function<int(const QStringList &)>;

const QList<std::pair<QString, Command>> &commands()
{
    static const QList<std::pair<QString, Command>> table = {
        {QStringLiteral("new"), runNew},
        {QStringLiteral("export"), runExport},
        {QStringLiteral("check"), runCheck},
        {QStringLiteral("scan"), runScan},
        {QStringLiteral("import"), runImport},
    };
    return table;
}

} // namespace

bool Cli::wantsCommandLine(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return false;
    const QString first = arguments.at(1);
    if (first == QLatin1StringView("--version") || first == QLatin1StringView("-v") ||
        first == QLatin1StringView("--help") || first == QLatin1StringView("-h"))
        return true;
    // "--anything" other than the GUI's own option is a command-line mistake, said
    // without opening a window. (Qt's options use a single dash: -platform, -style.)
    if (first.startsWith(QLatin1StringView("--")) && first != QLatin1StringView("--quit-after-startup"))
        return true;
    for (const auto &[name, command] : commands()) {
        if (first == name)
            return true;
    }
    return false;
}

bool Cli::needsGuiApplication(const QStringList &arguments)
{
    if (arguments.value(1) != QLatin1StringView("export"))
        return false;
    for (qsizetype i = 2; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1StringView("--format=pdf") || argument == QLatin1StringView("-format=pdf") ||
            argument == QLatin1StringView("-f=pdf"))
            return true;
        if ((argument == QLatin1StringView("--format") || argument == QLatin1StringView("-format") ||
             argument == QLatin1StringView("-f")) &&
            arguments.value(i + 1) == QLatin1StringView("pdf"))
            return true;
    }
    return false;
}

int Cli::run(const QStringList &arguments)
{
    const QString first = arguments.value(1);
    if (first == QLatin1StringView("--version") || first == QLatin1StringView("-v")) {
        out() << "charte " << QCoreApplication::applicationVersion() << '\n';
        out().flush();
        return Success;
    }
    if (first == QLatin1StringView("--help") || first == QLatin1StringView("-h")) {
        out() << overview();
        out().flush();
        return Success;
    }
    for (const auto &[name, command] : commands()) {
        if (first == name) {
            // QCommandLineParser expects the program name first.
            QStringList rest = arguments.mid(2);
            rest.prepend(QStringLiteral("charte ") + name);
            return command(rest);
        }
    }
    return usageError(QCoreApplication::translate("Cli", "unknown command or option \"%1\"").arg(first));
}

int Cli::runEvidenceImport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("policy"), QCoreApplication::translate("Cli", "Compare with the inventory of FILE."), QStringLiteral("FILE")});
    parser.addOption({{QStringLiteral("f"), QStringLiteral("format")}, QCoreApplication::translate("Cli", "text or json."), QStringLiteral("FORMAT"),
                      QStringLiteral("text")});
    int status = Success;
    if (!parse(parser, arguments, status) || !validFormat(parser, status))
        return status;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return usageError(QCoreApplication::translate("Cli", "import: expected one FILE"));
    return runEvidenceReport(files.first(), parser.value(QStringLiteral("policy")), parser.value(QStringLiteral("format")));
}
