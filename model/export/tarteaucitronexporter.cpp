// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "export/tarteaucitronexporter.h"

#include "document/languages.h"
#include "export/consentlibrary.h"
#include "format/htmlwriter.h"
#include "format/jsonwriter.h"

#include <QCoreApplication>

#include <algorithm>

using ConsentLibrary::Button;
using ConsentLibrary::html;

namespace {

// The languages tarteaucitron 1.34 ships (its getLanguage() list).
const QStringList &tarteaucitronLanguages()
{
    static const QStringList list =
        QStringLiteral(
            "ar,bg,ca,cn,cs,da,de,et,el,en,es,fi,fr,hr,hu,it,ja,ko,lb,lt,lv,nl,no,oc,pl,pt,ro,ru,"
            "se,sk,sq,sv,tr,uk,vi,zh")
            .split(u',');
    return list;
}

QString preferredType(const QString &categoryId)
{
    const QString id = categoryId.toLower();
    if (id.contains(QLatin1StringView("stat")) || id.contains(QLatin1StringView("analytic")) ||
        id.contains(QLatin1StringView("audience")) || id.contains(QLatin1StringView("performance")))
        return QStringLiteral("analytic");
    if (id.contains(QLatin1StringView("market")) || id.contains(QLatin1StringView("advert")) ||
        id.contains(QLatin1StringView("ads")) || id.contains(QLatin1StringView("target")))
        return QStringLiteral("ads");
    if (id.contains(QLatin1StringView("social")))
        return QStringLiteral("social");
    if (id.contains(QLatin1StringView("video")) || id.contains(QLatin1StringView("media")))
        return QStringLiteral("video");
    if (id.contains(QLatin1StringView("comment")))
        return QStringLiteral("comment");
    if (id.contains(QLatin1StringView("support")) || id.contains(QLatin1StringView("chat")) ||
        id.contains(QLatin1StringView("function")) || id.contains(QLatin1StringView("preference")))
        return QStringLiteral("support");
    if (id.contains(QLatin1StringView("api")))
        return QStringLiteral("api");
    return QStringLiteral("other");
}

QString orientationOf(const BannerSettings &banner)
{
    switch (banner.layout) {
    case BannerSettings::Layout::Modal:
        return QStringLiteral("middle");
    case BannerSettings::Layout::Box:
        return QStringLiteral("popup");
    case BannerSettings::Layout::Bar:
        return banner.position == BannerSettings::Position::Top ? QStringLiteral("top")
                                                                : QStringLiteral("bottom");
    }
    return QStringLiteral("bottom");
}

void writeParameters(JsonWriter &json, const Policy &policy)
{
    const BannerSettings &banner = policy.banner;
    bool hasRequired = false;
    for (const Category &category : policy.categories)
        hasRequired = hasRequired || category.required;
    json.key(u"parameters");
    json.beginObject();
    json.member(u"privacyUrl", u"");
    json.member(u"hashtag", u"#tarteaucitron");
    json.member(u"cookieName", banner.consentCookieName);
    json.member(u"orientation", orientationOf(banner));
    json.member(u"groupServices", false);
    json.member(u"showDetailsOnClick", true);
    json.member(u"serviceDefaultState", u"wait");
    json.member(u"showAlertSmall", false);
    json.member(u"cookieslist", false);
    json.member(u"closePopup", false);
    json.member(u"showIcon", true);
    json.member(u"iconPosition", u"BottomRight");
    json.member(u"adblocker", false);
    json.member(u"DenyAllCta", true); // "reject all" on the first layer
    json.member(u"AcceptAllCta", true);
    json.member(u"highPrivacy", true); // nothing runs before consent
    json.member(u"alwaysNeedConsent", false);
    json.member(u"handleBrowserDNTRequest", false);
    json.member(u"removeCredit", false);
    json.member(u"moreInfoLink", false);
    json.member(u"useExternalCss", false);
    json.member(u"useExternalJs", false);
    json.member(u"mandatory", hasRequired);
    json.member(u"mandatoryCta", true);
    json.member(u"googleConsentMode", banner.googleConsentMode);
    json.member(u"partnersList", false);
    json.endObject();
}

void writeTexts(JsonWriter &json, const Policy &policy, const QMap<QString, QString> &types)
{
    const BannerSettings &banner = policy.banner;
    const Category *required = nullptr;
    for (const Category &category : policy.categories) {
        if (category.required && !required)
            required = &category;
    }
    json.key(u"texts");
    json.beginObject();
    for (const QString &language : Languages::defaultFirst(policy.meta)) {
        const auto text = [&](const LocalizedText &value) {
            return html(policy.text(value, language));
        };
        const auto button = [&](Button which) {
            return html(ConsentLibrary::buttonText(policy, which, language));
        };
        json.key(language);
        json.beginObject();
        // Charte's own markup around escaped text: the title in bold, then the description.
        json.member(u"alertBigPrivacy", QStringLiteral("<strong>%1</strong> %2")
                                            .arg(text(banner.title), text(banner.description)));
        json.member(u"acceptAll", button(Button::AcceptAll));
        json.member(u"allowAll", button(Button::AcceptAll));
        json.member(u"denyAll", button(Button::RejectAll));
        json.member(u"personalize", button(Button::Customize));
        json.member(u"save", button(Button::Save));
        const QString manage = text(banner.manage);
        json.member(u"title", manage.isEmpty() ? text(banner.title) : manage);
        json.member(u"alertSmall", manage.isEmpty() ? text(banner.title) : manage);
        json.member(u"icon", manage.isEmpty() ? text(banner.title) : manage);
        json.member(u"disclaimer", text(banner.description));
        if (required) {
            json.member(u"mandatoryTitle", text(required->name));
            json.member(u"mandatoryText", text(required->description));
        }
        for (auto it = types.cbegin(); it != types.cend(); ++it) {
            const Category *category = policy.category(it.key());
            json.key(it.value());
            json.beginObject();
            json.member(u"title", text(category->name));
            json.member(u"details", text(category->description));
            json.endObject();
        }
        json.endObject();
    }
    json.endObject();
}

void writeServices(JsonWriter &json, const Policy &policy,
                   const QList<ConsentLibrary::Service> &services,
                   const QMap<QString, QString> &types)
{
    json.key(u"services");
    json.beginArray();
    for (const auto &service : services) {
        const Category *category = policy.category(service.categoryId);
        if (!category || category->required)
            continue; // shown in tarteaucitron's "mandatory cookies" block instead
        const Provider *provider = policy.provider(service.providerId);
        QString uri;
        if (provider) {
            for (const QString &candidate : {provider->privacyPolicyUrl, provider->website}) {
                if (uri.isEmpty() && HtmlWriter::isSafeLinkTarget(candidate))
                    uri = html(candidate.trimmed());
            }
        }
        json.beginObject();
        json.member(u"key", service.key);
        json.member(u"type", types.value(service.categoryId, QStringLiteral("other")));
        json.member(u"name", html(service.label));
        json.member(u"uri", uri);
        json.key(u"cookies");
        json.beginArray();
        for (const Cookie *cookie : service.cookies) {
            if (cookie->storage == StorageKind::Cookie && cookie->match == NameMatch::Exact)
                json.value(cookie->name);
        }
        json.endArray();
        json.key(u"patterns");
        json.beginArray();
        for (const Cookie *cookie : service.cookies) {
            if (cookie->storage == StorageKind::Cookie && cookie->match != NameMatch::Exact &&
                ConsentLibrary::isJavascriptCompatible(*cookie))
                json.value(ConsentLibrary::javascriptPattern(*cookie));
        }
        json.endArray();
        json.endObject();
    }
    json.endArray();
}

// Constant code: reads the data above, never document text.
constexpr const char *scriptBody = R"JS(
  var language = window.tarteaucitronForceLanguage || charte.language;
  window.tarteaucitronForceLanguage = language;
  window.tarteaucitronForceExpire = charte.expireDays;
  window.tarteaucitronCustomText = charte.texts[language] || charte.texts[charte.language];

  // Names of the cookies now set that match one of the patterns.
  function matching(patterns) {
    var found = [];
    if (patterns.length === 0) return found;
    var expressions = [];
    patterns.forEach(function (source) {
      try { expressions.push(new RegExp(source)); } catch (error) { /* not JavaScript syntax */ }
    });
    document.cookie.split(';').forEach(function (pair) {
      var name = pair.split('=')[0].trim();
      if (name && found.indexOf(name) < 0 &&
          expressions.some(function (expression) { return expression.test(name); }))
        found.push(name);
    });
    return found;
  }

  // Runs the page's text/plain script elements marked data-tarteaucitron="KEY".
  function activate(key) {
    var selector = 'script[type="text/plain"][data-tarteaucitron="' + key + '"]';
    Array.prototype.forEach.call(document.querySelectorAll(selector), function (gated) {
      var script = document.createElement('script');
      Array.prototype.forEach.call(gated.attributes, function (attribute) {
        if (attribute.name !== 'type') script.setAttribute(attribute.name, attribute.value);
      });
      script.setAttribute('data-tarteaucitron-ran', '');
      script.text = gated.text;
      gated.parentNode.replaceChild(script, gated);
    });
  }

  // tarteaucitron has no revision: the export keeps "!charte_revision=N" in the
  // consent cookie, and forgets a choice made under another revision so that
  // tarteaucitron asks again.
  var cookieName = charte.parameters.cookieName;
  var marker = '!charte_revision=' + charte.revision;
  function storedChoice() {
    var prefix = cookieName + '=';
    var found = document.cookie.split('; ').filter(function (pair) {
      return pair.indexOf(prefix) === 0;
    })[0];
    return found ? found.substring(prefix.length) : '';
  }
  var stored = storedChoice();
  if (stored && stored.indexOf(marker + '!') < 0 && stored.slice(-marker.length) !== marker)
    document.cookie = cookieName + '=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
  document.addEventListener('tac.consent_updated', function () {
    var value = storedChoice();
    if (value.indexOf(marker + '!') < 0 && value.slice(-marker.length) !== marker)
      tarteaucitron.cookie.create('charte_revision', charte.revision);
  });

  // Global Privacy Control, as Charte's banner honours it: the services below are
  // refused in the consent cookie before tarteaucitron first reads it (it then asks
  // about the others only), "accept all" leaves them refused, the banner says so and
  // the cookie records it ("!charte_gpc=true"). The visitor may still allow one.
  var gpc = navigator.globalPrivacyControl === true ? charte.gpc.services : [];
  if (gpc.length > 0) {
    window.tarteaucitronCustomText.alertBigPrivacy += ' ' + (charte.gpc.note[language] || '');
    var current = storedChoice(), added = '';
    gpc.forEach(function (key) { if (current.indexOf('!' + key + '=') < 0) added += '!' + key + '=false'; });
    if (current.indexOf('!charte_gpc=') < 0) added += '!charte_gpc=true';
    if (added && current.indexOf(marker) < 0) added += marker;
    if (added)
      document.cookie = cookieName + '=' + current + added + '; expires=' +
        new Date(Date.now() + charte.expireDays * 864e5).toUTCString() + '; path=/; SameSite=Lax';
  }

  tarteaucitron.init(charte.parameters);
  var respondAll = tarteaucitron.userInterface.respondAll;
  tarteaucitron.userInterface.respondAll = function (status) {
    if (status !== true || gpc.length === 0) return respondAll.apply(this, arguments);
    var jobs = tarteaucitron.job;
    tarteaucitron.job = jobs.filter(function (key) { return gpc.indexOf(key) < 0; });
    try { return respondAll.apply(this, arguments); } finally { tarteaucitron.job = jobs; }
  };
  charte.services.forEach(function (service) {
    tarteaucitron.services[service.key] = {
      key: service.key,
      type: service.type,
      name: service.name,
      uri: service.uri,
      needConsent: true,
      // Pattern cookies are looked up when tarteaucitron deletes them.
      get cookies() { return service.cookies.concat(matching(service.patterns)); },
      js: function () { activate(service.key); },
      fallback: function () {}
    };
    (tarteaucitron.job = tarteaucitron.job || []).push(service.key);
  });
})();
)JS";

} // namespace

QMap<QString, QString> TarteaucitronExporter::categoryTypes(const Policy &policy,
                                                            QStringList *warnings)
{
    QStringList withServices;
    for (const Cookie &cookie : policy.cookies) {
        const Category *category = policy.category(cookie.categoryId);
        if (category && !category->required && !withServices.contains(category->id))
            withServices << category->id;
    }
    // Keep the document's category order.
    QStringList ordered;
    for (const Category &category : policy.categories) {
        if (withServices.contains(category.id))
            ordered << category.id;
    }
    const QStringList spare = {QStringLiteral("other"),  QStringLiteral("support"),
                               QStringLiteral("api"),    QStringLiteral("comment"),
                               QStringLiteral("social"), QStringLiteral("video"),
                               QStringLiteral("ads"),    QStringLiteral("analytic")};
    QMap<QString, QString> types;
    QStringList used;
    QStringList merged;
    for (const QString &id : ordered) {
        QString type = preferredType(id);
        if (used.contains(type)) {
            type.clear();
            for (const QString &candidate : spare) {
                if (!used.contains(candidate)) {
                    type = candidate;
                    break;
                }
            }
        }
        if (type.isEmpty()) {
            merged << id;
            continue;
        }
        used << type;
        types.insert(id, type);
    }
    if (!merged.isEmpty()) {
        for (const QString &id : merged)
            types.insert(id, QStringLiteral("other"));
        if (warnings)
            *warnings << QCoreApplication::translate("TarteaucitronExporter", "tarteaucitron has eight service groups; these categories share the "
                            "group of another: %1")
                             .arg(merged.join(QStringLiteral(", ")));
    }
    return types;
}

Expected<ExportResult> TarteaucitronExporter::run(const Policy &policy,
                                                  const ExportOptions &options)
{
    if (ConsentLibrary::wantsJson(options))
        return Expected<ExportResult>::failure(
            QCoreApplication::translate("TarteaucitronExporter", "%1: tarteaucitron's services are JavaScript; write a .js file")
                .arg(options.outputName));
    ExportResult result;
    const QList<ConsentLibrary::Service> services =
        ConsentLibrary::services(policy, &result.warnings);
    const QMap<QString, QString> types = categoryTypes(policy, &result.warnings);
    // A type's title and details come from the first category (in document order)
    // given that type; categories merged into a shared type keep their services.
    QMap<QString, QString> textTypes; // category → type
    QStringList named;
    for (const Category &category : policy.categories) {
        const QString type = types.value(category.id);
        if (!type.isEmpty() && !named.contains(type)) {
            named << type;
            textTypes.insert(category.id, type);
        }
    }

    const QString language = ConsentLibrary::startLanguage(policy, options);
    JsonWriter json(JsonWriter::Layout::Indented, JsonWriter::Escaping::HtmlSafe);
    json.beginObject();
    json.member(u"language", language);
    json.member(u"expireDays", policy.banner.consentLifetimeDays);
    json.member(u"revision", policy.meta.revision);
    writeParameters(json, policy);
    writeTexts(json, policy, textTypes);
    writeServices(json, policy, services, types);
    json.key(u"gpc");
    ConsentLibrary::writeGpc(json, policy, services, ConsentLibrary::html);
    json.endObject();

    QByteArray out = "// tarteaucitron 1.x configuration written by Charte (revision " +
                     QByteArray::number(policy.meta.revision) +
                     ").\n// Include it after tarteaucitron.js: it calls tarteaucitron.init() and "
                     "adds the services.\n(function () {\n  'use strict';\n  var charte = ";
    out += json.finish().trimmed();
    out += ";\n";
    out += scriptBody;
    result.files.insert(QString(), out);

    const BannerSettings &banner = policy.banner;
    if (banner.consentLifetimeDays >= 365)
        result.warnings << QCoreApplication::translate("TarteaucitronExporter", "tarteaucitron honours consent lifetimes below 365 days only; it "
                              "keeps the choice 365 days, not %1")
                               .arg(banner.consentLifetimeDays);
    int requiredCount = 0;
    for (const Category &category : policy.categories)
        requiredCount += category.required ? 1 : 0;
    if (requiredCount > 1)
        result.warnings << QCoreApplication::translate("TarteaucitronExporter", "tarteaucitron has one \"mandatory cookies\" block: it shows the "
                              "first required category's texts only");
    if (services.isEmpty() || std::none_of(services.cbegin(), services.cend(), [&](const auto &s) {
            const Category *category = policy.category(s.categoryId);
            return category && !category->required;
        }))
        result.warnings << QCoreApplication::translate("TarteaucitronExporter", "no cookie needs consent: tarteaucitron shows no banner");
    result.warnings << QCoreApplication::translate("TarteaucitronExporter", "tarteaucitron shows no cookie table with purposes and lifetimes; "
                          "cookies of required categories are not listed");
    QStringList unsupported;
    for (const QString &code : Languages::defaultFirst(policy.meta)) {
        if (!tarteaucitronLanguages().contains(code))
            unsupported << code;
    }
    if (!unsupported.isEmpty())
        result.warnings << QCoreApplication::translate("TarteaucitronExporter", "tarteaucitron has no interface strings for: %1")
                               .arg(unsupported.join(QStringLiteral(", ")));
    if (banner.googleConsentMode)
        result.warnings << QCoreApplication::translate("TarteaucitronExporter", "tarteaucitron updates Google Consent Mode only for its own Google "
                              "services, not for the services of this export");
    ConsentLibrary::addCommonWarnings(policy, QStringLiteral("tarteaucitron"), result.warnings,
                                      ConsentLibrary::Colours::Dropped, ConsentLibrary::ConsentLog::Dropped,
                                      ConsentLibrary::Gpc::Carried);
    return result;
}
