// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "import/libraryconfigimporter.h"

#include "compliance/knowncookies.h"
#include "document/cookiename.h"
#include "document/languages.h"
#include "export/consentlibrary.h"
#include "format/csvreader.h"
#include "format/inventoryfields.h"
#include "import/importeddocument.h"
#include "import/jsconfigsandbox.h"
#include "import/servicecookies.h"

#include <QColor>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

using ConsentLibrary::plainText;

namespace {

// How many days the consent cookie lives, as a document holds it (a whole number
// from 1, see PolicyReader): a configuration's zero, negative or absurd value would
// give a document Charte then refuses to open, so it gives the library's default.
int consentLifetimeDays(const QJsonValue &value, int libraryDefault)
{
    constexpr int Longest = 1'000'000'000; // what PolicyReader accepts
    const int days = value.toInt(libraryDefault);
    return days >= 1 && days <= Longest ? days : libraryDefault;
}

QString slug(const QString &text)
{
    QString out;
    for (const QChar c : text.toLower()) {
        if (c.isLetterOrNumber() && c.unicode() < 0x80)
            out += c;
        else if (!out.isEmpty() && !out.endsWith(u'-'))
            out += u'-';
    }
    while (out.endsWith(u'-'))
        out.chop(1);
    return out.isEmpty() ? QStringLiteral("provider") : out;
}

void setText(LocalizedText &target, const QString &language, const QJsonValue &value)
{
    const QString text = plainText(value.toString()).trimmed();
    if (!text.isEmpty())
        target.set(language, text);
}

void addProvider(Policy &policy, const QString &id, const QString &name)
{
    if (policy.provider(id))
        return;
    Provider provider;
    provider.id = id;
    provider.name = name.isEmpty() ? id : name;
    policy.providers.append(provider);
}

Cookie *findCookie(Policy &policy, const QString &categoryId, const Cookie &like)
{
    for (Cookie &cookie : policy.cookies) {
        if (cookie.categoryId == categoryId && cookie.name == like.name &&
            cookie.match == like.match)
            return &cookie;
    }
    return nullptr;
}

// The literal a pattern matches when it is "^" followed by escaped characters only.
std::optional<QString> literalAfterCaret(QStringView pattern)
{
    static const QString special = QStringLiteral("\\^$.|?*+()[]{}");
    QString literal;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == u'\\') {
            if (i + 1 >= pattern.size())
                return std::nullopt;
            const QChar next = pattern.at(++i);
            if (next.isLetterOrNumber())
                return std::nullopt; // \d, \w, \b…
            literal += next;
        } else if (special.contains(c)) {
            return std::nullopt;
        } else {
            literal += c;
        }
    }
    return literal;
}

// Reads Klaro's cookie pattern back: plain name, "^literal" (prefix), "^literal$"
// (exact), "^.*(?:X)" (Charte's searched regex X) or any other regex.
void klaroPattern(const QString &pattern, Cookie &cookie)
{
    if (!pattern.startsWith(u'^')) {
        cookie.name = pattern;
        cookie.match = NameMatch::Exact;
        return;
    }
    const QStringView body = QStringView(pattern).mid(1);
    if (body.endsWith(u'$')) {
        if (const auto literal = literalAfterCaret(body.chopped(1))) {
            cookie.name = *literal;
            cookie.match = NameMatch::Exact;
            return;
        }
    } else if (const auto literal = literalAfterCaret(body)) {
        cookie.name = *literal;
        cookie.match = NameMatch::Prefix;
        return;
    }
    static const QRegularExpression searched(QStringLiteral("^\\^\\.\\*\\(\\?:(.*)\\)$"));
    const QRegularExpressionMatch match = searched.match(pattern);
    cookie.name = match.hasMatch() ? match.captured(1) : pattern;
    cookie.match = NameMatch::Regex;
}

QString klaroText(const QJsonObject &translations, const QString &language,
                  std::initializer_list<const char *> path)
{
    QJsonValue value = translations.value(language);
    for (const char *key : path)
        value = value.toObject().value(QLatin1StringView(key));
    return value.toString();
}

// A library names its default language (or lets it be the first it carries, else
// English); the document lists it first, as every export expects.
void setLanguages(PolicyMeta &meta, const QString &configuredDefault, const QStringList &languages)
{
    meta.defaultLanguage =
        configuredDefault.isEmpty() ? languages.value(0, QStringLiteral("en")) : configuredDefault;
    meta.languages = Languages::defaultFirst(meta.defaultLanguage, languages);
}

// The charter of an imported configuration: the table of every cookie, under the
// title the library gave its preferences ("Manage cookies"), for the officer to write
// the rest around it.
void appendCookieList(Policy &policy)
{
    CharterSection table;
    table.id = QStringLiteral("cookie-list");
    table.kind = CharterSection::Kind::CookieTable;
    table.title = policy.banner.manage;
    policy.charter.append(table);
}

// What reading one configuration needs besides the configuration.
struct Reading
{
    const KnownCookies &database;
    QStringList &warnings;
    QString sourceName;

    void warn(const QString &text) { warnings << sourceName + QStringLiteral(": ") + text; }
};


// A cookie name as a library holds it: a string, or a RegExp the sandbox captured as
// {"$regexp": source}. Klaro reads a string that starts with "^" as a regular
// expression; vanilla-cookieconsent compares strings exactly. A RegExp anchored at
// the start with a plain literal after the caret is a prefix (/^_ga/ is "_ga*").
bool readPattern(const QJsonValue &value, Cookie &cookie, bool caretIsRegex)
{
    if (value.isString()) {
        const QString text = value.toString().trimmed();
        if (text.isEmpty())
            return false;
        if (caretIsRegex) {
            klaroPattern(text, cookie);
        } else {
            cookie.name = text;
            cookie.match = NameMatch::Exact;
        }
        return true;
    }
    const QString source = value.toObject().value(QLatin1StringView("$regexp")).toString();
    if (source.isEmpty())
        return false;
    if (source.startsWith(u'^')) {
        klaroPattern(source, cookie);
    } else {
        cookie.name = source;
        cookie.match = NameMatch::Regex;
    }
    return true;
}

// The language a database description (English) goes into.
QString descriptionLanguage(const Policy &policy)
{
    return policy.meta.languages.contains(QStringLiteral("en")) ? QStringLiteral("en")
                                                               : policy.meta.defaultLanguage;
}

// A service whose cookies the configuration does not list: the database's cookies
// for it, or a warning. Returns how many cookies were added.
int addDatabaseCookies(Policy &policy, Reading &reading, const QStringList &serviceNames,
                       const QString &categoryId, const QString &providerId, bool required)
{
    const QList<const KnownCookie *> known = ServiceCookies::lookup(reading.database, serviceNames);
    for (const KnownCookie *entry : known) {
        Cookie cookie;
        cookie.name = entry->name;
        cookie.match = entry->prefix ? NameMatch::Prefix : NameMatch::Exact;
        cookie.categoryId = categoryId;
        cookie.providerId = providerId;
        cookie.basis = required ? LegalBasis::Exempt : LegalBasis::Consent;
        if (!entry->description.isEmpty())
            cookie.purpose.set(descriptionLanguage(policy), entry->description);
        cookie.lifetime = entry->retention;
        if (!entry->retention && !entry->retentionText.isEmpty())
            cookie.unparsed.insert(QStringLiteral("lifetime"), entry->retentionText);
        cookie.domain = KnownCookies::normalisedDomain(entry->domain);
        if (entry->domain.contains(QLatin1StringView("3rd party"), Qt::CaseInsensitive))
            cookie.party = Party::Third;
        if (!findCookie(policy, categoryId, cookie))
            policy.cookies.append(cookie);
    }
    if (known.isEmpty())
        reading.warn(QCoreApplication::translate("LibraryConfigImporter", "service \"%1\" lists no cookies and the known-cookie database has none "
                        "for it; it is listed as a provider without cookies")
                         .arg(serviceNames.value(0)));
    return int(known.size());
}

// A category Charte knows ("statistics"), with its names, when the document lacks it.
QString ensureKnownCategory(Policy &policy, const QString &id)
{
    if (policy.category(id))
        return id;
    Category category;
    category.id = id;
    if (const KnownCategory *known = InventoryFields::knownCategory(id)) {
        category.name.set(QStringLiteral("fr"), known->nameFr);
        category.name.set(QStringLiteral("en"), known->nameEn);
        category.required = known->required;
    } else {
        category.name.set(QStringLiteral("en"), id);
    }
    policy.categories.append(category);
    return id;
}

// The library's own consent cookie, which every site that runs it sets: necessary.
void addConsentCookie(Policy &policy, const QString &name, const QString &providerName)
{
    const QString categoryId = ensureKnownCategory(policy, QStringLiteral("necessary"));
    Cookie cookie;
    cookie.name = name;
    cookie.categoryId = categoryId;
    if (findCookie(policy, categoryId, cookie))
        return;
    const QString providerId = slug(providerName);
    addProvider(policy, providerId, providerName);
    cookie.providerId = providerId;
    cookie.basis = LegalBasis::Exempt;
    const auto days = policy.banner.consentLifetimeDays;
    cookie.lifetime = Lifetime::fromSeconds(qint64(days) * Lifetime::Day);
    cookie.purpose.set(QStringLiteral("en"), QStringLiteral("Stores the visitor's consent choices."));
    if (Languages::isFrench(policy.meta.defaultLanguage) || policy.meta.languages.contains(QStringLiteral("fr")))
        cookie.purpose.set(QStringLiteral("fr"), QStringLiteral("Conserve les choix de consentement du visiteur."));
    policy.cookies.append(cookie);
}

Policy importKlaro(const QJsonObject &config, Reading &reading);
Policy importCookieConsent(const QJsonObject &config, Reading &reading);
Policy importTarteaucitron(const JsCapture &setup, const QJsonObject &services, Reading &reading);

LibraryConfigImporter::Library detectObject(const QJsonObject &config)
{
    using Library = LibraryConfigImporter::Library;
    if (config.value(QLatin1StringView("format")).isString())
        return Library::Unknown; // a charte/1 document
    if (config.value(QLatin1StringView("services")).isArray() ||
        config.value(QLatin1StringView("apps")).isArray())
        return Library::Klaro;
    const bool categories = config.value(QLatin1StringView("categories")).isObject();
    const bool language = config.value(QLatin1StringView("language"))
                              .toObject()
                              .value(QLatin1StringView("translations"))
                              .isObject();
    return categories && language ? Library::CookieConsent : Library::Unknown;
}

} // namespace

LibraryConfigImporter::Library LibraryConfigImporter::detect(const QByteArray &bytes)
{
    const QByteArray head = bytes.left(1 << 20);
    const QByteArray trimmed = head.trimmed();
    if (trimmed.startsWith('<') || trimmed.startsWith("\xEF\xBB\xBF<"))
        return Library::Unknown; // a page that embeds a script is a charter page
    const QString text = QString::fromUtf8(head);
    static const QRegularExpression cookieConsent(
        QStringLiteral(R"(\bCookieConsent\s*\.\s*run\s*\(|\binitCookieConsent\s*\()"));
    static const QRegularExpression klaro(
        QStringLiteral(R"(\bklaroConfig\s*=[^=]|\bklaro\s*\.\s*setup\s*\()"));
    static const QRegularExpression tarteaucitron(
        QStringLiteral(R"(\btarteaucitron\s*\.\s*(?:init\s*\(|job\b|services\s*\.\s*\w+\s*=))"));
    if (cookieConsent.match(text).hasMatch())
        return Library::CookieConsent;
    if (klaro.match(text).hasMatch())
        return Library::Klaro;
    if (tarteaucitron.match(text).hasMatch())
        return Library::Tarteaucitron;
    if (!trimmed.startsWith('{'))
        return Library::Unknown;
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(bytes, &error);
    if (error.error == QJsonParseError::NoError)
        return json.isObject() ? detectObject(json.object()) : Library::Unknown;
    // An object written as JavaScript (unquoted keys, comments): told by its keys.
    static const QRegularExpression services(QStringLiteral(R"(\b(?:services|apps)["']?\s*:\s*\[)"));
    static const QRegularExpression categories(QStringLiteral(R"(\bcategories["']?\s*:\s*\{)"));
    static const QRegularExpression translations(QStringLiteral(R"(\btranslations["']?\s*:)"));
    if (services.match(text).hasMatch())
        return Library::Klaro;
    if (categories.match(text).hasMatch() && translations.match(text).hasMatch())
        return Library::CookieConsent;
    return Library::Unknown;
}

Expected<ImportResult> LibraryConfigImporter::import(const QByteArray &bytes,
                                                     const QString &sourceName)
{
    return import(bytes, sourceName, Options());
}

Expected<ImportResult> LibraryConfigImporter::import(const QByteArray &bytes,
                                                     const QString &sourceName,
                                                     const Options &options)
{
    const auto fail = [&](const QString &message) {
        return Expected<ImportResult>::failure(sourceName + QStringLiteral(": ") + message);
    };
    if (bytes.left(64 * 1024).contains('\0'))
        return fail(QCoreApplication::translate("LibraryConfigImporter", "this is not a text file (it contains NUL bytes)"));
    QList<JsConfigSandbox::Script> scripts{{CsvReader::decode(bytes), sourceName}};
    // tarteaucitron's service list runs after the setup, as on a page: its cookie
    // lists read what the setup put in tarteaucitron.user.
    if (!options.tarteaucitronServices.isEmpty())
        scripts << JsConfigSandbox::Script{CsvReader::decode(options.tarteaucitronServices),
                                           options.tarteaucitronServicesName};
    const Expected<JsCapture> captured = JsConfigSandbox::run(scripts, JsConfigSandbox::Limits());
    if (!captured)
        return Expected<ImportResult>::failure(captured.error());

    ImportResult result;
    Reading reading{options.database ? *options.database : KnownCookies::builtin(), result.warnings,
                    sourceName};
    const QJsonValue bare = captured->first(QStringLiteral("object"));
    QJsonObject config;
    Library library = Library::Unknown;
    if (captured->has(QStringLiteral("CookieConsent.run"))) {
        config = captured->first(QStringLiteral("CookieConsent.run")).toObject();
        library = Library::CookieConsent;
    } else if (captured->has(QStringLiteral("klaro.setup")) || captured->has(QStringLiteral("klaroConfig"))) {
        config = (captured->has(QStringLiteral("klaro.setup")) ? captured->first(QStringLiteral("klaro.setup"))
                                                               : captured->first(QStringLiteral("klaroConfig")))
                     .toObject();
        library = Library::Klaro;
    } else if (captured->has(QStringLiteral("tarteaucitron.init")) ||
               captured->has(QStringLiteral("tarteaucitron.job"))) {
        library = Library::Tarteaucitron;
    } else if (bare.isObject()) {
        config = bare.toObject();
        library = detectObject(config);
    }
    if (captured->has(QStringLiteral("cookieconsent2.run")) && library == Library::Unknown)
        return fail(QCoreApplication::translate("LibraryConfigImporter", "this is a vanilla-cookieconsent 2 setup (initCookieConsent); Charte reads "
                       "version 3 configurations (CookieConsent.run)"));

    switch (library) {
    case Library::Klaro:
        result.policy = importKlaro(config, reading);
        break;
    case Library::CookieConsent:
        result.policy = importCookieConsent(config, reading);
        break;
    case Library::Tarteaucitron: {
        const QJsonObject services = captured->first(QStringLiteral("tarteaucitron.services")).toObject();
        if (!options.tarteaucitronServices.isEmpty() && services.isEmpty())
            return Expected<ImportResult>::failure(
                options.tarteaucitronServicesName + QStringLiteral(": ") +
                QCoreApplication::translate("LibraryConfigImporter", "defines no tarteaucitron.services; expected tarteaucitron's service list "
                   "(tarteaucitron.services.js)"));
        result.policy = importTarteaucitron(*captured, services, reading);
        break;
    }
    case Library::Unknown:
        if (bare.isObject() || captured->calls.isEmpty())
            return fail(QCoreApplication::translate("LibraryConfigImporter", "the script ran but handed nothing to Klaro (klaroConfig, klaro.setup), "
                           "vanilla-cookieconsent (CookieConsent.run) or tarteaucitron "
                           "(tarteaucitron.init, tarteaucitron.job)"));
        return fail(QCoreApplication::translate("LibraryConfigImporter", "not a Klaro, vanilla-cookieconsent or tarteaucitron configuration"));
    }
    if (result.policy.cookies.isEmpty())
        return fail(QCoreApplication::translate("LibraryConfigImporter", "the configuration names no cookie and the known-cookie database knows none "
                       "of its services; nothing to import"));
    return result;
}

namespace {

Policy importKlaro(const QJsonObject &config, Reading &reading)
{
    Policy policy;
    const QJsonObject translations = config.value(QLatin1StringView("translations")).toObject();
    QStringList carried;
    for (auto it = translations.constBegin(); it != translations.constEnd(); ++it) {
        if (it.key() != QLatin1StringView("zz") && it.value().isObject())
            carried << it.key();
    }
    setLanguages(policy.meta, config.value(QLatin1StringView("lang")).toString(), carried);
    const QStringList &languages = policy.meta.languages;
    policy.meta.siteUrl = translations.value(QLatin1StringView("zz"))
                              .toObject()
                              .value(QLatin1StringView("privacyPolicyUrl"))
                              .toString();

    BannerSettings &banner = policy.banner;
    banner.consentCookieName =
        config.value(QLatin1StringView("storageName"))
            .toString(config.value(QLatin1StringView("cookieName")).toString(QStringLiteral("klaro")));
    banner.consentLifetimeDays = consentLifetimeDays(config.value(QLatin1StringView("cookieExpiresAfterDays")), 120);
    banner.layout = config.value(QLatin1StringView("noticeAsModal")).toBool()
                        ? BannerSettings::Layout::Modal
                        : BannerSettings::Layout::Box;
    banner.honourGlobalPrivacyControl = false; // Klaro does not
    // Colours as Charte's export writes them into Klaro's light theme.
    const QJsonObject styling = config.value(QLatin1StringView("styling")).toObject();
    const auto colour = [&styling](const char *variable, QColor &target) {
        const QColor value =
            QColor::fromString(styling.value(QLatin1StringView(variable)).toString());
        if (value.isValid())
            target = value;
    };
    colour("dark1", banner.background);
    colour("light1", banner.text);
    colour("green1", banner.buttonBackground);
    colour("button-text-color", banner.buttonText);
    for (const QString &language : languages) {
        setText(banner.title, language,
                klaroText(translations, language, {"consentNotice", "title"}));
        setText(banner.description, language,
                klaroText(translations, language, {"consentNotice", "description"}));
        QString accept = klaroText(translations, language, {"acceptAll"});
        if (accept.isEmpty())
            accept = klaroText(translations, language, {"ok"});
        setText(banner.acceptAll, language, accept);
        setText(banner.rejectAll, language, klaroText(translations, language, {"decline"}));
        setText(banner.customize, language,
                klaroText(translations, language, {"consentNotice", "learnMore"}));
        setText(banner.save, language, klaroText(translations, language, {"save"}));
        setText(banner.manage, language,
                klaroText(translations, language, {"consentModal", "title"}));
    }

    QJsonArray services = config.value(QLatin1StringView("services")).toArray();
    if (services.isEmpty())
        services = config.value(QLatin1StringView("apps")).toArray();
    // Categories are Klaro's purposes, in the order services name them.
    QMap<QString, bool> allRequired;
    for (const QJsonValue &value : services) {
        const QJsonObject service = value.toObject();
        const bool required = service.value(QLatin1StringView("required")).toBool();
        const QJsonArray purposes = service.value(QLatin1StringView("purposes")).toArray();
        for (const QJsonValue &purpose : purposes) {
            const QString id = purpose.toString();
            if (id.isEmpty())
                continue;
            if (!policy.category(id)) {
                Category category;
                category.id = id;
                for (const QString &language : languages) {
                    const QJsonValue text = translations.value(language)
                                                .toObject()
                                                .value(QLatin1StringView("purposes"))
                                                .toObject()
                                                .value(id);
                    if (text.isString()) {
                        setText(category.name, language, text);
                    } else {
                        setText(category.name, language,
                                text.toObject().value(QLatin1StringView("title")));
                        setText(category.description, language,
                                text.toObject().value(QLatin1StringView("description")));
                    }
                }
                policy.categories.append(category);
                allRequired.insert(id, true);
            }
            allRequired[id] = allRequired.value(id) && required;
        }
    }
    for (Category &category : policy.categories)
        category.required = allRequired.value(category.id);

    static const QRegularExpression descriptionLine(
        QStringLiteral("^(\\S+)(?: \\(([^)]*)\\))?(?:: (.*))?$"));
    for (const QJsonValue &value : services) {
        const QJsonObject service = value.toObject();
        const QString name = service.value(QLatin1StringView("name")).toString();
        static const QRegularExpression revisionService(QStringLiteral("^charte-revision-(\\d+)$"));
        if (const QRegularExpressionMatch revision = revisionService.match(name);
            revision.hasMatch()) {
            policy.meta.revision = qMax(1, revision.captured(1).toInt());
            continue;
        }
        QString categoryId =
            service.value(QLatin1StringView("purposes")).toArray().at(0).toString();
        if (name.isEmpty()) {
            reading.warn(QCoreApplication::translate("LibraryConfigImporter", "a service without a name was left out"));
            continue;
        }
        if (categoryId.isEmpty()) {
            // Klaro lists a service without purpose on its own; Charte needs a category.
            reading.warn(QCoreApplication::translate("LibraryConfigImporter", "service \"%1\" has no purpose; it was put in the necessary "
                            "category if required, else in functional")
                             .arg(name));
            categoryId = ensureKnownCategory(policy, service.value(QLatin1StringView("required")).toBool()
                                                         ? QStringLiteral("necessary")
                                                         : QStringLiteral("functional"));
        }
        // Charte's exports name services "provider-category".
        QString providerId = name;
        const QString suffix = u'-' + ConsentLibrary::serviceKey(QString(), categoryId);
        if (providerId.endsWith(suffix) && providerId.size() > suffix.size())
            providerId.chop(suffix.size());
        // The title: the service's own, its translations', or the top-level ones'.
        const QJsonObject serviceTranslations = service.value(QLatin1StringView("translations")).toObject();
        QString title = service.value(QLatin1StringView("title")).toString();
        for (const QString &language : QStringList{QStringLiteral("zz")} + languages) {
            if (!title.isEmpty())
                break;
            title = serviceTranslations.value(language).toObject().value(QLatin1StringView("title")).toString();
            if (title.isEmpty())
                title = klaroText(translations, language, {name.toUtf8().constData(), "title"});
        }
        addProvider(policy, providerId, plainText(title));
        const bool required = policy.category(categoryId)->required;

        // Lines "NAME (LIFETIME): purpose" of each language's description (Charte's
        // exports write them); any other description is the purpose of every cookie.
        QMap<QString, QMap<QString, QPair<QString, QString>>>
            described; // language → name → (lifetime, purpose)
        QMap<QString, QString> serviceDescription; // language → description
        for (const QString &language : languages) {
            QString description = serviceTranslations.value(language)
                                      .toObject()
                                      .value(QLatin1StringView("description"))
                                      .toString();
            if (description.isEmpty())
                description = service.value(QLatin1StringView("description")).toString();
            if (description.isEmpty())
                description = translations.value(language)
                                  .toObject()
                                  .value(name)
                                  .toObject()
                                  .value(QLatin1StringView("description"))
                                  .toString();
            bool lines = false;
            for (const QString &line : plainText(description).split(u'\n')) {
                const QRegularExpressionMatch match = descriptionLine.match(line.trimmed());
                if (match.hasMatch() && (!match.captured(2).isEmpty() || !match.captured(3).isEmpty())) {
                    described[language].insert(match.captured(1),
                                               {match.captured(2), match.captured(3)});
                    lines = true;
                }
            }
            if (!lines && !plainText(description).trimmed().isEmpty())
                serviceDescription.insert(language, plainText(description).simplified());
        }

        const QJsonArray cookies = service.value(QLatin1StringView("cookies")).toArray();
        int listed = 0;
        for (const QJsonValue &entry : cookies) {
            Cookie cookie;
            QJsonValue pattern = entry;
            if (entry.isObject() && !entry.toObject().contains(QLatin1StringView("$regexp"))) {
                pattern = entry.toObject().value(QLatin1StringView("pattern"));
                cookie.path = entry.toObject().value(QLatin1StringView("path")).toString();
                cookie.domain = entry.toObject().value(QLatin1StringView("domain")).toString();
            } else if (entry.isArray()) {
                pattern = entry.toArray().at(0);
                cookie.path = entry.toArray().at(1).toString();
                cookie.domain = entry.toArray().at(2).toString();
            }
            if (!readPattern(pattern, cookie, true)) {
                reading.warn(QCoreApplication::translate("LibraryConfigImporter", "service \"%1\": a cookie entry without a name was left out").arg(name));
                continue;
            }
            ++listed;
            cookie.categoryId = categoryId;
            cookie.providerId = providerId;
            cookie.basis = required ? LegalBasis::Exempt : LegalBasis::Consent;
            const QString shown = CookieName::display(cookie);
            for (const QString &language : languages) {
                const auto found = described.value(language).constFind(shown);
                if (found == described.value(language).constEnd()) {
                    if (serviceDescription.contains(language))
                        cookie.purpose.set(language, serviceDescription.value(language));
                    continue;
                }
                if (!found->second.isEmpty())
                    cookie.purpose.set(language, found->second);
                if (!cookie.lifetime && !found->first.isEmpty())
                    cookie.lifetime = Lifetime::parse(found->first);
            }
            if (!findCookie(policy, categoryId, cookie))
                policy.cookies.append(cookie);
        }
        if (listed == 0) {
            const qsizetype before = policy.cookies.size();
            addDatabaseCookies(policy, reading, {name, title}, categoryId, providerId, required);
            for (qsizetype i = before; i < policy.cookies.size(); ++i) {
                for (auto it = serviceDescription.constBegin(); it != serviceDescription.constEnd(); ++it)
                    policy.cookies[i].purpose.set(it.key(), it.value());
            }
        }
    }
    appendCookieList(policy);
    return policy;
}

Policy importCookieConsent(const QJsonObject &config, Reading &reading)
{
    Policy policy;
    const QJsonObject language = config.value(QLatin1StringView("language")).toObject();
    const QJsonObject translations = language.value(QLatin1StringView("translations")).toObject();
    QStringList carried;
    for (auto it = translations.constBegin(); it != translations.constEnd(); ++it) {
        if (it.value().isObject()) // a URL string is loaded by the library at run time
            carried << it.key();
    }
    setLanguages(policy.meta, language.value(QLatin1StringView("default")).toString(), carried);
    const QStringList &languages = policy.meta.languages;
    const QString &defaultLanguage = policy.meta.defaultLanguage;
    const int revision = config.value(QLatin1StringView("revision")).toInt(0);
    policy.meta.revision = revision > 0 ? revision : 1;

    BannerSettings &banner = policy.banner;
    const QJsonObject cookie = config.value(QLatin1StringView("cookie")).toObject();
    banner.consentCookieName =
        cookie.value(QLatin1StringView("name")).toString(QStringLiteral("cc_cookie"));
    banner.consentLifetimeDays = consentLifetimeDays(cookie.value(QLatin1StringView("expiresAfterDays")), 182);
    banner.honourGlobalPrivacyControl = false; // the library does not
    const QJsonObject consentGui = config.value(QLatin1StringView("guiOptions"))
                                       .toObject()
                                       .value(QLatin1StringView("consentModal"))
                                       .toObject();
    const QString layout = consentGui.value(QLatin1StringView("layout")).toString();
    const QString position = consentGui.value(QLatin1StringView("position")).toString();
    banner.layout = layout.startsWith(QLatin1StringView("bar")) ? BannerSettings::Layout::Bar
                    : config.value(QLatin1StringView("disablePageInteraction")).toBool()
                        ? BannerSettings::Layout::Modal
                        : BannerSettings::Layout::Box;
    banner.position =
        position.startsWith(QLatin1StringView("top"))      ? BannerSettings::Position::Top
        : position.startsWith(QLatin1StringView("middle")) ? BannerSettings::Position::Center
        : position.endsWith(QLatin1StringView("left"))     ? BannerSettings::Position::BottomLeft
        : position.endsWith(QLatin1StringView("right"))    ? BannerSettings::Position::BottomRight
                                                       : BannerSettings::Position::Bottom;

    for (const QString &code : languages) {
        const QJsonObject translation = translations.value(code).toObject();
        const QJsonObject consent = translation.value(QLatin1StringView("consentModal")).toObject();
        const QJsonObject preferences =
            translation.value(QLatin1StringView("preferencesModal")).toObject();
        setText(banner.title, code, consent.value(QLatin1StringView("title")));
        setText(banner.description, code, consent.value(QLatin1StringView("description")));
        setText(banner.acceptAll, code, consent.value(QLatin1StringView("acceptAllBtn")));
        setText(banner.rejectAll, code, consent.value(QLatin1StringView("acceptNecessaryBtn")));
        setText(banner.customize, code, consent.value(QLatin1StringView("showPreferencesBtn")));
        setText(banner.save, code, preferences.value(QLatin1StringView("savePreferencesBtn")));
        setText(banner.manage, code, preferences.value(QLatin1StringView("title")));
    }

    // Categories in the order the preferences sections show them, then any others
    // (a JSON object's keys come back sorted).
    const QJsonObject categories = config.value(QLatin1StringView("categories")).toObject();
    QStringList order;
    const QJsonArray defaultSections = translations.value(defaultLanguage)
                                           .toObject()
                                           .value(QLatin1StringView("preferencesModal"))
                                           .toObject()
                                           .value(QLatin1StringView("sections"))
                                           .toArray();
    for (const QJsonValue &section : defaultSections) {
        const QString id = section.toObject().value(QLatin1StringView("linkedCategory")).toString();
        if (categories.contains(id) && !order.contains(id))
            order << id;
    }
    for (auto it = categories.constBegin(); it != categories.constEnd(); ++it) {
        if (!order.contains(it.key()))
            order << it.key();
    }
    for (const QString &id : order) {
        const QJsonObject definition = categories.value(id).toObject();
        Category category;
        category.id = id;
        category.required = definition.value(QLatin1StringView("readOnly")).toBool();
        policy.categories.append(category);
        const QJsonObject services = definition.value(QLatin1StringView("services")).toObject();
        for (auto it = services.constBegin(); it != services.constEnd(); ++it)
            addProvider(policy, it.key(),
                        plainText(it.value().toObject().value(QLatin1StringView("label")).toString()));
    }

    const auto providerFor = [&policy, &categories](const QString &categoryId,
                                                    const QString &label) {
        const QJsonObject services =
            categories.value(categoryId).toObject().value(QLatin1StringView("services")).toObject();
        for (auto it = services.constBegin(); it != services.constEnd(); ++it) {
            const Provider *provider = policy.provider(it.key());
            if (provider && (provider->name == label || provider->id == label))
                return it.key();
        }
        if (label.isEmpty())
            return services.size() == 1 ? services.constBegin().key() : QString();
        const QString id = slug(label);
        addProvider(policy, id, label);
        return id;
    };

    for (const QString &code : languages) {
        const QJsonArray sections = translations.value(code)
                                        .toObject()
                                        .value(QLatin1StringView("preferencesModal"))
                                        .toObject()
                                        .value(QLatin1StringView("sections"))
                                        .toArray();
        for (const QJsonValue &value : sections) {
            const QJsonObject section = value.toObject();
            const QString categoryId = section.value(QLatin1StringView("linkedCategory")).toString();
            const qsizetype index = policy.categoryIndex(categoryId);
            if (index < 0)
                continue;
            Category &category = policy.categories[index];
            setText(category.name, code, section.value(QLatin1StringView("title")));
            setText(category.description, code, section.value(QLatin1StringView("description")));
            const QJsonObject table = section.value(QLatin1StringView("cookieTable")).toObject();
            const QJsonArray rows = table.value(QLatin1StringView("body")).toArray();
            // The table's headers say what each key holds: the library's own example
            // keeps the service under "domain", headed "Service".
            QHash<QString, InventoryField> fieldOfKey;
            const QJsonObject headers = table.value(QLatin1StringView("headers")).toObject();
            for (auto it = headers.constBegin(); it != headers.constEnd(); ++it) {
                const InventoryField field =
                    InventoryFields::recogniseHeader(plainText(it.value().toString())).field;
                if (field != InventoryField::Ignore)
                    fieldOfKey.insert(it.key(), field);
            }
            const auto keysOf = [&](InventoryField field, std::initializer_list<const char *> usual) {
                QStringList keys;
                for (auto it = fieldOfKey.constBegin(); it != fieldOfKey.constEnd(); ++it) {
                    if (it.value() == field)
                        keys << it.key();
                }
                for (const char *key : usual) {
                    const QString name = QLatin1StringView(key);
                    if (!fieldOfKey.contains(name) || fieldOfKey.value(name) == field)
                        keys << name;
                }
                return keys;
            };
            int rowNumber = 0;
            for (const QJsonValue &rowValue : rows) {
                ++rowNumber;
                const QJsonObject row = rowValue.toObject();
                const auto column = [&row](const QStringList &keys) {
                    for (const QString &key : keys) {
                        const QString text = plainText(row.value(key).toString()).trimmed();
                        if (!text.isEmpty())
                            return text;
                    }
                    return QString();
                };
                const auto link = [&row](const QStringList &keys) {
                    static const QRegularExpression href(QStringLiteral(R"(href\s*=\s*["']([^"']+)["'])"));
                    for (const QString &key : keys) {
                        const QString url = href.match(row.value(key).toString()).captured(1);
                        if (url.startsWith(QLatin1StringView("http")))
                            return url;
                    }
                    return QString();
                };
                Cookie found;
                const CookieName::Parsed typed =
                    CookieName::parse(column(keysOf(InventoryField::Name, {"name", "cookie"})));
                found.name = typed.name;
                found.match = typed.match;
                if (found.name.isEmpty()) {
                    reading.warn(QCoreApplication::translate("LibraryConfigImporter", "category \"%1\" (%2): cookie table row %3 has no cookie name "
                                    "and was left out")
                                     .arg(categoryId, code)
                                     .arg(rowNumber));
                    continue;
                }
                Cookie *target = findCookie(policy, categoryId, found);
                if (!target) {
                    found.categoryId = categoryId;
                    const QStringList providerKeys = keysOf(InventoryField::Provider, {"provider"});
                    found.providerId = providerFor(categoryId, column(providerKeys));
                    if (const QString policyUrl = link(providerKeys + keysOf(InventoryField::Service, {"service"}));
                        !policyUrl.isEmpty() && !found.providerId.isEmpty()) {
                        const qsizetype provider = policy.providerIndex(found.providerId);
                        if (provider >= 0 && policy.providers[provider].privacyPolicyUrl.isEmpty())
                            policy.providers[provider].privacyPolicyUrl = policyUrl;
                    }
                    found.domain = column(keysOf(InventoryField::Domain, {"domain"}));
                    found.basis = category.required ? LegalBasis::Exempt : LegalBasis::Consent;
                    policy.cookies.append(found);
                    target = &policy.cookies.last();
                }
                const QString service = column(keysOf(InventoryField::Service, {"service"}));
                if (!service.isEmpty())
                    target->service.set(code, service);
                const QString purpose = column(keysOf(InventoryField::Purpose, {"purpose", "description", "desc"}));
                if (!purpose.isEmpty())
                    target->purpose.set(code, purpose);
                const QString lifetime = column(keysOf(InventoryField::Lifetime, {"lifetime", "expiration", "expiry", "duration"}));
                // The first language whose text reads as a duration wins; text that
                // never does is kept for the grid to flag.
                if (!target->lifetime && !lifetime.isEmpty()) {
                    if (const auto parsed = Lifetime::parse(lifetime)) {
                        target->lifetime = parsed;
                        target->unparsed.remove(QStringLiteral("lifetime"));
                    } else if (!target->unparsed.contains(QStringLiteral("lifetime"))) {
                        target->unparsed.insert(QStringLiteral("lifetime"), lifetime);
                    }
                }
            }
        }
    }

    // Cookies the library clears but no table lists.
    for (const Category &category : std::as_const(policy.categories)) {
        const QJsonArray cleared = categories.value(category.id)
                                       .toObject()
                                       .value(QLatin1StringView("autoClear"))
                                       .toObject()
                                       .value(QLatin1StringView("cookies"))
                                       .toArray();
        const QString categoryId = category.id;
        const bool required = category.required;
        for (const QJsonValue &item : cleared) {
            Cookie listed;
            if (!readPattern(item.toObject().value(QLatin1StringView("name")), listed, false)) {
                reading.warn(QCoreApplication::translate("LibraryConfigImporter", "category \"%1\": an autoClear cookie without a name was left out")
                                 .arg(categoryId));
                continue;
            }
            if (findCookie(policy, categoryId, listed))
                continue;
            listed.path = item.toObject().value(QLatin1StringView("path")).toString();
            listed.domain = item.toObject().value(QLatin1StringView("domain")).toString();
            listed.categoryId = categoryId;
            listed.providerId = providerFor(categoryId, QString());
            listed.basis = required ? LegalBasis::Exempt : LegalBasis::Consent;
            policy.cookies.append(listed);
        }
    }

    // The cookies each service declares (services.X.cookies), when no table lists them.
    for (const Category &category : std::as_const(policy.categories)) {
        const QJsonObject services =
            categories.value(category.id).toObject().value(QLatin1StringView("services")).toObject();
        const QString categoryId = category.id;
        const bool required = category.required;
        for (auto it = services.constBegin(); it != services.constEnd(); ++it) {
            for (const QJsonValue &item : it.value().toObject().value(QLatin1StringView("cookies")).toArray()) {
                Cookie listed;
                if (!readPattern(item.toObject().value(QLatin1StringView("name")), listed, false) ||
                    findCookie(policy, categoryId, listed))
                    continue;
                listed.categoryId = categoryId;
                listed.providerId = it.key();
                listed.basis = required ? LegalBasis::Exempt : LegalBasis::Consent;
                policy.cookies.append(listed);
            }
        }
    }
    // Services of which the configuration names no cookie at all.
    for (const Category &category : std::as_const(policy.categories)) {
        const QJsonObject services =
            categories.value(category.id).toObject().value(QLatin1StringView("services")).toObject();
        for (auto it = services.constBegin(); it != services.constEnd(); ++it) {
            const bool hasCookie = std::any_of(policy.cookies.cbegin(), policy.cookies.cend(),
                                               [&](const Cookie &other) { return other.providerId == it.key(); });
            if (!hasCookie)
                addDatabaseCookies(policy, reading,
                                   {it.key(), it.value().toObject().value(QLatin1StringView("label")).toString()},
                                   category.id, it.key(), category.required);
        }
    }
    for (auto it = translations.constBegin(); it != translations.constEnd(); ++it) {
        if (it.value().isString())
            reading.warn(QCoreApplication::translate("LibraryConfigImporter", "the %1 texts are loaded from %2 when the page runs; they were not read")
                             .arg(it.key(), it.value().toString()));
    }
    addConsentCookie(policy, banner.consentCookieName, QStringLiteral("CookieConsent (orestbida)"));
    appendCookieList(policy);
    return policy;
}

// tarteaucitron's service types, as Charte's categories.
QString tarteaucitronCategory(const QString &type)
{
    if (type == QLatin1StringView("analytic"))
        return QStringLiteral("statistics");
    if (type == QLatin1StringView("ads") || type == QLatin1StringView("video"))
        return QStringLiteral("marketing");
    if (type == QLatin1StringView("social") || type == QLatin1StringView("comment"))
        return QStringLiteral("social");
    return QStringLiteral("functional");
}

// The database's category of a service's cookies, for a service whose type is unknown.
QString databaseCategory(const QList<const KnownCookie *> &entries)
{
    for (const KnownCookie *entry : entries) {
        const QString category = entry->category.toLower();
        if (category == QLatin1StringView("analytics"))
            return QStringLiteral("statistics");
        if (category == QLatin1StringView("marketing"))
            return QStringLiteral("marketing");
    }
    return QStringLiteral("functional");
}

Policy importTarteaucitron(const JsCapture &setup, const QJsonObject &services, Reading &reading)
{
    const QJsonObject parameters = setup.first(QStringLiteral("tarteaucitron.init")).toObject();
    // tarteaucitron carries its own texts: the document starts with Charte's.
    Policy policy = ImportedDocument::create(QStringLiteral("en"));
    BannerSettings &banner = policy.banner;
    banner.consentCookieName =
        parameters.value(QLatin1StringView("cookieName")).toString(QStringLiteral("tarteaucitron"));
    banner.consentLifetimeDays = 365; // tarteaucitron's cookie lasts a year
    banner.honourGlobalPrivacyControl = false;
    const QString orientation = parameters.value(QLatin1StringView("orientation")).toString();
    banner.position = orientation == QLatin1StringView("top") ? BannerSettings::Position::Top
                      : orientation == QLatin1StringView("middle") || orientation == QLatin1StringView("popup")
                          ? BannerSettings::Position::Center
                          : BannerSettings::Position::Bottom;
    banner.layout = orientation == QLatin1StringView("middle") || orientation == QLatin1StringView("popup")
                        ? BannerSettings::Layout::Modal
                        : BannerSettings::Layout::Bar;
    const QString privacyUrl = parameters.value(QLatin1StringView("privacyUrl")).toString();
    if (privacyUrl.startsWith(QLatin1StringView("http")))
        policy.meta.siteUrl = QUrl(privacyUrl).adjusted(QUrl::RemovePath | QUrl::RemoveQuery |
                                                        QUrl::RemoveFragment).toString();

    QStringList jobs;
    for (const QJsonValue &job : setup.first(QStringLiteral("tarteaucitron.job")).toArray()) {
        const QString key = job.toString().trimmed();
        if (key.isEmpty())
            reading.warn(QCoreApplication::translate("LibraryConfigImporter", "a tarteaucitron.job entry that is not a service key was left out"));
        else if (!jobs.contains(key))
            jobs << key;
    }
    if (jobs.isEmpty())
        reading.warn(QCoreApplication::translate("LibraryConfigImporter", "no service is pushed to tarteaucitron.job"));
    for (const QString &key : std::as_const(jobs)) {
        const QJsonObject service = services.value(key).toObject();
        const QString name = service.value(QLatin1StringView("name")).toString(key);
        const QString providerId = slug(key);
        addProvider(policy, providerId, name);
        const QString uri = service.value(QLatin1StringView("uri")).toString();
        if (uri.startsWith(QLatin1StringView("http")))
            policy.providers[policy.providerIndex(providerId)].privacyPolicyUrl = uri;
        const QList<const KnownCookie *> known = ServiceCookies::lookup(reading.database, {key, name});
        const QString type = service.value(QLatin1StringView("type")).toString();
        const QString categoryId = ensureKnownCategory(
            policy, type.isEmpty() ? databaseCategory(known) : tarteaucitronCategory(type));
        const bool required = policy.category(categoryId)->required;
        const QJsonArray cookies = service.value(QLatin1StringView("cookies")).toArray();
        int listed = 0;
        for (const QJsonValue &entry : cookies) {
            Cookie cookie;
            if (!readPattern(entry, cookie, false))
                continue;
            ++listed;
            cookie.categoryId = categoryId;
            cookie.providerId = providerId;
            cookie.basis = required ? LegalBasis::Exempt : LegalBasis::Consent;
            // What the database says of a cookie the service list names.
            if (const KnownCookie *entryKnown = reading.database.bestMatch(cookie)) {
                if (!entryKnown->description.isEmpty())
                    cookie.purpose.set(QStringLiteral("en"), entryKnown->description);
                cookie.lifetime = entryKnown->retention;
            }
            if (!findCookie(policy, categoryId, cookie))
                policy.cookies.append(cookie);
        }
        if (listed == 0) {
            if (!service.isEmpty() && cookies.isEmpty() && known.isEmpty()) {
                reading.warn(QCoreApplication::translate("LibraryConfigImporter", "service \"%1\": tarteaucitron's service list names no cookie for it")
                                 .arg(key));
                continue;
            }
            if (service.isEmpty() && known.isEmpty()) {
                reading.warn(QCoreApplication::translate("LibraryConfigImporter", "service \"%1\" is not in tarteaucitron's service list (give it with "
                                "--services tarteaucitron.services.js) and the known-cookie database "
                                "has no cookies for it; it is listed as a provider without cookies")
                                 .arg(key));
                continue;
            }
            addDatabaseCookies(policy, reading, {key, name}, categoryId, providerId, required);
        }
    }
    addConsentCookie(policy, banner.consentCookieName, QStringLiteral("tarteaucitron.js"));
    appendCookieList(policy);
    return policy;
}

} // namespace
