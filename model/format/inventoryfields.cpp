#include "format/inventoryfields.h"

#include "document/languages.h"
#include "document/textfolding.h"

#include <QCoreApplication>
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

// Header spellings as TextFolding::wordingKey() gives them. 'f' and 'e' mark wordings
// that say which language the file is written in; 0 is shared by both.
struct Synonym
{
    InventoryField field;
    const char *folded;
    char language;
};

constexpr std::array synonyms{
    Synonym{F::Name, "nom du cookie", 'f'},
    Synonym{F::Name, "nom du cookies", 'f'},
    Synonym{F::Name, "nom du cookie s", 'f'},
    Synonym{F::Name, "nom des cookies", 'f'},
    Synonym{F::Name, "nom de cookie", 'f'},
    Synonym{F::Name, "nom cookie", 'f'},
    Synonym{F::Name, "nom du traceur", 'f'},
    Synonym{F::Name, "traceur", 'f'},
    Synonym{F::Name, "nom", 'f'},
    Synonym{F::Name, "cookie", 0},
    Synonym{F::Name, "cookies", 0},
    Synonym{F::Name, "cookie s", 0},
    Synonym{F::Name, "name", 'e'},
    Synonym{F::Name, "cookie name", 'e'},
    Synonym{F::Name, "cookie names", 'e'},
    Synonym{F::Name, "cookie data key name", 'e'},
    Synonym{F::Name, "key", 'e'},
    Synonym{F::NameMatch, "correspondance du nom", 'f'},
    Synonym{F::NameMatch, "type de nom", 'f'},
    Synonym{F::NameMatch, "name match", 'e'},
    Synonym{F::NameMatch, "match", 'e'},
    Synonym{F::NameMatch, "wildcard match", 'e'},
    Synonym{F::NameMatch, "wildcard", 'e'},
    Synonym{F::Provider, "prestataire", 'f'},
    Synonym{F::Provider, "nom du prestataire", 'f'},
    Synonym{F::Provider, "fournisseur", 'f'},
    Synonym{F::Provider, "nom du fournisseur", 'f'},
    Synonym{F::Provider, "editeur", 'f'},
    Synonym{F::Provider, "emetteur", 'f'},
    Synonym{F::Provider, "deposant", 'f'},
    Synonym{F::Provider, "plateforme", 'f'},
    Synonym{F::Provider, "partenaire", 'f'},
    Synonym{F::Provider, "provider", 'e'},
    Synonym{F::Provider, "provider name", 'e'},
    Synonym{F::Provider, "vendor", 'e'},
    Synonym{F::Provider, "platform", 'e'},
    Synonym{F::Provider, "third party provider", 'e'},
    Synonym{F::ProviderId, "provider id", 'e'},
    Synonym{F::ProviderId, "identifiant du prestataire", 'f'},
    Synonym{F::ProviderWebsite, "provider website", 'e'},
    Synonym{F::ProviderWebsite, "site du prestataire", 'f'},
    Synonym{F::ProviderWebsite, "site web du prestataire", 'f'},
    Synonym{F::ProviderPrivacyPolicy, "provider privacy policy", 'e'},
    Synonym{F::ProviderPrivacyPolicy, "privacy policy", 'e'},
    // The Open Cookie Database's column of providers' privacy pages.
    Synonym{F::ProviderPrivacyPolicy, "user privacy gdpr rights portals", 'e'},
    Synonym{F::ProviderPrivacyPolicy, "politique de confidentialite du prestataire", 'f'},
    Synonym{F::ProviderPrivacyPolicy, "politique de confidentialite", 'f'},
    Synonym{F::ProviderCountry, "provider country", 'e'},
    Synonym{F::ProviderCountry, "country", 'e'},
    Synonym{F::ProviderCountry, "pays du prestataire", 'f'},
    Synonym{F::ProviderCountry, "pays", 'f'},
    Synonym{F::Service, "service et emplacement", 'f'},
    Synonym{F::Service, "emplacement", 'f'},
    Synonym{F::Service, "service", 0},
    Synonym{F::Service, "services", 0},
    Synonym{F::Service, "service and location", 'e'},
    Synonym{F::Service, "location", 'e'},
    Synonym{F::Purpose, "finalite", 'f'},
    Synonym{F::Purpose, "finalites", 'f'},
    Synonym{F::Purpose, "finalite s", 'f'},
    Synonym{F::Purpose, "objet", 'f'},
    Synonym{F::Purpose, "utilisation", 'f'},
    Synonym{F::Purpose, "role", 'f'},
    Synonym{F::Purpose, "description", 0},
    Synonym{F::Purpose, "purpose", 'e'},
    Synonym{F::Purpose, "purposes", 'e'},
    Synonym{F::Purpose, "use", 'e'},
    Synonym{F::Category, "categorie", 'f'},
    Synonym{F::Category, "categories", 0},
    Synonym{F::Category, "type de cookie", 'f'},
    Synonym{F::Category, "type de cookies", 'f'},
    Synonym{F::Category, "type", 0},
    Synonym{F::Category, "category", 'e'},
    Synonym{F::Category, "cookie category", 'e'},
    Synonym{F::Category, "cookie type", 'e'},
    Synonym{F::CategoryName, "nom de la categorie", 'f'},
    Synonym{F::CategoryName, "category name", 'e'},
    Synonym{F::Lifetime, "duree", 'f'},
    Synonym{F::Lifetime, "duree de conservation", 'f'},
    Synonym{F::Lifetime, "duree de vie", 'f'},
    Synonym{F::Lifetime, "conservation", 'f'},
    Synonym{F::Lifetime, "validite", 'f'},
    Synonym{F::Lifetime, "duree de validite", 'f'},
    Synonym{F::Lifetime, "expiration", 0},
    Synonym{F::Lifetime, "duration", 'e'},
    Synonym{F::Lifetime, "expiry", 'e'},
    Synonym{F::Lifetime, "expires", 'e'},
    Synonym{F::Lifetime, "retention", 'e'},
    Synonym{F::Lifetime, "retention period", 'e'},
    Synonym{F::Lifetime, "lifetime", 'e'},
    Synonym{F::Lifetime, "lifespan", 'e'},
    Synonym{F::Domain, "domaine", 'f'},
    Synonym{F::Domain, "domain", 'e'},
    Synonym{F::Domain, "hote", 'f'},
    Synonym{F::Domain, "host", 'e'},
    Synonym{F::Path, "chemin", 'f'},
    Synonym{F::Path, "path", 'e'},
    Synonym{F::Secure, "securise", 'f'},
    Synonym{F::Secure, "secure", 'e'},
    Synonym{F::Party, "tiers", 'f'},
    Synonym{F::Party, "interne ou tiers", 'f'},
    Synonym{F::Party, "interne tiers", 'f'},
    Synonym{F::Party, "origine", 'f'},
    Synonym{F::Party, "party", 'e'},
    Synonym{F::Party, "first or third party", 'e'},
    Synonym{F::Party, "first third party", 'e'},
    Synonym{F::Party, "third party", 'e'},
    Synonym{F::Party, "1st 3rd party", 'e'},
    Synonym{F::Storage, "stockage", 'f'},
    Synonym{F::Storage, "type de stockage", 'f'},
    Synonym{F::Storage, "storage", 'e'},
    Synonym{F::Storage, "storage type", 'e'},
    Synonym{F::Storage, "storage kind", 'e'},
    Synonym{F::Basis, "base legale", 'f'},
    Synonym{F::Basis, "base juridique", 'f'},
    Synonym{F::Basis, "fondement juridique", 'f'},
    Synonym{F::Basis, "fondement", 'f'},
    Synonym{F::Basis, "legal basis", 'e'},
    Synonym{F::Basis, "basis", 'e'},
    Synonym{F::Extra, "extra json", 'e'},
    Synonym{F::Extra, "donnees supplementaires json", 'f'},
};

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
    {"http cookie", StorageKind::Cookie},
    {"cookie http", StorageKind::Cookie},
    {"localstorage", StorageKind::LocalStorage},
    {"local storage", StorageKind::LocalStorage},
    {"stockage local", StorageKind::LocalStorage},
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
        for (const Synonym &synonym : synonyms) {
            if (folded == QLatin1StringView(synonym.folded)) {
                if (wordingLanguage && synonym.language)
                    *wordingLanguage =
                        synonym.language == 'f' ? QStringLiteral("fr") : QStringLiteral("en");
                return {synonym.field, {}};
            }
        }
        return {};
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
