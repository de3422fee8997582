// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include "consentlog/consentrecord.h"
#include "document/expected.h"

#include <QByteArray>
#include <QSet>

// Reads the body the banner (and the vanilla-cookieconsent export) sends to the
// consent log — {"id","revision","timestamp","method","categories","gpc","page"} —
// and refuses everything else: unknown or missing members, wrong types, a method the
// banner never sends, a category the policy does not have, a time far in the
// future, a page with a query string or fragment. The error is one short line fit
// for a 400 answer; nothing of a refused body is kept.
class ConsentRequestReader
{
public:
    static constexpr qsizetype MaximumBodySize = 4096;
    // Visitors' clocks are often wrong by minutes or hours; a day ahead is not a clock.
    static constexpr qint64 FutureToleranceSeconds = 24 * 3600;

    // Categories the records may name; empty accepts any well-formed id.
    void setKnownCategories(const QSet<QString> &ids) { m_categories = ids; }

    Expected<ConsentRecord> read(const QByteArray &body, const QDateTime &now) const;

private:
    QSet<QString> m_categories;
};
