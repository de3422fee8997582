// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include "consentlog/consenttally.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

// What an auditor asks of the log: how many choices, how they were made (accept all,
// reject all, custom, closed), how often each category was accepted and how many
// visitors sent Global Privacy Control — per day, ISO week or policy revision.
// Computed from the daily tallies, so a log of millions of records answers at once.
class ConsentStatistics
{
public:
    enum class Grouping { Day, Week, Revision };
    static bool parseGrouping(const QString &text, Grouping &grouping);

    struct Bucket
    {
        QString key; // 2026-03-14, 2026-W11 or the revision number
        qint64 choices = 0;
        qint64 gpc = 0;
        QMap<QString, qint64> methods;
        QMap<QString, std::pair<qint64, qint64>> categories; // granted, refused
        QList<qint64> revisions; // the revisions answered in this bucket
        double acceptance(const QString &category) const; // -1 when never asked
    };

    static ConsentStatistics compute(const ConsentTallies &tallies, Grouping grouping);

    const QList<Bucket> &buckets() const { return m_buckets; }
    const Bucket &total() const { return m_total; }
    QStringList categories() const; // every category seen, sorted

    QString text() const;
    QByteArray json() const;

private:
    Grouping m_grouping = Grouping::Day;
    QList<Bucket> m_buckets;
    Bucket m_total;
};
