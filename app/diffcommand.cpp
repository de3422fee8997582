// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "clicommand.h"

#include "cli.h"
#include "clioutput.h"
#include "publishing/diffreport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

// `charte diff OLD NEW [--format text|json|html] [--lang L]`: what changed between two
// documents, in a privacy officer's words, and whether visitors must be asked again.
// Exit status 0 whatever the differences (a diff is not a check), 2 for bad input.
int CliCommands::runDiff(const QStringList &arguments)
{
    using namespace CliOutput;
    QCommandLineParser parser;
    parser.addOption({{QStringLiteral("f"), QStringLiteral("format")},
                      QCoreApplication::translate("Cli", "Output: text, json or html."), QStringLiteral("FORMAT"),
                      QStringLiteral("text")});
    parser.addOption(reportLanguageOption(QCoreApplication::translate("Cli", "Language of the words: en or fr (default: en).")));
    int status = Cli::Success;
    if (!parse(parser, arguments, status))
        return status;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 2)
        return usageError(QCoreApplication::translate("Cli", "diff: expected two files, OLD and NEW"));
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1StringView("text") && format != QLatin1StringView("json") && format != QLatin1StringView("html"))
        return usageError(
            QCoreApplication::translate("Cli", "diff: unknown format \"%1\" (known: text, json, html)").arg(format));
    const std::optional<QString> chosenLanguage = reportLanguage(parser, QStringLiteral("diff"), status);
    if (!chosenLanguage)
        return status;
    const QString language = *chosenLanguage;
    if (files.at(0) == QLatin1StringView("-") && files.at(1) == QLatin1StringView("-"))
        return usageError(QCoreApplication::translate("Cli", "diff: only one of OLD and NEW can be standard input"));

    const Expected<Policy> before = readPolicy(files.at(0));
    if (!before)
        return inputError(before.error());
    const Expected<Policy> after = readPolicy(files.at(1));
    if (!after)
        return inputError(after.error());

    const PolicyDiff::Result diff = PolicyDiff::compare(*before, *after);
    const DiffReport::Sides sides{files.at(0), files.at(1)};
    QByteArray output;
    if (format == QLatin1StringView("json"))
        output = DiffReport::json(diff, sides, language);
    else if (format == QLatin1StringView("html"))
        output = DiffReport::html(diff, sides, language);
    else
        output = DiffReport::text(diff, sides, language);
    return writeOutput(QStringLiteral("-"), output);
}
