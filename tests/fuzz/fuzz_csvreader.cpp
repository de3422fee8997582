// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
// The CSV reader and the inventory import behind `charte import FILE.csv`: any bytes
// (any encoding, quoting, delimiter) give a table or a one-line error, never a crash
// or undefined behaviour; every row has a line number; a table read into cookies
// gives a document that saves and opens again; and those cookies survive the CSV
// export read back (CsvExporter → CsvInventory), in English and in French, as
// csvinventory.h promises (issue 20: a lifetime the export wrote came back in
// `unparsed`). The streamed import `charte import` writes (CsvDocumentStream) must give
// byte for byte what the in-memory import saves, or fail the same way.

#include "fuzzcheck.h"

#include "export/csvexporter.h"
#include "format/csvreader.h"
#include "format/policywriter.h"
#include "import/csvdocumentstream.h"
#include "import/csvinventory.h"

namespace {

QString describe(const Cookie &cookie)
{
    return cookie.name + QStringLiteral(" | ") + (cookie.lifetime ? QString::number(cookie.lifetime->seconds()) : QStringLiteral("-")) +
           QStringLiteral(" | ") + cookie.providerId + QStringLiteral(" | ") + cookie.categoryId +
           QStringLiteral(" | unparsed ") + QStringList(cookie.unparsed.keys()).join(QLatin1Char(','));
}

void checkExportReadsBack(const Policy &policy, const QString &language)
{
    const QByteArray csv = CsvExporter::exportCsv(policy, language);
    const Expected<CsvTable> table = CsvReader::read(csv, QStringLiteral("export.csv"));
    if (!table)
        Fuzz::fail("the CSV export reads back", table.error());
    const InventoryMapping mapping = InventoryMapping::detect(table->rows, language);
    const Expected<InventoryImport> imported =
        CsvInventory::import(*table, mapping, Policy(), QStringLiteral("export.csv"));
    if (!imported)
        Fuzz::fail("the CSV export imports back", imported.error() + QLatin1Char('\n') + QString::fromUtf8(csv));
    Fuzz::check(imported->cookies.size() == policy.cookies.size(), "the CSV export gives every cookie back",
                QString::fromUtf8(csv));
    for (qsizetype i = 0; i < policy.cookies.size(); ++i) {
        if (!(imported->cookies.at(i) == policy.cookies.at(i)))
            Fuzz::fail("the CSV export gives the same cookies back",
                       language + QStringLiteral(":\n  before ") + describe(policy.cookies.at(i)) +
                           QStringLiteral("\n  after  ") + describe(imported->cookies.at(i)) +
                           QStringLiteral("\n") + QString::fromUtf8(csv));
    }
}

// The streamed document equals the in-memory one saved; a refusal is the same refusal,
// and nothing reaches the output before it.
void checkStreamedImport(const QByteArray &bytes)
{
    ImportSource source;
    source.name = QStringLiteral("fuzz.csv");
    source.data = bytes;
    const Expected<Policy> whole = CsvDocumentStream::import(source);
    QByteArray streamed;
    const Status status = CsvDocumentStream::write(source, {}, [&](QByteArrayView piece) {
        streamed += piece;
        return true;
    });
    if (!whole) {
        Fuzz::check(!status && status.error == whole.error(), "the streamed import refuses as the import does",
                    status.error + QStringLiteral(" / ") + whole.error());
        Fuzz::check(streamed.isEmpty(), "a refused streamed import writes nothing");
        return;
    }
    Fuzz::check(bool(status), "the streamed import succeeds where the import does", status.error);
    Fuzz::check(streamed == PolicyWriter::toJson(*whole), "the streamed import writes the imported document's bytes");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    checkStreamedImport(Fuzz::bytes(data, size));
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
    if (policy.cookies.isEmpty())
        return 0;
    checkExportReadsBack(policy, QStringLiteral("en"));
    checkExportReadsBack(policy, QStringLiteral("fr"));
    return 0;
}
