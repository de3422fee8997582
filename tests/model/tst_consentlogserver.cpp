// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "consentlog/consentlogserver.h"
#include "consentlog/consentstore.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <atomic>

// The consent-log service over real loopback HTTP: what the banner sends is stored and
// answered 204 only once stored; every hostile request gets its 4xx with nothing kept;
// CORS only for configured origins; floods meet the rate limit and the bounded queue;
// a huge body cannot make the server hold it.
namespace {

const QByteArray Origin = "https://www.valbourg.example";
const QByteArray Chrome =
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36";

QByteArray body(const QString &id = QStringLiteral("3f0c0123456789abcdef0123456789ab"),
                const QString &method = QStringLiteral("reject-all"))
{
    return QStringLiteral("{\"id\":\"%1\",\"revision\":3,\"timestamp\":\"%2\",\"method\":\"%3\","
                          "\"categories\":{\"necessary\":true,\"statistics\":false},\"gpc\":false,"
                          "\"page\":\"https://www.valbourg.example/actualites\"}")
        .arg(id, ConsentRecord::formatTime(QDateTime::currentDateTimeUtc()), method)
        .toUtf8();
}

struct Answer
{
    int status = 0;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QHash<QByteArray, QByteArray> headers;
};

// A sink that holds every batch until the test lets it through, to see when answers go.
class GateSink : public ConsentSink
{
public:
    GateSink(QSemaphore *gate, std::atomic<int> *stored, bool fail) : m_gate(gate), m_stored(stored), m_fail(fail) {}
    Status append(QList<ConsentRecord> &records) override
    {
        m_gate->acquire();
        if (m_fail)
            return Status::failure(QStringLiteral("disk on fire"));
        *m_stored += int(records.size());
        return Status::success();
    }

private:
    QSemaphore *m_gate;
    std::atomic<int> *m_stored;
    bool m_fail;
};

} // namespace

class tst_ConsentLogServer : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_folder;
    QNetworkAccessManager m_network;
    int m_stores = 0;

    QString newSpec() { return QStringLiteral("sqlite:") + m_folder.filePath(QStringLiteral("s%1.db").arg(++m_stores)); }

    static ConsentWriter::SinkFactory storeAt(const QString &spec)
    {
        return [spec]() -> Expected<std::unique_ptr<ConsentSink>> {
            auto store = ConsentStore::open(spec, ConsentStore::OpenMode::Create);
            if (!store)
                return Expected<std::unique_ptr<ConsentSink>>::failure(store.error());
            return std::unique_ptr<ConsentSink>(std::move(*store));
        };
    }

    static ConsentLogServer::Options options()
    {
        ConsentLogServer::Options o;
        o.origins = {QString::fromLatin1(Origin)};
        o.categories = {QStringLiteral("necessary"), QStringLiteral("statistics")};
        o.ratePerMinute = 0;
        o.idleTimeoutMs = 1000;
        return o;
    }

    QNetworkReply *send(quint16 port, const QByteArray &verb, const QByteArray &data,
                        const QList<QPair<QByteArray, QByteArray>> &headers, const QString &path = QStringLiteral("/consent-log"))
    {
        QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path)));
        for (const auto &header : headers)
            request.setRawHeader(header.first, header.second);
        return m_network.sendCustomRequest(request, verb, data);
    }

    static Answer wait(QNetworkReply *reply, int timeoutMs = 10000)
    {
        if (!reply->isFinished()) {
            QEventLoop loop;
            QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
            QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
            loop.exec();
        }
        Answer answer;
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.body = reply->readAll();
        answer.error = reply->error();
        for (const auto &pair : reply->rawHeaderPairs())
            answer.headers.insert(pair.first.toLower(), pair.second);
        reply->deleteLater();
        return answer;
    }

    Answer post(quint16 port, const QByteArray &data, QList<QPair<QByteArray, QByteArray>> headers = {})
    {
        if (headers.isEmpty())
            headers = {{"Content-Type", "text/plain;charset=UTF-8"}, {"Origin", Origin}, {"User-Agent", Chrome}};
        return wait(send(port, "POST", data, headers));
    }

    static qint64 count(const QString &spec)
    {
        auto store = ConsentStore::open(spec, ConsentStore::OpenMode::ExistingOnly);
        return store ? *(*store)->recordCount() : -1;
    }

private Q_SLOTS:
    void storesWhatTheBannerSends()
    {
        const QString spec = newSpec();
        ConsentLogServer server(options(), storeAt(spec));
        QVERIFY(server.start(QHostAddress::LocalHost, 0));
        const Answer answer = post(server.port(), body());
        QCOMPARE(answer.status, 204);
        QCOMPARE(answer.headers.value("access-control-allow-origin"), Origin);
        QCOMPARE(answer.headers.value("access-control-allow-credentials"), QByteArray("true"));
        auto store = ConsentStore::open(spec, ConsentStore::OpenMode::ExistingOnly);
        QVERIFY(store);
        const auto found = (*store)->find(QStringLiteral("3f0c0123456789abcdef0123456789ab"));
        QCOMPARE(found->size(), 1);
        QCOMPARE(found->first().address, QStringLiteral("127.0.0.0/24"));
        QCOMPARE(found->first().userAgentFamily, QStringLiteral("Chrome"));
        QCOMPARE(found->first().method, QStringLiteral("reject-all"));
        QVERIFY(qAbs(found->first().received.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        // JSON is accepted as well as text/plain.
        QCOMPARE(post(server.port(), body(QStringLiteral("aaaa1111bbbb2222")),
                      {{"Content-Type", "application/json"}, {"Origin", Origin}})
                     .status,
                 204);
    }

    void refusesHostileRequests_data()
    {
        QTest::addColumn<QByteArray>("verb");
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("origin");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("status");
        const QByteArray good = body();
        const QString path = QStringLiteral("/consent-log");
        QTest::newRow("GET") << QByteArray("GET") << QByteArray() << QByteArray() << Origin << path << 405;
        QTest::newRow("PUT") << QByteArray("PUT") << good << QByteArray("text/plain") << Origin << path << 405;
        QTest::newRow("DELETE") << QByteArray("DELETE") << QByteArray() << QByteArray() << Origin << path << 405;
        QTest::newRow("over 4 KiB") << QByteArray("POST") << QByteArray(good).replace("/actualites", QByteArray("/" + QByteArray(5000, 'a')))
                                    << QByteArray("text/plain") << Origin << path << 413;
        QTest::newRow("form") << QByteArray("POST") << good << QByteArray("application/x-www-form-urlencoded") << Origin << path << 415;
        QTest::newRow("no type") << QByteArray("POST") << good << QByteArray() << Origin << path << 415;
        QTest::newRow("malformed") << QByteArray("POST") << QByteArray("{\"id\":") << QByteArray("text/plain") << Origin << path << 400;
        QTest::newRow("unknown member") << QByteArray("POST") << QByteArray(good).replace("\"gpc\"", "\"cookies\":\"sid=1\",\"gpc\"")
                                        << QByteArray("text/plain") << Origin << path << 400;
        QTest::newRow("category not in policy") << QByteArray("POST") << QByteArray(good).replace("statistics", "marketing")
                                                << QByteArray("text/plain") << Origin << path << 400;
        QTest::newRow("future") << QByteArray("POST")
                                << QByteArray(good).replace(good.mid(good.indexOf("\"timestamp\":\"") + 13, 4), "2099")
                                << QByteArray("text/plain") << Origin << path << 400;
        QTest::newRow("other origin") << QByteArray("POST") << good << QByteArray("text/plain")
                                      << QByteArray("https://evil.example") << path << 403;
        QTest::newRow("query string") << QByteArray("POST") << good << QByteArray("text/plain") << Origin
                                      << QStringLiteral("/consent-log?email=a@b.example") << 400;
    }
    void refusesHostileRequests()
    {
        QFETCH(QByteArray, verb);
        QFETCH(QByteArray, data);
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, origin);
        QFETCH(QString, path);
        QFETCH(int, status);
        const QString spec = newSpec();
        ConsentLogServer server(options(), storeAt(spec));
        QVERIFY(server.start(QHostAddress::LocalHost, 0));
        QList<QPair<QByteArray, QByteArray>> headers = {{"Origin", origin}};
        if (!contentType.isEmpty())
            headers.append({"Content-Type", contentType});
        const Answer answer = wait(send(server.port(), verb, data, headers, path));
        QCOMPARE(answer.status, status);
        if (origin != Origin)
            QVERIFY(!answer.headers.contains("access-control-allow-origin"));
        QCOMPARE(count(spec), 0);
        QCOMPARE(server.counters().stored, 0);
    }

    void answersPreflightForConfiguredOriginsOnly()
    {
        ConsentLogServer server(options(), storeAt(newSpec()));
        QVERIFY(server.start(QHostAddress::LocalHost, 0));
        Answer answer = wait(send(server.port(), "OPTIONS", {}, {{"Origin", Origin}, {"Access-Control-Request-Method", "POST"}}));
        QCOMPARE(answer.status, 204);
        QCOMPARE(answer.headers.value("access-control-allow-origin"), Origin);
        QCOMPARE(answer.headers.value("access-control-allow-methods"), QByteArray("POST"));
        answer = wait(send(server.port(), "OPTIONS", {}, {{"Origin", "https://evil.example"}}));
        QCOMPARE(answer.status, 403);
        QVERIFY(!answer.headers.contains("access-control-allow-origin"));
        // Without --origin nothing is cross-origin: no CORS headers at all.
        ConsentLogServer::Options open = options();
        open.origins.clear();
        ConsentLogServer plain(open, storeAt(newSpec()));
        QVERIFY(plain.start(QHostAddress::LocalHost, 0));
        answer = post(plain.port(), body());
        QCOMPARE(answer.status, 204);
        QVERIFY(!answer.headers.contains("access-control-allow-origin"));
    }

    void keepsNoAddressWhenAsked()
    {
        const QString spec = newSpec();
        ConsentLogServer::Options o = options();
        o.keepAddress = false;
        ConsentLogServer server(o, storeAt(spec));
        QVERIFY(server.start(QHostAddress::LocalHost, 0));
        QCOMPARE(post(server.port(), body()).status, 204);
        auto store = ConsentStore::open(spec, ConsentStore::OpenMode::ExistingOnly);
        QCOMPARE((*store)->find(QStringLiteral("3f0c0123456789abcdef0123456789ab"))->first().address, QString());
    }

    void usesTheProxysForwardedAddress()
    {
        const QString spec = newSpec();
        ConsentLogServer::Options o = options();
        o.trustedProxies = {QHostAddress::LocalHost};
        ConsentLogServer server(o, storeAt(spec));
        QVERIFY(server.start(QHostAddress::LocalHost, 0));
        QCOMPARE(post(server.port(), body(), {{"Content-Type", "text/plain"}, {"X-Forwarded-For", "198.51.100.23"}}).status, 204);
        auto store = ConsentStore::open(spec, ConsentStore::OpenMode::ExistingOnly);
        QCOMPARE((*store)->find(QStringLiteral("3f0c0123456789abcdef0123456789ab"))->first().address,
                 QStringLiteral("198.51.100.0/24"));
    }

    void limitsTheRatePerAddress()
    {
        const QString spec = newSpec();
        ConsentLogServer::Options o = options();
        o.ratePerMinute = 1;
        o.burst = 3;
        ConsentLogServer server(o, storeAt(spec));
        QVERIFY(server.start(QHostAddress::LocalHost, 0));
        QList<int> statuses;
        for (int i = 0; i < 6; ++i)
            statuses << post(server.port(), body(QStringLiteral("flood%1aaaaaaaa").arg(i))).status;
        QCOMPARE(statuses, (QList<int>{204, 204, 204, 429, 429, 429}));
        QCOMPARE(count(spec), 3);
    }

    void answersOnlyOnceStored()
    {
        QSemaphore gate;
        std::atomic<int> stored = 0;
        ConsentLogServer server(options(), [&]() -> Expected<std::unique_ptr<ConsentSink>> {
            return std::unique_ptr<ConsentSink>(new GateSink(&gate, &stored, false));
        });
        QVERIFY(server.start(QHostAddress::LocalHost, 0));
        QNetworkReply *reply = send(server.port(), "POST", body(), {{"Content-Type", "text/plain"}});
        QTest::qWait(500);
        QVERIFY(!reply->isFinished()); // not stored yet: no answer yet
        gate.release();
        const Answer answer = wait(reply);
        QCOMPARE(answer.status, 204);
        QCOMPARE(stored.load(), 1);
    }

    void answers503WhenTheStoreFails()
    {
        QSemaphore gate(100);
        std::atomic<int> stored = 0;
        ConsentLogServer server(options(), [&]() -> Expected<std::unique_ptr<ConsentSink>> {
            return std::unique_ptr<ConsentSink>(new GateSink(&gate, &stored, true));
        });
        QVERIFY(server.start(QHostAddress::LocalHost, 0));
        QSignalSpy failed(&server, &ConsentLogServer::storeFailed);
        QCOMPARE(post(server.port(), body()).status, 503);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(stored.load(), 0);
    }

    void boundsTheQueue()
    {
        QSemaphore gate;
        std::atomic<int> stored = 0;
        ConsentLogServer::Options o = options();
        o.queueCapacity = 2;
        ConsentLogServer server(o, [&]() -> Expected<std::unique_ptr<ConsentSink>> {
            return std::unique_ptr<ConsentSink>(new GateSink(&gate, &stored, false));
        });
        QVERIFY(server.start(QHostAddress::LocalHost, 0));
        // The first is taken by the writer (held at the gate), two wait in the queue, the rest are refused.
        QList<QNetworkReply *> replies;
        for (int i = 0; i < 6; ++i) {
            replies << send(server.port(), "POST", body(QStringLiteral("queue%1aaaaaaaa").arg(i)), {{"Content-Type", "text/plain"}});
            QTest::qWait(100);
        }
        QTRY_VERIFY(server.counters().limited >= 3);
        gate.release(100);
        QList<int> statuses;
        for (QNetworkReply *reply : replies)
            statuses << wait(reply).status;
        QCOMPARE(statuses.count(204), 3);
        QCOMPARE(statuses.count(429), 3);
        QCOMPARE(stored.load(), 3);
    }

    void dropsAHugeBodyWithoutHoldingIt()
    {
        const QString spec = newSpec();
        ConsentLogServer server(options(), storeAt(spec));
        QVERIFY(server.start(QHostAddress::LocalHost, 0));
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, server.port());
        QVERIFY(socket.waitForConnected(5000));
        socket.write("POST / HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: 100000000\r\n\r\n");
        const QByteArray chunk(64 * 1024, 'x');
        QElapsedTimer clock;
        clock.start();
        // The server stops reading at its buffer and closes the stalled connection.
        while (socket.state() == QAbstractSocket::ConnectedState && clock.elapsed() < 20000) {
            if (socket.bytesToWrite() < 1024 * 1024)
                socket.write(chunk);
            QTest::qWait(20);
        }
        QVERIFY(socket.state() != QAbstractSocket::ConnectedState);
        QVERIFY(clock.elapsed() < 20000);
        // And it still serves visitors.
        QCOMPARE(post(server.port(), body()).status, 204);
        QCOMPARE(count(spec), 1);
    }
};

QTEST_GUILESS_MAIN(tst_ConsentLogServer)
#include "tst_consentlogserver.moc"
