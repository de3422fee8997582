// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "clicommand.h"

#include "cli.h"
#include "clioutput.h"
#include "format/policywriter.h"
#include "format/templates.h"

#include <QCommandLineParser>
#include <QCoreApplication>

// `charte new [--template NAME] -o FILE`: a document from one of the built-in templates.
int CliCommands::runNew(const QStringList &arguments)
{
    using namespace CliOutput;
    QCommandLineParser parser;
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      QCoreApplication::translate("Cli", "Write to FILE."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("template"),
                      QCoreApplication::translate("Cli", "Template: %1.")
                          .arg(Templates::names().join(QStringLiteral(", "))),
                      QStringLiteral("NAME"), QStringLiteral("default")});
    int status = Cli::Success;
    if (!parse(parser, arguments, status))
        return status;
    if (!parser.isSet(QStringLiteral("o")))
        return usageError(QCoreApplication::translate("Cli", "new: missing -o FILE"));
    if (!parser.positionalArguments().isEmpty())
        return usageError(QCoreApplication::translate("Cli", "new: unexpected argument \"%1\"")
                              .arg(parser.positionalArguments().first()));
    const QString name = parser.value(QStringLiteral("template"));
    const std::optional<Policy> policy = Templates::load(name);
    if (!policy)
        return usageError(
            QCoreApplication::translate("Cli", "new: unknown template \"%1\" (known: %2)")
                .arg(name, Templates::names().join(QStringLiteral(", "))));
    return writeOutput(parser.value(QStringLiteral("o")), PolicyWriter::toJson(*policy));
}
