// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "format/filewriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <optional>
#include <unistd.h>

namespace {

// The system's words for errno, in lower case as the rest of the line is.
QString causeOf(int error)
{
    QString cause = QString::fromLocal8Bit(std::strerror(error));
    if (!cause.isEmpty())
        cause[0] = cause.at(0).toLower();
    return cause;
}

Status failure(const QString &path, const QString &cause)
{
    return Status::failure(QDir::toNativeSeparators(path) + QStringLiteral(": ") + cause +
                           QCoreApplication::translate("FileWriter",
                                                       "; the file was not changed"));
}

} // namespace

Status FileWriter::write(const QString &path, const QByteArray &bytes)
{
    return write(path, [&bytes](const Sink &sink) {
        sink(bytes);
        return Status::success();
    });
}

Status FileWriter::writeStandardOutput(const QByteArray &bytes)
{
    return writeStandardOutput([&bytes](const Sink &sink) {
        sink(bytes);
        return Status::success();
    });
}

Status FileWriter::write(const QString &path, const Producer &produce)
{
    QSaveFile file(path);
    // Unbuffered, so that a short write shows in write()'s result instead of being
    // lost in a buffer that commit() flushes without saying it failed.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return failure(path, file.errorString());
    std::optional<QString> writeError;
    const Sink sink = [&](QByteArrayView bytes) {
        if (writeError)
            return false;
        errno = 0;
        qsizetype written = 0;
        while (written < bytes.size()) {
            const qint64 chunk = file.write(bytes.data() + written, bytes.size() - written);
            if (chunk <= 0) {
                writeError = errno ? causeOf(errno) : file.errorString();
                return false;
            }
            written += chunk;
        }
        return true;
    };
    const Status produced = produce(sink);
    if (writeError || !produced) {
        file.cancelWriting();
        return writeError ? failure(path, *writeError) : produced;
    }
    errno = 0;
    if (!file.commit()) {
        const int error = errno;
        return failure(path, error ? causeOf(error) : file.errorString());
    }
    return Status::success();
}

Status FileWriter::writeStandardOutput(const Producer &produce)
{
    std::fflush(stdout);
    std::optional<int> writeError;
    const Sink sink = [&](QByteArrayView bytes) {
        if (writeError)
            return false;
        qsizetype written = 0;
        while (written < bytes.size()) {
            const ssize_t chunk =
                ::write(STDOUT_FILENO, bytes.data() + written, std::size_t(bytes.size() - written));
            if (chunk < 0 && errno == EINTR)
                continue;
            if (chunk <= 0) {
                writeError = chunk < 0 ? errno : ENOSPC;
                return false;
            }
            written += chunk;
        }
        return true;
    };
    const Status produced = produce(sink);
    if (writeError)
        return Status::failure(QCoreApplication::translate("FileWriter", "standard output: %1")
                                   .arg(causeOf(*writeError)));
    return produced;
}
