// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
// Rules on the charter text (docs/compliance-rules.md, "Charter text"). The mandatory
// mentions are found by words, in French and English, in the sections of each
// language (docs/compliance.md lists the words): a heuristic that errs towards
// asking, since the person can suppress a finding with a justification.
#include "compliance/charterclaims.h"
#include "compliance/complianceconfig.h"
#include "compliance/compliancerules.h"
#include "document/cookiename.h"
#include "document/textfolding.h"

#include <QRegularExpression>

namespace {

const QString sourceInformation = QStringLiteral("GDPR art. 13; CNIL délibération 2020-091, art. 2 and 2020-092, art. 2");
const QString helpCnil = QStringLiteral("https://www.cnil.fr/fr/cookies-et-autres-traceurs/regles/cookies");

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
    static const QRegularExpression sentenceEnd(QStringLiteral("[.!?:;\\n]"));
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
    const QString manage = TextFolding::keywordText(context.policy.banner.manage.value(language));
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
            sink.add(FindingPlace::section(index, section.id, QStringLiteral("category")),
                     two(QStringLiteral("The cookie table shows category \"%1\", which does not exist. Choose an existing category."),
                         QStringLiteral("Le tableau de cookies affiche la catégorie «\u00a0%1\u00a0», qui n'existe pas. Choisissez une catégorie existante."))
                         .arg(section.categoryId));
    }
    if (!anyTable && !policy.cookies.isEmpty()) {
        sink.add(FindingPlace::document(QStringLiteral("charter")),
                 two(QStringLiteral("The charter has no cookie table, so the declared cookies are not listed. Add a cookie-table section."),
                     QStringLiteral("La charte n'a aucun tableau de cookies\u00a0: les cookies déclarés n'y figurent pas. Ajoutez une section tableau de cookies.")));
    } else if (anyTable) {
        QSet<QString> reported;
        for (qsizetype row = 0; row < policy.cookies.size(); ++row) {
            const Cookie &cookie = policy.cookies.at(row);
            if (context.charterShowsCategory(cookie.categoryId) || reported.contains(cookie.categoryId))
                continue;
            reported.insert(cookie.categoryId);
            sink.add(FindingPlace::cookie(row, cookie, QStringLiteral("category")),
                     two(QStringLiteral("No cookie table shows the category \"%1\", so its cookies are missing from the charter. Add a table for it or for all categories."),
                         QStringLiteral("Aucun tableau ne montre la catégorie «\u00a0%1\u00a0»\u00a0: ses cookies manquent dans la charte. Ajoutez un tableau pour elle ou pour toutes."))
                         .arg(cookie.categoryId));
        }
    }
    // Charte's banner stores the choice in its own cookie: it must be declared too.
    const QString &consentCookie = policy.banner.consentCookieName;
    if (context.needsBanner() && !consentCookie.isEmpty() &&
        std::none_of(policy.cookies.cbegin(), policy.cookies.cend(),
                     [&consentCookie](const Cookie &cookie) { return cookie.name == consentCookie; })) {
        sink.add(FindingPlace::banner(QStringLiteral("consentCookieName")),
                 two(QStringLiteral("The banner stores the choice in the cookie %1, which the inventory does not declare. Add it as an exempt necessary cookie."),
                     QStringLiteral("Le bandeau enregistre le choix dans le cookie %1, que l'inventaire ne déclare pas. Ajoutez-le comme cookie nécessaire exempté."))
                     .arg(consentCookie));
    }
}

void checkMandatoryMentions(const CheckContext &context, FindingSink &sink)
{
    const PolicyMeta &meta = context.policy.meta;
    if (meta.publisherName.trimmed().isEmpty())
        sink.add(FindingPlace::document(QStringLiteral("publisherName")),
                 two(QStringLiteral("The controller is not named. Give the publisher's name in the document's details."),
                     QStringLiteral("Le responsable du traitement n'est pas nommé. Indiquez l'éditeur dans les informations du document.")));
    if (meta.contactEmail.trimmed().isEmpty() && meta.publisherAddress.trimmed().isEmpty())
        sink.add(FindingPlace::document(QStringLiteral("contactEmail")),
                 two(QStringLiteral("There is no way to reach the controller. Give a contact e-mail (DPO) or an address."),
                     QStringLiteral("Aucun moyen de joindre le responsable du traitement. Indiquez un e-mail de contact (DPO) ou une adresse.")));
    for (const QString &language : meta.languages) {
        const QString text = context.charterTextByLanguage().value(language);
        const auto report = [&](const QString &field, const TwoLanguageText &message) {
            FindingPlace place = FindingPlace::document(field);
            place.language = language;
            sink.add(place, message.arg(language));
        };
        if (!mentionsPurposes(context, text))
            report(QStringLiteral("purposes"), two(QStringLiteral("The %1 charter does not say what the cookies are for. Add a cookie table or describe the purposes."),
                                      QStringLiteral("La charte (%1) ne dit pas à quoi servent les cookies. Ajoutez un tableau de cookies ou décrivez les finalités.")));
        if (!mentionsAcceptAndRefuse(text))
            report(QStringLiteral("acceptRefuse"), two(QStringLiteral("The %1 charter does not explain how to accept or refuse cookies. Add a sentence about it."),
                                          QStringLiteral("La charte (%1) n'explique pas comment accepter ou refuser les cookies. Ajoutez une phrase à ce sujet.")));
        if (!mentionsConsequences(text))
            report(QStringLiteral("consequences"), two(QStringLiteral("The %1 charter does not say what refusing changes. Say what still works after a refusal."),
                                          QStringLiteral("La charte (%1) ne dit pas ce qu'un refus change. Indiquez ce qui fonctionne encore après un refus.")));
        if (!mentionsWithdrawal(context, text, language))
            report(QStringLiteral("withdrawal"), two(QStringLiteral("The %1 charter does not say that consent can be withdrawn and how. Point to the \"manage cookies\" link."),
                                        QStringLiteral("La charte (%1) ne dit pas que le consentement peut être retiré ni comment. Indiquez le lien «\u00a0gérer mes cookies\u00a0».")));
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
            FindingPlace place = FindingPlace::cookie(row, cookie, QStringLiteral("purpose"));
            place.language = language;
            sink.add(place, two(QStringLiteral("The exempt cookie %1 has no %2 purpose, so the charter does not describe it. Describe it too."),
                                QStringLiteral("Le cookie exempté %1 n'a pas de finalité en %2\u00a0: la charte ne le décrit pas. Décrivez-le aussi."))
                                .arg(CookieName::display(cookie), language));
        }
    }
}

void checkDated(const CheckContext &context, FindingSink &sink)
{
    const Policy &policy = context.policy;
    if (!policy.meta.lastUpdated.isValid()) {
        sink.add(FindingPlace::document(QStringLiteral("lastUpdated")),
                 two(QStringLiteral("The charter has no last-updated date. Set it."),
                     QStringLiteral("La charte n'a pas de date de mise à jour. Indiquez-la.")));
        return;
    }
    const QString stamped = ComplianceConfig::fromPolicy(policy).inventoryDigest;
    if (!stamped.isEmpty() && stamped != ComplianceStamp::inventoryDigest(policy)) {
        sink.add(FindingPlace::document(QStringLiteral("lastUpdated")),
                 two(QStringLiteral("The cookie inventory changed after the last-updated date (%1). Update the date."),
                     QStringLiteral("L'inventaire des cookies a changé après la date de mise à jour (%1). Mettez la date à jour."))
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
                sink.add(place, two(QStringLiteral("The section \"%1\" has no %2 %3. Translate it."),
                                    QStringLiteral("La section «\u00a0%1\u00a0» n'a pas de %3 en %2. Traduisez-la."))
                                    .arg(section.id, language)
                                    .arg(field == QLatin1StringView("title") ? QStringLiteral("title") : QStringLiteral("text")));
            };
            if (!section.title.has(language))
                missing(QStringLiteral("title"));
            if (section.kind == CharterSection::Kind::Text && !section.body.has(language))
                missing(QStringLiteral("body"));
        }
    }
}

// The cookies that make a claim false, by row.
QList<qsizetype> cookiesAgainst(const CheckContext &context, CookieClaim claim)
{
    const Policy &policy = context.policy;
    QHash<QString, unsigned> categoryPurposes; // a category's purposes, from its id and names
    for (const Category &category : policy.categories) {
        QString words = category.id;
        for (const QString &language : category.name.languages())
            words += QLatin1Char(' ') + category.name.value(language);
        categoryPurposes.insert(category.id, CheckContext::classify(TextFolding::keywordText(words)));
    }
    QList<qsizetype> rows;
    for (qsizetype row = 0; row < policy.cookies.size(); ++row) {
        const Cookie &cookie = policy.cookies.at(row);
        const unsigned purposes = categoryPurposes.value(cookie.categoryId,
                                                         CheckContext::classify(TextFolding::keywordText(cookie.categoryId)));
        bool against = false;
        switch (claim) {
        case CookieClaim::OnlyExempt:
            against = cookie.basis != LegalBasis::Exempt;
            break;
        case CookieClaim::NoThirdParty:
            against = cookie.party == Party::Third;
            break;
        case CookieClaim::NoAdvertising:
            against = purposes & (CheckContext::Advertising | CheckContext::SocialMedia);
            break;
        case CookieClaim::NoAudienceMeasurement:
            against = purposes & (CheckContext::Audience | CheckContext::Tracking);
            break;
        }
        if (against)
            rows.append(row);
    }
    return rows;
}

TwoLanguageText claimWords(CookieClaim claim)
{
    switch (claim) {
    case CookieClaim::OnlyExempt:
        return two(QStringLiteral("only necessary cookies are used"), QStringLiteral("seuls des cookies nécessaires sont utilisés"));
    case CookieClaim::NoThirdParty:
        return two(QStringLiteral("no third-party cookie is used"), QStringLiteral("aucun cookie tiers n'est utilisé"));
    case CookieClaim::NoAdvertising:
        return two(QStringLiteral("no advertising cookie is used"), QStringLiteral("aucun cookie publicitaire n'est utilisé"));
    case CookieClaim::NoAudienceMeasurement:
        return two(QStringLiteral("no audience-measurement cookie is used"),
                   QStringLiteral("aucun cookie de mesure d'audience n'est utilisé"));
    }
    return {};
}

TwoLanguageText factWords(CookieClaim claim)
{
    switch (claim) {
    case CookieClaim::OnlyExempt:
        return two(QStringLiteral("need consent"), QStringLiteral("demandent un consentement"));
    case CookieClaim::NoThirdParty:
        return two(QStringLiteral("are third-party"), QStringLiteral("sont tiers"));
    case CookieClaim::NoAdvertising:
        return two(QStringLiteral("are in an advertising category"), QStringLiteral("sont dans une catégorie publicitaire"));
    case CookieClaim::NoAudienceMeasurement:
        return two(QStringLiteral("are in an audience-measurement category"),
                   QStringLiteral("sont dans une catégorie de mesure d'audience"));
    }
    return {};
}

// The texts visitors read — each charter section and the banner's description, in
// every language — must not promise less than the inventory declares.
void checkClaims(const CheckContext &context, FindingSink &sink)
{
    const Policy &policy = context.policy;
    QHash<int, QList<qsizetype>> against; // per claim, computed once
    const auto report = [&](FindingPlace place, const QString &language, const TwoLanguageText &where, const QString &text) {
        for (const CookieClaim claim : CharterClaims::find(text)) {
            if (!against.contains(int(claim)))
                against.insert(int(claim), cookiesAgainst(context, claim));
            const QList<qsizetype> &rows = against.value(int(claim));
            if (rows.isEmpty())
                continue;
            place.language = language;
            const TwoLanguageText said = claimWords(claim);
            const TwoLanguageText fact = factWords(claim);
            sink.add(place, TwoLanguageText{
                                QStringLiteral("%1 (%2) says %3, but %4 declared cookie(s) %5, e.g. %6. Correct the text or the inventory.")
                                    .arg(where.en, language, said.en)
                                    .arg(rows.size())
                                    .arg(fact.en, CookieName::display(policy.cookies.at(rows.first()))),
                                QStringLiteral("%1 (%2) affirme que %3, mais %4 cookie(s) déclaré(s) %5, par exemple %6. Corrigez le texte ou l'inventaire.")
                                    .arg(where.fr, language, said.fr)
                                    .arg(rows.size())
                                    .arg(fact.fr, CookieName::display(policy.cookies.at(rows.first())))});
        }
    };
    for (const QString &language : policy.meta.languages) {
        for (qsizetype index = 0; index < policy.charter.size(); ++index) {
            const CharterSection &section = policy.charter.at(index);
            const QString title = section.title.value(language);
            const QString name = title.isEmpty() ? section.id : title;
            report(FindingPlace::section(index, section.id, QStringLiteral("body")), language,
                   two(QStringLiteral("The section \"%1\"").arg(name), QStringLiteral("La section «\u00a0%1\u00a0»").arg(name)),
                   section.body.value(language));
        }
        report(FindingPlace::banner(QStringLiteral("description")), language,
               two(QStringLiteral("The banner's description"), QStringLiteral("La description du bandeau")),
               policy.banner.description.value(language));
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
    rules.push_back(rule(QStringLiteral("charter.inventory-parity"), Severity::Error, sourceInformation,
                         two(QStringLiteral("Every declared cookie appears in the charter and nothing else does"),
                             QStringLiteral("Chaque cookie déclaré figure dans la charte, et rien d'autre")),
                         checkInventoryParity));
    rules.push_back(rule(QStringLiteral("charter.mandatory-mentions"), Severity::Error, sourceInformation,
                         two(QStringLiteral("The charter names the controller, purposes, how to accept, refuse and withdraw"),
                             QStringLiteral("La charte nomme le responsable, les finalités, comment accepter, refuser et retirer son choix")),
                         checkMandatoryMentions));
    rules.push_back(rule(QStringLiteral("charter.exempt-disclosed"), Severity::Warning, QStringLiteral("CNIL délibération 2020-091, art. 5"),
                         two(QStringLiteral("Exempt cookies are described too"), QStringLiteral("Les cookies exemptés sont aussi décrits")),
                         checkExemptDisclosed));
    rules.push_back(rule(QStringLiteral("charter.dated"), Severity::Warning, sourceInformation,
                         two(QStringLiteral("The charter is dated after the last inventory change"),
                             QStringLiteral("La charte est datée après le dernier changement d'inventaire")),
                         checkDated));
    rules.push_back(rule(QStringLiteral("charter.claims-match-inventory"), Severity::Error,
                         QStringLiteral("GDPR art. 5(1)(a) and 12(1); CNIL délibération 2020-091, art. 2"),
                         two(QStringLiteral("What the charter and banner say about the cookies matches the inventory"),
                             QStringLiteral("Ce que la charte et le bandeau disent des cookies correspond à l'inventaire")),
                         checkClaims));
    rules.push_back(rule(QStringLiteral("charter.translated"), Severity::Warning, QStringLiteral("GDPR art. 12(1)"),
                         two(QStringLiteral("Every section exists in every language"),
                             QStringLiteral("Chaque section existe dans chaque langue")),
                         checkTranslated));
}
