// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
// Rules on the consent banner (docs/compliance-rules.md, "Banner"). They read the document's
// banner settings and rely on what Charte's exported banner does: accept-all,
// reject-all and customise are the same kind of button on the first layer, the
// preferences layer has one switch per category with only required ones on, the
// choice is stored with the revision and a date and asked again when either
// changes. A setting that the document cannot express is therefore a property of
// the export; the members listed in docs/compliance.md ("cookieWall",
// "implicitConsent", "rejectStyle", "reaskOnRevision", category "preselected")
// describe a site that configures its banner differently.
#include "compliance/compliancerules.h"
#include "document/cookiename.h"
#include "document/contrast.h"
#include "export/bannerexporter.h"

namespace {

const QString sourceEdpbConsent = QStringLiteral("EDPB Guidelines 05/2020 on consent");
const QString sourceTaskforce = QStringLiteral("EDPB Cookie Banner Taskforce report (January 2023)");
const QString sourceCnilRecommendation = QStringLiteral("CNIL délibération 2020-092 (recommandation)");
const QString helpCnil = QStringLiteral("https://www.cnil.fr/fr/cookies-et-autres-traceurs/regles/cookies");
const QString helpEdpb =
    QStringLiteral("https://www.edpb.europa.eu/our-work-tools/our-documents/guidelines/guidelines-052020-consent-under-regulation-2016679_en");

TwoLanguageText two(const QString &en, const QString &fr)
{
    return {en, fr};
}

struct BannerText
{
    const char *key;
    LocalizedText BannerSettings::*member;
};

const std::array<BannerText, 7> &bannerTexts()
{
    static const std::array<BannerText, 7> texts{{
        {"title", &BannerSettings::title},
        {"description", &BannerSettings::description},
        {"acceptAll", &BannerSettings::acceptAll},
        {"rejectAll", &BannerSettings::rejectAll},
        {"customize", &BannerSettings::customize},
        {"save", &BannerSettings::save},
        {"manage", &BannerSettings::manage},
    }};
    return texts;
}

// The banner falls back to the default language, so a control exists as soon as its
// text exists there; missing translations are banner.texts-translated's business.
bool hasText(const CheckContext &context, const LocalizedText &text)
{
    return !text.value(context.policy.meta.defaultLanguage).trimmed().isEmpty();
}

void missingControl(const CheckContext &context, FindingSink &sink, const QString &field,
                    const LocalizedText &text, const TwoLanguageText &message)
{
    if (!hasText(context, text))
        sink.add(FindingPlace::banner(field), message);
}

void checkRejectFirstLayer(const CheckContext &context, FindingSink &sink)
{
    missingControl(context, sink, QStringLiteral("rejectAll"), context.policy.banner.rejectAll,
                   two(QStringLiteral("The banner has no \"reject all\" text, so its first layer has no reject button. Write one (e.g. \"Reject all\")."),
                       QStringLiteral("Le bandeau n'a pas de texte «\u00a0tout refuser\u00a0»\u00a0: son premier niveau n'a pas de bouton de refus. Rédigez-en un (par ex. «\u00a0Tout refuser\u00a0»).")));
    if (context.policy.banner.extra.value(QLatin1StringView("rejectOnFirstLayer")).toBool(true) == false)
        sink.add(FindingPlace::banner(QStringLiteral("rejectOnFirstLayer")),
                 two(QStringLiteral("Reject all is moved off the first layer. Put it next to accept all."),
                     QStringLiteral("Le bouton «\u00a0tout refuser\u00a0» n'est pas au premier niveau. Placez-le à côté de «\u00a0tout accepter\u00a0».")));
}

void checkEqualProminence(const CheckContext &context, FindingSink &sink)
{
    const BannerSettings &banner = context.policy.banner;
    const QString rejectStyle = banner.extra.value(QLatin1StringView("rejectStyle")).toString();
    if (!rejectStyle.isEmpty() && rejectStyle != QLatin1StringView("button")) {
        sink.add(FindingPlace::banner(QStringLiteral("rejectStyle")),
                 two(QStringLiteral("Reject all is shown as a %1 while accept all is a button. Use the same kind of control for both."),
                     QStringLiteral("«\u00a0Tout refuser\u00a0» est affiché comme %1 alors que «\u00a0tout accepter\u00a0» est un bouton. Utilisez le même type de contrôle pour les deux."))
                     .arg(rejectStyle));
    }
    const double minimum = context.profile.minimumContrast;
    const double buttons = Contrast::ratio(banner.buttonText, banner.buttonBackground);
    if (buttons < minimum) {
        sink.add(FindingPlace::banner(QStringLiteral("buttonTextColor")),
                 two(QStringLiteral("Button text contrast is %1:1, below %2:1: both choices must be readable. Darken or lighten a colour."),
                     QStringLiteral("Le contraste du texte des boutons est de %1:1, sous %2:1\u00a0: les deux choix doivent être lisibles. Foncez ou éclaircissez une couleur."))
                     .arg(QString::number(buttons, 'f', 2), QString::number(minimum, 'f', 1)),
                 Severity::Warning);
    }
    const double text = Contrast::ratio(banner.text, banner.background);
    if (text < minimum) {
        sink.add(FindingPlace::banner(QStringLiteral("textColor")),
                 two(QStringLiteral("Banner text contrast is %1:1, below %2:1. Choose colours further apart."),
                     QStringLiteral("Le contraste du texte du bandeau est de %1:1, sous %2:1. Choisissez des couleurs plus contrastées."))
                     .arg(QString::number(text, 'f', 2), QString::number(minimum, 'f', 1)),
                 Severity::Warning);
    }
}

void checkNoPreticked(const CheckContext &context, FindingSink &sink)
{
    for (qsizetype index = 0; index < context.policy.categories.size(); ++index) {
        const Category &category = context.policy.categories.at(index);
        if (category.required || !category.extra.value(QLatin1StringView("preselected")).toBool())
            continue;
        sink.add(FindingPlace::category(index, category.id, QStringLiteral("preselected")),
                 two(QStringLiteral("The category \"%1\" is switched on before the visitor chooses. Leave it off by default."),
                     QStringLiteral("La catégorie «\u00a0%1\u00a0» est activée avant le choix du visiteur. Laissez-la désactivée par défaut."))
                     .arg(category.id));
    }
}

void checkNoImpliedConsent(const CheckContext &context, FindingSink &sink)
{
    const QString implicit = context.policy.banner.extra.value(QLatin1StringView("implicitConsent")).toString();
    if (implicit.isEmpty() || implicit == QLatin1StringView("none"))
        return;
    sink.add(FindingPlace::banner(QStringLiteral("implicitConsent")),
             two(QStringLiteral("The banner takes \"%1\" as consent. Only a click on accept counts: remove this setting."),
                 QStringLiteral("Le bandeau considère «\u00a0%1\u00a0» comme un consentement. Seul un clic sur «\u00a0accepter\u00a0» vaut accord\u00a0: retirez ce réglage."))
                 .arg(implicit));
}

void checkPurposesListed(const CheckContext &context, FindingSink &sink)
{
    missingControl(context, sink, QStringLiteral("description"), context.policy.banner.description,
                   two(QStringLiteral("The banner has no description. Say in a few words what the cookies are for."),
                       QStringLiteral("Le bandeau n'a pas de description. Dites en quelques mots à quoi servent les cookies.")));
    const QString &language = context.policy.meta.defaultLanguage;
    for (qsizetype index = 0; index < context.policy.categories.size(); ++index) {
        const Category &category = context.policy.categories.at(index);
        if (context.cookieCount(category.id) == 0)
            continue;
        if (category.name.value(language).trimmed().isEmpty())
            sink.add(FindingPlace::category(index, category.id, QStringLiteral("name")),
                     two(QStringLiteral("The category \"%1\" has no name, so the banner cannot name its purpose. Name it."),
                         QStringLiteral("La catégorie «\u00a0%1\u00a0» n'a pas de nom\u00a0: le bandeau ne peut pas en nommer la finalité. Nommez-la."))
                         .arg(category.id));
        if (category.description.value(language).trimmed().isEmpty())
            sink.add(FindingPlace::category(index, category.id, QStringLiteral("description")),
                     two(QStringLiteral("The category \"%1\" has no description; visitors cannot know what they agree to. Describe it."),
                         QStringLiteral("La catégorie «\u00a0%1\u00a0» n'a pas de description\u00a0: les visiteurs ne savent pas à quoi ils consentent. Décrivez-la."))
                         .arg(category.id));
    }
}

void checkGranular(const CheckContext &context, FindingSink &sink)
{
    missingControl(context, sink, QStringLiteral("customize"), context.policy.banner.customize,
                   two(QStringLiteral("The banner has no \"customise\" text, so visitors cannot choose per category. Write one."),
                       QStringLiteral("Le bandeau n'a pas de texte «\u00a0personnaliser\u00a0»\u00a0: les visiteurs ne peuvent pas choisir par catégorie. Rédigez-en un.")));
    missingControl(context, sink, QStringLiteral("save"), context.policy.banner.save,
                   two(QStringLiteral("The preferences layer has no \"save\" text. Write one."),
                       QStringLiteral("Le second niveau n'a pas de texte «\u00a0enregistrer\u00a0». Rédigez-en un.")));
}

void checkControllersListed(const CheckContext &context, FindingSink &sink)
{
    const Policy &policy = context.policy;
    QSet<QString> used;
    QSet<QString> reported;
    for (qsizetype row = 0; row < policy.cookies.size(); ++row) {
        const Cookie &cookie = policy.cookies.at(row);
        used.insert(cookie.providerId);
        // Unknown third-party providers are provider.identity's.
        if (cookie.providerId.isEmpty() || cookie.party == Party::Third ||
            policy.providerIndex(cookie.providerId) >= 0 || reported.contains(cookie.providerId))
            continue;
        reported.insert(cookie.providerId);
        sink.add(FindingPlace::cookie(row, cookie, QStringLiteral("provider")),
                 two(QStringLiteral("Provider \"%1\" is not in the provider list the banner shows. Add it."),
                     QStringLiteral("Le fournisseur «\u00a0%1\u00a0» n'est pas dans la liste affichée par le bandeau. Ajoutez-le."))
                     .arg(cookie.providerId));
    }
    for (qsizetype index = 0; index < policy.providers.size(); ++index) {
        const Provider &provider = policy.providers.at(index);
        if (used.contains(provider.id))
            continue;
        sink.add(FindingPlace::provider(index, provider.id),
                 two(QStringLiteral("Provider %1 sets no declared cookie, yet the banner lists it. Remove it or declare its cookies."),
                     QStringLiteral("Le fournisseur %1 ne dépose aucun cookie déclaré mais le bandeau l'affiche. Supprimez-le ou déclarez ses cookies."))
                     .arg(provider.name.isEmpty() ? provider.id : provider.name),
                 Severity::Warning);
    }
}

void checkWithdrawal(const CheckContext &context, FindingSink &sink)
{
    missingControl(context, sink, QStringLiteral("manage"), context.policy.banner.manage,
                   two(QStringLiteral("There is no \"manage cookies\" text, so the charter page and site have no permanent way to withdraw. Write one."),
                       QStringLiteral("Il n'y a pas de texte «\u00a0gérer mes cookies\u00a0»\u00a0: la charte et le site n'offrent pas de moyen permanent de retirer son choix. Rédigez-en un.")));
}

void checkConsentLifetime(const CheckContext &context, FindingSink &sink)
{
    const int days = context.policy.banner.consentLifetimeDays;
    const qint64 maximum = context.profile.consentLifetimeMaxDays;
    if (days > 0 && days <= maximum)
        return;
    sink.add(FindingPlace::banner(QStringLiteral("consentLifetimeDays")),
             two(QStringLiteral("The choice is kept %1 days; the %2 profile allows at most %3. Lower the consent lifetime."),
                 QStringLiteral("Le choix est conservé %1 jours\u00a0; le profil %2 permet au plus %3. Réduisez la durée de conservation du choix."))
                 .arg(QString::number(days), context.profile.id)
                 .arg(maximum));
}

void checkConsentLog(const CheckContext &context, FindingSink &sink)
{
    const Policy &policy = context.policy;
    const QString address = policy.banner.consentLogUrl.trimmed();
    const FindingPlace place = FindingPlace::banner(QStringLiteral("consentLogUrl"));
    if (!address.isEmpty() && !BannerExporter::isConsentLogUrl(address)) {
        sink.add(place,
                 two(QStringLiteral("The consent log address \"%1\" is neither an http(s) address nor a path on the site, so no choice is logged. Correct it."),
                     QStringLiteral("L'adresse du journal des consentements «\u00a0%1\u00a0» n'est ni une adresse http(s) ni un chemin du site\u00a0: aucun choix n'est journalisé. Corrigez-la."))
                     .arg(address),
                 Severity::Warning);
        return;
    }
    if (address.startsWith(QLatin1StringView("http:")) && policy.meta.siteUrl.startsWith(QLatin1StringView("https:"))) {
        sink.add(place,
                 two(QStringLiteral("The banner would send choices to %1 unencrypted from an https site. Use an https address."),
                     QStringLiteral("Le bandeau enverrait les choix à %1 sans chiffrement depuis un site https. Utilisez une adresse https."))
                     .arg(address),
                 Severity::Warning);
        return;
    }
    if (address.isEmpty() && context.needsBanner()) {
        sink.add(place,
                 two(QStringLiteral("Choices are kept only in visitors' browsers, which cannot prove a consent. Give the banner a consent log address where your site records them."),
                     QStringLiteral("Les choix ne sont conservés que dans le navigateur des visiteurs, ce qui ne prouve pas un consentement. Donnez au bandeau l'adresse d'un journal où votre site les enregistre.")));
    }
}

void checkReask(const CheckContext &context, FindingSink &sink)
{
    if (context.policy.banner.extra.value(QLatin1StringView("reaskOnRevision")).toBool(true) == false) {
        sink.add(FindingPlace::banner(QStringLiteral("reaskOnRevision")),
                 two(QStringLiteral("The banner does not ask again when the charter's revision changes. Let it ask again."),
                     QStringLiteral("Le bandeau ne redemande pas le choix quand la révision de la charte change. Laissez-le redemander.")));
    }
    if (context.policy.meta.revision < 1) {
        sink.add(FindingPlace::document(QStringLiteral("revision")),
                 two(QStringLiteral("The revision is not a positive number, so a changed charter cannot ask again. Set it to 1 or more."),
                     QStringLiteral("La révision n'est pas un nombre positif\u00a0: une charte modifiée ne peut pas redemander le choix. Indiquez 1 ou plus.")));
    }
}

void checkCookieWall(const CheckContext &context, FindingSink &sink)
{
    if (!context.policy.banner.extra.value(QLatin1StringView("cookieWall")).toBool())
        return;
    sink.add(FindingPlace::banner(QStringLiteral("cookieWall")),
             two(QStringLiteral("Access to the site depends on accepting cookies. Let visitors in after a refusal, or offer a real alternative."),
                 QStringLiteral("L'accès au site dépend de l'acceptation des cookies. Laissez entrer les visiteurs qui refusent, ou proposez une vraie alternative.")),
             context.profile.cookieWallSeverity);
}

void checkTextsTranslated(const CheckContext &context, FindingSink &sink)
{
    const BannerSettings &banner = context.policy.banner;
    for (const BannerText &entry : bannerTexts()) {
        const LocalizedText &text = banner.*(entry.member);
        if (!hasText(context, text))
            continue; // a missing control is reported by its own rule
        for (const QString &language : context.policy.meta.languages) {
            if (text.has(language))
                continue;
            FindingPlace place = FindingPlace::banner(QLatin1StringView(entry.key));
            place.language = language;
            sink.add(place, two(QStringLiteral("The banner text \"%1\" has no %2 version. Translate it."),
                                QStringLiteral("Le texte du bandeau «\u00a0%1\u00a0» n'a pas de version %2. Traduisez-le."))
                                .arg(QLatin1StringView(entry.key), language));
        }
    }
}

ComplianceRule rule(const QString &id, Severity severity, const QString &source, const QString &help,
                    const TwoLanguageText &title, std::function<void(const CheckContext &, FindingSink &)> check)
{
    return {id, severity, source, help, title, std::move(check)};
}

} // namespace

void ComplianceRules::addBannerRules(std::vector<ComplianceRule> &rules)
{
    rules.push_back(rule(QStringLiteral("banner.reject-first-layer"), Severity::Error, sourceCnilRecommendation + QStringLiteral(", art. 2; ") + sourceTaskforce, helpCnil,
                         two(QStringLiteral("Reject all sits on the first layer next to accept all"),
                             QStringLiteral("«\u00a0Tout refuser\u00a0» figure au premier niveau à côté de «\u00a0tout accepter\u00a0»")),
                         checkRejectFirstLayer));
    rules.push_back(rule(QStringLiteral("banner.equal-prominence"), Severity::Error, sourceTaskforce + QStringLiteral("; WCAG 2.2 SC 1.4.3"), helpCnil,
                         two(QStringLiteral("Accept and reject look alike and are readable"),
                             QStringLiteral("Accepter et refuser se ressemblent et sont lisibles")),
                         checkEqualProminence));
    rules.push_back(rule(QStringLiteral("banner.no-preticked"), Severity::Error, QStringLiteral("CJEU C-673/17 Planet49; GDPR recital 32"), helpCnil,
                         two(QStringLiteral("No category is on by default"), QStringLiteral("Aucune catégorie n'est activée par défaut")),
                         checkNoPreticked));
    rules.push_back(rule(QStringLiteral("banner.no-implied-consent"), Severity::Error, sourceEdpbConsent + QStringLiteral(" §86"), helpEdpb,
                         two(QStringLiteral("Closing, scrolling or waiting is not consent"),
                             QStringLiteral("Fermer, faire défiler ou attendre ne vaut pas consentement")),
                         checkNoImpliedConsent));
    rules.push_back(rule(QStringLiteral("banner.purposes-listed"), Severity::Error, QStringLiteral("CNIL délibération 2020-092, art. 2"), helpCnil,
                         two(QStringLiteral("The first layer names each purpose"), QStringLiteral("Le premier niveau nomme chaque finalité")),
                         checkPurposesListed));
    rules.push_back(rule(QStringLiteral("banner.granular"), Severity::Error, sourceEdpbConsent + QStringLiteral(" §42"), helpEdpb,
                         two(QStringLiteral("A per-category choice is reachable from the first layer"),
                             QStringLiteral("Un choix par catégorie est accessible depuis le premier niveau")),
                         checkGranular));
    rules.push_back(rule(QStringLiteral("banner.controllers-listed"), Severity::Error, QStringLiteral("CNIL délibération 2020-092, art. 2; GDPR art. 13"), helpCnil,
                         two(QStringLiteral("The provider list matches the inventory"),
                             QStringLiteral("La liste des fournisseurs correspond à l'inventaire")),
                         checkControllersListed));
    rules.push_back(rule(QStringLiteral("banner.withdrawal"), Severity::Error, QStringLiteral("GDPR art. 7(3); CNIL délibération 2020-091, art. 2"), helpCnil,
                         two(QStringLiteral("A permanent \"manage cookies\" entry exists"),
                             QStringLiteral("Un accès permanent «\u00a0gérer mes cookies\u00a0» existe")),
                         checkWithdrawal));
    rules.push_back(rule(QStringLiteral("banner.consent-lifetime"), Severity::Warning, sourceCnilRecommendation + QStringLiteral(", art. 31"), helpCnil,
                         two(QStringLiteral("The stored choice is kept no longer than the profile allows"),
                             QStringLiteral("Le choix n'est pas conservé plus longtemps que le profil ne le permet")),
                         checkConsentLifetime));
    rules.push_back(rule(QStringLiteral("banner.consent-log"), Severity::Info, QStringLiteral("GDPR art. 7(1); ") + sourceEdpbConsent + QStringLiteral(", section 5.1"), helpEdpb,
                         two(QStringLiteral("Each choice is recorded where the controller can prove it"),
                             QStringLiteral("Chaque choix est enregistré là où le responsable peut le prouver")),
                         checkConsentLog));
    rules.push_back(rule(QStringLiteral("banner.reask"), Severity::Warning, sourceCnilRecommendation, helpCnil,
                         two(QStringLiteral("The banner asks again when the charter changes or the choice expires"),
                             QStringLiteral("Le bandeau redemande quand la charte change ou que le choix expire")),
                         checkReask));
    rules.push_back(rule(QStringLiteral("banner.cookie-wall"), Severity::Error, sourceEdpbConsent + QStringLiteral(" §39-41; Conseil d'État, 19 juin 2020, n° 434684"), helpEdpb,
                         two(QStringLiteral("Access never depends on accepting cookies"),
                             QStringLiteral("L'accès ne dépend jamais de l'acceptation des cookies")),
                         checkCookieWall));
    rules.push_back(rule(QStringLiteral("banner.texts-translated"), Severity::Error, QStringLiteral("GDPR art. 12(1)"), helpCnil,
                         two(QStringLiteral("Every banner text exists in every language"),
                             QStringLiteral("Chaque texte du bandeau existe dans chaque langue")),
                         checkTextsTranslated));
}
