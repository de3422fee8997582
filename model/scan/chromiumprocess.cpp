// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "scan/chromiumprocess.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#ifdef Q_OS_UNIX
#include <signal.h>
#include <unistd.h>
#endif

namespace {

constexpr int PollMs = 25;

#ifdef Q_OS_LINUX
// The fields of /proc/PID/stat after the command name, which may itself hold spaces
// and parentheses: everything after the last ')'.
QList<QByteArray> statFields(const QString &pid)
{
    QFile file(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray line = file.readAll();
    const qsizetype close = line.lastIndexOf(')');
    return close < 0 ? QList<QByteArray>() : line.mid(close + 2).split(' ');
}

// Every process of the browser's session: the browser made itself a session leader,
// so its renderers, GPU and zygote processes share its session id even after the
// browser itself is gone.
QList<qint64> sessionMembers(qint64 session)
{
    QList<qint64> pids;
    const QStringList entries =
        QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool number = false;
        const qint64 pid = entry.toLongLong(&number);
        if (!number)
            continue;
        const QList<QByteArray> fields = statFields(entry);
        // state ppid pgrp session …: the session is the fourth field; a zombie has no memory
        // to free and cannot be killed again.
        if (fields.size() > 3 && fields.at(3).toLongLong() == session && fields.at(0) != "Z")
            pids << pid;
    }
    return pids;
}
#endif

} // namespace

ChromiumProcess::ChromiumProcess(QObject *parent) : QObject(parent)
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.setStandardOutputFile(QProcess::nullDevice());
#ifdef Q_OS_UNIX
    // A session of its own, so that ending the browser can end every process it
    // started, whatever they do with their parent.
    m_process.setChildProcessModifier([] { ::setsid(); });
#endif
    connect(&m_process, &QProcess::readyReadStandardError, this, [this] {
        m_stderrTail += m_process.readAllStandardError();
        if (m_stderrTail.size() > 4096)
            m_stderrTail = m_stderrTail.right(4096);
    });
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart && !m_stopping) {
            m_poll.stop();
            emit failed(tr("Chromium %1 could not be started: %2")
                            .arg(m_process.program(), m_process.errorString()));
        }
    });
    connect(&m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
        m_poll.stop();
        if (m_stopping)
            return;
        const QString how = status == QProcess::CrashExit ? tr("it crashed or was killed")
                                                          : tr("it exited with code %1").arg(code);
        const QString lastWords =
            QString::fromLocal8Bit(m_stderrTail).trimmed().section(u'\n', -1).left(200);
        if (m_readySent) {
            emit crashed(tr("the browser ended unexpectedly: %1").arg(how));
        } else {
            emit failed(
                lastWords.isEmpty()
                    ? tr("Chromium ended before it was ready: %1").arg(how)
                    : tr("Chromium ended before it was ready: %1 (%2)").arg(how, lastWords));
        }
        killTree(); // its children may have outlived it
        m_profile.reset();
    });
    m_poll.setInterval(PollMs);
    connect(&m_poll, &QTimer::timeout, this, &ChromiumProcess::pollPort);
}

ChromiumProcess::~ChromiumProcess()
{
    stop();
}

QStringList ChromiumProcess::arguments(const QString &profile)
{
    QStringList args = {
        QStringLiteral("--headless"),
        QStringLiteral("--remote-debugging-port=0"),
        QStringLiteral("--user-data-dir=") + profile,
        QStringLiteral("--no-first-run"),
        QStringLiteral("--no-default-browser-check"),
        QStringLiteral("--disable-gpu"),
        // Containers (CI) often give /dev/shm 64 MiB, too little for renderers.
        QStringLiteral("--disable-dev-shm-usage"),
        QStringLiteral("--disable-background-networking"),
        QStringLiteral("--disable-component-update"),
        QStringLiteral("--disable-sync"),
        QStringLiteral("--disable-default-apps"),
        QStringLiteral("--disable-extensions"),
        QStringLiteral("--disable-breakpad"),
        QStringLiteral("--mute-audio"),
        QStringLiteral("--password-store=basic"),
        QStringLiteral("--window-size=1280,900"),
        // navigator.webdriver stays false, as in a visitor's browser: some banners and
        // trackers hide from automation, and the scan must see what visitors get.
        QStringLiteral("--disable-blink-features=AutomationControlled"),
        // Headless Chromium throttles timers of pages it considers hidden; a scan
        // must see the writes a visitor's visible tab would make.
        QStringLiteral("--disable-background-timer-throttling"),
        QStringLiteral("--disable-renderer-backgrounding"),
        QStringLiteral("--disable-backgrounding-occluded-windows"),
    };
#ifdef Q_OS_UNIX
    if (::geteuid() == 0)
        args << QStringLiteral("--no-sandbox"); // Chromium will not start as root with its sandbox
#endif
    args << QStringLiteral("about:blank");
    return args;
}

void ChromiumProcess::start(const QString &program, int startTimeoutMs)
{
    stop();
    m_stopping = false;
    m_readySent = false;
    m_waitedMs = 0;
    m_startTimeoutMs = startTimeoutMs;
    m_stderrTail.clear();
    m_webSocketUrl.clear();
    m_profile = std::make_unique<QTemporaryDir>(QDir::tempPath() +
                                                QStringLiteral("/charte-chromium-XXXXXX"));
    if (!m_profile->isValid()) {
        const QString reason =
            tr("no temporary profile folder for Chromium: %1").arg(m_profile->errorString());
        m_profile.reset();
        QMetaObject::invokeMethod(
            this, [this, reason] { emit failed(reason); }, Qt::QueuedConnection);
        return;
    }
    m_process.start(program, arguments(m_profile->path()));
    m_pid = m_process.processId();
    m_poll.start();
}

void ChromiumProcess::pollPort()
{
    m_waitedMs += PollMs;
    QFile file(m_profile ? m_profile->filePath(QStringLiteral("DevToolsActivePort")) : QString());
    if (m_profile && file.open(QIODevice::ReadOnly)) {
        // Two lines: the port, then the browser endpoint's path. The file may be caught
        // half written; then the next poll reads it whole.
        const QList<QByteArray> lines = file.readAll().split('\n');
        const int port = lines.value(0).trimmed().toInt();
        const QByteArray path = lines.value(1).trimmed();
        if (port > 0 && path.startsWith("/devtools/browser/")) {
            m_poll.stop();
            m_webSocketUrl = QUrl(
                QStringLiteral("ws://127.0.0.1:%1%2").arg(port).arg(QString::fromLatin1(path)));
            m_readySent = true;
            emit ready(m_webSocketUrl);
            return;
        }
    }
    if (m_waitedMs >= m_startTimeoutMs) {
        m_poll.stop();
        stop();
        emit failed(tr("Chromium did not open its DevTools port within %n second(s)", nullptr,
                       m_startTimeoutMs / 1000));
    }
}

void ChromiumProcess::stop()
{
    m_poll.stop();
    m_stopping = true;
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(1500)) {
            killTree();
            m_process.kill();
            m_process.waitForFinished(3000);
        }
    }
    killTree();
    m_profile.reset(); // QTemporaryDir removes the folder and everything in it
}

void ChromiumProcess::killTree()
{
#ifdef Q_OS_UNIX
    if (m_pid <= 0)
        return;
    ::kill(-static_cast<pid_t>(m_pid), SIGKILL);
#ifdef Q_OS_LINUX
    // Anything that left the process group but not the session.
    for (int round = 0; round < 20; ++round) {
        const QList<qint64> left = sessionMembers(m_pid);
        if (left.isEmpty())
            break;
        for (const qint64 pid : left)
            ::kill(static_cast<pid_t>(pid), SIGKILL);
        ::usleep(20 * 1000);
    }
#endif
#endif
}

bool ChromiumProcess::isRunning() const
{
    return m_process.state() != QProcess::NotRunning;
}

qint64 ChromiumProcess::processId() const
{
    return m_pid;
}

QString ChromiumProcess::profilePath() const
{
    return m_profile ? m_profile->path() : QString();
}

qint64 ChromiumProcess::residentBytes() const
{
#ifdef Q_OS_LINUX
    if (m_pid <= 0 || !isRunning())
        return 0;
    static const qint64 pageSize = ::sysconf(_SC_PAGESIZE);
    qint64 total = 0;
    for (const qint64 pid : sessionMembers(m_pid)) {
        // rss is the 24th field of stat, the 22nd after the command name.
        const QList<QByteArray> fields = statFields(QString::number(pid));
        total += fields.value(21).toLongLong() * pageSize;
    }
    return total;
#else
    return 0;
#endif
}
