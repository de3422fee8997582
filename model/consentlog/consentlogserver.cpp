// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "consentlog/consentlogserver.h"

#include "consentlog/clientinfo.h"

#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QTcpServer>
#include <QTimer>

namespace {

using Status4xx = QHttpServerResponder::StatusCode;

// Request line, headers (a browser sends well under 2 KiB) and a 4 KiB body.
constexpr qint64 ReadBufferSize = 16 * 1024;
const char IdleTimerName[] = "charte-idle";

// Accepts connections up to a bound, caps each one's read buffer (Qt HTTP Server
// keeps a request's bytes until it is whole, so this bounds what a sender can make
// it hold) and closes a connection that completes no request for a while.
class BoundedTcpServer : public QTcpServer
{
public:
    BoundedTcpServer(int maximum, int idleMs, QObject *parent)
        : QTcpServer(parent), m_maximum(maximum), m_idleMs(idleMs)
    {
    }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        if (m_open >= m_maximum) {
            socket->abort();
            socket->deleteLater();
            return;
        }
        ++m_open;
        connect(socket, &QObject::destroyed, this, [this] { --m_open; });
        socket->setReadBufferSize(ReadBufferSize);
        auto *idle = new QTimer(socket);
        idle->setObjectName(QString::fromLatin1(IdleTimerName));
        idle->setSingleShot(true);
        idle->setInterval(m_idleMs);
        connect(idle, &QTimer::timeout, socket, [socket] { socket->abort(); });
        idle->start();
        addPendingConnection(socket);
    }

private:
    const int m_maximum;
    const int m_idleMs;
    int m_open = 0;
};

bool isJsonOrText(const QByteArray &contentType)
{
    const QByteArray type = contentType.split(';').value(0).trimmed().toLower();
    return type == "text/plain" || type == "application/json";
}

} // namespace

ConsentLogServer::ConsentLogServer(Options options, ConsentWriter::SinkFactory sink, QObject *parent)
    : QAbstractHttpServer(parent), m_options(std::move(options)),
      m_limiter(m_options.ratePerMinute, m_options.burst)
{
    m_reader.setKnownCategories(m_options.categories);
    m_writer = std::make_unique<ConsentWriter>(
        std::move(sink), m_options.queueCapacity, [this](const QList<quint64> &tickets, const Status &stored) {
            // Called on the writer's thread; the answers go out on this one.
            QMetaObject::invokeMethod(this, [this, tickets, stored] { finished(tickets, stored); },
                                      Qt::QueuedConnection);
        });
}

ConsentLogServer::~ConsentLogServer()
{
    m_writer.reset(); // stores what is queued before the sockets go
}

Status ConsentLogServer::start(const QHostAddress &address, quint16 port)
{
    if (Status s = m_writer->start(); !s)
        return s;
    m_tcp = new BoundedTcpServer(m_options.maximumConnections, m_options.idleTimeoutMs, this);
    if (!m_tcp->listen(address, port))
        return Status::failure(QStringLiteral("cannot listen on %1:%2 (%3)")
                                   .arg(address.toString())
                                   .arg(port)
                                   .arg(m_tcp->errorString()));
    bind(m_tcp);
    return Status::success();
}

quint16 ConsentLogServer::port() const
{
    return m_tcp ? m_tcp->serverPort() : 0;
}

bool ConsentLogServer::originAllowed(const QByteArray &origin) const
{
    return m_options.origins.contains(QString::fromLatin1(origin));
}

void ConsentLogServer::answer(QHttpServerResponder &&responder, QHttpServerResponder::StatusCode status,
                              const QByteArray &origin, const QByteArray &message,
                              const QList<QPair<QByteArray, QByteArray>> &extra)
{
    QHttpServerResponse response = message.isEmpty()
                                       ? QHttpServerResponse(status)
                                       : QHttpServerResponse(QByteArrayLiteral("text/plain; charset=utf-8"),
                                                             message + '\n', status);
    for (const auto &header : extra)
        response.addHeader(header.first, header.second);
    if (!origin.isEmpty() && originAllowed(origin)) {
        response.addHeader(QByteArrayLiteral("Access-Control-Allow-Origin"), origin);
        // sendBeacon sends credentials; without this the browser hides the answer.
        response.addHeader(QByteArrayLiteral("Access-Control-Allow-Credentials"), QByteArrayLiteral("true"));
        response.addHeader(QByteArrayLiteral("Vary"), QByteArrayLiteral("Origin"));
    }
    response.addHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    response.write(std::move(responder));
}

bool ConsentLogServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    if (auto *idle = socket->findChild<QTimer *>(QString::fromLatin1(IdleTimerName)))
        idle->start(); // this connection is alive: it gets a new period
    QHttpServerResponder responder = makeResponder(request, socket);
    const QByteArray origin = request.value("Origin");
    const auto refuse = [&](QHttpServerResponder::StatusCode status, const QByteArray &why,
                            const QList<QPair<QByteArray, QByteArray>> &extra = {}) {
        ++m_counters.rejected;
        answer(std::move(responder), status, origin, why, extra);
        return true;
    };
    const bool crossOriginChecked = !m_options.origins.isEmpty();
    if (crossOriginChecked && !origin.isEmpty() && !originAllowed(origin))
        return refuse(Status4xx::Forbidden, "origin not allowed");

    if (request.method() == QHttpServerRequest::Method::Options) {
        if (!crossOriginChecked || origin.isEmpty())
            return refuse(Status4xx::Forbidden, "no cross-origin access configured");
        answer(std::move(responder), Status4xx::NoContent, origin, {},
               {{"Access-Control-Allow-Methods", "POST"},
                {"Access-Control-Allow-Headers", "Content-Type"},
                {"Access-Control-Max-Age", "86400"}});
        return true;
    }
    if (request.method() != QHttpServerRequest::Method::Post)
        return refuse(Status4xx::MethodNotAllowed, "only POST", {{"Allow", "POST, OPTIONS"}});
    if (!request.url().query().isEmpty())
        return refuse(Status4xx::BadRequest, "no query string");
    if (request.body().size() > ConsentRequestReader::MaximumBodySize)
        return refuse(Status4xx::PayloadTooLarge, "body over 4096 bytes");
    if (!isJsonOrText(request.value("Content-Type")))
        return refuse(Status4xx::UnsupportedMediaType, "expected text/plain or application/json");

    const QHostAddress client = ClientInfo::clientAddress(request.remoteAddress(), request.value("X-Forwarded-For"),
                                                          m_options.trustedProxies);
    if (!m_limiter.allow(client.toString())) {
        ++m_counters.limited;
        answer(std::move(responder), Status4xx::TooManyRequests, origin, "too many requests", {{"Retry-After", "60"}});
        return true;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Expected<ConsentRecord> record = m_reader.read(request.body(), now);
    if (!record)
        return refuse(Status4xx::BadRequest, record.error().toUtf8());
    record->received = now;
    if (m_options.keepAddress)
        record->address = ClientInfo::truncatedAddress(client);
    record->userAgentFamily = ClientInfo::browserFamily(request.value("User-Agent"));

    const quint64 ticket = m_nextTicket++;
    if (!m_writer->submit(ticket, std::move(*record))) {
        ++m_counters.limited;
        answer(std::move(responder), Status4xx::TooManyRequests, origin, "busy, try later", {{"Retry-After", "1"}});
        return true;
    }
    m_pending.emplace(ticket, Pending{QPointer<QTcpSocket>(socket), std::move(responder), origin});
    return true;
}

void ConsentLogServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    answer(std::move(responder), Status4xx::NotFound, request.value("Origin"));
}

void ConsentLogServer::finished(const QList<quint64> &tickets, const Status &stored)
{
    if (!stored) {
        m_counters.failed += tickets.size();
        Q_EMIT storeFailed(stored.error);
    } else {
        m_counters.stored += tickets.size();
    }
    for (quint64 ticket : tickets) {
        auto it = m_pending.find(ticket);
        if (it == m_pending.end())
            continue;
        Pending &pending = it->second;
        // The visitor may have gone: the record is stored all the same.
        if (pending.socket && pending.socket->state() == QAbstractSocket::ConnectedState) {
            if (stored)
                answer(std::move(pending.responder), Status4xx::NoContent, pending.origin);
            else
                answer(std::move(pending.responder), Status4xx::ServiceUnavailable, pending.origin, "not stored");
        }
        m_pending.erase(it);
    }
}
