// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "export/cookieconsentexporter.h"

#include "document/cookiename.h"
#include "document/languages.h"
#include "export/bannerexporter.h"
#include "export/consentlibrary.h"
#include "export/exportstrings.h"
#include "format/jsonwriter.h"

#include <QColor>
#include <QCoreApplication>

using ConsentLibrary::Button;
// vanilla-cookieconsent writes every text with innerHTML into an element's content.
const auto html = ConsentLibrary::htmlContent;
using Key = ExportStrings::Key;

namespace {

QString layoutOf(const BannerSettings &banner)
{
    switch (banner.layout) {
    case BannerSettings::Layout::Bar:
        return QStringLiteral("bar");
    case BannerSettings::Layout::Box:
    case BannerSettings::Layout::Modal:
        return QStringLiteral("box");
    }
    return QStringLiteral("box");
}

QString positionOf(const BannerSettings &banner)
{
    if (banner.layout == BannerSettings::Layout::Modal)
        return QStringLiteral("middle center");
    const bool bar = banner.layout == BannerSettings::Layout::Bar;
    switch (banner.position) {
    case BannerSettings::Position::Top:
        return QStringLiteral("top");
    case BannerSettings::Position::Bottom:
        return QStringLiteral("bottom");
    case BannerSettings::Position::BottomLeft:
        return bar ? QStringLiteral("bottom") : QStringLiteral("bottom left");
    case BannerSettings::Position::BottomRight:
        return bar ? QStringLiteral("bottom") : QStringLiteral("bottom right");
    case BannerSettings::Position::Center:
        return bar ? QStringLiteral("bottom") : QStringLiteral("middle center");
    }
    return QStringLiteral("bottom");
}

bool clearable(const Cookie &cookie)
{
    return cookie.storage == StorageKind::Cookie && cookie.party == Party::First;
}

// A cookie entry of autoClear: the name, and the path when it is not the default
// one. A domain is given only for an explicit parent-domain cookie (".example.org"),
// because a host-only cookie is deleted without a Domain attribute.
void writeCookieItem(JsonWriter &json, const Cookie &cookie)
{
    json.beginObject();
    json.member(u"name", cookie.name);
    if (!cookie.path.isEmpty() && cookie.path != QLatin1StringView("/"))
        json.member(u"path", cookie.path);
    if (cookie.domain.startsWith(u'.'))
        json.member(u"domain", cookie.domain);
    json.endObject();
}

void writeExactCookies(JsonWriter &json, const QList<const Cookie *> &cookies)
{
    json.beginArray();
    for (const Cookie *cookie : cookies) {
        if (cookie->match == NameMatch::Exact && clearable(*cookie))
            writeCookieItem(json, *cookie);
    }
    json.endArray();
}

void writeCategories(JsonWriter &json, const Policy &policy,
                     const QList<ConsentLibrary::Service> &services)
{
    json.key(u"categories");
    json.beginObject();
    for (const Category &category : policy.categories) {
        json.key(category.id);
        json.beginObject();
        json.member(u"enabled", category.required);
        json.member(u"readOnly", category.required);
        QList<const Cookie *> cookies;
        for (const auto &service : services) {
            if (service.categoryId == category.id)
                cookies += service.cookies;
        }
        if (!category.required) {
            json.key(u"autoClear");
            json.beginObject();
            json.key(u"cookies");
            writeExactCookies(json, cookies);
            json.endObject();
        }
        json.key(u"services");
        json.beginObject();
        for (const auto &service : services) {
            if (service.categoryId != category.id)
                continue;
            json.key(service.providerId.isEmpty() ? service.key : service.providerId);
            json.beginObject();
            json.member(u"label", html(service.label));
            if (!category.required) {
                json.key(u"cookies");
                writeExactCookies(json, service.cookies);
            }
            json.endObject();
        }
        json.endObject();
        json.endObject();
    }
    json.endObject();
}

QString lifetimeText(const Cookie &cookie, const QString &language)
{
    return cookie.lifetime ? cookie.lifetime->format(language)
                           : cookie.unparsed.value(QStringLiteral("lifetime"));
}

void writeTranslation(JsonWriter &json, const Policy &policy, const QString &language,
                      const QList<ConsentLibrary::Service> &services)
{
    const BannerSettings &banner = policy.banner;
    const auto text = [&](const LocalizedText &value) {
        return html(policy.text(value, language));
    };
    const auto button = [&](Button which) {
        return html(ConsentLibrary::buttonText(policy, which, language));
    };
    json.beginObject();
    json.key(u"consentModal");
    json.beginObject();
    json.member(u"title", text(banner.title));
    json.member(u"description", text(banner.description));
    json.member(u"acceptAllBtn", button(Button::AcceptAll));
    json.member(u"acceptNecessaryBtn", button(Button::RejectAll));
    json.member(u"showPreferencesBtn", button(Button::Customize));
    json.endObject();

    json.key(u"preferencesModal");
    json.beginObject();
    const QString manage = policy.text(banner.manage, language);
    json.member(u"title", manage.isEmpty() ? text(banner.title) : html(manage));
    // An attribute (aria-label) of the close button: plain text, never escaped.
    json.member(u"closeIconLabel", ExportStrings::text(Key::Close, language));
    json.member(u"acceptAllBtn", button(Button::AcceptAll));
    json.member(u"acceptNecessaryBtn", button(Button::RejectAll));
    json.member(u"savePreferencesBtn", button(Button::Save));
    json.key(u"sections");
    json.beginArray();
    json.beginObject();
    json.member(u"description", text(banner.description));
    json.endObject();
    for (const Category &category : policy.categories) {
        json.beginObject();
        const QString name = policy.text(category.name, language);
        json.member(u"title", name.isEmpty() ? html(category.id) : html(name));
        json.member(u"description", text(category.description));
        json.member(u"linkedCategory", category.id);
        QList<const Cookie *> cookies;
        for (const auto &service : services) {
            if (service.categoryId == category.id)
                cookies += service.cookies;
        }
        if (!cookies.isEmpty()) {
            json.key(u"cookieTable");
            json.beginObject();
            json.key(u"headers");
            json.beginObject();
            json.member(u"name", html(ExportStrings::text(Key::Cookie, language)));
            json.member(u"provider", html(ExportStrings::text(Key::Provider, language)));
            json.member(u"service", html(ExportStrings::text(Key::Service, language)));
            json.member(u"purpose", html(ExportStrings::text(Key::Purpose, language)));
            json.member(u"lifetime", html(ExportStrings::text(Key::Lifetime, language)));
            json.endObject();
            json.key(u"body");
            json.beginArray();
            for (const Cookie *cookie : cookies) {
                const Provider *provider = policy.provider(cookie->providerId);
                json.beginObject();
                json.member(u"name", html(CookieName::display(*cookie)));
                json.member(u"provider",
                            html(provider && !provider->name.isEmpty() ? provider->name
                                                                       : cookie->providerId));
                json.member(u"service", text(cookie->service));
                json.member(u"purpose", text(cookie->purpose));
                json.member(u"lifetime", html(lifetimeText(*cookie, language)));
                json.endObject();
            }
            json.endArray();
            json.endObject();
        }
        json.endObject();
    }
    json.endArray();
    json.endObject();
    json.endObject();
}

void writeConfig(JsonWriter &json, const Policy &policy, const QString &startLanguage,
                 const QList<ConsentLibrary::Service> &services)
{
    const BannerSettings &banner = policy.banner;
    json.beginObject();
    json.member(u"mode", u"opt-in");
    json.member(u"revision", policy.meta.revision);
    json.member(u"autoShow", true);
    json.member(u"manageScriptTags", true);
    json.member(u"autoClearCookies", true);
    json.member(u"disablePageInteraction", banner.layout == BannerSettings::Layout::Modal);
    json.key(u"cookie");
    json.beginObject();
    json.member(u"name", banner.consentCookieName);
    json.member(u"expiresAfterDays", banner.consentLifetimeDays);
    json.member(u"path", u"/");
    json.member(u"sameSite", u"Lax");
    json.endObject();
    json.key(u"guiOptions");
    json.beginObject();
    json.key(u"consentModal");
    json.beginObject();
    json.member(u"layout", layoutOf(banner));
    json.member(u"position", positionOf(banner));
    json.member(u"equalWeightButtons", true); // accepting must be no easier than refusing
    json.member(u"flipButtons", false);
    json.endObject();
    json.key(u"preferencesModal");
    json.beginObject();
    json.member(u"layout", u"box");
    json.member(u"equalWeightButtons", true);
    json.member(u"flipButtons", false);
    json.endObject();
    json.endObject();
    writeCategories(json, policy, services);
    json.key(u"language");
    json.beginObject();
    json.member(u"default", startLanguage);
    json.key(u"translations");
    json.beginObject();
    for (const QString &language : Languages::defaultFirst(policy.meta)) {
        json.key(language);
        writeTranslation(json, policy, language, services);
    }
    json.endObject();
    json.endObject();
    json.endObject();
}

QList<const Cookie *> patternCookies(const QList<ConsentLibrary::Service> &services,
                                     bool requiredToo, const Policy &policy)
{
    QList<const Cookie *> result;
    for (const auto &service : services) {
        const Category *category = policy.category(service.categoryId);
        if (!requiredToo && category && category->required)
            continue;
        for (const Cookie *cookie : service.cookies) {
            if (cookie->match != NameMatch::Exact && clearable(*cookie))
                result.append(cookie);
        }
    }
    return result;
}

void addWarnings(const Policy &policy, QStringList &warnings, ConsentLibrary::Colours colours,
                 ConsentLibrary::ConsentLog log, ConsentLibrary::Gpc gpc)
{
    ConsentLibrary::addCommonWarnings(policy, QStringLiteral("vanilla-cookieconsent"), warnings,
                                      colours, log, gpc);
    if (policy.banner.googleConsentMode)
        warnings << QCoreApplication::translate("CookieConsentExporter", "vanilla-cookieconsent has no Google Consent Mode: send the gtag "
                       "'consent' updates from its onConsent and onChange callbacks");
    warnings << QCoreApplication::translate("CookieConsentExporter", "vanilla-cookieconsent shows no permanent \"manage cookies\" link: add "
                   "<button data-cc=\"show-preferencesModal\"> to the page");
}

QByteArray compactTail(QByteArray json)
{
    if (json.endsWith('\n'))
        json.chop(1);
    return json;
}

} // namespace

QByteArray CookieConsentExporter::configJson(const Policy &policy, const QString &startLanguage,
                                             QStringList *warnings)
{
    QStringList own;
    const QList<ConsentLibrary::Service> services = ConsentLibrary::services(policy, &own);
    JsonWriter json(JsonWriter::Layout::Indented, JsonWriter::Escaping::HtmlSafe);
    writeConfig(json, policy, startLanguage, services);
    QStringList patterns;
    for (const Cookie *cookie : patternCookies(services, false, policy))
        patterns << CookieName::display(*cookie);
    if (!patterns.isEmpty())
        own << QCoreApplication::translate("CookieConsentExporter", "bare JSON cannot hold the RegExp that vanilla-cookieconsent needs to clear "
                  "pattern cookies; they are listed in the cookie tables but not cleared "
                  "(export to a .js file to clear them): %1")
                   .arg(patterns.join(QStringLiteral(", ")));
    if (warnings)
        *warnings << own;
    return json.finish();
}

QByteArray CookieConsentExporter::script(const Policy &policy, const QString &startLanguage,
                                         QStringList *warnings)
{
    QStringList own;
    const QList<ConsentLibrary::Service> services = ConsentLibrary::services(policy, &own);
    JsonWriter config(JsonWriter::Layout::Indented, JsonWriter::Escaping::HtmlSafe);
    writeConfig(config, policy, startLanguage, services);

    // The patterns as data; the fixed code below makes them RegExp objects.
    JsonWriter patterns(JsonWriter::Layout::Indented, JsonWriter::Escaping::HtmlSafe);
    patterns.beginArray();
    for (const auto &service : services) {
        const Category *category = policy.category(service.categoryId);
        if (!category || category->required)
            continue;
        for (const Cookie *cookie : service.cookies) {
            if (cookie->match == NameMatch::Exact || !clearable(*cookie) ||
                !ConsentLibrary::isJavascriptCompatible(*cookie))
                continue;
            patterns.beginObject();
            patterns.member(u"category", service.categoryId);
            patterns.member(u"service",
                            service.providerId.isEmpty() ? service.key : service.providerId);
            patterns.member(u"pattern", ConsentLibrary::javascriptPattern(*cookie));
            if (!cookie->path.isEmpty() && cookie->path != QLatin1StringView("/"))
                patterns.member(u"path", cookie->path);
            if (cookie->domain.startsWith(u'.'))
                patterns.member(u"domain", cookie->domain);
            patterns.endObject();
        }
    }
    patterns.endArray();

    // The banner's colours as the library's CSS custom properties.
    const BannerSettings &banner = policy.banner;
    JsonWriter colours(JsonWriter::Layout::Indented, JsonWriter::Escaping::HtmlSafe);
    colours.beginObject();
    const auto colour = [&colours](QStringView property, const QColor &value) {
        colours.member(property, value.name(QColor::HexRgb));
    };
    colour(u"--cc-bg", banner.background);
    colour(u"--cc-primary-color", banner.text);
    colour(u"--cc-secondary-color", banner.text);
    for (const QStringView state : {u"", u"-hover"}) {
        colour(QStringLiteral("--cc-btn-primary%1-bg").arg(state), banner.buttonBackground);
        colour(QStringLiteral("--cc-btn-primary%1-border-color").arg(state),
               banner.buttonBackground);
        colour(QStringLiteral("--cc-btn-primary%1-color").arg(state), banner.buttonText);
    }
    colour(u"--cc-toggle-on-bg", banner.buttonBackground);
    colours.endObject();

    JsonWriter gpc(JsonWriter::Layout::Indented, JsonWriter::Escaping::HtmlSafe);
    ConsentLibrary::writeGpc(gpc, policy, services, ConsentLibrary::htmlContent);

    QByteArray out;
    out += "// vanilla-cookieconsent 3 configuration written by Charte (revision ";
    out += QByteArray::number(policy.meta.revision);
    out += ").\n"
           "// Include it after cookieconsent.umd.js and cookieconsent.css: it starts the banner.\n"
           "(function () {\n"
           "  'use strict';\n"
           "  var config = ";
    out += compactTail(config.finish());
    out += ";\n  // Cookies named by a prefix or a regular expression: JSON cannot hold a RegExp.\n"
           "  var patterns = ";
    out += compactTail(patterns.finish());
    out += ";\n"
           "  patterns.forEach(function (entry) {\n"
           "    var item;\n"
           "    try { item = { name: new RegExp(entry.pattern) }; } catch (error) { return; }\n"
           "    if (entry.path) item.path = entry.path;\n"
           "    if (entry.domain) item.domain = entry.domain;\n"
           "    var category = config.categories[entry.category];\n"
           "    category.autoClear.cookies.push(item);\n"
           "    category.services[entry.service].cookies.push(item);\n"
           "  });\n"
           "  // The banner's colours, after the library's stylesheet so that they win.\n"
           "  var colours = ";
    out += compactTail(colours.finish());
    out += ";\n"
           "  var style = document.createElement('style');\n"
           "  style.textContent = '#cc-main{' + Object.keys(colours).map(function (name) {\n"
           "    return name + ':' + colours[name];\n"
           "  }).join(';') + '}';\n"
           "  document.head.appendChild(style);\n"
           "  // The library copies each category's title, markup stripped but entities kept, into\n"
           "  // its switch's label with textContent: decode them so that screen readers read\n"
           "  // the text (a detached textarea decodes entities and runs nothing).\n"
           "  config.onModalReady = function (event) {\n"
           "    if (event.modalName !== 'preferencesModal') return;\n"
           "    var decoder = document.createElement('textarea');\n"
           "    Array.prototype.forEach.call(event.modal.querySelectorAll('.toggle__label'), function (label) {\n"
           "      decoder.innerHTML = label.textContent;\n"
           "      label.textContent = decoder.value;\n"
           "    });\n"
           "  };\n";
    if (BannerExporter::isConsentLogUrl(banner.consentLogUrl)) {
        // The library's own consent id, time and revision: the same record Charte's
        // banner sends, so one log endpoint serves both.
        JsonWriter address(JsonWriter::Layout::Compact, JsonWriter::Escaping::HtmlSafe);
        address.value(banner.consentLogUrl.trimmed());
        out += "  // Proof of consent: each decision also goes to the site's consent log.\n"
               "  var consentLog = ";
        out += address.finish().trimmed();
        out += ";\n"
               "  var methods = { all: 'accept-all', necessary: 'reject-all', custom: 'custom' };\n"
               "  function logChoice() {\n"
               "    var cookie = window.CookieConsent.getCookie();\n"
               "    var prefs = window.CookieConsent.getUserPreferences();\n"
               "    var categories = {};\n"
               "    prefs.acceptedCategories.forEach(function (id) { categories[id] = true; });\n"
               "    prefs.rejectedCategories.forEach(function (id) { categories[id] = false; });\n"
               "    var body = JSON.stringify({ id: cookie.consentId, revision: cookie.revision,\n"
               "      timestamp: cookie.lastConsentTimestamp, method: methods[prefs.acceptType] || prefs.acceptType,\n"
               "      categories: categories, gpc: navigator.globalPrivacyControl === true,\n"
               "      page: location.origin + location.pathname });\n"
               "    try {\n"
               "      if (!(navigator.sendBeacon && navigator.sendBeacon(consentLog, body)))\n"
               "        fetch(consentLog, { method: 'POST', body: body, keepalive: true, credentials: 'same-origin' })\n"
               "          .catch(function () {});\n"
               "    } catch (error) { /* a log that cannot be reached never blocks the choice */ }\n"
               "  }\n"
               "  config.onFirstConsent = logChoice;\n"
               "  config.onChange = logChoice;\n";
    }
    out += "  // Global Privacy Control, as Charte's banner honours it: the categories below stay\n"
           "  // refused (the library's opt-in default) until the visitor switches one on, \"accept\n"
           "  // all\" accepts everything else, the texts say so and the choice records it.\n"
           "  var gpc = ";
    out += compactTail(gpc.finish());
    out += ";\n"
           "  if (navigator.globalPrivacyControl === true && gpc.categories.length > 0) {\n"
           "    Object.keys(config.language.translations).forEach(function (language) {\n"
           "      var texts = config.language.translations[language], note = gpc.note[language] || '';\n"
           "      texts.consentModal.description += ' ' + note;\n"
           "      texts.preferencesModal.sections[0].description += ' ' + note;\n"
           "    });\n"
           "    // The library's \"accept all\" buttons know no exception: this one, first to see\n"
           "    // the click, accepts all but the refused categories instead.\n"
           "    document.addEventListener('click', function (event) {\n"
           "      var button = event.target.closest && event.target.closest('#cc-main button[data-role=\"all\"]');\n"
           "      if (!button) return;\n"
           "      event.preventDefault();\n"
           "      event.stopImmediatePropagation();\n"
           "      window.CookieConsent.acceptCategory('all', gpc.categories);\n"
           "      window.CookieConsent.hide();\n"
           "      window.CookieConsent.hidePreferences();\n"
           "    }, true);\n"
           "    var then = { first: config.onFirstConsent, change: config.onChange };\n"
           "    var record = function (next) {\n"
           "      return function (detail) {\n"
           "        window.CookieConsent.setCookieData({ value: { gpc: true }, mode: 'update' });\n"
           "        if (next) next(detail);\n"
           "      };\n"
           "    };\n"
           "    config.onFirstConsent = record(then.first);\n"
           "    config.onChange = record(then.change);\n"
           "  }\n"
           "  window.CookieConsent.run(config);\n"
           "})();\n";
    if (warnings)
        *warnings << own;
    return out;
}

Expected<ExportResult> CookieConsentExporter::run(const Policy &policy,
                                                  const ExportOptions &options)
{
    ExportResult result;
    const QString language = ConsentLibrary::startLanguage(policy, options);
    result.files.insert(QString(), ConsentLibrary::wantsJson(options)
                                       ? configJson(policy, language, &result.warnings)
                                       : script(policy, language, &result.warnings));
    const bool json = ConsentLibrary::wantsJson(options);
    const bool logged = !json && BannerExporter::isConsentLogUrl(policy.banner.consentLogUrl);
    addWarnings(policy, result.warnings,
                json ? ConsentLibrary::Colours::Dropped : ConsentLibrary::Colours::Carried,
                logged ? ConsentLibrary::ConsentLog::Carried : ConsentLibrary::ConsentLog::Dropped,
                json ? ConsentLibrary::Gpc::Dropped : ConsentLibrary::Gpc::Carried);
    return result;
}
