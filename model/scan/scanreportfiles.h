// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include "document/expected.h"
#include "scan/scanreport.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

// `charte scan --output-dir DIR` and the Scan page's "Save Report…": the report and
// each phase's screenshots (PNG, named ScanReportWriter::screenshotFileName) as files
// side by side, so the report's links to them hold wherever the folder is copied.
// Every file goes through FileWriter::write.
namespace ScanReportFiles {
// Creates dir when missing, writes the screenshots then the report (reportName in
// dir). On failure the message names the file or folder and the cause. written, when
// given, receives the paths written, report last.
Status write(const QString &dir, const QString &reportName, const QByteArray &report,
             const ConsentScan &scan, QStringList *written = nullptr);
} // namespace ScanReportFiles
