// Load, save and HTML export of a large document, each beside a baseline measured
// in the same run: QJsonDocument parsing and serialising the same bytes.
//   build/tests/bench/bench_policy [COOKIES] [RUNS]
#include "benchsupport.h"

#include "htmlexporter.h"
#include "policyreader.h"
#include "policywriter.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTemporaryDir>

#include <cstdio>
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

    const Policy policy = Bench::generatePolicy(cookies);
    const QByteArray bytes = PolicyWriter::toJson(policy);
    QTemporaryDir dir;
    const QString ours = dir.filePath(QStringLiteral("ours.charte.json"));
    const QString theirs = dir.filePath(QStringLiteral("baseline.json"));
    std::printf("%d cookies, %.1f MiB of JSON, median of %d runs\n", cookies,
                double(bytes.size()) / (1 << 20), runs);

    // Results are kept until the end so that freeing them is not timed on either side.
    std::vector<QJsonDocument> parsedDocuments;
    const double parseMs = Bench::medianMs(runs, [&] { parsedDocuments.push_back(QJsonDocument::fromJson(bytes)); });
    const QJsonDocument &parsed = parsedDocuments.front();
    std::vector<Policy> loadedPolicies;
    const double loadMs = Bench::medianMs(runs, [&] {
        Expected<Policy> loaded = PolicyReader::read(bytes, ours);
        if (!loaded || loaded->cookies.size() != cookies)
            qFatal("load failed");
        loadedPolicies.push_back(std::move(loaded).value());
    });
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
    report("save", saveMs, serialiseMs, "QJsonDocument::toJson + write", "<= 1.5x");
    report("HTML export", htmlMs, parseMs, "(parse, for scale)", "<= 1000 ms");
    return 0;
}
