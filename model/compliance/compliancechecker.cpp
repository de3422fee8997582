// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "compliance/compliancechecker.h"

#include "compliance/compliancerules.h"
#include "compliance/knowncookies.h"

#include <algorithm>

namespace {

class Collector : public FindingSink
{
public:
    explicit Collector(FindingList &findings) : m_findings(findings) {}

    void setRule(const ComplianceRule *rule) { m_rule = rule; }

    void add(const FindingPlace &place, const TwoLanguageText &message,
             std::optional<Severity> severity) override
    {
        Finding finding;
        finding.rule = m_rule->id;
        finding.severity = severity.value_or(m_rule->severity);
        finding.message = message;
        finding.place = place;
        finding.source = m_rule->source;
        m_findings.append(std::move(finding));
    }

private:
    FindingList &m_findings;
    const ComplianceRule *m_rule = nullptr;
};

} // namespace

int ComplianceReport::count(Severity severity) const
{
    return int(std::count_if(findings.cbegin(), findings.cend(),
                             [severity](const Finding &finding) { return finding.severity == severity; }));
}

QSet<qsizetype> ComplianceReport::cookieRowsWithFindings() const
{
    QSet<qsizetype> rows;
    for (const Finding &finding : findings) {
        if (finding.place.kind == FindingPlace::Kind::Cookie && finding.place.index >= 0)
            rows.insert(finding.place.index);
    }
    return rows;
}

QHash<qsizetype, Severity> ComplianceReport::worstSeverityPerCookieRow() const
{
    QHash<qsizetype, Severity> worst;
    for (const Finding &finding : findings) {
        if (finding.place.kind != FindingPlace::Kind::Cookie || finding.place.index < 0)
            continue;
        const auto it = worst.find(finding.place.index);
        // Severity is ordered Error < Warning < Info: smaller is worse.
        if (it == worst.end())
            worst.insert(finding.place.index, finding.severity);
        else if (int(finding.severity) < int(it.value()))
            it.value() = finding.severity;
    }
    return worst;
}

ComplianceReport ComplianceChecker::check(const Policy &policy, const CheckOptions &options)
{
    const ComplianceConfig config = ComplianceConfig::fromPolicy(policy);
    ComplianceReport report;
    const QString profileId = !options.profile.isEmpty() ? options.profile : config.profile;
    const ComplianceProfile *profile = ComplianceProfile::find(profileId);
    if (!profile)
        profile = &ComplianceProfile::defaultProfile();
    report.profile = profile->id;
    for (const QString &id : config.disabledRules) {
        if (ComplianceRules::find(id))
            report.disabledRules << id;
        else
            report.unknownDisabledRules << id;
    }

    for (const Suppression &suppression : config.suppressions) {
        if (suppression.justification.trimmed().isEmpty())
            report.unjustifiedSuppressions << suppression;
    }

    CheckContext context(policy, *profile, options.knownCookies);
    context.published = options.published;
    FindingList all;
    Collector collector(all);
    for (const ComplianceRule &rule : ComplianceRules::all()) {
        if (report.disabledRules.contains(rule.id))
            continue;
        collector.setRule(&rule);
        rule.check(context, collector);
    }
    // Stable: within a severity, findings keep rule order then document order.
    std::stable_sort(all.begin(), all.end(), [](const Finding &a, const Finding &b) {
        return int(a.severity) < int(b.severity);
    });
    for (Finding &finding : all) {
        const auto suppression = std::find_if(config.suppressions.cbegin(), config.suppressions.cend(),
                                              [&finding](const Suppression &s) { return s.matches(finding); });
        if (suppression == config.suppressions.cend()) {
            report.findings.append(std::move(finding));
        } else {
            finding.suppressed = true;
            finding.justification = suppression->justification;
            report.suppressed.append(std::move(finding));
        }
    }
    return report;
}
