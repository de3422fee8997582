#include "compliancerules.h"

#include <QColor>
#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

struct PurposeWords
{
    unsigned purpose;
    std::vector<const char *> words; // folded: lower case, no accents
};

// Heuristic vocabulary in English and French (README-checker.md lists it). Words
// are matched as substrings of the folded purpose and service texts.
const std::array<PurposeWords, 11> &vocabulary()
{
    static const std::array<PurposeWords, 11> table{{
        {CheckContext::ConsentStorage,
         {"consent", "cookie choice", "cookie preference", "choix du visiteur sur les cookies",
          "choix sur les cookies", "preferences en matiere de cookies", "consentement"}},
        {CheckContext::Authentication,
         {"authenti", "sign-in", "signed-in", "sign in", "signed in", "log in", "login",
          "logged", "connexion", "connecte", "session"}},
        {CheckContext::ShoppingCart, {"shopping cart", "cart", "basket", "panier"}},
        {CheckContext::Interface,
         {"language", "langue", "interface", "display", "affichage", "accessibilit", "font size",
          "taille de police", "dark mode", "mode sombre"}},
        {CheckContext::LoadBalancing,
         {"load balanc", "load-balanc", "repartition de charge", "equilibrage de charge",
          "routage", "sticky"}},
        {CheckContext::Security,
         {"security", "securit", "csrf", "xsrf", "fraud", "protect", "proteg", "captcha",
          "bot detection", "detection des robots"}},
        {CheckContext::Paywall, {"paywall", "metered", "articles gratuits", "free articles"}},
        {CheckContext::Audience,
         {"audience", "statistic", "statistique", "analytics", "frequentation", "measure",
          "mesure", "page views", "pages vues"}},
        {CheckContext::Advertising,
         {"advertis", "publicit", "retarget", "remarketing", "ciblage", "targeted", "ciblee",
          "marketing", "ad personalisation", "ad personalization"}},
        {CheckContext::SocialMedia,
         {"social network", "social media", "reseaux sociaux", "reseau social", "share button",
          "bouton de partage"}},
        {CheckContext::Tracking,
         {"track", "profiling", "profilage", "cross-site tracking", "suivre votre navigation",
          "suivi de votre navigation", "suivi publicitaire", "fingerprint"}},
    }};
    return table;
}

// Explicit purposes ("exemptPurpose" member of a cookie) win over the words.
unsigned explicitPurpose(const QString &key)
{
    static const std::array<std::pair<const char *, unsigned>, 8> keys{{
        {"consent", CheckContext::ConsentStorage},
        {"authentication", CheckContext::Authentication},
        {"cart", CheckContext::ShoppingCart},
        {"interface", CheckContext::Interface},
        {"load-balancing", CheckContext::LoadBalancing},
        {"security", CheckContext::Security},
        {"paywall", CheckContext::Paywall},
        {"audience", CheckContext::Audience},
    }};
    for (const auto &[name, purpose] : keys) {
        if (key == QLatin1StringView(name))
            return purpose;
    }
    return 0;
}

bool looksLikeAdvertisingCategory(const QString &categoryId)
{
    const QString id = categoryId.toLower();
    return id.contains("marketing"_L1) || id.contains("advert"_L1) || id.contains("publicit"_L1) ||
           id == "ads"_L1;
}

double channel(int value)
{
    const double c = value / 255.0;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &color)
{
    const QColor rgb = color.toRgb();
    return 0.2126 * channel(rgb.red()) + 0.7152 * channel(rgb.green()) +
           0.0722 * channel(rgb.blue());
}

} // namespace

QString CheckContext::fold(const QString &text)
{
    // Most inventories are plain ASCII: lower case is all the folding they need, and
    // Unicode normalisation is by far the dearest step for 100,000 cookies.
    const bool ascii = std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
    if (ascii)
        return text.toLower();
    QString folded = text.normalized(QString::NormalizationForm_D).toLower();
    folded.removeIf([](QChar c) { return c.category() == QChar::Mark_NonSpacing; });
    // Typographic apostrophes and non-breaking spaces as plain ones, so "l’utilisateur"
    // and "l'utilisateur" read the same.
    folded.replace(QChar(0x2019), QLatin1Char('\''));
    folded.replace(QChar(0x00a0), QLatin1Char(' '));
    folded.replace(QChar(0x202f), QLatin1Char(' '));
    return folded;
}

unsigned CheckContext::classify(const QString &foldedText)
{
    // One pass of one compiled alternation over the text instead of a search per
    // word; the word found says the purpose.
    struct Matcher
    {
        QRegularExpression expression;
        QHash<QString, unsigned> purposeOf;
    };
    static const Matcher matcher = [] {
        Matcher m;
        QStringList alternatives;
        for (const PurposeWords &entry : vocabulary()) {
            for (const char *word : entry.words) {
                const QString text = QString::fromLatin1(word);
                m.purposeOf[text] |= entry.purpose;
                alternatives << QRegularExpression::escape(text);
            }
        }
        // Longest first, so "cross-site tracking" wins over "track" at the same place.
        std::stable_sort(alternatives.begin(), alternatives.end(),
                         [](const QString &a, const QString &b) { return a.size() > b.size(); });
        m.expression.setPattern(alternatives.join(QLatin1Char('|')));
        m.expression.optimize();
        return m;
    }();
    unsigned result = 0;
    QRegularExpressionMatchIterator it = matcher.expression.globalMatch(foldedText);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        result |= matcher.purposeOf.value(match.captured(0));
    }
    return result;
}

CheckContext::CheckContext(const Policy &policy_, const ComplianceProfile &profile_,
                           const KnownCookies *knownCookies_)
    : policy(policy_), profile(profile_), knownCookies(knownCookies_)
{
    const qsizetype count = policy.cookies.size();
    m_purposes.assign(std::size_t(count), 0u);
    for (qsizetype row = 0; row < count; ++row) {
        const Cookie &cookie = policy.cookies.at(row);
        ++m_cookiesPerCategory[cookie.categoryId];
        if (cookie.basis != LegalBasis::Exempt)
            continue;
        unsigned purposes = 0;
        const QString declared = cookie.extra.value("exemptPurpose"_L1).toString();
        if (!declared.isEmpty())
            purposes = explicitPurpose(declared);
        QString words;
        for (const QString &text : cookie.purpose.texts())
            words += text + QLatin1Char('\n');
        for (const QString &text : cookie.service.texts())
            words += text + QLatin1Char('\n');
        const unsigned found = classify(fold(words));
        // Declared purposes replace the exempt words; the non-exempt words always count.
        purposes |= declared.isEmpty() ? found : (found & NonExemptPurposes);
        if (!cookie.name.isEmpty() && cookie.name == policy.banner.consentCookieName)
            purposes |= ConsentStorage;
        if (looksLikeAdvertisingCategory(cookie.categoryId))
            purposes |= Advertising;
        m_purposes[std::size_t(row)] = purposes;
    }
    for (const CharterSection &section : policy.charter) {
        if (section.kind == CharterSection::Kind::CookieTable) {
            if (section.categoryId.isEmpty())
                m_allCategoriesTable = true;
            else
                m_tableCategories.insert(section.categoryId);
        }
        for (const QString &language : policy.meta.languages) {
            QString &text = m_charterText[language];
            text += fold(section.title.exact(language)) + QLatin1Char('\n') +
                    fold(section.body.exact(language)) + QStringLiteral("\n\n");
        }
    }
}

bool CheckContext::charterShowsCategory(const QString &categoryId) const
{
    return m_allCategoriesTable || m_tableCategories.contains(categoryId);
}

double ComplianceRules::contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

const std::vector<ComplianceRule> &ComplianceRules::all()
{
    static const std::vector<ComplianceRule> rules = [] {
        std::vector<ComplianceRule> list;
        addCookieRules(list);
        addCategoryRules(list);
        addBannerRules(list);
        addCharterRules(list);
        return list;
    }();
    return rules;
}

const ComplianceRule *ComplianceRules::find(const QString &id)
{
    for (const ComplianceRule &rule : all()) {
        if (rule.id == id)
            return &rule;
    }
    return nullptr;
}
