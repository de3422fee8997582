// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
// The consent library configuration import (Klaro, vanilla-cookieconsent and
// tarteaucitron, run in the QJSEngine sandbox): any bytes give a document or one
// line, and the document saves and opens again, so an import cannot produce a file
// Charte then refuses.

#include "fuzzcheck.h"

#include "import/libraryconfigimporter.h"

#include <QCoreApplication>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // QJSEngine needs an application object; libFuzzer's main gives none.
    if (!QCoreApplication::instance()) {
        static int argc = 1;
        static char name[] = "fuzz_libraryconfig";
        static char *argv[] = {name, nullptr};
        static QCoreApplication application(argc, argv);
    }
    const QByteArray bytes = Fuzz::bytes(data, size);
    (void)LibraryConfigImporter::detect(bytes);
    const Expected<ImportResult> imported = LibraryConfigImporter::import(bytes, QStringLiteral("fuzz.js"));
    if (!imported) {
        Fuzz::check(!imported.error().isEmpty(), "a refused configuration says why");
        Fuzz::check(!imported.error().contains(u'\n'), "the reason is one line");
        return 0;
    }
    Fuzz::checkSavedDocumentReopens(imported->policy, "an imported configuration saves and opens again");
    return 0;
}
