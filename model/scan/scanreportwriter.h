#pragma once

#include "compliance/reportwriter.h"
#include "scan/scanreport.h"

#include <QByteArray>
#include <QString>

// The scan report as the command line prints it: JSON for programs (stable keys,
// never translated; format "charte-scan/1") and plain text for people. Findings are
// written with the ReportWriter pieces `charte check` uses too.
namespace ScanReportWriter {
// policyName empty: no policy was given, so findings were not computed.
QByteArray toJson(const ScanReport &report, const FindingList &findings, const QString &policyName);
QString toText(const ScanReport &report, const FindingList &findings, const QString &policyName);

// Stable spellings used in JSON.
QString originKey(ScanReport::Origin origin);
QString partyKey(Party party);
QString setByKey(ObservedCookie::SetBy setBy);
// "13 months", "session": in the interface language.
QString lifetimeText(const std::optional<qint64> &seconds);
// As above, or "unknown" when the evidence does not tell.
QString lifetimeText(const ObservedCookie &cookie);
// "Secure HttpOnly SameSite=Lax __Host-": flags in cookie syntax, never translated.
QString flagsText(const ObservedCookie &cookie);
} // namespace ScanReportWriter
