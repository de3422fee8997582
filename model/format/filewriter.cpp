#include "format/filewriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

#include <cerrno>
#include <cstdio>
#include <cstring>
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
    QSaveFile file(path);
    // Unbuffered, so that a short write shows in write()'s result instead of being
    // lost in a buffer that commit() flushes without saying it failed.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return failure(path, file.errorString());
    errno = 0;
    qint64 written = 0;
    while (written < bytes.size()) {
        const qint64 chunk = file.write(bytes.constData() + written, bytes.size() - written);
        if (chunk <= 0) {
            const int error = errno;
            file.cancelWriting();
            return failure(path, error ? causeOf(error) : file.errorString());
        }
        written += chunk;
    }
    if (!file.commit()) {
        const int error = errno;
        return failure(path, error ? causeOf(error) : file.errorString());
    }
    return Status::success();
}

Status FileWriter::writeStandardOutput(const QByteArray &bytes)
{
    std::fflush(stdout);
    qsizetype written = 0;
    while (written < bytes.size()) {
        const ssize_t chunk = ::write(STDOUT_FILENO, bytes.constData() + written,
                                      std::size_t(bytes.size() - written));
        if (chunk < 0 && errno == EINTR)
            continue;
        if (chunk <= 0)
            return Status::failure(
                QCoreApplication::translate("FileWriter", "standard output: %1")
                    .arg(causeOf(chunk < 0 ? errno : ENOSPC)));
        written += chunk;
    }
    return Status::success();
}
