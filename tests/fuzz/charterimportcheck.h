// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

// The charter page import, shared by its HTML and its Markdown harness: any page
// (hostile nesting, broken markup, any encoding) is imported or refused with one
// line, within a bounded stack and time, and what it imports joins a document that
// saves and opens again.

#include "fuzzcheck.h"

#include "import/charterimporter.h"

namespace Fuzz {

inline void importCharterPage(const uint8_t *data, size_t size, const QString &contentType,
                              const QString &name)
{
    CharterSource source;
    source.data = bytes(data, size);
    source.name = name;
    source.contentType = contentType;
    source.baseUrl = QUrl(QStringLiteral("https://www.example.org/charter/"));
    const Policy context;
    const Expected<CharterImport> imported = CharterImporter::import(source, context);
    if (!imported) {
        check(!imported.error().isEmpty(), "a refused page says why");
        return;
    }
    Policy policy;
    imported->mergeInto(policy);
    checkSavedDocumentReopens(policy, "an imported charter page saves and opens again");
}

} // namespace Fuzz
