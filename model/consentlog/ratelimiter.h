// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QString>

// A token bucket per client address: `burst` requests at once, then `perMinute`.
// A visitor makes a choice or two per visit; a script that floods gets refused
// without the service doing any other work. The table is bounded: when it is full,
// addresses whose bucket has refilled are forgotten, and if none has, the new
// address is refused (a flood from many addresses meets the bound, not the memory).
class RateLimiter
{
public:
    RateLimiter(int perMinute, int burst, qsizetype maximumAddresses = 100'000);
    bool enabled() const { return m_perMinute > 0; }
    // True when the address may send one more request now.
    bool allow(const QString &address);

private:
    struct Bucket
    {
        double tokens;
        qint64 at; // ms
    };
    void forgetFull(qint64 now);

    const int m_perMinute;
    const int m_burst;
    const qsizetype m_maximum;
    QHash<QString, Bucket> m_buckets;
    QElapsedTimer m_clock;
};
