// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "clicommand.h"

#include "cli.h"
#include "clioutput.h"
#include "publishing/diffreport.h"
#include "publishing/publisher.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

// `charte publish FILE [--note TEXT] [--date D] [--publisher NAME] [--force REASON]
// [--ask-again REASON | --no-ask-again REASON]`: compares FILE with its last published
// revision, says what changed and whether visitors are asked again, then writes the
// archive entry beside FILE and FILE itself (revision bumped when asking again).
// Exit status 0 when published or when nothing changed, 1 when refused (checker
// errors without --force), 2 for bad usage or input.
int CliCommands::runPublish(const QStringList &arguments)
{
    using namespace CliOutput;
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("note"), QCoreApplication::translate("Cli", "Your note, kept with the revision."),
                      QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("date"),
                      QCoreApplication::translate("Cli", "Publication date, YYYY-MM-DD (default: today)."),
                      QStringLiteral("D")});
    parser.addOption({QStringLiteral("publisher"),
                      QCoreApplication::translate("Cli", "Who publishes (default: your login name)."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("force"),
                      QCoreApplication::translate("Cli", "Publish despite checker errors, for this reason (recorded)."),
                      QStringLiteral("REASON")});
    parser.addOption({QStringLiteral("ask-again"),
                      QCoreApplication::translate("Cli", "Ask visitors again although no change calls for it, for this reason."),
                      QStringLiteral("REASON")});
    parser.addOption({QStringLiteral("no-ask-again"),
                      QCoreApplication::translate("Cli", "Do not ask visitors again although a change calls for it, for this reason."),
                      QStringLiteral("REASON")});
    parser.addOption(reportLanguageOption(QCoreApplication::translate("Cli", "Language of the messages: en or fr (default: en).")));
    int status = Cli::Success;
    if (!parse(parser, arguments, status))
        return status;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1 || files.first() == QLatin1StringView("-"))
        return usageError(QCoreApplication::translate("Cli", "publish: expected one FILE (the archive is kept beside it)"));
    const std::optional<QString> chosenLanguage = reportLanguage(parser, QStringLiteral("publish"), status);
    if (!chosenLanguage)
        return status;
    const QString language = *chosenLanguage;

    PublishRequest request;
    request.note = parser.value(QStringLiteral("note"));
    request.publisher = parser.value(QStringLiteral("publisher"));
    request.forceReason = parser.value(QStringLiteral("force"));
    if (parser.isSet(QStringLiteral("force")) && request.forceReason.trimmed().isEmpty())
        return usageError(QCoreApplication::translate("Cli", "publish: --force needs a reason"));
    if (parser.isSet(QStringLiteral("date"))) {
        request.date = QDate::fromString(parser.value(QStringLiteral("date")), Qt::ISODate);
        if (!request.date.isValid())
            return usageError(QCoreApplication::translate("Cli", "publish: --date \"%1\" is not a date such as 2026-12-03")
                                  .arg(parser.value(QStringLiteral("date"))));
    }
    if (parser.isSet(QStringLiteral("ask-again")) && parser.isSet(QStringLiteral("no-ask-again")))
        return usageError(QCoreApplication::translate("Cli", "publish: --ask-again and --no-ask-again exclude each other"));
    for (const auto &[option, decision] : {std::pair{QStringLiteral("ask-again"), PublishRequest::Decision::AskAgain},
                                           std::pair{QStringLiteral("no-ask-again"), PublishRequest::Decision::DoNotAskAgain}}) {
        if (!parser.isSet(option))
            continue;
        request.decision = decision;
        request.overrideReason = parser.value(option);
        if (request.overrideReason.trimmed().isEmpty())
            return usageError(QCoreApplication::translate("Cli", "publish: --%1 needs a reason").arg(option));
    }

    const QString path = files.first();
    const Expected<Policy> current = readPolicy(path);
    if (!current)
        return inputError(current.error());
    const Expected<PublishPlan> plan = Publishing::plan(*current, path, request);
    if (!plan)
        return inputError(plan.error());
    const bool french = language == QLatin1StringView("fr");
    if (plan->nothingChanged) {
        out() << path << ": " << plan->refusal << '\n';
        out().flush();
        return Cli::Success;
    }
    if (plan->last) {
        const DiffReport::Sides sides{
            (french ? QStringLiteral("version %1") : QStringLiteral("revision %1")).arg(plan->last->revision), path};
        out() << DiffReport::text(plan->diff, sides, language);
    }
    if (!plan->refusal.isEmpty()) {
        out().flush();
        for (const QString &message : plan->errorMessages)
            err() << "  " << message << '\n';
        err() << "charte: " << path << ": " << plan->refusal << '\n';
        err().flush();
        return plan->checkErrors > 0 && request.forceReason.isEmpty() ? int(Cli::Findings) : int(Cli::UsageOrInput);
    }
    const Expected<ArchiveEntry> entry = Publishing::publish(*plan, path, request);
    if (!entry)
        return inputError(entry.error());
    const QString decision =
        entry->askedAgain
            ? (french ? QStringLiteral("les visiteurs seront de nouveau sollicités") : QStringLiteral("visitors will be asked again"))
            : (french ? QStringLiteral("le consentement existant reste valable") : QStringLiteral("existing consent stands"));
    out() << (french ? QStringLiteral("Publié : version %1 du %2 (%3), entrée %4 de %5\n")
                     : QStringLiteral("Published revision %1 of %2 (%3) as entry %4 in %5\n"))
                 .arg(entry->revision)
                 .arg(entry->date.toString(Qt::ISODate), decision)
                 .arg(entry->sequence)
                 .arg(PublicationArchive::pathFor(path));
    if (!entry->forcedReason.isEmpty())
        out() << (french ? QStringLiteral("Publié malgré %1 erreur(s) : %2\n") : QStringLiteral("Published despite %1 error(s): %2\n"))
                     .arg(entry->checkErrors)
                     .arg(entry->forcedReason);
    out().flush();
    return Cli::Success;
}
