// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include "document/policy.h"

// The document an import starts from when there is none (`charte import … -o FILE`):
// the imported language as the only one, and the banner's texts in that language so
// the result opens, checks and exports right away. French and English are provided;
// other languages get the English wording to translate.
namespace ImportedDocument {
Policy create(const QString &language);
// Gives a document without any charter section one that lists every cookie, so its
// HTML export shows the imported inventory.
void ensureCookieTable(Policy &policy);
} // namespace ImportedDocument
