// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
// Charter page import of Markdown and plain text (`charte import charter.md`):
// headings, pipe tables and lists read from text. See charterimportcheck.h for the
// properties.

#include "charterimportcheck.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::importCharterPage(data, size, QStringLiteral("text/plain"), QStringLiteral("fuzz.md"));
    return 0;
}
