// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "export/exportstrings.h"

#include "document/languages.h"

#include <array>

namespace {
struct Entry
{
    ExportStrings::Key key;
    const char16_t *en;
    const char16_t *fr;
};

constexpr std::array entries{
    Entry{ExportStrings::Key::Provider, u"Provider", u"Prestataire"},
    Entry{ExportStrings::Key::Service, u"Service and location", u"Service et emplacement"},
    Entry{ExportStrings::Key::Cookie, u"Cookie", u"Cookie"},
    Entry{ExportStrings::Key::Purpose, u"Purpose", u"Finalité"},
    Entry{ExportStrings::Key::Lifetime, u"Lifetime", u"Durée de conservation"},
    Entry{ExportStrings::Key::LastUpdated, u"Last updated", u"Dernière mise à jour"},
    Entry{ExportStrings::Key::Revision, u"Revision", u"Version"},
    Entry{ExportStrings::Key::ManagePreferences, u"Manage cookie preferences",
          u"Gérer mes préférences de cookies"},
    Entry{ExportStrings::Key::Uncategorised, u"Other cookies", u"Autres cookies"},
    Entry{ExportStrings::Key::PublishedBy, u"Published by", u"Publié par"},
    Entry{ExportStrings::Key::Contact, u"Contact", u"Contact"},
    Entry{ExportStrings::Key::ThirdParty, u"third party", u"tiers"},
    Entry{ExportStrings::Key::NoCookies, u"No cookie in this category.",
          u"Aucun cookie dans cette catégorie."},
    Entry{ExportStrings::Key::Close, u"Close", u"Fermer"},
    Entry{ExportStrings::Key::NoRevisionPublished, u"No revision has been published yet.",
          u"Aucune version n’a encore été publiée."},
};
} // namespace

QString ExportStrings::text(Key key, const QString &language)
{
    const bool french = Languages::isFrench(language);
    for (const Entry &entry : entries) {
        if (entry.key == key)
            return QString::fromUtf16(french ? entry.fr : entry.en);
    }
    return {};
}
