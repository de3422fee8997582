// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include "scan/browserscanner.h"
#include "scan/cdpconnection.h"
#include "scan/chromiumprocess.h"
#include "scan/cookieattribution.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <atomic>
#include <functional>

// One consent phase in one fresh Chromium: start the browser, open a page, (for the
// after-choice phases) find and click the site's refusal or acceptance control, visit
// the pages, and record what the browser holds and contacts into a ScanReport. Every
// step is bounded (per page, per phase, per protocol command, browser memory), and the
// browser is always ended and its profile removed before run() returns.
//
// run() reads as the sequence of protocol steps a person would take; it waits in local
// event loops, so it belongs in a worker thread (BrowserScanner runs it in one), never
// in the thread of a window.
class BrowserPhase : public QObject
{
    Q_OBJECT

public:
    struct Setup
    {
        QString browserPath;
        QUrl startUrl;
        ConsentPhase phase = ConsentPhase::Before;
        BrowserScanOptions options;
        QList<QUrl>
            pages; // not empty: visit exactly these (the before phase's); empty: follow links
        const std::atomic<bool> *cancelled = nullptr;
    };

    explicit BrowserPhase(const Setup &setup, QObject *parent = nullptr);
    ~BrowserPhase() override;

    ScanReport run();
    // The pages visited, in order, for the next phase to browse the same ones.
    const QList<QUrl> &visitedPages() const { return m_visited; }
    // The browser's process id while it runs (tests kill it to play a crash).
    qint64 browserProcessId() const { return m_browser.processId(); }

signals:
    void logLine(const QString &line);
    void progress(int pagesDone, int pagesQueued);
    void browserStarted(qint64 processId, const QString &profilePath);

private:
    // What happened while one page was visited, reported once the page is done.
    struct PageState
    {
        QUrl url;
        QUrl committedUrl; // where the browser landed, after redirects
        QString loaderId;
        // Every main-frame navigation started while on this page; once the page is left,
        // their late events (a redirect loop that Page.stopLoading has not yet ended) are
        // not charged to the next page.
        QSet<QString> documentLoaders;
        int commits = 0;
        int redirects = 0;
        int status = 0;
        bool replied = false;
        bool loaded = false;
        bool redirectLimit = false;
        bool crashed = false;
        CdpReply navigateReply;
        QString tooLargeUrl;
        QStringList navigatedTo;
        QStringList dialogs;
        QStringList downloads;
        int popups = 0;
    };

    bool startBrowser();
    bool openPage();
    void setUpSession(const QString &sessionId, bool mainFrame);
    void crawl();
    // The start page's own steps: the site it lands on, the screenshot, the controls
    // seen or clicked. False when the phase ends there (no answer, no control).
    bool onStartPage(const QUrl &url, bool opened);
    bool visit(const QUrl &url);
    void collect(const QUrl &url, int depth, bool followLinks, QList<std::pair<QUrl, int>> *queue,
                 QSet<QUrl> *seen);
    void readCookies(const QString &pageUrl);
    void recordCookies(const QString &pageUrl, const CdpReply &reply);
    void readFrames(const QString &sessionId, const QString &pageUrl, bool followLinks,
                    QStringList *links);
    QString findControl(const QStringList &selectors, bool click);
    void clickControl();
    void screenshot(const QString &pageUrl);
    void reportPage();
    void settle(int ms);
    void endBrowser();

    void onEvent(const QString &sessionId, const QString &method, const QJsonObject &params);
    CdpReply call(const QString &method, const QJsonObject &params = {},
                  const QString &sessionId = {}, int timeoutMs = 10000);
    bool waitUntil(const std::function<bool()> &done, int timeoutMs);
    bool stopping() const;
    void wake();
    void addError(const QString &url, const QString &message);
    bool sameSite(const QString &host) const;
    int pageTimeMs() const;

    Setup m_setup;
    ScanReport m_report;
    CookieAttribution m_attribution;
    ChromiumProcess m_browser;
    CdpConnection m_cdp;
    QTimer m_memoryCheck;
    QDeadlineTimer m_deadline;
    QEventLoop *m_wait = nullptr;

    QString m_siteHost;
    QString m_userAgent;
    QString m_targetId;
    QString m_session;
    QSet<QString> m_childSessions;
    QHash<QString, QString> m_requestUrls; // session + request id → URL
    QHash<QString, qint64> m_requestBytes; // session + request id → bytes received
    QHash<QString, int> m_cookieIndex;     // name + domain + path → index in m_report.cookies
    QList<QUrl> m_visited;
    PageState m_page;
    QSet<QString> m_leftLoaders;   // navigations of pages already left
    QSet<QString> m_downloadGuids; // downloads already charged to a page
    QSet<QString> m_beforeUnloadPages; // pages that asked to stay, reported once each
    QString m_browserGone; // why the browser ended under us; empty while it runs
    QString m_crashed;     // the process's own account of its end
    bool m_browserReady = false;
    bool m_memoryExceeded = false;
    bool m_cdpOpen = false;
};
