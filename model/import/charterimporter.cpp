// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "import/charterimporter.h"

#include "document/textfolding.h"
#include "document/uniqueid.h"
#include "format/csvreader.h"
#include "format/htmlnesting.h"
#include "import/charterblocks.h"
#include "import/markdownpage.h"
#include "import/pagedates.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringDecoder>

namespace {

QString charsetOf(const QString &contentType)
{
    static const QRegularExpression charset(
        QStringLiteral(R"(charset\s*=\s*["']?([A-Za-z0-9_.:-]+))"),
        QRegularExpression::CaseInsensitiveOption);
    return charset.match(contentType).captured(1).toLower();
}

// The HTML specification's prescan, reduced to what real pages write: the charset
// named by a <meta> in the first kilobytes.
QString metaCharset(const QByteArray &data)
{
    const QString head = QString::fromLatin1(data.left(4096));
    static const QRegularExpression meta(
        QStringLiteral(R"(<meta\s[^>]*charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+))"),
        QRegularExpression::CaseInsensitiveOption);
    return meta.match(head).captured(1).toLower();
}

bool isWindows1252Label(const QString &label)
{
    // WHATWG: latin1 and ascii labels mean windows-1252 on the web.
    static const QStringList labels = {
        QStringLiteral("windows-1252"), QStringLiteral("cp1252"),    QStringLiteral("x-cp1252"),
        QStringLiteral("iso-8859-1"),   QStringLiteral("iso8859-1"), QStringLiteral("latin1"),
        QStringLiteral("l1"),           QStringLiteral("us-ascii"),  QStringLiteral("ascii"),
        QStringLiteral("iso-8859-15"),  QStringLiteral("latin-1")};
    return labels.contains(label);
}

// A section id made from its title; a title with nothing to keep gives "section".
QString sectionId(const QString &wanted, UniqueIds &taken)
{
    return taken.take(wanted.isEmpty() ? QStringLiteral("section") : wanted);
}

// A table whose Provider cells link somewhere gains a column of those links, read as
// the providers' privacy policies (the page gives no other address for them).
void withProviderLinks(InventoryMapping &mapping, QList<QStringList> &rows,
                       const QList<QStringList> &links)
{
    const qsizetype provider = std::distance(
        mapping.columns.cbegin(),
        std::find_if(mapping.columns.cbegin(), mapping.columns.cend(), [](const ColumnMapping &column) {
            return column.field == InventoryField::Provider;
        }));
    if (provider >= mapping.columns.size() || mapping.hasField(InventoryField::ProviderPrivacyPolicy))
        return;
    bool any = false;
    QStringList column;
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const QString link = r > mapping.headerRow ? links.value(r).value(provider) : QString();
        any = any || !link.isEmpty();
        column << link;
    }
    if (!any)
        return;
    const qsizetype width = mapping.columns.size();
    mapping.columns << ColumnMapping{InventoryField::ProviderPrivacyPolicy, {}};
    for (qsizetype r = 0; r < rows.size(); ++r) {
        while (rows[r].size() < width)
            rows[r] << QString();
        rows[r] << column.at(r);
    }
}

bool mentionsCookies(const QString &text)
{
    const QString folded = QLatin1Char(' ') + TextFolding::wordingKey(text) + QLatin1Char(' ');
    return folded.contains(QLatin1StringView(" cookie")) || folded.contains(QLatin1StringView(" traceur"));
}

} // namespace

void CharterImport::mergeInto(Policy &policy) const
{
    inventory.mergeInto(policy);
    policy.charter << sections;
}

bool CharterImporter::looksLikeHtml(const CharterSource &source)
{
    if (source.contentType.contains(QLatin1StringView("html"), Qt::CaseInsensitive))
        return true;
    if (source.contentType.startsWith(QLatin1StringView("text/plain"), Qt::CaseInsensitive))
        return false;
    const QString suffix = QFileInfo(source.name).suffix().toLower();
    if (suffix == QLatin1StringView("html") || suffix == QLatin1StringView("htm") ||
        suffix == QLatin1StringView("xhtml"))
        return true;
    if (suffix == QLatin1StringView("txt") || suffix == QLatin1StringView("text") ||
        suffix == QLatin1StringView("md"))
        return false;
    const QByteArray head = source.data.left(2048).trimmed().toLower();
    return head.startsWith("<!doctype html") || head.startsWith("<html") ||
           head.startsWith("\xEF\xBB\xBF<") || head.contains("<body") || head.contains("<h1") ||
           head.contains("<p>");
}

QString CharterImporter::decode(const CharterSource &source, bool html, QString *encoding)
{
    const QByteArray &data = source.data;
    const auto decoded = [&](const QString &name, const QString &text) {
        if (encoding)
            *encoding = name;
        return text;
    };
    if (data.startsWith("\xFF\xFE") || data.startsWith("\xFE\xFF")) {
        const bool little = data.startsWith("\xFF\xFE");
        QStringDecoder decoder(little ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
        return decoded(little ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE"),
                       decoder.decode(data.mid(2)));
    }
    if (!data.startsWith("\xEF\xBB\xBF")) {
        QString declared = charsetOf(source.contentType);
        if (declared.isEmpty() && html)
            declared = metaCharset(data);
        if (isWindows1252Label(declared))
            return decoded(QStringLiteral("Windows-1252"), CsvReader::decodeWindows1252(data));
    }
    // UTF-8 (declared or not) unless the bytes say otherwise: a page labelled UTF-8
    // but saved from an old editor is still read.
    QString name;
    const QString text = CsvReader::decode(data, &name);
    return decoded(name, text);
}

Expected<CharterImport> CharterImporter::import(const CharterSource &source, const Policy &context)
{
    const auto fail = [&](const QString &message) {
        return Expected<CharterImport>::failure(source.name + QStringLiteral(": ") + message);
    };
    if (source.data.left(64 * 1024).contains('\0') && !source.data.startsWith("\xFF\xFE") &&
        !source.data.startsWith("\xFE\xFF"))
        return fail(QCoreApplication::translate("CharterImporter",
                                                "this is not a text file (it contains NUL bytes)"));

    const bool html = looksLikeHtml(source);
    CharterImport result;
    const QString text = decode(source, html, &result.encoding);
    // A page kept as Markdown is rendered by cmark and read as the HTML it gives.
    QMap<QString, QString> frontMatter;
    const bool markdown = !html && MarkdownPage::looksLikeMarkdown(source.name, source.contentType, text);
    const CharterBlocks page =
        html       ? CharterBlockReader::fromHtml(text, source.baseUrl)
        : markdown ? CharterBlockReader::fromHtml(MarkdownPage::toHtml(text, &frontMatter), source.baseUrl)
                   : CharterBlockReader::fromText(text);
    if (page.refusedDepth > 0)
        return fail(QCoreApplication::translate(
                        "CharterImporter",
                        "nested %1 levels deep, more than the %2 Charte reads; not imported")
                        .arg(page.refusedDepth)
                        .arg(HtmlNesting::MaximumDepth));
    result.language = !source.language.isEmpty() ? source.language
                      : !page.language.isEmpty() ? page.language
                                                 : CharterBlockReader::guessLanguage(page);
    result.title = !frontMatter.value(QStringLiteral("title")).isEmpty()
                       ? frontMatter.value(QStringLiteral("title"))
                       : page.title;
    for (const char *key : {"last_modified_at", "lastmod", "updated", "modified", "date"}) {
        if (!result.lastUpdated.isValid())
            result.lastUpdated = PageDates::parse(frontMatter.value(QLatin1StringView(key)));
    }

    InventoryImporter importer(context);
    QStringList existingIds;
    for (const CharterSection &section : context.charter)
        existingIds << section.id;
    UniqueIds takenIds(existingIds);

    struct Pending
    {
        QString title;
        QStringList body;
        bool hasTable = false;
        bool mixedCategories = false;
        QString category;
    };
    Pending current;
    bool started = false;
    const auto finish = [&] {
        if (!started)
            return;
        started = false;
        if (!current.hasTable && current.body.isEmpty()) {
            // A heading with nothing under it (the page title above the first
            // section) names the page rather than a section.
            if (result.title.isEmpty())
                result.title = current.title;
            return;
        }
        CharterSection section;
        section.id = sectionId(current.title.isEmpty() ? QStringLiteral("introduction")
                                                       : InventoryFields::slugify(current.title),
                               takenIds);
        section.kind =
            current.hasTable ? CharterSection::Kind::CookieTable : CharterSection::Kind::Text;
        section.title.set(result.language, current.title);
        section.body.set(result.language, current.body.join(QStringLiteral("\n\n")));
        if (current.hasTable && !current.mixedCategories)
            section.categoryId = current.category;
        result.sections << section;
    };

    for (const CharterBlock &block : page.blocks) {
        switch (block.kind) {
        case CharterBlock::Kind::Heading:
            finish();
            current = Pending{block.text, {}, false, false, {}};
            started = true;
            break;
        case CharterBlock::Kind::Text:
            if (!result.lastUpdated.isValid())
                result.lastUpdated = PageDates::lastUpdated(block.text);
            if (!started) {
                current = Pending{};
                started = true;
            }
            current.body << block.text;
            break;
        case CharterBlock::Kind::Table: {
            InventoryMapping mapping = InventoryMapping::detect(block.rows, result.language);
            if (!mapping.looksLikeCookieTable()) {
                ++result.ignoredTables;
                result.ignoredHeaders << block.rows.value(0);
                break;
            }
            QList<QStringList> rows = block.rows;
            withProviderLinks(mapping, rows, block.links);
            if (!started) {
                current = Pending{};
                started = true;
            }
            // "Cookies nécessaires au bon fonctionnement …" above the table says
            // which category its rows belong to; a Category column still wins.
            std::optional<QString> category =
                importer.categoryNamedBy(block.caption, result.language);
            if (!category)
                category = importer.categoryNamedBy(current.title, result.language);
            const QString categoryId = category.value_or(QString());
            InventoryMapping rowMapping = mapping;
            rowMapping.language = result.language;
            if (current.hasTable && current.category != categoryId)
                current.mixedCategories = true;
            current.category = categoryId;
            current.hasTable = true;
            importer.addRows(rows, block.lines, rowMapping, categoryId);
            break;
        }
        }
    }
    finish();

    result.inventory = importer.result();
    if (!result.inventory.rowsWithoutName.isEmpty()) {
        QStringList lines;
        for (int line : result.inventory.rowsWithoutName)
            lines << QString::number(line);
        result.warnings << source.name + QStringLiteral(": ") +
                               QCoreApplication::translate("CharterImporter",
                                                           "%n table row(s) without a cookie name left out (rows %1)",
                                                           nullptr, int(lines.size()))
                                   .arg(lines.join(QStringLiteral(", ")));
    }
    const bool aboutCookies =
        !result.inventory.cookies.isEmpty() ||
        std::any_of(result.sections.cbegin(), result.sections.cend(),
                    [&](const CharterSection &section) {
                        return mentionsCookies(section.title.exact(result.language)) ||
                               mentionsCookies(section.body.exact(result.language));
                    });
    if (result.sections.isEmpty() || !aboutCookies)
        return fail(QCoreApplication::translate("CharterImporter", "no cookie charter found in this page (no cookie table and no text about "
                       "cookies)"));
    return result;
}

Expected<CharterImport> CharterImporter::importFile(const QString &path, const Policy &context,
                                                    const QString &language)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Expected<CharterImport>::failure(path + QStringLiteral(": ") + file.errorString());
    if (file.size() > MaximumFileSize)
        return Expected<CharterImport>::failure(
            path + QStringLiteral(": ") +
            QCoreApplication::translate("CharterImporter", "the file is larger than %1 MiB").arg(MaximumFileSize >> 20));
    CharterSource source;
    source.data = file.readAll();
    source.name = path;
    source.baseUrl = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
    source.language = language;
    return import(source, context);
}
