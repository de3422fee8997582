// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
// The main() of the harnesses in builds without libFuzzer (every normal and sanitizer
// build): calls the harness's LLVMFuzzerTestOneInput once on each file of the folders
// (or files) given, so the seed corpus and every input that once failed
// (tests/fuzz/regressions) are replayed by ctest. A folder that does not exist is
// skipped (a harness without regressions yet); no input at all is a failure. A finding aborts, which fails the
// test; the file being replayed is printed first, so the failure names it.

#include "fuzzcheck.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <cstdio>
#include <vector>

int main(int argc, char **argv)
{
    QStringList files;
    for (int i = 1; i < argc; ++i) {
        const QString path = QString::fromLocal8Bit(argv[i]);
        const QFileInfo info(path);
        if (info.isFile()) {
            files << path;
            continue;
        }
        if (!info.isDir())
            continue;
        QDirIterator it(path, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
    }
    files.sort();
    if (files.isEmpty()) {
        std::fprintf(stderr, "no inputs to replay\n");
        return 1;
    }
    for (const QString &path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot read %s\n", qPrintable(path));
            return 1;
        }
        const QByteArray input = file.readAll();
        std::printf("replaying %s\n", qPrintable(path));
        std::fflush(stdout);
        // A copy of exactly the input's size, as libFuzzer gives, so that the
        // sanitizer build sees a read past the end.
        const std::vector<uint8_t> exact(input.begin(), input.end());
        LLVMFuzzerTestOneInput(exact.data(), exact.size());
    }
    std::printf("replayed %lld inputs without a finding\n", static_cast<long long>(files.size()));
    return 0;
}
