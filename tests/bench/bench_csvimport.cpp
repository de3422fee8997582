// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
// Memory of a CSV inventory import, as a user runs it: generates a CSV of ROWS cookies,
// runs `charte import big.csv -o out.charte.json` and reports the child's peak resident
// memory (getrusage) as a ratio to the file size, beside its time.
//   build/tests/bench/bench_csvimport [ROWS]        (default 1,000,000)
// Issue 20: 1 M rows used to peak at about 20x the file size; the target is under 5x.
#include <QByteArray>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

// Rows as inventories have them: a name, a provider, a purpose, a lifetime, a category.
QByteArray generate(int rows)
{
    static const char *providers[] = {"Google", "Meta", "Nous", "Matomo", "Hotjar", "Axeptio"};
    static const char *purposes[] = {"Mesure d'audience",
                                     "Publicit\xc3\xa9 cibl\xc3\xa9"
                                     "e",
                                     "Session de l'utilisateur",
                                     "Pr\xc3\xa9"
                                     "f\xc3\xa9rences",
                                     "\"Lutte contre la fraude; s\xc3\xa9"
                                     "curit\xc3\xa9\""};
    static const char *lifetimes[] = {"13 mois", "Session", "1 an", "30 jours", "2 heures"};
    static const char *categories[] = {"Statistiques", "Marketing",
                                       "N\xc3\xa9"
                                       "cessaire",
                                       "Pr\xc3\xa9"
                                       "f\xc3\xa9rences"};
    QByteArray csv("Cookie;Prestataire;Finalit\xc3\xa9;Dur\xc3\xa9"
                   "e;Cat\xc3\xa9gorie\n");
    csv.reserve(qsizetype(rows) * 64);
    for (int i = 0; i < rows; ++i) {
        csv += "cookie_" + QByteArray::number(i) + ';' + providers[i % 6] + ';' + purposes[i % 5] +
               ';' + lifetimes[i % 5] + ';' + categories[i % 4] + '\n';
    }
    return csv;
}

} // namespace

int main(int argc, char *argv[])
{
    const int rows = argc > 1 ? QByteArray(argv[1]).toInt() : 1000000;
    QTemporaryDir dir;
    const QString csvPath = dir.filePath(QStringLiteral("big.csv"));
    const QString outPath = dir.filePath(QStringLiteral("out.charte.json"));
    {
        QFile file(csvPath);
        const QByteArray csv = generate(rows);
        if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size())
            qFatal("cannot write %s", qPrintable(csvPath));
    }
    const qint64 bytes = QFileInfo(csvPath).size();

    QElapsedTimer timer;
    timer.start();
    const pid_t child = fork();
    if (child == 0) {
        const QByteArray in = csvPath.toLocal8Bit();
        const QByteArray out = outPath.toLocal8Bit();
        execl(CHARTE_EXECUTABLE, "charte", "import", in.constData(), "-o", out.constData(),
              static_cast<char *>(nullptr));
        _exit(127);
    }
    int status = 0;
    rusage usage{};
    if (wait4(child, &status, 0, &usage) != child)
        qFatal("wait4 failed");
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const double peak = double(usage.ru_maxrss) * 1024.0; // ru_maxrss is in KiB
    std::printf("rows %d   CSV %.1f MB   exit %d   time %.2f s   output %.1f MB\n", rows,
                double(bytes) / 1e6, WIFEXITED(status) ? WEXITSTATUS(status) : -1, seconds,
                double(QFileInfo(outPath).size()) / 1e6);
    std::printf("peak RSS %.1f MB   ratio to the CSV %.2fx   target under 5x\n", peak / 1e6,
                peak / double(bytes));
    return WIFEXITED(status) && WEXITSTATUS(status) == 0 ? 0 : 1;
}
