// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include "document/policy.h"
#include "scan/scanreport.h"

#include <QStringList>

// `charte import EVIDENCE -o FILE`: a document of the cookies a HAR file or the
// Website Evidence Collector saw, one per name and domain, with what the evidence
// says of each (domain, path, lifetime when known, Secure, party). Purposes,
// categories and providers are for --fill-from-db or the officer to add.
namespace EvidencePolicy {
// warnings receives what the evidence could not say (lifetimes of cookies only seen
// in requests).
Policy fromReport(const ScanReport &report, const QString &language, QStringList *warnings);
} // namespace EvidencePolicy
