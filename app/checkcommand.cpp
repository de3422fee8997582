// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "clicommand.h"

#include "cli.h"
#include "clioutput.h"
#include "compliance/compliancechecker.h"
#include "compliance/compliancereportwriter.h"
#include "compliance/knowncookies.h"
#include "publishing/publisher.h"

#include <QCommandLineParser>
#include <QCoreApplication>

// `charte check FILE [--profile P] [--format text|json|sarif] [--lang en|fr]
// [--known-cookies OCD.csv]`: the compliance report on standard output; exit status 1
// when it holds an error, so a site's build can stop on it.
int CliCommands::runCheck(const QStringList &arguments)
{
    using namespace CliOutput;
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("profile"),
         QCoreApplication::translate("Cli", "Rules profile: %1 (default: the document's, else fr).")
             .arg(ComplianceProfile::ids().join(QStringLiteral(", "))),
         QStringLiteral("PROFILE")});
    parser.addOption({{QStringLiteral("f"), QStringLiteral("format")},
                      QCoreApplication::translate("Cli", "Output: text, json or sarif."),
                      QStringLiteral("FORMAT"),
                      QStringLiteral("text")});
    parser.addOption(reportLanguageOption(QCoreApplication::translate("Cli", "Language of the messages: en or fr.")));
    parser.addOption({QStringLiteral("known-cookies"),
                      QCoreApplication::translate(
                          "Cli", "An Open Cookie Database CSV file used with the built-in list."),
                      QStringLiteral("CSV")});
    int status = Cli::Success;
    if (!parse(parser, arguments, status))
        return status;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return usageError(QCoreApplication::translate("Cli", "check: expected one FILE"));
    const QString profile = parser.value(QStringLiteral("profile"));
    if (!profile.isEmpty() && !ComplianceProfile::find(profile))
        return usageError(
            QCoreApplication::translate("Cli", "check: unknown profile \"%1\" (known: %2)")
                .arg(profile, ComplianceProfile::ids().join(QStringLiteral(", "))));
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1StringView("text") && format != QLatin1StringView("json") &&
        format != QLatin1StringView("sarif"))
        return usageError(QCoreApplication::translate(
                              "Cli", "check: unknown format \"%1\" (known: text, json, sarif)")
                              .arg(format));
    const std::optional<QString> chosenLanguage = reportLanguage(parser, QStringLiteral("check"), status);
    if (!chosenLanguage)
        return status;
    const QString language = *chosenLanguage;

    QByteArray bytes; // the raw file, for SARIF line numbers
    const Expected<Policy> policy = readPolicy(files.first(), &bytes);
    if (!policy)
        return inputError(policy.error());
    const Expected<KnownCookies> database =
        KnownCookies::withFile(parser.value(QStringLiteral("known-cookies")));
    if (!database)
        return inputError(database.error());

    // The publish rule compares with the archive beside the file, when there is one.
    std::optional<PublishedBaseline> published;
    if (files.first() != QLatin1StringView("-")) {
        Expected<std::optional<PublishedBaseline>> baseline = Publishing::baseline(*policy, files.first());
        if (!baseline)
            return inputError(baseline.error());
        published = *baseline;
    }

    CheckOptions options;
    options.profile = profile;
    options.knownCookies = &*database;
    options.published = published ? &*published : nullptr;
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
