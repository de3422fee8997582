#pragma once

#include "document/expected.h"

#include <QByteArray>
#include <QString>

// Every file Charte writes goes through here: documents, exports, recovery files and
// the command line's output. A write either leaves the complete new file or the old
// one untouched, and a failure is reported, never mistaken for success: Qt 6.4's
// QSaveFile::commit() returns true even when writing out its buffer failed (a full
// disk left a 0-byte document), so the bytes go out unbuffered and every step is checked.
namespace FileWriter {
// Writes bytes to path atomically. On failure the message names the file and the
// cause ("site.charte.json: no space left on device; the file was not changed").
Status write(const QString &path, const QByteArray &bytes);
// Writes bytes to standard output; fails when it does not take them all (a closed
// pipe, `> /dev/full`).
Status writeStandardOutput(const QByteArray &bytes);
} // namespace FileWriter
