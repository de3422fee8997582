// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include "document/expected.h"

#include <QByteArray>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QNetworkReply;

// Fetches one web page for import, within bounds: http and https only (every
// redirect hop checked), at most 5 redirects, a size cap (the transfer is aborted
// as soon as it is exceeded), a timeout when the server stops sending and an
// overall deadline, and TLS errors treated as errors. One fetch at a time.
class PageFetcher : public QObject
{
    Q_OBJECT

public:
    struct Page
    {
        QByteArray body;
        QString contentType;
        QUrl url; // after redirects
    };

    static constexpr int MaximumRedirects = 5;

    explicit PageFetcher(QObject *parent = nullptr);
    ~PageFetcher() override;

    void setMaximumSize(qint64 bytes) { m_maximumSize = bytes; }
    qint64 maximumSize() const { return m_maximumSize; }
    // No byte for this long ends the fetch (QNetworkRequest::setTransferTimeout).
    void setIdleTimeout(int milliseconds) { m_idleTimeout = milliseconds; }
    // The whole fetch, redirects included, must end within this.
    void setDeadline(int milliseconds) { m_deadlineMs = milliseconds; }

    void fetch(const QUrl &url);
    void cancel();
    bool isRunning() const { return m_running; }

    // Valid after finished(true).
    const Page &page() const { return m_page; }
    // One line naming the URL, after finished(false).
    QString errorString() const { return m_error; }

    // For the command line: runs an event loop until the page is there or failed.
    static Expected<Page> fetchAndWait(const QUrl &url, qint64 maximumSize = DefaultMaximumSize);

    static constexpr qint64 DefaultMaximumSize = qint64(8) << 20;

signals:
    void progress(qint64 received, qint64 total); // total -1 when unknown
    void redirected(const QUrl &url);
    void finished(bool ok);

private:
    void start(const QUrl &url);
    void onReadyRead();
    void onFinished();
    void fail(const QString &message);
    void stop();

    QNetworkAccessManager m_manager;
    QPointer<QNetworkReply> m_reply;
    QTimer m_deadline;
    Page m_page;
    QString m_error;
    QUrl m_requested;
    qint64 m_maximumSize = DefaultMaximumSize;
    int m_idleTimeout = 20000;
    int m_deadlineMs = 60000;
    int m_redirects = 0;
    bool m_running = false;
};
