// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include "document/expected.h"
#include "scan/scanreport.h"

#include <QByteArray>
#include <QString>

// Evidence recorded elsewhere, read into the same report a crawl gives:
// - HAR 1.2 (browser developer tools "Save all as HAR"): Set-Cookie headers (or
//   response.cookies when an exporter dropped the headers), cookies sent in requests
//   that no response set (so a script set them), and every request's host;
// - the JSON output of the EDPS Website Evidence Collector (inspection.json): its
//   `cookies` (HTTP and JavaScript), `hosts.requests.thirdParty` and `beacons`.
// Both are recorded without consent given, like the crawl.
namespace EvidenceImporter {
enum class Kind { Unknown, Har, EvidenceCollector };

constexpr qint64 MaximumFileSize = qint64(1) << 30; // 1 GiB

Kind detect(const QByteArray &data);
// True when the file is a HAR or WEC output (for `charte import` to route it here).
bool looksLikeEvidence(const QString &path);

Expected<ScanReport> read(const QByteArray &data, const QString &sourceName);
Expected<ScanReport> readFile(const QString &path);
} // namespace EvidenceImporter
