// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include "compliance/finding.h"

#include <QStringList>

// The numbers the rules compare with, per regulator. They are settings, not literals
// in the rules, because CNIL and the EDPB differ and both revise their guidance.
struct ComplianceProfile
{
    QString id;          // "fr", "eu"
    TwoLanguageText name;
    // banner.consent-lifetime: how long a stored choice (consent or refusal) may be kept.
    qint64 consentLifetimeMaxDays = 0;
    // audience.max-lifetime: exempt audience-measurement cookies.
    qint64 audienceMaxLifetimeSeconds = 0;
    // audience.data-retention: data collected by exempt audience measurement.
    qint64 audienceDataRetentionMaxSeconds = 0;
    // cookie.exempt-duration: other exempt cookies (sign-in, load balancing, security…).
    qint64 exemptMaxLifetimeSeconds = 0;
    // cookie.lifetime-400-days: the cap browsers apply (RFC 6265bis).
    qint64 browserCapSeconds = 0;
    // banner.equal-prominence: WCAG 2.x AA for normal text.
    double minimumContrast = 4.5;
    // banner.cookie-wall: CNIL judges case by case since Conseil d'État 19 June 2020.
    Severity cookieWallSeverity = Severity::Error;

    static const ComplianceProfile &defaultProfile(); // "fr"
    static const ComplianceProfile *find(const QString &id);
    static QStringList ids();
};
