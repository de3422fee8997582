// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
// Load, save and HTML export of a large document, each beside a baseline measured
// in the same run: QJsonDocument parsing and serialising the same bytes.
//   build/tests/bench/bench_policy [COOKIES] [RUNS]
#include "benchsupport.h"
#include "policygenerator.h"

#include "export/htmlexporter.h"
#include "format/policyreader.h"
#include "format/policywriter.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTemporaryDir>

#include <cstdio>
#include <optional>
#include <vector>

namespace {
void writeBytes(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        qFatal("cannot write %s", qPrintable(path));
}

void report(const char *what, double ms, double baselineMs, const char *baseline, const char *target)
{
    std::printf("%-22s %9.1f ms   %-34s %9.1f ms   ratio %5.2f   target %s\n", what, ms, baseline,
                baselineMs, baselineMs > 0 ? ms / baselineMs : 0.0, target);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int cookies = argc > 1 ? QByteArray(argv[1]).toInt() : 100000;
    const int runs = argc > 2 ? QByteArray(argv[2]).toInt() : 5;

    Policy policy = PolicyGenerator::generate(cookies);
    // The charter's cookie tables are what the HTML export spends its time on.
    CharterSection tables;
    tables.id = QStringLiteral("cookies");
    tables.kind = CharterSection::Kind::CookieTable;
    tables.title.set(QStringLiteral("fr"), QStringLiteral("Les cookies"));
    policy.charter.append(tables);
    const QByteArray bytes = PolicyWriter::toJson(policy);
    QTemporaryDir dir;
    const QString ours = dir.filePath(QStringLiteral("ours.charte.json"));
    const QString theirs = dir.filePath(QStringLiteral("baseline.json"));
    std::printf("%d cookies, %.1f MiB of JSON, median of %d runs\n", cookies,
                double(bytes.size()) / (1 << 20), runs);

    // Each result is freed outside the measurement, on both sides.
    QJsonDocument parsed;
    const double parseMs = Bench::medianMs(
        runs, [&] { parsed = QJsonDocument::fromJson(bytes); }, [&] { parsed = QJsonDocument(); });
    parsed = QJsonDocument::fromJson(bytes); // for the serialising baseline
    std::optional<Policy> loaded;
    const auto load = [&] {
        Expected<Policy> result = PolicyReader::read(bytes, ours);
        if (!result || result->cookies.size() != cookies)
            qFatal("load failed");
        loaded = std::move(result).value();
    };
    const double loadMs = Bench::medianMs(runs, load, [&] { loaded.reset(); });
    const double parseCpuMs = Bench::medianCpuMs(
        runs, [&] { parsed = QJsonDocument::fromJson(bytes); }, [&] { parsed = QJsonDocument(); });
    const double loadCpuMs = Bench::medianCpuMs(runs, load, [&] { loaded.reset(); });
    parsed = QJsonDocument::fromJson(bytes);
    const double serialiseMs =
        Bench::medianMs(runs, [&] { writeBytes(theirs, parsed.toJson(QJsonDocument::Indented)); });
    const double saveMs = Bench::medianMs(runs, [&] {
        if (!PolicyWriter::writeFile(policy, ours))
            qFatal("save failed");
    });
    const double htmlMs = Bench::medianMs(runs, [&] {
        if (HtmlExporter::exportCharter(policy, QStringLiteral("fr")).size() < bytes.size() / 10)
            qFatal("export too small");
    });

    report("load", loadMs, parseMs, "QJsonDocument::fromJson", "<= 1.5x");
    report("load, CPU time", loadCpuMs, parseCpuMs, "QJsonDocument::fromJson, CPU time", "(both cores)");
    report("save", saveMs, serialiseMs, "QJsonDocument::toJson + write", "<= 1.5x");
    report("HTML export", htmlMs, parseMs, "(parse, for scale)", "<= 1000 ms");
    return 0;
}
