// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include "consentlog/consentstore.h"

#include <functional>

// Walks the hash chain from the last checkpoint to the head and says whether it is
// whole: every record numbered one after the one before, chained to its hash, its
// own hash matching its content, receive times never going back, the head where
// the last record is, and the daily tallies equal to a recount. The first break is
// named (which record, and whether it was edited or a record is missing); a clean
// chain gives the head hash, which a privacy officer can note elsewhere — a chain
// rewritten from some point onwards by someone who also rewrites the head can only
// be caught against such a copy.
class ConsentVerifier
{
public:
    struct Result
    {
        bool intact = false;
        qint64 checked = 0;         // records walked
        qint64 brokenAt = 0;        // sequence of the first broken record, 0 if none
        QString problem;            // one line, empty when intact
        ConsentStore::Head head;
        ConsentStore::Checkpoint checkpoint;
    };
    // progress(done, total) may return false to stop (the result then says so).
    static Expected<Result> verify(ConsentStore &store,
                                   const std::function<bool(qint64, qint64)> &progress = {});
};
