// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include "compliance/finding.h"

#include <QString>
#include <QStringList>

#include <functional>

class JsonWriter;

// What the report writers of `charte check` (ComplianceReportWriter) and `charte
// scan` (ScanReportWriter) have in common, written once so that a finding reads
// the same in both: the severity words, the counts, a finding's line in a text
// report and a finding's object in a JSON report. Each writer keeps what only its
// format has: SARIF, headings and suppressions for the checker; cookies, hosts and
// crawl figures for the scan.
namespace ReportWriter {
struct Counts
{
    int errors = 0;
    int warnings = 0;
    int infos = 0;
};
Counts count(const FindingList &findings);

// "error" / "erreur", "warning" / "avertissement", "info": a severity in a text
// report, pick the language with text().
TwoLanguageText severityWord(Severity severity);

// "  <where>: … <severity>: <message> [<rule>]": a finding's line in a text report,
// after what situates it (nothing, or the file and the place in it); ends with a
// newline.
QString textLine(const QStringList &where, const QString &severity, const QString &message,
                 const QString &rule);

// A member `key` holding the findings as an array of JSON objects: each with "rule"
// and "severity" first, then what the format adds (writeBody), then "source" and,
// for a suppressed finding, "justification".
void writeFindings(JsonWriter &w, QStringView key, const FindingList &findings,
                   const std::function<void(const Finding &)> &writeBody);
} // namespace ReportWriter
