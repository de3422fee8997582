// Rules on the charter text (COMPLIANCE.md, "Charter text"). The mandatory
// mentions are found by words, in French and English, in the sections of each
// language (README.md (compliance section) lists the words): a heuristic that errs towards
// asking, since the person can suppress a finding with a justification.
#include "complianceconfig.h"
#include "compliancerules.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

const QString sourceInformation = u"GDPR art. 13; CNIL délibération 2020-091, art. 2 and 2020-092, art. 2"_s;
const QString helpCnil = u"https://www.cnil.fr/fr/cookies-et-autres-traceurs/regles/cookies"_s;

TwoLanguageText two(const QString &en, const QString &fr)
{
    return {en, fr};
}

bool containsAny(const QString &text, std::initializer_list<const char *> words)
{
    for (const char *word : words) {
        if (text.contains(QLatin1StringView(word)))
            return true;
    }
    return false;
}

bool mentionsPurposes(const CheckContext &context, const QString &text)
{
    // A cookie table shows every cookie's purpose.
    return context.hasAllCategoriesTable() ||
           containsAny(text, {"purpose", "used for", "what they are for", "finalite", "servent",
                              "a quoi ils servent", "utilises pour", "permettent de"});
}

const char *const refuseWords[] = {"refus", "reject", "decline", "rejet", "opt out", "opposer"};

bool mentionsAcceptAndRefuse(const QString &text)
{
    const bool accept = containsAny(text, {"accept", "agree", "consent", "accord"});
    bool refuse = false;
    for (const char *word : refuseWords)
        refuse = refuse || text.contains(QLatin1StringView(word));
    return accept && refuse;
}

bool mentionsConsequences(const QString &text)
{
    // A sentence that speaks of refusing and of what follows.
    static const QRegularExpression sentenceEnd(u"[.!?:;\\n]"_s);
    const QStringList sentences = text.split(sentenceEnd, Qt::SkipEmptyParts);
    for (const QString &sentence : sentences) {
        bool refuse = false;
        for (const char *word : refuseWords)
            refuse = refuse || sentence.contains(QLatin1StringView(word));
        if (refuse && containsAny(sentence, {"would", "will", "no longer", "cannot", "not be able",
                                             "prevent", "stop you", "without", "consequence",
                                             "still use", "ne fonctionner", "n'empeche",
                                             "empecher", "sans eux", "sans ces", "ne pourr",
                                             "pourrez toujours", "toujours utiliser",
                                             "n'aura", "aucune incidence", "effect",
                                             "effet", "access", "acces", "replaced", "remplace"}))
            return true;
    }
    return false;
}

bool mentionsWithdrawal(const CheckContext &context, const QString &text, const QString &language)
{
    const bool right = containsAny(text, {"withdraw", "retir", "revoke", "revoqu", "change your choice",
                                          "change your mind", "modifier vos choix", "changer d'avis",
                                          "review or"});
    const QString manage = CheckContext::fold(context.policy.banner.manage.value(language));
    const bool way = containsAny(text, {"manage", "gerer", "button", "bouton", "link", "lien",
                                        "settings", "parametre", "reglages", "preferences"}) ||
                     (!manage.isEmpty() && text.contains(manage));
    return right && way;
}

void checkInventoryParity(const CheckContext &context, FindingSink &sink)
{
    const Policy &policy = context.policy;
    bool anyTable = false;
    for (qsizetype index = 0; index < policy.charter.size(); ++index) {
        const CharterSection &section = policy.charter.at(index);
        if (section.kind != CharterSection::Kind::CookieTable)
            continue;
        anyTable = true;
        if (!section.categoryId.isEmpty() && !policy.category(section.categoryId))
            sink.add(FindingPlace::section(index, section.id, u"category"_s),
                     two(u"The cookie table shows category \"%1\", which does not exist. Choose an existing category."_s,
                         u"Le tableau de cookies affiche la catégorie « %1 », qui n'existe pas. Choisissez une catégorie existante."_s)
                         .arg(section.categoryId));
    }
    if (!anyTable && !policy.cookies.isEmpty()) {
        sink.add(FindingPlace::document(u"charter"_s),
                 two(u"The charter has no cookie table, so the declared cookies are not listed. Add a cookie-table section."_s,
                     u"La charte n'a aucun tableau de cookies : les cookies déclarés n'y figurent pas. Ajoutez une section tableau de cookies."_s));
    } else if (anyTable) {
        QSet<QString> reported;
        for (qsizetype row = 0; row < policy.cookies.size(); ++row) {
            const Cookie &cookie = policy.cookies.at(row);
            if (context.charterShowsCategory(cookie.categoryId) || reported.contains(cookie.categoryId))
                continue;
            reported.insert(cookie.categoryId);
            sink.add(FindingPlace::cookie(row, cookie.name, u"category"_s),
                     two(u"No cookie table shows the category \"%1\", so its cookies are missing from the charter. Add a table for it or for all categories."_s,
                         u"Aucun tableau ne montre la catégorie « %1 » : ses cookies manquent dans la charte. Ajoutez un tableau pour elle ou pour toutes."_s)
                         .arg(cookie.categoryId));
        }
    }
    // Charte's banner stores the choice in its own cookie: it must be declared too.
    const QString &consentCookie = policy.banner.consentCookieName;
    if (context.needsBanner() && !consentCookie.isEmpty() &&
        std::none_of(policy.cookies.cbegin(), policy.cookies.cend(),
                     [&consentCookie](const Cookie &cookie) { return cookie.name == consentCookie; })) {
        sink.add(FindingPlace::banner(u"consentCookieName"_s),
                 two(u"The banner stores the choice in the cookie %1, which the inventory does not declare. Add it as an exempt necessary cookie."_s,
                     u"Le bandeau enregistre le choix dans le cookie %1, que l'inventaire ne déclare pas. Ajoutez-le comme cookie nécessaire exempté."_s)
                     .arg(consentCookie));
    }
}

void checkMandatoryMentions(const CheckContext &context, FindingSink &sink)
{
    const PolicyMeta &meta = context.policy.meta;
    if (meta.publisherName.trimmed().isEmpty())
        sink.add(FindingPlace::document(u"publisherName"_s),
                 two(u"The controller is not named. Give the publisher's name in the document's details."_s,
                     u"Le responsable du traitement n'est pas nommé. Indiquez l'éditeur dans les informations du document."_s));
    if (meta.contactEmail.trimmed().isEmpty() && meta.publisherAddress.trimmed().isEmpty())
        sink.add(FindingPlace::document(u"contactEmail"_s),
                 two(u"There is no way to reach the controller. Give a contact e-mail (DPO) or an address."_s,
                     u"Aucun moyen de joindre le responsable du traitement. Indiquez un e-mail de contact (DPO) ou une adresse."_s));
    for (const QString &language : meta.languages) {
        const QString text = context.charterTextByLanguage().value(language);
        const auto report = [&](const QString &field, const TwoLanguageText &message) {
            FindingPlace place = FindingPlace::document(field);
            place.language = language;
            sink.add(place, message.arg(language));
        };
        if (!mentionsPurposes(context, text))
            report(u"purposes"_s, two(u"The %1 charter does not say what the cookies are for. Add a cookie table or describe the purposes."_s,
                                      u"La charte (%1) ne dit pas à quoi servent les cookies. Ajoutez un tableau de cookies ou décrivez les finalités."_s));
        if (!mentionsAcceptAndRefuse(text))
            report(u"acceptRefuse"_s, two(u"The %1 charter does not explain how to accept or refuse cookies. Add a sentence about it."_s,
                                          u"La charte (%1) n'explique pas comment accepter ou refuser les cookies. Ajoutez une phrase à ce sujet."_s));
        if (!mentionsConsequences(text))
            report(u"consequences"_s, two(u"The %1 charter does not say what refusing changes. Say what still works after a refusal."_s,
                                          u"La charte (%1) ne dit pas ce qu'un refus change. Indiquez ce qui fonctionne encore après un refus."_s));
        if (!mentionsWithdrawal(context, text, language))
            report(u"withdrawal"_s, two(u"The %1 charter does not say that consent can be withdrawn and how. Point to the \"manage cookies\" link."_s,
                                        u"La charte (%1) ne dit pas que le consentement peut être retiré ni comment. Indiquez le lien « gérer mes cookies »."_s));
    }
}

void checkExemptDisclosed(const CheckContext &context, FindingSink &sink)
{
    const Policy &policy = context.policy;
    for (qsizetype row = 0; row < policy.cookies.size(); ++row) {
        const Cookie &cookie = policy.cookies.at(row);
        // With no purpose at all, cookie.required-fields already says so.
        if (cookie.basis != LegalBasis::Exempt || cookie.purpose.value(policy.meta.defaultLanguage).isEmpty())
            continue;
        for (const QString &language : policy.meta.languages) {
            if (cookie.purpose.has(language))
                continue;
            FindingPlace place = FindingPlace::cookie(row, cookie.name, u"purpose"_s);
            place.language = language;
            sink.add(place, two(u"The exempt cookie %1 has no %2 purpose, so the charter does not describe it. Describe it too."_s,
                                u"Le cookie exempté %1 n'a pas de finalité en %2 : la charte ne le décrit pas. Décrivez-le aussi."_s)
                                .arg(cookie.name, language));
        }
    }
}

void checkDated(const CheckContext &context, FindingSink &sink)
{
    const Policy &policy = context.policy;
    if (!policy.meta.lastUpdated.isValid()) {
        sink.add(FindingPlace::document(u"lastUpdated"_s),
                 two(u"The charter has no last-updated date. Set it."_s,
                     u"La charte n'a pas de date de mise à jour. Indiquez-la."_s));
        return;
    }
    const QString stamped = ComplianceConfig::fromPolicy(policy).inventoryDigest;
    if (!stamped.isEmpty() && stamped != ComplianceStamp::inventoryDigest(policy)) {
        sink.add(FindingPlace::document(u"lastUpdated"_s),
                 two(u"The cookie inventory changed after the last-updated date (%1). Update the date."_s,
                     u"L'inventaire des cookies a changé après la date de mise à jour (%1). Mettez la date à jour."_s)
                     .arg(policy.meta.lastUpdated.toString(Qt::ISODate)));
    }
}

void checkTranslated(const CheckContext &context, FindingSink &sink)
{
    const Policy &policy = context.policy;
    for (qsizetype index = 0; index < policy.charter.size(); ++index) {
        const CharterSection &section = policy.charter.at(index);
        for (const QString &language : policy.meta.languages) {
            const auto missing = [&](const QString &field) {
                FindingPlace place = FindingPlace::section(index, section.id, field);
                place.language = language;
                sink.add(place, two(u"The section \"%1\" has no %2 %3. Translate it."_s,
                                    u"La section « %1 » n'a pas de %3 en %2. Traduisez-la."_s)
                                    .arg(section.id, language)
                                    .arg(field == "title"_L1 ? u"title"_s : u"text"_s));
            };
            if (!section.title.has(language))
                missing(u"title"_s);
            if (section.kind == CharterSection::Kind::Text && !section.body.has(language))
                missing(u"body"_s);
        }
    }
}

ComplianceRule rule(const QString &id, Severity severity, const QString &source,
                    const TwoLanguageText &title, std::function<void(const CheckContext &, FindingSink &)> check)
{
    return {id, severity, source, helpCnil, title, std::move(check)};
}

} // namespace

void ComplianceRules::addCharterRules(std::vector<ComplianceRule> &rules)
{
    rules.push_back(rule(u"charter.inventory-parity"_s, Severity::Error, sourceInformation,
                         two(u"Every declared cookie appears in the charter and nothing else does"_s,
                             u"Chaque cookie déclaré figure dans la charte, et rien d'autre"_s),
                         checkInventoryParity));
    rules.push_back(rule(u"charter.mandatory-mentions"_s, Severity::Error, sourceInformation,
                         two(u"The charter names the controller, purposes, how to accept, refuse and withdraw"_s,
                             u"La charte nomme le responsable, les finalités, comment accepter, refuser et retirer son choix"_s),
                         checkMandatoryMentions));
    rules.push_back(rule(u"charter.exempt-disclosed"_s, Severity::Warning, u"CNIL délibération 2020-091, art. 5"_s,
                         two(u"Exempt cookies are described too"_s, u"Les cookies exemptés sont aussi décrits"_s),
                         checkExemptDisclosed));
    rules.push_back(rule(u"charter.dated"_s, Severity::Warning, sourceInformation,
                         two(u"The charter is dated after the last inventory change"_s,
                             u"La charte est datée après le dernier changement d'inventaire"_s),
                         checkDated));
    rules.push_back(rule(u"charter.translated"_s, Severity::Warning, u"GDPR art. 12(1)"_s,
                         two(u"Every section exists in every language"_s,
                             u"Chaque section existe dans chaque langue"_s),
                         checkTranslated));
}
