// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "commands/catalogedits.h"

#include "commands/catalogcommands.h"
#include "commands/cookiecommands.h"
#include "document/languages.h"
#include "document/policydocument.h"
#include "document/uniqueid.h"
#include "format/inventoryfields.h"

#include <QCoreApplication>

#include <algorithm>

namespace {

QString providerName(const Provider &provider)
{
    return provider.name.isEmpty() ? provider.id : provider.name;
}

// One walk for both lists: the entries differ only in how their name is read and
// which cookie member points to them.
template <typename Entry, typename NameOf, typename ReferenceOf>
CatalogEdits::Removal removal(const Policy &policy, const QList<Entry> &entries, qsizetype index,
                              NameOf nameOf, ReferenceOf referenceOf)
{
    CatalogEdits::Removal result;
    if (index < 0 || index >= entries.size())
        return result;
    const Entry &entry = entries.at(index);
    result.name = nameOf(entry);
    result.cookies =
        std::count_if(policy.cookies.cbegin(), policy.cookies.cend(),
                      [&](const Cookie &cookie) { return referenceOf(cookie) == entry.id; });
    for (const Entry &other : entries) {
        if (other.id != entry.id)
            result.targets.append({other.id, nameOf(other)});
    }
    return result;
}

} // namespace

namespace CatalogEdits {

QString providerId(const QString &name, const QList<Provider> &existing)
{
    const QString id = InventoryFields::slugify(name);
    return uniqueId(id, [&existing](const QString &candidate) {
        return std::any_of(existing.cbegin(), existing.cend(),
                           [&candidate](const Provider &p) { return p.id == candidate; });
    });
}

Provider newProvider(const Policy &policy, const QString &name)
{
    Provider provider;
    provider.name = name;
    provider.id = providerId(name, policy.providers);
    return provider;
}

QString categoryId(const QString &name, const QList<Category> &existing)
{
    const QString id = InventoryFields::slugify(name, QStringLiteral("category"));
    return uniqueId(id, [&existing](const QString &candidate) {
        return std::any_of(existing.cbegin(), existing.cend(),
                           [&candidate](const Category &c) { return c.id == candidate; });
    });
}

QString placeholderName(Placeholder kind, const QString &language)
{
    const bool french = Languages::isFrench(language);
    switch (kind) {
    case Placeholder::Category:
        return french ? QStringLiteral("Nouvelle catégorie") : QStringLiteral("New category");
    case Placeholder::Provider:
        return french ? QStringLiteral("Nouveau fournisseur") : QStringLiteral("New provider");
    case Placeholder::Section:
        return french ? QStringLiteral("Nouvelle section") : QStringLiteral("New section");
    }
    return {};
}

Category newCategory(const Policy &policy, const QString &name, const QString &language)
{
    Category category;
    category.id = categoryId(name, policy.categories);
    category.name.set(language, name);
    return category;
}

Cookie withCategory(const Policy &policy, Cookie cookie, const QString &to)
{
    const Category *from = policy.category(cookie.categoryId);
    const Category *target = policy.category(to);
    cookie.categoryId = to;
    if (target && target->required)
        cookie.basis = LegalBasis::Exempt;
    else if (target && (!from || from->required) && cookie.basis == LegalBasis::Exempt)
        cookie.basis = LegalBasis::Consent;
    return cookie;
}

QUndoCommand *appendCommand(PolicyDocument *document, const Provider &entry)
{
    return new AddProviderCommand(document, document->policy().providers.size(), entry);
}

QUndoCommand *appendCommand(PolicyDocument *document, const Category &entry)
{
    return new AddCategoryCommand(document, document->policy().categories.size(), entry);
}

QUndoCommand *appendForCookieCommand(PolicyDocument *document, const Provider &entry,
                                     qsizetype row)
{
    auto *step = new QUndoCommand(
        QCoreApplication::translate("UndoCommands", "New provider %1").arg(entry.name));
    new AddProviderCommand(document, document->policy().providers.size(), entry, step);
    if (row >= 0 && row < document->policy().cookies.size()) {
        Cookie cookie = document->policy().cookies.at(row);
        cookie.providerId = entry.id;
        cookie.unparsed.remove(QStringLiteral("provider")); // the cell now names a provider
        setCookieFieldCommand(document, row, QStringLiteral("provider"), std::move(cookie), step);
    }
    return step;
}

QUndoCommand *appendForCookieCommand(PolicyDocument *document, const Category &entry,
                                     qsizetype row)
{
    auto *step = new QUndoCommand(QCoreApplication::translate("UndoCommands", "New category %1")
                                      .arg(entry.name.value(entry.name.languages().value(0))));
    new AddCategoryCommand(document, document->policy().categories.size(), entry, step);
    if (row >= 0 && row < document->policy().cookies.size()) {
        // The category exists once the first child has run: judge the basis against
        // the policy as it will be.
        Policy after = document->policy();
        after.categories.append(entry);
        Cookie cookie = withCategory(after, after.cookies.at(row), entry.id);
        cookie.unparsed.remove(QStringLiteral("category"));
        setCookieFieldCommand(document, row, QStringLiteral("category"), std::move(cookie), step);
    }
    return step;
}

Removal providerRemoval(const Policy &policy, qsizetype index)
{
    return removal(policy, policy.providers, index, providerName,
                   [](const Cookie &cookie) { return cookie.providerId; });
}

Removal categoryRemoval(const Policy &policy, qsizetype index, const QString &language)
{
    return removal(
        policy, policy.categories, index,
        [&](const Category &category) {
            const QString name = policy.text(category.name, language);
            return name.isEmpty() ? category.id : name;
        },
        [](const Cookie &cookie) { return cookie.categoryId; });
}

QUndoCommand *removeProviderCommand(PolicyDocument *document, qsizetype index,
                                    const QString &reassignTo)
{
    return new RemoveProviderCommand(document, index, reassignTo);
}

QUndoCommand *removeCategoryCommand(PolicyDocument *document, qsizetype index,
                                    const QString &reassignTo)
{
    return new RemoveCategoryCommand(document, index, reassignTo);
}

} // namespace CatalogEdits
