// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "publishing/policydiff.h"

#include "document/cookiename.h"
#include "document/countries.h"

#include <QCryptographicHash>
#include <QHash>
#include <QMultiHash>
#include <QSet>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

using namespace PolicyDiff;

namespace {

TwoLanguageText two(const QString &en, const QString &fr)
{
    return {en, fr};
}

// A value in both languages where the words differ (a category's name, a lifetime).
struct Words
{
    QString en;
    QString fr;
};

Words categoryWords(const Policy &policy, const QString &id)
{
    const Category *category = policy.category(id);
    if (!category)
        return {id, id};
    const QString en = category->name.value(QStringLiteral("en"), policy.meta.defaultLanguage);
    const QString fr = category->name.value(QStringLiteral("fr"), policy.meta.defaultLanguage);
    return {en.isEmpty() ? id : en, fr.isEmpty() ? id : fr};
}

Words lifetimeWords(const std::optional<Lifetime> &lifetime)
{
    if (!lifetime)
        return {QStringLiteral("not stated"), QStringLiteral("non précisée")};
    return {lifetime->format(QStringLiteral("en")), lifetime->format(QStringLiteral("fr"))};
}

QString providerName(const Policy &policy, const QString &id)
{
    const Provider *provider = policy.provider(id);
    return provider && !provider->name.isEmpty() ? provider->name : id;
}

QJsonValue json(const LocalizedText &text)
{
    QJsonObject object;
    for (const auto &[language, value] : text.entries())
        object.insert(language, value);
    return object;
}

QJsonValue json(const std::optional<Lifetime> &lifetime)
{
    if (!lifetime)
        return QJsonValue::Null;
    if (lifetime->isSession())
        return QStringLiteral("session");
    return double(lifetime->seconds());
}

QJsonValue json(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

// The languages in which two texts differ, "en, fr".
QString differingLanguages(const LocalizedText &before, const LocalizedText &after)
{
    QStringList languages = before.languages();
    for (const QString &language : after.languages()) {
        if (!languages.contains(language))
            languages << language;
    }
    languages.sort();
    QStringList differing;
    for (const QString &language : std::as_const(languages)) {
        if (before.exact(language) != after.exact(language))
            differing << language;
    }
    return differing.join(QStringLiteral(", "));
}

bool needsConsent(LegalBasis basis)
{
    return basis != LegalBasis::Exempt;
}

QString cookieKey(const Cookie &cookie)
{
    return cookie.name + QChar(0x1f) + CookieName::comparableDomain(cookie.domain) + QChar(0x1f) +
           QString::number(int(cookie.match));
}

// "_ga"; "_ga (example.org)" when the domain tells two cookies of one name apart
// (withDomain); "_pk_id*" for a prefix, "/…/" for a pattern.
QString cookieLabel(const Cookie &cookie, bool withDomain)
{
    // A name never typed reads as empty quotes, not as nothing ("removed cookie ").
    QString label = cookie.name.trimmed().isEmpty() ? u'"' + cookie.name + u'"' : CookieName::display(cookie);
    if (withDomain && !cookie.domain.isEmpty())
        label += QStringLiteral(" (") + cookie.domain + QLatin1Char(')');
    return label;
}

Change cookieAdded(const Policy &policy, const Cookie &cookie, bool withDomain)
{
    Change change;
    change.kind = Kind::CookieAdded;
    change.subject = cookie.name;
    change.domain = cookie.domain;
    change.match = cookie.match;
    const Words category = categoryWords(policy, cookie.categoryId);
    const Words lifetime = lifetimeWords(cookie.lifetime);
    const QString label = cookieLabel(cookie, withDomain);
    change.text = needsConsent(cookie.basis)
                      ? two(QStringLiteral("added cookie %1 (%2, %3)").arg(label, category.en, lifetime.en),
                            QStringLiteral("cookie %1 ajouté (%2, %3)").arg(label, category.fr, lifetime.fr))
                      : two(QStringLiteral("added cookie %1 (%2, %3, exempt from consent)")
                                .arg(label, category.en, lifetime.en),
                            QStringLiteral("cookie %1 ajouté (%2, %3, exempté de consentement)")
                                .arg(label, category.fr, lifetime.fr));
    change.requiresConsent = needsConsent(cookie.basis);
    if (change.requiresConsent)
        change.reason = two(QStringLiteral("a new cookie that needs consent"),
                            QStringLiteral("un nouveau cookie soumis au consentement"));
    return change;
}

Change cookieRemoved(const Cookie &cookie, bool withDomain)
{
    Change change;
    change.kind = Kind::CookieRemoved;
    change.subject = cookie.name;
    change.domain = cookie.domain;
    change.match = cookie.match;
    const QString label = cookieLabel(cookie, withDomain);
    change.text = two(QStringLiteral("removed cookie %1").arg(label),
                      QStringLiteral("cookie %1 retiré").arg(label));
    return change;
}

void addField(Change &change, FieldChange field)
{
    change.requiresConsent = change.requiresConsent || field.requiresConsent;
    if (field.requiresConsent && change.reason.en.isEmpty())
        change.reason = field.reason;
    change.fields.append(std::move(field));
}

// Fields of one cookie whose key (name, domain, match) is the same in both documents.
Change cookieChanged(const Policy &beforePolicy, const Cookie &before, const Policy &afterPolicy,
                     const Cookie &after, bool withDomain)
{
    Change change;
    change.kind = Kind::CookieChanged;
    change.subject = after.name;
    change.domain = after.domain;
    change.match = after.match;
    const QString label = cookieLabel(after, withDomain);
    // What visitors agreed to is widened only for a cookie that needs consent now.
    const bool consent = needsConsent(after.basis);

    if (before.purpose != after.purpose) {
        FieldChange field{QStringLiteral("purpose"), json(before.purpose), json(after.purpose),
                          two(QStringLiteral("purpose of %1 changed (%2)").arg(label, differingLanguages(before.purpose, after.purpose)),
                              QStringLiteral("finalité de %1 modifiée (%2)").arg(label, differingLanguages(before.purpose, after.purpose))),
                          consent, {}};
        if (consent)
            field.reason = two(QStringLiteral("a changed purpose"), QStringLiteral("une finalité modifiée"));
        addField(change, std::move(field));
    }
    if (before.categoryId != after.categoryId) {
        const Words from = categoryWords(beforePolicy, before.categoryId);
        const Words to = categoryWords(afterPolicy, after.categoryId);
        FieldChange field{QStringLiteral("category"), before.categoryId, after.categoryId,
                          two(QStringLiteral("%1 moved from category %2 to %3").arg(label, from.en, to.en),
                              QStringLiteral("%1 déplacé de la catégorie %2 vers %3").arg(label, from.fr, to.fr)),
                          consent, {}};
        if (consent)
            field.reason = two(QStringLiteral("a cookie moved to another category"),
                               QStringLiteral("un cookie déplacé vers une autre catégorie"));
        addField(change, std::move(field));
    }
    if (before.lifetime != after.lifetime) {
        const Words from = lifetimeWords(before.lifetime);
        const Words to = lifetimeWords(after.lifetime);
        // A lifetime stated for the first time may be any length: counted as longer.
        const bool longer = after.lifetime && (!before.lifetime || after.lifetime->seconds() > before.lifetime->seconds());
        FieldChange field{QStringLiteral("lifetime"), json(before.lifetime), json(after.lifetime), {}, consent && longer, {}};
        if (!before.lifetime)
            field.text = two(QStringLiteral("retention of %1 stated: %2").arg(label, to.en),
                             QStringLiteral("durée de conservation de %1 précisée : %2").arg(label, to.fr));
        else if (!after.lifetime)
            field.text = two(QStringLiteral("retention of %1 no longer stated (was %2)").arg(label, from.en),
                             QStringLiteral("durée de conservation de %1 plus précisée (était %2)").arg(label, from.fr));
        else if (longer)
            field.text = two(QStringLiteral("retention of %1 lengthened from %2 to %3").arg(label, from.en, to.en),
                             QStringLiteral("durée de conservation de %1 allongée de %2 à %3").arg(label, from.fr, to.fr));
        else
            field.text = two(QStringLiteral("retention of %1 shortened from %2 to %3").arg(label, from.en, to.en),
                             QStringLiteral("durée de conservation de %1 raccourcie de %2 à %3").arg(label, from.fr, to.fr));
        if (field.requiresConsent)
            field.reason = two(QStringLiteral("a longer lifetime"), QStringLiteral("une durée de conservation plus longue"));
        addField(change, std::move(field));
    }
    if (before.providerId != after.providerId) {
        const QString from = providerName(beforePolicy, before.providerId);
        const QString to = providerName(afterPolicy, after.providerId);
        FieldChange field{QStringLiteral("provider"), before.providerId, after.providerId,
                          two(QStringLiteral("provider of %1 changed from %2 to %3").arg(label, from, to),
                              QStringLiteral("prestataire de %1 changé de %2 à %3").arg(label, from, to)),
                          consent && !after.providerId.isEmpty(), {}};
        if (field.requiresConsent)
            field.reason = two(QStringLiteral("a new provider"), QStringLiteral("un nouveau prestataire"));
        addField(change, std::move(field));
    }
    if (before.party != after.party) {
        const bool nowThird = after.party == Party::Third;
        FieldChange field{QStringLiteral("party"), PolicyKeys::toString(before.party), PolicyKeys::toString(after.party),
                          nowThird ? two(QStringLiteral("%1 is now set by a third party").arg(label),
                                         QStringLiteral("%1 est désormais déposé par un tiers").arg(label))
                                   : two(QStringLiteral("%1 is now a first-party cookie").arg(label),
                                         QStringLiteral("%1 est désormais un cookie propre").arg(label)),
                          consent && nowThird, {}};
        if (field.requiresConsent)
            field.reason = two(QStringLiteral("a cookie now set by a third party"),
                               QStringLiteral("un cookie désormais déposé par un tiers"));
        addField(change, std::move(field));
    }
    if (before.basis != after.basis) {
        FieldChange field{QStringLiteral("basis"), PolicyKeys::toString(before.basis), PolicyKeys::toString(after.basis),
                          consent ? two(QStringLiteral("%1 now needs consent (was exempt)").arg(label),
                                        QStringLiteral("%1 est désormais soumis au consentement (était exempté)").arg(label))
                                  : two(QStringLiteral("%1 is now exempt from consent").arg(label),
                                        QStringLiteral("%1 est désormais exempté de consentement").arg(label)),
                          consent && !needsConsent(before.basis), {}};
        if (field.requiresConsent)
            field.reason = two(QStringLiteral("a cookie that now needs consent"),
                               QStringLiteral("un cookie désormais soumis au consentement"));
        addField(change, std::move(field));
    }
    if (before.service != after.service) {
        const QString languages = differingLanguages(before.service, after.service);
        addField(change, {QStringLiteral("service"), json(before.service), json(after.service),
                          two(QStringLiteral("service and location of %1 reworded (%2)").arg(label, languages),
                              QStringLiteral("service et emplacement de %1 reformulés (%2)").arg(label, languages)),
                          false, {}});
    }
    // The remaining details change no purpose, duration or recipient.
    const auto detail = [&](const QString &name, bool differs, const QJsonValue &from, const QJsonValue &to) {
        if (!differs)
            return;
        addField(change, {name, from, to,
                          two(QStringLiteral("%1 of %2 changed").arg(name, label),
                              QStringLiteral("%1 de %2 modifié").arg(name, label)),
                          false, {}});
    };
    detail(QStringLiteral("storage"), before.storage != after.storage, PolicyKeys::toString(before.storage),
           PolicyKeys::toString(after.storage));
    detail(QStringLiteral("path"), before.path != after.path, before.path, after.path);
    detail(QStringLiteral("secure"), before.secure != after.secure, before.secure, after.secure);
    detail(QStringLiteral("domain"), before.domain != after.domain, before.domain, after.domain);
    detail(QStringLiteral("details"), before.unparsed != after.unparsed || before.extra != after.extra, {}, {});

    QStringList fields;
    for (const FieldChange &field : std::as_const(change.fields))
        fields << field.field;
    change.text = change.fields.size() == 1
                      ? change.fields.first().text
                      : two(QStringLiteral("cookie %1 changed: %2").arg(label, fields.join(QStringLiteral(", "))),
                            QStringLiteral("cookie %1 modifié : %2").arg(label, fields.join(QStringLiteral(", "))));
    return change;
}

// What a cookie row says, folded into a few bytes: equal rows have equal digests.
QByteArray contentDigest(const Cookie &cookie)
{
    QCryptographicHash hash(QCryptographicHash::Md5); // a bucket, not a proof: rows are compared after
    const auto add = [&hash](QStringView text) {
        hash.addData(QByteArrayView(reinterpret_cast<const char *>(text.data()), text.size() * 2));
        hash.addData(QByteArrayView("\0\0", 2));
    };
    add(cookie.providerId);
    add(cookie.categoryId);
    add(cookie.path);
    for (const LocalizedText *text : {&cookie.purpose, &cookie.service}) {
        for (const auto &[language, value] : text->entries()) {
            add(language);
            add(value);
        }
    }
    const qint64 numbers[] = {cookie.lifetime ? cookie.lifetime->seconds() : -1, qint64(cookie.party),
                              qint64(cookie.storage), qint64(cookie.basis), qint64(cookie.secure)};
    hash.addData(QByteArrayView(reinterpret_cast<const char *>(numbers), sizeof numbers));
    return hash.result();
}

void compareCookies(const Policy &before, const Policy &after, Result &result)
{
    // Rows of `before` by key; a key declared twice pairs in document order.
    QHash<QString, QList<qsizetype>> rows;
    rows.reserve(before.cookies.size());
    for (qsizetype i = 0; i < before.cookies.size(); ++i)
        rows[cookieKey(before.cookies.at(i))].append(i);
    std::vector<bool> matched(std::size_t(before.cookies.size()), false);
    // Names that more than one key carries (one per domain, say): their changes name
    // the domain too; elsewhere the name alone reads better.
    QHash<QString, QString> keyOfName;
    QSet<QString> ambiguous;
    const auto note = [&](const Cookie &cookie, const QString &key) {
        const auto found = keyOfName.constFind(cookie.name);
        if (found == keyOfName.cend())
            keyOfName.insert(cookie.name, key);
        else if (*found != key)
            ambiguous.insert(cookie.name);
    };
    for (auto it = rows.cbegin(); it != rows.cend(); ++it)
        note(before.cookies.at(it->first()), it.key());
    QList<const Cookie *> unmatched;
    QList<std::pair<qsizetype, const Cookie *>> pairs;
    // A key declared several times (the same name and domain on several rows): an
    // identical row is looked for first, by a digest of its content, so that moving
    // such rows around changes nothing; what remains pairs in document order.
    QList<std::pair<QString, const Cookie *>> repeated;
    for (const Cookie &cookie : after.cookies) {
        QString key = cookieKey(cookie);
        const auto found = rows.find(key);
        if (found == rows.end() || found->isEmpty()) {
            note(cookie, key);
            unmatched.append(&cookie);
        } else if (found->size() > 1) {
            repeated.append({std::move(key), &cookie});
        } else {
            const qsizetype row = found->takeFirst();
            matched[std::size_t(row)] = true;
            if (!(before.cookies.at(row) == cookie))
                pairs.append({row, &cookie});
        }
    }
    if (!repeated.isEmpty()) {
        QMultiHash<QByteArray, qsizetype> byContent;
        QSet<QString> keys;
        for (const auto &entry : std::as_const(repeated))
            keys.insert(entry.first);
        for (const QString &key : std::as_const(keys)) {
            for (const qsizetype row : std::as_const(rows[key]))
                byContent.insert(contentDigest(before.cookies.at(row)), row);
        }
        QList<std::pair<QString, const Cookie *>> rest;
        for (const auto &[key, cookie] : std::as_const(repeated)) {
            bool paired = false;
            const QByteArray digest = contentDigest(*cookie);
            for (auto it = byContent.find(digest); it != byContent.end() && it.key() == digest; ++it) {
                const qsizetype row = it.value();
                if (!matched[std::size_t(row)] && before.cookies.at(row) == *cookie) {
                    matched[std::size_t(row)] = true;
                    rows[key].removeOne(row);
                    byContent.erase(it);
                    paired = true;
                    break;
                }
            }
            if (!paired)
                rest.append({key, cookie});
        }
        for (const auto &[key, cookie] : std::as_const(rest)) {
            QList<qsizetype> &candidates = rows[key];
            if (candidates.isEmpty()) {
                note(*cookie, key);
                unmatched.append(cookie);
                continue;
            }
            const qsizetype row = candidates.takeFirst();
            matched[std::size_t(row)] = true;
            pairs.append({row, cookie});
        }
    }
    for (const auto &[row, cookie] : std::as_const(pairs))
        result.changes.append(cookieChanged(before, before.cookies.at(row), after, *cookie,
                                            ambiguous.contains(cookie->name)));
    for (const Cookie *cookie : std::as_const(unmatched))
        result.changes.append(cookieAdded(after, *cookie, ambiguous.contains(cookie->name)));
    for (qsizetype i = 0; i < before.cookies.size(); ++i) {
        if (!matched[std::size_t(i)])
            result.changes.append(cookieRemoved(before.cookies.at(i), ambiguous.contains(before.cookies.at(i).name)));
    }
}

void compareCategories(const Policy &before, const Policy &after, Result &result)
{
    for (const Category &category : after.categories) {
        const Words name = categoryWords(after, category.id);
        const Category *old = before.category(category.id);
        if (!old) {
            Change change{Kind::CategoryAdded, category.id, {}, NameMatch::Exact,
                          two(QStringLiteral("category %1 added").arg(name.en),
                              QStringLiteral("catégorie %1 ajoutée").arg(name.fr)),
                          !category.required, {}, {}};
            if (change.requiresConsent)
                change.reason = two(QStringLiteral("a new category that needs consent"),
                                    QStringLiteral("une nouvelle catégorie soumise au consentement"));
            result.changes.append(change);
            continue;
        }
        if (*old == category)
            continue;
        Change change{Kind::CategoryChanged, category.id, {}, NameMatch::Exact, {}, false, {}, {}};
        if (old->name != category.name)
            addField(change, {QStringLiteral("name"), json(old->name), json(category.name),
                              two(QStringLiteral("name of category %1 changed (%2)").arg(name.en, differingLanguages(old->name, category.name)),
                                  QStringLiteral("nom de la catégorie %1 modifié (%2)").arg(name.fr, differingLanguages(old->name, category.name))),
                              false, {}});
        if (old->description != category.description)
            addField(change, {QStringLiteral("description"), json(old->description), json(category.description),
                              two(QStringLiteral("description of category %1 changed (%2)").arg(name.en, differingLanguages(old->description, category.description)),
                                  QStringLiteral("description de la catégorie %1 modifiée (%2)").arg(name.fr, differingLanguages(old->description, category.description))),
                              false, {}});
        if (old->required != category.required) {
            FieldChange field{QStringLiteral("required"), old->required, category.required,
                              category.required
                                  ? two(QStringLiteral("category %1 can no longer be refused").arg(name.en),
                                        QStringLiteral("la catégorie %1 ne peut plus être refusée").arg(name.fr))
                                  : two(QStringLiteral("category %1 can now be refused").arg(name.en),
                                        QStringLiteral("la catégorie %1 peut désormais être refusée").arg(name.fr)),
                              category.required, {}};
            if (field.requiresConsent)
                field.reason = two(QStringLiteral("a category that can no longer be refused"),
                                   QStringLiteral("une catégorie qui ne peut plus être refusée"));
            addField(change, std::move(field));
        }
        if (old->consentModeSignals != category.consentModeSignals) {
            const bool more = std::any_of(category.consentModeSignals.cbegin(), category.consentModeSignals.cend(),
                                          [&](const QString &signal) { return !old->consentModeSignals.contains(signal); });
            FieldChange field{QStringLiteral("consentModeSignals"), json(old->consentModeSignals),
                              json(category.consentModeSignals),
                              two(QStringLiteral("Consent Mode signals of category %1: %2").arg(name.en, category.consentModeSignals.join(QStringLiteral(", "))),
                                  QStringLiteral("signaux Consent Mode de la catégorie %1 : %2").arg(name.fr, category.consentModeSignals.join(QStringLiteral(", ")))),
                              more && !category.required, {}};
            if (field.requiresConsent)
                field.reason = two(QStringLiteral("a category that grants more"), QStringLiteral("une catégorie qui autorise davantage"));
            addField(change, std::move(field));
        }
        if (change.fields.isEmpty())
            addField(change, {QStringLiteral("details"), {}, {},
                              two(QStringLiteral("details of category %1 changed").arg(name.en),
                                  QStringLiteral("détails de la catégorie %1 modifiés").arg(name.fr)),
                              false, {}});
        change.text = change.fields.size() == 1 ? change.fields.first().text
                                                : two(QStringLiteral("category %1 changed").arg(name.en),
                                                      QStringLiteral("catégorie %1 modifiée").arg(name.fr));
        result.changes.append(change);
    }
    for (const Category &category : before.categories) {
        if (after.category(category.id))
            continue;
        const Words name = categoryWords(before, category.id);
        result.changes.append({Kind::CategoryRemoved, category.id, {}, NameMatch::Exact,
                               two(QStringLiteral("category %1 removed").arg(name.en),
                                   QStringLiteral("catégorie %1 retirée").arg(name.fr)),
                               false, {}, {}});
    }
}

Words countryWords(const QString &code)
{
    if (code.isEmpty())
        return {QStringLiteral("no country"), QStringLiteral("aucun pays")};
    return {Countries::displayName(code, QStringLiteral("en")), Countries::displayName(code, QStringLiteral("fr"))};
}

void compareProviders(const Policy &before, const Policy &after, Result &result)
{
    for (const Provider &provider : after.providers) {
        const QString name = provider.name.isEmpty() ? provider.id : provider.name;
        const Provider *old = before.provider(provider.id);
        if (!old) {
            // A provider is new to visitors only once a cookie that needs consent uses it.
            const bool used = std::any_of(after.cookies.cbegin(), after.cookies.cend(), [&](const Cookie &cookie) {
                return cookie.providerId == provider.id && needsConsent(cookie.basis);
            });
            const Words country = countryWords(provider.country);
            Change change{Kind::ProviderAdded, provider.id, {}, NameMatch::Exact,
                          two(QStringLiteral("provider %1 added (%2)").arg(name, country.en),
                              QStringLiteral("prestataire %1 ajouté (%2)").arg(name, country.fr)),
                          used, {}, {}};
            if (used)
                change.reason = Countries::isInEeaOrEu(provider.country)
                                    ? two(QStringLiteral("a new provider"), QStringLiteral("un nouveau prestataire"))
                                    : two(QStringLiteral("a new provider in a third country"),
                                          QStringLiteral("un nouveau prestataire dans un pays tiers"));
            result.changes.append(change);
            continue;
        }
        if (*old == provider)
            continue;
        Change change{Kind::ProviderChanged, provider.id, {}, NameMatch::Exact, {}, false, {}, {}};
        if (old->country.compare(provider.country, Qt::CaseInsensitive) != 0) {
            const Words from = countryWords(old->country);
            const Words to = countryWords(provider.country);
            const bool thirdCountry = !provider.country.isEmpty() && !Countries::isInEeaOrEu(provider.country);
            FieldChange field{QStringLiteral("country"), old->country, provider.country,
                              two(QStringLiteral("provider %1 moved from %2 to %3").arg(name, from.en, to.en),
                                  QStringLiteral("prestataire %1 déplacé de %2 vers %3").arg(name, from.fr, to.fr)),
                              thirdCountry, {}};
            if (thirdCountry)
                field.reason = two(QStringLiteral("a new third country (%1)").arg(to.en),
                                   QStringLiteral("un nouveau pays tiers (%1)").arg(to.fr));
            addField(change, std::move(field));
        }
        const auto wording = [&](const QString &field, const QString &from, const QString &to, const QString &en,
                                 const QString &fr) {
            if (from != to)
                addField(change, {field, from, to, two(en.arg(name), fr.arg(name)), false, {}});
        };
        wording(QStringLiteral("name"), old->name, provider.name, QStringLiteral("name of provider %1 changed"),
                QStringLiteral("nom du prestataire %1 modifié"));
        wording(QStringLiteral("website"), old->website, provider.website, QStringLiteral("website of provider %1 changed"),
                QStringLiteral("site web du prestataire %1 modifié"));
        wording(QStringLiteral("privacyPolicyUrl"), old->privacyPolicyUrl, provider.privacyPolicyUrl,
                QStringLiteral("privacy policy of provider %1 changed"),
                QStringLiteral("politique de confidentialité du prestataire %1 modifiée"));
        if (change.fields.isEmpty())
            addField(change, {QStringLiteral("details"), {}, {},
                              two(QStringLiteral("details of provider %1 changed").arg(name),
                                  QStringLiteral("détails du prestataire %1 modifiés").arg(name)),
                              false, {}});
        change.text = change.fields.size() == 1 ? change.fields.first().text
                                                : two(QStringLiteral("provider %1 changed").arg(name),
                                                      QStringLiteral("prestataire %1 modifié").arg(name));
        result.changes.append(change);
    }
    for (const Provider &provider : before.providers) {
        if (after.provider(provider.id))
            continue;
        const QString name = provider.name.isEmpty() ? provider.id : provider.name;
        result.changes.append({Kind::ProviderRemoved, provider.id, {}, NameMatch::Exact,
                               two(QStringLiteral("provider %1 removed").arg(name),
                                   QStringLiteral("prestataire %1 retiré").arg(name)),
                               false, {}, {}});
    }
}

QString sectionKey(const CharterSection &section, qsizetype index)
{
    return section.id.isEmpty() ? QStringLiteral("#%1").arg(index + 1) : section.id;
}

Words sectionWords(const Policy &policy, const CharterSection &section, const QString &key)
{
    const QString en = section.title.value(QStringLiteral("en"), policy.meta.defaultLanguage);
    const QString fr = section.title.value(QStringLiteral("fr"), policy.meta.defaultLanguage);
    return {QStringLiteral("“%1”").arg(en.isEmpty() ? key : en), QStringLiteral("« %1 »").arg(fr.isEmpty() ? key : fr)};
}

void compareSections(const Policy &before, const Policy &after, Result &result)
{
    QHash<QString, qsizetype> beforeRows;
    for (qsizetype i = 0; i < before.charter.size(); ++i)
        beforeRows.insert(sectionKey(before.charter.at(i), i), i);
    QSet<QString> seen;
    for (qsizetype i = 0; i < after.charter.size(); ++i) {
        const CharterSection &section = after.charter.at(i);
        const QString key = sectionKey(section, i);
        seen.insert(key);
        const Words title = sectionWords(after, section, key);
        const auto found = beforeRows.constFind(key);
        if (found == beforeRows.cend()) {
            result.changes.append({Kind::TextChanged, key, {}, NameMatch::Exact,
                                   two(QStringLiteral("section %1 added").arg(title.en),
                                       QStringLiteral("section %1 ajoutée").arg(title.fr)),
                                   false, {}, {}});
            continue;
        }
        const CharterSection &old = before.charter.at(*found);
        if (old == section)
            continue;
        Change change{Kind::TextChanged, key, {}, NameMatch::Exact, {}, false, {}, {}};
        if (old.title != section.title) {
            const QString languages = differingLanguages(old.title, section.title);
            addField(change, {QStringLiteral("title"), json(old.title), json(section.title),
                              two(QStringLiteral("title of section %1 changed (%2)").arg(title.en, languages),
                                  QStringLiteral("titre de la section %1 modifié (%2)").arg(title.fr, languages)),
                              false, {}});
        }
        if (old.body != section.body) {
            const QString languages = differingLanguages(old.body, section.body);
            addField(change, {QStringLiteral("body"), json(old.body), json(section.body),
                              two(QStringLiteral("text of section %1 changed (%2)").arg(title.en, languages),
                                  QStringLiteral("texte de la section %1 modifié (%2)").arg(title.fr, languages)),
                              false, {}});
        }
        if (old.kind != section.kind || old.categoryId != section.categoryId || old.extra != section.extra)
            addField(change, {QStringLiteral("kind"), PolicyKeys::toString(old.kind), PolicyKeys::toString(section.kind),
                              two(QStringLiteral("what section %1 shows changed").arg(title.en),
                                  QStringLiteral("contenu affiché par la section %1 modifié").arg(title.fr)),
                              false, {}});
        change.text = change.fields.size() == 1 ? change.fields.first().text
                                                : two(QStringLiteral("section %1 changed").arg(title.en),
                                                      QStringLiteral("section %1 modifiée").arg(title.fr));
        result.changes.append(change);
    }
    for (qsizetype i = 0; i < before.charter.size(); ++i) {
        const CharterSection &section = before.charter.at(i);
        const QString key = sectionKey(section, i);
        if (seen.contains(key))
            continue;
        const Words title = sectionWords(before, section, key);
        result.changes.append({Kind::TextChanged, key, {}, NameMatch::Exact,
                               two(QStringLiteral("section %1 removed").arg(title.en),
                                   QStringLiteral("section %1 retirée").arg(title.fr)),
                               false, {}, {}});
    }
}

void compareBanner(const BannerSettings &before, const BannerSettings &after, Result &result)
{
    if (before == after)
        return;
    Change change{Kind::BannerChanged, QStringLiteral("banner"), {}, NameMatch::Exact, {}, false, {}, {}};
    const std::tuple<const char *, const char *, const char *, LocalizedText BannerSettings::*> texts[] = {
        {"title", "title", "titre", &BannerSettings::title},
        {"description", "description", "description", &BannerSettings::description},
        {"acceptAll", "“Accept all” button", "bouton « Tout accepter »", &BannerSettings::acceptAll},
        {"rejectAll", "“Reject all” button", "bouton « Tout refuser »", &BannerSettings::rejectAll},
        {"customize", "“Customise” button", "bouton « Personnaliser »", &BannerSettings::customize},
        {"save", "“Save” button", "bouton « Enregistrer »", &BannerSettings::save},
        {"manage", "“Manage cookies” link", "lien « Gérer les cookies »", &BannerSettings::manage},
    };
    for (const auto &[key, en, fr, member] : texts) {
        const LocalizedText &from = before.*member;
        const LocalizedText &to = after.*member;
        if (from == to)
            continue;
        const QString languages = differingLanguages(from, to);
        addField(change, {QString::fromLatin1(key), json(from), json(to),
                          two(QStringLiteral("banner: %1 reworded (%2)").arg(QString::fromUtf8(en), languages),
                              QStringLiteral("bannière : %1 reformulé (%2)").arg(QString::fromUtf8(fr), languages)),
                          false, {}});
    }
    const auto setting = [&](const char *key, bool differs, const QJsonValue &from, const QJsonValue &to,
                             const QString &en, const QString &fr) {
        if (differs)
            addField(change, {QString::fromLatin1(key), from, to, two(en, fr), false, {}});
    };
    setting("layout", before.layout != after.layout, PolicyKeys::toString(before.layout),
            PolicyKeys::toString(after.layout), QStringLiteral("banner: layout changed"),
            QStringLiteral("bannière : disposition modifiée"));
    setting("position", before.position != after.position, PolicyKeys::toString(before.position),
            PolicyKeys::toString(after.position), QStringLiteral("banner: position changed"),
            QStringLiteral("bannière : position modifiée"));
    setting("colors",
            before.background != after.background || before.text != after.text ||
                before.buttonBackground != after.buttonBackground || before.buttonText != after.buttonText,
            {}, {}, QStringLiteral("banner: colours changed"), QStringLiteral("bannière : couleurs modifiées"));
    setting("consentCookieName", before.consentCookieName != after.consentCookieName, before.consentCookieName,
            after.consentCookieName,
            QStringLiteral("banner: the choice is kept in cookie %1 (was %2)").arg(after.consentCookieName, before.consentCookieName),
            QStringLiteral("bannière : le choix est conservé dans le cookie %1 (était %2)").arg(after.consentCookieName, before.consentCookieName));
    setting("consentLifetimeDays", before.consentLifetimeDays != after.consentLifetimeDays,
            before.consentLifetimeDays, after.consentLifetimeDays,
            QStringLiteral("banner: the choice is kept %1 days (was %2)").arg(after.consentLifetimeDays).arg(before.consentLifetimeDays),
            QStringLiteral("bannière : le choix est conservé %1 jours (était %2)").arg(after.consentLifetimeDays).arg(before.consentLifetimeDays));
    setting("consentLogUrl", before.consentLogUrl != after.consentLogUrl, before.consentLogUrl, after.consentLogUrl,
            QStringLiteral("banner: proof of consent sent to %1").arg(after.consentLogUrl.isEmpty() ? QStringLiteral("no server") : after.consentLogUrl),
            QStringLiteral("bannière : preuve du consentement envoyée à %1").arg(after.consentLogUrl.isEmpty() ? QStringLiteral("aucun serveur") : after.consentLogUrl));
    setting("globalPrivacyControl", before.honourGlobalPrivacyControl != after.honourGlobalPrivacyControl,
            before.honourGlobalPrivacyControl, after.honourGlobalPrivacyControl,
            after.honourGlobalPrivacyControl ? QStringLiteral("banner: Global Privacy Control honoured")
                                             : QStringLiteral("banner: Global Privacy Control no longer honoured"),
            after.honourGlobalPrivacyControl ? QStringLiteral("bannière : Global Privacy Control respecté")
                                             : QStringLiteral("bannière : Global Privacy Control n’est plus respecté"));
    setting("googleConsentMode", before.googleConsentMode != after.googleConsentMode, before.googleConsentMode,
            after.googleConsentMode,
            after.googleConsentMode ? QStringLiteral("banner: Google Consent Mode on") : QStringLiteral("banner: Google Consent Mode off"),
            after.googleConsentMode ? QStringLiteral("bannière : Google Consent Mode activé")
                                    : QStringLiteral("bannière : Google Consent Mode désactivé"));
    setting("details", change.fields.isEmpty(), {}, {}, QStringLiteral("banner: other settings changed"),
            QStringLiteral("bannière : autres réglages modifiés"));
    change.text = change.fields.size() == 1 ? change.fields.first().text
                                            : two(QStringLiteral("banner changed"), QStringLiteral("bannière modifiée"));
    result.changes.append(change);
}

void compareSite(const PolicyMeta &before, const PolicyMeta &after, Result &result)
{
    Change change{Kind::SiteChanged, QStringLiteral("site"), {}, NameMatch::Exact, {}, false, {}, {}};
    const std::tuple<const char *, const char *, const char *, QString PolicyMeta::*> fields[] = {
        {"siteName", "site name", "nom du site", &PolicyMeta::siteName},
        {"siteUrl", "site address", "adresse du site", &PolicyMeta::siteUrl},
        {"publisherName", "publisher", "éditeur", &PolicyMeta::publisherName},
        {"publisherAddress", "publisher’s address", "adresse de l’éditeur", &PolicyMeta::publisherAddress},
        {"contactEmail", "privacy contact", "contact données personnelles", &PolicyMeta::contactEmail},
        {"defaultLanguage", "default language", "langue par défaut", &PolicyMeta::defaultLanguage},
    };
    for (const auto &[key, en, fr, member] : fields) {
        const QString &from = before.*member;
        const QString &to = after.*member;
        if (from != to)
            addField(change, {QString::fromLatin1(key), from, to,
                              two(QStringLiteral("%1 changed from “%2” to “%3”").arg(QString::fromUtf8(en), from, to),
                                  QStringLiteral("%1 changé de « %2 » à « %3 »").arg(QString::fromUtf8(fr), from, to)),
                              false, {}});
    }
    if (before.languages != after.languages)
        addField(change, {QStringLiteral("languages"), json(before.languages), json(after.languages),
                          two(QStringLiteral("languages: %1").arg(after.languages.join(QStringLiteral(", "))),
                              QStringLiteral("langues : %1").arg(after.languages.join(QStringLiteral(", ")))),
                          false, {}});
    if (change.fields.isEmpty())
        return;
    change.text = change.fields.size() == 1 ? change.fields.first().text
                                            : two(QStringLiteral("site and publisher changed"),
                                                  QStringLiteral("site et éditeur modifiés"));
    result.changes.append(change);
}

} // namespace

QString PolicyDiff::toString(Kind kind)
{
    switch (kind) {
    case Kind::CookieAdded: return QStringLiteral("cookie-added");
    case Kind::CookieRemoved: return QStringLiteral("cookie-removed");
    case Kind::CookieChanged: return QStringLiteral("cookie-changed");
    case Kind::CategoryAdded: return QStringLiteral("category-added");
    case Kind::CategoryRemoved: return QStringLiteral("category-removed");
    case Kind::CategoryChanged: return QStringLiteral("category-changed");
    case Kind::ProviderAdded: return QStringLiteral("provider-added");
    case Kind::ProviderRemoved: return QStringLiteral("provider-removed");
    case Kind::ProviderChanged: return QStringLiteral("provider-changed");
    case Kind::TextChanged: return QStringLiteral("text-changed");
    case Kind::BannerChanged: return QStringLiteral("banner-changed");
    case Kind::SiteChanged: return QStringLiteral("site-changed");
    }
    return {};
}

bool Result::requiresConsent() const
{
    return consentChangeCount() > 0;
}

qsizetype Result::consentChangeCount() const
{
    return std::count_if(changes.cbegin(), changes.cend(), [](const Change &change) { return change.requiresConsent; });
}

QStringList Result::lines(const QString &language) const
{
    QStringList result;
    for (const Change &change : changes) {
        if (change.kind == Kind::CookieChanged || change.fields.size() > 1) {
            for (const FieldChange &field : change.fields)
                result << field.text.text(language);
        } else {
            result << change.text.text(language);
        }
    }
    return result;
}

Result PolicyDiff::compare(const Policy &before, const Policy &after)
{
    Result result;
    compareSite(before.meta, after.meta, result);
    compareCategories(before, after, result);
    compareProviders(before, after, result);
    compareCookies(before, after, result);
    compareSections(before, after, result);
    compareBanner(before.banner, after.banner, result);
    return result;
}
