// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "export/exportformats.h"
#include "format/filewriter.h"
#include "format/policywriter.h"
#include "format/templates.h"
#include "support/fulldisk.h"
#include "support/testsupport.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <unistd.h>

using TestSupport::FullDisk;
using TestSupport::readAll;

// Every file Charte writes goes through FileWriter: these tests are about what a
// user keeps when a write cannot finish (a full disk, a full standard output).
class TestFileWriter : public QObject
{
    Q_OBJECT

private slots:
    void writesAndReplaces();
    void writesWhatAProducerHandsOut();
    void aFailingProducerKeepsThePreviousFile();
    void refusesAFolderWithTheReason();
    void fullDiskKeepsThePreviousFile();
    void fullDiskCreatesNoFile();
    void documentsAndExportsGoThroughIt();
    void fullStandardOutputFails();
};

void TestFileWriter::writesAndReplaces()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("site.charte.json"));
    QVERIFY(FileWriter::write(path, "first"));
    QVERIFY(FileWriter::write(path, "second, longer"));
    QCOMPARE(readAll(path), QByteArray("second, longer"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
}

void TestFileWriter::writesWhatAProducerHandsOut()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("site.charte.json"));
    QVERIFY(FileWriter::write(path, "old"));
    const Status status = FileWriter::write(path, [](const FileWriter::Sink &sink) {
        for (const char *piece : {"{", "\"a\": 1", "}\n"})
            sink(QByteArrayView(piece));
        return Status::success();
    });
    QVERIFY2(status, qPrintable(status.error));
    QCOMPARE(readAll(path), QByteArray("{\"a\": 1}\n"));
}

void TestFileWriter::aFailingProducerKeepsThePreviousFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("site.charte.json"));
    QVERIFY(FileWriter::write(path, "the document"));
    // An input found broken half-way: what was written so far must not replace the file.
    const Status status = FileWriter::write(path, [](const FileWriter::Sink &sink) {
        sink("half of a new ");
        return Status::failure(QStringLiteral("inventaire.csv:9:3: broken"));
    });
    QVERIFY(!status);
    QCOMPARE(status.error, QStringLiteral("inventaire.csv:9:3: broken"));
    QCOMPARE(readAll(path), QByteArray("the document"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
}

void TestFileWriter::refusesAFolderWithTheReason()
{
    QTemporaryDir dir;
    const Status status = FileWriter::write(dir.path(), "bytes");
    QVERIFY(!status);
    QVERIFY2(status.error.startsWith(QDir::toNativeSeparators(dir.path()) + QStringLiteral(": ")),
             qPrintable(status.error));
}

void TestFileWriter::fullDiskKeepsThePreviousFile()
{
    FullDisk disk;
    if (!disk.isMounted())
        QSKIP(FullDisk::whyNotMounted());
    const QString path = disk.filePath(QStringLiteral("site.charte.json"));
    const QByteArray previous = PolicyWriter::toJson(Templates::defaultPolicy());
    QVERIFY(FileWriter::write(path, previous));
    QVERIFY(disk.fill());

    const Status status = FileWriter::write(path, QByteArray(512 * 1024, 'y'));
    QVERIFY(!status);
    QVERIFY2(status.error.contains(QStringLiteral("no space left on device")),
             qPrintable(status.error));
    QVERIFY2(status.error.startsWith(path + QStringLiteral(": ")), qPrintable(status.error));
    QCOMPARE(readAll(path), previous);
    // No half-written temporary file is left beside it.
    QCOMPARE(QDir(QFileInfo(path).path()).entryList(QDir::Files | QDir::Hidden).size(), 2);
}

void TestFileWriter::fullDiskCreatesNoFile()
{
    FullDisk disk;
    if (!disk.isMounted())
        QSKIP(FullDisk::whyNotMounted());
    QVERIFY(disk.fill());
    const QString path = disk.filePath(QStringLiteral("new.html"));
    QVERIFY(!FileWriter::write(path, QByteArray(64 * 1024, 'z')));
    QVERIFY(!QFile::exists(path));
}

void TestFileWriter::documentsAndExportsGoThroughIt()
{
    FullDisk disk;
    if (!disk.isMounted())
        QSKIP(FullDisk::whyNotMounted());
    const Policy policy = *Templates::load(QStringLiteral("typical"));
    const QString document = disk.filePath(QStringLiteral("site.charte.json"));
    QVERIFY(PolicyWriter::writeFile(Templates::defaultPolicy(), document));
    const QByteArray previous = readAll(document);
    QVERIFY(disk.fill());

    const Status saved = PolicyWriter::writeFile(policy, document);
    QVERIFY(!saved);
    QVERIFY(saved.error.contains(QStringLiteral("no space left on device")));
    QCOMPARE(readAll(document), previous);

    const ExportFormat *banner = ExportFormats::find(QStringLiteral("banner"));
    QVERIFY(banner);
    const Expected<ExportResult> result = banner->run(policy, {});
    QVERIFY(result);
    const QString folder = disk.filePath(QStringLiteral("banner"));
    const Status exported = ExportFormats::write(*banner, *result, folder);
    QVERIFY(!exported);
    QVERIFY(exported.error.contains(QStringLiteral("no space left on device")));
    // Not four empty files: nothing at all.
    QCOMPARE(QDir(folder).entryList(QDir::Files).size(), 0);
}

void TestFileWriter::fullStandardOutputFails()
{
    const int full = ::open("/dev/full", O_WRONLY);
    if (full < 0)
        QSKIP("this system has no /dev/full");
    const int saved = ::dup(STDOUT_FILENO);
    ::dup2(full, STDOUT_FILENO);
    const Status status = FileWriter::writeStandardOutput(QByteArray(64 * 1024, 'o'));
    ::dup2(saved, STDOUT_FILENO);
    ::close(saved);
    ::close(full);
    QVERIFY(!status);
    QCOMPARE(status.error, QStringLiteral("standard output: no space left on device"));
}

QTEST_GUILESS_MAIN(TestFileWriter)
#include "tst_filewriter.moc"
