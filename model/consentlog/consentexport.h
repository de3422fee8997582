// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include "consentlog/consentstore.h"
#include "format/filewriter.h"

class JsonWriter;

// Records as a visitor's access request or an auditor wants them: JSON (every field,
// the hashes too, so that a copy can be checked) or CSV for a spreadsheet (RFC 4180,
// UTF-8 with a BOM, cells that would start a formula prefixed with an apostrophe).
namespace ConsentExport {
enum class Format { Json, Csv };

void writeJson(JsonWriter &writer, const ConsentRecord &record);
QByteArray json(const QList<ConsentRecord> &records);
QString text(const QList<ConsentRecord> &records); // one block per record, for a terminal

// Streams the records received in [since, until) to sink without holding them all;
// `count`, when given, receives how many were written.
Status write(ConsentStore &store, const QDateTime &since, const QDateTime &until, Format format,
             const FileWriter::Sink &sink, qint64 *count = nullptr);
} // namespace ConsentExport
