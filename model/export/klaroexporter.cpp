// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "export/klaroexporter.h"

#include "document/cookiename.h"
#include "document/languages.h"
#include "export/consentlibrary.h"
#include "format/htmlwriter.h"
#include "format/jsonwriter.h"

#include <QColor>
#include <QCoreApplication>

using ConsentLibrary::Button;

namespace {

// One line per cookie in the service's description, since Klaro's modal has no
// cookie table: "NAME (LIFETIME): purpose". The importer reads it back.
QString serviceDescription(const Policy &policy, const ConsentLibrary::Service &service,
                           const QString &language)
{
    QStringList lines;
    for (const Cookie *cookie : service.cookies) {
        QString line = CookieName::display(*cookie);
        if (cookie->lifetime)
            line += QStringLiteral(" (%1)").arg(cookie->lifetime->format(language));
        const QString purpose = policy.text(cookie->purpose, language);
        if (!purpose.isEmpty())
            line += QStringLiteral(": ") + purpose;
        lines << line;
    }
    return lines.join(u'\n');
}

void writeServices(JsonWriter &json, const Policy &policy,
                   const QList<ConsentLibrary::Service> &services)
{
    json.key(u"services");
    json.beginArray();
    for (const auto &service : services) {
        const Category *category = policy.category(service.categoryId);
        const bool required = category && category->required;
        json.beginObject();
        json.member(u"name", service.key);
        json.member(u"title", service.label);
        json.key(u"purposes");
        json.beginArray();
        json.value(service.categoryId);
        json.endArray();
        json.member(u"required", required);
        json.member(u"default", required);
        json.member(u"optOut", false);
        json.member(u"onlyOnce", true);
        json.key(u"cookies");
        json.beginArray();
        for (const Cookie *cookie : service.cookies) {
            if (cookie->storage != StorageKind::Cookie ||
                !ConsentLibrary::isJavascriptCompatible(*cookie))
                continue; // Klaro would throw on a regular expression JavaScript rejects
            const QString pattern = KlaroExporter::cookiePattern(*cookie);
            if (cookie->domain.startsWith(u'.') && cookie->party == Party::First) {
                json.beginObject();
                json.member(u"pattern", pattern);
                json.member(u"path", cookie->path.isEmpty() ? QStringLiteral("/") : cookie->path);
                json.member(u"domain", cookie->domain);
                json.endObject();
            } else if (!cookie->path.isEmpty() && cookie->path != QLatin1StringView("/")) {
                json.beginObject();
                json.member(u"pattern", pattern);
                json.member(u"path", cookie->path);
                json.endObject();
            } else {
                json.value(pattern);
            }
        }
        json.endArray();
        json.key(u"translations");
        json.beginObject();
        for (const QString &language : Languages::defaultFirst(policy.meta)) {
            json.key(language);
            json.beginObject();
            json.member(u"description", serviceDescription(policy, service, language));
            json.endObject();
        }
        json.endObject();
        json.endObject();
    }
    // Klaro asks again when its list of services changes, and has no revision of its
    // own: a required service without purpose, named after the revision, makes a new
    // revision such a change. Having no purpose, it is not listed in the modal.
    json.beginObject();
    json.member(u"name", KlaroExporter::revisionServiceName(policy.meta.revision));
    json.member(u"title", QStringLiteral("Revision %1").arg(policy.meta.revision));
    json.key(u"purposes");
    json.beginArray();
    json.endArray();
    json.member(u"required", true);
    json.member(u"default", true);
    json.member(u"optOut", false);
    json.key(u"cookies");
    json.beginArray();
    json.endArray();
    json.endObject();
    json.endArray();
}

void writeTranslations(JsonWriter &json, const Policy &policy)
{
    const BannerSettings &banner = policy.banner;
    json.key(u"translations");
    json.beginObject();
    // Klaro makes this a link in its dialog: only an address the export filter accepts.
    if (HtmlWriter::isSafeLinkTarget(policy.meta.siteUrl)) {
        json.key(u"zz");
        json.beginObject();
        json.member(u"privacyPolicyUrl", policy.meta.siteUrl.trimmed());
        json.endObject();
    }
    for (const QString &language : Languages::defaultFirst(policy.meta)) {
        const auto text = [&](const LocalizedText &value) { return policy.text(value, language); };
        const auto button = [&](Button which) {
            return ConsentLibrary::buttonText(policy, which, language);
        };
        json.key(language);
        json.beginObject();
        json.key(u"consentNotice");
        json.beginObject();
        json.member(u"title", text(banner.title));
        json.member(u"description", text(banner.description));
        json.member(u"learnMore", button(Button::Customize));
        json.endObject();
        json.key(u"consentModal");
        json.beginObject();
        const QString manage = text(banner.manage);
        json.member(u"title", manage.isEmpty() ? text(banner.title) : manage);
        json.member(u"description", text(banner.description));
        json.endObject();
        json.member(u"ok", button(Button::AcceptAll));
        json.member(u"acceptAll", button(Button::AcceptAll));
        json.member(u"decline", button(Button::RejectAll));
        json.member(u"acceptSelected", button(Button::Save));
        json.member(u"save", button(Button::Save));
        json.key(u"purposes");
        json.beginObject();
        for (const Category &category : policy.categories) {
            json.key(category.id);
            json.beginObject();
            const QString name = text(category.name);
            json.member(u"title", name.isEmpty() ? category.id : name);
            json.member(u"description", text(category.description));
            json.endObject();
        }
        json.endObject();
        json.endObject();
    }
    json.endObject();
}

// Klaro's light theme with the banner's colours over it, and the position themes.
void writeStyling(JsonWriter &json, const BannerSettings &banner)
{
    json.key(u"styling");
    json.beginObject();
    json.key(u"theme");
    json.beginArray();
    json.value(u"light");
    const bool top = banner.position == BannerSettings::Position::Top;
    if (banner.layout == BannerSettings::Layout::Bar) {
        json.value(u"wide");
        json.value(top ? QStringLiteral("top") : QStringLiteral("bottom"));
    } else if (banner.layout == BannerSettings::Layout::Box) {
        json.value(top ? QStringLiteral("top") : QStringLiteral("bottom"));
        json.value(banner.position == BannerSettings::Position::BottomLeft
                       ? QStringLiteral("left")
                       : QStringLiteral("right"));
    }
    json.endArray();
    const auto colour = [&json](QStringView variable, const QColor &value) {
        json.member(variable, value.name(QColor::HexRgb));
    };
    colour(u"dark1", banner.background); // the notice's and modal's background
    colour(u"light1", banner.text);
    colour(u"light3", banner.text); // titles
    // Decline (dark2), save (blue1) and accept (green1) look the same: refusing must
    // be no harder than accepting.
    colour(u"green1", banner.buttonBackground);
    colour(u"green2", banner.buttonBackground);
    colour(u"dark2", banner.buttonBackground);
    colour(u"blue1", banner.buttonBackground);
    colour(u"button-text-color", banner.buttonText);
    json.endObject();
}

void addWarnings(const Policy &policy, QStringList &warnings, bool bareJson)
{
    if (bareJson)
        warnings << QCoreApplication::translate("KlaroExporter", "the bare JSON carries no style: Klaro's \"toggle all\" switch looks "
                       "on while it is off, and links are not underlined; the .js export fixes both");
    warnings << QCoreApplication::translate("KlaroExporter", "Klaro's modal has no cookie table: each service's description lists its "
                   "cookies, lifetimes and purposes; the service-and-location column is left out");
    if (policy.meta.siteUrl.trimmed().isEmpty())
        warnings << QCoreApplication::translate("KlaroExporter", "the document has no site address: Klaro's privacy-policy link is left out");
    else if (!HtmlWriter::isSafeLinkTarget(policy.meta.siteUrl))
        warnings << QCoreApplication::translate("KlaroExporter", "the site address \"%1\" is not an http(s) address: Klaro's "
                       "privacy-policy link is left out")
                        .arg(policy.meta.siteUrl.trimmed());
    else
        warnings << QCoreApplication::translate("KlaroExporter", "Klaro links to a privacy policy: the export points it to the site "
                       "address; set translations.zz.privacyPolicyUrl to the charter page");
    if (policy.banner.googleConsentMode)
        warnings << QCoreApplication::translate("KlaroExporter", "Klaro 0.7 has no Google Consent Mode: send the gtag 'consent' updates "
                       "from the services' callbacks");
    ConsentLibrary::addCommonWarnings(policy, QStringLiteral("Klaro"), warnings,
                                      ConsentLibrary::Colours::Carried, ConsentLibrary::ConsentLog::Dropped,
                                      bareJson ? ConsentLibrary::Gpc::Dropped : ConsentLibrary::Gpc::Carried);
}

// Runs before klaro.js reads the configuration. Constant code; the data it reads is
// the JSON written by writeGpc().
constexpr const char *wrapperBody = R"JS(
  // Klaro colours the "toggle all" switch with the locked-on colour while only the
  // required services are on, i.e. while it is off; and it does not underline links,
  // which then differ from the text by colour alone. Both are set right here.
  var style = document.createElement('style');
  style.textContent = '#klaro .cm-list-input.only-required:not(:checked)+.cm-list-label .slider' +
    '{background-color:var(--white2,#f2f2f2);opacity:1}' +
    '#klaro .cm-list-input.only-required:not(:checked)+.cm-list-label .slider::before{transform:none}' +
    '#klaro a{text-decoration:underline}';
  (document.head || document.documentElement).appendChild(style);

  // Global Privacy Control, as Charte's banner honours it: the services below stay
  // refused until the visitor switches one on, "accept all" accepts everything else,
  // the texts say so, and the stored choice records it (service "charte-gpc").
  if (navigator.globalPrivacyControl !== true || gpc.services.length === 0) return;
  config.services.push({ name: 'charte-gpc', title: 'Global Privacy Control', purposes: [],
    required: true, default: true, optOut: false, cookies: [] });
  Object.keys(config.translations).forEach(function (language) {
    var texts = config.translations[language], note = gpc.note[language];
    if (!note || !texts.consentNotice) return;
    texts.consentNotice.description += ' ' + note;
    texts.consentModal.description += ' ' + note;
  });
  // "Accept all" is saved before it is applied: the refused services are taken back in
  // between, so that they never run.
  var correcting = false;
  function watch() {
    if (!window.klaro) return;
    window.klaro.getManager(config).watch({
      update: function (manager, event, data) {
        if (event !== 'saveConsents' || data.type !== 'accept' || correcting) return;
        correcting = true;
        gpc.services.forEach(function (name) { manager.updateConsent(name, false); });
        manager.saveConsents('accept');
        correcting = false;
      }
    });
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', watch);
  else watch();
})(window.klaroConfig);
)JS";

QString unescaped(const QString &text)
{
    return text; // Klaro writes texts as text (htmlTexts: false)
}

QByteArray configWithServices(const Policy &policy, const QString &startLanguage,
                              QStringList *warnings)
{
    const BannerSettings &banner = policy.banner;
    const QList<ConsentLibrary::Service> services = ConsentLibrary::services(policy, warnings);
    JsonWriter json(JsonWriter::Layout::Indented, JsonWriter::Escaping::HtmlSafe);
    json.beginObject();
    json.member(u"version", 1);
    json.member(u"elementID", u"klaro");
    json.member(u"storageMethod", u"cookie");
    json.member(u"storageName", banner.consentCookieName);
    json.member(u"cookieExpiresAfterDays", banner.consentLifetimeDays);
    json.member(u"default", false);
    json.member(u"mustConsent", false);
    json.member(u"acceptAll", true);
    json.member(u"hideDeclineAll", false); // "reject all" on the first layer
    json.member(u"hideLearnMore", false);
    json.member(u"noticeAsModal", banner.layout == BannerSettings::Layout::Modal);
    json.member(u"htmlTexts", false);
    json.member(u"groupByPurpose", true);
    json.member(u"showNoticeTitle", true);
    json.member(u"lang", startLanguage);
    writeStyling(json, banner);
    writeTranslations(json, policy);
    writeServices(json, policy, services);
    json.endObject();
    return json.finish();
}

} // namespace

QString KlaroExporter::revisionServiceName(int revision)
{
    return QStringLiteral("charte-revision-%1").arg(revision);
}

QString KlaroExporter::cookiePattern(const Cookie &cookie)
{
    switch (cookie.match) {
    case NameMatch::Exact:
        // Klaro reads a leading "^" as a regular expression.
        return cookie.name.startsWith(u'^') ? ConsentLibrary::javascriptPattern(cookie)
                                            : cookie.name;
    case NameMatch::Prefix:
        return ConsentLibrary::javascriptPattern(cookie);
    case NameMatch::Regex:
        return cookie.name.startsWith(u'^') ? cookie.name
                                            : QStringLiteral("^.*(?:%1)").arg(cookie.name);
    }
    return cookie.name;
}

QByteArray KlaroExporter::configJson(const Policy &policy, const QString &startLanguage,
                                     QStringList *warnings)
{
    return configWithServices(policy, startLanguage, warnings);
}

Expected<ExportResult> KlaroExporter::run(const Policy &policy, const ExportOptions &options)
{
    ExportResult result;
    const QByteArray json =
        configJson(policy, ConsentLibrary::startLanguage(policy, options), &result.warnings);
    if (ConsentLibrary::wantsJson(options)) {
        result.files.insert(QString(), json);
    } else {
        QByteArray script = "// Klaro 0.7 configuration written by Charte (revision " +
                            QByteArray::number(policy.meta.revision) +
                            ").\n// Include it before klaro.js, which reads window.klaroConfig.\n"
                            "window.klaroConfig = ";
        script += json.trimmed();
        script += ";\n(function (config) {\n  'use strict';\n  var gpc = ";
        JsonWriter gpc(JsonWriter::Layout::Compact, JsonWriter::Escaping::HtmlSafe);
        ConsentLibrary::writeGpc(gpc, policy, ConsentLibrary::services(policy, nullptr), unescaped);
        script += gpc.finish().trimmed();
        script += ";\n";
        script += wrapperBody;
        result.files.insert(QString(), script);
    }
    addWarnings(policy, result.warnings, ConsentLibrary::wantsJson(options));
    return result;
}
