// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
// `charte diff` of two 100,000-cookie documents that differ in 1,000 cookies (400
// lifetimes lengthened, 300 removed, 300 added; the second inventory also in another
// order), beside the baseline of loading both documents, measured in the same run.
// The target (issue 15): the whole diff, loading included, within 2x the loading.
// Prints figures; never fails on time. Run: build/tests/bench/bench_diff [COOKIES] [RUNS]
#include "benchsupport.h"
#include "format/policyreader.h"
#include "format/policywriter.h"
#include "policygenerator.h"
#include "publishing/diffreport.h"
#include "publishing/policydiff.h"

#include <QCoreApplication>
#include <QTextStream>

#include <random>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    const int count = arguments.size() > 1 ? arguments.at(1).toInt() : 100000;
    const int runs = arguments.size() > 2 ? arguments.at(2).toInt() : 5;
    QTextStream out(stdout);

    const Policy before = PolicyGenerator::generate(count);
    Policy after = before;
    const int changed = count / 100;
    // Spread over the inventory: every 100th cookie, in three kinds of change.
    QList<Cookie> added;
    QList<qsizetype> removed;
    for (int i = 0; i < changed; ++i) {
        const qsizetype row = qsizetype(i) * 100 + 50;
        Cookie &cookie = after.cookies[row];
        if (i % 10 < 4) {
            const qint64 seconds = cookie.lifetime ? cookie.lifetime->seconds() : 0;
            cookie.lifetime = Lifetime::fromSeconds(seconds + 30 * Lifetime::Day);
        } else if (i % 10 < 7) {
            removed << row;
        } else {
            Cookie fresh = cookie;
            fresh.name = QStringLiteral("_new_tracker_%1").arg(i);
            added << fresh;
        }
    }
    for (auto it = removed.crbegin(); it != removed.crend(); ++it)
        after.cookies.removeAt(*it);
    after.cookies.append(added);
    std::mt19937 random(7);
    std::shuffle(after.cookies.begin(), after.cookies.end(), random);

    const QByteArray oldBytes = PolicyWriter::toJson(before);
    const QByteArray newBytes = PolicyWriter::toJson(after);
    out << "documents: " << count << " cookies, " << (oldBytes.size() >> 20) << " MiB and "
        << (newBytes.size() >> 20) << " MiB; " << changed << " cookies differ; median of " << runs
        << " runs (process CPU ms)\n";

    // The reader wants room for simdjson's padding after the bytes, as readFile gives it.
    QByteArray oldPadded = oldBytes;
    oldPadded.reserve(oldBytes.size() + 64);
    QByteArray newPadded = newBytes;
    newPadded.reserve(newBytes.size() + 64);

    qsizetype changes = 0;
    const double load = Bench::medianCpuMs(runs, [&] {
        const Expected<Policy> a = PolicyReader::read(oldPadded, QStringLiteral("old"));
        const Expected<Policy> b = PolicyReader::read(newPadded, QStringLiteral("new"));
        if (!a || !b)
            qFatal("unreadable generated document");
    });
    const Policy a = *PolicyReader::read(oldPadded, QStringLiteral("old"));
    const Policy b = *PolicyReader::read(newPadded, QStringLiteral("new"));
    const double compareOnly = Bench::medianCpuMs(runs, [&] { changes = PolicyDiff::compare(a, b).changes.size(); });
    QByteArray report;
    const double whole = Bench::medianCpuMs(runs, [&] {
        const Expected<Policy> x = PolicyReader::read(oldPadded, QStringLiteral("old"));
        const Expected<Policy> y = PolicyReader::read(newPadded, QStringLiteral("new"));
        report = DiffReport::text(PolicyDiff::compare(*x, *y), {QStringLiteral("old"), QStringLiteral("new")},
                                  QStringLiteral("en"));
    });
    out << "changes found: " << changes << " (expected " << changed << ")\n";
    out << QStringLiteral("load both (baseline)      %1 ms\n").arg(load, 0, 'f', 1);
    out << QStringLiteral("compare only              %1 ms  (%2x the loading)\n").arg(compareOnly, 0, 'f', 1).arg(compareOnly / load, 0, 'f', 2);
    out << QStringLiteral("charte diff, load + compare + text report  %1 ms  ratio %2x (target <= 2x)\n")
               .arg(whole, 0, 'f', 1)
               .arg(whole / load, 0, 'f', 2);
    out << "report: " << report.count('\n') << " lines\n";
    return 0;
}
