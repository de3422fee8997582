// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "import/csvdocumentstream.h"

#include "format/csvreader.h"
#include "format/policywriter.h"
#include "import/csvinventory.h"
#include "import/importeddocument.h"
#include "import/inventoryimporter.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QUrl>

#include <algorithm>

namespace {

// Rows imported at a time: large enough that the per-batch work is negligible, small
// enough that a batch of cookies is a few megabytes.
constexpr qsizetype BatchRows = 8192;

// One reading of the table: the rows in batches through an importer.
class InventoryPass
{
public:
    InventoryPass(const QString &text, QChar delimiter, const InventoryMapping &mapping,
                  const Policy &context)
        : m_rows(text, delimiter), m_mapping(mapping), m_importer(context)
    {
    }

    // The cookies of the next batch of rows; empty at the end of the table.
    QList<Cookie> nextCookies()
    {
        QList<Cookie> cookies;
        while (cookies.isEmpty() && !m_finished) {
            QList<QStringList> rows;
            QList<int> lines;
            QStringList row;
            int line = 0;
            while (rows.size() < BatchRows && m_rows.next(row, line)) {
                rows.append(std::move(row));
                lines.append(line);
            }
            m_finished = rows.size() < BatchRows;
            // The header row is in the first batch only.
            InventoryMapping mapping = m_mapping;
            if (!m_firstBatch)
                mapping.hasHeader = false;
            m_firstBatch = false;
            m_importer.addRows(rows, lines, mapping);
            cookies = m_importer.takeCookies();
        }
        return cookies;
    }
    const InventoryImport &result() const { return m_importer.result(); }
    std::optional<std::pair<int, int>> unclosedQuote() const { return m_rows.unclosedQuote(); }

private:
    CsvRowReader m_rows;
    InventoryMapping m_mapping;
    InventoryImporter m_importer;
    bool m_firstBatch = true;
    bool m_finished = false;
};

// The decoded table and how its columns map, checked: everything an import needs
// before the first row is turned into a cookie.
struct PreparedTable
{
    QString text;
    QChar delimiter;
    InventoryMapping mapping;
};

Expected<PreparedTable> prepare(const ImportSource &source)
{
    PreparedTable table;
    table.text = CsvReader::decode(source.data);
    if (const std::optional<QString> error = CsvReader::textError(source.data, table.text, source.name))
        return Expected<PreparedTable>::failure(*error);
    table.delimiter = CsvReader::detectDelimiter(table.text);
    // The header is among the first rows (InventoryMapping::detect looks at ten).
    QList<QStringList> firstRows;
    QList<int> firstLines;
    CsvRowReader reader(table.text, table.delimiter);
    QStringList row;
    int line = 0;
    while (firstRows.size() < 10 && reader.next(row, line)) {
        firstRows.append(row);
        firstLines.append(line);
    }
    table.mapping = InventoryMapping::detect(firstRows, QStringLiteral("fr"));
    if (!source.language.isEmpty())
        table.mapping.language = source.language;
    if (!table.mapping.hasField(InventoryField::Name)) {
        return Expected<PreparedTable>::failure(CsvInventory::missingNameColumn(
            source.name, firstLines.value(table.mapping.headerRow, 1)));
    }
    return table;
}

// Adds the languages of cookies' texts to the document's, in the order first met.
void addLanguages(Policy &policy, const QList<Cookie> &cookies)
{
    for (const Cookie &cookie : cookies) {
        for (const QString &language : cookie.purpose.languages() + cookie.service.languages()) {
            if (!policy.meta.languages.contains(language))
                policy.meta.languages << language;
        }
    }
}

// Reads the whole table once. With keepCookies, the result is the document; without,
// it is everything the document says but its cookies.
Expected<Policy> readDocument(const PreparedTable &table, const QString &sourceName, bool keepCookies)
{
    Policy policy = ImportedDocument::create(table.mapping.language);
    InventoryPass pass(table.text, table.delimiter, table.mapping, policy);
    QList<Cookie> cookies;
    Policy languages; // the languages, gathered as the cookies go by
    languages.meta.languages = policy.meta.languages;
    for (QList<Cookie> batch = pass.nextCookies(); !batch.isEmpty(); batch = pass.nextCookies()) {
        addLanguages(languages, batch);
        if (keepCookies)
            cookies << batch;
    }
    if (const auto place = pass.unclosedQuote())
        return Expected<Policy>::failure(CsvReader::unclosedQuoteError(sourceName, *place));
    policy.categories << pass.result().categories;
    policy.providers << pass.result().providers;
    policy.cookies = std::move(cookies);
    ImportedDocument::ensureCookieTable(policy);
    policy.meta.languages = languages.meta.languages;
    return policy;
}

bool hasSuffix(const ImportSource &source, std::initializer_list<const char *> suffixes)
{
    const QString suffix = QFileInfo(QUrl(source.name).path()).suffix().toLower();
    return std::any_of(suffixes.begin(), suffixes.end(),
                       [&](const char *wanted) { return suffix == QLatin1StringView(wanted); });
}

} // namespace

bool CsvDocumentStream::isCsvInventory(const ImportSource &source)
{
    if (hasSuffix(source, {"csv", "tsv"}) ||
        source.contentType.startsWith(QLatin1StringView("text/csv")))
        return true;
    // Without a telling name: a table whose first row names a cookie column (and
    // not markup, whose first line could mention a cookie too).
    if (source.data.trimmed().startsWith('<') || source.data.startsWith("\xEF\xBB\xBF<"))
        return false;
    return bool(prepare(source));
}

Expected<Policy> CsvDocumentStream::import(const ImportSource &source)
{
    const Expected<PreparedTable> table = prepare(source);
    if (!table)
        return Expected<Policy>::failure(table.error());
    return readDocument(*table, source.name, true);
}

Status CsvDocumentStream::write(const ImportSource &source, const CookieFill &fill,
                                const FileWriter::Sink &sink)
{
    const Expected<PreparedTable> table = prepare(source);
    if (!table)
        return Status::failure(table.error());
    const Expected<Policy> frame = readDocument(*table, source.name, false);
    if (!frame)
        return Status::failure(frame.error());
    // The second reading hands out the same cookies the first one counted: the
    // importer is deterministic, and its providers and categories are in the frame.
    const Policy context = ImportedDocument::create(table->mapping.language);
    InventoryPass pass(table->text, table->delimiter, table->mapping, context);
    return PolicyWriter::write(
        *frame,
        [&]() -> Expected<QList<Cookie>> {
            QList<Cookie> batch = pass.nextCookies();
            if (fill) {
                for (Cookie &cookie : batch)
                    fill(cookie, *frame);
            }
            return batch;
        },
        sink);
}
