// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "format/inventoryfields.h"

#include "document/languages.h"
#include "document/textfolding.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <array>

namespace {

using F = InventoryField;

struct FieldText
{
    InventoryField field;
    const char *key;
    const char16_t *en;
    const char16_t *fr;
    const char *interfaceName; // translated through the "InventoryFields" context
    bool localized;
};

// Export order, keys (JSON member names) and the headers an export writes.
constexpr std::array fieldTexts{
    FieldText{F::Name, "name", u"Cookie", u"Nom du cookie",
              QT_TRANSLATE_NOOP("InventoryFields", "Cookie name"), false},
    FieldText{F::NameMatch, "match", u"Name match", u"Correspondance du nom",
              QT_TRANSLATE_NOOP("InventoryFields", "Name match"), false},
    FieldText{F::Provider, "provider", u"Provider", u"Prestataire",
              QT_TRANSLATE_NOOP("InventoryFields", "Provider"), false},
    FieldText{F::ProviderId, "providerId", u"Provider ID", u"Identifiant du prestataire",
              QT_TRANSLATE_NOOP("InventoryFields", "Provider ID"), false},
    FieldText{F::ProviderWebsite, "providerWebsite", u"Provider website", u"Site du prestataire",
              QT_TRANSLATE_NOOP("InventoryFields", "Provider website"), false},
    FieldText{F::ProviderPrivacyPolicy, "providerPrivacyPolicy", u"Provider privacy policy",
              u"Politique de confidentialité du prestataire",
              QT_TRANSLATE_NOOP("InventoryFields", "Provider privacy policy"), false},
    FieldText{F::ProviderCountry, "providerCountry", u"Provider country", u"Pays du prestataire",
              QT_TRANSLATE_NOOP("InventoryFields", "Provider country"), false},
    FieldText{F::Service, "service", u"Service and location", u"Service et emplacement",
              QT_TRANSLATE_NOOP("InventoryFields", "Service and location"), true},
    FieldText{F::Purpose, "purpose", u"Purpose", u"Finalité",
              QT_TRANSLATE_NOOP("InventoryFields", "Purpose"), true},
    FieldText{F::Category, "category", u"Category", u"Catégorie",
              QT_TRANSLATE_NOOP("InventoryFields", "Category"), false},
    FieldText{F::CategoryName, "categoryName", u"Category name", u"Nom de la catégorie",
              QT_TRANSLATE_NOOP("InventoryFields", "Category name"), true},
    FieldText{F::Lifetime, "lifetime", u"Lifetime", u"Durée de conservation",
              QT_TRANSLATE_NOOP("InventoryFields", "Lifetime"), false},
    FieldText{F::Domain, "domain", u"Domain", u"Domaine",
              QT_TRANSLATE_NOOP("InventoryFields", "Domain"), false},
    FieldText{F::Path, "path", u"Path", u"Chemin", QT_TRANSLATE_NOOP("InventoryFields", "Path"),
              false},
    FieldText{F::Secure, "secure", u"Secure", u"Sécurisé",
              QT_TRANSLATE_NOOP("InventoryFields", "Secure"), false},
    FieldText{F::Party, "party", u"Party", u"Interne ou tiers",
              QT_TRANSLATE_NOOP("InventoryFields", "First or third party"), false},
    FieldText{F::Storage, "storage", u"Storage", u"Stockage",
              QT_TRANSLATE_NOOP("InventoryFields", "Storage"), false},
    FieldText{F::Basis, "basis", u"Legal basis", u"Base légale",
              QT_TRANSLATE_NOOP("InventoryFields", "Legal basis"), false},
    FieldText{F::Extra, "extra", u"Extra (JSON)", u"Données supplémentaires (JSON)",
              QT_TRANSLATE_NOOP("InventoryFields", "Extra data (JSON)"), false},
};

const FieldText *textOf(InventoryField field)
{
    for (const FieldText &text : fieldTexts) {
        if (text.field == field)
            return &text;
    }
    return nullptr;
}

// Header wordings, folded by TextFolding::wordingKey(), from the table kept as data
// (resources/import/header-synonyms.json, gathered from real pages). language is
// "fr" or "en" for wordings that say which language the table is written in, empty
// for those both share.
struct Synonym
{
    InventoryField field;
    QString language;
};

const QHash<QString, Synonym> &synonyms()
{
    static const QHash<QString, Synonym> table = [] {
        QHash<QString, Synonym> result;
        QFile file(QStringLiteral(":/import/header-synonyms.json"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("the header synonym table is missing from the resources");
        const QJsonObject fields = QJsonDocument::fromJson(file.readAll())
                                       .object()
                                       .value(QLatin1StringView("fields"))
                                       .toObject();
        for (const FieldText &text : fieldTexts) {
            const QJsonObject wordings = fields.value(QLatin1StringView(text.key)).toObject();
            for (const auto &[group, language] :
                 {std::pair{"fr", "fr"}, std::pair{"en", "en"}, std::pair{"both", ""}}) {
                for (const QJsonValue &wording : wordings.value(QLatin1StringView(group)).toArray()) {
                    const QString folded = TextFolding::wordingKey(wording.toString());
                    if (!result.contains(folded)) // the first field to claim a wording keeps it
                        result.insert(folded, Synonym{text.field, QString::fromLatin1(language)});
                }
            }
        }
        return result;
    }();
    return table;
}

// Words that name a category, folded; the id they stand for.
struct CategoryWord
{
    const char *folded;
    const char *id;
};

constexpr std::array categoryWords{
    CategoryWord{"necessary", "necessary"},
    CategoryWord{"strictly necessary", "necessary"},
    CategoryWord{"necessaire", "necessary"},
    CategoryWord{"necessaires", "necessary"},
    CategoryWord{"essentiel", "necessary"},
    CategoryWord{"essentiels", "necessary"},
    CategoryWord{"essential", "necessary"},
    CategoryWord{"indispensable", "necessary"},
    CategoryWord{"indispensables", "necessary"},
    CategoryWord{"technique", "necessary"},
    CategoryWord{"techniques", "necessary"},
    CategoryWord{"technical", "necessary"},
    CategoryWord{"required", "necessary"},
    CategoryWord{"obligatoire", "necessary"},
    CategoryWord{"obligatoires", "necessary"},
    CategoryWord{"security", "necessary"},
    CategoryWord{"securite", "necessary"},
    CategoryWord{"functional", "functional"},
    CategoryWord{"functionality", "functional"},
    CategoryWord{"fonctionnel", "functional"},
    CategoryWord{"fonctionnels", "functional"},
    CategoryWord{"fonctionnalite", "functional"},
    CategoryWord{"fonctionnalites", "functional"},
    CategoryWord{"preferences", "functional"},
    CategoryWord{"personalization", "functional"},
    CategoryWord{"personalisation", "functional"},
    CategoryWord{"personnalisation", "functional"},
    CategoryWord{"statistics", "statistics"},
    CategoryWord{"statistic", "statistics"},
    CategoryWord{"statistique", "statistics"},
    CategoryWord{"statistiques", "statistics"},
    CategoryWord{"analytics", "statistics"},
    CategoryWord{"analytique", "statistics"},
    CategoryWord{"analytiques", "statistics"},
    CategoryWord{"mesure d audience", "statistics"},
    CategoryWord{"audience measurement", "statistics"},
    CategoryWord{"audience", "statistics"},
    CategoryWord{"performance", "statistics"},
    CategoryWord{"marketing", "marketing"},
    CategoryWord{"advertising", "marketing"},
    CategoryWord{"ads", "marketing"},
    CategoryWord{"targeting", "marketing"},
    CategoryWord{"publicite", "marketing"},
    CategoryWord{"publicites", "marketing"},
    CategoryWord{"publicitaire", "marketing"},
    CategoryWord{"publicitaires", "marketing"},
    CategoryWord{"ciblage", "marketing"},
    CategoryWord{"social", "social"},
    CategoryWord{"social media", "social"},
    CategoryWord{"reseaux sociaux", "social"},
    CategoryWord{"reseau social", "social"},
};

template <typename Value, std::size_t N>
std::optional<Value> findWord(const std::pair<const char *, Value> (&words)[N], const QString &text)
{
    const QString folded = TextFolding::wordingKey(text);
    for (const auto &[word, value] : words) {
        if (folded == QLatin1StringView(word))
            return value;
    }
    return std::nullopt;
}

constexpr std::pair<const char *, NameMatch> nameMatchWords[] = {
    {"exact", NameMatch::Exact},
    {"exacte", NameMatch::Exact},
    {"nom exact", NameMatch::Exact},
    {"0", NameMatch::Exact},
    {"prefix", NameMatch::Prefix},
    {"prefixe", NameMatch::Prefix},
    {"starts with", NameMatch::Prefix},
    {"commence par", NameMatch::Prefix},
    {"1", NameMatch::Prefix},
    {"regex", NameMatch::Regex},
    {"regular expression", NameMatch::Regex},
    {"expression reguliere", NameMatch::Regex},
    {"expression rationnelle", NameMatch::Regex}};

// In a "Tiers" column people answer yes or no.
constexpr std::pair<const char *, Party> partyWords[] = {{"first", Party::First},
                                                         {"first party", Party::First},
                                                         {"1st party", Party::First},
                                                         {"1st", Party::First},
                                                         {"interne", Party::First},
                                                         {"internes", Party::First},
                                                         {"proprietaire", Party::First},
                                                         {"premiere partie", Party::First},
                                                         {"non", Party::First},
                                                         {"no", Party::First},
                                                         {"false", Party::First},
                                                         {"third", Party::Third},
                                                         {"third party", Party::Third},
                                                         {"3rd party", Party::Third},
                                                         {"3rd", Party::Third},
                                                         {"tiers", Party::Third},
                                                         {"tierce partie", Party::Third},
                                                         {"externe", Party::Third},
                                                         {"externes", Party::Third},
                                                         {"oui", Party::Third},
                                                         {"yes", Party::Third},
                                                         {"true", Party::Third},
                                                         {"x", Party::Third}};

constexpr std::pair<const char *, StorageKind> storageWords[] = {
    {"cookie", StorageKind::Cookie},
    {"http", StorageKind::Cookie},
    {"https", StorageKind::Cookie},
    {"http cookie", StorageKind::Cookie},
    {"cookie http", StorageKind::Cookie},
    {"cookies", StorageKind::Cookie},
    // Cookiebot's declaration says HTML for what a page keeps in the browser's storage.
    {"html", StorageKind::LocalStorage},
    {"html local storage", StorageKind::LocalStorage},
    {"persistent html", StorageKind::LocalStorage},
    {"indexeddb", StorageKind::LocalStorage},
    {"localstorage", StorageKind::LocalStorage},
    {"local storage", StorageKind::LocalStorage},
    {"stockage local", StorageKind::LocalStorage},
    {"stockage local du navigateur", StorageKind::LocalStorage},
    {"session html", StorageKind::SessionStorage},
    {"sessionstorage", StorageKind::SessionStorage},
    {"session storage", StorageKind::SessionStorage},
    {"stockage de session", StorageKind::SessionStorage},
    {"pixel", StorageKind::Pixel},
    {"tracking pixel", StorageKind::Pixel},
    {"pixel espion", StorageKind::Pixel},
    {"web beacon", StorageKind::Pixel},
    {"balise web", StorageKind::Pixel},
    {"pixel invisible", StorageKind::Pixel}};

constexpr std::pair<const char *, LegalBasis> basisWords[] = {
    {"consent", LegalBasis::Consent},
    {"consentement", LegalBasis::Consent},
    {"opt in", LegalBasis::Consent},
    {"soumis a consentement", LegalBasis::Consent},
    {"requires consent", LegalBasis::Consent},
    {"exempt", LegalBasis::Exempt},
    {"exempte", LegalBasis::Exempt},
    {"exemptes", LegalBasis::Exempt},
    {"exempted", LegalBasis::Exempt},
    {"exemption", LegalBasis::Exempt},
    {"exempt from consent", LegalBasis::Exempt},
    {"exempte de consentement", LegalBasis::Exempt},
    {"non soumis a consentement", LegalBasis::Exempt},
    {"strictly necessary", LegalBasis::Exempt},
    {"legitimate interest", LegalBasis::LegitimateInterest},
    {"legitimate interests", LegalBasis::LegitimateInterest},
    {"interet legitime", LegalBasis::LegitimateInterest},
    {"interets legitimes", LegalBasis::LegitimateInterest}};

constexpr std::pair<const char *, bool> yesNoWords[] = {
    {"oui", true},   {"yes", true}, {"true", true}, {"vrai", true}, {"1", true},
    {"x", true},     {"y", true},   {"non", false}, {"no", false},  {"false", false},
    {"faux", false}, {"0", false},  {"n", false},   {"", false}};

} // namespace

QList<InventoryField> InventoryFields::all()
{
    QList<InventoryField> fields;
    for (const FieldText &text : fieldTexts)
        fields << text.field;
    return fields;
}

bool InventoryFields::isLocalized(InventoryField field)
{
    const FieldText *text = textOf(field);
    return text && text->localized;
}

QString InventoryFields::key(InventoryField field)
{
    const FieldText *text = textOf(field);
    return text ? QString::fromLatin1(text->key) : QString();
}

QString InventoryFields::header(InventoryField field, const QString &language)
{
    const FieldText *text = textOf(field);
    if (!text)
        return {};
    return QString::fromUtf16(Languages::isFrench(language) ? text->fr : text->en);
}

QString InventoryFields::translatedName(InventoryField field)
{
    if (field == InventoryField::Ignore)
        return QCoreApplication::translate("InventoryFields", "(ignore)");
    const FieldText *text = textOf(field);
    return text ? QCoreApplication::translate("InventoryFields", text->interfaceName) : QString();
}

ColumnMapping InventoryFields::recogniseHeader(const QString &header, QString *wordingLanguage)
{
    const auto lookup = [&](const QString &folded) -> ColumnMapping {
        const auto found = synonyms().constFind(folded);
        if (found == synonyms().cend())
            return {};
        if (wordingLanguage && !found->language.isEmpty())
            *wordingLanguage = found->language;
        return {found->field, {}};
    };
    // "Purpose (en)", "Finalité [fr]": the language of a localized column.
    static const QRegularExpression tagged(
        QStringLiteral(R"(^(.*?)\s*[\(\[]\s*([A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})?)\s*[\)\]]\s*$)"));
    const QRegularExpressionMatch match = tagged.match(header);
    if (match.hasMatch()) {
        ColumnMapping mapping = lookup(TextFolding::wordingKey(match.captured(1)));
        if (isLocalized(mapping.field)) {
            mapping.language = match.captured(2).toLower();
            return mapping;
        }
    }
    return lookup(TextFolding::wordingKey(header));
}

const QList<KnownCategory> &InventoryFields::knownCategories()
{
    static const QList<KnownCategory> categories = {
        {QStringLiteral("necessary"), QStringLiteral("Cookies nécessaires"),
         QStringLiteral("Necessary cookies"), true},
        {QStringLiteral("functional"), QStringLiteral("Cookies fonctionnels"),
         QStringLiteral("Functional cookies"), false},
        {QStringLiteral("statistics"), QStringLiteral("Cookies de mesure d'audience"),
         QStringLiteral("Statistics cookies"), false},
        {QStringLiteral("marketing"), QStringLiteral("Cookies publicitaires"),
         QStringLiteral("Marketing cookies"), false},
        {QStringLiteral("social"), QStringLiteral("Réseaux sociaux"),
         QStringLiteral("Social media"), false},
    };
    return categories;
}

const KnownCategory *InventoryFields::knownCategory(const QString &id)
{
    for (const KnownCategory &category : knownCategories()) {
        if (category.id == id)
            return &category;
    }
    return nullptr;
}

std::optional<QString> InventoryFields::categoryMentioned(const QString &text)
{
    // Padding with spaces makes every match a whole-word match.
    const QString folded = QLatin1Char(' ') + TextFolding::wordingKey(text) + QLatin1Char(' ');
    qsizetype bestPosition = -1;
    const char *bestId = nullptr;
    for (const CategoryWord &word : categoryWords) {
        const QString needle = QLatin1Char(' ') + QLatin1StringView(word.folded) + QLatin1Char(' ');
        const qsizetype position = folded.indexOf(needle);
        if (position >= 0 && (bestPosition < 0 || position < bestPosition)) {
            bestPosition = position;
            bestId = word.id;
        }
    }
    if (!bestId)
        return std::nullopt;
    return QString::fromLatin1(bestId);
}

std::optional<NameMatch> InventoryFields::nameMatch(const QString &text)
{
    return findWord(nameMatchWords, text);
}

std::optional<Party> InventoryFields::party(const QString &text)
{
    return findWord(partyWords, text);
}

std::optional<StorageKind> InventoryFields::storage(const QString &text)
{
    return findWord(storageWords, text);
}

std::optional<LegalBasis> InventoryFields::basis(const QString &text)
{
    return findWord(basisWords, text);
}

std::optional<bool> InventoryFields::yesNo(const QString &text)
{
    return findWord(yesNoWords, text);
}

QString InventoryFields::format(NameMatch value, const QString &language)
{
    switch (value) {
    case NameMatch::Exact:
        return QStringLiteral("exact");
    case NameMatch::Prefix:
        return Languages::isFrench(language) ? QStringLiteral("préfixe") : QStringLiteral("prefix");
    case NameMatch::Regex:
        return QStringLiteral("regex");
    }
    return {};
}

QString InventoryFields::format(Party value, const QString &language)
{
    if (value == Party::First)
        return Languages::isFrench(language) ? QStringLiteral("interne")
                                             : QStringLiteral("first party");
    return Languages::isFrench(language) ? QStringLiteral("tiers") : QStringLiteral("third party");
}

QString InventoryFields::format(StorageKind value, const QString &language)
{
    const bool french = Languages::isFrench(language);
    switch (value) {
    case StorageKind::Cookie:
        return QStringLiteral("cookie");
    case StorageKind::LocalStorage:
        return french ? QStringLiteral("stockage local") : QStringLiteral("local storage");
    case StorageKind::SessionStorage:
        return french ? QStringLiteral("stockage de session") : QStringLiteral("session storage");
    case StorageKind::Pixel:
        return QStringLiteral("pixel");
    }
    return {};
}

QString InventoryFields::format(LegalBasis value, const QString &language)
{
    const bool french = Languages::isFrench(language);
    switch (value) {
    case LegalBasis::Consent:
        return french ? QStringLiteral("consentement") : QStringLiteral("consent");
    case LegalBasis::Exempt:
        return french ? QStringLiteral("exempté") : QStringLiteral("exempt");
    case LegalBasis::LegitimateInterest:
        return french ? QStringLiteral("intérêt légitime") : QStringLiteral("legitimate interest");
    }
    return {};
}

QString InventoryFields::formatYesNo(bool value, const QString &language)
{
    if (Languages::isFrench(language))
        return value ? QStringLiteral("oui") : QStringLiteral("non");
    return value ? QStringLiteral("yes") : QStringLiteral("no");
}

QString InventoryFields::slugify(const QString &name, const QString &fallback)
{
    QString slug = TextFolding::wordingKey(name);
    slug.replace(QLatin1Char(' '), QLatin1Char('-'));
    // Letters outside ASCII (after accents are removed) would make awkward ids.
    slug.removeIf([](QChar c) { return c.unicode() > 0x7F; });
    return slug.isEmpty() ? fallback : slug;
}
