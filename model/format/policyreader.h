// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
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
    // The bytes readFile() parses: a file over MaximumFileSize is refused before it
    // is read, a pipe as soon as it has given more. For callers that need the text
    // too (line numbers in a SARIF report), so that it is read once.
    static Expected<QByteArray> readFileBytes(const QString &path);
    // The longest text (a member name or a string value, as written) a document may
    // hold: a 500 MB string would take gigabytes once converted; no charter has one.
    static constexpr qint64 MaximumTextSize = qint64(64) << 20;
    // sourceName prefixes error messages (the file name, or "<stdin>").
    static Expected<Policy> read(const QByteArray &data, const QString &sourceName);

    // Reads device to its end (standard input, which has no size to check first),
    // refusing as soon as more than maximumSize bytes have come: "NAME: more than
    // N MiB". The bytes keep room for the parser's padding.
    static Expected<QByteArray> readAll(QIODevice &device, const QString &sourceName,
                                        qint64 maximumSize = MaximumFileSize);

    static QString formatVersion() { return QStringLiteral("charte/1"); }
};
