// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "document/policy.h"

#include <algorithm>
#include <array>
#include <utility>

namespace {

template <typename Enum, std::size_t N>
using KeyTable = std::array<std::pair<Enum, const char *>, N>;

constexpr KeyTable<NameMatch, 3> nameMatchKeys{{
    {NameMatch::Exact, "exact"}, {NameMatch::Prefix, "prefix"}, {NameMatch::Regex, "regex"}}};
constexpr KeyTable<Party, 2> partyKeys{{{Party::First, "first"}, {Party::Third, "third"}}};
constexpr KeyTable<StorageKind, 4> storageKeys{{{StorageKind::Cookie, "cookie"},
                                                {StorageKind::LocalStorage, "localStorage"},
                                                {StorageKind::SessionStorage, "sessionStorage"},
                                                {StorageKind::Pixel, "pixel"}}};
constexpr KeyTable<LegalBasis, 3> basisKeys{{{LegalBasis::Consent, "consent"},
                                             {LegalBasis::Exempt, "exempt"},
                                             {LegalBasis::LegitimateInterest,
                                              "legitimate-interest"}}};
constexpr KeyTable<CharterSection::Kind, 3> sectionKindKeys{
    {{CharterSection::Kind::Text, "text"},
     {CharterSection::Kind::CookieTable, "cookie-table"},
     {CharterSection::Kind::Changes, "changes"}}};
constexpr KeyTable<BannerSettings::Layout, 3> layoutKeys{{{BannerSettings::Layout::Bar, "bar"},
                                                          {BannerSettings::Layout::Box, "box"},
                                                          {BannerSettings::Layout::Modal,
                                                           "modal"}}};
constexpr KeyTable<BannerSettings::Position, 5> positionKeys{
    {{BannerSettings::Position::Bottom, "bottom"},
     {BannerSettings::Position::Top, "top"},
     {BannerSettings::Position::BottomLeft, "bottom-left"},
     {BannerSettings::Position::BottomRight, "bottom-right"},
     {BannerSettings::Position::Center, "center"}}};

template <typename Enum, std::size_t N>
QString keyOf(const KeyTable<Enum, N> &table, Enum value)
{
    const auto found = std::find_if(table.begin(), table.end(),
                                    [value](const auto &entry) { return entry.first == value; });
    return QLatin1StringView(found->second);
}

template <typename Enum, std::size_t N>
std::optional<Enum> valueOf(const KeyTable<Enum, N> &table, QAnyStringView key)
{
    for (const auto &entry : table) {
        if (QAnyStringView::equal(key, QLatin1StringView(entry.second)))
            return entry.first;
    }
    return std::nullopt;
}

template <typename Item>
qsizetype indexById(const QList<Item> &items, const QString &id)
{
    const auto found = std::find_if(items.cbegin(), items.cend(),
                                    [&id](const Item &item) { return item.id == id; });
    return found == items.cend() ? -1 : found - items.cbegin();
}

} // namespace

const Category *Policy::category(const QString &id) const
{
    const qsizetype index = categoryIndex(id);
    return index < 0 ? nullptr : &categories.at(index);
}

const Provider *Policy::provider(const QString &id) const
{
    const qsizetype index = providerIndex(id);
    return index < 0 ? nullptr : &providers.at(index);
}

qsizetype Policy::categoryIndex(const QString &id) const
{
    return indexById(categories, id);
}

qsizetype Policy::providerIndex(const QString &id) const
{
    return indexById(providers, id);
}

namespace PolicyKeys {
QString toString(NameMatch value) { return keyOf(nameMatchKeys, value); }
QString toString(Party value) { return keyOf(partyKeys, value); }
QString toString(StorageKind value) { return keyOf(storageKeys, value); }
QString toString(LegalBasis value) { return keyOf(basisKeys, value); }
QString toString(CharterSection::Kind value) { return keyOf(sectionKindKeys, value); }
QString toString(BannerSettings::Layout value) { return keyOf(layoutKeys, value); }
QString toString(BannerSettings::Position value) { return keyOf(positionKeys, value); }
std::optional<NameMatch> nameMatch(QAnyStringView key) { return valueOf(nameMatchKeys, key); }
std::optional<Party> party(QAnyStringView key) { return valueOf(partyKeys, key); }
std::optional<StorageKind> storageKind(QAnyStringView key) { return valueOf(storageKeys, key); }
std::optional<LegalBasis> legalBasis(QAnyStringView key) { return valueOf(basisKeys, key); }
std::optional<CharterSection::Kind> sectionKind(QAnyStringView key)
{
    return valueOf(sectionKindKeys, key);
}
std::optional<BannerSettings::Layout> layout(QAnyStringView key) { return valueOf(layoutKeys, key); }
std::optional<BannerSettings::Position> position(QAnyStringView key)
{
    return valueOf(positionKeys, key);
}
} // namespace PolicyKeys
