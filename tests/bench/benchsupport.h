#pragma once

#include "policy.h"

#include <QElapsedTimer>
#include <QRandomGenerator>

#include <algorithm>
#include <functional>
#include <vector>

// Shared by the benchmarks: a generator of large, realistic documents (seeded, so
// every run measures the same input) and a median-of-N timer.
namespace Bench {

inline Policy generatePolicy(int cookieCount, quint32 seed = 20261129)
{
    QRandomGenerator random(seed);
    Policy policy;
    policy.meta.siteName = QStringLiteral("Benchmark site");
    policy.meta.siteUrl = QStringLiteral("https://bench.example");
    policy.meta.languages = {QStringLiteral("fr"), QStringLiteral("en")};
    policy.meta.lastUpdated = QDate(2026, 11, 29);
    const QStringList categoryIds = {QStringLiteral("necessary"), QStringLiteral("functional"),
                                     QStringLiteral("statistics"), QStringLiteral("marketing")};
    for (const QString &id : categoryIds) {
        Category category;
        category.id = id;
        category.name.set(QStringLiteral("fr"), QStringLiteral("Cookies ") + id);
        category.name.set(QStringLiteral("en"), id + QStringLiteral(" cookies"));
        category.required = id == QLatin1String("necessary");
        policy.categories.append(category);
    }
    for (int i = 0; i < 200; ++i) {
        Provider provider;
        provider.id = QStringLiteral("provider-%1").arg(i);
        provider.name = QStringLiteral("Provider %1 SAS").arg(i);
        provider.privacyPolicyUrl = QStringLiteral("https://provider%1.example/privacy").arg(i);
        provider.country = i % 5 == 0 ? QStringLiteral("US") : QStringLiteral("FR");
        policy.providers.append(provider);
    }
    CharterSection table;
    table.id = QStringLiteral("cookies");
    table.kind = CharterSection::Kind::CookieTable;
    table.title.set(QStringLiteral("fr"), QStringLiteral("Les cookies"));
    policy.charter.append(table);

    static const QStringList words = {
        QStringLiteral("mesurer"), QStringLiteral("l'audience"), QStringLiteral("du"),
        QStringLiteral("site"),    QStringLiteral("retenir"),    QStringLiteral("vos"),
        QStringLiteral("choix"),   QStringLiteral("afficher"),   QStringLiteral("des"),
        QStringLiteral("vidéos"),  QStringLiteral("sécuriser"),  QStringLiteral("la"),
        QStringLiteral("session"), QStringLiteral("publicité"),  QStringLiteral("ciblée")};
    const qint64 lifetimes[] = {0, 1800, 86400, 14 * 86400, 182 * 86400, 390 * 86400, 730 * 86400};
    policy.cookies.reserve(cookieCount);
    for (int i = 0; i < cookieCount; ++i) {
        Cookie cookie;
        cookie.name = QStringLiteral("ck_%1_%2").arg(random.bounded(100000)).arg(i);
        cookie.providerId = QStringLiteral("provider-%1").arg(random.bounded(200));
        QString purpose;
        for (int w = 0, n = 6 + int(random.bounded(10)); w < n; ++w)
            purpose += words.at(int(random.bounded(qsizetype(words.size())))) + QLatin1Char(' ');
        cookie.purpose.set(QStringLiteral("fr"), purpose.trimmed());
        cookie.purpose.set(QStringLiteral("en"), QStringLiteral("Purpose number %1").arg(i));
        cookie.service.set(QStringLiteral("fr"), QStringLiteral("Service %1").arg(random.bounded(50)));
        cookie.categoryId = categoryIds.at(int(random.bounded(4)));
        const qint64 seconds = lifetimes[random.bounded(7)];
        cookie.lifetime = seconds == 0 ? Lifetime::session() : Lifetime::fromSeconds(seconds);
        cookie.domain = QStringLiteral("www.bench.example");
        cookie.party = random.bounded(3) == 0 ? Party::Third : Party::First;
        cookie.basis = cookie.categoryId == QLatin1String("necessary") ? LegalBasis::Exempt
                                                                        : LegalBasis::Consent;
        policy.cookies.append(std::move(cookie));
    }
    return policy;
}

// Median wall time of `runs` calls, in milliseconds.
inline double medianMs(int runs, const std::function<void()> &work)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

} // namespace Bench
