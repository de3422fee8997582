// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "export/bannerexporter.h"

#include "document/cookiename.h"
#include "document/languages.h"
#include "export/consentlibrary.h"
#include "export/exportstrings.h"
#include "export/htmlexporter.h"
#include "format/htmlwriter.h"
#include "format/jsonwriter.h"

#include <QCoreApplication>
#include <QFile>
#include <QUrl>

#include <algorithm>
#include <array>
#include <functional>

using Attribute = HtmlWriter::Attribute;

namespace {

constexpr QLatin1StringView configMarker{"/*@charte-config@*/null"};

// Words the banner adds around the document's texts. Like ExportStrings they follow
// the visitor's language, not the editor's, so they are not in Qt Linguist catalogues.
enum class Word { Close, PreferencesTitle, AlwaysOn, Cookies, GpcNote, DemoTitle, DemoText };

struct WordEntry
{
    Word word;
    const char16_t *en;
    const char16_t *fr;
};

constexpr std::array words{
    WordEntry{Word::Close, u"Close (refuses optional cookies)",
              u"Fermer (refuse les cookies facultatifs)"},
    WordEntry{Word::PreferencesTitle, u"Cookie preferences", u"Préférences de cookies"},
    WordEntry{Word::AlwaysOn, u"Always on", u"Toujours actifs"},
    WordEntry{Word::Cookies, u"Cookies", u"Cookies"},
    WordEntry{Word::GpcNote,
              u"Your browser sends a Global Privacy Control signal: advertising cookies stay off "
              u"unless you switch them on in the preferences.",
              u"Votre navigateur envoie le signal Global Privacy Control\u00a0: les cookies publicitaires "
              u"restent désactivés, sauf si vous les activez dans les préférences."},
    WordEntry{Word::DemoTitle, u"Banner demonstration", u"Démonstration du bandeau"},
    WordEntry{Word::DemoText,
              u"This page loads the consent banner exported by Charte. The sample scripts below "
              u"run only for the categories you accept.",
              u"Cette page charge le bandeau de consentement exporté par Charte. Les scripts "
              u"d'exemple ci-dessous ne s'exécutent que pour les catégories acceptées."},
};

QString word(Word key, const QString &language)
{
    const bool french = Languages::isFrench(language);
    for (const WordEntry &entry : words) {
        if (entry.word == key)
            return QString::fromUtf16(french ? entry.fr : entry.en);
    }
    return {};
}

QByteArray resource(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// RFC 6265 cookie-name token: what the script can write into document.cookie as is.
bool isCookieToken(const QString &name)
{
    if (name.isEmpty())
        return false;
    static const QString separators = QStringLiteral("()<>@,;:\\\"/[]?={}");
    for (const QChar c : name) {
        if (c.unicode() <= 0x20 || c.unicode() >= 0x7f || separators.contains(c))
            return false;
    }
    return true;
}

// The source is written to be read; what sites download drops indentation and
// whole-line // comments (the script has no multi-line strings, so this is safe).
// The header comment, the contract for site developers, stays.
QByteArray compacted(const QByteArray &source)
{
    QByteArray out;
    out.reserve(source.size());
    for (const QByteArray &line : source.split('\n')) {
        const QByteArray trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith("//"))
            continue;
        out += trimmed;
        out += '\n';
    }
    return out;
}

QString nameMatchKey(NameMatch match)
{
    return PolicyKeys::toString(match);
}

void writeLocalized(JsonWriter &json, QStringView key, const QStringList &languages,
                    const std::function<QString(const QString &)> &text)
{
    json.key(key);
    json.beginObject();
    for (const QString &language : languages)
        json.member(language, text(language));
    json.endObject();
}

void writeCookie(JsonWriter &json, const Policy &policy, const Cookie &cookie,
                 const QStringList &languages)
{
    json.beginObject();
    json.member(u"name", cookie.name);
    json.member(u"match", nameMatchKey(cookie.match));
    // What the preferences' cookie table shows for a family or a pattern: "_pk_id.*",
    // as everywhere else (an exact name shows as it is, so it needs no label).
    if (cookie.match != NameMatch::Exact)
        json.member(u"label", CookieName::display(cookie));
    json.member(u"domain", cookie.domain);
    json.member(u"path", cookie.path);
    const Provider *provider = policy.provider(cookie.providerId);
    json.member(u"provider", provider && !provider->name.isEmpty() ? provider->name : cookie.providerId);
    // Only links a browser can follow without running anything: no javascript: or data:.
    const QString link = provider ? provider->privacyPolicyUrl.trimmed() : QString();
    json.member(u"policy", HtmlWriter::isSafeLinkTarget(link) ? link : QString());
    writeLocalized(json, u"purpose", languages,
                   [&](const QString &language) { return policy.text(cookie.purpose, language); });
    writeLocalized(json, u"lifetime", languages, [&](const QString &language) {
        return cookie.lifetime ? cookie.lifetime->format(language)
                               : cookie.unparsed.value(QStringLiteral("lifetime"));
    });
    json.endObject();
}

} // namespace

QString BannerExporter::preferencesTitle(const QString &language)
{
    return word(Word::PreferencesTitle, language);
}

QString BannerExporter::gpcNote(const QString &language)
{
    return word(Word::GpcNote, language);
}

QString BannerExporter::alwaysOnLabel(const QString &language)
{
    return word(Word::AlwaysOn, language);
}

QStringList BannerExporter::consentModeSignals(const Category &category)
{
    if (!category.consentModeSignals.isEmpty())
        return category.consentModeSignals;
    const QString id = category.id.toLower();
    if (category.required || id == QLatin1StringView("necessary"))
        return {QStringLiteral("security_storage")};
    if (id == QLatin1StringView("marketing") || id == QLatin1StringView("advertising"))
        return {QStringLiteral("ad_storage"), QStringLiteral("ad_user_data"),
                QStringLiteral("ad_personalization")};
    if (id == QLatin1StringView("statistics") || id == QLatin1StringView("analytics"))
        return {QStringLiteral("analytics_storage")};
    if (id == QLatin1StringView("functional"))
        return {QStringLiteral("functionality_storage")};
    if (id == QLatin1StringView("personalisation") || id == QLatin1StringView("personalization"))
        return {QStringLiteral("personalization_storage")};
    return {};
}

bool BannerExporter::isAdvertising(const Category &category)
{
    if (category.required)
        return false;
    if (category.id.compare(QLatin1StringView("marketing"), Qt::CaseInsensitive) == 0)
        return true;
    const QStringList signalList = consentModeSignals(category);
    return std::any_of(signalList.cbegin(), signalList.cend(),
                       [](const QString &signal) { return signal.startsWith(QLatin1StringView("ad_")); });
}

bool BannerExporter::isConsentLogUrl(const QString &url)
{
    const QString trimmed = url.trimmed();
    if (trimmed.startsWith(u'/'))
        return !trimmed.startsWith(QLatin1StringView("//")) && QUrl(trimmed, QUrl::StrictMode).isValid();
    const QUrl parsed(trimmed, QUrl::StrictMode);
    const QString scheme = parsed.scheme();
    return parsed.isValid() && (scheme == QLatin1StringView("https") || scheme == QLatin1StringView("http")) &&
           !parsed.host().isEmpty();
}

bool BannerExporter::hasAnythingToAsk(const Policy &policy)
{
    return std::any_of(policy.cookies.cbegin(), policy.cookies.cend(), [&policy](const Cookie &cookie) {
        const Category *category = policy.category(cookie.categoryId);
        return cookie.basis != LegalBasis::Exempt && category && !category->required;
    });
}

QByteArray BannerExporter::configJson(const Policy &policy, QStringList *warnings, Layers layers)
{
    const BannerSettings &banner = policy.banner;
    const QStringList langs = Languages::defaultFirst(policy.meta);
    QString cookieName = banner.consentCookieName.trimmed();
    if (!isCookieToken(cookieName)) {
        if (warnings)
            warnings->append(QCoreApplication::translate("BannerExporter",
                                                         "banner.consentCookieName \"%1\" is not a valid "
                                                         "cookie name; the bundle uses \"%2\"")
                                 .arg(banner.consentCookieName, BannerSettings().consentCookieName));
        cookieName = BannerSettings().consentCookieName;
    }

    JsonWriter json(JsonWriter::Layout::Compact, JsonWriter::Escaping::HtmlSafe);
    json.beginObject();
    json.member(u"revision", policy.meta.revision);
    json.member(u"lang", policy.meta.defaultLanguage);
    json.key(u"languages");
    json.beginArray();
    for (const QString &language : langs)
        json.value(language);
    json.endArray();
    json.member(u"layout", PolicyKeys::toString(banner.layout));
    json.member(u"position", PolicyKeys::toString(banner.position));
    json.member(u"gpc", banner.honourGlobalPrivacyControl);
    json.member(u"gcm", banner.googleConsentMode);
    if (layers == Layers::ManageOnly)
        json.member(u"ask", false);
    json.key(u"cookie");
    json.beginObject();
    json.member(u"name", cookieName);
    json.member(u"days", qMax(1, banner.consentLifetimeDays));
    json.endObject();
    if (isConsentLogUrl(banner.consentLogUrl)) {
        json.member(u"log", banner.consentLogUrl.trimmed());
    } else if (!banner.consentLogUrl.trimmed().isEmpty() && warnings) {
        warnings->append(QCoreApplication::translate("BannerExporter",
                                                     "banner.consentLogUrl \"%1\" is not an http(s) address "
                                                     "or a path on the site; choices are not logged")
                             .arg(banner.consentLogUrl));
    }

    json.key(u"texts");
    json.beginObject();
    for (const QString &language : langs) {
        json.key(language);
        json.beginObject();
        const auto text = [&](QStringView key, const LocalizedText &value, const QString &fallback) {
            const QString written = policy.text(value, language);
            json.member(key, written.isEmpty() ? fallback : written);
        };
        text(u"title", banner.title, word(Word::PreferencesTitle, language));
        text(u"description", banner.description, QString());
        text(u"acceptAll", banner.acceptAll, QString());
        text(u"rejectAll", banner.rejectAll, QString());
        text(u"customize", banner.customize, QString());
        text(u"save", banner.save, QString());
        text(u"manage", banner.manage, ExportStrings::text(ExportStrings::Key::ManagePreferences, language));
        json.member(u"close", word(Word::Close, language));
        json.member(u"prefsTitle", word(Word::PreferencesTitle, language));
        json.member(u"alwaysOn", word(Word::AlwaysOn, language));
        json.member(u"cookies", word(Word::Cookies, language));
        json.member(u"gpcNote", word(Word::GpcNote, language));
        json.member(u"cookie", ExportStrings::text(ExportStrings::Key::Cookie, language));
        json.member(u"provider", ExportStrings::text(ExportStrings::Key::Provider, language));
        json.member(u"purpose", ExportStrings::text(ExportStrings::Key::Purpose, language));
        json.member(u"lifetime", ExportStrings::text(ExportStrings::Key::Lifetime, language));
        json.endObject();
    }
    json.endObject();

    json.key(u"categories");
    json.beginArray();
    for (const Category &category : policy.categories) {
        json.beginObject();
        json.member(u"id", category.id);
        json.member(u"required", category.required);
        json.member(u"ads", isAdvertising(category));
        json.key(u"signals");
        json.beginArray();
        for (const QString &signal : consentModeSignals(category))
            json.value(signal);
        json.endArray();
        writeLocalized(json, u"name", langs, [&](const QString &language) {
            const QString name = policy.text(category.name, language);
            return name.isEmpty() ? category.id : name;
        });
        writeLocalized(json, u"description", langs, [&](const QString &language) {
            return policy.text(category.description, language);
        });
        json.key(u"cookies");
        json.beginArray();
        for (const Cookie *cookie : HtmlExporter::cookiesOf(policy, category.id)) {
            if (ConsentLibrary::hasName(*cookie)) // a nameless prefix would clear every cookie
                writeCookie(json, policy, *cookie, langs);
        }
        json.endArray();
        json.endObject();
    }
    json.endArray();
    json.endObject();
    return json.finish();
}

Expected<QByteArray> BannerExporter::script(const Policy &policy, QStringList *warnings, Layers layers)
{
    QByteArray source = resource(QStringLiteral(":/banner/charte-consent.js"));
    const qsizetype at = source.indexOf(QByteArray(configMarker.data(), configMarker.size()));
    if (at < 0)
        return Expected<QByteArray>::failure(
            QCoreApplication::translate("BannerExporter",
                                        ":/banner/charte-consent.js: the configuration marker is missing"));
    source.replace(at, configMarker.size(), configJson(policy, warnings, layers));
    return compacted(source);
}

QByteArray BannerExporter::stylesheet(const Policy &policy)
{
    const BannerSettings &banner = policy.banner;
    // QColor::name() yields "#rrggbb" only, so document colours cannot inject CSS.
    const QString variables = QStringLiteral("#charte-consent{--cc-bg:%1;--cc-fg:%2;--cc-btn:%3;--cc-btn-fg:%4}\n")
                                  .arg(banner.background.name(), banner.text.name(),
                                       banner.buttonBackground.name(), banner.buttonText.name());
    return variables.toUtf8() + resource(QStringLiteral(":/banner/charte-consent.css"));
}

QByteArray BannerExporter::demoPage(const Policy &policy, const QString &requestedLanguage)
{
    const QString language = requestedLanguage.isEmpty() ? policy.meta.defaultLanguage : requestedLanguage;
    HtmlWriter html;
    html.beginPage(
        language,
        QString(word(Word::DemoTitle, language) + QStringLiteral(" — ") + policy.meta.siteName),
        resource(QStringLiteral(":/html/charter.css")));
    html.empty(QLatin1StringView("link"), {{QLatin1StringView("rel"), QStringLiteral("stylesheet")},
                                           {QLatin1StringView("href"), QString(stylesheetName)}});
    html.newline();
    // Synchronous and in <head>: the Consent Mode default must precede every tag.
    html.start(QLatin1StringView("script"), {{QLatin1StringView("src"), QString(scriptName)}});
    html.end();
    html.newline();
    html.beginMain();
    HtmlExporter::writeCharterBody(html, policy, language);

    html.start(QLatin1StringView("section"), {{QLatin1StringView("class"), QStringLiteral("charte-demo")},
                                              {QLatin1StringView("aria-labelledby"), QStringLiteral("charte-demo-title")}});
    html.element(QLatin1StringView("h2"), word(Word::DemoTitle, language),
                 {{QLatin1StringView("id"), QStringLiteral("charte-demo-title")}});
    html.element(QLatin1StringView("p"), word(Word::DemoText, language));
    const QString manage = policy.text(policy.banner.manage, language);
    html.element(QLatin1StringView("button"),
                 manage.isEmpty() ? ExportStrings::text(ExportStrings::Key::ManagePreferences, language) : manage,
                 {{QLatin1StringView("type"), QStringLiteral("button")},
                  {QLatin1StringView("class"), QStringLiteral("charte-manage")},
                  {QLatin1StringView("data-charte-consent"), QStringLiteral("open")}});
    html.newline();
    // One inline and one external sample per optional category. The script text is
    // Charte's constant; the category id is only ever an (escaped) attribute value.
    static const QByteArray inlineSample =
        "(window.charteDemo=window.charteDemo||[]).push('inline:'+document.currentScript.getAttribute('data-category'));";
    for (const Category &category : policy.categories) {
        if (category.required)
            continue;
        html.start(QLatin1StringView("script"), {{QLatin1StringView("type"), QStringLiteral("text/plain")},
                                                 {QLatin1StringView("data-category"), category.id}});
        html.trustedMarkup(inlineSample);
        html.end();
        html.newline();
        html.start(QLatin1StringView("script"), {{QLatin1StringView("type"), QStringLiteral("text/plain")},
                                                 {QLatin1StringView("data-category"), category.id},
                                                 {QLatin1StringView("data-src"), QString(sampleName)}});
        html.end();
        html.newline();
    }
    html.end(); // section
    html.newline();
    return html.finishPage(); // main, body, html
}

Expected<ExportResult> BannerExporter::exportBundle(const Policy &policy, const ExportOptions &options)
{
    ExportResult result;
    Layers layers = Layers::Both;
    if (!hasAnythingToAsk(policy)) {
        if (!options.manageOnly)
            return Expected<ExportResult>::failure(QCoreApplication::translate(
                "BannerExporter",
                "no cookie of an optional category needs consent, so the banner would ask Accept/Reject "
                "about nothing: such a site needs no consent banner. To publish only the \"manage cookies\" "
                "entry point (the preferences listing the cookies), export with --manage-only, or tick the "
                "export dialog's \"manage cookies\" option"));
        layers = Layers::ManageOnly;
        result.warnings << QCoreApplication::translate(
            "BannerExporter", "no cookie needs consent: the bundle shows no banner, only the preferences "
                              "that the \"manage cookies\" entry point (data-charte-consent=\"open\") opens");
    } else if (options.manageOnly) {
        result.warnings << QCoreApplication::translate(
            "BannerExporter", "--manage-only is ignored: some cookies need consent, so the banner asks");
    }
    if (const QString nameless = ConsentLibrary::namelessWarning(policy); !nameless.isEmpty())
        result.warnings << nameless;
    Expected<QByteArray> js = script(policy, &result.warnings, layers);
    if (!js)
        return Expected<ExportResult>::failure(js.error());
    result.files.insert(QString(scriptName), std::move(js).value());
    result.files.insert(QString(stylesheetName), stylesheet(policy));
    result.files.insert(QString(demoName), demoPage(policy, options.language));
    result.files.insert(QString(sampleName),
                        "(window.charteDemo=window.charteDemo||[]).push('src:'+document.currentScript.getAttribute('data-category'));\n");
    return result;
}
