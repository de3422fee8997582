// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include "compliance/complianceprofile.h"
#include "compliance/finding.h"
#include "document/policy.h"

#include <QHash>
#include <QSet>

#include <functional>
#include <vector>

class KnownCookies;

// The last published revision as the publish rule needs it: its number and date, and
// the changes made since then that require visitors to be asked again. Filled by
// publishing/ (Publishing::baseline), so that compliance/ does not read archives.
struct PublishedBaseline
{
    int revision = 0;
    QDate date;
    QList<TwoLanguageText> consentChanges; // "added cookie _ga (statistics, 13 months)"
};

// What every rule may read: the document, the profile and facts computed once per
// run (so that 100,000 cookies are folded and classified once, not once per rule).
class CheckContext
{
public:
    CheckContext(const Policy &policy, const ComplianceProfile &profile,
                 const KnownCookies *knownCookies);

    const Policy &policy;
    const ComplianceProfile &profile;
    const KnownCookies *knownCookies; // may be null: the built-in list is used
    const PublishedBaseline *published = nullptr; // null: never published, or not known

    // Why an exempt cookie is exempt, from its explicit "exemptPurpose" member or
    // from the words of its purpose and service in every language (see docs/compliance.md).
    enum Purpose : unsigned {
        ConsentStorage = 1u << 0,
        Authentication = 1u << 1,
        ShoppingCart = 1u << 2,
        Interface = 1u << 3, // expected interface personalisation, e.g. language
        LoadBalancing = 1u << 4,
        Security = 1u << 5,
        Paywall = 1u << 6,
        Audience = 1u << 7,
        // Purposes that are never exempt.
        Advertising = 1u << 8,
        SocialMedia = 1u << 9,
        Tracking = 1u << 10,
    };
    static constexpr unsigned ExemptPurposes = ConsentStorage | Authentication | ShoppingCart |
                                               Interface | LoadBalancing | Security | Paywall |
                                               Audience;
    static constexpr unsigned NonExemptPurposes = Advertising | SocialMedia | Tracking;

    // Purposes of cookie `row`; computed for exempt cookies only (0 for others).
    unsigned purposes(qsizetype row) const { return m_purposes.at(std::size_t(row)); }
    // The category of cookie `row`, or null when its id is unknown.
    const Category *category(qsizetype row) const { return m_categories.at(std::size_t(row)); }
    // Number of cookies per category id.
    qsizetype cookieCount(const QString &categoryId) const { return m_cookiesPerCategory.value(categoryId); }
    // True when a cookie-table section shows every category, or one shows categoryId.
    bool charterShowsCategory(const QString &categoryId) const;
    bool hasAllCategoriesTable() const { return m_allCategoriesTable; }
    // True when some cookie is not exempt from consent, so a banner must ask.
    bool needsBanner() const { return m_needsBanner; }
    // Text of every text section, per language, folded by TextFolding::keywordText.
    const QHash<QString, QString> &charterTextByLanguage() const { return m_charterText; }

    // The purposes whose words a text folded by TextFolding::keywordText contains.
    static unsigned classify(const QString &foldedText);

private:
    std::vector<unsigned> m_purposes;
    std::vector<const Category *> m_categories;
    QHash<QString, qsizetype> m_cookiesPerCategory;
    QSet<QString> m_tableCategories;
    bool m_allCategoriesTable = false;
    bool m_needsBanner = false;
    QHash<QString, QString> m_charterText;
};

// Collects a rule's findings; the checker fills in the rule id, default severity
// and source.
class FindingSink
{
public:
    virtual ~FindingSink() = default;
    virtual void add(const FindingPlace &place, const TwoLanguageText &message,
                     std::optional<Severity> severity = std::nullopt) = 0;
};

// One rule of docs/compliance-rules.md.
struct ComplianceRule
{
    QString id;
    Severity severity; // default; a rule may report a different one for one finding
    QString source;
    QString helpUri;
    TwoLanguageText title; // short description, for SARIF and the issues panel
    std::function<void(const CheckContext &, FindingSink &)> check;
};

namespace ComplianceRules {
// Every rule, in the order of docs/compliance-rules.md (tst_compliancerulesdoc).
const std::vector<ComplianceRule> &all();
const ComplianceRule *find(const QString &id);

// Registration per group (one file each).
void addCookieRules(std::vector<ComplianceRule> &rules);
void addCategoryRules(std::vector<ComplianceRule> &rules);
void addBannerRules(std::vector<ComplianceRule> &rules);
void addCharterRules(std::vector<ComplianceRule> &rules);
void addPublishRules(std::vector<ComplianceRule> &rules);

// WCAG 2.x contrast ratio of two opaque colours (1 to 21). Private to the checker;
// the banner preview has its own in model/contrast.h.
} // namespace ComplianceRules
