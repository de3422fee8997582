// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "import/inventoryimporter.h"

#include "document/cookievalidation.h"
#include "document/textfolding.h"
#include "document/uniqueid.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <map>
#include <utility>

namespace {

// Spreadsheets run cells that start with these as formulas; the CSV export guards
// them with an apostrophe, which the import removes again.
bool isFormulaGuarded(const QString &cell)
{
    return cell.size() > 1 && cell.at(0) == u'\'' && QStringView(u"=+-@\t\r").contains(cell.at(1));
}

// "_ga, _gid" or one name per line in the same cell: several cookies, when every
// part is a real cookie name (a regular expression or a sentence is left whole).
QStringList splitNames(const QString &cell)
{
    static const QRegularExpression separators(
        QStringLiteral(R"(\s*(?:[,;\n]|\s/\s|\s(?:et|and|ou|or)\s)\s*)"));
    const QStringList parts = cell.split(separators, Qt::SkipEmptyParts);
    if (parts.size() < 2)
        return {cell};
    for (const QString &part : parts) {
        QString name = part;
        if (name.endsWith(u'*'))
            name.chop(1);
        if (!CookieValidation::isToken(name))
            return {cell};
    }
    return parts;
}

} // namespace

bool InventoryMapping::hasField(InventoryField field) const
{
    return std::any_of(columns.cbegin(), columns.cend(),
                       [field](const ColumnMapping &column) { return column.field == field; });
}

bool InventoryMapping::looksLikeCookieTable() const
{
    if (!hasField(InventoryField::Name))
        return false;
    return std::any_of(columns.cbegin(), columns.cend(), [](const ColumnMapping &column) {
        return column.field != InventoryField::Ignore && column.field != InventoryField::Name;
    });
}

namespace {

InventoryMapping mappingOfHeader(const QStringList &header, const QString &fallbackLanguage)
{
    InventoryMapping mapping;
    std::map<QString, int> votes;
    QList<InventoryField> seen;
    for (const QString &cell : header) {
        QString wording;
        ColumnMapping column = InventoryFields::recogniseHeader(cell, &wording);
        // A second column with the same meaning is ignored ("Nom" after "Nom du
        // cookie"), unless it holds another language of a localized field.
        if (column.field != InventoryField::Ignore && column.language.isEmpty() &&
            seen.contains(column.field))
            column = {};
        if (column.field != InventoryField::Ignore) {
            seen << column.field;
            if (!wording.isEmpty())
                ++votes[wording];
        }
        mapping.columns << column;
    }
    int bestVotes = 0;
    mapping.language = fallbackLanguage;
    for (const auto &[language, count] : votes) {
        if (count > bestVotes) {
            bestVotes = count;
            mapping.language = language;
        }
    }
    mapping.hasHeader = !seen.isEmpty();
    return mapping;
}

// Cookiebot's "Type" and many pages' "Type" column say HTTP, HTML, "Local storage" or
// "Pixel": how the data is kept, not what it is for. Such a column is the storage
// type, and the category comes from the heading above the table.
void storageNamedAsType(InventoryMapping &mapping, const QList<QStringList> &rows)
{
    for (qsizetype c = 0; c < mapping.columns.size(); ++c) {
        if (mapping.columns.at(c).field != InventoryField::Category ||
            mapping.hasField(InventoryField::Storage))
            continue;
        int storageCells = 0;
        int otherCells = 0;
        for (qsizetype r = mapping.headerRow + 1; r < rows.size(); ++r) {
            const QString cell = rows.at(r).value(c).trimmed();
            if (cell.isEmpty())
                continue;
            (InventoryFields::storage(cell) ? storageCells : otherCells) += 1;
        }
        if (storageCells > 0 && otherCells == 0)
            mapping.columns[c].field = InventoryField::Storage;
    }
}

} // namespace

InventoryMapping InventoryMapping::detect(const QList<QStringList> &rows,
                                          const QString &fallbackLanguage)
{
    // Spreadsheets often carry a title or a date above the header row.
    constexpr qsizetype rowsSearched = 10;
    for (qsizetype r = 0; r < std::min(rows.size(), rowsSearched); ++r) {
        InventoryMapping mapping = mappingOfHeader(rows.at(r), fallbackLanguage);
        if (mapping.looksLikeCookieTable()) {
            mapping.headerRow = int(r);
            storageNamedAsType(mapping, rows);
            return mapping;
        }
    }
    // A first row that names nothing is data: the user maps the columns by hand.
    return mappingOfHeader(rows.value(0), fallbackLanguage);
}

void InventoryImport::mergeInto(Policy &policy) const
{
    policy.categories << categories;
    policy.providers << providers;
    policy.cookies << cookies;
}

struct InventoryImporter::Row
{
    QString names;
    QString match;
    QString provider;
    QString providerId;
    QString providerWebsite;
    QString providerPrivacyPolicy;
    QString providerCountry;
    LocalizedText service;
    LocalizedText purpose;
    QString category;
    LocalizedText categoryName;
    QString lifetime;
    QString domain;
    QString path;
    QString secure;
    QString party;
    QString storage;
    QString basis;
    QString extra;
    StatedFields stated;
    bool empty = true;
};

InventoryImporter::InventoryImporter(const Policy &context) : m_context(context) {}

QString InventoryImporter::uniqueProviderId(const QString &wanted) const
{
    const auto taken = [this](const QString &id) {
        return m_context.provider(id) || m_providerIds.contains(id);
    };
    return uniqueId(wanted, taken);
}

QString InventoryImporter::resolveProvider(const Row &row)
{
    if (row.provider.isEmpty() && row.providerId.isEmpty())
        return {};
    const QString folded = TextFolding::wordingKey(row.provider);
    const auto matches = [&](const Provider &provider) {
        if (!row.providerId.isEmpty())
            return provider.id == row.providerId;
        return TextFolding::wordingKey(provider.name) == folded;
    };
    for (const Provider &provider : m_context.providers) {
        if (matches(provider))
            return provider.id;
    }
    if (!row.providerId.isEmpty() ? m_providerIds.contains(row.providerId)
                                  : m_providerIdByName.contains(folded))
        return !row.providerId.isEmpty() ? row.providerId : m_providerIdByName.value(folded);
    Provider provider;
    provider.name = row.provider.isEmpty() ? row.providerId : row.provider;
    provider.id = row.providerId.isEmpty()
                      ? uniqueProviderId(InventoryFields::slugify(row.provider))
                      : row.providerId;
    provider.website = row.providerWebsite;
    provider.privacyPolicyUrl = row.providerPrivacyPolicy;
    provider.country = row.providerCountry.toUpper();
    m_result.providers << provider;
    m_providerIds.insert(provider.id);
    const QString key = TextFolding::wordingKey(provider.name);
    if (!m_providerIdByName.contains(key)) // the first of a name is the one rows match
        m_providerIdByName.insert(key, provider.id);
    return provider.id;
}

bool InventoryImporter::isRequiredCategory(const QString &id) const
{
    if (const Category *category = m_context.category(id))
        return category->required;
    for (const Category &category : m_result.categories) {
        if (category.id == id)
            return category.required;
    }
    return false;
}

std::optional<QString> InventoryImporter::resolveCategory(const QString &text,
                                                          const LocalizedText &names,
                                                          const QString &language)
{
    const QString folded = TextFolding::wordingKey(text);
    const auto matches = [&](const Category &category) {
        if (category.id == text)
            return true;
        const auto &texts = category.name.texts();
        return std::any_of(texts.cbegin(), texts.cend(), [&](const QString &name) {
            return TextFolding::wordingKey(name) == folded;
        });
    };
    for (const Category &category : m_context.categories) {
        if (matches(category))
            return category.id;
    }
    for (const Category &category : std::as_const(m_result.categories)) {
        if (matches(category))
            return category.id;
    }
    // A row that names its category in a "Category name" column defines it (an
    // export of a document with categories of its own).
    if (!names.isEmpty()) {
        Category category;
        category.id = text.isEmpty() ? InventoryFields::slugify(names.value(language)) : text;
        category.name = names;
        if (const KnownCategory *known = InventoryFields::knownCategory(category.id))
            category.required = known->required;
        m_result.categories << category;
        return category.id;
    }
    const std::optional<QString> known = InventoryFields::categoryMentioned(text);
    if (!known)
        return std::nullopt;
    if (!m_context.category(*known) &&
        std::none_of(m_result.categories.cbegin(), m_result.categories.cend(),
                     [&](const Category &category) { return category.id == *known; })) {
        const KnownCategory *definition = InventoryFields::knownCategory(*known);
        Category category;
        category.id = *known;
        category.name.set(QStringLiteral("fr"), definition->nameFr);
        category.name.set(QStringLiteral("en"), definition->nameEn);
        category.required = definition->required;
        m_result.categories << category;
    }
    return known;
}

std::optional<QString> InventoryImporter::categoryNamedBy(const QString &text,
                                                          const QString &language)
{
    if (text.trimmed().isEmpty())
        return std::nullopt;
    return resolveCategory(text.trimmed(), {}, language);
}

QList<Cookie> InventoryImporter::takeCookies()
{
    m_result.lines.clear();
    m_result.stated.clear();
    return std::exchange(m_result.cookies, QList<Cookie>());
}

int InventoryImporter::addRows(const QList<QStringList> &rows, const QList<int> &lines,
                               const InventoryMapping &mapping, const QString &defaultCategory)
{
    const qsizetype before = m_result.cookies.size();
    // Resolved on first use, so that the category is added only if a row takes it.
    std::optional<QString> fallbackCategory;
    const auto fallback = [&]() -> QString {
        if (!fallbackCategory) {
            fallbackCategory =
                defaultCategory.isEmpty()
                    ? QString()
                    : resolveCategory(defaultCategory, {}, mapping.language).value_or(QString());
        }
        return *fallbackCategory;
    };
    for (qsizetype r = mapping.hasHeader ? mapping.headerRow + 1 : 0; r < rows.size(); ++r) {
        const QStringList &cells = rows.at(r);
        Row row;
        for (qsizetype c = 0; c < mapping.columns.size() && c < cells.size(); ++c) {
            QString cell = cells.at(c).trimmed();
            if (isFormulaGuarded(cell))
                cell.remove(0, 1);
            const ColumnMapping &column = mapping.columns.at(c);
            if (cell.isEmpty() || column.field == InventoryField::Ignore)
                continue;
            row.empty = false;
            row.stated.add(column.field);
            const QString language = column.language.isEmpty() ? mapping.language : column.language;
            switch (column.field) {
            case InventoryField::Ignore:
                break;
            case InventoryField::Name:
                row.names = cell;
                break;
            case InventoryField::NameMatch:
                row.match = cell;
                break;
            case InventoryField::Provider:
                row.provider = cell;
                break;
            case InventoryField::ProviderId:
                row.providerId = cell;
                break;
            case InventoryField::ProviderWebsite:
                row.providerWebsite = cell;
                break;
            case InventoryField::ProviderPrivacyPolicy:
                row.providerPrivacyPolicy = cell;
                break;
            case InventoryField::ProviderCountry:
                row.providerCountry = cell;
                break;
            case InventoryField::Service:
                row.service.set(language, cell);
                break;
            case InventoryField::Purpose:
                row.purpose.set(language, cell);
                break;
            case InventoryField::Category:
                row.category = cell;
                break;
            case InventoryField::CategoryName:
                row.categoryName.set(language, cell);
                break;
            case InventoryField::Lifetime:
                row.lifetime = cell;
                break;
            case InventoryField::Domain:
                row.domain = cell;
                break;
            case InventoryField::Path:
                row.path = cell;
                break;
            case InventoryField::Secure:
                row.secure = cell;
                break;
            case InventoryField::Party:
                row.party = cell;
                break;
            case InventoryField::Storage:
                row.storage = cell;
                break;
            case InventoryField::Basis:
                row.basis = cell;
                break;
            case InventoryField::Extra:
                row.extra = cell;
                break;
            }
        }
        if (row.empty)
            continue;
        if (row.names.isEmpty()) {
            // Counted and named by the caller: a row is never dropped unsaid.
            m_result.rowsWithoutName << int(lines.value(r, int(r) + 1));
            continue;
        }

        Cookie cookie;
        StatedFields stated = row.stated;
        // Unreadable cells are counted once per row, however many cookies it names.
        int flagged = 0;
        const auto keep = [&](InventoryField field, const QString &text) {
            cookie.unparsed.insert(InventoryFields::key(field), text);
            ++flagged;
        };
        const auto readEnum = [&](InventoryField field, const QString &text, auto parse,
                                  auto &out) {
            if (text.isEmpty())
                return false;
            if (const auto value = parse(text)) {
                out = *value;
                return true;
            }
            keep(field, text);
            return false;
        };

        readEnum(InventoryField::NameMatch, row.match, &InventoryFields::nameMatch, cookie.match);
        cookie.providerId = resolveProvider(row);
        cookie.service = row.service;
        cookie.purpose = row.purpose;
        if (row.category.isEmpty() && row.categoryName.isEmpty()) {
            cookie.categoryId = fallback();
        } else if (const std::optional<QString> id =
                       resolveCategory(row.category, row.categoryName, mapping.language)) {
            cookie.categoryId = *id;
        } else {
            keep(InventoryField::Category, row.category);
        }
        if (!row.lifetime.isEmpty()) {
            if (const std::optional<Lifetime> lifetime = Lifetime::parse(row.lifetime))
                cookie.lifetime = *lifetime;
            else if (const auto storage = InventoryFields::storage(row.lifetime);
                     storage && *storage != StorageKind::Cookie && row.storage.isEmpty()) {
                // "Local Storage" in a retention column: the item is not a cookie and
                // lives until it is cleared.
                cookie.storage = *storage;
                stated.add(InventoryField::Storage);
            } else {
                keep(InventoryField::Lifetime, row.lifetime);
            }
        }
        cookie.domain = row.domain;
        cookie.path = row.path;
        readEnum(InventoryField::Secure, row.secure, &InventoryFields::yesNo, cookie.secure);
        readEnum(InventoryField::Party, row.party, &InventoryFields::party, cookie.party);
        readEnum(InventoryField::Storage, row.storage, &InventoryFields::storage, cookie.storage);
        // Without a stated basis, a cookie of a required category is the exempt kind.
        cookie.basis =
            isRequiredCategory(cookie.categoryId) ? LegalBasis::Exempt : LegalBasis::Consent;
        readEnum(InventoryField::Basis, row.basis, &InventoryFields::basis, cookie.basis);
        if (!row.extra.isEmpty()) {
            QJsonParseError error;
            const QJsonDocument extra = QJsonDocument::fromJson(row.extra.toUtf8(), &error);
            if (error.error == QJsonParseError::NoError && extra.isObject())
                cookie.extra = extra.object();
            else
                keep(InventoryField::Extra, row.extra);
        }

        const QStringList names =
            cookie.match == NameMatch::Exact ? splitNames(row.names) : QStringList{row.names};
        for (const QString &name : names) {
            Cookie named = cookie;
            StatedFields namedStated = stated;
            named.name = name;
            // "YSC (tiers)": a charter page's way of marking third-party cookies.
            static const QRegularExpression annotated(QStringLiteral(R"(^(.*\S)\s*\(([^()]+)\)$)"));
            const QRegularExpressionMatch annotation = annotated.match(name);
            if (annotation.hasMatch() && row.party.isEmpty() &&
                !InventoryFields::yesNo(annotation.captured(2))) {
                if (const std::optional<Party> party =
                        InventoryFields::party(annotation.captured(2))) {
                    named.name = annotation.captured(1);
                    named.party = *party;
                    namedStated.add(InventoryField::Party);
                }
            }
            // "_ga_*": the usual way to write a family of cookies in a table;
            // Cookiebot's declaration writes "_ga_#".
            if (named.match == NameMatch::Exact && named.name.size() > 1 &&
                (named.name.endsWith(u'*') || named.name.endsWith(u'#')) &&
                CookieValidation::isToken(named.name.chopped(1))) {
                named.name.chop(1);
                named.match = NameMatch::Prefix;
                namedStated.add(InventoryField::NameMatch);
            }
            m_result.cookies << named;
            m_result.lines << int(lines.value(r, int(r) + 1));
            m_result.stated << namedStated;
        }
        m_result.flaggedCells += flagged;
    }
    return int(m_result.cookies.size() - before);
}
