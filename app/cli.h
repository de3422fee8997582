// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include <QStringList>

// The command line: `charte new|export|check|scan|import …`. Runs without a display;
// prints one-line errors naming the file and place, and returns the process exit
// status (0 success, 1 the check found errors, 2 bad usage or unreadable input).
// This is the dispatcher and `--help`; each subcommand has its own file (clicommand.h).
namespace Cli {
enum ExitStatus { Success = 0, Findings = 1, UsageOrInput = 2 };

// True when arguments name a command-line action rather than a file for the GUI.
bool wantsCommandLine(const QStringList &arguments);
// True when the command lays out text (the PDF export needs fonts), so main()
// makes a QGuiApplication on the offscreen platform instead of a QCoreApplication.
bool needsGuiApplication(const QStringList &arguments);
int run(const QStringList &arguments);
// The text of `charte --help`: one usage line (or more) per command. `charte
// COMMAND --help` prints that command's lines and its options (CliOutput::parse).
QString overview();
} // namespace Cli
