// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "import/importeddocument.h"

#include "document/languages.h"

namespace {

LocalizedText text(const QString &language, const char16_t *en, const char16_t *fr)
{
    return LocalizedText(language, QString::fromUtf16(Languages::isFrench(language) ? fr : en));
}

} // namespace

Policy ImportedDocument::create(const QString &language)
{
    Policy policy;
    policy.meta.defaultLanguage = language;
    policy.meta.languages = {language};
    BannerSettings &banner = policy.banner;
    banner.title = text(language, u"Your cookie choices", u"Vos choix sur les cookies");
    banner.description = text(language,
                              u"We use cookies: some are needed for the site to work, others only "
                              u"with your consent. You can change your choices at any time.",
                              u"Nous utilisons des cookies : certains sont nécessaires au "
                              u"fonctionnement du site, les autres ne sont déposés qu'avec votre "
                              u"accord. Vous pouvez modifier vos choix à tout moment.");
    banner.acceptAll = text(language, u"Accept all", u"Tout accepter");
    banner.rejectAll = text(language, u"Reject all", u"Tout refuser");
    banner.customize = text(language, u"Customise", u"Personnaliser");
    banner.save = text(language, u"Save my choices", u"Enregistrer mes choix");
    banner.manage = text(language, u"Manage cookies", u"Gérer mes cookies");
    return policy;
}

void ImportedDocument::ensureCookieTable(Policy &policy)
{
    const bool hasTable = std::any_of(policy.charter.cbegin(), policy.charter.cend(),
                                      [](const CharterSection &section) {
                                          return section.kind == CharterSection::Kind::CookieTable;
                                      });
    if (hasTable)
        return;
    CharterSection section;
    section.id = QStringLiteral("cookies");
    section.kind = CharterSection::Kind::CookieTable;
    section.title = text(policy.meta.defaultLanguage, u"Cookies used on this site",
                         u"Les cookies utilisés sur ce site");
    policy.charter << section;
}
