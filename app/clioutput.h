// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include "document/expected.h"
#include "document/policy.h"

#include <QByteArray>
#include <QCommandLineOption>
#include <QString>
#include <QStringList>

#include <optional>

class QCommandLineParser;
class QTextStream;

// What every subcommand of `charte` says and writes goes through here, so they all
// speak alike: one-line errors prefixed "charte: " on standard error, the exit
// status of bad usage and unreadable input, "-" for standard input and output, and
// output files that appear whole or not at all.
namespace CliOutput {
QTextStream &out();
QTextStream &err();

// Prints the message and the hint to run --help; returns Cli::UsageOrInput.
int usageError(const QString &message);
// Prints the message (which names the file and place); returns Cli::UsageOrInput.
int inputError(const QString &message);

// Writes bytes to path atomically, or to standard output for "-"; returns the exit
// status (an input error naming the file when it cannot be written).
int writeOutput(const QString &path, const QByteArray &bytes);
// Reads the document at path, or standard input for "-". bytes, when given, receives
// the raw file (the SARIF report counts lines in it).
Expected<Policy> readPolicy(const QString &path, QByteArray *bytes = nullptr);

// Whether two paths name the same existing file (through symlinks, "./", "..");
// "-" is never a file. An output that is the input would overwrite what is read.
bool isSameFile(const QString &first, const QString &second);

// Parses a subcommand's options (arguments start with the program name, as
// QCommandLineParser expects; "-format" is read as "--format"); on bad usage prints
// the error and puts the exit status in status.
bool parse(QCommandLineParser &parser, const QStringList &arguments, int &status);

// `--lang L` of the commands whose words exist in English and French (check, diff,
// publish, history); help says what the words are ("the messages", "the summaries").
QCommandLineOption reportLanguageOption(const QString &help);
// The value of that option, or nothing after a usage error naming the command
// ("diff: unknown language …"), with the exit status in status.
std::optional<QString> reportLanguage(const QCommandLineParser &parser, const QString &command, int &status);
} // namespace CliOutput
