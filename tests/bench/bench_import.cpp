// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
// Charter import of pages with many headings, at two sizes, so that linearity shows
// as a ratio: time per heading at the larger size over time per heading at the
// smaller (about 1 when linear, about the size ratio when quadratic). Also the cost
// of the nesting pre-scan (HtmlNesting::depth) beside gumbo's parse of the same page.
// Not a test: it measures and prints, it never fails on time.
// Usage: bench_import [ROUNDS]

#include "format/htmlnesting.h"
#include "import/charterimporter.h"

#include "benchsupport.h"

#include <QCoreApplication>
#include <QTextStream>

namespace {

QByteArray page(const QByteArray &body)
{
    return "<!DOCTYPE html><html lang=\"fr\"><head><title>Cookies</title></head><body>" + body +
           "</body></html>";
}

QByteArray identicalHeadings(int n)
{
    return page(QByteArray("<h2>Cookies</h2><p>Des cookies.</p>").repeated(n));
}

QByteArray distinctHeadings(int n)
{
    QByteArray body;
    for (int i = 0; i < n; ++i)
        body += "<h2>Cookies " + QByteArray::number(i) + "</h2><p>Des cookies.</p>";
    return page(body);
}

double importMs(const QByteArray &html, int rounds)
{
    CharterSource source;
    source.data = html;
    source.name = QStringLiteral("bench.html");
    return Bench::medianCpuMs(rounds, [&] {
        const Expected<CharterImport> imported = CharterImporter::import(source, Policy());
        if (!imported.hasValue())
            qFatal("%s", qPrintable(imported.error()));
    });
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int rounds = argc > 1 ? std::max(1, atoi(argv[1])) : 3;
    QTextStream out(stdout);

    struct Case
    {
        const char *name;
        QByteArray (*make)(int);
        int small;
        int large;
    };
    const Case cases[] = {
        {"identical <h2>Cookies</h2>", identicalHeadings, 2000, 8000},
        {"distinct headings", distinctHeadings, 75000, 300000},
    };
    for (const Case &c : cases) {
        const double smallMs = importMs(c.make(c.small), rounds);
        const double largeMs = importMs(c.make(c.large), rounds);
        const double perSmall = smallMs * 1000 / c.small;
        const double perLarge = largeMs * 1000 / c.large;
        out << c.name << ": " << c.small << " headings " << smallMs << " ms (" << perSmall
            << " µs each), " << c.large << " headings " << largeMs << " ms (" << perLarge
            << " µs each); per-heading ratio " << perLarge / perSmall << " (1 = linear, "
            << double(c.large) / c.small << " = quadratic)\n";
        out.flush();
    }

    // The pre-scan beside the import of the same 300,000-heading page.
    const QByteArray html = distinctHeadings(300000);
    int depth = 0;
    const double scanMs = Bench::medianCpuMs(rounds, [&] { depth = HtmlNesting::depth(html); });
    const double totalMs = importMs(html, rounds);
    out << "nesting pre-scan of " << html.size() / 1024 << " KiB (depth " << depth
        << "): " << scanMs << " ms, " << 100 * scanMs / totalMs << " % of the whole import ("
        << totalMs << " ms)\n";
    return 0;
}
