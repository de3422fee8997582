// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "commands/metacommands.h"
#include "document/policydocument.h"
#include "documentmanager.h"
#include "format/autosaver.h"
#include "format/policyreader.h"
#include "format/policywriter.h"
#include "format/templates.h"
#include "recentfiles.h"
#include "support/fulldisk.h"
#include "support/scriptedprompts.h"
#include "support/testsupport.h"

#include <QDir>
#include <QMimeData>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoCommand>
#include <QUrl>

#include <memory>

using TestSupport::Script;
using TestSupport::ScriptedPrompts;

namespace {
void rename(DocumentManager &manager, const QString &name)
{
    // An edit as the pages make one: a command on the document's stack.
    PolicyDocument *document = manager.document();
    PolicyMeta meta = document->policy().meta;
    meta.siteName = name;
    document->undoStack()->push(setMetaCommand(document, meta, QStringLiteral("Rename site")));
}

QString writePolicy(const QString &path, const QString &siteName)
{
    Policy policy = Templates::defaultPolicy();
    policy.meta.siteName = siteName;
    return PolicyWriter::writeFile(policy, path) ? path : QString();
}
} // namespace

class TestDocumentManager : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void openAdoptsTheFileAndListsItAsRecent();
    void openFailureKeepsTheDocument();
    void openAsksForAFileNearTheCurrentOne();
    void saveToWritesAndMarksSaved();
    void saveFailureKeepsTheChanges();
    void saveOnAFullDiskKeepsFileAndChanges();
    void saveAsAsksForAPath_data();
    void saveAsAsksForAPath();
    void unsavedChangesAnswers_data();
    void unsavedChangesAnswers();
    void nothingAskedWhenUnmodified();
    void closeLeavesNothingToRecover();
    void recoveryRestoresOrDiscards_data();
    void recoveryRestoresOrDiscards();
    void droppedFile_data();
    void droppedFile();

private:
    std::shared_ptr<Script> install(DocumentManager &manager);
    QTemporaryDir m_dir;
};

void TestDocumentManager::initTestCase()
{
    // Settings and the recovery folder go to a test location, never the user's.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("Charte"));
    QCoreApplication::setApplicationName(QStringLiteral("charte-tst-documentmanager"));
    QVERIFY(m_dir.isValid());
}

void TestDocumentManager::init()
{
    QSettings().clear();
    QDir(Autosaver::recoveryDirectory()).removeRecursively();
    qunsetenv("CHARTE_RECOVERY_ANSWER");
}

std::shared_ptr<Script> TestDocumentManager::install(DocumentManager &manager)
{
    auto script = std::make_shared<Script>();
    manager.setPrompts(std::make_unique<ScriptedPrompts>(script));
    return script;
}

void TestDocumentManager::openAdoptsTheFileAndListsItAsRecent()
{
    DocumentManager manager(nullptr);
    const auto script = install(manager);
    const QString path = writePolicy(m_dir.filePath(QStringLiteral("open.charte.json")), QStringLiteral("Opened site"));
    QSignalSpy state(&manager, &DocumentManager::fileStateChanged);
    QSignalSpy status(&manager, &DocumentManager::statusMessage);

    QVERIFY(manager.openFile(path));
    QCOMPARE(manager.document()->policy().meta.siteName, QStringLiteral("Opened site"));
    QCOMPARE(manager.document()->filePath(), QFileInfo(path).absoluteFilePath());
    QVERIFY(!manager.document()->isModified());
    QCOMPARE(manager.recentFiles()->files().value(0), QFileInfo(path).absoluteFilePath());
    QVERIFY(state.count() >= 1);
    QCOMPARE(status.count(), 1);
    QVERIFY(status.first().first().toString().contains(QStringLiteral("open.charte.json")));
    QVERIFY(script->errors.isEmpty());
}

void TestDocumentManager::openFailureKeepsTheDocument()
{
    DocumentManager manager(nullptr);
    const auto script = install(manager);
    manager.showDefaultCharter();
    const QString path = m_dir.filePath(QStringLiteral("broken.charte.json"));
    QVERIFY(TestSupport::writeAll(path, "{ not json"));

    QVERIFY(!manager.openFile(path));
    QCOMPARE(script->errors, QStringList{QStringLiteral("Cannot open the document")});
    QCOMPARE(manager.document()->policy(), Templates::defaultPolicy());
    QVERIFY(manager.document()->filePath().isEmpty());
    QVERIFY(manager.recentFiles()->files().isEmpty());
}

void TestDocumentManager::openAsksForAFileNearTheCurrentOne()
{
    DocumentManager manager(nullptr);
    const auto script = install(manager);
    const QString first = writePolicy(m_dir.filePath(QStringLiteral("first.charte.json")), QStringLiteral("First"));
    const QString second = writePolicy(m_dir.filePath(QStringLiteral("second.charte.json")), QStringLiteral("Second"));
    QVERIFY(manager.openFile(first));

    script->openAnswer = second;
    manager.open();
    QCOMPARE(script->openStarts, QStringList{QFileInfo(first).absolutePath()});
    QCOMPARE(manager.document()->policy().meta.siteName, QStringLiteral("Second"));

    // Cancelled: nothing changes.
    script->openAnswer.clear();
    manager.open();
    QCOMPARE(manager.document()->policy().meta.siteName, QStringLiteral("Second"));
}

void TestDocumentManager::saveToWritesAndMarksSaved()
{
    DocumentManager manager(nullptr);
    install(manager);
    manager.showDefaultCharter();
    rename(manager, QStringLiteral("Saved site"));
    QVERIFY(manager.document()->isModified());
    const QString path = m_dir.filePath(QStringLiteral("saved.charte.json"));

    QVERIFY(manager.saveTo(path));
    QVERIFY(!manager.document()->isModified());
    QCOMPARE(manager.document()->filePath(), QFileInfo(path).absoluteFilePath());
    QCOMPARE(PolicyReader::readFile(path)->meta.siteName, QStringLiteral("Saved site"));
    QCOMPARE(manager.recentFiles()->files().value(0), QFileInfo(path).absoluteFilePath());

    // Save goes to the same file without asking.
    rename(manager, QStringLiteral("Saved again"));
    QVERIFY(manager.save());
    QCOMPARE(PolicyReader::readFile(path)->meta.siteName, QStringLiteral("Saved again"));
}

void TestDocumentManager::saveFailureKeepsTheChanges()
{
    DocumentManager manager(nullptr);
    const auto script = install(manager);
    manager.showDefaultCharter();
    rename(manager, QStringLiteral("Unsaved"));

    QVERIFY(!manager.saveTo(m_dir.filePath(QStringLiteral("missing/folder/x.charte.json"))));
    QCOMPARE(script->errors, QStringList{QStringLiteral("Cannot save the document")});
    QVERIFY(manager.document()->isModified());
    QVERIFY(manager.document()->filePath().isEmpty());
}

// The window's Save on a full disk: the file on disk stays as it was, the person is
// told why, and the document stays modified so that nothing typed is lost.
void TestDocumentManager::saveOnAFullDiskKeepsFileAndChanges()
{
    TestSupport::FullDisk disk;
    if (!disk.isMounted())
        QSKIP(TestSupport::FullDisk::whyNotMounted());
    const QString path = disk.filePath(QStringLiteral("site.charte.json"));
    DocumentManager manager(nullptr);
    const auto script = install(manager);
    manager.showDefaultCharter();
    QVERIFY(manager.saveTo(path));
    const QByteArray saved = TestSupport::readAll(path);
    QVERIFY(disk.fill());

    rename(manager, QStringLiteral("Typed before the disk filled up"));
    QVERIFY(!manager.save());
    QCOMPARE(script->errors, QStringList{QStringLiteral("Cannot save the document")});
    QVERIFY2(script->errorTexts.constFirst().contains(QStringLiteral("no space left on device")),
             qPrintable(script->errorTexts.constFirst()));
    QVERIFY(manager.document()->isModified());
    QCOMPARE(manager.document()->policy().meta.siteName,
             QStringLiteral("Typed before the disk filled up"));
    QCOMPARE(TestSupport::readAll(path), saved);
}

void TestDocumentManager::saveAsAsksForAPath_data()
{
    QTest::addColumn<QString>("answer");
    QTest::addColumn<QString>("written"); // empty: nothing written, save fails

    QTest::newRow("full name") << QStringLiteral("full.charte.json") << QStringLiteral("full.charte.json");
    QTest::newRow("plain json") << QStringLiteral("plain.json") << QStringLiteral("plain.json");
    QTest::newRow("no extension") << QStringLiteral("bare") << QStringLiteral("bare.charte.json");
    QTest::newRow("cancelled") << QString() << QString();
}

void TestDocumentManager::saveAsAsksForAPath()
{
    QFETCH(QString, answer);
    QFETCH(QString, written);
    DocumentManager manager(nullptr);
    const auto script = install(manager);
    manager.showDefaultCharter();
    rename(manager, QStringLiteral("Mon site"));
    script->saveAnswer = answer.isEmpty() ? QString() : m_dir.filePath(answer);

    // Untitled: save asks, starting from the site's name in the home folder.
    QCOMPARE(manager.save(), !written.isEmpty());
    QCOMPARE(script->saveStarts, QStringList{QDir::home().filePath(QStringLiteral("Mon site.charte.json"))});
    if (written.isEmpty()) {
        QVERIFY(manager.document()->isModified());
        return;
    }
    QCOMPARE(manager.document()->filePath(), QFileInfo(m_dir.filePath(written)).absoluteFilePath());
    QCOMPARE(PolicyReader::readFile(m_dir.filePath(written))->meta.siteName, QStringLiteral("Mon site"));
}

void TestDocumentManager::unsavedChangesAnswers_data()
{
    QTest::addColumn<int>("answer"); // a DocumentManager::Prompts::Answer
    QTest::addColumn<bool>("goesOn");
    QTest::addColumn<bool>("saved");

    QTest::newRow("save") << int(DocumentManager::Prompts::Answer::Save) << true << true;
    QTest::newRow("discard") << int(DocumentManager::Prompts::Answer::Discard) << true << false;
    QTest::newRow("cancel") << int(DocumentManager::Prompts::Answer::Cancel) << false << false;
}

void TestDocumentManager::unsavedChangesAnswers()
{
    QFETCH(int, answer);
    QFETCH(bool, goesOn);
    QFETCH(bool, saved);
    DocumentManager manager(nullptr);
    const auto script = install(manager);
    const QString path = writePolicy(m_dir.filePath(QStringLiteral("asked.charte.json")), QStringLiteral("Before"));
    QVERIFY(manager.openFile(path));
    rename(manager, QStringLiteral("After"));
    script->unsavedAnswer = DocumentManager::Prompts::Answer(answer);

    // File › New asks first, and replaces the document only when told to go on.
    QCOMPARE(manager.newDocument(), goesOn);
    QCOMPARE(script->unsavedAsked, QStringList{QStringLiteral("asked.charte.json")});
    QCOMPARE(PolicyReader::readFile(path)->meta.siteName, saved ? QStringLiteral("After") : QStringLiteral("Before"));
    if (goesOn) {
        QCOMPARE(manager.document()->policy(), Templates::defaultPolicy());
        QVERIFY(manager.document()->filePath().isEmpty());
    } else {
        QCOMPARE(manager.document()->policy().meta.siteName, QStringLiteral("After"));
        QVERIFY(manager.document()->isModified());
    }

    // A dropped or recent file asks the same question; an untitled document saved
    // first is saved where the person says.
    rename(manager, QStringLiteral("Again"));
    script->saveAnswer = m_dir.filePath(QStringLiteral("asked-new.charte.json"));
    script->unsavedAsked.clear();
    QCOMPARE(manager.replaceWith(path), goesOn);
    QCOMPARE(script->unsavedAsked.size(), 1);
    QCOMPARE(script->unsavedAsked.first(),
             goesOn ? QStringLiteral("The new charter") : QStringLiteral("asked.charte.json"));
}

void TestDocumentManager::nothingAskedWhenUnmodified()
{
    DocumentManager manager(nullptr);
    const auto script = install(manager);
    manager.showDefaultCharter();
    QVERIFY(manager.maybeSave());
    QVERIFY(manager.newDocument());
    QVERIFY(manager.close());
    QVERIFY(script->unsavedAsked.isEmpty());

    // An untitled document answered "save" whose Save As is cancelled stays open.
    rename(manager, QStringLiteral("Changed"));
    script->unsavedAnswer = DocumentManager::Prompts::Answer::Save;
    QVERIFY(!manager.maybeSave());
    QCOMPARE(script->saveStarts.size(), 1);
}

void TestDocumentManager::closeLeavesNothingToRecover()
{
    DocumentManager manager(nullptr);
    const auto script = install(manager);
    manager.showDefaultCharter();
    manager.autosaver()->setInterval(20);
    rename(manager, QStringLiteral("Work"));
    const QString recovery = manager.autosaver()->recoveryFilePath();
    QTRY_VERIFY(QFile::exists(recovery));

    script->unsavedAnswer = DocumentManager::Prompts::Answer::Cancel;
    QVERIFY(!manager.close());
    QVERIFY(QFile::exists(recovery));

    script->unsavedAnswer = DocumentManager::Prompts::Answer::Discard;
    QVERIFY(manager.close());
    QVERIFY(!QFile::exists(recovery));
}

void TestDocumentManager::recoveryRestoresOrDiscards_data()
{
    QTest::addColumn<bool>("restore");
    QTest::newRow("restore") << true;
    QTest::newRow("discard") << false;
}

void TestDocumentManager::recoveryRestoresOrDiscards()
{
    QFETCH(bool, restore);
    const QString path = writePolicy(m_dir.filePath(QStringLiteral("crash.charte.json")), QStringLiteral("On disk"));
    QString recovery;
    {
        auto crashed = std::make_unique<DocumentManager>(nullptr);
        install(*crashed);
        QVERIFY(crashed->openFile(path));
        crashed->autosaver()->setInterval(20);
        rename(*crashed, QStringLiteral("Unsaved work"));
        recovery = crashed->autosaver()->recoveryFilePath();
        QTRY_VERIFY(QFile::exists(recovery));
        // Destroyed without close(): what a crash leaves.
    }
    QCOMPARE(Autosaver::orphanedRecoveries().size(), 1);

    DocumentManager manager(nullptr);
    const auto script = install(manager);
    manager.showDefaultCharter();
    script->restoreAnswer = restore;
    QCOMPARE(manager.offerRecovery(), restore);
    QCOMPARE(script->restoreAsked, 1);
    QVERIFY(!QFile::exists(recovery));
    if (restore) {
        QCOMPARE(manager.document()->policy().meta.siteName, QStringLiteral("Unsaved work"));
        QCOMPARE(manager.document()->filePath(), QFileInfo(path).absoluteFilePath());
        QVERIFY(manager.document()->isModified());
        // Protected again at once by this manager's own copy.
        QVERIFY(QFile::exists(manager.autosaver()->recoveryFilePath()));
    } else {
        QCOMPARE(manager.document()->policy(), Templates::defaultPolicy());
    }
    QCOMPARE(PolicyReader::readFile(path)->meta.siteName, QStringLiteral("On disk"));
    QVERIFY(Autosaver::orphanedRecoveries().isEmpty());
    QVERIFY(!manager.offerRecovery()); // nothing left to offer
    QCOMPARE(script->restoreAsked, 1);
}

void TestDocumentManager::droppedFile_data()
{
    QTest::addColumn<QList<QUrl>>("urls");
    QTest::addColumn<QString>("expected");

    const QString json = m_dir.filePath(QStringLiteral("dropped.charte.json"));
    QTest::newRow("one json file") << QList<QUrl>{QUrl::fromLocalFile(json)} << json;
    QTest::newRow("upper case") << QList<QUrl>{QUrl::fromLocalFile(QStringLiteral("/tmp/A.JSON"))}
                                << QStringLiteral("/tmp/A.JSON");
    QTest::newRow("not json") << QList<QUrl>{QUrl::fromLocalFile(QStringLiteral("/tmp/a.csv"))} << QString();
    QTest::newRow("two files") << QList<QUrl>{QUrl::fromLocalFile(json), QUrl::fromLocalFile(json)}
                               << QString();
    QTest::newRow("remote") << QList<QUrl>{QUrl(QStringLiteral("https://example.org/a.json"))} << QString();
    QTest::newRow("nothing") << QList<QUrl>{} << QString();
}

void TestDocumentManager::droppedFile()
{
    QFETCH(QList<QUrl>, urls);
    QFETCH(QString, expected);
    QMimeData data;
    data.setUrls(urls);
    QCOMPARE(DocumentManager::droppedFile(&data), expected);
}

QTEST_MAIN(TestDocumentManager)
#include "tst_documentmanager.moc"
