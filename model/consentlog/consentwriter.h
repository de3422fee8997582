// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include "consentlog/consentsink.h"

#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

// The service's one writing thread: records wait in a bounded queue and go to the
// sink in batches — one transaction, one disk sync for everything that arrived while
// the last one was committing — which is how a durable store keeps up with
// thousands of records a second. `done` is called on this thread with the tickets of
// each batch and whether it was stored; only then may the service answer.
class ConsentWriter
{
public:
    using SinkFactory = std::function<Expected<std::unique_ptr<ConsentSink>>()>;
    using Done = std::function<void(const QList<quint64> &tickets, const Status &stored)>;

    ConsentWriter(SinkFactory factory, qsizetype capacity, Done done);
    ~ConsentWriter(); // stores what is queued, then stops

    // Opens the sink on the writing thread (a database connection belongs to the
    // thread that made it); fails with the sink's error.
    Status start();
    // False when the queue is full: the caller answers 429 and keeps nothing.
    bool submit(quint64 ticket, ConsentRecord record);
    qsizetype queued() const;

    static constexpr qsizetype BatchSize = 512;
    // The longest a batch waits for more records to share its commit (see run()).
    static constexpr std::chrono::milliseconds MaximumGather{5};

private:
    void run();

    SinkFactory m_factory;
    Done m_done;
    const qsizetype m_capacity;
    std::unique_ptr<ConsentSink> m_sink;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<std::pair<quint64, ConsentRecord>> m_queue;
    bool m_stopping = false;
    std::thread m_thread;
};
