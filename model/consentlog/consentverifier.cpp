// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "consentlog/consentverifier.h"

#include <algorithm>
#include <map>

Expected<ConsentVerifier::Result> ConsentVerifier::verify(ConsentStore &store,
                                                          const std::function<bool(qint64, qint64)> &progress)
{
    using Outcome = Expected<Result>;
    Result result;
    const Expected<ConsentStore::Head> head = store.head();
    if (!head)
        return Outcome::failure(head.error());
    const Expected<ConsentStore::Checkpoint> checkpoint = store.checkpoint();
    if (!checkpoint)
        return Outcome::failure(checkpoint.error());
    // For progress only: what an intact chain holds (counting the rows would read
    // them all once more before the walk).
    const qint64 total = std::max<qint64>(0, head->sequence - checkpoint->sequence);
    result.head = *head;
    result.checkpoint = *checkpoint;

    qint64 expected = checkpoint->sequence + 1;
    QString previous = checkpoint->hash;
    QDateTime lastReceived;
    bool stopped = false;
    // The recount of the tallies, keyed as the store keys them.
    std::map<std::tuple<QString, qint64, QString, bool>, qint64> methods;
    std::map<std::tuple<QString, qint64, QString>, std::pair<qint64, qint64>> categories;
    const auto breakAt = [&](qint64 sequence, const QString &problem) {
        result.brokenAt = sequence;
        result.problem = problem;
        return false;
    };
    const Status walked = store.forEachInChain([&](const ConsentRecord &record) {
        ++result.checked;
        if (record.sequence < expected)
            return breakAt(record.sequence, QStringLiteral("record %1 lies before the checkpoint at %2")
                                                .arg(record.sequence)
                                                .arg(checkpoint->sequence));
        if (record.sequence > expected) {
            const QString missing = record.sequence - 1 == expected
                                        ? QStringLiteral("record %1 is missing").arg(expected)
                                        : QStringLiteral("records %1 to %2 are missing").arg(expected).arg(record.sequence - 1);
            return breakAt(expected, missing + QStringLiteral(" (deleted): record %1 follows record %2")
                                                   .arg(record.sequence)
                                                   .arg(expected - 1));
        }
        if (record.previousHash != previous)
            return breakAt(record.sequence,
                           QStringLiteral("record %1 does not chain to the record before it (a record was "
                                          "deleted or replaced)")
                               .arg(record.sequence));
        if (record.computeHash(previous) != record.hash)
            return breakAt(record.sequence, QStringLiteral("record %1 (consent %2) was edited: its content does "
                                                           "not match its hash")
                                                .arg(record.sequence)
                                                .arg(record.consentId));
        if (lastReceived.isValid() && record.received < lastReceived)
            return breakAt(record.sequence,
                           QStringLiteral("record %1 was received before the record ahead of it").arg(record.sequence));
        lastReceived = record.received;
        previous = record.hash;
        ++expected;
        const QString day = record.received.date().toString(Qt::ISODate);
        ++methods[{day, record.revision, record.method, record.gpc}];
        for (auto it = record.categories.cbegin(); it != record.categories.cend(); ++it) {
            auto &counts = categories[{day, record.revision, it.key()}];
            (it.value() ? counts.first : counts.second) += 1;
        }
        if (progress && result.checked % 1000 == 0 && !progress(result.checked, total)) {
            stopped = true;
            return false;
        }
        return true;
    });
    if (!walked)
        return Outcome::failure(walked.error);
    if (stopped) {
        result.problem = QStringLiteral("stopped after %1 records").arg(result.checked);
        return result;
    }
    if (result.brokenAt != 0)
        return result;
    if (head->sequence != expected - 1 || head->hash != previous) {
        result.brokenAt = expected;
        result.problem = head->sequence > expected - 1
                             ? QStringLiteral("records %1 to %2 are missing (deleted from the end)")
                                   .arg(expected)
                                   .arg(head->sequence)
                             : QStringLiteral("the chain head (record %1) does not match the last record (%2)")
                                   .arg(head->sequence)
                                   .arg(expected - 1);
        return result;
    }
    const Expected<ConsentTallies> stored = store.tallies();
    if (!stored)
        return Outcome::failure(stored.error());
    ConsentTallies recount;
    for (const auto &[key, count] : methods)
        recount.methods.append({std::get<0>(key), std::get<1>(key), std::get<2>(key), std::get<3>(key), count});
    for (const auto &[key, counts] : categories)
        recount.categories.append({std::get<0>(key), std::get<1>(key), std::get<2>(key), counts.first, counts.second});
    if (!(recount == *stored)) {
        result.problem = QStringLiteral("the records are intact but the daily tallies used by statistics do "
                                        "not match them (the tally tables were edited)");
        return result;
    }
    if (progress)
        progress(result.checked, total);
    result.intact = true;
    return result;
}
