// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "clicommand.h"

#include "cli.h"
#include "clioutput.h"
#include "publishing/publicationarchive.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

// `charte history FILE [--lang L]`: the published revisions of FILE, oldest first, from
// the archive beside it: sequence, revision, date, publisher, whether visitors were
// asked again, the note and the summary. Nothing published yet is said, not silent.
int CliCommands::runHistory(const QStringList &arguments)
{
    using namespace CliOutput;
    QCommandLineParser parser;
    parser.addOption(reportLanguageOption(QCoreApplication::translate("Cli", "Language of the summaries: en or fr (default: en).")));
    int status = Cli::Success;
    if (!parse(parser, arguments, status))
        return status;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1 || files.first() == QLatin1StringView("-"))
        return usageError(QCoreApplication::translate("Cli", "history: expected one FILE"));
    const std::optional<QString> chosenLanguage = reportLanguage(parser, QStringLiteral("history"), status);
    if (!chosenLanguage)
        return status;
    const QString language = *chosenLanguage;
    const bool french = language == QLatin1StringView("fr");
    const PublicationArchive archive(files.first());
    if (!checkArchiveTarget(files.first(), archive.path(), archive.exists(), status))
        return status;
    const Expected<QList<ArchiveEntry>> entries = archive.entries();
    if (!entries)
        return inputError(entries.error());
    if (entries->isEmpty()) {
        out() << (french ? QStringLiteral("%1 : aucune version publiée (pas d’archive dans %2)\n")
                         : QStringLiteral("%1: no published revision (no archive in %2)\n"))
                     .arg(files.first(), archive.path());
        out().flush();
        return Cli::Success;
    }
    for (const ArchiveEntry &entry : *entries) {
        out() << QStringLiteral("%1  %2 %3  %4  %5  %6\n")
                     .arg(QStringLiteral("%1").arg(entry.sequence, 4, 10, QLatin1Char('0')),
                          french ? QStringLiteral("version") : QStringLiteral("revision"),
                          QString::number(entry.revision), entry.date.toString(Qt::ISODate), entry.publisher,
                          entry.askedAgain ? (french ? QStringLiteral("consentement redemandé") : QStringLiteral("asked again"))
                                           : (french ? QStringLiteral("consentement maintenu") : QStringLiteral("consent stands")));
        if (!entry.note.isEmpty())
            out() << "      " << (french ? QStringLiteral("note : ") : QStringLiteral("note: ")) << entry.note << '\n';
        if (!entry.overrideReason.isEmpty())
            out() << "      " << (french ? QStringLiteral("décision modifiée : ") : QStringLiteral("decision overridden: "))
                  << entry.overrideReason << '\n';
        if (!entry.forcedReason.isEmpty())
            out() << "      " << (french ? QStringLiteral("publié malgré %1 erreur(s) : ") : QStringLiteral("published despite %1 error(s): "))
                                     .arg(entry.checkErrors)
                  << entry.forcedReason << '\n';
        const QString summary = entry.summary.value(language, entry.summary.languages().value(0));
        for (const QString &line : summary.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            out() << "      - " << line << '\n';
    }
    out() << QStringLiteral("%1 %2\n").arg(french ? QStringLiteral("dernière empreinte :") : QStringLiteral("last hash:"),
                                           entries->last().hash);
    out().flush();
    return Cli::Success;
}
