// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "bannerpage.h"
#include "barchart.h"
#include "categoriespage.h"
#include "charterimportdialog.h"
#include "charterpage.h"
#include "commands/metacommands.h"
#include "cookiespage.h"
#include "csvimportdialog.h"
#include "document/policydocument.h"
#include "exportdialog.h"
#include "format/autosaver.h"
#include "format/policyreader.h"
#include "format/policywriter.h"
#include "format/templates.h"
#include "interfacelanguage.h"
#include "issuespanel.h"
#include "itemmodels/cookiefilterproxy.h"
#include "itemmodels/cookietablemodel.h"
#include "languagesdialog.h"
#include "mainwindow.h"
#include "providerspage.h"
#include "recentfiles.h"
#include "scandialog.h"
#include "sectioneditor.h"
#include "support/charteprocess.h"
#include "support/modaldialogs.h"
#include "translationview.h"

#include <QAbstractScrollArea>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QTextEdit>
#include <QTreeView>
#include <QFile>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>

#include <memory>

namespace {
void rename(MainWindow &window, const QString &name)
{
    // An edit as the pages make one: a command on the document's stack.
    PolicyDocument *document = window.document();
    PolicyMeta meta = document->policy().meta;
    meta.siteName = name;
    document->undoStack()->push(setMetaCommand(document, meta, QStringLiteral("Rename site")));
}

// Clicks `button` in the next message box that opens (they run their own loop).
void answerNextMessageBox(QMessageBox::StandardButton button)
{
    auto *timer = new QTimer(qApp);
    auto attempts = std::make_shared<int>(0);
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, qApp, [timer, button, attempts] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            timer->deleteLater();
            box->button(button)->click();
        } else if (++*attempts > 500) {
            timer->deleteLater();
        }
    });
    timer->start();
}

// Translates the window's texts to upper case: enough to see every text follow.
class ShoutingTranslator : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        // The navigation's page titles are PageNavigator's.
        if (qstrcmp(context, "MainWindow") == 0 || qstrcmp(context, "OverviewPage") == 0 ||
            qstrcmp(context, "PageNavigator") == 0)
            return QString::fromUtf8(sourceText).toUpper();
        return {};
    }
};

QString writePolicy(const QString &path, const QString &siteName)
{
    Policy policy = Templates::defaultPolicy();
    policy.meta.siteName = siteName;
    const Status status = PolicyWriter::writeFile(policy, path);
    return status ? path : QString();
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void navigationSwitchesPages();
    void pagesSlotInInStandardOrder();
    void everyControlIsNamed();
    void editLanguageSelectorDrivesViews();
    void retranslatesOnLanguageChange();
    void titleFollowsUndoCleanState();
    void undoRedoActions();
    void newSaveReopenRoundTrip();
    void newAsksAboutUnsavedChanges();
    void closeAsksAboutUnsavedChanges();
    void dropOpensJsonFile();
    void recentFilesListed_data();
    void recentFilesListed();
    void recentFilesPruned();
    void autosaveWritesRecoveryWhileModified();
    void recoveryAfterCrashRestores();
    void recoveryCanBeDiscarded();
    void layoutRemembered();
    void overviewShowsDefaultCharter();
    void everyStandardPageIsTheRealWidget();
    void editMenuHoldsGridAndCharterActions();
    void importAndExportActionsOpenTheirDialogs_data();
    void importAndExportActionsOpenTheirDialogs();
    void csvImportIsOneUndoStep();
    void undoFlushesTheSectionEditorFirst();
    void issuesDockShowsDefaultCharterCounts();
    void newRowFindingsWaitUntilTheRowIsLeft();
    void findingNavigatesToCookieCell();
    void frenchInterfaceRetranslatesMenus();
    void opensDocumentsOfAnyShape();
    void smokeRunExitsCleanly_data();
    void smokeRunExitsCleanly();

private:
    QTemporaryDir m_dir;
};

void TestMainWindow::initTestCase()
{
    // Settings and the recovery folder go to a test location, never the user's.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("Charte"));
    QCoreApplication::setApplicationName(QStringLiteral("charte-tst-mainwindow"));
    QVERIFY(m_dir.isValid());
    qunsetenv("CHARTE_RECOVERY_ANSWER");
}

void TestMainWindow::init()
{
    QSettings().clear();
    QDir(Autosaver::recoveryDirectory()).removeRecursively();
    qunsetenv("CHARTE_RECOVERY_ANSWER");
}

void TestMainWindow::navigationSwitchesPages()
{
    MainWindow window;
    window.showDefaultCharter();
    QCOMPARE(window.pageIds(),
             (QStringList{QStringLiteral("overview"), QStringLiteral("charter"), QStringLiteral("cookies"), QStringLiteral("providers"),
                          QStringLiteral("categories"), QStringLiteral("banner"), QStringLiteral("scan"), QStringLiteral("translations"), QStringLiteral("consents"), QStringLiteral("history")}));
    QCOMPARE(window.currentPageId(), QStringLiteral("overview"));

    auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    auto *pages = window.findChild<QStackedWidget *>(QStringLiteral("pages"));
    QVERIFY(navigation && pages);
    QSignalSpy spy(&window, &MainWindow::currentPageChanged);

    navigation->setCurrentRow(2);
    QCOMPARE(window.currentPageId(), QStringLiteral("cookies"));
    QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("cookiesPage"));
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.first().first().toString(), QStringLiteral("cookies"));

    // The View menu reaches the same pages with Ctrl+number.
    auto *showCharter = window.findChild<QAction *>(QStringLiteral("actionShow_charter"));
    QVERIFY(showCharter);
    QCOMPARE(showCharter->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_2));
    showCharter->trigger();
    QCOMPARE(window.currentPageId(), QStringLiteral("charter"));
    QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("charterPage"));
    QCOMPARE(navigation->currentRow(), 1);
}

void TestMainWindow::pagesSlotInInStandardOrder()
{
    MainWindow window;
    window.showDefaultCharter();
    auto *providers = new QWidget;
    auto *extra = new QWidget;
    window.addPage(QStringLiteral("extra"), QStringLiteral("Extra"), {}, extra);
    // An id that exists is replaced in place.
    window.addPage(QStringLiteral("providers"), {}, {}, providers);
    QCOMPARE(window.pageIds(),
             (QStringList{QStringLiteral("overview"), QStringLiteral("charter"), QStringLiteral("cookies"), QStringLiteral("providers"),
                          QStringLiteral("categories"), QStringLiteral("banner"), QStringLiteral("scan"), QStringLiteral("translations"),
                          QStringLiteral("consents"), QStringLiteral("history"), QStringLiteral("extra")}));
    QCOMPARE(window.page(QStringLiteral("providers")), providers);
    QCOMPARE(providers->objectName(), QStringLiteral("providersPage"));
    auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    QCOMPARE(navigation->item(3)->text(), MainWindow::standardPageTitle(QStringLiteral("providers")));
    QCOMPARE(navigation->item(10)->text(), QStringLiteral("Extra"));

    // setPage replaces the placeholder table with the real page, title kept.
    window.showPage(QStringLiteral("cookies"));
    QPointer<QWidget> old = window.page(QStringLiteral("cookies"));
    auto *grid = new QWidget;
    grid->setObjectName(QStringLiteral("cookiesPage"));
    window.setPage(QStringLiteral("cookies"), grid);
    QCOMPARE(window.page(QStringLiteral("cookies")), grid);
    QCOMPARE(window.currentPageId(), QStringLiteral("cookies"));
    QCOMPARE(window.findChild<QStackedWidget *>(QStringLiteral("pages"))->currentWidget(), grid);
    QCOMPARE(navigation->item(2)->text(), MainWindow::standardPageTitle(QStringLiteral("cookies")));
    QTRY_VERIFY(old.isNull());
    QCOMPARE(window.pageIds().size(), 11);
}

void TestMainWindow::everyControlIsNamed()
{
    MainWindow window;
    window.showDefaultCharter();
    for (const QString &name :
         {QStringLiteral("navigation"), QStringLiteral("pages"), QStringLiteral("editLanguageCombo"), QStringLiteral("fileStateLabel"),
          QStringLiteral("charterView"), QStringLiteral("cookieView"), QStringLiteral("overviewPage"), QStringLiteral("issueCountLabel")}) {
        auto *widget = window.findChild<QWidget *>(name);
        QVERIFY2(widget, qPrintable(name));
        QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(name));
    }
    for (const QString &name :
         {QStringLiteral("actionNew"), QStringLiteral("actionOpen"), QStringLiteral("actionSave"), QStringLiteral("actionSaveAs"), QStringLiteral("actionUndo"),
          QStringLiteral("actionRedo"), QStringLiteral("actionClose"), QStringLiteral("actionQuit"), QStringLiteral("actionImportCsv"),
          QStringLiteral("actionImportCharter"), QStringLiteral("actionImportEvidence"), QStringLiteral("actionExport"),
          QStringLiteral("actionExportPdf"), QStringLiteral("actionPrint"), QStringLiteral("actionKnownCookies"),
          QStringLiteral("actionLanguages"), QStringLiteral("actionScan"), QStringLiteral("actionCheck")}) {
        auto *action = window.findChild<QAction *>(name);
        QVERIFY2(action, qPrintable(name));
        QVERIFY2(!action->text().isEmpty(), qPrintable(name));
    }
    QCOMPARE(window.findChild<QAction *>(QStringLiteral("actionNew"))->shortcut(),
             QKeySequence(QKeySequence::New));
    QCOMPARE(window.findChild<QAction *>(QStringLiteral("actionSave"))->shortcut(),
             QKeySequence(QKeySequence::Save));
    // Save As has Ctrl+Shift+S everywhere, not only where the platform defines it.
    QCOMPARE(window.findChild<QAction *>(QStringLiteral("actionSaveAs"))->shortcut(),
             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
}

void TestMainWindow::editLanguageSelectorDrivesViews()
{
    MainWindow window;
    window.showDefaultCharter();
    auto *combo = window.findChild<QComboBox *>(QStringLiteral("editLanguageCombo"));
    QVERIFY(combo);
    QCOMPARE(combo->count(), 2);
    QCOMPARE(combo->itemData(0).toString(), QStringLiteral("fr"));
    QCOMPARE(combo->itemData(1).toString(), QStringLiteral("en"));
    QCOMPARE(window.editLanguage(), QStringLiteral("fr"));

    auto *model = qobject_cast<CookiesPage *>(window.page(QStringLiteral("cookies")))->model();
    QVERIFY(model);
    const QModelIndex purpose = model->index(0, CookieTableModel::PurposeColumn);
    const QString french = purpose.data().toString();

    QSignalSpy spy(&window, &MainWindow::editLanguageChanged);
    combo->setCurrentIndex(1);
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.first().first().toString(), QStringLiteral("en"));
    QCOMPARE(window.editLanguage(), QStringLiteral("en"));
    QCOMPARE(model->editLanguage(), QStringLiteral("en"));
    QVERIFY(purpose.data().toString() != french);

    // A document without English falls back to its default language.
    Policy frenchOnly = Templates::defaultPolicy();
    frenchOnly.meta.languages = {QStringLiteral("fr")};
    window.adopt(frenchOnly, m_dir.filePath(QStringLiteral("fr-only.charte.json")));
    QCOMPARE(combo->count(), 1);
    QCOMPARE(window.editLanguage(), QStringLiteral("fr"));
    QCOMPARE(model->editLanguage(), QStringLiteral("fr"));
}

void TestMainWindow::retranslatesOnLanguageChange()
{
    MainWindow window;
    window.showDefaultCharter();
    auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    auto *save = window.findChild<QAction *>(QStringLiteral("actionSave"));
    auto *heading = window.page(QStringLiteral("overview"))->findChild<QLabel *>(QStringLiteral("categoryHeading"));
    QCOMPARE(navigation->item(0)->text(), QStringLiteral("Overview"));
    QCOMPARE(heading->text(), QStringLiteral("Cookies per category"));

    ShoutingTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    // QApplication posts the LanguageChange events to the windows.
    QTRY_COMPARE(navigation->item(0)->text(), QStringLiteral("OVERVIEW"));
    QCOMPARE(save->text(), QStringLiteral("&SAVE"));
    QCOMPARE(window.findChild<QAction *>(QStringLiteral("actionShow_cookies"))->text(), QStringLiteral("COOKIES"));
    QCOMPARE(heading->text(), QStringLiteral("COOKIES PER CATEGORY"));
    QVERIFY(window.windowTitle().startsWith(QStringLiteral("UNTITLED")));

    QVERIFY(QCoreApplication::removeTranslator(&translator));
    QTRY_COMPARE(navigation->item(0)->text(), QStringLiteral("Overview"));
    QCOMPARE(save->text(), QStringLiteral("&Save"));
}

void TestMainWindow::titleFollowsUndoCleanState()
{
    MainWindow window;
    const QString path = writePolicy(m_dir.filePath(QStringLiteral("title.charte.json")), QStringLiteral("Title"));
    QVERIFY(window.openFile(path));
    auto *state = window.findChild<QLabel *>(QStringLiteral("fileStateLabel"));
    QVERIFY(window.windowTitle().startsWith(QStringLiteral("title.charte.json[*]")));
    QVERIFY(!window.isWindowModified());
    QVERIFY(state->text().startsWith(QStringLiteral("Saved")));
    QVERIFY(state->text().contains(QDir::toNativeSeparators(path)));

    rename(window, QStringLiteral("Changed"));
    QVERIFY(window.isWindowModified());
    QVERIFY(state->text().startsWith(QStringLiteral("Modified")));
    window.document()->undoStack()->undo();
    QVERIFY(!window.isWindowModified());
    window.document()->undoStack()->redo();
    QVERIFY(window.isWindowModified());
    QVERIFY(window.saveTo(path));
    QVERIFY(!window.isWindowModified());
    QVERIFY(state->text().startsWith(QStringLiteral("Saved")));
    // Undo past the save point: modified again.
    window.document()->undoStack()->undo();
    QVERIFY(window.isWindowModified());
}

void TestMainWindow::undoRedoActions()
{
    MainWindow window;
    window.showDefaultCharter();
    auto *undo = window.findChild<QAction *>(QStringLiteral("actionUndo"));
    auto *redo = window.findChild<QAction *>(QStringLiteral("actionRedo"));
    QVERIFY(undo && redo);
    QCOMPARE(undo->shortcut(), QKeySequence(QKeySequence::Undo));
    QCOMPARE(redo->shortcut(), QKeySequence(QKeySequence::Redo));
    QVERIFY(!undo->isEnabled());

    const QString original = window.document()->policy().meta.siteName;
    rename(window, QStringLiteral("Renamed"));
    QVERIFY(undo->isEnabled());
    QVERIFY(undo->text().contains(QStringLiteral("Rename site")));
    undo->trigger();
    QCOMPARE(window.document()->policy().meta.siteName, original);
    QVERIFY(redo->isEnabled());
    redo->trigger();
    QCOMPARE(window.document()->policy().meta.siteName, QStringLiteral("Renamed"));
    // The same actions sit in the Edit menu.
    QVERIFY(window.editMenu()->actions().contains(undo));
    QVERIFY(window.editMenu()->actions().contains(redo));
}

void TestMainWindow::newSaveReopenRoundTrip()
{
    const QString path = m_dir.filePath(QStringLiteral("roundtrip.charte.json"));
    {
        MainWindow window;
        QVERIFY(window.newDocument());
        QVERIFY(window.document()->filePath().isEmpty());
        QCOMPARE(window.document()->policy(), Templates::defaultPolicy());
        QVERIFY(window.windowTitle().startsWith(QStringLiteral("Untitled")));
        rename(window, QStringLiteral("Site d’essai <&>"));
        QVERIFY(window.saveTo(path));
        QCOMPARE(window.document()->filePath(), QFileInfo(path).absoluteFilePath());
        QVERIFY(window.windowTitle().startsWith(QStringLiteral("roundtrip.charte.json")));
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();

    MainWindow reopened;
    QVERIFY(reopened.openFile(path));
    QCOMPARE(reopened.document()->policy().meta.siteName, QStringLiteral("Site d’essai <&>"));
    QVERIFY(!reopened.isWindowModified());
    QCOMPARE(PolicyWriter::toJson(reopened.document()->policy()), bytes);
}

void TestMainWindow::newAsksAboutUnsavedChanges()
{
    MainWindow window;
    window.showDefaultCharter();
    rename(window, QStringLiteral("Unsaved"));

    answerNextMessageBox(QMessageBox::Cancel);
    QVERIFY(!window.newDocument());
    QCOMPARE(window.document()->policy().meta.siteName, QStringLiteral("Unsaved"));

    answerNextMessageBox(QMessageBox::Discard);
    QVERIFY(window.newDocument());
    QCOMPARE(window.document()->policy(), Templates::defaultPolicy());
    QVERIFY(!window.isWindowModified());
}

void TestMainWindow::closeAsksAboutUnsavedChanges()
{
    MainWindow window;
    const QString path = writePolicy(m_dir.filePath(QStringLiteral("close.charte.json")), QStringLiteral("Close"));
    QVERIFY(window.openFile(path));
    window.show();
    rename(window, QStringLiteral("Closing"));

    answerNextMessageBox(QMessageBox::Cancel);
    QVERIFY(!window.close());
    QVERIFY(window.isVisible());

    answerNextMessageBox(QMessageBox::Save);
    QVERIFY(window.close());
    Expected<Policy> saved = PolicyReader::readFile(path);
    QVERIFY(saved);
    QCOMPARE(saved->meta.siteName, QStringLiteral("Closing"));
}

void TestMainWindow::dropOpensJsonFile()
{
    MainWindow window;
    window.showDefaultCharter();
    const QString path = writePolicy(m_dir.filePath(QStringLiteral("dropped.charte.json")), QStringLiteral("Dropped"));
    const QString text = m_dir.filePath(QStringLiteral("notes.txt"));
    QFile notes(text);
    QVERIFY(notes.open(QIODevice::WriteOnly));
    notes.write("not a charter");
    notes.close();

    QMimeData refused;
    refused.setUrls({QUrl::fromLocalFile(text)});
    QDragEnterEvent refusedEnter(QPoint(10, 10), Qt::CopyAction, &refused, Qt::LeftButton,
                                 Qt::NoModifier);
    QApplication::sendEvent(&window, &refusedEnter);
    QVERIFY(!refusedEnter.isAccepted());

    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(path)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
    QCOMPARE(window.document()->filePath(), QFileInfo(path).absoluteFilePath());
    QCOMPARE(window.document()->policy().meta.siteName, QStringLiteral("Dropped"));

    // Dropped on a page, the file still reaches the window: no page takes it over.
    for (const QString &pageId : window.pageIds()) {
        QWidget *target = window.page(pageId);
        if (auto *area = qobject_cast<QAbstractScrollArea *>(target))
            target = area->viewport();
        QVERIFY2(!target->acceptDrops(), qPrintable(pageId));
    }
}

void TestMainWindow::recentFilesListed_data()
{
    QTest::addColumn<int>("opened");
    QTest::addColumn<int>("listed");
    QTest::newRow("three") << 3 << 3;
    QTest::newRow("eight") << 8 << 8;
    QTest::newRow("eleven, capped") << 11 << 8;
}

void TestMainWindow::recentFilesListed()
{
    QFETCH(int, opened);
    QFETCH(int, listed);
    MainWindow window;
    QStringList paths;
    for (int i = 0; i < opened; ++i) {
        const QString path = writePolicy(
            m_dir.filePath(QStringLiteral("recent-%1.charte.json").arg(i)), QString::number(i));
        QVERIFY(window.openFile(path));
        paths.prepend(QFileInfo(path).absoluteFilePath());
    }
    QCOMPARE(window.recentFiles()->files(), paths.mid(0, listed));

    auto *menu = window.findChild<QMenu *>(QStringLiteral("recentMenu"));
    QVERIFY(menu);
    QStringList inMenu;
    for (QAction *action : menu->actions()) {
        if (action->objectName() == QStringLiteral("recentFileAction"))
            inMenu.append(action->data().toString());
    }
    QCOMPARE(inMenu, paths.mid(0, listed));

    // Choosing an entry opens that file.
    const QList<QAction *> actions = menu->actions();
    actions.at(listed - 1)->trigger();
    QCOMPARE(window.document()->filePath(), paths.at(listed - 1));
    QCOMPARE(window.recentFiles()->files().first(), paths.at(listed - 1));
}

void TestMainWindow::recentFilesPruned()
{
    MainWindow window;
    const QString kept = writePolicy(m_dir.filePath(QStringLiteral("kept.charte.json")), QStringLiteral("Kept"));
    const QString gone = writePolicy(m_dir.filePath(QStringLiteral("gone.charte.json")), QStringLiteral("Gone"));
    QVERIFY(window.openFile(kept));
    QVERIFY(window.openFile(gone));
    QCOMPARE(window.recentFiles()->files().size(), 2);
    QVERIFY(QFile::remove(gone));
    QCOMPARE(window.recentFiles()->files(), QStringList{QFileInfo(kept).absoluteFilePath()});
    // Pruned in the settings too, not only in the answer.
    QCOMPARE(QSettings().value(QStringLiteral("recentFiles")).toStringList(),
             QStringList{QFileInfo(kept).absoluteFilePath()});
    window.findChild<QAction *>(QStringLiteral("actionClearRecent"))->trigger();
    QVERIFY(window.recentFiles()->files().isEmpty());
}

void TestMainWindow::autosaveWritesRecoveryWhileModified()
{
    MainWindow window;
    const QString path = writePolicy(m_dir.filePath(QStringLiteral("autosave.charte.json")), QStringLiteral("Auto"));
    QVERIFY(window.openFile(path));
    window.autosaver()->setInterval(20);
    const QString recovery = window.autosaver()->recoveryFilePath();
    QVERIFY(recovery.startsWith(Autosaver::recoveryDirectory()));
    QVERIFY(!QFile::exists(recovery)); // nothing to keep while unmodified

    QSignalSpy saved(window.autosaver(), &Autosaver::saved);
    rename(window, QStringLiteral("Autosaved"));
    QTRY_VERIFY(QFile::exists(recovery));
    QTRY_VERIFY(saved.size() >= 1);
    Expected<Policy> copy = PolicyReader::readFile(recovery);
    QVERIFY(copy);
    QCOMPARE(copy->meta.siteName, QStringLiteral("Autosaved"));
    QFile sidecar(window.autosaver()->sidecarFilePath());
    QVERIFY(sidecar.open(QIODevice::ReadOnly));
    QCOMPARE(
        QJsonDocument::fromJson(sidecar.readAll()).object().value(QStringLiteral("originalPath")).toString(),
        QFileInfo(path).absoluteFilePath());
    sidecar.close();

    // Saving makes the copy pointless; the next change brings it back; a clean
    // close removes it.
    QVERIFY(window.saveTo(path));
    QVERIFY(!QFile::exists(recovery));
    rename(window, QStringLiteral("Again"));
    QTRY_VERIFY(QFile::exists(recovery));
    window.show();
    answerNextMessageBox(QMessageBox::Discard);
    QVERIFY(window.close());
    QVERIFY(!QFile::exists(recovery));
    QVERIFY(!QFile::exists(window.autosaver()->sidecarFilePath()));
}

void TestMainWindow::recoveryAfterCrashRestores()
{
    const QString path = writePolicy(m_dir.filePath(QStringLiteral("crash.charte.json")), QStringLiteral("Before"));
    QString recovery;
    {
        auto crashed = std::make_unique<MainWindow>();
        QVERIFY(crashed->openFile(path));
        crashed->autosaver()->setInterval(20);
        rename(*crashed, QStringLiteral("Unsaved work"));
        recovery = crashed->autosaver()->recoveryFilePath();
        QTRY_VERIFY(QFile::exists(recovery));
        // No close event: the window goes away as if the process had died.
    }
    QVERIFY(QFile::exists(recovery));
    QCOMPARE(Autosaver::orphanedRecoveries().size(), 1);

    qputenv("CHARTE_RECOVERY_ANSWER", "restore");
    MainWindow window;
    window.showDefaultCharter();
    QVERIFY(window.offerRecovery());
    QCOMPARE(window.document()->policy().meta.siteName, QStringLiteral("Unsaved work"));
    QCOMPARE(window.document()->filePath(), QFileInfo(path).absoluteFilePath());
    QVERIFY(window.document()->isModified());
    QVERIFY(window.isWindowModified());
    QVERIFY(!QFile::exists(recovery));
    // The restored work is protected again by this window's own copy.
    QVERIFY(QFile::exists(window.autosaver()->recoveryFilePath()));
    QVERIFY(Autosaver::orphanedRecoveries().isEmpty());
    // The file on disk is untouched until the user saves.
    QCOMPARE(PolicyReader::readFile(path)->meta.siteName, QStringLiteral("Before"));
    QVERIFY(window.saveTo(path));
    QCOMPARE(PolicyReader::readFile(path)->meta.siteName, QStringLiteral("Unsaved work"));
}

void TestMainWindow::recoveryCanBeDiscarded()
{
    {
        auto crashed = std::make_unique<MainWindow>();
        crashed->showDefaultCharter();
        crashed->autosaver()->setInterval(20);
        rename(*crashed, QStringLiteral("Throwaway"));
        QTRY_VERIFY(QFile::exists(crashed->autosaver()->recoveryFilePath()));
    }
    QCOMPARE(Autosaver::orphanedRecoveries().size(), 1);
    QVERIFY(Autosaver::orphanedRecoveries().first().originalPath.isEmpty());

    // Asked through the real dialog this time.
    MainWindow window;
    window.showDefaultCharter();
    auto *timer = new QTimer(&window);
    timer->setInterval(10);
    connect(timer, &QTimer::timeout, &window, [timer] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        timer->stop();
        QCOMPARE(box->objectName(), QStringLiteral("recoveryBox"));
        for (QAbstractButton *button : box->buttons()) {
            if (box->buttonRole(button) == QMessageBox::DestructiveRole)
                button->click();
        }
    });
    timer->start();
    QVERIFY(!window.offerRecovery());
    QCOMPARE(window.document()->policy(), Templates::defaultPolicy());
    QVERIFY(Autosaver::orphanedRecoveries().isEmpty());
    QVERIFY(!window.offerRecovery()); // nothing left to offer
}

void TestMainWindow::layoutRemembered()
{
    QList<int> sizes;
    {
        MainWindow window;
        window.showDefaultCharter();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *splitter = window.findChild<QSplitter *>(QStringLiteral("mainSplitter"));
        splitter->setSizes({260, 700});
        sizes = splitter->sizes();
        window.showPage(QStringLiteral("cookies"));
        auto *view = window.findChild<QTableView *>(QStringLiteral("cookieView"));
        view->horizontalHeader()->resizeSection(CookieTableModel::NameColumn, 333);
        QVERIFY(window.close());
    }
    MainWindow window;
    window.showDefaultCharter();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.findChild<QSplitter *>(QStringLiteral("mainSplitter"))->sizes(), sizes);
    QCOMPARE(window.currentPageId(), QStringLiteral("cookies"));
    QCOMPARE(window.findChild<QTableView *>(QStringLiteral("cookieView"))
                 ->horizontalHeader()
                 ->sectionSize(CookieTableModel::NameColumn),
             333);
}

void TestMainWindow::overviewShowsDefaultCharter()
{
    MainWindow window;
    window.showDefaultCharter();
    window.show();
    QCOMPARE(window.currentPageId(), QStringLiteral("overview"));
    QWidget *overview = window.page(QStringLiteral("overview"));
    QVERIFY(overview);
    QCOMPARE(overview->findChild<QLabel *>(QStringLiteral("siteNameLabel"))->text(), QStringLiteral("ANRU Open Data"));
    QCOMPARE(overview->findChild<QLabel *>(QStringLiteral("cookieCountLabel"))->text(), QStringLiteral("4"));
    QCOMPARE(overview->findChild<QLabel *>(QStringLiteral("thirdPartyLabel"))->text(), QStringLiteral("0"));
    auto *chart = overview->findChild<BarChart *>(QStringLiteral("categoryChart"));
    QVERIFY(chart);
    QCOMPARE(chart->bars().size(), 1);
    QCOMPARE(chart->bars().first().value, 4);

    // It follows the document: one more cookie, one more in the figures.
    Cookie extra;
    extra.name = QStringLiteral("_extra");
    extra.categoryId = QStringLiteral("necessary");
    window.document()->insertCookies(0, {extra});
    QCOMPARE(overview->findChild<QLabel *>(QStringLiteral("cookieCountLabel"))->text(), QStringLiteral("5"));
    QCOMPARE(chart->bars().first().value, 5);
}

void TestMainWindow::everyStandardPageIsTheRealWidget()
{
    MainWindow window;
    window.showDefaultCharter();
    for (const QString &id : MainWindow::standardPageIds())
        QVERIFY2(window.page(id), qPrintable(id));
    QVERIFY(qobject_cast<CharterPage *>(window.page(QStringLiteral("charter"))));
    QVERIFY(qobject_cast<CookiesPage *>(window.page(QStringLiteral("cookies"))));
    QVERIFY(qobject_cast<ProvidersPage *>(window.page(QStringLiteral("providers"))));
    QVERIFY(qobject_cast<CategoriesPage *>(window.page(QStringLiteral("categories"))));
    QVERIFY(qobject_cast<BannerPage *>(window.page(QStringLiteral("banner"))));
    QVERIFY(qobject_cast<ScanDialog *>(window.page(QStringLiteral("scan"))));
    QVERIFY(qobject_cast<TranslationView *>(window.page(QStringLiteral("translations"))));
    // The scan dialog lives in the page: not a window of its own, no Close button.
    QVERIFY(!window.page(QStringLiteral("scan"))->isWindow());

    // One edit-language selector: the window's drives the charter and the grid.
    auto *charter = qobject_cast<CharterPage *>(window.page(QStringLiteral("charter")));
    auto *cookies = qobject_cast<CookiesPage *>(window.page(QStringLiteral("cookies")));
    QVERIFY(charter->findChild<QComboBox *>(QStringLiteral("charterLanguageCombo"))->isHidden());
    window.setEditLanguage(QStringLiteral("en"));
    QCOMPARE(charter->editLanguage(), QStringLiteral("en"));
    QCOMPARE(cookies->model()->editLanguage(), QStringLiteral("en"));
}

void TestMainWindow::editMenuHoldsGridAndCharterActions()
{
    MainWindow window;
    window.showDefaultCharter();
    auto *cookies = qobject_cast<CookiesPage *>(window.page(QStringLiteral("cookies")));
    auto *charter = qobject_cast<CharterPage *>(window.page(QStringLiteral("charter")));
    const QList<QAction *> edit = window.editMenu()->actions();
    QVERIFY(!cookies->editActions().isEmpty());
    for (QAction *action : cookies->editActions())
        QVERIFY2(edit.contains(action), qPrintable(action->objectName()));
    for (QAction *action : charter->sectionActions())
        QVERIFY2(edit.contains(action), qPrintable(action->objectName()));
}

void TestMainWindow::importAndExportActionsOpenTheirDialogs_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("dialogClass");
    QTest::newRow("export") << QStringLiteral("actionExport") << QStringLiteral("ExportDialog");
    QTest::newRow("charter page") << QStringLiteral("actionImportCharter") << QStringLiteral("CharterImportDialog");
    QTest::newRow("languages") << QStringLiteral("actionLanguages") << QStringLiteral("LanguagesDialog");
    // These ask for a file first.
    QTest::newRow("csv") << QStringLiteral("actionImportCsv") << QStringLiteral("QFileDialog");
    QTest::newRow("evidence") << QStringLiteral("actionImportEvidence") << QStringLiteral("QFileDialog");
    QTest::newRow("known cookies") << QStringLiteral("actionKnownCookies") << QStringLiteral("QFileDialog");
}

void TestMainWindow::importAndExportActionsOpenTheirDialogs()
{
    QFETCH(QString, action);
    QFETCH(QString, dialogClass);
    MainWindow window;
    window.showDefaultCharter();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *trigger = window.findChild<QAction *>(action);
    QVERIFY(trigger);
    // Reachable from the menu bar, not only by name.
    const QList<QAction *> menus = window.menuBar()->actions();
    QVERIFY(std::any_of(menus.begin(), menus.end(), [trigger](QAction *menu) {
        const std::function<bool(QMenu *)> holds = [&](QMenu *m) {
            for (QAction *a : m->actions()) {
                if (a == trigger || (a->menu() && holds(a->menu())))
                    return true;
            }
            return false;
        };
        return menu->menu() && holds(menu->menu());
    }));

    QString opened;
    auto seen = TestSupport::handleNextDialog<QDialog>([&opened](QDialog *dialog) {
        opened = QString::fromLatin1(dialog->metaObject()->className());
        return false;
    });
    trigger->trigger();
    QVERIFY(*seen);
    QCOMPARE(opened, dialogClass);
    QCOMPARE(window.document()->policy(), Templates::defaultPolicy()); // nothing applied
}

void TestMainWindow::csvImportIsOneUndoStep()
{
    const QString path = m_dir.filePath(QStringLiteral("inventory.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Nom;Finalit\xc3\xa9;Dur\xc3\xa9""e\n"
               "_pk_id;Mesure d'audience;13 mois\n"
               "_pk_ses;Mesure d'audience;30 minutes\n");
    file.close();

    MainWindow window;
    window.showDefaultCharter();
    const qsizetype before = window.document()->policy().cookies.size();
    const int steps = window.document()->undoStack()->count();
    auto seen = TestSupport::handleNextDialog<CsvImportDialog>([](CsvImportDialog *dialog) {
        return dialog->canImport();
    });
    QVERIFY(window.importCsv(path));
    QVERIFY(*seen);
    const Policy &policy = window.document()->policy();
    QCOMPARE(policy.cookies.size(), before + 2);
    QCOMPARE(policy.cookies.at(before).name, QStringLiteral("_pk_id"));
    QCOMPARE(window.currentPageId(), QStringLiteral("cookies"));
    QCOMPARE(window.document()->undoStack()->count(), steps + 1);
    window.findChild<QAction *>(QStringLiteral("actionUndo"))->trigger();
    QCOMPARE(window.document()->policy(), Templates::defaultPolicy());
}

void TestMainWindow::undoFlushesTheSectionEditorFirst()
{
    MainWindow window;
    window.showDefaultCharter();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showPage(QStringLiteral("charter"));
    auto *charter = qobject_cast<CharterPage *>(window.page(QStringLiteral("charter")));
    const QList<CharterSection> &sections = window.document()->policy().charter;
    const auto text = std::find_if(sections.begin(), sections.end(), [](const CharterSection &s) {
        return s.kind == CharterSection::Kind::Text;
    });
    QVERIFY(text != sections.end());
    const int row = int(text - sections.begin());
    charter->setCurrentSection(row);
    auto *body = charter->sectionEditor()->findChild<QTextEdit *>(QStringLiteral("sectionBodyEdit"));
    QVERIFY(body);
    const QString original = sections.at(row).body.value(QStringLiteral("fr"));
    body->setFocus();
    body->moveCursor(QTextCursor::End);
    QTest::keyClicks(body, QStringLiteral(" ajout"));
    QVERIFY(body->toPlainText().endsWith(QStringLiteral(" ajout")));
    // Typing still held by the editor: Undo pushes it, then takes it back.
    const int steps = window.document()->undoStack()->count();
    window.findChild<QAction *>(QStringLiteral("actionUndo"))->trigger();
    QCOMPARE(window.document()->undoStack()->count(), steps + 1); // pushed, then undone
    QVERIFY(window.document()->undoStack()->canRedo());
    QCOMPARE(window.document()->policy().charter.at(row).body.value(QStringLiteral("fr")), original);
    QVERIFY(!window.document()->isModified());
    window.findChild<QAction *>(QStringLiteral("actionRedo"))->trigger();
    QVERIFY(window.document()->policy().charter.at(row).body.value(QStringLiteral("fr")).endsWith(QStringLiteral(" ajout")));
}

void TestMainWindow::issuesDockShowsDefaultCharterCounts()
{
    MainWindow window;
    window.showDefaultCharter();
    window.show();
    auto *dock = window.findChild<QDockWidget *>(QStringLiteral("issuesDock"));
    QVERIFY(dock);
    QVERIFY(qobject_cast<IssuesPanel *>(dock->widget()));
    QCOMPARE(window.dockWidgetArea(dock), Qt::BottomDockWidgetArea);
    auto *counts = window.findChild<QLabel *>(QStringLiteral("issueCountLabel"));
    QVERIFY(counts);
    QCOMPARE(window.issuesPanel()->report().count(Severity::Error), 0);
    QCOMPARE(counts->text(), QStringLiteral("0 errors, 0 warnings, 1 note"));
    // The dock says it in the same words as the status bar.
    auto *summary = window.findChild<QLabel *>(QStringLiteral("issuesSummary"));
    QVERIFY2(summary->text().startsWith(counts->text()), qPrintable(summary->text()));

    // Check Now shows a hidden dock and counts a new problem at once.
    dock->hide();
    Cookie nameless;
    nameless.categoryId = QStringLiteral("necessary");
    window.document()->insertCookies(0, {nameless});
    window.findChild<QAction *>(QStringLiteral("actionCheck"))->trigger();
    QVERIFY(dock->isVisible());
    QVERIFY(window.issuesPanel()->report().count(Severity::Error) > 0);
    QVERIFY2(!counts->text().startsWith(QStringLiteral("0 errors")), qPrintable(counts->text()));
}

// A new row is not an error while it is being typed: its findings wait until the
// person leaves it (issue 17, point 6).
void TestMainWindow::newRowFindingsWaitUntilTheRowIsLeft()
{
    MainWindow window;
    window.showDefaultCharter();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showPage(QStringLiteral("cookies"));
    auto *cookies = qobject_cast<CookiesPage *>(window.page(QStringLiteral("cookies")));
    QTableView *view = cookies->view();
    const auto cookieFindings = [&window](qsizetype row) {
        qsizetype count = 0;
        for (const Finding &finding : window.issuesPanel()->report().findings)
            count += finding.place.kind == FindingPlace::Kind::Cookie && finding.place.index == row;
        return count;
    };
    const int errorsBefore = window.issuesPanel()->report().count(Severity::Error);
    view->setCurrentIndex(view->model()->index(0, CookieTableModel::NameColumn));
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Insert); // a new row after the first, its name editor open
    const int row = cookies->proxy()->mapToSource(view->currentIndex()).row();
    auto *name = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(name);
    QTest::keyClicks(name, QStringLiteral("csrftoken"));
    QTest::keyClick(name, Qt::Key_Tab); // on to the next cell of the same row
    window.issuesPanel()->recheckNow();
    QCOMPARE(cookieFindings(row), 0);
    QCOMPARE(window.issuesPanel()->report().count(Severity::Error), errorsBefore);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);

    // Leaving the row: its missing purpose and category are errors now.
    view->setCurrentIndex(cookies->proxy()->index(0, CookieTableModel::NameColumn));
    QTRY_VERIFY(cookieFindings(row) > 0);
    QVERIFY(window.issuesPanel()->report().count(Severity::Error) > errorsBefore);
}

void TestMainWindow::findingNavigatesToCookieCell()
{
    MainWindow window;
    window.showDefaultCharter();
    window.show();
    Cookie cookie = window.document()->policy().cookies.at(1);
    cookie.purpose = {};
    window.document()->setCookie(1, cookie);
    window.issuesPanel()->recheckNow();

    // Activate (double click or Enter) the finding about cookie #1 in the panel's tree.
    auto *tree = window.issuesPanel()->findChild<QTreeView *>(QStringLiteral("issuesTree"));
    QVERIFY(tree);
    QSignalSpy activated(window.issuesPanel(), &IssuesPanel::activated);
    const QAbstractItemModel *issues = tree->model();
    bool found = false;
    for (int group = 0; group < issues->rowCount() && !found; ++group) {
        const QModelIndex heading = issues->index(group, 0);
        for (int row = 0; row < issues->rowCount(heading) && !found; ++row) {
            emit tree->activated(issues->index(row, 0, heading));
            const Finding finding = activated.last().first().value<Finding>();
            found = finding.place.kind == FindingPlace::Kind::Cookie && finding.place.index == 1;
        }
    }
    QVERIFY(!activated.isEmpty());
    const Finding finding = activated.last().first().value<Finding>();
    QCOMPARE(finding.place.kind, FindingPlace::Kind::Cookie);
    QCOMPARE(finding.place.index, 1);
    QCOMPARE(window.currentPageId(), QStringLiteral("cookies"));
    auto *cookies = qobject_cast<CookiesPage *>(window.page(QStringLiteral("cookies")));
    const QModelIndex current = cookies->proxy()->mapToSource(cookies->view()->currentIndex());
    QCOMPARE(current.row(), 1);
}

void TestMainWindow::frenchInterfaceRetranslatesMenus()
{
    MainWindow window;
    window.showDefaultCharter();
    QCOMPARE(window.fileMenu()->title(), QStringLiteral("&File"));
    auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    QCOMPARE(navigation->item(0)->text(), QStringLiteral("Overview"));
    window.interfaceLanguage()->setChoice(QStringLiteral("fr"));
    QCOMPARE(window.interfaceLanguage()->effectiveLanguage(), QStringLiteral("fr"));
    // The title is whatever the French catalogue says ("&Fichier" once it has it),
    // reached live through LanguageChange.
    const QString french = QCoreApplication::translate("MainWindow", "&File");
    QTRY_COMPARE(window.fileMenu()->title(), french);
    QCOMPARE(navigation->item(0)->text(), QCoreApplication::translate("PageNavigator", "Overview"));
    window.interfaceLanguage()->setChoice(QStringLiteral("en"));
    QTRY_COMPARE(window.fileMenu()->title(), QStringLiteral("&File"));
}

void TestMainWindow::opensDocumentsOfAnyShape()
{
    // Every page must follow a document with other sections, languages and rows
    // (the translation view once counted the old rows of a replaced document).
    MainWindow window;
    window.showDefaultCharter();
    window.show();
    const std::optional<Policy> typical = Templates::load(QStringLiteral("typical"));
    QVERIFY(typical);
    for (const Policy &policy : {*typical, Templates::defaultPolicy(), *typical}) {
        window.adopt(policy, m_dir.filePath(QStringLiteral("shape.charte.json")));
        for (const QString &id : window.pageIds())
            window.showPage(id);
        QCoreApplication::processEvents();
        QCOMPARE(window.document()->policy(), policy);
    }
    auto *scanUrl = window.page(QStringLiteral("scan"))->findChild<QLineEdit *>(QStringLiteral("urlEdit"));
    QVERIFY(scanUrl);
    QCOMPARE(scanUrl->text(), typical->meta.siteUrl);
}

void TestMainWindow::smokeRunExitsCleanly_data()
{
    QTest::addColumn<bool>("withFile");
    QTest::addColumn<bool>("withRecovery");
    QTest::newRow("default charter") << false << false;
    QTest::newRow("a file") << true << false;
    // A restored document is modified: quitting must not wait on "save the changes?".
    QTest::newRow("restoring a crashed session") << false << true;
}

void TestMainWindow::smokeRunExitsCleanly()
{
    QFETCH(bool, withFile);
    QFETCH(bool, withRecovery);
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QString document = writePolicy(home.filePath(QStringLiteral("smoke.charte.json")), QStringLiteral("Smoke"));
    QVERIFY(!document.isEmpty());

    // The real program keeps its settings where the user's are: point it elsewhere.
    TestSupport::CharteOptions options;
    options.environment = TestSupport::isolatedEnvironment(home.path());
    if (withRecovery) {
        // What a crashed `charte` leaves: the copy and its sidecar, from a dead process.
        const QString recovery = home.filePath(QStringLiteral("data/Charte/charte/recovery"));
        QVERIFY(QDir().mkpath(recovery));
        QVERIFY(QFile::copy(document, recovery + QStringLiteral("/crashed.charte.json")));
        QFile sidecar(recovery + QStringLiteral("/crashed.recovery.json"));
        QVERIFY(sidecar.open(QIODevice::WriteOnly));
        QJsonObject object;
        object.insert(QStringLiteral("originalPath"), document);
        object.insert(QStringLiteral("savedAt"), QStringLiteral("2026-01-01T00:00:00.000Z"));
        object.insert(QStringLiteral("pid"), 0);
        sidecar.write(QJsonDocument(object).toJson());
        sidecar.close();
        options.environment.insert(QStringLiteral("CHARTE_RECOVERY_ANSWER"), QStringLiteral("restore"));
    }
    QStringList arguments{QStringLiteral("--quit-after-startup")};
    if (withFile)
        arguments.append(document);
    QCOMPARE(TestSupport::runCharte(arguments, options).exitCode, 0);
    if (withRecovery) {
        // The old copy was taken over by the new session's own.
        QVERIFY(
            !QFile::exists(home.filePath(QStringLiteral("data/Charte/charte/recovery/crashed.charte.json"))));
    }
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
