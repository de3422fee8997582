// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "import/inventoryupdate.h"

#include "document/cookiename.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QSet>

namespace {

QString none()
{
    return QCoreApplication::translate("InventoryUpdate", "none", "no value in a field");
}

// What the person reads for each value of a field, in language.
class ValueText
{
public:
    ValueText(const Policy &policy, const InventoryImport &imported, const QString &language)
        : m_policy(policy), m_imported(imported), m_language(language)
    {
    }

    QString of(const Cookie &cookie, InventoryField field, const QString &textLanguage) const
    {
        switch (field) {
        case InventoryField::NameMatch:
            return InventoryFields::format(cookie.match, m_language);
        case InventoryField::Provider:
        case InventoryField::ProviderId:
            return providerName(cookie.providerId);
        case InventoryField::Service:
            return orNone(cookie.service.exact(textLanguage));
        case InventoryField::Purpose:
            return orNone(cookie.purpose.exact(textLanguage));
        case InventoryField::Category:
        case InventoryField::CategoryName:
            return categoryName(cookie.categoryId);
        case InventoryField::Lifetime:
            return cookie.lifetime ? cookie.lifetime->format(m_language) : QCoreApplication::translate("InventoryUpdate", "not stated");
        case InventoryField::Domain:
            return orNone(cookie.domain);
        case InventoryField::Path:
            return orNone(cookie.path);
        case InventoryField::Secure:
            return InventoryFields::formatYesNo(cookie.secure, m_language);
        case InventoryField::Party:
            return InventoryFields::format(cookie.party, m_language);
        case InventoryField::Storage:
            return InventoryFields::format(cookie.storage, m_language);
        case InventoryField::Basis:
            return InventoryFields::format(cookie.basis, m_language);
        case InventoryField::Extra:
            return cookie.extra.isEmpty()
                       ? none()
                       : QString::fromUtf8(QJsonDocument(cookie.extra).toJson(QJsonDocument::Compact));
        case InventoryField::Ignore:
        case InventoryField::Name:
        case InventoryField::ProviderWebsite:
        case InventoryField::ProviderPrivacyPolicy:
        case InventoryField::ProviderCountry:
            break;
        }
        return {};
    }

private:
    static QString orNone(const QString &text) { return text.isEmpty() ? none() : text; }

    QString providerName(const QString &id) const
    {
        if (id.isEmpty())
            return none();
        if (const Provider *provider = m_policy.provider(id))
            return provider->name;
        for (const Provider &provider : m_imported.providers) {
            if (provider.id == id)
                return provider.name;
        }
        return id;
    }

    QString categoryName(const QString &id) const
    {
        if (id.isEmpty())
            return none();
        const Category *category = m_policy.category(id);
        for (qsizetype i = 0; !category && i < m_imported.categories.size(); ++i) {
            if (m_imported.categories.at(i).id == id)
                category = &m_imported.categories.at(i);
        }
        if (!category)
            return id;
        const QString name = category->name.value(m_language, m_policy.meta.defaultLanguage);
        return name.isEmpty() ? id : name;
    }

    const Policy &m_policy;
    const InventoryImport &m_imported;
    QString m_language;
};

// The fields a row can change on a matched cookie (the name and domain match it;
// the provider's own columns describe the provider, not the cookie).
constexpr InventoryField updatableFields[] = {
    InventoryField::NameMatch, InventoryField::Provider, InventoryField::Service,
    InventoryField::Purpose,   InventoryField::Category, InventoryField::Lifetime,
    InventoryField::Path,      InventoryField::Secure,   InventoryField::Party,
    InventoryField::Storage,   InventoryField::Basis,    InventoryField::Extra,
};

bool isStated(const StatedFields &stated, InventoryField field)
{
    switch (field) {
    case InventoryField::Provider:
        return stated.has(InventoryField::Provider) || stated.has(InventoryField::ProviderId);
    case InventoryField::Category:
        return stated.has(InventoryField::Category) || stated.has(InventoryField::CategoryName);
    default:
        return stated.has(field);
    }
}

// Copies field from row to cookie; false when they already agree.
bool copyField(InventoryField field, const Cookie &row, Cookie &cookie)
{
    const auto assign = [](auto &target, const auto &value) {
        if (target == value)
            return false;
        target = value;
        return true;
    };
    switch (field) {
    case InventoryField::NameMatch:
        return assign(cookie.match, row.match);
    case InventoryField::Provider:
        return assign(cookie.providerId, row.providerId);
    case InventoryField::Category:
        return assign(cookie.categoryId, row.categoryId);
    case InventoryField::Lifetime:
        return assign(cookie.lifetime, row.lifetime);
    case InventoryField::Path:
        return assign(cookie.path, row.path);
    case InventoryField::Secure:
        return assign(cookie.secure, row.secure);
    case InventoryField::Party:
        return assign(cookie.party, row.party);
    case InventoryField::Storage:
        return assign(cookie.storage, row.storage);
    case InventoryField::Basis:
        return assign(cookie.basis, row.basis);
    case InventoryField::Extra:
        return assign(cookie.extra, row.extra);
    default:
        return false;
    }
}

// Finds the cookie a row names, from the most specific agreement to the least: the
// same name, domain, kind of name (exact, family, pattern) and path; then the same
// name, domain and kind; then the same name and domain (a row may change a cookie's
// kind or path); and, for a row that states no domain, the one cookie of that name.
// Among several candidates, the first that no earlier row took wins, so a file that
// lists _hj and _hj* beside each other updates each, not _hj twice.
class CookieMatcher
{
public:
    enum class Found { Cookie, None, Ambiguous };

    void add(const Cookie &cookie, qsizetype index)
    {
        for (int tier = 0; tier < Tiers; ++tier)
            m_candidates[tier][key(cookie, tier)].append(index);
    }

    Found find(const Cookie &row, const QSet<qsizetype> &taken, qsizetype *index) const
    {
        for (int tier = 0; tier < Tiers; ++tier) {
            if (tier == NameOnly && !row.domain.trimmed().isEmpty())
                break;
            const QList<qsizetype> candidates = m_candidates[tier].value(key(row, tier));
            if (candidates.isEmpty())
                continue;
            if (tier == NameOnly && candidates.size() > 1)
                return Found::Ambiguous; // which domain the row meant, nothing says
            *index = candidates.first();
            for (const qsizetype candidate : candidates) {
                if (!taken.contains(candidate)) {
                    *index = candidate;
                    break;
                }
            }
            return Found::Cookie;
        }
        return Found::None;
    }

private:
    enum { Everything, WithoutPath, NameAndDomain, NameOnly, Tiers };

    static QString key(const Cookie &cookie, int tier)
    {
        QString key = cookie.name;
        if (tier <= NameAndDomain)
            key += u'\n' + CookieName::comparableDomain(cookie.domain);
        if (tier <= WithoutPath)
            key += u'\n' + QString::number(int(cookie.match));
        if (tier == Everything)
            key += u'\n' + (cookie.path.isEmpty() ? QStringLiteral("/") : cookie.path);
        return key;
    }

    QHash<QString, QList<qsizetype>> m_candidates[Tiers];
};

} // namespace

InventoryUpdate InventoryUpdate::plan(const Policy &policy, const InventoryImport &imported,
                                      Mode mode, const QString &displayLanguage)
{
    InventoryUpdate update;
    update.m_mode = mode;
    update.m_cookies = policy.cookies;
    const ValueText text(policy, imported, displayLanguage);

    // The document's cookies, then the cookies the file adds, so that a row repeated
    // in the file completes the cookie an earlier row added instead of adding it twice.
    CookieMatcher matcher;
    for (qsizetype i = 0; i < policy.cookies.size(); ++i)
        matcher.add(policy.cookies.at(i), i);
    QSet<qsizetype> named; // cookies some row names
    QHash<qsizetype, qsizetype> changeOfCookie; // index in m_cookies → in m_changed

    for (qsizetype r = 0; r < imported.cookies.size(); ++r) {
        const Cookie &row = imported.cookies.at(r);
        const StatedFields stated =
            r < imported.stated.size() ? imported.stated.at(r) : StatedFields::all();
        qsizetype index = -1;
        const CookieMatcher::Found found = matcher.find(row, named, &index);
        if (found == CookieMatcher::Found::Ambiguous) {
            update.m_ambiguous << Ambiguity{imported.lines.value(r), row.name};
            continue;
        }
        if (found == CookieMatcher::Found::None) {
            matcher.add(row, update.m_cookies.size());
            named.insert(update.m_cookies.size());
            update.m_cookies << row;
            update.m_added << row;
            continue;
        }
        if (index >= policy.cookies.size()) {
            // The file names a cookie it already added: the later row completes it.
            ++update.m_repeatedRows;
            Cookie &added = update.m_cookies[index];
            for (const InventoryField field : updatableFields) {
                if (isStated(stated, field))
                    copyField(field, row, added);
            }
            update.m_added[index - policy.cookies.size()] = added;
            continue;
        }
        named.insert(index);
        if (mode == Mode::AddNew) {
            ++update.m_unchanged;
            continue;
        }

        CookieChange change;
        change.index = index;
        change.line = imported.lines.value(r);
        change.before = update.m_cookies.at(index);
        Cookie &cookie = update.m_cookies[index];
        for (const InventoryField field : updatableFields) {
            if (!isStated(stated, field))
                continue;
            const QString fieldKey = InventoryFields::key(field);
            if (row.unparsed.contains(fieldKey)) {
                // The document already keeps this very text to check: nothing new.
                if (cookie.unparsed.value(fieldKey) == row.unparsed.value(fieldKey))
                    continue;
                change.unread << FieldChange{field, {}, text.of(cookie, field, {}),
                                             row.unparsed.value(fieldKey)};
                continue;
            }
            if (field == InventoryField::Service || field == InventoryField::Purpose) {
                const LocalizedText &from = field == InventoryField::Service ? row.service : row.purpose;
                LocalizedText &to = field == InventoryField::Service ? cookie.service : cookie.purpose;
                for (const auto &[language, value] : from.entries()) {
                    if (to.exact(language) == value)
                        continue;
                    change.changes << FieldChange{field, language, text.of(cookie, field, language), value};
                    to.set(language, value);
                }
                continue;
            }
            const QString before = cookie.unparsed.contains(fieldKey)
                                       ? cookie.unparsed.value(fieldKey)
                                       : text.of(cookie, field, {});
            // A value read where the document kept unreadable text fixes the cell.
            const bool fixesUnread = cookie.unparsed.remove(fieldKey) > 0;
            if (copyField(field, row, cookie) || fixesUnread)
                change.changes << FieldChange{field, {}, before, text.of(cookie, field, {})};
        }
        // A row repeated in the file adds to the change already planned.
        if (const auto earlier = changeOfCookie.constFind(index); earlier != changeOfCookie.cend()) {
            ++update.m_repeatedRows;
            CookieChange &planned = update.m_changed[*earlier];
            planned.after = cookie;
            planned.changes << change.changes;
            planned.unread << change.unread;
            continue;
        }
        change.after = cookie;
        if (!change.changes.isEmpty()) {
            changeOfCookie.insert(index, update.m_changed.size());
            update.m_changed << change;
        } else {
            ++update.m_unchanged;
            if (!change.unread.isEmpty())
                update.m_unreadOnly << change;
        }
    }

    // Rows that undo what an earlier row of the file changed leave the cookie as it was.
    for (qsizetype i = update.m_changed.size() - 1; i >= 0; --i) {
        if (update.m_changed.at(i).after == update.m_changed.at(i).before) {
            update.m_changed.removeAt(i);
            ++update.m_unchanged;
        }
    }

    if (mode == Mode::Replace) {
        QList<Cookie> kept;
        kept.reserve(update.m_cookies.size());
        QHash<qsizetype, qsizetype> newIndex;
        for (qsizetype i = 0; i < update.m_cookies.size(); ++i) {
            if (i < policy.cookies.size() && !named.contains(i)) {
                update.m_removed << update.m_cookies.at(i);
                continue;
            }
            newIndex.insert(i, kept.size());
            kept << update.m_cookies.at(i);
        }
        update.m_cookies = kept;
        for (CookieChange &change : update.m_changed)
            change.index = newIndex.value(change.index);
    }

    // Only the providers and categories a cookie now refers to join the document.
    QSet<QString> providerIds;
    QSet<QString> categoryIds;
    for (const Cookie &cookie : std::as_const(update.m_cookies)) {
        providerIds.insert(cookie.providerId);
        categoryIds.insert(cookie.categoryId);
    }
    update.m_providers = policy.providers;
    for (const Provider &provider : imported.providers) {
        if (providerIds.contains(provider.id))
            update.m_providers << provider;
    }
    update.m_categories = policy.categories;
    for (const Category &category : imported.categories) {
        if (categoryIds.contains(category.id))
            update.m_categories << category;
    }
    return update;
}

void InventoryUpdate::applyTo(Policy &policy) const
{
    policy.cookies = m_cookies;
    policy.providers = m_providers;
    policy.categories = m_categories;
}

QString InventoryUpdate::summary() const
{
    QString text = QCoreApplication::translate("InventoryUpdate", "%1 changed, %2 added")
                       .arg(m_changed.size())
                       .arg(m_added.size());
    if (m_mode == Mode::Replace)
        text += QCoreApplication::translate("InventoryUpdate", ", %1 removed").arg(m_removed.size());
    return text;
}
