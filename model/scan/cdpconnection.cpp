// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "scan/cdpconnection.h"

#include <QJsonDocument>

CdpConnection::CdpConnection(QObject *parent) : QObject(parent)
{
    // Screenshots and cookie lists come as one message each; the browser is local and
    // trusted, but a page could still make a message large: 256 MiB is the bound.
    m_socket.setMaxAllowedIncomingMessageSize(256LL * 1024 * 1024);
    m_openTimer.setSingleShot(true);
    connect(&m_openTimer, &QTimer::timeout, this, [this] {
        m_socket.abort();
        failAll(tr("no DevTools connection within the time allowed"));
    });
    connect(&m_socket, &QWebSocket::connected, this, [this] {
        m_openTimer.stop();
        m_open = true;
        m_closedSent = false;
        emit opened();
    });
    connect(&m_socket, &QWebSocket::disconnected, this, [this] {
        m_openTimer.stop();
        failAll(m_socket.closeReason().isEmpty() ? tr("the DevTools connection closed")
                                                 : m_socket.closeReason());
    });
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &CdpConnection::onMessage);
}

CdpConnection::~CdpConnection()
{
    m_socket.disconnect(this);
    m_socket.abort();
    // Callbacks may point into the scanner being destroyed: drop them unanswered.
    for (Pending &pending : m_pending)
        delete pending.timer;
    m_pending.clear();
}

void CdpConnection::open(const QUrl &url, int timeoutMs)
{
    m_closedSent = false;
    m_openTimer.start(timeoutMs);
    m_socket.open(url);
}

void CdpConnection::close()
{
    m_socket.close();
}

int CdpConnection::send(const QString &method, const QJsonObject &params, const QString &sessionId,
                        Callback callback, int timeoutMs)
{
    const int id = m_nextId++;
    QJsonObject message{{QStringLiteral("id"), id}, {QStringLiteral("method"), method}};
    if (!params.isEmpty())
        message.insert(QStringLiteral("params"), params);
    if (!sessionId.isEmpty())
        message.insert(QStringLiteral("sessionId"), sessionId);

    Pending pending;
    pending.method = method;
    pending.callback = std::move(callback);
    pending.timer = new QTimer(this);
    pending.timer->setSingleShot(true);
    connect(pending.timer, &QTimer::timeout, this, [this, id, timeoutMs] {
        finish(
            id,
            CdpReply{{}, tr("no answer within %n second(s)", nullptr, qMax(1, timeoutMs / 1000))});
    });
    pending.timer->start(timeoutMs);
    m_pending.insert(id, std::move(pending));

    if (!m_open) {
        // Answered from the event loop, as a real reply would be, never from inside send().
        QMetaObject::invokeMethod(
            this,
            [this, id] {
                finish(id, CdpReply{{}, tr("the DevTools connection is not open")});
            },
            Qt::QueuedConnection);
        return id;
    }
    m_socket.sendTextMessage(
        QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
    return id;
}

void CdpConnection::onMessage(const QString &text)
{
    const QJsonObject message = QJsonDocument::fromJson(text.toUtf8()).object();
    if (message.contains(QLatin1StringView("id"))) {
        CdpReply reply;
        if (message.contains(QLatin1StringView("error"))) {
            const QJsonObject error = message.value(QLatin1StringView("error")).toObject();
            reply.error = error.value(QLatin1StringView("message")).toString();
            if (reply.error.isEmpty())
                reply.error =
                    tr("protocol error %1").arg(error.value(QLatin1StringView("code")).toInt());
        } else {
            reply.result = message.value(QLatin1StringView("result")).toObject();
        }
        finish(message.value(QLatin1StringView("id")).toInt(), reply);
        return;
    }
    const QString method = message.value(QLatin1StringView("method")).toString();
    if (!method.isEmpty()) {
        emit event(message.value(QLatin1StringView("sessionId")).toString(), method,
                   message.value(QLatin1StringView("params")).toObject());
    }
}

void CdpConnection::finish(int id, const CdpReply &reply)
{
    auto it = m_pending.find(id);
    if (it == m_pending.end())
        return; // answered late, after its time bound
    Pending pending = std::move(*it);
    m_pending.erase(it);
    pending.timer->deleteLater();
    if (pending.callback)
        pending.callback(reply);
}

void CdpConnection::failAll(const QString &reason)
{
    m_open = false;
    const QList<int> ids = m_pending.keys();
    for (const int id : ids)
        finish(id, CdpReply{{}, reason});
    if (!m_closedSent) {
        m_closedSent = true;
        emit closed(reason);
    }
}
