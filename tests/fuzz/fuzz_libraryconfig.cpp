// The consent library configuration import (Klaro and vanilla-cookieconsent, as
// JSON or inside the .js files Charte writes): any bytes give a document or one
// line, and the document saves and opens again, so an import cannot produce a file
// Charte then refuses. Issue 16 will add a QJSEngine importer with its own harness.

#include "fuzzcheck.h"

#include "import/libraryconfigimporter.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = Fuzz::bytes(data, size);
    (void)LibraryConfigImporter::detect(bytes);
    const Expected<Policy> imported = LibraryConfigImporter::import(bytes, QStringLiteral("fuzz.js"));
    if (!imported) {
        Fuzz::check(!imported.error().isEmpty(), "a refused configuration says why");
        return 0;
    }
    Fuzz::checkSavedDocumentReopens(*imported, "an imported configuration saves and opens again");
    return 0;
}
