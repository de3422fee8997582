// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include <QObject>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrl>

#include <memory>

// One headless Chromium with a fresh temporary profile, for one consent phase. It
// starts the browser with the DevTools port chosen by the browser itself
// (--remote-debugging-port=0), waits a bounded time for DevToolsActivePort to name it,
// and gives the browser endpoint's WebSocket URL. Ending it (stop(), the destructor,
// a crash) always leaves no process and no profile behind: the browser runs in its own
// session, so its renderers and zygotes are killed with it, and the profile folder is
// removed. Why a class of its own: the scanner must be able to end a browser from any
// state (cancel, timeout, crash) without knowing how it was started.
class ChromiumProcess : public QObject
{
    Q_OBJECT

public:
    explicit ChromiumProcess(QObject *parent = nullptr);
    ~ChromiumProcess() override;

    // Starts `program`; `ready` or `failed` follows within startTimeoutMs.
    void start(const QString &program, int startTimeoutMs = 20000);
    // The browser was asked to close (Browser.close): its end is not a crash.
    void expectExit() { m_stopping = true; }
    // Kills the browser and its children, waits for them, removes the profile.
    // Idempotent; the scanner sends Browser.close first when it can.
    void stop();

    bool isRunning() const;
    qint64 processId() const;
    QString profilePath() const;
    QUrl webSocketUrl() const { return m_webSocketUrl; }
    // Resident memory of the browser and every process it started, in bytes (Linux
    // /proc; 0 where it cannot be read).
    qint64 residentBytes() const;

    // The flags every scan uses: headless, fresh profile, no background traffic,
    // --no-sandbox only when running as root (Chromium refuses to start otherwise).
    static QStringList arguments(const QString &profile);

signals:
    void ready(const QUrl &webSocketUrl);
    void failed(const QString &reason);
    // The browser ended while nobody asked it to (crash, killed from outside).
    void crashed(const QString &reason);

private:
    void pollPort();
    void killTree();

    std::unique_ptr<QTemporaryDir> m_profile;
    QProcess m_process;
    QTimer m_poll;
    qint64 m_pid = 0;
    int m_waitedMs = 0;
    int m_startTimeoutMs = 20000;
    bool m_stopping = false;
    bool m_readySent = false;
    QUrl m_webSocketUrl;
    QByteArray m_stderrTail; // the browser's last words, for the failure message
};
