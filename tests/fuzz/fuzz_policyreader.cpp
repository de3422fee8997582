// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
// The charte/1 document reader and writer. Any bytes either fail with a message or
// give a document, and a document round-trips: save(load(save(x))) == save(x). The
// README promises byte-identical re-saves, and a member the reader keeps in a way
// the writer cannot reproduce (issue 20: "\uFEFFcookies" saved as a second
// "cookies") loses data on the next load. The same bytes read as standard input
// (PolicyReader::readAll, whose buffer lets the parser skip its copy) are refused
// just above the size limit, kept whole up to it, and read like a file. Written in
// pieces (PolicyWriter::write, the streamed CSV import's writer), with the cookies
// handed out in batches, a document gives the very bytes of toJson.

#include "fuzzcheck.h"

#include <QBuffer>

namespace {

void checkStreamedWrite(const Policy &policy, const QByteArray &saved, qsizetype batchSize)
{
    Policy frame = policy;
    frame.cookies.clear();
    qsizetype next = 0;
    QByteArray streamed;
    const Status status = PolicyWriter::write(
        frame,
        [&]() -> Expected<QList<Cookie>> {
            const QList<Cookie> batch = policy.cookies.mid(next, batchSize);
            next += batch.size();
            return batch;
        },
        [&](QByteArrayView piece) {
            streamed += piece;
            return true;
        });
    Fuzz::check(bool(status), "a streamed write succeeds", status.error);
    Fuzz::check(streamed == saved, "a streamed write gives toJson's bytes");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = Fuzz::bytes(data, size);
    const Expected<Policy> loaded = PolicyReader::read(input, QStringLiteral("fuzz"));
    QByteArray saved;
    if (!loaded)
        Fuzz::check(!loaded.error().isEmpty(), "a refused document says why");
    else
        saved = Fuzz::checkSavedDocumentReopens(*loaded, "save(load(save(x))) == save(x)");
    if (loaded) {
        checkStreamedWrite(*loaded, saved, 1);
        checkStreamedWrite(*loaded, saved, 3);
    }

    // The last byte decides whether the limit is the input's size or one byte less.
    const bool overLimit = size > 0 && (data[size - 1] & 1) != 0;
    const qint64 limit = qint64(size) - (overLimit ? 1 : 0);
    QBuffer device;
    device.setData(input);
    device.open(QIODevice::ReadOnly);
    const Expected<QByteArray> standardInput = PolicyReader::readAll(device, QStringLiteral("<stdin>"), limit);
    if (overLimit) {
        Fuzz::check(!standardInput, "standard input above the limit is refused");
        return 0;
    }
    Fuzz::check(standardInput && *standardInput == input, "standard input up to the limit is read whole");
    const Expected<Policy> fromStandardInput = PolicyReader::read(*standardInput, QStringLiteral("fuzz"));
    Fuzz::check(bool(fromStandardInput) == bool(loaded), "standard input is accepted or refused like a file");
    if (fromStandardInput)
        Fuzz::check(PolicyWriter::toJson(*fromStandardInput) == saved, "standard input reads like a file");
    else
        Fuzz::check(fromStandardInput.error() == loaded.error(), "standard input is refused like a file",
                    fromStandardInput.error() + QLatin1Char('\n') + loaded.error());
    return 0;
}
