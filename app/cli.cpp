// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "cli.h"

#include "clicommand.h"
#include "clioutput.h"
#include "export/exportformats.h"

#include <QCoreApplication>
#include <QTextStream>

QString Cli::overview()
{
    return QCoreApplication::translate("Cli", "Usage: charte [FILE]                   open the editor (the default charter if no FILE)\n"
              "       charte new [--template NAME] -o FILE\n"
              "       charte export FILE --format FORMAT [--lang L] -o OUT   (OUT '-' = standard output)\n"
              "       charte check FILE [--profile fr|eu] [--format text|json|sarif] [--lang en|fr]\n"
              "                         [--known-cookies OCD.csv]\n"
              "       charte scan URL [--policy FILE] [--site HOST] [--engine chromium|http] [--browser PATH]\n"
              "                   [--consent none|reject|accept|all] [--reject-selector CSS]\n"
              "                   [--accept-selector CSS] [--max-pages N] [--max-depth N] [--concurrency N]\n"
              "                   [--timeout SECONDS] [--total-time SECONDS] [--format text|json|html]\n"
              "                   [--output-dir DIR] [--verbose]\n"
              "       charte scan --evidence FILE.har|inspection.json [--policy FILE] [--format text|json|html]\n"
              "       charte import INPUT [--lang L] [--fill-from-db [--known-cookies OCD.csv]] -o FILE\n"
              "                         (INPUT: CSV inventory, charter page or URL,\n"
              "                         Klaro or vanilla-cookieconsent configuration)\n"
              "       charte import FILE.csv --update DOC [--keep-existing | --replace] [-o FILE]\n"
              "       charte diff OLD NEW [--format text|json|html] [--lang en|fr]\n"
              "       charte publish FILE [--note TEXT] [--date D] [--publisher NAME] [--force REASON]\n"
              "                      [--ask-again REASON | --no-ask-again REASON]\n"
              "       charte history FILE  ·  charte archive verify FILE\n"
              "       charte consent-log serve --store STORE [--listen ADDR:PORT] [--origin URL ...]\n"
              "                   [--policy FILE] [--no-address] [--trust-proxy ADDR ...] [--rate N]\n"
              "                   [--burst N] [--queue N] [--retain DURATION]\n"
              "       charte consent-log find ID [--format text|json] --store STORE\n"
              "       charte consent-log export [--since D] [--until D] [--format csv|json] [-o FILE] --store STORE\n"
              "       charte consent-log stats [--by day|week|revision] [--format text|json] --store STORE\n"
              "       charte consent-log verify --store STORE\n"
              "                         (STORE: sqlite:PATH or postgresql://user@host[:port]/database)\n"
              "       charte --version | --help\n"
              "\n"
              "Export formats: %1.\n"
              "Exit status: 0 success, 1 the check or scan found errors, 2 bad usage, unreadable input\n"
              "or a start URL that could not be fetched at all.\n")
        .arg(ExportFormats::ids().join(QStringLiteral(", ")));
}

namespace {

const CliCommand *findCommand(const QString &name)
{
    for (const CliCommand &command : CliCommands::all()) {
        if (command.name == name)
            return &command;
    }
    return nullptr;
}

} // namespace

const QList<CliCommand> &CliCommands::all()
{
    static const QList<CliCommand> commands = {
        {QStringLiteral("new"), &runNew},       {QStringLiteral("export"), &runExport},
        {QStringLiteral("check"), &runCheck},   {QStringLiteral("scan"), &runScan},
        {QStringLiteral("import"), &runImport},
        {QStringLiteral("diff"), &runDiff},     {QStringLiteral("publish"), &runPublish},
        {QStringLiteral("history"), &runHistory}, {QStringLiteral("archive"), &runArchive},
        {QStringLiteral("consent-log"), &runConsentLog},
    };
    return commands;
}

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
    return findCommand(first) != nullptr;
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
    using namespace CliOutput;
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
    if (const CliCommand *command = findCommand(first)) {
        // QCommandLineParser expects the program name first.
        QStringList rest = arguments.mid(2);
        rest.prepend(QStringLiteral("charte ") + command->name);
        return command->run(rest);
    }
    return usageError(QCoreApplication::translate("Cli", "unknown command or option \"%1\"").arg(first));
}
