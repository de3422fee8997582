// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "scan/browserscanner.h"

#include "scan/browserphase.h"

#include <QFileInfo>
#include <QStandardPaths>
#include <QThread>

#include <atomic>

// The scan runs in a thread of its own: each phase waits on the browser step by step,
// and the window (or the command line) that started it stays responsive meanwhile.
class BrowserScanner::Run
{
public:
    std::atomic<bool> cancelled{false};
    QThread *thread = nullptr;
    ConsentScan result;
};

BrowserScanner::BrowserScanner(QObject *parent) : QObject(parent)
{
    m_result.engine = QStringLiteral("chromium");
}

BrowserScanner::~BrowserScanner()
{
    if (m_run) {
        m_run->cancelled = true;
        m_run->thread->disconnect(this);
        // Bounded: a cancelled phase ends its browser within a few seconds.
        m_run->thread->wait();
        delete m_run->thread;
    }
}

QString BrowserScanner::findBrowser(const QString &given, QString *error)
{
    if (!given.isEmpty()) {
        const QFileInfo file(given);
        if (file.isFile() && file.isExecutable())
            return file.absoluteFilePath();
        const QString onPath =
            given.contains(u'/') ? QString() : QStandardPaths::findExecutable(given);
        if (!onPath.isEmpty())
            return onPath;
        if (error)
            *error = tr("No Chromium at %1: it is not an executable file.").arg(given);
        return {};
    }
    for (const QString &name : {QStringLiteral("chromium"), QStringLiteral("chromium-browser")}) {
        const QString found = QStandardPaths::findExecutable(name);
        if (!found.isEmpty())
            return found;
    }
    if (error)
        *error = tr("No Chromium found (neither chromium nor chromium-browser is on the PATH): "
                    "install Debian's chromium package or give --browser PATH.");
    return {};
}

bool BrowserScanner::start(const QUrl &url, const BrowserScanOptions &options)
{
    if (m_run) {
        emit logLine(tr("A scan is already running."));
        return false;
    }
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() ||
        (scheme != QLatin1StringView("http") && scheme != QLatin1StringView("https"))) {
        emit logLine(tr("%1: not an http or https URL: not scanned").arg(url.toString()));
        return false;
    }
    QString error;
    const QString browser = findBrowser(options.browserPath, &error);
    if (browser.isEmpty()) {
        emit logLine(error);
        return false;
    }
    m_result = ConsentScan();
    m_result.engine = QStringLiteral("chromium");
    m_run = std::make_unique<Run>();
    Run *run = m_run.get();
    QList<ConsentPhase> phases;
    for (const ConsentPhase phase :
         {ConsentPhase::Before, ConsentPhase::AfterReject, ConsentPhase::AfterAccept}) {
        if (options.phases.contains(phase))
            phases << phase;
    }
    emit logLine(tr("Scanning %1 in Chromium (%2), at most %n page(s) per phase.", nullptr,
                    options.limits.maxPages)
                     .arg(url.toString(), browser));
    run->thread = QThread::create([this, run, url, options, browser, phases] {
        run->result.engine = QStringLiteral("chromium");
        QList<QUrl> pages;
        for (const ConsentPhase phase : phases) {
            if (run->cancelled) {
                // Asked for, never run: present and marked, never silently absent.
                ScanReport skipped;
                skipped.phase = phase;
                skipped.engine = QStringLiteral("chromium");
                skipped.startUrl = url.toString();
                skipped.cancelled = true;
                run->result.phases << skipped;
                continue;
            }
            emit phaseStarted(phase);
            emit logLine(tr("Phase %1: a fresh Chromium profile.").arg(toString(phase)));
            BrowserPhase::Setup setup;
            setup.browserPath = browser;
            setup.startUrl = url;
            setup.phase = phase;
            setup.options = options;
            setup.pages = pages;
            setup.cancelled = &run->cancelled;
            BrowserPhase worker(setup);
            QObject::connect(&worker, &BrowserPhase::logLine, &worker,
                             [this](const QString &line) { emit logLine(line); });
            QObject::connect(
                &worker, &BrowserPhase::progress, &worker,
                [this, phase](int done, int queued) { emit progress(phase, done, queued); });
            QObject::connect(&worker, &BrowserPhase::browserStarted, &worker,
                             [this, phase](qint64 pid, const QString &profile) {
                                 emit browserStarted(phase, pid, profile);
                             });
            run->result.phases << worker.run();
            if (phase == ConsentPhase::Before)
                pages = worker.visitedPages();
        }
    });
    connect(run->thread, &QThread::finished, this, [this] {
        m_run->thread->wait();
        m_result = std::move(m_run->result);
        const bool cancelled = m_run->cancelled;
        delete m_run->thread;
        m_run.reset();
        int cookies = 0, errors = 0;
        for (const ScanReport &report : std::as_const(m_result.phases)) {
            cookies += int(report.cookies.size());
            errors += int(report.errors.size());
        }
        emit logLine(cancelled ? tr("Cancelled.")
                               : tr("Done: %1 phase(s), %2 cookie(s) in all, %3 error(s).")
                                     .arg(m_result.phases.size())
                                     .arg(cookies)
                                     .arg(errors));
        emit finished();
    });
    run->thread->start();
    return true;
}

void BrowserScanner::cancel()
{
    if (m_run)
        m_run->cancelled = true;
}

bool BrowserScanner::isRunning() const
{
    return m_run != nullptr;
}

const ConsentScan &BrowserScanner::result() const
{
    return m_result;
}
