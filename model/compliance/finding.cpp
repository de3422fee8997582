// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "compliance/finding.h"

#include "document/languages.h"
#include "document/cookiename.h"
#include "document/policy.h"

QString SeverityKeys::toString(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Info:
        return QStringLiteral("info");
    }
    return {};
}

std::optional<Severity> SeverityKeys::fromString(const QString &key)
{
    for (Severity severity : {Severity::Error, Severity::Warning, Severity::Info}) {
        if (key == toString(severity))
            return severity;
    }
    return std::nullopt;
}

TwoLanguageText SeverityWords::name(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return {QStringLiteral("Error"), QStringLiteral("Erreur")};
    case Severity::Warning:
        return {QStringLiteral("Warning"), QStringLiteral("Avertissement")};
    case Severity::Info:
        return {QStringLiteral("Note"), QStringLiteral("Remarque")};
    }
    return {};
}

TwoLanguageText SeverityWords::heading(Severity severity)
{
    const TwoLanguageText one = name(severity);
    return {one.en + QLatin1Char('s'), one.fr + QLatin1Char('s')};
}

QString SeverityWords::counted(Severity severity, qsizetype count, const QString &language)
{
    // French reads 0 and 1 in the singular, English only 1.
    const bool french = Languages::isFrench(language);
    const bool singular = french ? count <= 1 : count == 1;
    const QString word = (singular ? name(severity) : heading(severity)).text(language).toLower();
    return QString::number(count) + QLatin1Char(' ') + word;
}

QString SeverityWords::summary(qsizetype errors, qsizetype warnings, qsizetype notes,
                               const QString &language)
{
    return counted(Severity::Error, errors, language) + QStringLiteral(", ") +
           counted(Severity::Warning, warnings, language) + QStringLiteral(", ") +
           counted(Severity::Info, notes, language);
}

QString TwoLanguageText::text(const QString &language) const
{
    return Languages::isFrench(language) && !fr.isEmpty() ? fr : en;
}

FindingPlace FindingPlace::document(const QString &field)
{
    return {Kind::Document, -1, {}, field, {}, {}, {}, {}, {}};
}

FindingPlace FindingPlace::cookie(qsizetype index, const QString &name, const QString &field)
{
    return {Kind::Cookie, index, name, field, {}, {}, {}, {}, {}};
}

FindingPlace FindingPlace::cookie(qsizetype index, const Cookie &cookie, const QString &field)
{
    FindingPlace place = FindingPlace::cookie(index, cookie.name, field);
    place.label = CookieName::display(cookie);
    return place;
}

FindingPlace FindingPlace::category(qsizetype index, const QString &id, const QString &field)
{
    return {Kind::Category, index, id, field, {}, {}, {}, {}, {}};
}

FindingPlace FindingPlace::provider(qsizetype index, const QString &id, const QString &field)
{
    return {Kind::Provider, index, id, field, {}, {}, {}, {}, {}};
}

FindingPlace FindingPlace::banner(const QString &field)
{
    return {Kind::Banner, -1, {}, field, {}, {}, {}, {}, {}};
}

FindingPlace FindingPlace::section(qsizetype index, const QString &id, const QString &field)
{
    return {Kind::Section, index, id, field, {}, {}, {}, {}, {}};
}

FindingPlace FindingPlace::siteCookie(qsizetype declaredIndex, const QString &name,
                                      const QString &domain, const QString &url)
{
    return {Kind::Cookie, declaredIndex, name, {}, {}, domain, url, {}, {}};
}

FindingPlace FindingPlace::siteCookie(qsizetype declaredIndex, const Cookie &declared)
{
    FindingPlace place = siteCookie(declaredIndex, declared.name, declared.domain);
    place.label = CookieName::display(declared);
    return place;
}

FindingPlace FindingPlace::siteHost(const QString &host)
{
    return {Kind::Document, -1, {}, {}, {}, host, {}, {}, {}};
}

QString FindingPlace::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::Document:
        return QStringLiteral("document");
    case Kind::Cookie:
        return QStringLiteral("cookie");
    case Kind::Category:
        return QStringLiteral("category");
    case Kind::Provider:
        return QStringLiteral("provider");
    case Kind::Banner:
        return QStringLiteral("banner");
    case Kind::Section:
        return QStringLiteral("section");
    }
    return {};
}

namespace {

// The words a reader uses for the document's fields; a field not listed shows its key.
struct FieldWords
{
    const char *key;
    const char *english;
    const char *french;
};
constexpr FieldWords fieldWords[] = {
    {"name", "name", "nom"},
    {"purpose", "purpose", "finalité"},
    {"service", "service", "service"},
    {"category", "category", "catégorie"},
    {"provider", "provider", "prestataire"},
    {"lifetime", "lifetime", "durée"},
    {"domain", "domain", "domaine"},
    {"path", "path", "chemin"},
    {"secure", "secure", "sécurisé"},
    {"party", "party", "tiers"},
    {"basis", "legal basis", "base légale"},
    {"country", "country", "pays"},
    {"description", "description", "description"},
    {"privacyPolicyUrl", "privacy policy", "politique de confidentialité"},
    {"siteUrl", "site address", "adresse du site"},
    {"website", "website", "site web"},
    {"publisherName", "publisher", "éditeur"},
    {"contactEmail", "contact address", "adresse de contact"},
    {"lastUpdated", "last updated", "dernière mise à jour"},
    {"revision", "revision", "révision"},
    {"dataRetention", "data retention", "conservation des données"},
    {"consentCookieName", "consent cookie", "cookie de consentement"},
    {"consentLifetimeDays", "consent lifetime", "durée du consentement"},
    {"consentLogUrl", "consent log address", "adresse du registre des consentements"},
    {"rejectAll", "“reject all” button", "bouton « tout refuser »"},
    {"rejectOnFirstLayer", "refusal on the first layer", "refus au premier niveau"},
    {"rejectStyle", "refusal button style", "style du bouton de refus"},
    {"cookieWall", "cookie wall", "mur de cookies"},
    {"implicitConsent", "implicit consent", "consentement implicite"},
    {"preselected", "preselected categories", "catégories précochées"},
    {"reaskOnRevision", "asking again on a new revision", "nouvelle demande à chaque révision"},
    {"textColor", "text colour", "couleur du texte"},
    {"buttonTextColor", "button text colour", "couleur du texte des boutons"},
    {"cookies", "cookies", "cookies"},
    {"charter", "charter", "charte"},
};

QString fieldWord(const QString &key, bool french)
{
    for (const FieldWords &words : fieldWords) {
        if (key == QLatin1StringView(words.key))
            return QString::fromUtf8(french ? words.french : words.english);
    }
    return key;
}

} // namespace

QString FindingPlace::describe(const QString &uiLanguage, const Policy *policy) const
{
    const bool french = Languages::isFrench(uiLanguage);
    // A category or provider by the name people gave it, when the document is at hand.
    const auto named = [&](const QString &fallback) {
        if (!policy || index < 0)
            return fallback;
        if (kind == Kind::Category && index < policy->categories.size()) {
            const QString name = policy->text(policy->categories.at(index).name, uiLanguage);
            return name.isEmpty() ? fallback : name;
        }
        if (kind == Kind::Provider && index < policy->providers.size()) {
            const QString name = policy->providers.at(index).name;
            return name.isEmpty() ? fallback : name;
        }
        return fallback;
    };
    QString text;
    switch (kind) {
    case Kind::Document:
        text = QStringLiteral("document");
        break;
    case Kind::Cookie:
        text = (french ? QStringLiteral("cookie %1 (ligne %2)") : QStringLiteral("cookie %1 (row %2)"))
                   .arg(!label.isEmpty() ? label : id.isEmpty() ? QStringLiteral("?") : id)
                   .arg(index + 1);
        break;
    case Kind::Category:
        text = (french ? QStringLiteral("catégorie %1") : QStringLiteral("category %1")).arg(named(id));
        break;
    case Kind::Provider:
        text = (french ? QStringLiteral("prestataire %1") : QStringLiteral("provider %1")).arg(named(id));
        break;
    case Kind::Banner:
        text = french ? QStringLiteral("bandeau") : QStringLiteral("banner");
        break;
    case Kind::Section:
        text = QStringLiteral("section %1").arg(id);
        break;
    }
    if (!field.isEmpty())
        text += QStringLiteral(", ") + fieldWord(field, french);
    if (!language.isEmpty())
        text += QStringLiteral(" [") + language + QLatin1Char(']');
    return text;
}
