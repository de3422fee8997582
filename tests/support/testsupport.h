#pragma once

#include <QFile>
#include <QString>

// Small helpers shared by the tests.
namespace TestSupport {
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

inline QString sourcePath(const QString &relative)
{
    return QStringLiteral(CHARTE_SOURCE_DIR "/") + relative;
}
} // namespace TestSupport
