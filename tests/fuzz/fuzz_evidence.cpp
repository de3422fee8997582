// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
// The evidence import: HAR files and the Website Evidence Collector's JSON, which
// come from other tools and may be hand-edited. Any bytes give a scan report or one
// line, never a crash or undefined behaviour (issue 20: "expires": 1e65 was a signed
// overflow), and every lifetime in the report is a number a document can hold.

#include "fuzzcheck.h"

#include "scan/evidenceimporter.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = Fuzz::bytes(data, size);
    (void)EvidenceImporter::detect(bytes);
    const Expected<ScanReport> report = EvidenceImporter::read(bytes, QStringLiteral("fuzz.har"));
    if (!report) {
        Fuzz::check(!report.error().isEmpty(), "refused evidence says why");
        return 0;
    }
    for (const ObservedCookie &cookie : report->cookies) {
        if (cookie.lifetimeSeconds)
            Fuzz::check(*cookie.lifetimeSeconds <= SetCookieParser::MaximumLifetimeSeconds,
                        "an observed lifetime is capped at 400 days",
                        QString::number(*cookie.lifetimeSeconds));
    }
    return 0;
}
