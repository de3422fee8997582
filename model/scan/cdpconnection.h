// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QTimer>
#include <QUrl>
#include <QWebSocket>

#include <functional>

// What a Chrome DevTools Protocol command answered: its result, or why it failed
// (the protocol's error message, "timed out", "connection closed").
struct CdpReply
{
    QJsonObject result;
    QString error;
    bool ok() const { return error.isEmpty(); }
};

// A Chrome DevTools Protocol client over one QWebSocket to the browser endpoint, with
// flattened sessions: a command names the session (target) it is for, and so does
// every event. It numbers commands, hands each reply to the callback given with the
// command, fails a command that gets no reply within its time bound, and fails every
// pending command when the connection closes, so no caller ever waits unbounded.
// Why a class of its own: the scanner reads as a sequence of protocol steps, and the
// message plumbing is tested and bounded in one place.
class CdpConnection : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const CdpReply &)>;

    explicit CdpConnection(QObject *parent = nullptr);
    ~CdpConnection() override;

    // Opens the WebSocket; `opened` or `closed` follows within timeoutMs.
    void open(const QUrl &url, int timeoutMs = 10000);
    void close();
    bool isOpen() const { return m_open; }

    // Sends `method` to the target of `sessionId` (empty: the browser itself). The
    // callback, if any, is called exactly once, with the reply or the failure.
    int send(const QString &method, const QJsonObject &params = {}, const QString &sessionId = {},
             Callback callback = {}, int timeoutMs = 15000);

signals:
    void opened();
    void closed(const QString &reason);
    void event(const QString &sessionId, const QString &method, const QJsonObject &params);

private:
    struct Pending
    {
        QString method;
        Callback callback;
        QTimer *timer = nullptr;
    };

    void onMessage(const QString &message);
    void failAll(const QString &reason);
    void finish(int id, const CdpReply &reply);

    QWebSocket m_socket;
    QTimer m_openTimer;
    QHash<int, Pending> m_pending;
    int m_nextId = 1;
    bool m_open = false;
    bool m_closedSent = false;
};
