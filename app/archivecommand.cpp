// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "clicommand.h"

#include "cli.h"
#include "clioutput.h"
#include "format/policyreader.h"
#include "publishing/publicationarchive.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

// `charte archive verify FILE`: checks every entry of the archive beside FILE (each
// file's SHA-256, each entry's own hash and its link to the previous one). Exit
// status 0 when intact, 1 naming the first altered entry, 2 when there is no archive.
bool CliCommands::checkArchiveTarget(const QString &file, const QString &archivePath,
                                     bool archiveExists, int &status)
{
    using namespace CliOutput;
    QString problem;
    if (!QFileInfo::exists(file)) {
        problem = QCoreApplication::translate("Cli", "%1: no such file").arg(file);
    } else {
        const Expected<Policy> document = PolicyReader::readFile(file);
        if (!document)
            problem = document.error();
    }
    if (problem.isEmpty())
        return true;
    if (!archiveExists) {
        status = inputError(QCoreApplication::translate("Cli", "%1, and no archive beside it (%2)")
                                .arg(problem, archivePath));
        return false;
    }
    err() << "charte: " << problem << "; "
          << QCoreApplication::translate("Cli", "reading the archive %1 on its own").arg(archivePath) << '\n';
    err().flush();
    return true;
}

int CliCommands::runArchive(const QStringList &arguments)
{
    using namespace CliOutput;
    QCommandLineParser parser;
    int status = Cli::Success;
    if (!parse(parser, arguments, status))
        return status;
    const QStringList rest = parser.positionalArguments();
    if (rest.size() != 2 || rest.first() != QLatin1StringView("verify"))
        return usageError(QCoreApplication::translate("Cli", "archive: expected \"verify FILE\""));
    const PublicationArchive archive(rest.at(1));
    if (!checkArchiveTarget(rest.at(1), archive.path(), archive.exists(), status))
        return status;
    if (!archive.exists())
        return inputError(QCoreApplication::translate("Cli", "%1: no archive to verify (%2 does not exist)")
                              .arg(rest.at(1), archive.path()));
    const PublicationArchive::Verification result = archive.verify();
    if (!result.ok) {
        err() << "charte: " << archive.path() << ": " << result.problem << '\n';
        err().flush();
        return Cli::Findings;
    }
    out() << QCoreApplication::translate("Cli", "%1: %2 entries intact").arg(archive.path()).arg(result.checked) << '\n';
    out().flush();
    return Cli::Success;
}
