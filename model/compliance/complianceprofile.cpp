// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "compliance/complianceprofile.h"

#include "document/lifetime.h"

#include <array>

namespace {

const std::array<ComplianceProfile, 2> &profiles()
{
    static const std::array<ComplianceProfile, 2> table = [] {
        ComplianceProfile fr;
        fr.id = QStringLiteral("fr");
        fr.name = {QStringLiteral("France (CNIL)"), QStringLiteral("France (CNIL)")};
        // Recommandation 2020-092, art. 31: keep the choice for six months.
        fr.consentLifetimeMaxDays = 183;
        // CNIL, exempt audience measurement: trackers 13 months, data 25 months.
        fr.audienceMaxLifetimeSeconds = 13 * Lifetime::Month;
        fr.audienceDataRetentionMaxSeconds = 25 * Lifetime::Month;
        fr.exemptMaxLifetimeSeconds = 13 * Lifetime::Month;
        fr.browserCapSeconds = 400 * Lifetime::Day;
        fr.minimumContrast = 4.5;
        // Conseil d'État, 19 June 2020, n° 434684: no general ban, judged case by case.
        fr.cookieWallSeverity = Severity::Warning;

        ComplianceProfile eu = fr;
        eu.id = QStringLiteral("eu");
        eu.name = {QStringLiteral("European Union (EDPB)"), QStringLiteral("Union européenne (CEPD)")};
        // No EU-wide figure; most authorities accept a year before asking again.
        eu.consentLifetimeMaxDays = 365;
        eu.exemptMaxLifetimeSeconds = Lifetime::Year;
        // EDPB Guidelines 05/2020 §39-41: access must not depend on consent.
        eu.cookieWallSeverity = Severity::Error;
        return std::array<ComplianceProfile, 2>{fr, eu};
    }();
    return table;
}

} // namespace

const ComplianceProfile &ComplianceProfile::defaultProfile()
{
    return profiles().front();
}

const ComplianceProfile *ComplianceProfile::find(const QString &id)
{
    for (const ComplianceProfile &profile : profiles()) {
        if (profile.id == id)
            return &profile;
    }
    return nullptr;
}

QStringList ComplianceProfile::ids()
{
    QStringList result;
    for (const ComplianceProfile &profile : profiles())
        result << profile.id;
    return result;
}
