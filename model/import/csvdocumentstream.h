// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include "document/expected.h"
#include "document/policy.h"
#include "format/filewriter.h"
#include "import/importformats.h"

#include <functional>

// Turns a CSV inventory into a new document. In memory for the application and for
// ordinary files; straight into the written file for inventories too large to hold
// whole (a million rows): the rows are then read twice, once to learn what a document
// declares before its cookies (categories, providers, languages) and once to hand
// the cookies out in batches, so neither the table nor the cookie list is ever held.
// Both ways give the same bytes.
namespace CsvDocumentStream {
// What the command line's --fill-from-db does to each cookie of the document.
using CookieFill = std::function<void(Cookie &, const Policy &)>;

// Whether source is a CSV inventory (by its name, its content type, or a first row
// that names a cookie column).
bool isCsvInventory(const ImportSource &source);
// The whole document, in memory.
Expected<Policy> import(const ImportSource &source);
// The document written to sink in pieces, fill (when set) applied to every cookie.
// Nothing reaches sink when the input is refused.
Status write(const ImportSource &source, const CookieFill &fill, const FileWriter::Sink &sink);
} // namespace CsvDocumentStream
