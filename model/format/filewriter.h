// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include "document/expected.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <functional>

// Every file Charte writes goes through here: documents, exports, recovery files and
// the command line's output. A write either leaves the complete new file or the old
// one untouched, and a failure is reported, never mistaken for success: Qt 6.4's
// QSaveFile::commit() returns true even when writing out its buffer failed (a full
// disk left a 0-byte document), so the bytes go out unbuffered and every step is checked.
namespace FileWriter {
// Takes the next piece of a file; false once writing has failed (the producer then
// stops: the failure is already known).
using Sink = std::function<bool(QByteArrayView)>;
// Hands a file's bytes to the sink in pieces, for files too large to build in memory
// first. Its own failure (an input that turns out unreadable) leaves no file.
using Producer = std::function<Status(const Sink &)>;

// Writes bytes to path atomically. On failure the message names the file and the
// cause ("site.charte.json: no space left on device; the file was not changed").
Status write(const QString &path, const QByteArray &bytes);
// Writes bytes to standard output; fails when it does not take them all (a closed
// pipe, `> /dev/full`).
Status writeStandardOutput(const QByteArray &bytes);
// The same, the bytes coming from produce.
Status write(const QString &path, const Producer &produce);
Status writeStandardOutput(const Producer &produce);
} // namespace FileWriter
