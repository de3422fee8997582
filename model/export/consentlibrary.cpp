// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "export/consentlibrary.h"

#include "document/languages.h"
#include "document/uniqueid.h"
#include "export/bannerexporter.h"
#include "format/jsonwriter.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace {

QString nameList(const QStringList &names)
{
    constexpr qsizetype shown = 8;
    QString list = names.mid(0, shown).join(QStringLiteral(", "));
    if (names.size() > shown)
        list += QCoreApplication::translate("ConsentLibrary", ", … (%1 in all)").arg(names.size());
    return list;
}

} // namespace

namespace ConsentLibrary {

QString serviceKey(const QString &providerId, const QString &categoryId)
{
    const auto clean = [](const QString &id) {
        QString out;
        for (const QChar c : id) {
            const bool plain = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') ||
                               (c >= u'0' && c <= u'9') || c == u'_';
            out += plain ? c : QChar(u'_');
        }
        return out;
    };
    if (providerId.isEmpty())
        return clean(categoryId);
    return clean(providerId) + u'-' + clean(categoryId);
}

bool hasName(const Cookie &cookie)
{
    return !cookie.name.trimmed().isEmpty();
}

QString namelessWarning(const Policy &policy)
{
    QStringList categories;
    int count = 0;
    for (const Cookie &cookie : policy.cookies) {
        if (hasName(cookie))
            continue;
        ++count;
        const Category *category = policy.category(cookie.categoryId);
        const QString label = category ? category->id : QStringLiteral("-");
        if (!categories.contains(label))
            categories << label;
    }
    if (count == 0)
        return {};
    return QCoreApplication::translate("ConsentLibrary",
                                       "%n cookie(s) with no name (category %1) left out of what "
                                       "the script deletes: give each its name",
                                       nullptr, count)
        .arg(categories.join(QStringLiteral(", ")));
}

QList<Service> services(const Policy &policy, QStringList *warnings)
{
    QList<Service> result;
    QStringList orphans;
    for (const Category &category : policy.categories) {
        const qsizetype first = result.size();
        for (const Cookie &cookie : policy.cookies) {
            if (cookie.categoryId != category.id || !hasName(cookie))
                continue;
            auto found = std::find_if(result.begin() + first, result.end(), [&](const Service &s) {
                return s.providerId == cookie.providerId;
            });
            if (found == result.end()) {
                Service service;
                service.providerId = cookie.providerId;
                service.categoryId = category.id;
                const Provider *provider = policy.provider(cookie.providerId);
                service.label = provider && !provider->name.isEmpty() ? provider->name
                                : !cookie.providerId.isEmpty()        ? cookie.providerId
                                                                      : policy.meta.siteName;
                result.append(service);
                found = result.end() - 1;
            }
            found->cookies.append(&cookie);
        }
    }
    for (const Cookie &cookie : policy.cookies) {
        if (!policy.category(cookie.categoryId))
            orphans << cookie.name;
    }
    // Keys must stay unique even when two ids differ only in characters cleaned away.
    QSet<QString> used;
    for (Service &service : result) {
        QString key = serviceKey(service.providerId, service.categoryId);
        if (key.isEmpty())
            key = QStringLiteral("service");
        const QString unique = uniqueId(
            key, [&used](const QString &candidate) { return used.contains(candidate); }, u'_');
        used.insert(unique);
        service.key = unique;
    }
    if (warnings) {
        QStringList perl;
        for (const Cookie &cookie : policy.cookies) {
            if (!isJavascriptCompatible(cookie))
                perl << cookie.name;
        }
        if (!perl.isEmpty())
            warnings->append(QCoreApplication::translate("ConsentLibrary", "these regular expressions are not valid in JavaScript and their "
                                "cookies are not deleted: %1")
                                 .arg(nameList(perl)));
    }
    if (warnings && !orphans.isEmpty())
        warnings->append(
            QCoreApplication::translate("ConsentLibrary", "cookies without a known category are left out: %1").arg(nameList(orphans)));
    return result;
}

QString escapeRegex(const QString &literal)
{
    static const QString special = QStringLiteral("\\^$.|?*+()[]{}/-");
    QString out;
    for (const QChar c : literal) {
        if (special.contains(c))
            out += u'\\';
        out += c;
    }
    return out;
}

bool isJavascriptCompatible(const Cookie &cookie)
{
    if (cookie.match != NameMatch::Regex)
        return true;
    static const QRegularExpression perlOnly(
        QStringLiteral("\\(\\?[imsxU-]+[:)]|\\(\\?>|\\(\\?#|[*+?}]\\+|\\\\[AZzGQE]"));
    return QRegularExpression(cookie.name).isValid() && !perlOnly.match(cookie.name).hasMatch();
}

QString javascriptPattern(const Cookie &cookie)
{
    switch (cookie.match) {
    case NameMatch::Exact:
        return u'^' + escapeRegex(cookie.name) + u'$';
    case NameMatch::Prefix:
        return u'^' + escapeRegex(cookie.name);
    case NameMatch::Regex:
        return cookie.name;
    }
    return cookie.name;
}

QString html(const QString &text)
{
    QString out = text.toHtmlEscaped(); // < > & "
    out.replace(u'\'', QStringLiteral("&#39;"));
    return out;
}

QString htmlContent(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c == u'&')
            out += QLatin1StringView("&amp;");
        else if (c == u'<')
            out += QLatin1StringView("&lt;");
        else if (c == u'>')
            out += QLatin1StringView("&gt;");
        else
            out += c;
    }
    return out;
}

QString plainText(const QString &htmlText)
{
    if (!htmlText.contains(u'<') && !htmlText.contains(u'&'))
        return htmlText;
    static const QRegularExpression breaks(QStringLiteral("<br\\s*/?>"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    static const QRegularExpression entity(
        QStringLiteral("&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z]+);"));
    QString text = htmlText;
    text.replace(breaks, QStringLiteral("\n"));
    text.remove(tags);
    QString out;
    qsizetype last = 0;
    auto it = entity.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        out += QStringView(text).mid(last, match.capturedStart() - last);
        const QString name = match.captured(1);
        QString replacement = match.captured(0);
        if (name.startsWith(u'#')) {
            bool ok = false;
            const uint code = name.startsWith(QLatin1StringView("#x"), Qt::CaseInsensitive)
                                  ? name.mid(2).toUInt(&ok, 16)
                                  : name.mid(1).toUInt(&ok, 10);
            if (ok && code > 0 && code <= 0x10ffff) {
                const char32_t character = code;
                replacement = QString::fromUcs4(&character, 1);
            }
        } else if (name == QLatin1StringView("lt")) {
            replacement = QStringLiteral("<");
        } else if (name == QLatin1StringView("gt")) {
            replacement = QStringLiteral(">");
        } else if (name == QLatin1StringView("amp")) {
            replacement = QStringLiteral("&");
        } else if (name == QLatin1StringView("quot")) {
            replacement = QStringLiteral("\"");
        } else if (name == QLatin1StringView("apos")) {
            replacement = QStringLiteral("'");
        } else if (name == QLatin1StringView("nbsp")) {
            replacement = QStringLiteral("\u00a0");
        }
        out += replacement;
        last = match.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

namespace {
const LocalizedText &buttonField(const BannerSettings &banner, Button button)
{
    switch (button) {
    case Button::AcceptAll:
        return banner.acceptAll;
    case Button::RejectAll:
        return banner.rejectAll;
    case Button::Customize:
        return banner.customize;
    case Button::Save:
        return banner.save;
    }
    return banner.acceptAll;
}

QString builtInButton(Button button, const QString &language)
{
    const bool french = Languages::isFrench(language);
    switch (button) {
    case Button::AcceptAll:
        return french ? QStringLiteral("Tout accepter") : QStringLiteral("Accept all");
    case Button::RejectAll:
        return french ? QStringLiteral("Tout refuser") : QStringLiteral("Reject all");
    case Button::Customize:
        return french ? QStringLiteral("Personnaliser") : QStringLiteral("Customise");
    case Button::Save:
        return french ? QStringLiteral("Enregistrer mes choix") : QStringLiteral("Save my choices");
    }
    return {};
}
} // namespace

QString buttonText(const Policy &policy, Button button, const QString &language)
{
    const QString text = policy.text(buttonField(policy.banner, button), language);
    return text.trimmed().isEmpty() ? builtInButton(button, language) : text;
}

void addButtonWarnings(const Policy &policy, QStringList &warnings)
{
    for (const Button button :
         {Button::AcceptAll, Button::RejectAll, Button::Customize, Button::Save}) {
        for (const QString &language : Languages::defaultFirst(policy.meta)) {
            if (policy.text(buttonField(policy.banner, button), language).trimmed().isEmpty())
                warnings << QCoreApplication::translate("ConsentLibrary", "the banner has no text for a button in %1: the export says \"%2\"")
                                .arg(language, builtInButton(button, language));
        }
    }
}

QString startLanguage(const Policy &policy, const ExportOptions &options)
{
    return options.language.isEmpty() ? policy.meta.defaultLanguage : options.language;
}

bool wantsJson(const ExportOptions &options)
{
    return options.outputName.endsWith(QLatin1StringView(".json"), Qt::CaseInsensitive);
}

QStringList gpcCategories(const Policy &policy)
{
    QStringList ids;
    if (!policy.banner.honourGlobalPrivacyControl)
        return ids;
    for (const Category &category : policy.categories) {
        if (BannerExporter::isAdvertising(category))
            ids << category.id;
    }
    return ids;
}

void writeGpc(JsonWriter &json, const Policy &policy, const QList<Service> &services,
              QString (*escape)(const QString &))
{
    const QStringList categories = gpcCategories(policy);
    json.beginObject();
    json.key(u"categories");
    json.beginArray();
    for (const QString &id : categories)
        json.value(id);
    json.endArray();
    json.key(u"services");
    json.beginArray();
    for (const Service &service : services) {
        if (categories.contains(service.categoryId))
            json.value(service.key);
    }
    json.endArray();
    json.key(u"note");
    json.beginObject();
    for (const QString &language : Languages::defaultFirst(policy.meta))
        json.member(language, escape(BannerExporter::gpcNote(language)));
    json.endObject();
    json.endObject();
}

void addCommonWarnings(const Policy &policy, const QString &libraryName, QStringList &warnings,
                       Colours colours, ConsentLog log, Gpc gpc)
{
    if (const QString nameless = namelessWarning(policy); !nameless.isEmpty())
        warnings << nameless;
    QStringList storage;
    QStringList thirdParty;
    for (const Cookie &cookie : policy.cookies) {
        if (cookie.storage != StorageKind::Cookie) {
            storage << cookie.name;
        } else if (cookie.party == Party::Third) {
            const Category *category = policy.category(cookie.categoryId);
            if (category && !category->required)
                thirdParty << cookie.name;
        }
    }
    if (!storage.isEmpty())
        warnings << QCoreApplication::translate("ConsentLibrary", "%1 deletes only cookies; local storage, session storage and pixels are "
                       "listed but not cleared on refusal: %2")
                        .arg(libraryName, nameList(storage));
    if (!thirdParty.isEmpty())
        warnings << QCoreApplication::translate("ConsentLibrary", "third-party cookies cannot be deleted by the site's scripts; %1 can only "
                       "keep their service from loading: %2")
                        .arg(libraryName, nameList(thirdParty));
    if (policy.banner.honourGlobalPrivacyControl && gpc == Gpc::Dropped)
        warnings << QCoreApplication::translate("ConsentLibrary", "%1 does not honour Global Privacy Control (navigator.globalPrivacyControl)")
                        .arg(libraryName);
    // The libraries keep the choice in the browser only; the banner bundle's consent
    // log has no equivalent in their configuration.
    if (log == ConsentLog::Dropped && !policy.banner.consentLogUrl.trimmed().isEmpty())
        warnings << QCoreApplication::translate("ConsentLibrary", "%1 does not send choices to the consent log (%2); record them from its "
                           "consent callback, or use Charte's banner")
                        .arg(libraryName, policy.banner.consentLogUrl.trimmed());
    if (colours == Colours::Dropped)
        warnings << QCoreApplication::translate("ConsentLibrary", "colours are not carried over: style %1 with its own CSS").arg(libraryName);
    addButtonWarnings(policy, warnings);
}

} // namespace ConsentLibrary
