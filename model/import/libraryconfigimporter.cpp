#include "import/libraryconfigimporter.h"

#include "document/languages.h"
#include "export/consentlibrary.h"

#include <QColor>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using ConsentLibrary::plainText;

namespace {

// The JSON object inside one of Charte's own scripts (klaro-config.js after
// "window.klaroConfig = ", cc-config.js after "var config = "): the exports write
// it at the top level, so it ends at the first line that is "}" followed by ";".
QByteArray embeddedJson(const QByteArray &bytes)
{
    for (const char *marker : {"window.klaroConfig = {", "var config = {"}) {
        const qsizetype start = bytes.indexOf(marker);
        if (start < 0)
            continue;
        const qsizetype open = start + qsizetype(qstrlen(marker)) - 1;
        const qsizetype close = bytes.indexOf("\n};", open);
        if (close > open)
            return bytes.mid(open, close + 2 - open);
    }
    return bytes;
}

// How many days the consent cookie lives, as a document holds it (a whole number
// from 1, see PolicyReader): a configuration's zero, negative or absurd value would
// give a document Charte then refuses to open, so it gives the library's default.
int consentLifetimeDays(const QJsonValue &value, int libraryDefault)
{
    constexpr int Longest = 1'000'000'000; // what PolicyReader accepts
    const int days = value.toInt(libraryDefault);
    return days >= 1 && days <= Longest ? days : libraryDefault;
}

std::optional<QJsonObject> parseObject(const QByteArray &input, QJsonParseError *error = nullptr)
{
    QJsonParseError parseError;
    const QByteArray bytes = input.trimmed().startsWith('{') ? input : embeddedJson(input);
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (error)
        *error = parseError;
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

// "line:column" of a byte offset, for error messages.
QString place(const QByteArray &bytes, qsizetype offset)
{
    const QByteArray before = bytes.left(offset);
    const qsizetype line = before.count('\n') + 1;
    const qsizetype column = offset - (before.lastIndexOf('\n') + 1) + 1;
    return QStringLiteral("%1:%2").arg(line).arg(column);
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

} // namespace

LibraryConfigImporter::Library LibraryConfigImporter::detect(const QByteArray &bytes)
{
    const std::optional<QJsonObject> config = parseObject(bytes);
    if (!config)
        return Library::Unknown;
    if (config->value(QLatin1StringView("format")).isString())
        return Library::Unknown; // a charte/1 document
    const bool services = config->value(QLatin1StringView("services")).isArray() ||
                          config->value(QLatin1StringView("apps")).isArray();
    if (services)
        return Library::Klaro;
    const bool categories = config->value(QLatin1StringView("categories")).isObject();
    const bool language = config->value(QLatin1StringView("language"))
                              .toObject()
                              .value(QLatin1StringView("translations"))
                              .isObject();
    if (categories && language)
        return Library::CookieConsent;
    return Library::Unknown;
}

Expected<Policy> LibraryConfigImporter::import(const QByteArray &bytes, const QString &sourceName)
{
    QJsonParseError error;
    const std::optional<QJsonObject> config = parseObject(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        return Expected<Policy>::failure(
            QStringLiteral("%1:%2: %3")
                .arg(sourceName, place(bytes, error.offset), error.errorString()));
    if (!config)
        return Expected<Policy>::failure(
            QCoreApplication::translate("LibraryConfigImporter", "%1: expected a JSON object (a Klaro or vanilla-cookieconsent configuration)")
                .arg(sourceName));
    switch (detect(bytes)) {
    case Library::Klaro:
        return importKlaro(*config);
    case Library::CookieConsent:
        return importCookieConsent(*config);
    case Library::Unknown:
        break;
    }
    return Expected<Policy>::failure(
        QCoreApplication::translate("LibraryConfigImporter", "%1: not a Klaro configuration (no \"services\" list) nor a vanilla-cookieconsent one "
           "(no \"categories\" and \"language.translations\")")
            .arg(sourceName));
}

Policy LibraryConfigImporter::importKlaro(const QJsonObject &config)
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
        const QString categoryId =
            service.value(QLatin1StringView("purposes")).toArray().at(0).toString();
        if (name.isEmpty() || categoryId.isEmpty())
            continue;
        // Charte's exports name services "provider-category".
        QString providerId = name;
        const QString suffix = u'-' + ConsentLibrary::serviceKey(QString(), categoryId);
        if (providerId.endsWith(suffix) && providerId.size() > suffix.size())
            providerId.chop(suffix.size());
        addProvider(policy, providerId,
                    plainText(service.value(QLatin1StringView("title")).toString()));
        const bool required = policy.category(categoryId)->required;

        // Lines "NAME (LIFETIME): purpose" of each language's description.
        QMap<QString, QMap<QString, QPair<QString, QString>>>
            described; // language → name → (lifetime, purpose)
        for (const QString &language : languages) {
            QString description = service.value(QLatin1StringView("translations"))
                                      .toObject()
                                      .value(language)
                                      .toObject()
                                      .value(QLatin1StringView("description"))
                                      .toString();
            if (description.isEmpty())
                description = translations.value(language)
                                  .toObject()
                                  .value(name)
                                  .toObject()
                                  .value(QLatin1StringView("description"))
                                  .toString();
            for (const QString &line : plainText(description).split(u'\n')) {
                const QRegularExpressionMatch match = descriptionLine.match(line.trimmed());
                if (match.hasMatch())
                    described[language].insert(match.captured(1),
                                               {match.captured(2), match.captured(3)});
            }
        }

        const QJsonArray cookies = service.value(QLatin1StringView("cookies")).toArray();
        for (const QJsonValue &entry : cookies) {
            Cookie cookie;
            QString pattern;
            if (entry.isString()) {
                pattern = entry.toString();
            } else if (entry.isObject()) {
                pattern = entry.toObject().value(QLatin1StringView("pattern")).toString();
                cookie.path = entry.toObject().value(QLatin1StringView("path")).toString();
                cookie.domain = entry.toObject().value(QLatin1StringView("domain")).toString();
            } else if (entry.isArray()) {
                pattern = entry.toArray().at(0).toString();
                cookie.path = entry.toArray().at(1).toString();
                cookie.domain = entry.toArray().at(2).toString();
            }
            if (pattern.isEmpty())
                continue;
            klaroPattern(pattern, cookie);
            cookie.categoryId = categoryId;
            cookie.providerId = providerId;
            cookie.basis = required ? LegalBasis::Exempt : LegalBasis::Consent;
            const QString shown = ConsentLibrary::displayName(cookie);
            for (const QString &language : languages) {
                const auto found = described.value(language).constFind(shown);
                if (found == described.value(language).constEnd())
                    continue;
                if (!found->second.isEmpty())
                    cookie.purpose.set(language, found->second);
                if (!cookie.lifetime && !found->first.isEmpty())
                    cookie.lifetime = Lifetime::parse(found->first);
            }
            if (!findCookie(policy, categoryId, cookie))
                policy.cookies.append(cookie);
        }
    }
    appendCookieList(policy);
    return policy;
}

Policy LibraryConfigImporter::importCookieConsent(const QJsonObject &config)
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
            const QJsonArray rows = section.value(QLatin1StringView("cookieTable"))
                                        .toObject()
                                        .value(QLatin1StringView("body"))
                                        .toArray();
            for (const QJsonValue &rowValue : rows) {
                const QJsonObject row = rowValue.toObject();
                const auto column = [&row](std::initializer_list<const char *> keys) {
                    for (const char *key : keys) {
                        const QString text =
                            plainText(row.value(QLatin1StringView(key)).toString()).trimmed();
                        if (!text.isEmpty())
                            return text;
                    }
                    return QString();
                };
                Cookie found;
                ConsentLibrary::nameFromDisplay(column({"name", "cookie"}), found);
                if (found.name.isEmpty())
                    continue;
                Cookie *target = findCookie(policy, categoryId, found);
                if (!target) {
                    found.categoryId = categoryId;
                    found.providerId = providerFor(categoryId, column({"provider"}));
                    found.domain = column({"domain"});
                    found.basis = category.required ? LegalBasis::Exempt : LegalBasis::Consent;
                    policy.cookies.append(found);
                    target = &policy.cookies.last();
                }
                const QString service = column({"service"});
                if (!service.isEmpty())
                    target->service.set(code, service);
                const QString purpose = column({"purpose", "description", "desc"});
                if (!purpose.isEmpty())
                    target->purpose.set(code, purpose);
                const QString lifetime = column({"lifetime", "expiration", "expiry", "duration"});
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
            listed.name = item.toObject().value(QLatin1StringView("name")).toString();
            if (listed.name.isEmpty() || findCookie(policy, categoryId, listed))
                continue;
            listed.path = item.toObject().value(QLatin1StringView("path")).toString();
            listed.domain = item.toObject().value(QLatin1StringView("domain")).toString();
            listed.categoryId = categoryId;
            listed.providerId = providerFor(categoryId, QString());
            listed.basis = required ? LegalBasis::Exempt : LegalBasis::Consent;
            policy.cookies.append(listed);
        }
    }

    appendCookieList(policy);
    return policy;
}
