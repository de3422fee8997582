// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
// Charter page import of HTML (`charte import page.html`, `import URL`): gumbo,
// the nesting bound (issue 20: 100,000 nested <table> overflowed the stack), the
// table and heading readers. See charterimportcheck.h for the properties.

#include "charterimportcheck.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::importCharterPage(data, size, QStringLiteral("text/html"), QStringLiteral("fuzz.html"));
    return 0;
}
