// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <functional>

// A small HTTP/1.1 responder on a loopback address, for tests and benchmarks that
// must not touch the network. Serves fixed routes, keeps connections alive, and
// can misbehave on purpose: endless bodies, one byte a second, raw bytes.
class LoopbackHttpServer : public QObject
{
public:
    struct Response
    {
        enum class Behaviour {
            Normal,
            EndlessBody, // headers, then body chunks until the client hangs up
            Drip,        // headers announcing a body, then one byte a second
            Raw,         // `raw` is written as is, then the connection is closed
            Silent,      // reads the request and never answers
            Delayed,     // a normal answer, delayMs after the request
        };
        int status = 200;
        QByteArray reason; // the status line's phrase ("Not Found"); "Status" when empty
        QList<std::pair<QByteArray, QByteArray>> headers; // repeated names allowed (Set-Cookie)
        QByteArray body;
        Behaviour behaviour = Behaviour::Normal;
        QByteArray raw;
        int delayMs = 0;

        static Response make(int status, QList<std::pair<QByteArray, QByteArray>> headers, const QByteArray &body)
        {
            Response response;
            response.status = status;
            response.headers = std::move(headers);
            response.body = body;
            return response;
        }
        static Response html(const QByteArray &body, QList<std::pair<QByteArray, QByteArray>> extra = {})
        {
            Response response;
            response.headers = std::move(extra);
            response.headers.prepend({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/html; charset=utf-8")});
            response.body = body;
            return response;
        }
        static Response redirect(const QByteArray &location, QList<std::pair<QByteArray, QByteArray>> extra = {})
        {
            Response response;
            response.status = 302;
            response.headers = std::move(extra);
            response.headers.append({QByteArrayLiteral("Location"), location});
            return response;
        }
    };
    using Handler = std::function<Response(const QByteArray &path)>;

    explicit LoopbackHttpServer(QObject *parent = nullptr) : QObject(parent)
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { serve(socket); });
                connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                    m_buffers.remove(socket);
                    socket->deleteLater();
                });
            }
        });
    }

    ~LoopbackHttpServer() override
    {
        // Sockets die with the server below; they must not call back into freed members.
        const QList<QTcpSocket *> sockets = m_server.findChildren<QTcpSocket *>();
        for (QTcpSocket *socket : sockets)
            socket->disconnect(this);
    }

    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0)
    {
        return m_server.listen(address, port);
    }
    QUrl url(const QString &path = QStringLiteral("/")) const
    {
        QUrl result;
        result.setScheme(QStringLiteral("http"));
        result.setHost(m_server.serverAddress().toString());
        result.setPort(m_server.serverPort());
        result.setPath(path);
        return result;
    }
    QByteArray origin() const { return url().toString(QUrl::RemovePath).toUtf8(); }

    void route(const QByteArray &path, const Response &response) { m_routes.insert(path, response); }
    void setFallback(Handler handler) { m_fallback = std::move(handler); }
    int hits(const QByteArray &path) const { return m_hits.value(path); }
    int totalHits() const { return m_total; }
    // The most Delayed requests that were waiting for their answer at one time.
    int maxInFlight() const { return m_maxInFlight; }
    // The Cookie header of the latest request for path.
    QByteArray lastCookieHeader(const QByteArray &path) const { return m_cookieHeaders.value(path); }

private:
    void serve(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        for (;;) {
            const qsizetype end = buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QByteArray head = buffer.left(end);
            buffer.remove(0, end + 4); // GET requests only: no request bodies
            const QList<QByteArray> lines = head.split('\n');
            const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
            QByteArray path = requestLine.value(1);
            if (const qsizetype query = path.indexOf('?'); query >= 0)
                path.truncate(query);
            QByteArray cookie;
            for (const QByteArray &line : lines) {
                if (line.toLower().startsWith("cookie:"))
                    cookie = line.mid(7).trimmed();
            }
            m_cookieHeaders.insert(path, cookie);
            ++m_hits[path];
            ++m_total;
            Response response;
            if (m_routes.contains(path))
                response = m_routes.value(path);
            else if (m_fallback)
                response = m_fallback(path);
            else
                response.status = 404;
            if (!respond(socket, response))
                return; // the connection now belongs to a misbehaviour
        }
    }

    static QByteArray head(const Response &response, bool withLength)
    {
        QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' +
                         (response.reason.isEmpty() ? QByteArray("Status") : response.reason) +
                         "\r\n";
        for (const auto &[name, value] : response.headers)
            out += name + ": " + value + "\r\n";
        if (withLength)
            out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
        return out;
    }

    // Returns false when the socket must not serve further requests.
    bool respond(QTcpSocket *socket, const Response &response)
    {
        switch (response.behaviour) {
        case Response::Behaviour::Normal:
            socket->write(head(response, true) + "\r\n" + response.body);
            return true;
        case Response::Behaviour::Silent:
            return false;
        case Response::Behaviour::Delayed:
            m_maxInFlight = std::max(m_maxInFlight, ++m_inFlight);
            QTimer::singleShot(response.delayMs, socket, [this, socket, response] {
                socket->write(head(response, true) + "\r\n" + response.body);
                --m_inFlight;
            });
            return true;
        case Response::Behaviour::Raw:
            socket->write(response.raw);
            socket->disconnectFromHost();
            return false;
        case Response::Behaviour::EndlessBody: {
            socket->write(head(response, false) + "Connection: close\r\n\r\n");
            auto *timer = new QTimer(socket);
            const QByteArray chunk(64 * 1024, 'x');
            connect(timer, &QTimer::timeout, socket, [socket, chunk] {
                if (socket->bytesToWrite() < 4 * chunk.size())
                    socket->write(chunk);
            });
            timer->start(2);
            return false;
        }
        case Response::Behaviour::Drip: {
            socket->write(head(response, false) + "Content-Length: 100000\r\n\r\n");
            auto *timer = new QTimer(socket);
            connect(timer, &QTimer::timeout, socket, [socket] { socket->write("x"); });
            timer->start(1000);
            return false;
        }
        }
        return true;
    }

    QTcpServer m_server;
    QHash<QByteArray, Response> m_routes;
    Handler m_fallback;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QHash<QByteArray, int> m_hits;
    QHash<QByteArray, QByteArray> m_cookieHeaders;
    int m_total = 0;
    int m_inFlight = 0;
    int m_maxInFlight = 0;
};
