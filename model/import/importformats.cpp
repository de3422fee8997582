#include "import/importformats.h"

#include "format/csvreader.h"
#include "import/charterimporter.h"
#include "import/csvdocumentstream.h"
#include "import/importeddocument.h"
#include "import/inventoryimporter.h"
#include "import/libraryconfigimporter.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>

namespace {

bool isCharterPage(const ImportSource &)
{
    // The last kind tried: any text or HTML page; the importer says when it holds no charter.
    return true;
}

Expected<Policy> importCharterPage(const ImportSource &source)
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
        return Expected<Policy>::failure(imported.error());
    Policy policy = ImportedDocument::create(imported->language);
    if (source.url.scheme().startsWith(QLatin1StringView("http")))
        policy.meta.siteUrl =
            source.url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment)
                .toString();
    imported->mergeInto(policy);
    return policy;
}

bool isLibraryConfig(const ImportSource &source)
{
    return LibraryConfigImporter::looksLike(source.data);
}

Expected<Policy> importLibraryConfig(const ImportSource &source)
{
    return LibraryConfigImporter::import(source.data, source.name);
}

QList<ImportFormat> buildFormats()
{
    return {
        {QStringLiteral("library-config"),
         QT_TRANSLATE_NOOP("ImportFormats", "Klaro or vanilla-cookieconsent configuration"),
         &isLibraryConfig, &importLibraryConfig},
        {QStringLiteral("csv"), QT_TRANSLATE_NOOP("ImportFormats", "Cookie inventory (CSV)"),
         &CsvDocumentStream::isCsvInventory, &CsvDocumentStream::import},
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

Expected<Policy> ImportFormats::import(const ImportSource &source)
{
    if (const ImportFormat *format = sniff(source))
        return format->run(source);
    return Expected<Policy>::failure(
        source.name + QStringLiteral(": ") +
        QCoreApplication::translate("ImportFormats",
                                    "not something Charte can import (expected a CSV inventory, "
                                    "a charter page, a Klaro or vanilla-cookieconsent "
                                    "configuration, or evidence)"));
}
