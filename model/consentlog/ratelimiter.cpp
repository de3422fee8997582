// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "consentlog/ratelimiter.h"

#include <algorithm>

RateLimiter::RateLimiter(int perMinute, int burst, qsizetype maximumAddresses)
    : m_perMinute(perMinute), m_burst(std::max(1, burst)), m_maximum(maximumAddresses)
{
    m_clock.start();
}

bool RateLimiter::allow(const QString &address)
{
    if (!enabled())
        return true;
    const qint64 now = m_clock.elapsed();
    auto it = m_buckets.find(address);
    if (it == m_buckets.end()) {
        if (m_buckets.size() >= m_maximum) {
            forgetFull(now);
            if (m_buckets.size() >= m_maximum)
                return false;
        }
        it = m_buckets.insert(address, Bucket{double(m_burst), now});
    }
    Bucket &bucket = *it;
    bucket.tokens = std::min(double(m_burst), bucket.tokens + double(now - bucket.at) * m_perMinute / 60000.0);
    bucket.at = now;
    if (bucket.tokens < 1.0)
        return false;
    bucket.tokens -= 1.0;
    return true;
}

void RateLimiter::forgetFull(qint64 now)
{
    for (auto it = m_buckets.begin(); it != m_buckets.end();) {
        const double tokens = it->tokens + double(now - it->at) * m_perMinute / 60000.0;
        if (tokens >= m_burst)
            it = m_buckets.erase(it);
        else
            ++it;
    }
}
