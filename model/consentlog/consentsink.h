// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include "consentlog/consentrecord.h"
#include "document/expected.h"

#include <QList>

// Where the service's writer puts a batch of records: the store, or — to measure
// the service alone (tests/bench) — something that keeps nothing. append returns
// only when the records are durable (or failed as a whole).
class ConsentSink
{
public:
    virtual ~ConsentSink() = default;
    virtual Status append(QList<ConsentRecord> &records) = 0;
};
