// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include <QList>
#include <QStringList>

// One subcommand of `charte` (`charte new …`), as KeePassXC's src/cli/ has one class
// per command: each lives in its own file and has the same shape, so the dispatcher
// in cli.cpp is a table and a new command is one file and one row. run() gets the
// arguments after the command's name, behind "charte NAME" as the program name (what
// QCommandLineParser expects), and returns the exit status (Cli::ExitStatus).
struct CliCommand
{
    QString name;
    int (*run)(const QStringList &arguments);
};

namespace CliCommands {
// Every command, in the order `charte --help` lists them.
const QList<CliCommand> &all();

int runNew(const QStringList &arguments);    // newcommand.cpp
int runExport(const QStringList &arguments); // exportcommand.cpp
int runCheck(const QStringList &arguments);  // checkcommand.cpp
int runScan(const QStringList &arguments);   // scancommand.cpp
int runImport(const QStringList &arguments); // importcommand.cpp
int runDiff(const QStringList &arguments);    // diffcommand.cpp
int runPublish(const QStringList &arguments); // publishcommand.cpp
int runHistory(const QStringList &arguments); // historycommand.cpp
int runArchive(const QStringList &arguments); // archivecommand.cpp
int runConsentLog(const QStringList &arguments); // consentlogcommand.cpp
// The report of a HAR or Website Evidence Collector file (scancommand.cpp), printed
// as `charte scan --evidence` prints it: `charte import FILE [--policy P] [--format
// text|json]` hands such files (EvidenceImporter::looksLikeEvidence) here.
int runEvidenceImport(const QStringList &arguments);

// The archive of the document at file, for history and archive verify
// (archivecommand.cpp). The archive is read on its own (an auditor may hold the
// archive without the document), but never silently: a document that is missing or
// unreadable is said on standard error, and with no archive either it is an input
// error (exit 2), not an empty history. False when the command must stop; status
// then holds its exit status.
bool checkArchiveTarget(const QString &file, const QString &archivePath, bool archiveExists,
                        int &status);
} // namespace CliCommands
