// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include "compliance/reportwriter.h"
#include "scan/scanreport.h"

#include <QByteArray>
#include <QString>

// The scan report as the command line prints it: JSON for programs (stable keys,
// never translated; format "charte-scan/2", a superset of "charte-scan/1": the same
// top-level members, each cookie and finding naming its consent phase, and the phases
// themselves) and plain text for people. Findings are written with the ReportWriter
// pieces `charte check` uses too. The HTML report is ScanHtmlReport's.

// What a report says besides the scan and its findings.
struct ScanReportOptions
{
    QString policyName; // empty: no policy was given, so findings were not computed
    QString siteHost;   // the host the declaration describes (--site), when a policy was given
    QList<ConsentPhase> phasesAsked; // empty: those that ran
    // True: each screenshot is a file beside the report, named screenshotFileName();
    // false: the JSON names none and the HTML report embeds them.
    bool screenshotFiles = false;
};

namespace ScanReportWriter {
QByteArray toJson(const ConsentScan &scan, const FindingList &findings,
                  const ScanReportOptions &options);
QString toText(const ConsentScan &scan, const FindingList &findings,
               const ScanReportOptions &options);
// One report (a crawl, an evidence file) as a scan of that one phase.
QByteArray toJson(const ScanReport &report, const FindingList &findings, const QString &policyName);
QString toText(const ScanReport &report, const FindingList &findings, const QString &policyName);

// "screenshot-before.png", "screenshot-after-reject-2.png": the file of a phase's
// screenshot beside the report. index counts from 0.
QString screenshotFileName(const ScanReport &phase, qsizetype index);

// Stable spellings used in JSON.
QString originKey(ScanReport::Origin origin);
QString partyKey(Party party);
QString setByKey(ObservedCookie::SetBy setBy);
QString controlKey(ScanReport::Control control);    // "not-applicable", "clicked", "not-found"
QString storageKindKey(ObservedStorage::Kind kind); // "localStorage", "sessionStorage", "indexedDB"
// "Before any choice", "After refusing", "After accepting": in the interface language.
QString phaseTitle(ConsentPhase phase);
// A phase's key for a finding ("after-reject"), as a title; "Whole scan" for none.
QString phaseTitle(const QString &phaseKey);
// "13 months", "session": in the interface language.
QString lifetimeText(const std::optional<qint64> &seconds);
// As above, or "unknown" when the evidence does not tell.
QString lifetimeText(const ObservedCookie &cookie);
// "Secure HttpOnly SameSite=Lax __Host-": flags in cookie syntax, never translated.
QString flagsText(const ObservedCookie &cookie);
} // namespace ScanReportWriter
