// The CSV reader and the inventory import behind `charte import FILE.csv`: any bytes
// (any encoding, quoting, delimiter) give a table or a one-line error, never a crash
// or undefined behaviour; every row has a line number; a table read into cookies
// gives a document that saves and opens again.

#include "fuzzcheck.h"

#include "format/csvreader.h"
#include "import/csvinventory.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString source = QStringLiteral("fuzz.csv");
    const Expected<CsvTable> table = CsvReader::read(Fuzz::bytes(data, size), source);
    if (!table) {
        Fuzz::check(!table.error().isEmpty(), "a refused CSV says why");
        return 0;
    }
    Fuzz::check(table->rows.size() == table->lineNumbers.size(), "one line number per row");

    const InventoryMapping mapping = InventoryMapping::detect(table->rows, QStringLiteral("en"));
    const Policy context;
    const Expected<InventoryImport> imported = CsvInventory::import(*table, mapping, context, source);
    if (!imported)
        return 0;
    Fuzz::check(imported->cookies.size() == imported->lines.size(), "one source line per cookie");
    Policy policy;
    imported->mergeInto(policy);
    Fuzz::checkSavedDocumentReopens(policy, "an imported inventory saves and opens again");
    return 0;
}
