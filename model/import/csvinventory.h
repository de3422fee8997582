// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include "document/expected.h"
#include "document/policy.h"
#include "format/csvreader.h"
#include "import/inventoryimporter.h"

// Cookie inventories as spreadsheets keep them: a CSV table (see CsvReader) whose
// header names the columns in French or English; the mapping can be corrected
// before import. Importing CsvExporter's output gives the same cookies back.
namespace CsvInventory {
// Fails when no column holds cookie names: the file is not an inventory.
Expected<InventoryImport> import(const CsvTable &table, const InventoryMapping &mapping,
                                 const Policy &context, const QString &sourceName);
// Reads, detects the mapping and imports in one step (the command line).
Expected<InventoryImport> importFile(const QString &path, const Policy &context,
                                     const QString &fallbackLanguage);
// "FILE:LINE: no column holds cookie names; …", LINE being the header row's.
QString missingNameColumn(const QString &sourceName, int line);
} // namespace CsvInventory
