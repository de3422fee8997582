#include "cli.h"

#include "charterimporter.h"
#include "cookievalidation.h"
#include "csvinventory.h"
#include "exportformats.h"
#include "importeddocument.h"
#include "pagefetcher.h"
#include "policyreader.h"
#include "policywriter.h"
#include "templates.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTextStream>
#include <QUrl>

#include <functional>

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Cli", text, disambiguation, n);
}

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
    err() << "charte: " << message << '\n' << tr("Try 'charte --help'.") << '\n';
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
    return tr("Usage: charte [FILE]                   open the editor (the default charter if no FILE)\n"
              "       charte new [--template NAME] -o FILE\n"
              "       charte export FILE --format FORMAT [--lang L] -o OUT   (OUT '-' = standard output)\n"
              "       charte check FILE\n"
              "       charte import INPUT [--lang L] -o FILE   (INPUT: CSV inventory, charter page or URL)\n"
              "       charte --version | --help\n"
              "\n"
              "Exit status: 0 success, 1 the check found errors, 2 bad usage or unreadable input.\n");
}

// Writes bytes to path atomically, or to standard output for "-".
int writeOutput(const QString &path, const QByteArray &bytes)
{
    if (path == QLatin1String("-")) {
        QFile stdoutFile;
        if (!stdoutFile.open(stdout, QIODevice::WriteOnly) || stdoutFile.write(bytes) != bytes.size())
            return inputError(tr("cannot write to standard output"));
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
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")}, tr("Write to FILE."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("template"), tr("Template: %1.").arg(Templates::names().join(QStringLiteral(", "))),
                      QStringLiteral("NAME"), QStringLiteral("default")});
    int status = Cli::Success;
    if (!parse(parser, arguments, status))
        return status;
    if (!parser.isSet(QStringLiteral("o")))
        return usageError(tr("new: missing -o FILE"));
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("new: unexpected argument \"%1\"").arg(parser.positionalArguments().first()));
    const QString name = parser.value(QStringLiteral("template"));
    const std::optional<Policy> policy = Templates::load(name);
    if (!policy)
        return usageError(tr("new: unknown template \"%1\" (known: %2)")
                              .arg(name, Templates::names().join(QStringLiteral(", "))));
    return writeOutput(parser.value(QStringLiteral("o")), PolicyWriter::toJson(*policy));
}

Expected<Policy> loadPolicy(const QString &path)
{
    if (path == QLatin1String("-")) {
        QFile input;
        if (!input.open(stdin, QIODevice::ReadOnly))
            return Expected<Policy>::failure(tr("cannot read standard input"));
        return PolicyReader::read(input.readAll(), QStringLiteral("<stdin>"));
    }
    return PolicyReader::readFile(path);
}

int runExport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      tr("Write to OUT ('-' for standard output)."), QStringLiteral("OUT")});
    parser.addOption({{QStringLiteral("f"), QStringLiteral("format")},
                      tr("One of: %1.").arg(ExportFormats::ids().join(QStringLiteral(", "))),
                      QStringLiteral("FORMAT")});
    parser.addOption({{QStringLiteral("l"), QStringLiteral("lang")}, tr("Language of the export."),
                      QStringLiteral("L")});
    int status = Cli::Success;
    if (!parse(parser, arguments, status))
        return status;
    const QString known = ExportFormats::ids().join(QStringLiteral(", "));
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return usageError(tr("export: expected one FILE"));
    if (!parser.isSet(QStringLiteral("format")))
        return usageError(tr("export: missing --format (%1)").arg(known));
    if (!parser.isSet(QStringLiteral("o")))
        return usageError(tr("export: missing -o OUT"));
    const ExportFormat *format = ExportFormats::find(parser.value(QStringLiteral("format")));
    if (!format)
        return usageError(tr("export: unknown format \"%1\" (known: %2)")
                              .arg(parser.value(QStringLiteral("format")), known));
    const QString output = parser.value(QStringLiteral("o"));
    if (output == QLatin1String("-") && format->output == ExportFormat::Output::Folder)
        return usageError(tr("export: the %1 format writes a folder; give -o DIR").arg(format->id));

    const Expected<Policy> policy = loadPolicy(files.first());
    if (!policy)
        return inputError(policy.error());
    ExportOptions options;
    options.language = parser.value(QStringLiteral("lang"));
    options.outputName = output;
    if (!options.language.isEmpty() && !policy->meta.languages.contains(options.language))
        return usageError(tr("export: the document has no language \"%1\" (it has: %2)")
                              .arg(options.language, policy->meta.languages.join(QStringLiteral(", "))));

    const Expected<ExportResult> result = format->run(*policy, options);
    if (!result)
        return inputError(result.error());
    for (const QString &warning : result->warnings)
        err() << "charte: " << tr("warning: ") << warning << '\n';
    err().flush();
    if (output == QLatin1String("-"))
        return writeOutput(output, result->files.value(QString()));
    const Status written = ExportFormats::write(*format, *result, output);
    return written ? Cli::Success : inputError(written.error);
}

int runCheck(const QStringList &arguments)
{
    QCommandLineParser parser;
    int status = Cli::Success;
    if (!parse(parser, arguments, status))
        return status;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return usageError(tr("check: expected one FILE"));
    const Expected<Policy> policy = loadPolicy(files.first());
    if (!policy)
        return inputError(policy.error());

    int errors = 0;
    for (qsizetype i = 0; i < policy->cookies.size(); ++i) {
        const Cookie &cookie = policy->cookies.at(i);
        const QStringList missing =
            CookieValidation::missingRequiredFields(cookie, policy->meta.defaultLanguage);
        for (const QString &field : missing) {
            out() << files.first() << ": cookies[" << i << "]." << field << " ("
                  << (cookie.name.isEmpty() ? tr("unnamed") : cookie.name) << "): "
                  << tr("error: required field is missing") << " [cookie.required-fields]\n";
            ++errors;
        }
    }
    out() << (errors == 0 ? tr("%1: no error found").arg(files.first())
                          : tr("%1: %n error(s)", nullptr, errors).arg(files.first()))
          << '\n';
    out().flush();
    return errors == 0 ? Cli::Success : Cli::Findings;
}

// What `charte import` was given: a local file's bytes, or a page fetched from a URL.
struct ImportSource
{
    QString name; // the path or URL, for messages
    QByteArray data;
    QString contentType; // from the server, for URLs
    QUrl url;            // where a fetched page came from (after redirects)
    QString language;    // --lang, or empty to detect
};

bool hasSuffix(const ImportSource &source, std::initializer_list<const char *> suffixes)
{
    const QString suffix = QFileInfo(QUrl(source.name).path()).suffix().toLower();
    return std::any_of(suffixes.begin(), suffixes.end(),
                       [&](const char *wanted) { return suffix == QLatin1StringView(wanted); });
}

bool isCsvInventory(const ImportSource &source)
{
    if (hasSuffix(source, {"csv", "tsv"}) || source.contentType.startsWith(QLatin1String("text/csv")))
        return true;
    // Without a telling name: a table whose first row names a cookie column (and
    // not markup, whose first line could mention a cookie too).
    if (source.data.trimmed().startsWith('<') || source.data.startsWith("\xEF\xBB\xBF<"))
        return false;
    const Expected<CsvTable> table = CsvReader::read(source.data, source.name);
    return table && InventoryMapping::detect(table->rows, QString()).hasField(InventoryField::Name);
}

Expected<Policy> importCsvInventory(const ImportSource &source)
{
    const Expected<CsvTable> table = CsvReader::read(source.data, source.name);
    if (!table)
        return Expected<Policy>::failure(table.error());
    InventoryMapping mapping = InventoryMapping::detect(table->rows, QStringLiteral("fr"));
    if (!source.language.isEmpty())
        mapping.language = source.language;
    Policy policy = ImportedDocument::create(mapping.language);
    const Expected<InventoryImport> imported = CsvInventory::import(*table, mapping, policy, source.name);
    if (!imported)
        return Expected<Policy>::failure(imported.error());
    imported->mergeInto(policy);
    ImportedDocument::ensureCookieTable(policy);
    for (const Cookie &cookie : std::as_const(policy.cookies)) {
        for (const QString &language : cookie.purpose.languages() + cookie.service.languages()) {
            if (!policy.meta.languages.contains(language))
                policy.meta.languages << language;
        }
    }
    return policy;
}

bool isCharterPage(const ImportSource &)
{
    // The last kind tried: any text or HTML page; the importer says when it holds no charter.
    return true;
}

Expected<Policy> importCharterPage(const ImportSource &source)
{
    CharterSource page;
    page.data = source.data;
    page.name = source.name;
    page.contentType = source.contentType;
    page.baseUrl = source.url;
    page.language = source.language;
    // The new document starts empty, so nothing in it can clash with the page's ids.
    const Expected<CharterImport> imported = CharterImporter::import(page, Policy());
    if (!imported)
        return Expected<Policy>::failure(imported.error());
    Policy policy = ImportedDocument::create(imported->language);
    if (source.url.scheme().startsWith(QLatin1String("http")))
        policy.meta.siteUrl =
            source.url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment).toString();
    imported->mergeInto(policy);
    return policy;
}

// The kinds of input `charte import` understands, tried in order: the first that
// accepts the input imports it. A new kind is one line here.
struct ImportKind
{
    bool (*accepts)(const ImportSource &);
    Expected<Policy> (*run)(const ImportSource &);
};

const QList<ImportKind> &importKinds()
{
    static const QList<ImportKind> kinds = {
        {&isCsvInventory, &importCsvInventory},
        {&isCharterPage, &importCharterPage},
    };
    return kinds;
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
    if (!file.open(QIODevice::ReadOnly))
        return Expected<ImportSource>::failure(input + QStringLiteral(": ") + file.errorString());
    constexpr qint64 maximumSize = qint64(256) << 20;
    if (file.size() > maximumSize)
        return Expected<ImportSource>::failure(input + QStringLiteral(": ") +
                                               tr("the file is larger than %1 MiB").arg(maximumSize >> 20));
    source.data = file.readAll();
    return source;
}

int runImport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      tr("Write the imported document to FILE ('-' for standard output); an "
                         "existing FILE is replaced, only once the import has succeeded."),
                      QStringLiteral("FILE")});
    parser.addOption({{QStringLiteral("l"), QStringLiteral("lang")},
                      tr("Language of the imported texts (detected when not given)."),
                      QStringLiteral("L")});
    int status = Cli::Success;
    if (!parse(parser, arguments, status))
        return status;
    const QStringList inputs = parser.positionalArguments();
    if (inputs.size() != 1)
        return usageError(tr("import: expected one INPUT (a CSV inventory, a charter page or a URL)"));
    if (!parser.isSet(QStringLiteral("o")))
        return usageError(tr("import: missing -o FILE"));

    Expected<ImportSource> source = readImportSource(inputs.first());
    if (!source)
        return inputError(source.error());
    source->language = parser.value(QStringLiteral("lang"));
    for (const ImportKind &kind : importKinds()) {
        if (!kind.accepts(*source))
            continue;
        const Expected<Policy> policy = kind.run(*source);
        if (!policy)
            return inputError(policy.error());
        return writeOutput(parser.value(QStringLiteral("o")), PolicyWriter::toJson(*policy));
    }
    return inputError(source->name + QStringLiteral(": ") +
                      tr("not something Charte can import (expected a CSV inventory or a "
                         "charter page)"));
}

using Command = std::function<int(const QStringList &)>;

const QList<std::pair<QString, Command>> &commands()
{
    static const QList<std::pair<QString, Command>> table = {
        {QStringLiteral("new"), runNew},
        {QStringLiteral("export"), runExport},
        {QStringLiteral("check"), runCheck},
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
    if (first == QLatin1String("--version") || first == QLatin1String("-v") ||
        first == QLatin1String("--help") || first == QLatin1String("-h"))
        return true;
    for (const auto &[name, command] : commands()) {
        if (first == name)
            return true;
    }
    return false;
}

int Cli::run(const QStringList &arguments)
{
    const QString first = arguments.value(1);
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        out() << "charte " << QCoreApplication::applicationVersion() << '\n';
        out().flush();
        return Success;
    }
    if (first == QLatin1String("--help") || first == QLatin1String("-h")) {
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
    return usageError(tr("unknown command \"%1\"").arg(first));
}
