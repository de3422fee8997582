// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
// Measures the compliance checker on a large inventory and the known-cookie
// suggestion lookup, each beside a baseline measured in the same run. Prints
// figures; never fails on time. Run: build/tests/bench/bench_checker [OCD.csv]
#include "compliance/compliancechecker.h"
#include "compliance/compliancerules.h"
#include "compliance/knowncookies.h"
#include "format/templates.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTextStream>

#include <algorithm>
#include <ctime>
#include <functional>
#include <vector>

namespace {

double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

// Median of several runs, in milliseconds of this thread's CPU time: on a shared
// machine, wall-clock time mostly measures the other processes. The wall-clock
// median goes to *wall when given.
double medianMs(int runs, const std::function<void()> &work, double *wall = nullptr)
{
    std::vector<double> times;
    std::vector<double> walls;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        const double start = threadCpuMs();
        work();
        times.push_back(threadCpuMs() - start);
        walls.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    std::sort(walls.begin(), walls.end());
    if (wall)
        *wall = walls[walls.size() / 2];
    return times[times.size() / 2];
}

// The typical template's categories and providers with n cookies of every kind:
// consent and exempt, first and third party, some with problems.
Policy generate(int count)
{
    Policy policy = *Templates::load(QStringLiteral("typical"));
    const QList<Cookie> models = policy.cookies;
    policy.cookies.clear();
    policy.cookies.reserve(count);
    for (int i = 0; i < count; ++i) {
        Cookie cookie = models.at(i % models.size());
        cookie.name = cookie.name + QString::number(i);
        // Every purpose text distinct, so no work is shared between rows.
        const QString number = QString::number(i);
        for (const QString &language : cookie.purpose.languages())
            cookie.purpose.set(language, cookie.purpose.exact(language) + QStringLiteral(" #") + number);
        if (i % 97 == 0)
            cookie.purpose = {}; // a required field missing
        if (i % 101 == 0)
            cookie.lifetime = Lifetime::fromSeconds(500 * Lifetime::Day);
        policy.cookies.append(cookie);
    }
    return policy;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const int count = 100000;
    const Policy policy = generate(count);

    // Baseline: touch every cookie's fields once, what any pass over the rows costs.
    qsizetype sink = 0;
    const double baseline = medianMs(7, [&] {
        for (const Cookie &cookie : policy.cookies) {
            sink += cookie.name.size() + cookie.providerId.size() + cookie.categoryId.size() +
                    cookie.domain.size() + cookie.purpose.value(policy.meta.defaultLanguage).size() +
                    (cookie.lifetime ? 1 : 0) + int(cookie.basis);
        }
    });
    ComplianceReport report;
    double checkWall = 0;
    const double check = medianMs(7, [&] { report = ComplianceChecker::check(policy); }, &checkWall);
    out << "check " << count << " cookies: " << QString::number(check, 'f', 1) << " ms CPU (target <= 200 ms), "
        << QString::number(checkWall, 'f', 1) << " ms wall, " << report.findings.size() << " findings\n";
    // Where the time goes: the shared per-run facts, then each rule alone.
    if (qEnvironmentVariableIsSet("CHARTE_BENCH_RULES")) {
        const double context = medianMs(3, [&] { CheckContext c(policy, ComplianceProfile::defaultProfile(), nullptr); });
        out << "  context: " << QString::number(context, 'f', 1) << " ms\n";
        const CheckContext shared(policy, ComplianceProfile::defaultProfile(), nullptr);
        struct Discard : FindingSink
        {
            void add(const FindingPlace &, const TwoLanguageText &, std::optional<Severity>) override {}
        } discard;
        for (const ComplianceRule &rule : ComplianceRules::all()) {
            const double ms = medianMs(3, [&] { rule.check(shared, discard); });
            out << "  " << rule.id << ": " << QString::number(ms, 'f', 1) << " ms\n";
        }
    }
    out << "baseline, read every cookie's fields once: " << QString::number(baseline, 'f', 2) << " ms; ratio "
        << QString::number(check / baseline, 'f', 1) << "x\n";

    QString path = argc > 1 ? QString::fromLocal8Bit(argv[1])
                            : QStringLiteral(CHARTE_SOURCE_DIR "/../shared/data/open-cookie-database.csv");
    if (!QFileInfo::exists(path))
        path = QStringLiteral(CHARTE_SOURCE_DIR "/../../shared/data/open-cookie-database.csv");
    const Expected<KnownCookies> database = KnownCookies::withFile(path);
    if (!database) {
        out << "suggestions: " << database.error() << '\n';
        return 1;
    }
    // What a person types, letter by letter, for a few real names.
    QStringList typed;
    for (const QString &name : {QStringLiteral("_ga_4XYZ"), QStringLiteral("_hjSessionUser_1"), QStringLiteral("VISITOR_INFO1_LIVE"), QStringLiteral("sessionid"),
                                QStringLiteral("OptanonConsent"), QStringLiteral("zz_unknown")}) {
        for (qsizetype n = 1; n <= name.size(); ++n)
            typed << name.left(n);
    }
    const int rounds = 200;
    qsizetype found = 0;
    const double suggest = medianMs(5, [&] {
        for (int r = 0; r < rounds; ++r) {
            for (const QString &prefix : typed)
                found += database->suggest(prefix, 10).size();
        }
    }) / double(rounds * typed.size());
    // Baseline: a linear scan of every entry for names starting with the text.
    const double scan = medianMs(5, [&] {
        for (const QString &prefix : typed) {
            int hits = 0;
            for (qsizetype i = 0; i < database->size() && hits < 10; ++i) {
                if (database->at(i).name.startsWith(prefix, Qt::CaseInsensitive))
                    ++hits;
            }
            found += hits;
        }
    }) / double(typed.size());
    out << "suggest over " << database->size() << " known cookies: " << QString::number(suggest * 1000.0, 'f', 2)
        << " us CPU per lookup (target <= 1 ms)\n";
    out << "baseline, linear scan: " << QString::number(scan * 1000.0, 'f', 2) << " us per lookup; ratio "
        << QString::number(scan / suggest, 'f', 1) << "x faster\n";
    out << "(checksums " << sink << ' ' << found << ")\n";
    return 0;
}
