// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include <QString>

// The few words an export adds around the document's own texts (table headers,
// "Last updated"). They follow the language of the export, not of the interface,
// so they live here rather than in Qt Linguist catalogues. French and English are
// provided; other languages fall back to English.
namespace ExportStrings {
enum class Key {
    Provider,
    Service,
    Cookie,
    Purpose,
    Lifetime,
    LastUpdated,
    Revision,
    ManagePreferences,
    Uncategorised,
    PublishedBy,
    Contact,
    ThirdParty,
    NoCookies,
    Close,
    NoRevisionPublished,
};
QString text(Key key, const QString &language);
} // namespace ExportStrings
