#include "cli.h"

#include "cookievalidation.h"
#include "exportformats.h"
#include "libraryconfigimporter.h"
#include "policyreader.h"
#include "policywriter.h"
#include "templates.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <QTextStream>

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
              "       charte import CONFIG -o FILE   (a Klaro or vanilla-cookieconsent JSON configuration)\n"
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

// `charte import CONFIG -o FILE`: a consent library's JSON configuration into a
// charte/1 document. (CSV inventories and charter pages are read by other importers.)
int runImport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      tr("Write the document to FILE ('-' for standard output)."), QStringLiteral("FILE")});
    int status = Cli::Success;
    if (!parse(parser, arguments, status))
        return status;
    const QStringList inputs = parser.positionalArguments();
    if (inputs.size() != 1)
        return usageError(tr("import: expected one CONFIG"));
    if (!parser.isSet(QStringLiteral("o")))
        return usageError(tr("import: missing -o FILE"));
    const QString path = inputs.first();
    QFile input;
    bool opened = false;
    if (path == QLatin1String("-")) {
        opened = input.open(stdin, QIODevice::ReadOnly);
    } else {
        input.setFileName(path);
        opened = input.open(QIODevice::ReadOnly);
    }
    if (!opened)
        return inputError(path + QStringLiteral(": ") + input.errorString());
    const QByteArray bytes = input.readAll();
    const QString sourceName = path == QLatin1String("-") ? QStringLiteral("<stdin>") : path;
    const Expected<Policy> policy = LibraryConfigImporter::import(bytes, sourceName);
    if (!policy)
        return inputError(policy.error());
    return writeOutput(parser.value(QStringLiteral("o")), PolicyWriter::toJson(*policy));
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
