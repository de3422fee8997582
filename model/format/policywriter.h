// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include "document/expected.h"
#include "document/policy.h"
#include "format/filewriter.h"

#include <QByteArray>

#include <functional>

class JsonWriter;

// Writes a Policy as a `charte/1` document. The output is deterministic: members
// in a fixed order (unknown members after the known ones, sorted), two-space
// indent and a final newline, so that load → save of a normalised file gives the
// same bytes and version control shows only real changes.
class PolicyWriter
{
public:
    static QByteArray toJson(const Policy &policy);
    // The cookies of a document too large to hold whole: the next batch, in order,
    // until an empty one; a failure stops the writing.
    using CookieBatches = std::function<Expected<QList<Cookie>>()>;
    // Writes policy to sink in pieces, its cookies followed by those `more` hands out,
    // holding one batch at a time. The bytes are those toJson gives for the whole
    // document.
    static Status write(const Policy &policy, const CookieBatches &more, const FileWriter::Sink &sink);
    // Atomic: the previous file stays intact if anything fails (QSaveFile).
    static Status writeFile(const Policy &policy, const QString &path);

    // Pieces reused by exporters that embed parts of the document.
    static void writeLocalizedText(JsonWriter &writer, const LocalizedText &text);
};
