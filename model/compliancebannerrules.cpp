// Rules on the consent banner (COMPLIANCE.md, "Banner"). They read the document's
// banner settings and rely on what Charte's exported banner does: accept-all,
// reject-all and customise are the same kind of button on the first layer, the
// preferences layer has one switch per category with only required ones on, the
// choice is stored with the revision and a date and asked again when either
// changes. A setting that the document cannot express is therefore a property of
// the export; the members listed in README.md (compliance section) ("cookieWall",
// "implicitConsent", "rejectStyle", "reaskOnRevision", category "preselected")
// describe a site that configures its banner differently.
#include "bannerexporter.h"
#include "compliancerules.h"
#include "contrast.h"

using namespace Qt::StringLiterals;

namespace {

const QString sourceEdpbConsent = u"EDPB Guidelines 05/2020 on consent"_s;
const QString sourceTaskforce = u"EDPB Cookie Banner Taskforce report (January 2023)"_s;
const QString sourceCnilRecommendation = u"CNIL délibération 2020-092 (recommandation)"_s;
const QString helpCnil = u"https://www.cnil.fr/fr/cookies-et-autres-traceurs/regles/cookies"_s;
const QString helpEdpb =
    u"https://www.edpb.europa.eu/our-work-tools/our-documents/guidelines/guidelines-052020-consent-under-regulation-2016679_en"_s;

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
    missingControl(context, sink, u"rejectAll"_s, context.policy.banner.rejectAll,
                   two(u"The banner has no \"reject all\" text, so its first layer has no reject button. Write one (e.g. \"Reject all\")."_s,
                       u"Le bandeau n'a pas de texte « tout refuser » : son premier niveau n'a pas de bouton de refus. Rédigez-en un (par ex. « Tout refuser »)."_s));
    if (context.policy.banner.extra.value("rejectOnFirstLayer"_L1).toBool(true) == false)
        sink.add(FindingPlace::banner(u"rejectOnFirstLayer"_s),
                 two(u"Reject all is moved off the first layer. Put it next to accept all."_s,
                     u"Le bouton « tout refuser » n'est pas au premier niveau. Placez-le à côté de « tout accepter »."_s));
}

void checkEqualProminence(const CheckContext &context, FindingSink &sink)
{
    const BannerSettings &banner = context.policy.banner;
    const QString rejectStyle = banner.extra.value("rejectStyle"_L1).toString();
    if (!rejectStyle.isEmpty() && rejectStyle != "button"_L1) {
        sink.add(FindingPlace::banner(u"rejectStyle"_s),
                 two(u"Reject all is shown as a %1 while accept all is a button. Use the same kind of control for both."_s,
                     u"« Tout refuser » est affiché comme %1 alors que « tout accepter » est un bouton. Utilisez le même type de contrôle pour les deux."_s)
                     .arg(rejectStyle));
    }
    const double minimum = context.profile.minimumContrast;
    const double buttons = Contrast::ratio(banner.buttonText, banner.buttonBackground);
    if (buttons < minimum) {
        sink.add(FindingPlace::banner(u"buttonTextColor"_s),
                 two(u"Button text contrast is %1:1, below %2:1: both choices must be readable. Darken or lighten a colour."_s,
                     u"Le contraste du texte des boutons est de %1:1, sous %2:1 : les deux choix doivent être lisibles. Foncez ou éclaircissez une couleur."_s)
                     .arg(QString::number(buttons, 'f', 2), QString::number(minimum, 'f', 1)),
                 Severity::Warning);
    }
    const double text = Contrast::ratio(banner.text, banner.background);
    if (text < minimum) {
        sink.add(FindingPlace::banner(u"textColor"_s),
                 two(u"Banner text contrast is %1:1, below %2:1. Choose colours further apart."_s,
                     u"Le contraste du texte du bandeau est de %1:1, sous %2:1. Choisissez des couleurs plus contrastées."_s)
                     .arg(QString::number(text, 'f', 2), QString::number(minimum, 'f', 1)),
                 Severity::Warning);
    }
}

void checkNoPreticked(const CheckContext &context, FindingSink &sink)
{
    for (qsizetype index = 0; index < context.policy.categories.size(); ++index) {
        const Category &category = context.policy.categories.at(index);
        if (category.required || !category.extra.value("preselected"_L1).toBool())
            continue;
        sink.add(FindingPlace::category(index, category.id, u"preselected"_s),
                 two(u"The category \"%1\" is switched on before the visitor chooses. Leave it off by default."_s,
                     u"La catégorie « %1 » est activée avant le choix du visiteur. Laissez-la désactivée par défaut."_s)
                     .arg(category.id));
    }
}

void checkNoImpliedConsent(const CheckContext &context, FindingSink &sink)
{
    const QString implicit = context.policy.banner.extra.value("implicitConsent"_L1).toString();
    if (implicit.isEmpty() || implicit == "none"_L1)
        return;
    sink.add(FindingPlace::banner(u"implicitConsent"_s),
             two(u"The banner takes \"%1\" as consent. Only a click on accept counts: remove this setting."_s,
                 u"Le bandeau considère « %1 » comme un consentement. Seul un clic sur « accepter » vaut accord : retirez ce réglage."_s)
                 .arg(implicit));
}

void checkPurposesListed(const CheckContext &context, FindingSink &sink)
{
    missingControl(context, sink, u"description"_s, context.policy.banner.description,
                   two(u"The banner has no description. Say in a few words what the cookies are for."_s,
                       u"Le bandeau n'a pas de description. Dites en quelques mots à quoi servent les cookies."_s));
    const QString &language = context.policy.meta.defaultLanguage;
    for (qsizetype index = 0; index < context.policy.categories.size(); ++index) {
        const Category &category = context.policy.categories.at(index);
        if (context.cookieCount(category.id) == 0)
            continue;
        if (category.name.value(language).trimmed().isEmpty())
            sink.add(FindingPlace::category(index, category.id, u"name"_s),
                     two(u"The category \"%1\" has no name, so the banner cannot name its purpose. Name it."_s,
                         u"La catégorie « %1 » n'a pas de nom : le bandeau ne peut pas en nommer la finalité. Nommez-la."_s)
                         .arg(category.id));
        if (category.description.value(language).trimmed().isEmpty())
            sink.add(FindingPlace::category(index, category.id, u"description"_s),
                     two(u"The category \"%1\" has no description; visitors cannot know what they agree to. Describe it."_s,
                         u"La catégorie « %1 » n'a pas de description : les visiteurs ne savent pas à quoi ils consentent. Décrivez-la."_s)
                         .arg(category.id));
    }
}

void checkGranular(const CheckContext &context, FindingSink &sink)
{
    missingControl(context, sink, u"customize"_s, context.policy.banner.customize,
                   two(u"The banner has no \"customise\" text, so visitors cannot choose per category. Write one."_s,
                       u"Le bandeau n'a pas de texte « personnaliser » : les visiteurs ne peuvent pas choisir par catégorie. Rédigez-en un."_s));
    missingControl(context, sink, u"save"_s, context.policy.banner.save,
                   two(u"The preferences layer has no \"save\" text. Write one."_s,
                       u"Le second niveau n'a pas de texte « enregistrer ». Rédigez-en un."_s));
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
        sink.add(FindingPlace::cookie(row, cookie.name, u"provider"_s),
                 two(u"Provider \"%1\" is not in the provider list the banner shows. Add it."_s,
                     u"Le fournisseur « %1 » n'est pas dans la liste affichée par le bandeau. Ajoutez-le."_s)
                     .arg(cookie.providerId));
    }
    for (qsizetype index = 0; index < policy.providers.size(); ++index) {
        const Provider &provider = policy.providers.at(index);
        if (used.contains(provider.id))
            continue;
        sink.add(FindingPlace::provider(index, provider.id),
                 two(u"Provider %1 sets no declared cookie, yet the banner lists it. Remove it or declare its cookies."_s,
                     u"Le fournisseur %1 ne dépose aucun cookie déclaré mais le bandeau l'affiche. Supprimez-le ou déclarez ses cookies."_s)
                     .arg(provider.name.isEmpty() ? provider.id : provider.name),
                 Severity::Warning);
    }
}

void checkWithdrawal(const CheckContext &context, FindingSink &sink)
{
    missingControl(context, sink, u"manage"_s, context.policy.banner.manage,
                   two(u"There is no \"manage cookies\" text, so the charter page and site have no permanent way to withdraw. Write one."_s,
                       u"Il n'y a pas de texte « gérer mes cookies » : la charte et le site n'offrent pas de moyen permanent de retirer son choix. Rédigez-en un."_s));
}

void checkConsentLifetime(const CheckContext &context, FindingSink &sink)
{
    const int days = context.policy.banner.consentLifetimeDays;
    const qint64 maximum = context.profile.consentLifetimeMaxDays;
    if (days > 0 && days <= maximum)
        return;
    sink.add(FindingPlace::banner(u"consentLifetimeDays"_s),
             two(u"The choice is kept %1 days; the %2 profile allows at most %3. Lower the consent lifetime."_s,
                 u"Le choix est conservé %1 jours ; le profil %2 permet au plus %3. Réduisez la durée de conservation du choix."_s)
                 .arg(QString::number(days), context.profile.id)
                 .arg(maximum));
}

void checkConsentLog(const CheckContext &context, FindingSink &sink)
{
    const Policy &policy = context.policy;
    const QString address = policy.banner.consentLogUrl.trimmed();
    const FindingPlace place = FindingPlace::banner(u"consentLogUrl"_s);
    if (!address.isEmpty() && !BannerExporter::isConsentLogUrl(address)) {
        sink.add(place,
                 two(u"The consent log address \"%1\" is neither an http(s) address nor a path on the site, so no choice is logged. Correct it."_s,
                     u"L'adresse du journal des consentements « %1 » n'est ni une adresse http(s) ni un chemin du site : aucun choix n'est journalisé. Corrigez-la."_s)
                     .arg(address),
                 Severity::Warning);
        return;
    }
    if (address.startsWith("http:"_L1) && policy.meta.siteUrl.startsWith("https:"_L1)) {
        sink.add(place,
                 two(u"The banner would send choices to %1 unencrypted from an https site. Use an https address."_s,
                     u"Le bandeau enverrait les choix à %1 sans chiffrement depuis un site https. Utilisez une adresse https."_s)
                     .arg(address),
                 Severity::Warning);
        return;
    }
    if (address.isEmpty() && context.needsBanner()) {
        sink.add(place,
                 two(u"Choices are kept only in visitors' browsers, which cannot prove a consent. Give the banner a consent log address where your site records them."_s,
                     u"Les choix ne sont conservés que dans le navigateur des visiteurs, ce qui ne prouve pas un consentement. Donnez au bandeau l'adresse d'un journal où votre site les enregistre."_s));
    }
}

void checkReask(const CheckContext &context, FindingSink &sink)
{
    if (context.policy.banner.extra.value("reaskOnRevision"_L1).toBool(true) == false) {
        sink.add(FindingPlace::banner(u"reaskOnRevision"_s),
                 two(u"The banner does not ask again when the charter's revision changes. Let it ask again."_s,
                     u"Le bandeau ne redemande pas le choix quand la révision de la charte change. Laissez-le redemander."_s));
    }
    if (context.policy.meta.revision < 1) {
        sink.add(FindingPlace::document(u"revision"_s),
                 two(u"The revision is not a positive number, so a changed charter cannot ask again. Set it to 1 or more."_s,
                     u"La révision n'est pas un nombre positif : une charte modifiée ne peut pas redemander le choix. Indiquez 1 ou plus."_s));
    }
}

void checkCookieWall(const CheckContext &context, FindingSink &sink)
{
    if (!context.policy.banner.extra.value("cookieWall"_L1).toBool())
        return;
    sink.add(FindingPlace::banner(u"cookieWall"_s),
             two(u"Access to the site depends on accepting cookies. Let visitors in after a refusal, or offer a real alternative."_s,
                 u"L'accès au site dépend de l'acceptation des cookies. Laissez entrer les visiteurs qui refusent, ou proposez une vraie alternative."_s),
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
            sink.add(place, two(u"The banner text \"%1\" has no %2 version. Translate it."_s,
                                u"Le texte du bandeau « %1 » n'a pas de version %2. Traduisez-le."_s)
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
    rules.push_back(rule(u"banner.reject-first-layer"_s, Severity::Error, sourceCnilRecommendation + u", art. 2; "_s + sourceTaskforce, helpCnil,
                         two(u"Reject all sits on the first layer next to accept all"_s,
                             u"« Tout refuser » figure au premier niveau à côté de « tout accepter »"_s),
                         checkRejectFirstLayer));
    rules.push_back(rule(u"banner.equal-prominence"_s, Severity::Error, sourceTaskforce + u"; WCAG 2.2 SC 1.4.3"_s, helpCnil,
                         two(u"Accept and reject look alike and are readable"_s,
                             u"Accepter et refuser se ressemblent et sont lisibles"_s),
                         checkEqualProminence));
    rules.push_back(rule(u"banner.no-preticked"_s, Severity::Error, u"CJEU C-673/17 Planet49; GDPR recital 32"_s, helpCnil,
                         two(u"No category is on by default"_s, u"Aucune catégorie n'est activée par défaut"_s),
                         checkNoPreticked));
    rules.push_back(rule(u"banner.no-implied-consent"_s, Severity::Error, sourceEdpbConsent + u" §86"_s, helpEdpb,
                         two(u"Closing, scrolling or waiting is not consent"_s,
                             u"Fermer, faire défiler ou attendre ne vaut pas consentement"_s),
                         checkNoImpliedConsent));
    rules.push_back(rule(u"banner.purposes-listed"_s, Severity::Error, u"CNIL délibération 2020-092, art. 2"_s, helpCnil,
                         two(u"The first layer names each purpose"_s, u"Le premier niveau nomme chaque finalité"_s),
                         checkPurposesListed));
    rules.push_back(rule(u"banner.granular"_s, Severity::Error, sourceEdpbConsent + u" §42"_s, helpEdpb,
                         two(u"A per-category choice is reachable from the first layer"_s,
                             u"Un choix par catégorie est accessible depuis le premier niveau"_s),
                         checkGranular));
    rules.push_back(rule(u"banner.controllers-listed"_s, Severity::Error, u"CNIL délibération 2020-092, art. 2; GDPR art. 13"_s, helpCnil,
                         two(u"The provider list matches the inventory"_s,
                             u"La liste des fournisseurs correspond à l'inventaire"_s),
                         checkControllersListed));
    rules.push_back(rule(u"banner.withdrawal"_s, Severity::Error, u"GDPR art. 7(3); CNIL délibération 2020-091, art. 2"_s, helpCnil,
                         two(u"A permanent \"manage cookies\" entry exists"_s,
                             u"Un accès permanent « gérer mes cookies » existe"_s),
                         checkWithdrawal));
    rules.push_back(rule(u"banner.consent-lifetime"_s, Severity::Warning, sourceCnilRecommendation + u", art. 31"_s, helpCnil,
                         two(u"The stored choice is kept no longer than the profile allows"_s,
                             u"Le choix n'est pas conservé plus longtemps que le profil ne le permet"_s),
                         checkConsentLifetime));
    rules.push_back(rule(u"banner.consent-log"_s, Severity::Info, u"GDPR art. 7(1); "_s + sourceEdpbConsent + u", section 5.1"_s, helpEdpb,
                         two(u"Each choice is recorded where the controller can prove it"_s,
                             u"Chaque choix est enregistré là où le responsable peut le prouver"_s),
                         checkConsentLog));
    rules.push_back(rule(u"banner.reask"_s, Severity::Warning, sourceCnilRecommendation, helpCnil,
                         two(u"The banner asks again when the charter changes or the choice expires"_s,
                             u"Le bandeau redemande quand la charte change ou que le choix expire"_s),
                         checkReask));
    rules.push_back(rule(u"banner.cookie-wall"_s, Severity::Error, sourceEdpbConsent + u" §39-41; Conseil d'État, 19 juin 2020, n° 434684"_s, helpEdpb,
                         two(u"Access never depends on accepting cookies"_s,
                             u"L'accès ne dépend jamais de l'acceptation des cookies"_s),
                         checkCookieWall));
    rules.push_back(rule(u"banner.texts-translated"_s, Severity::Error, u"GDPR art. 12(1)"_s, helpCnil,
                         two(u"Every banner text exists in every language"_s,
                             u"Chaque texte du bandeau existe dans chaque langue"_s),
                         checkTextsTranslated));
}
