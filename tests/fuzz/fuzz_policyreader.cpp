// The charte/1 document reader and writer. Any bytes either fail with a message or
// give a document, and a document round-trips: save(load(save(x))) == save(x). The
// README promises byte-identical re-saves, and a member the reader keeps in a way
// the writer cannot reproduce (issue 20: "\uFEFFcookies" saved as a second
// "cookies") loses data on the next load.

#include "fuzzcheck.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Expected<Policy> loaded = PolicyReader::read(Fuzz::bytes(data, size), QStringLiteral("fuzz"));
    if (!loaded) {
        Fuzz::check(!loaded.error().isEmpty(), "a refused document says why");
        return 0;
    }
    Fuzz::checkSavedDocumentReopens(*loaded, "save(load(save(x))) == save(x)");
    return 0;
}
