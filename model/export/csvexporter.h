// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include "document/policy.h"

#include <QByteArray>

// The cookie inventory as a spreadsheet reads it: RFC 4180, UTF-8 with a BOM (so
// that Excel reads accents right), CRLF line ends, a header row in the export
// language, every cookie field with one column per language for localized texts.
// CsvInventory (import/) reads this back into the same cookies.
namespace CsvExporter {
QByteArray exportCsv(const Policy &policy, const QString &language);
} // namespace CsvExporter
