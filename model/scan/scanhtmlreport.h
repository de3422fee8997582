// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include "compliance/finding.h"
#include "scan/scanreport.h"
#include "scan/scanreportwriter.h"

#include <QByteArray>
#include <QDateTime>

// The scan report as a privacy officer files it: one self-contained HTML page (no
// script, no outside resource) with, per consent phase, what was clicked, the
// screenshot, the findings, the cookies, the storage keys and the hosts contacted.
// Everything the site controls (cookie names, URLs, selectors) is written through
// HtmlWriter, which escapes it: a hostile site cannot put markup in the report.
namespace ScanHtmlReport {
// generated: when the scan ran, printed in the heading (invalid: not printed).
QByteArray toHtml(const ConsentScan &scan, const FindingList &findings,
                  const ScanReportOptions &options, const QDateTime &generated = {});
} // namespace ScanHtmlReport
