// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "clicommand.h"

#include "cli.h"
#include "clioutput.h"
#include "export/exportformats.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

// `charte export FILE --format FORMAT [--lang L] -o OUT`: any format of the export
// registry (export/exportformats), the same the GUI's Export dialog offers.
int CliCommands::runExport(const QStringList &arguments)
{
    using namespace CliOutput;
    QCommandLineParser parser;
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      QCoreApplication::translate("Cli", "Write to OUT ('-' for standard output)."),
                      QStringLiteral("OUT")});
    parser.addOption({{QStringLiteral("f"), QStringLiteral("format")},
                      QCoreApplication::translate("Cli", "One of: %1.")
                          .arg(ExportFormats::ids().join(QStringLiteral(", "))),
                      QStringLiteral("FORMAT")});
    parser.addOption({{QStringLiteral("l"), QStringLiteral("lang")},
                      QCoreApplication::translate("Cli", "Language of the export."),
                      QStringLiteral("L")});
    parser.addOption({QStringLiteral("manage-only"),
                      QCoreApplication::translate("Cli", "Banner of a document where no cookie needs "
                                                         "consent: export only the \"manage cookies\" "
                                                         "entry point, without a first layer.")});
    int status = Cli::Success;
    if (!parse(parser, arguments, status))
        return status;
    const QString known = ExportFormats::ids().join(QStringLiteral(", "));
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return usageError(QCoreApplication::translate("Cli", "export: expected one FILE"));
    if (!parser.isSet(QStringLiteral("format")))
        return usageError(
            QCoreApplication::translate("Cli", "export: missing --format (%1)").arg(known));
    if (!parser.isSet(QStringLiteral("o")))
        return usageError(QCoreApplication::translate("Cli", "export: missing -o OUT"));
    const ExportFormat *format = ExportFormats::find(parser.value(QStringLiteral("format")));
    if (!format)
        return usageError(
            QCoreApplication::translate("Cli", "export: unknown format \"%1\" (known: %2)")
                .arg(parser.value(QStringLiteral("format")), known));
    const QString output = parser.value(QStringLiteral("o"));
    if (output == QLatin1StringView("-") && format->output == ExportFormat::Output::Folder)
        return usageError(
            QCoreApplication::translate("Cli", "export: the %1 format writes a folder; give -o DIR")
                .arg(format->id));

    if (isSameFile(output, files.first()))
        return inputError(
            QCoreApplication::translate("Cli", "export: %1 is the document being exported; give "
                                               "another -o OUT, the document was not changed")
                .arg(output));

    const Expected<Policy> policy = readPolicy(files.first());
    if (!policy)
        return inputError(policy.error());
    ExportOptions options;
    options.language = parser.value(QStringLiteral("lang"));
    options.outputName = output;
    options.manageOnly = parser.isSet(QStringLiteral("manage-only"));
    if (!options.language.isEmpty() && !policy->meta.languages.contains(options.language))
        return usageError(
            QCoreApplication::translate("Cli",
                                        "export: the document has no language \"%1\" (it has: %2)")
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
