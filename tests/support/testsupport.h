// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include <QFile>
#include <QFileInfo>
#include <QString>
#include <QStringList>

#include <initializer_list>

// Small helpers shared by the tests: files read and written in one line, and where
// the test data lives.
namespace TestSupport {
// The whole file, or nothing when it cannot be read.
inline QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// A file of the source tree ("tests/data/bad.charte.json").
inline QString sourcePath(const QString &relative)
{
    return QStringLiteral(CHARTE_SOURCE_DIR "/") + relative;
}

// A file of the project's shared folder (seeds, the Open Cookie Database): ../shared
// beside the source tree; a worktree elsewhere names it in CHARTE_SHARED_DIR.
inline QString sharedPath(const QString &relative)
{
    const QString beside = QStringLiteral(CHARTE_SHARED_DIR "/") + relative;
    if (QFile::exists(beside) || qEnvironmentVariableIsEmpty("CHARTE_SHARED_DIR"))
        return beside;
    return qEnvironmentVariable("CHARTE_SHARED_DIR") + u'/' + relative;
}

// Skips the running test, naming the file, when a file of the shared folder is
// absent: a clone of the repository alone has no ../shared beside it, and every
// other test still runs there.
#define CHARTE_SKIP_UNLESS_SHARED(path)                                                                  \
    do {                                                                                                 \
        if (!QFileInfo::exists(path))                                                                    \
            QSKIP(qPrintable(QStringLiteral("%1 is absent (the shared real-world data beside the checkout)") \
                                 .arg(path)));                                                           \
    } while (false)

// A list of UTF-8 literals, for expected rows and headers in data tables.
inline QStringList strings(std::initializer_list<const char *> items)
{
    QStringList list;
    for (const char *item : items)
        list << QString::fromUtf8(item);
    return list;
}
} // namespace TestSupport
