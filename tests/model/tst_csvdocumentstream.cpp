// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "format/policyreader.h"
#include "format/policywriter.h"
#include "import/csvdocumentstream.h"
#include "support/charteprocess.h"
#include "support/testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using TestSupport::readAll;
using TestSupport::writeAll;
using TestSupport::CharteRun;
using TestSupport::runCharte;

// A CSV inventory written straight into the document (the command line's import)
// must give the very bytes of importing in memory and saving, whatever the number of
// batches, and a refused input must leave nothing written.
class TestCsvDocumentStream : public QObject
{
    Q_OBJECT

private slots:
    void streamedBytesAreTheInMemoryBytes_data();
    void streamedBytesAreTheInMemoryBytes();
    void fillSeesTheWholeDocument();
    void refusedInputWritesNothing_data();
    void refusedInputWritesNothing();
    void aFailingSinkStopsTheReading();
    void commandLineKeepsTheFileOnAnInputErrorAtTheEnd();
    void commandLineStreamsToStandardOutput();
};

namespace {

// An inventory as an agency keeps one: a title row, a French header, providers,
// purposes and categories repeated, some cells listing two names, one English purpose
// column, a lifetime a person wrote, and now and then a cell nobody can read.
QByteArray inventory(int rows)
{
    QByteArray csv = "Inventaire des cookies, mars 2026\r\n"
                     "Nom du cookie;Prestataire;Finalit\xC3\xA9;Purpose (en);Dur\xC3\xA9"
                     "e;Cat\xC3\xA9gorie\r\n";
    const char *providers[] = {"Matomo", "Opendatasoft", "YouTube", "Ville de Valbourg"};
    const char *categories[] = {"Statistiques", "N\xC3\xA9"
                                                "cessaires",
                                "Publicit\xC3\xA9"};
    const char *lifetimes[] = {"13 mois", "session", "1 an", "Persistant", "2 semaines"};
    for (int i = 0; i < rows; ++i) {
        const QByteArray number = QByteArray::number(i);
        const QByteArray name = i % 97 == 0 ? QByteArray("_a" + number + ", _b" + number)
                                            : QByteArray("cookie_" + number);
        csv += name + ';' + providers[i % 4] + ";Mesure d'audience " + QByteArray::number(i % 7) +
               ";Audience " + QByteArray::number(i % 5) + ';' + lifetimes[i % 5] + ';' +
               categories[i % 3] + "\r\n";
    }
    return csv;
}

ImportSource source(const QByteArray &data)
{
    ImportSource source;
    source.name = QStringLiteral("inventaire.csv");
    source.data = data;
    return source;
}

// The pieces a stream hands its sink, joined.
struct Collected
{
    QByteArray bytes;
    int pieces = 0;
    FileWriter::Sink sink()
    {
        return [this](QByteArrayView piece) {
            bytes += piece;
            ++pieces;
            return true;
        };
    }
};

} // namespace

void TestCsvDocumentStream::streamedBytesAreTheInMemoryBytes_data()
{
    QTest::addColumn<int>("rows");
    QTest::newRow("one row") << 1;
    QTest::newRow("one batch") << 500;
    QTest::newRow("three batches and a bit") << 8192 * 3 + 17;
}

void TestCsvDocumentStream::streamedBytesAreTheInMemoryBytes()
{
    QFETCH(int, rows);
    const ImportSource input = source(inventory(rows));
    const Expected<Policy> policy = CsvDocumentStream::import(input);
    QVERIFY2(policy.hasValue(), qPrintable(policy.error()));
    QCOMPARE(policy->cookies.size(), rows + (rows + 96) / 97);
    QCOMPARE(policy->providers.size(), std::min(rows, 4));
    QVERIFY(policy->meta.languages.contains(QStringLiteral("en")));

    Collected written;
    const Status status = CsvDocumentStream::write(input, {}, written.sink());
    QVERIFY2(status, qPrintable(status.error));
    QCOMPARE(written.bytes, PolicyWriter::toJson(*policy));
    // Large inventories really go out in pieces rather than whole.
    QVERIFY(written.pieces >= rows / 8192);
}

void TestCsvDocumentStream::fillSeesTheWholeDocument()
{
    const ImportSource input = source(inventory(9000));
    // What the command line's --fill-from-db does, reduced to what matters here: it
    // reads the document's providers and languages, and fills empty fields.
    const auto fill = [](Cookie &cookie, const Policy &policy) {
        if (cookie.domain.isEmpty())
            cookie.domain = QString::number(policy.providers.size()) + QStringLiteral(".example");
        if (policy.meta.languages.contains(QStringLiteral("en")))
            cookie.path = QStringLiteral("/en");
    };
    Expected<Policy> policy = CsvDocumentStream::import(input);
    QVERIFY(policy.hasValue());
    for (Cookie &cookie : policy->cookies)
        fill(cookie, *policy);
    Collected written;
    QVERIFY(CsvDocumentStream::write(input, fill, written.sink()));
    QCOMPARE(written.bytes, PolicyWriter::toJson(*policy));
    QVERIFY(written.bytes.contains("\"domain\": \"4.example\""));
}

void TestCsvDocumentStream::refusedInputWritesNothing_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("error");
    const QByteArray good = inventory(20000);
    const int lastLine = good.count('\n') + 1;
    QTest::newRow("quote left open after 20,000 rows")
        << good + "broken;\"Matomo\r\n"
        << QStringLiteral("inventaire.csv:%1:8: a quoted field starts here").arg(lastLine);
    QTest::newRow("no cookie column") << QByteArray("Browser;Settings page\r\nFirefox;about:preferences\r\n")
                                      << QStringLiteral("inventaire.csv:1: no column holds cookie names");
    QTest::newRow("NUL bytes") << QByteArray(64, '\0') << QStringLiteral("inventaire.csv: this is not a text file");
    QTest::newRow("blank") << QByteArray(" \r\n\r\n") << QStringLiteral("inventaire.csv: the file is empty");
}

void TestCsvDocumentStream::refusedInputWritesNothing()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, error);
    Collected written;
    const Status status = CsvDocumentStream::write(source(data), {}, written.sink());
    QVERIFY(!status);
    QVERIFY2(status.error.startsWith(error), qPrintable(status.error));
    QCOMPARE(written.pieces, 0);
    QVERIFY(!CsvDocumentStream::import(source(data)));
}

void TestCsvDocumentStream::aFailingSinkStopsTheReading()
{
    int calls = 0;
    int cookiesFilled = 0;
    const Status status = CsvDocumentStream::write(
        source(inventory(8192 * 4)), [&](Cookie &, const Policy &) { ++cookiesFilled; },
        [&](QByteArrayView) {
            ++calls;
            return false;
        });
    // The sink's writer reports its own failure; the stream just stops feeding it.
    QVERIFY(status);
    QCOMPARE(calls, 1);
    QVERIFY2(cookiesFilled < 8192 * 2, qPrintable(QString::number(cookiesFilled)));
}

void TestCsvDocumentStream::commandLineKeepsTheFileOnAnInputErrorAtTheEnd()
{
    QTemporaryDir dir;
    const QString input = dir.filePath(QStringLiteral("inventaire.csv"));
    QVERIFY(writeAll(input, inventory(20000) + "broken;\"Matomo\r\n"));
    const QString output = dir.filePath(QStringLiteral("site.charte.json"));
    QVERIFY(writeAll(output, "the privacy officer's document"));
    const CharteRun run = runCharte({QStringLiteral("import"), input, QStringLiteral("-o"), output});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err().contains(QStringLiteral("a quoted field starts here and is never closed")),
             qPrintable(run.err()));
    QCOMPARE(readAll(output), QByteArray("the privacy officer's document"));
}

void TestCsvDocumentStream::commandLineStreamsToStandardOutput()
{
    QTemporaryDir dir;
    const QString input = dir.filePath(QStringLiteral("inventaire.csv"));
    const QByteArray csv = inventory(12000);
    QVERIFY(writeAll(input, csv));
    const CharteRun toFile = runCharte({QStringLiteral("import"), input, QStringLiteral("-o"),
                                        dir.filePath(QStringLiteral("out.charte.json"))});
    QCOMPARE(toFile.exitCode, 0);
    const CharteRun toOutput = runCharte({QStringLiteral("import"), input, QStringLiteral("-o"), QStringLiteral("-")});
    QCOMPARE(toOutput.exitCode, 0);
    const QByteArray written = readAll(dir.filePath(QStringLiteral("out.charte.json")));
    QCOMPARE(toOutput.standardOutput, written);
    const Expected<Policy> expected = CsvDocumentStream::import(source(csv));
    QVERIFY(expected.hasValue());
    QCOMPARE(written, PolicyWriter::toJson(*expected));
    const Expected<Policy> read = PolicyReader::read(written, QStringLiteral("out.charte.json"));
    QVERIFY2(read.hasValue(), qPrintable(read.error()));
    QCOMPARE(read->cookies.size(), expected->cookies.size());
}

QTEST_GUILESS_MAIN(TestCsvDocumentStream)
#include "tst_csvdocumentstream.moc"
