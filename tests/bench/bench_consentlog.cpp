// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
// The consent-log service under load: several clients post records over loopback for a
// fixed time, into SQLite, into PostgreSQL (a server the benchmark starts, as the tests
// do) and into a floor — the same server, validation, queue and writer thread, with a
// sink that keeps nothing — measured in the same run. Prints sustained records/s and
// p50/p99 latency for each, and the service's overhead against the floor. Then
// `stats` (tallies + statistics) and `verify` over a SQLite log of 1 million records.
//
//   bench_consentlog [--seconds 5] [--clients 16,32,64] [--records 1000000] [--skip-load]
#include "benchsupport.h"
#include "consentlog/consentlogserver.h"
#include "consentlog/consentstatistics.h"
#include "consentlog/consentstore.h"
#include "consentlog/consentverifier.h"
#include "support/postgresqlserver.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTcpSocket>
#include <QSemaphore>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <cstdio>

namespace {

class DiscardSink : public ConsentSink
{
public:
    Status append(QList<ConsentRecord> &) override { return Status::success(); }
};

// How the writer used the sink: commits, records per commit, time inside append.
struct Commits
{
    std::atomic<qint64> count = 0, records = 0, nanoseconds = 0;
};

class CountingSink : public ConsentSink
{
public:
    CountingSink(std::unique_ptr<ConsentSink> inner, Commits &commits) : m_inner(std::move(inner)), m_commits(commits) {}
    Status append(QList<ConsentRecord> &records) override
    {
        QElapsedTimer clock;
        clock.start();
        const Status stored = m_inner->append(records);
        m_commits.nanoseconds += clock.nsecsElapsed();
        m_commits.records += records.size();
        ++m_commits.count;
        return stored;
    }

private:
    std::unique_ptr<ConsentSink> m_inner;
    Commits &m_commits;
};

struct Load
{
    double recordsPerSecond = 0;
    double p50 = 0, p99 = 0;
    qint64 acknowledged = 0, refused = 0;
    double recordsPerCommit = 0, commitMs = 0;
};

// The server on its own thread, as in `charte consent-log serve`, so the clients here
// do not share its event loop.
class ServerThread
{
public:
    explicit ServerThread(ConsentWriter::SinkFactory inner)
    {
        const ConsentWriter::SinkFactory sink = [this, inner]() -> Expected<std::unique_ptr<ConsentSink>> {
            auto made = inner();
            if (!made)
                return made;
            return std::unique_ptr<ConsentSink>(new CountingSink(std::move(*made), m_commits));
        };
        QSemaphore ready;
        m_thread = QThread::create([this, sink, &ready] {
            ConsentLogServer::Options options;
            options.trustedProxies = {QHostAddress::LocalHost};
            options.queueCapacity = 100'000;
            ConsentLogServer server(options, sink);
            const Status started = server.start(QHostAddress::LocalHost, 0);
            m_error = started.error;
            m_port = started ? server.port() : 0;
            ready.release();
            if (!started)
                return;
            QEventLoop loop;
            loop.exec();
        });
        m_thread->start();
        ready.acquire();
    }
    ~ServerThread()
    {
        m_thread->exit();
        m_thread->wait();
        delete m_thread;
    }
    quint16 port() const { return m_port; }
    QString error() const { return m_error; }
    Load measure(int clients, int seconds);

private:
    Commits m_commits;
    QThread *m_thread = nullptr;
    quint16 m_port = 0;
    QString m_error;
};

// One keep-alive connection per client, each sending its next record when the last
// is answered. A bare socket rather than QNetworkAccessManager: on two cores the
// client's own cost must stay small beside the server's.
class Client
{
public:
    Client(quint16 port, int index, Load &load, std::vector<double> &latencies, qint64 &sent, const bool &stopping,
           const std::function<void()> &finished)
        : m_load(load), m_latencies(latencies), m_sent(sent), m_stopping(stopping), m_finished(finished)
    {
        Q_UNUSED(index);
        QObject::connect(&m_socket, &QTcpSocket::readyRead, &m_socket, [this] { read(); });
        QObject::connect(&m_socket, &QTcpSocket::connected, &m_socket, [this] { send(); });
        m_socket.connectToHost(QHostAddress::LocalHost, port);
        m_clock.start();
    }

private:
    void send()
    {
        if (m_stopping) {
            m_finished();
            return;
        }
        // Distinct visitors behind a trusted proxy: the rate limiter sees each rarely.
        const qint64 n = m_sent++;
        const QByteArray body = QStringLiteral("{\"id\":\"bench%1aaaaaaaaaaaaaa\",\"revision\":%2,\"timestamp\":\"%3\","
                                               "\"method\":\"%4\",\"categories\":{\"necessary\":true,\"statistics\":%5,"
                                               "\"marketing\":false},\"gpc\":false,\"page\":\"https://www.valbourg.example/\"}")
                                    .arg(n)
                                    .arg(n % 3)
                                    .arg(ConsentRecord::formatTime(QDateTime::currentDateTimeUtc()))
                                    .arg(n % 2 ? QStringLiteral("accept-all") : QStringLiteral("reject-all"))
                                    .arg(n % 2 ? QStringLiteral("true") : QStringLiteral("false"))
                                    .toUtf8();
        QByteArray request = "POST /consent-log HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain;charset=UTF-8\r\n"
                             "User-Agent: Mozilla/5.0 (X11; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0\r\n";
        request += "X-Forwarded-For: " +
                   QStringLiteral("10.%1.%2.%3").arg((n >> 16) & 255).arg((n >> 8) & 255).arg(n & 255).toLatin1() + "\r\n";
        request += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
        m_start = m_clock.nsecsElapsed();
        m_socket.write(request);
    }

    void read()
    {
        m_buffer += m_socket.readAll();
        for (;;) {
            const qsizetype end = m_buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QByteArray head = m_buffer.left(end).toLower();
            qsizetype length = 0;
            const qsizetype at = head.indexOf("content-length:");
            if (at >= 0)
                length = head.mid(at + 15, head.indexOf('\r', at) - at - 15).trimmed().toLongLong();
            if (m_buffer.size() < end + 4 + length)
                return;
            const int status = head.mid(9, 3).toInt();
            m_buffer.remove(0, end + 4 + length);
            if (status == 204) {
                ++m_load.acknowledged;
                m_latencies.push_back(double(m_clock.nsecsElapsed() - m_start) / 1e6);
            } else {
                ++m_load.refused;
            }
            send();
        }
    }

    QTcpSocket m_socket;
    QByteArray m_buffer;
    QElapsedTimer m_clock;
    qint64 m_start = 0;
    Load &m_load;
    std::vector<double> &m_latencies;
    qint64 &m_sent;
    const bool &m_stopping;
    std::function<void()> m_finished;
};

Load run(quint16 port, int clients, int seconds)
{
    std::vector<double> latencies;
    latencies.reserve(500000);
    Load load;
    qint64 sent = 0;
    bool stopping = false;
    int running = clients;
    QEventLoop loop;
    QElapsedTimer clock;
    clock.start();
    std::vector<std::unique_ptr<Client>> all;
    for (int i = 0; i < clients; ++i)
        all.push_back(std::make_unique<Client>(port, i, load, latencies, sent, stopping, [&] {
            if (--running == 0)
                loop.quit();
        }));
    QTimer::singleShot(seconds * 1000, &loop, [&] { stopping = true; });
    QTimer::singleShot((seconds + 30) * 1000, &loop, &QEventLoop::quit);
    loop.exec();
    const double elapsed = double(clock.nsecsElapsed()) / 1e9;
    std::sort(latencies.begin(), latencies.end());
    load.recordsPerSecond = double(load.acknowledged) / elapsed;
    if (!latencies.empty()) {
        load.p50 = latencies[latencies.size() / 2];
        load.p99 = latencies[std::min(latencies.size() - 1, latencies.size() * 99 / 100)];
    }
    return load;
}

Load ServerThread::measure(int clients, int seconds)
{
    const qint64 commitsBefore = m_commits.count, recordsBefore = m_commits.records, nsBefore = m_commits.nanoseconds;
    Load load = run(m_port, clients, seconds);
    const qint64 commits = m_commits.count - commitsBefore;
    if (commits > 0) {
        load.recordsPerCommit = double(m_commits.records - recordsBefore) / double(commits);
        load.commitMs = double(m_commits.nanoseconds - nsBefore) / 1e6 / double(commits);
    }
    return load;
}

ConsentWriter::SinkFactory storeAt(const QString &spec)
{
    return [spec]() -> Expected<std::unique_ptr<ConsentSink>> {
        auto store = ConsentStore::open(spec, ConsentStore::OpenMode::Create);
        if (!store)
            return Expected<std::unique_ptr<ConsentSink>>::failure(store.error());
        return std::unique_ptr<ConsentSink>(std::move(*store));
    };
}

void print(int clients, const char *name, const Load &load, const Load &floor)
{
    std::printf("%4d clients  %-11s %7.0f records/s  p50 %6.2f ms  p99 %6.2f ms  refused %lld  floor/this %5.2f"
                "  %6.1f records a commit, %5.2f ms in the commit\n",
                clients, name, load.recordsPerSecond, load.p50, load.p99, static_cast<long long>(load.refused),
                load.recordsPerSecond > 0 ? floor.recordsPerSecond / load.recordsPerSecond : 0.0, load.recordsPerCommit,
                load.commitMs);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const auto option = [&](const char *name, int fallback) {
        const qsizetype i = args.indexOf(QString::fromLatin1(name));
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1).toInt() : fallback;
    };
    const int seconds = option("--seconds", 5);
    const int records = option("--records", 1'000'000);
    QList<int> clientCounts;
    if (const qsizetype i = args.indexOf(QStringLiteral("--clients")); i >= 0 && i + 1 < args.size()) {
        for (const QString &n : args.at(i + 1).split(u','))
            clientCounts << n.toInt();
    } else {
        clientCounts = {16, 32, 64};
    }
    QTemporaryDir folder;

    // Every concurrency measured against its own floor, in the same run, the three
    // one after the other so that a change in the neighbours' load shows in all.
    PostgreSqlServer postgres;
    const bool withPostgres = !args.contains(QStringLiteral("--skip-load")) && postgres.start();
    if (!args.contains(QStringLiteral("--skip-load"))) {
        std::printf("consent-log service, %d s a measure, loopback, keep-alive clients\n", seconds);
        if (!withPostgres)
            std::printf("postgresql: not measured: %s\n", qPrintable(postgres.error()));
    }
    for (int clients : clientCounts) {
        if (args.contains(QStringLiteral("--skip-load")))
            break;
        Load floor;
        {
            ServerThread server([]() -> Expected<std::unique_ptr<ConsentSink>> { return std::unique_ptr<ConsentSink>(new DiscardSink); });
            floor = server.measure(clients, seconds);
            print(clients, "floor", floor, floor);
        }
        {
            ServerThread server(storeAt(QStringLiteral("sqlite:") + folder.filePath(QStringLiteral("bench%1.db").arg(clients))));
            if (server.port() == 0)
                std::printf("sqlite: %s\n", qPrintable(server.error()));
            else
                print(clients, "sqlite", server.measure(clients, seconds), floor);
        }
        const QString database = QStringLiteral("bench%1").arg(clients);
        if (withPostgres && postgres.createDatabase(database)) {
            ServerThread server(storeAt(postgres.storeSpec(database)));
            if (server.port() == 0)
                std::printf("postgresql: %s\n", qPrintable(server.error()));
            else
                print(clients, "postgresql", server.measure(clients, seconds), floor);
        }
    }

    // A log of `records` records over 400 days, written in large batches.
    const QString big = QStringLiteral("sqlite:") + folder.filePath(QStringLiteral("big.db"));
    auto store = ConsentStore::open(big, ConsentStore::OpenMode::Create);
    if (!store) {
        std::printf("%s\n", qPrintable(store.error()));
        return 1;
    }
    QElapsedTimer filling;
    filling.start();
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-400);
    for (int done = 0; done < records;) {
        QList<ConsentRecord> batch;
        for (int i = 0; i < 20000 && done < records; ++i, ++done) {
            ConsentRecord r;
            r.consentId = QStringLiteral("visitor%1").arg(done, 10, 10, QLatin1Char('0'));
            r.received = start.addMSecs(qint64(done) * (400LL * 86400 * 1000 / records));
            r.clientTime = r.received;
            r.revision = done < records / 2 ? 3 : 4;
            r.method = QStringList{QStringLiteral("accept-all"), QStringLiteral("reject-all"), QStringLiteral("custom")}.at(done % 3);
            r.categories = {{QStringLiteral("necessary"), true}, {QStringLiteral("statistics"), done % 3 != 1},
                            {QStringLiteral("marketing"), done % 3 == 0}};
            r.gpc = done % 10 == 0;
            r.page = QStringLiteral("https://www.valbourg.example/");
            r.address = QStringLiteral("203.0.113.0/24");
            r.userAgentFamily = QStringLiteral("Firefox");
            batch << r;
        }
        if (Status s = (*store)->append(batch); !s) {
            std::printf("%s\n", qPrintable(s.error));
            return 1;
        }
    }
    std::printf("\n%d records written in %.1f s\n", records, double(filling.elapsed()) / 1000.0);
    qint64 choices = 0;
    const double statsMs = Bench::medianBy([] { return double(QDateTime::currentMSecsSinceEpoch()); }, 5, [&] {
        auto s = ConsentStore::open(big, ConsentStore::OpenMode::ExistingOnly); // as `charte consent-log stats` does
        choices = ConsentStatistics::compute(*(*s)->tallies(), ConsentStatistics::Grouping::Week).total().choices;
    }, {});
    std::printf("stats --by week over %lld records: %.1f ms (median of 5)\n", static_cast<long long>(choices), statsMs);
    QElapsedTimer verifying;
    verifying.start();
    const auto verified = ConsentVerifier::verify(**store);
    std::printf("verify over %lld records: %.1f s, %s\n", static_cast<long long>(verified->checked),
                double(verifying.elapsed()) / 1000.0, verified->intact ? "intact" : qPrintable(verified->problem));
    QElapsedTimer finding;
    finding.start();
    const auto found = (*store)->find(QStringLiteral("visitor0000500000"));
    std::printf("find one id among %d: %.2f ms (%lld record)\n", records, double(finding.nsecsElapsed()) / 1e6,
                static_cast<long long>(found->size()));
    return 0;
}
