// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include "document/policy.h"

#include <QList>
#include <QString>

#include <optional>

// The vocabulary shared by every importer of cookie tables (CSV inventories,
// tables of an existing charter page) and by the CSV export: which cookie field a
// column holds, the header names people give those columns in French and English,
// and the words they write in the cells (categories, party, legal basis …).
enum class InventoryField {
    Ignore,
    Name,
    NameMatch,
    Provider, // the provider's name
    ProviderId,
    ProviderWebsite,
    ProviderPrivacyPolicy,
    ProviderCountry,
    Service,
    Purpose,
    Category, // a category id or a category name as people write it
    CategoryName,
    Lifetime,
    Domain,
    Path,
    Secure,
    Party,
    Storage,
    Basis,
    Extra, // the cookie's unknown JSON members, so an export loses nothing
};

// What one column of a table holds. `language` is set for localized fields when the
// header names it ("Purpose (en)"); empty means the import's language.
struct ColumnMapping
{
    InventoryField field = InventoryField::Ignore;
    QString language;

    friend bool operator==(const ColumnMapping &, const ColumnMapping &) = default;
};

// A category Charte knows by name in both languages, so "Cookies publicitaires",
// "Advertising" and "Marketing" all land in `marketing`.
struct KnownCategory
{
    QString id;
    QString nameFr;
    QString nameEn;
    bool required;
};

namespace InventoryFields {
QList<InventoryField> all(); // every field but Ignore, in export order
bool isLocalized(InventoryField field);
// The JSON member the field is stored in ("lifetime"): also the key of Cookie::unparsed.
QString key(InventoryField field);
// The column header an export writes, in the export's language (French for "fr*").
QString header(InventoryField field, const QString &language);
// The field's name in the interface language (for the mapping editor).
QString translatedName(InventoryField field);

// The field a header names. `language` receives "fr" or "en" when the header is
// worded in one language only ("Finalité" → fr, "Purpose" → en), else stays empty.
ColumnMapping recogniseHeader(const QString &header, QString *wordingLanguage = nullptr);

const QList<KnownCategory> &knownCategories();
const KnownCategory *knownCategory(const QString &id);
// The known category a text names or mentions first: "Cookies nécessaires au bon
// fonctionnement / cookies fonctionnels" → necessary; "Analytics" → statistics.
std::optional<QString> categoryMentioned(const QString &text);

// Values of the enumerated columns, in either language or as the file format's key.
std::optional<NameMatch> nameMatch(const QString &text);
std::optional<Party> party(const QString &text);
std::optional<StorageKind> storage(const QString &text);
std::optional<LegalBasis> basis(const QString &text);
std::optional<bool> yesNo(const QString &text);
// The same values as an export writes them in language.
QString format(NameMatch value, const QString &language);
QString format(Party value, const QString &language);
QString format(StorageKind value, const QString &language);
QString format(LegalBasis value, const QString &language);
QString formatYesNo(bool value, const QString &language);

// An identifier from a name: "Google Analytics" → "google-analytics"; fallback when
// the name leaves no ASCII letter or digit.
QString slugify(const QString &name, const QString &fallback = QStringLiteral("provider"));
} // namespace InventoryFields
