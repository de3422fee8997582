// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "import/importformats.h"

#include "format/csvreader.h"
#include "import/charterimporter.h"
#include "import/csvdocumentstream.h"
#include "import/importeddocument.h"
#include "import/inventoryimporter.h"
#include "import/libraryconfigimporter.h"
#include "import/markdownpage.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>

namespace {

bool isCharterPage(const ImportSource &)
{
    // The last kind tried: any text or HTML page; the importer says when it holds no charter.
    return true;
}

QString noCookieFound(const CharterImport &page)
{
    const int tables = page.ignoredTables;
    if (tables == 0)
        return QCoreApplication::translate("ImportFormats",
                                           "no table found and no cookie named; the page has %n "
                                           "section(s) of text but no cookie list to import",
                                           nullptr, int(page.sections.size()));
    QStringList headers;
    for (const QStringList &header : page.ignoredHeaders) {
        if (headers.size() == 5) {
            headers << QStringLiteral("…");
            break;
        }
        headers << header.join(QStringLiteral(" | "));
    }
    return QCoreApplication::translate("ImportFormats",
                                       "%n table(s) found; none has a cookie-name column; headers: %1",
                                       nullptr, tables)
        .arg(headers.join(QStringLiteral("; ")));
}

Expected<ImportResult> importCharterPage(const ImportSource &source)
{
    CharterSource page;
    page.data = source.data;
    page.name = source.name;
    page.contentType = source.contentType;
    page.baseUrl = source.url;
    page.language = source.language;
    // The new document starts empty, so nothing in it can clash with the page's ids.
    const Expected<CharterImport> imported = CharterImporter::import(page, Policy());
    if (!imported)
        return Expected<ImportResult>::failure(imported.error());
    // A page without a single cookie is not a charter Charte can use: say what was seen.
    if (imported->inventory.cookies.isEmpty())
        return Expected<ImportResult>::failure(source.name + QStringLiteral(": ") +
                                               noCookieFound(*imported));
    ImportResult result;
    result.warnings = imported->warnings;
    Policy &policy = result.policy;
    policy = ImportedDocument::create(imported->language);
    if (source.url.scheme().startsWith(QLatin1StringView("http")))
        policy.meta.siteUrl =
            source.url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment)
                .toString();
    imported->mergeInto(policy);
    if (imported->lastUpdated.isValid())
        policy.meta.lastUpdated = imported->lastUpdated;
    if (!imported->title.isEmpty())
        policy.meta.extra.insert(QStringLiteral("sourceTitle"), imported->title);
    return result;
}

bool isLibraryConfig(const ImportSource &source)
{
    return LibraryConfigImporter::looksLike(source.data);
}

Expected<ImportResult> importLibraryConfig(const ImportSource &source)
{
    LibraryConfigImporter::Options options;
    options.tarteaucitronServices = source.tarteaucitronServices;
    options.tarteaucitronServicesName = source.tarteaucitronServicesName;
    options.database = source.knownCookies;
    return LibraryConfigImporter::import(source.data, source.name, options);
}

Expected<ImportResult> importCsv(const ImportSource &source)
{
    Expected<Policy> policy = CsvDocumentStream::import(source);
    if (!policy)
        return Expected<ImportResult>::failure(policy.error());
    return ImportResult{std::move(*policy), {}};
}

// A Markdown page's pipe tables would pass for a CSV table: it is a charter page.
bool isCsvInventory(const ImportSource &source)
{
    return !MarkdownPage::looksLikeMarkdown(source.name, source.contentType,
                                            QString::fromUtf8(source.data.left(64 * 1024))) &&
           CsvDocumentStream::isCsvInventory(source);
}

QList<ImportFormat> buildFormats()
{
    return {
        {QStringLiteral("library-config"),
         QT_TRANSLATE_NOOP("ImportFormats",
                           "Klaro, vanilla-cookieconsent or tarteaucitron configuration"),
         &isLibraryConfig, &importLibraryConfig},
        {QStringLiteral("csv"), QT_TRANSLATE_NOOP("ImportFormats", "Cookie inventory (CSV)"),
         &isCsvInventory, &importCsv},
        {QStringLiteral("charter"),
         QT_TRANSLATE_NOOP("ImportFormats", "Charter page (HTML or text)"), &isCharterPage,
         &importCharterPage},
    };
}

} // namespace

QString ImportFormat::translatedTitle() const
{
    return QCoreApplication::translate("ImportFormats", title);
}

const QList<ImportFormat> &ImportFormats::all()
{
    static const QList<ImportFormat> formats = buildFormats();
    return formats;
}

const ImportFormat *ImportFormats::find(const QString &id)
{
    for (const ImportFormat &format : all()) {
        if (format.id == id)
            return &format;
    }
    return nullptr;
}

QStringList ImportFormats::ids()
{
    QStringList result;
    for (const ImportFormat &format : all())
        result << format.id;
    return result;
}

const ImportFormat *ImportFormats::sniff(const ImportSource &source)
{
    for (const ImportFormat &format : all()) {
        if (format.sniff(source))
            return &format;
    }
    return nullptr;
}

Expected<ImportResult> ImportFormats::import(const ImportSource &source)
{
    if (const ImportFormat *format = sniff(source))
        return format->run(source);
    return Expected<ImportResult>::failure(
        source.name + QStringLiteral(": ") +
        QCoreApplication::translate("ImportFormats",
                                    "not something Charte can import (expected a CSV inventory, "
                                    "a charter page, a Klaro, vanilla-cookieconsent or "
                                    "tarteaucitron configuration, or evidence)"));
}
