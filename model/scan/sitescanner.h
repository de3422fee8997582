// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include "scan/scanreport.h"

#include <QElapsedTimer>
#include <QHash>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QQueue>
#include <QSet>
#include <QTimer>
#include <QUrl>

class QNetworkReply;

// The bounds of one crawl. Every one of them is enforced; reaching one is
// reported, never silent.
struct ScanLimits
{
    int maxPages = 50;                        // HTML pages of the site parsed for links
    int maxDepth = 5;                         // link hops from the start page
    int maxSubresources = 500;                // scripts, images, stylesheets, other hosts' frames
    qint64 maxBytesPerResponse = 5 * 1024 * 1024;
    int totalTimeMs = 5 * 60 * 1000;
    int requestTimeoutMs = 20 * 1000;         // whole request, first byte to last
    int concurrency = 4;
    int maxRedirects = 5;
    bool sameSiteOnly = true;                 // false: follow links to any host (still bounded)
};

// Crawls a site the way a first-time visitor's browser would load it, without
// ever giving consent: pages of the same site (registrable domain) are followed,
// every subresource — on any host — is requested once so third-party Set-Cookie
// headers are seen, and each cookie is recorded with the response that first set it.
//
// Cookies are sent back (QNetworkAccessManager's cookie jar), as a browser does:
// a site that sets a cookie "when missing" then shows it once, and login-less
// sessions do not turn into redirect loops. Redirects are followed by hand, at most
// maxRedirects, each hop checked to be http or https, so the Set-Cookie headers of
// redirect responses are recorded too. TLS errors fail the request and are
// reported: they are never ignored.
class SiteScanner : public QObject
{
    Q_OBJECT

public:
    explicit SiteScanner(QObject *parent = nullptr);
    ~SiteScanner() override;

    void setLimits(const ScanLimits &limits) { m_limits = limits; }
    const ScanLimits &limits() const { return m_limits; }
    void setUserAgent(const QByteArray &userAgent) { m_userAgent = userAgent; }

    // Starts a crawl at url (http or https); returns false, with a log line, otherwise.
    bool start(const QUrl &url);
    void cancel();
    bool isRunning() const { return m_active; }
    const ScanReport &report() const { return m_report; }

signals:
    void progress(int pagesDone, int pagesQueued);
    void logLine(const QString &line);
    void finished();

private:
    enum class Kind { Page, Resource };
    struct Job
    {
        QUrl url;
        Kind kind = Kind::Page;
        int depth = 0;
        int redirects = 0;
        QUrl requestedAs; // the URL before redirects, for messages
    };
    struct InFlight
    {
        Job job;
        QByteArray body;
        qint64 bytes = 0;
        bool tooLarge = false;
        bool timedOut = false;
    };

    void enqueue(const QUrl &url, Kind kind, int depth);
    void pump();
    void send(const Job &job);
    void onReadyRead(QNetworkReply *reply);
    void onFinished(QNetworkReply *reply);
    void recordCookies(QNetworkReply *reply, const QUrl &url);
    void addError(const QUrl &url, const QString &message);
    void stopAll(bool cancelled);
    void finishIfIdle();
    bool isSameSite(const QUrl &url) const;
    static QUrl normalised(const QUrl &url);

    QNetworkAccessManager m_manager;
    ScanLimits m_limits;
    QByteArray m_userAgent = QByteArrayLiteral("Charte-scanner/0.1 (cookie audit; +https://example.invalid/charte)");
    ScanReport m_report;
    QString m_startHost;
    QQueue<Job> m_queue;
    QHash<QNetworkReply *, InFlight> m_inFlight;
    QSet<QUrl> m_seen;
    int m_pagesQueued = 0;
    int m_resourcesQueued = 0;
    int m_pagesDone = 0;
    bool m_running = false; // requests may still be sent
    bool m_active = false;  // started and `finished` not yet emitted
    QTimer m_deadline;
};
