// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "import/evidencepolicy.h"

#include "import/importeddocument.h"

#include <QCoreApplication>
#include <QUrl>

Policy EvidencePolicy::fromReport(const ScanReport &report, const QString &language,
                                  QStringList *warnings)
{
    Policy policy = ImportedDocument::create(language);
    const QUrl start(report.startUrl);
    if (start.scheme().startsWith(QLatin1StringView("http")))
        policy.meta.siteUrl =
            start.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment).toString();
    int unknownLifetimes = 0;
    for (const ObservedCookie &observed : report.cookies) {
        Cookie cookie;
        cookie.name = observed.name;
        cookie.domain = observed.domain;
        cookie.path = observed.path == QLatin1StringView("/") ? QString() : observed.path;
        cookie.secure = observed.secure;
        cookie.party = observed.party;
        if (observed.lifetimeKnown)
            cookie.lifetime = observed.lifetimeSeconds ? Lifetime::fromSeconds(*observed.lifetimeSeconds)
                                                       : Lifetime::session();
        else
            ++unknownLifetimes;
        // Two observations of one name under one domain (different paths) are one row.
        const bool seen = std::any_of(policy.cookies.cbegin(), policy.cookies.cend(), [&](const Cookie &other) {
            return other.name == cookie.name && other.domain == cookie.domain;
        });
        if (!seen)
            policy.cookies << cookie;
    }
    if (warnings && unknownLifetimes > 0)
        *warnings << QCoreApplication::translate(
                         "EvidencePolicy",
                         "%n cookie(s) were only seen in requests: the evidence does not say how "
                         "long they live",
                         nullptr, unknownLifetimes);
    ImportedDocument::ensureCookieTable(policy);
    return policy;
}
