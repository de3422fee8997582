// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "consentlog/consentwriter.h"

#include <algorithm>
#include <chrono>
#include <future>

ConsentWriter::ConsentWriter(SinkFactory factory, qsizetype capacity, Done done)
    : m_factory(std::move(factory)), m_done(std::move(done)), m_capacity(capacity)
{
}

ConsentWriter::~ConsentWriter()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

Status ConsentWriter::start()
{
    std::promise<Status> opened;
    std::future<Status> result = opened.get_future();
    m_thread = std::thread([this, &opened] {
        Expected<std::unique_ptr<ConsentSink>> sink = m_factory();
        if (!sink) {
            opened.set_value(Status::failure(sink.error()));
            return;
        }
        m_sink = std::move(*sink);
        opened.set_value(Status::success());
        run();
        m_sink.reset(); // closed on the thread that opened it
    });
    const Status status = result.get();
    if (!status && m_thread.joinable())
        m_thread.join();
    return status;
}

bool ConsentWriter::submit(quint64 ticket, ConsentRecord record)
{
    {
        std::lock_guard lock(m_mutex);
        if (m_stopping || qsizetype(m_queue.size()) >= m_capacity)
            return false;
        m_queue.emplace_back(ticket, std::move(record));
    }
    m_wake.notify_one();
    return true;
}

qsizetype ConsentWriter::queued() const
{
    std::lock_guard lock(m_mutex);
    return qsizetype(m_queue.size());
}

void ConsentWriter::run()
{
    using Clock = std::chrono::steady_clock;
    qsizetype lastBatch = 0;
    Clock::duration lastCommit{};
    for (;;) {
        QList<quint64> tickets;
        QList<ConsentRecord> records;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
            if (m_queue.empty())
                return; // stopping, and everything queued was written
            // Group commit. The visitors answered by the last batch are often sending
            // again right now (a page view after a choice, a client on keep-alive):
            // starting the next transaction on the first of them would give the rest
            // a whole disk sync to wait for and split one group into two alternating
            // halves, each paying its own sync. So wait a little for as many records as
            // the last batch held — at most as long as the last commit took, which
            // scales with the disk and costs a lone visitor nothing.
            const qsizetype expected = std::min(lastBatch, BatchSize);
            const Clock::time_point deadline = Clock::now() + std::min<Clock::duration>(lastCommit, MaximumGather);
            while (!m_stopping && qsizetype(m_queue.size()) < expected)
                if (m_wake.wait_until(lock, deadline) == std::cv_status::timeout)
                    break;
            while (!m_queue.empty() && records.size() < BatchSize) {
                tickets << m_queue.front().first;
                records << std::move(m_queue.front().second);
                m_queue.pop_front();
            }
        }
        const Clock::time_point started = Clock::now();
        Status stored = m_sink->append(records);
        lastCommit = Clock::now() - started;
        lastBatch = records.size();
        if (!stored) {
            // A lost database connection: try a fresh one for the next batch. This
            // batch is answered as failed (nothing of it was committed).
            Expected<std::unique_ptr<ConsentSink>> fresh = m_factory();
            if (fresh)
                m_sink = std::move(*fresh);
        }
        m_done(tickets, stored);
    }
}
