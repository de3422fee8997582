// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include "consentlog/consentrequest.h"
#include "consentlog/consentwriter.h"
#include "consentlog/ratelimiter.h"

#include <QAbstractHttpServer>
#include <QHostAddress>
#include <QHttpServerResponder>
#include <QPointer>
#include <QSet>
#include <QTcpSocket>

#include <map>
#include <memory>

class QTcpServer;

// The consent-log service (`charte consent-log serve`): Qt HTTP Server parses HTTP;
// this class decides what to accept. A POST whose body is a record the banner sends
// (text/plain, as sendBeacon sends it, or JSON) is checked, stamped with the
// receive time, the truncated address and the browser family, queued for the
// writer, and answered 204 only when the writer says it is stored. Everything else
// gets a 4xx and nothing is kept. CORS headers go to the configured origins only.
//
// Lives in model/ (Qt Core/Network/HttpServer, no Widgets): the command line runs it,
// tests and the benchmark start it in-process. Memory is bounded by the number of
// connections, the read buffer of each (a body cannot grow past it), the queue and
// the rate limiter's table.
class ConsentLogServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    struct Options
    {
        QStringList origins;               // allowed Origin values; empty: no CORS, any origin
        QSet<QString> categories;          // from --policy; empty: any category id
        bool keepAddress = true;           // false: --no-address
        QList<QHostAddress> trustedProxies; // whose X-Forwarded-For is believed
        int ratePerMinute = 30;            // per client address; 0: no limit
        int burst = 10;
        qsizetype queueCapacity = 20'000;
        int maximumConnections = 1000;
        int idleTimeoutMs = 15'000;        // a connection must finish a request this often
    };

    ConsentLogServer(Options options, ConsentWriter::SinkFactory sink, QObject *parent = nullptr);
    ~ConsentLogServer() override;

    // Opens the sink and listens; the error names what failed.
    Status start(const QHostAddress &address, quint16 port);
    quint16 port() const;

    struct Counters
    {
        qint64 stored = 0, rejected = 0, limited = 0, failed = 0;
    };
    Counters counters() const { return m_counters; }

Q_SIGNALS:
    void storeFailed(const QString &error);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Pending
    {
        QPointer<QTcpSocket> socket;
        QHttpServerResponder responder;
        QByteArray origin;
    };
    void answer(QHttpServerResponder &&responder, QHttpServerResponder::StatusCode status,
                const QByteArray &origin, const QByteArray &message = {},
                const QList<QPair<QByteArray, QByteArray>> &extra = {});
    void finished(const QList<quint64> &tickets, const Status &stored);
    bool originAllowed(const QByteArray &origin) const;

    Options m_options;
    ConsentRequestReader m_reader;
    RateLimiter m_limiter;
    std::unique_ptr<ConsentWriter> m_writer;
    std::map<quint64, Pending> m_pending;
    quint64 m_nextTicket = 1;
    QTcpServer *m_tcp = nullptr;
    Counters m_counters;
};
