// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include "compliance/compliancechecker.h"

#include <QByteArray>
#include <QHash>

// `charte check` output: text for people, JSON for scripts, SARIF 2.1.0 for
// code-scanning dashboards. language ("en", "fr") picks the message language.
namespace ComplianceReportWriter {
QString text(const ComplianceReport &report, const QString &fileName, const QString &language);
QByteArray json(const ComplianceReport &report, const QString &fileName, const QString &language);
// sourceText is the checked file's bytes, to give each result its line.
QByteArray sarif(const ComplianceReport &report, const QString &fileName, const QByteArray &sourceText,
                 const QString &language);

// The JSON path of a finding's place in a charte/1 file ("cookies[3].lifetime",
// "banner.rejectAll", "meta.lastUpdated").
QString jsonPath(const FindingPlace &place);
// Line (1-based) of every value in a JSON text, by path; for SARIF regions.
QHash<QString, int> jsonLines(const QByteArray &json);
} // namespace ComplianceReportWriter
