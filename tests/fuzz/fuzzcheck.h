// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

// What every harness in tests/fuzz shares: the libFuzzer entry point's signature, a
// check that aborts (so libFuzzer and the replay test both see a failure, in Release
// builds too, where Q_ASSERT is compiled out), and the document round trip the
// importers' results must survive (an import that cannot be saved and opened again
// would lose what the user imported).

#include "document/policy.h"
#include "format/policyreader.h"
#include "format/policywriter.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace Fuzz {

[[noreturn]] inline void fail(const char *property, const QString &detail = {})
{
    std::fprintf(stderr, "fuzz property violated: %s\n%s\n", property, detail.toUtf8().constData());
    std::fflush(stderr);
    std::abort();
}

inline void check(bool condition, const char *property, const QString &detail = {})
{
    if (!condition)
        fail(property, detail);
}

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// save(policy) is read back without error and saved again to the same bytes.
// Returns the first save.
inline QByteArray checkSavedDocumentReopens(const Policy &policy, const char *property)
{
    const QByteArray saved = PolicyWriter::toJson(policy);
    const Expected<Policy> reopened = PolicyReader::read(saved, QStringLiteral("saved"));
    if (!reopened)
        fail(property, reopened.error() + QLatin1Char('\n') + QString::fromUtf8(saved.left(4000)));
    const QByteArray savedAgain = PolicyWriter::toJson(*reopened);
    if (savedAgain != saved)
        fail(property, QStringLiteral("first save:\n") + QString::fromUtf8(saved.left(4000)) +
                           QStringLiteral("\nsecond save:\n") + QString::fromUtf8(savedAgain.left(4000)));
    return saved;
}

} // namespace Fuzz
