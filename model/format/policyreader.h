#pragma once

#include "document/expected.h"
#include "document/policy.h"

#include <QByteArray>

class QIODevice;

// Reads a `charte/1` document. Every failure is one line naming the source and the
// place: "FILE:LINE:COLUMN: message" for malformed JSON, "FILE: cookies[3].lifetime:
// expected …" for a member of the wrong type, a refusal for newer format versions.
class PolicyReader
{
public:
    static constexpr qint64 MaximumFileSize = qint64(1) << 30; // 1 GiB

    static Expected<Policy> readFile(const QString &path);
    // sourceName prefixes error messages (the file name, or "<stdin>").
    static Expected<Policy> read(const QByteArray &data, const QString &sourceName);

    // Reads device to its end (standard input, which has no size to check first),
    // refusing as soon as more than maximumSize bytes have come: "NAME: more than
    // N MiB". The bytes keep room for the parser's padding.
    static Expected<QByteArray> readAll(QIODevice &device, const QString &sourceName,
                                        qint64 maximumSize = MaximumFileSize);

    static QString formatVersion() { return QStringLiteral("charte/1"); }
};
