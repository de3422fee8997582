#pragma once

#include "csvreader.h"
#include "expected.h"
#include "inventoryimporter.h"
#include "policy.h"

#include <QByteArray>

// Cookie inventories as spreadsheets keep them, in and out.
//
// Import: a CSV table (see CsvReader) whose header names the columns in French or
// English; the mapping can be corrected before import. Export: RFC 4180, UTF-8 with
// a BOM (so that Excel reads accents right), CRLF line ends, a header row in the
// export language, every cookie field with one column per language for localized
// texts; importing an export gives the same cookies back.
namespace CsvInventory {
// Fails when no column holds cookie names: the file is not an inventory.
Expected<InventoryImport> import(const CsvTable &table, const InventoryMapping &mapping,
                                 const Policy &context, const QString &sourceName);
// Reads, detects the mapping and imports in one step (the command line).
Expected<InventoryImport> importFile(const QString &path, const Policy &context,
                                     const QString &fallbackLanguage);

QByteArray exportCsv(const Policy &policy, const QString &language);
} // namespace CsvInventory
