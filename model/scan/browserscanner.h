// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include "scan/scanreport.h"
#include "scan/sitescanner.h"

#include <QObject>
#include <QUrl>

#include <memory>

// The options of a scan in a real browser. Every bound of ScanLimits applies to each
// phase; the browser-only bounds are below.
struct BrowserScanOptions
{
    QString browserPath;                 // empty: `chromium` (then `chromium-browser`) on the PATH
    QList<ConsentPhase> phases = {ConsentPhase::Before, ConsentPhase::AfterReject, ConsentPhase::AfterAccept};
    QString rejectSelector;              // empty: the known banners' refusal controls
    QString acceptSelector;              // empty: the known banners' acceptance controls
    ScanLimits limits;
    // After the first page's load, after a click and after the last page: how long
    // writes (a leaking banner's timer) may still come.
    int settleMs = 1500;
    // After the load of every other page; the store persists, so a later write still
    // shows after the next page.
    int pageSettleMs = 300;
    int startTimeoutMs = 30000;          // for Chromium to start and open its DevTools port
    qint64 maxBrowserMemoryBytes = 2LL * 1024 * 1024 * 1024;
    bool screenshots = true;             // the first page of each phase, as PNG
};

// Scans a site in a headless Chromium driven over the Chrome DevTools Protocol (Qt
// WebSockets), once per consent phase, each in a fresh temporary profile: Before
// (nothing touched), AfterReject (the refusal control clicked), AfterAccept. The
// browser process is always ended and its profile removed, also on cancel, timeout or
// a crash of the browser.
class BrowserScanner : public QObject
{
    Q_OBJECT

public:
    explicit BrowserScanner(QObject *parent = nullptr);
    ~BrowserScanner() override;

    // The Chromium that would run: `given` when not empty (it must be executable), else
    // the first of `chromium`, `chromium-browser` on the PATH. Empty, with a one-line
    // reason in *error, when there is none.
    static QString findBrowser(const QString &given, QString *error);

    // Starts the phases at url (http or https); false, with a log line, otherwise.
    bool start(const QUrl &url, const BrowserScanOptions &options);
    void cancel();
    bool isRunning() const;
    // Complete once `finished` is emitted: one ScanReport per phase asked for, engine "chromium".
    const ConsentScan &result() const;

signals:
    void phaseStarted(ConsentPhase phase);
    void progress(ConsentPhase phase, int pagesDone, int pagesQueued);
    void logLine(const QString &line);
    // The phase's Chromium runs (its process id and temporary profile), for a caller
    // that watches it; it is gone again when the phase ends.
    void browserStarted(ConsentPhase phase, qint64 processId, const QString &profilePath);
    void finished();

private:
    class Run;
    std::unique_ptr<Run> m_run;
    ConsentScan m_result;
};
