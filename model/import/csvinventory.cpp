// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "import/csvinventory.h"

#include <QCoreApplication>
#include <QJsonDocument>

Expected<InventoryImport> CsvInventory::import(const CsvTable &table,
                                               const InventoryMapping &mapping,
                                               const Policy &context, const QString &sourceName)
{
    if (!mapping.hasField(InventoryField::Name)) {
        return Expected<InventoryImport>::failure(
            missingNameColumn(sourceName, table.lineNumbers.value(mapping.headerRow, 1)));
    }
    InventoryImporter importer(context);
    importer.addRows(table.rows, table.lineNumbers, mapping);
    return importer.result();
}

QString CsvInventory::missingNameColumn(const QString &sourceName, int line)
{
    return sourceName + QStringLiteral(":%1: ").arg(line) +
           QCoreApplication::translate("CsvInventory", "no column holds cookie names; the first row should name the columns "
               "(\"Cookie\", \"Nom du cookie\", \"Provider\", \"Purpose\" …)");
}

Expected<InventoryImport> CsvInventory::importFile(const QString &path, const Policy &context,
                                                   const QString &fallbackLanguage)
{
    const Expected<CsvTable> table = CsvReader::readFile(path);
    if (!table)
        return Expected<InventoryImport>::failure(table.error());
    return import(*table, InventoryMapping::detect(table->rows, fallbackLanguage), context, path);
}
