// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "compliance/compliancerules.h"

#include "document/textfolding.h"

#include <QColor>

#include <algorithm>
#include <array>
#include <cmath>

namespace {

struct PurposeWords
{
    unsigned purpose;
    std::vector<const char *> words; // folded: lower case, no accents
};

// Heuristic vocabulary in English and French (docs/compliance.md lists it). Words
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
    return id.contains(QLatin1StringView("marketing")) || id.contains(QLatin1StringView("advert")) || id.contains(QLatin1StringView("publicit")) ||
           id == QLatin1StringView("ads");
}

// Finds every vocabulary word in one pass over a text (Aho-Corasick over ASCII,
// built once): no copy of the text, no allocation per cookie.
class PurposeAutomaton
{
public:
    PurposeAutomaton()
    {
        m_next.push_back({});
        m_output.push_back(0);
        m_next[0].fill(-1);
        for (const PurposeWords &entry : vocabulary()) {
            for (const char *word : entry.words) {
                int node = 0;
                for (const char *c = word; *c; ++c) {
                    const auto symbol = std::size_t(static_cast<unsigned char>(*c) & 0x7f);
                    if (m_next[std::size_t(node)][symbol] < 0) {
                        m_next[std::size_t(node)][symbol] = int(m_next.size());
                        m_next.push_back({});
                        m_next.back().fill(-1);
                        m_output.push_back(0);
                    }
                    node = m_next[std::size_t(node)][symbol];
                }
                m_output[std::size_t(node)] |= entry.purpose;
            }
        }
        // Breadth first: failure links, inherited outputs, and the missing
        // transitions filled in so stepping never backtracks.
        std::vector<int> fail(m_next.size(), 0);
        std::vector<int> queue;
        for (int &child : m_next[0]) {
            if (child < 0)
                child = 0;
            else
                queue.push_back(child);
        }
        for (std::size_t head = 0; head < queue.size(); ++head) {
            const int node = queue[head];
            m_output[std::size_t(node)] |= m_output[std::size_t(fail[std::size_t(node)])];
            for (std::size_t symbol = 0; symbol < 128; ++symbol) {
                int &child = m_next[std::size_t(node)][symbol];
                const int viaFailure = m_next[std::size_t(fail[std::size_t(node)])][symbol];
                if (child < 0) {
                    child = viaFailure;
                } else {
                    fail[std::size_t(child)] = viaFailure;
                    queue.push_back(child);
                }
            }
        }
    }

    // Feeds one folded character; a character outside ASCII is in no word.
    void step(int &state, unsigned &found, char16_t c) const
    {
        state = c < 128 ? m_next[std::size_t(state)][c] : 0;
        found |= m_output[std::size_t(state)];
    }

private:
    std::vector<std::array<int, 128>> m_next;
    std::vector<unsigned> m_output;
};

const PurposeAutomaton &purposeAutomaton()
{
    static const PurposeAutomaton automaton;
    return automaton;
}

} // namespace

unsigned CheckContext::classify(const QString &foldedText)
{
    const PurposeAutomaton &automaton = purposeAutomaton();
    int state = 0;
    unsigned found = 0;
    for (const QChar c : foldedText)
        automaton.step(state, found, c.unicode());
    return found;
}

CheckContext::CheckContext(const Policy &policy_, const ComplianceProfile &profile_,
                           const KnownCookies *knownCookies_)
    : policy(policy_), profile(profile_), knownCookies(knownCookies_)
{
    const qsizetype count = policy.cookies.size();
    m_purposes.assign(std::size_t(count), 0u);
    m_categories.assign(std::size_t(count), nullptr);
    // A handful of categories: comparing ids beats hashing each row's id.
    std::vector<qsizetype> perCategory(std::size_t(policy.categories.size()), 0);
    const PurposeAutomaton &automaton = purposeAutomaton();
    const TextFolding::KeywordFolding fold;
    for (qsizetype row = 0; row < count; ++row) {
        const Cookie &cookie = policy.cookies.at(row);
        const auto category = std::find_if(policy.categories.cbegin(), policy.categories.cend(),
                                        [&cookie](const Category &c) { return c.id == cookie.categoryId; });
        if (category != policy.categories.cend()) {
            ++perCategory[std::size_t(category - policy.categories.cbegin())];
            m_categories[std::size_t(row)] = &*category;
        } else {
            ++m_cookiesPerCategory[cookie.categoryId];
        }
        if (cookie.basis != LegalBasis::Exempt) {
            m_needsBanner = true;
            continue;
        }
        unsigned purposes = 0;
        const QString declared = cookie.extra.value(QLatin1StringView("exemptPurpose")).toString();
        if (!declared.isEmpty())
            purposes = explicitPurpose(declared);
        unsigned found = 0;
        for (const LocalizedText *localized : {&cookie.purpose, &cookie.service}) {
            for (const QString &text : localized->texts()) {
                int state = 0; // each text on its own: no word spans two
                for (const QChar c : text)
                    automaton.step(state, found, fold(c.unicode()));
            }
        }
        // Declared purposes replace the exempt words; the non-exempt words always count.
        purposes |= declared.isEmpty() ? found : (found & NonExemptPurposes);
        if (!cookie.name.isEmpty() && cookie.name == policy.banner.consentCookieName)
            purposes |= ConsentStorage;
        if (looksLikeAdvertisingCategory(cookie.categoryId))
            purposes |= Advertising;
        m_purposes[std::size_t(row)] = purposes;
    }
    for (qsizetype i = 0; i < policy.categories.size(); ++i)
        m_cookiesPerCategory[policy.categories.at(i).id] += perCategory[std::size_t(i)];
    for (const CharterSection &section : policy.charter) {
        if (section.kind == CharterSection::Kind::CookieTable) {
            if (section.categoryId.isEmpty())
                m_allCategoriesTable = true;
            else
                m_tableCategories.insert(section.categoryId);
        }
        for (const QString &language : policy.meta.languages) {
            QString &text = m_charterText[language];
            text += TextFolding::keywordText(section.title.exact(language)) + QLatin1Char('\n') +
                    TextFolding::keywordText(section.body.exact(language)) + QStringLiteral("\n\n");
        }
    }
}

bool CheckContext::charterShowsCategory(const QString &categoryId) const
{
    return m_allCategoriesTable || m_tableCategories.contains(categoryId);
}

const std::vector<ComplianceRule> &ComplianceRules::all()
{
    static const std::vector<ComplianceRule> rules = [] {
        std::vector<ComplianceRule> list;
        addCookieRules(list);
        addCategoryRules(list);
        addBannerRules(list);
        addCharterRules(list);
        addPublishRules(list);
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
