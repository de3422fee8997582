#include "autosaver.h"
#include "barchart.h"
#include "cookietablemodel.h"
#include "mainwindow.h"
#include "policydocument.h"
#include "policyreader.h"
#include "policywriter.h"
#include "recentfiles.h"
#include "templates.h"

#include <QAbstractScrollArea>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPointer>
#include <QProcess>
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
#include <QUndoCommand>

#include <memory>

namespace {
// An edit as the pages make them: a command on the document's stack.
class SetSiteNameCommand : public QUndoCommand
{
public:
    SetSiteNameCommand(PolicyDocument *document, const QString &name)
        : QUndoCommand(QStringLiteral("Rename site")), m_document(document),
          m_old(document->policy().meta.siteName), m_new(name)
    {}
    void redo() override { apply(m_new); }
    void undo() override { apply(m_old); }

private:
    void apply(const QString &name)
    {
        PolicyMeta meta = m_document->policy().meta;
        meta.siteName = name;
        m_document->setMeta(meta);
    }
    PolicyDocument *m_document;
    QString m_old;
    QString m_new;
};

void rename(MainWindow &window, const QString &name)
{
    window.document()->undoStack()->push(new SetSiteNameCommand(window.document(), name));
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
        if (qstrcmp(context, "MainWindow") == 0 || qstrcmp(context, "OverviewPage") == 0)
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
    QCOMPARE(window.pageIds(), (QStringList{u"overview"_qs, u"charter"_qs, u"cookies"_qs}));
    QCOMPARE(window.currentPageId(), u"overview"_qs);

    auto *navigation = window.findChild<QListWidget *>(u"navigation"_qs);
    auto *pages = window.findChild<QStackedWidget *>(u"pages"_qs);
    QVERIFY(navigation && pages);
    QSignalSpy spy(&window, &MainWindow::currentPageChanged);

    navigation->setCurrentRow(2);
    QCOMPARE(window.currentPageId(), u"cookies"_qs);
    QCOMPARE(pages->currentWidget()->objectName(), u"cookieView"_qs);
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.first().first().toString(), u"cookies"_qs);

    // The View menu reaches the same pages with Ctrl+number.
    auto *showCharter = window.findChild<QAction *>(u"actionShow_charter"_qs);
    QVERIFY(showCharter);
    QCOMPARE(showCharter->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_2));
    showCharter->trigger();
    QCOMPARE(window.currentPageId(), u"charter"_qs);
    QCOMPARE(pages->currentWidget()->objectName(), u"charterView"_qs);
    QCOMPARE(navigation->currentRow(), 1);
}

void TestMainWindow::pagesSlotInInStandardOrder()
{
    MainWindow window;
    window.showDefaultCharter();
    auto *scan = new QWidget;
    auto *providers = new QWidget;
    auto *extra = new QWidget;
    window.addPage(u"scan"_qs, {}, {}, scan);
    window.addPage(u"extra"_qs, u"Extra"_qs, {}, extra);
    window.addPage(u"providers"_qs, {}, {}, providers);
    QCOMPARE(window.pageIds(), (QStringList{u"overview"_qs, u"charter"_qs, u"cookies"_qs,
                                            u"providers"_qs, u"scan"_qs, u"extra"_qs}));
    QCOMPARE(window.page(u"providers"_qs), providers);
    QCOMPARE(providers->objectName(), u"providersPage"_qs);
    auto *navigation = window.findChild<QListWidget *>(u"navigation"_qs);
    QCOMPARE(navigation->item(3)->text(), MainWindow::standardPageTitle(u"providers"_qs));
    QCOMPARE(navigation->item(5)->text(), u"Extra"_qs);

    // setPage replaces the placeholder table with the real page, title kept.
    window.showPage(u"cookies"_qs);
    QPointer<QWidget> old = window.page(u"cookies"_qs);
    auto *grid = new QWidget;
    grid->setObjectName(u"cookiesPage"_qs);
    window.setPage(u"cookies"_qs, grid);
    QCOMPARE(window.page(u"cookies"_qs), grid);
    QCOMPARE(window.currentPageId(), u"cookies"_qs);
    QCOMPARE(window.findChild<QStackedWidget *>(u"pages"_qs)->currentWidget(), grid);
    QCOMPARE(navigation->item(2)->text(), MainWindow::standardPageTitle(u"cookies"_qs));
    QTRY_VERIFY(old.isNull());
    QCOMPARE(window.pageIds().size(), 6);
}

void TestMainWindow::everyControlIsNamed()
{
    MainWindow window;
    window.showDefaultCharter();
    for (const QString &name :
         {u"navigation"_qs, u"pages"_qs, u"editLanguageCombo"_qs, u"fileStateLabel"_qs,
          u"charterView"_qs, u"cookieView"_qs, u"overviewPage"_qs}) {
        auto *widget = window.findChild<QWidget *>(name);
        QVERIFY2(widget, qPrintable(name));
        QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(name));
    }
    for (const QString &name :
         {u"actionNew"_qs, u"actionOpen"_qs, u"actionSave"_qs, u"actionSaveAs"_qs, u"actionUndo"_qs,
          u"actionRedo"_qs, u"actionClose"_qs, u"actionQuit"_qs}) {
        auto *action = window.findChild<QAction *>(name);
        QVERIFY2(action, qPrintable(name));
        QVERIFY2(!action->text().isEmpty(), qPrintable(name));
    }
    QCOMPARE(window.findChild<QAction *>(u"actionNew"_qs)->shortcut(),
             QKeySequence(QKeySequence::New));
    QCOMPARE(window.findChild<QAction *>(u"actionSave"_qs)->shortcut(),
             QKeySequence(QKeySequence::Save));
}

void TestMainWindow::editLanguageSelectorDrivesViews()
{
    MainWindow window;
    window.showDefaultCharter();
    auto *combo = window.findChild<QComboBox *>(u"editLanguageCombo"_qs);
    QVERIFY(combo);
    QCOMPARE(combo->count(), 2);
    QCOMPARE(combo->itemData(0).toString(), u"fr"_qs);
    QCOMPARE(combo->itemData(1).toString(), u"en"_qs);
    QCOMPARE(window.editLanguage(), u"fr"_qs);

    auto *view = window.findChild<QTableView *>(u"cookieView"_qs);
    auto *model = qobject_cast<CookieTableModel *>(view->model());
    QVERIFY(model);
    const QModelIndex purpose = model->index(0, CookieTableModel::PurposeColumn);
    const QString french = purpose.data().toString();

    QSignalSpy spy(&window, &MainWindow::editLanguageChanged);
    combo->setCurrentIndex(1);
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.first().first().toString(), u"en"_qs);
    QCOMPARE(window.editLanguage(), u"en"_qs);
    QCOMPARE(model->editLanguage(), u"en"_qs);
    QVERIFY(purpose.data().toString() != french);

    // A document without English falls back to its default language.
    Policy frenchOnly = Templates::defaultPolicy();
    frenchOnly.meta.languages = {u"fr"_qs};
    window.adopt(frenchOnly, m_dir.filePath(u"fr-only.charte.json"_qs));
    QCOMPARE(combo->count(), 1);
    QCOMPARE(window.editLanguage(), u"fr"_qs);
    QCOMPARE(model->editLanguage(), u"fr"_qs);
}

void TestMainWindow::retranslatesOnLanguageChange()
{
    MainWindow window;
    window.showDefaultCharter();
    auto *navigation = window.findChild<QListWidget *>(u"navigation"_qs);
    auto *save = window.findChild<QAction *>(u"actionSave"_qs);
    auto *heading = window.page(u"overview"_qs)->findChild<QLabel *>(u"categoryHeading"_qs);
    QCOMPARE(navigation->item(0)->text(), u"Overview"_qs);
    QCOMPARE(heading->text(), u"Cookies per category"_qs);

    ShoutingTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    // QApplication posts the LanguageChange events to the windows.
    QTRY_COMPARE(navigation->item(0)->text(), u"OVERVIEW"_qs);
    QCOMPARE(save->text(), u"&SAVE"_qs);
    QCOMPARE(window.findChild<QAction *>(u"actionShow_cookies"_qs)->text(), u"COOKIES"_qs);
    QCOMPARE(heading->text(), u"COOKIES PER CATEGORY"_qs);
    QVERIFY(window.windowTitle().startsWith(u"UNTITLED"_qs));

    QVERIFY(QCoreApplication::removeTranslator(&translator));
    QTRY_COMPARE(navigation->item(0)->text(), u"Overview"_qs);
    QCOMPARE(save->text(), u"&Save"_qs);
}

void TestMainWindow::titleFollowsUndoCleanState()
{
    MainWindow window;
    const QString path = writePolicy(m_dir.filePath(u"title.charte.json"_qs), u"Title"_qs);
    QVERIFY(window.openFile(path));
    auto *state = window.findChild<QLabel *>(u"fileStateLabel"_qs);
    QVERIFY(window.windowTitle().startsWith(u"title.charte.json[*]"_qs));
    QVERIFY(!window.isWindowModified());
    QVERIFY(state->text().startsWith(u"Saved"_qs));
    QVERIFY(state->text().contains(QDir::toNativeSeparators(path)));

    rename(window, u"Changed"_qs);
    QVERIFY(window.isWindowModified());
    QVERIFY(state->text().startsWith(u"Modified"_qs));
    window.document()->undoStack()->undo();
    QVERIFY(!window.isWindowModified());
    window.document()->undoStack()->redo();
    QVERIFY(window.isWindowModified());
    QVERIFY(window.saveTo(path));
    QVERIFY(!window.isWindowModified());
    QVERIFY(state->text().startsWith(u"Saved"_qs));
    // Undo past the save point: modified again.
    window.document()->undoStack()->undo();
    QVERIFY(window.isWindowModified());
}

void TestMainWindow::undoRedoActions()
{
    MainWindow window;
    window.showDefaultCharter();
    auto *undo = window.findChild<QAction *>(u"actionUndo"_qs);
    auto *redo = window.findChild<QAction *>(u"actionRedo"_qs);
    QVERIFY(undo && redo);
    QCOMPARE(undo->shortcut(), QKeySequence(QKeySequence::Undo));
    QCOMPARE(redo->shortcut(), QKeySequence(QKeySequence::Redo));
    QVERIFY(!undo->isEnabled());

    const QString original = window.document()->policy().meta.siteName;
    rename(window, u"Renamed"_qs);
    QVERIFY(undo->isEnabled());
    QVERIFY(undo->text().contains(u"Rename site"_qs));
    undo->trigger();
    QCOMPARE(window.document()->policy().meta.siteName, original);
    QVERIFY(redo->isEnabled());
    redo->trigger();
    QCOMPARE(window.document()->policy().meta.siteName, u"Renamed"_qs);
    // The same actions sit in the Edit menu.
    QVERIFY(window.editMenu()->actions().contains(undo));
    QVERIFY(window.editMenu()->actions().contains(redo));
}

void TestMainWindow::newSaveReopenRoundTrip()
{
    const QString path = m_dir.filePath(u"roundtrip.charte.json"_qs);
    {
        MainWindow window;
        QVERIFY(window.newDocument());
        QVERIFY(window.document()->filePath().isEmpty());
        QCOMPARE(window.document()->policy(), Templates::defaultPolicy());
        QVERIFY(window.windowTitle().startsWith(u"Untitled"_qs));
        rename(window, u"Site d’essai <&>"_qs);
        QVERIFY(window.saveTo(path));
        QCOMPARE(window.document()->filePath(), QFileInfo(path).absoluteFilePath());
        QVERIFY(window.windowTitle().startsWith(u"roundtrip.charte.json"_qs));
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();

    MainWindow reopened;
    QVERIFY(reopened.openFile(path));
    QCOMPARE(reopened.document()->policy().meta.siteName, u"Site d’essai <&>"_qs);
    QVERIFY(!reopened.isWindowModified());
    QCOMPARE(PolicyWriter::toJson(reopened.document()->policy()), bytes);
}

void TestMainWindow::newAsksAboutUnsavedChanges()
{
    MainWindow window;
    window.showDefaultCharter();
    rename(window, u"Unsaved"_qs);

    answerNextMessageBox(QMessageBox::Cancel);
    QVERIFY(!window.newDocument());
    QCOMPARE(window.document()->policy().meta.siteName, u"Unsaved"_qs);

    answerNextMessageBox(QMessageBox::Discard);
    QVERIFY(window.newDocument());
    QCOMPARE(window.document()->policy(), Templates::defaultPolicy());
    QVERIFY(!window.isWindowModified());
}

void TestMainWindow::closeAsksAboutUnsavedChanges()
{
    MainWindow window;
    const QString path = writePolicy(m_dir.filePath(u"close.charte.json"_qs), u"Close"_qs);
    QVERIFY(window.openFile(path));
    window.show();
    rename(window, u"Closing"_qs);

    answerNextMessageBox(QMessageBox::Cancel);
    QVERIFY(!window.close());
    QVERIFY(window.isVisible());

    answerNextMessageBox(QMessageBox::Save);
    QVERIFY(window.close());
    Expected<Policy> saved = PolicyReader::readFile(path);
    QVERIFY(saved);
    QCOMPARE(saved->meta.siteName, u"Closing"_qs);
}

void TestMainWindow::dropOpensJsonFile()
{
    MainWindow window;
    window.showDefaultCharter();
    const QString path = writePolicy(m_dir.filePath(u"dropped.charte.json"_qs), u"Dropped"_qs);
    const QString text = m_dir.filePath(u"notes.txt"_qs);
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
    QCOMPARE(window.document()->policy().meta.siteName, u"Dropped"_qs);

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

    auto *menu = window.findChild<QMenu *>(u"recentMenu"_qs);
    QVERIFY(menu);
    QStringList inMenu;
    for (QAction *action : menu->actions()) {
        if (action->objectName() == u"recentFileAction"_qs)
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
    const QString kept = writePolicy(m_dir.filePath(u"kept.charte.json"_qs), u"Kept"_qs);
    const QString gone = writePolicy(m_dir.filePath(u"gone.charte.json"_qs), u"Gone"_qs);
    QVERIFY(window.openFile(kept));
    QVERIFY(window.openFile(gone));
    QCOMPARE(window.recentFiles()->files().size(), 2);
    QVERIFY(QFile::remove(gone));
    QCOMPARE(window.recentFiles()->files(), QStringList{QFileInfo(kept).absoluteFilePath()});
    // Pruned in the settings too, not only in the answer.
    QCOMPARE(QSettings().value(u"recentFiles"_qs).toStringList(),
             QStringList{QFileInfo(kept).absoluteFilePath()});
    window.findChild<QAction *>(u"actionClearRecent"_qs)->trigger();
    QVERIFY(window.recentFiles()->files().isEmpty());
}

void TestMainWindow::autosaveWritesRecoveryWhileModified()
{
    MainWindow window;
    const QString path = writePolicy(m_dir.filePath(u"autosave.charte.json"_qs), u"Auto"_qs);
    QVERIFY(window.openFile(path));
    window.autosaver()->setInterval(20);
    const QString recovery = window.autosaver()->recoveryFilePath();
    QVERIFY(recovery.startsWith(Autosaver::recoveryDirectory()));
    QVERIFY(!QFile::exists(recovery)); // nothing to keep while unmodified

    QSignalSpy saved(window.autosaver(), &Autosaver::saved);
    rename(window, u"Autosaved"_qs);
    QTRY_VERIFY(QFile::exists(recovery));
    QTRY_VERIFY(saved.size() >= 1);
    Expected<Policy> copy = PolicyReader::readFile(recovery);
    QVERIFY(copy);
    QCOMPARE(copy->meta.siteName, u"Autosaved"_qs);
    QFile sidecar(window.autosaver()->sidecarFilePath());
    QVERIFY(sidecar.open(QIODevice::ReadOnly));
    QCOMPARE(
        QJsonDocument::fromJson(sidecar.readAll()).object().value(u"originalPath"_qs).toString(),
        QFileInfo(path).absoluteFilePath());
    sidecar.close();

    // Saving makes the copy pointless; the next change brings it back; a clean
    // close removes it.
    QVERIFY(window.saveTo(path));
    QVERIFY(!QFile::exists(recovery));
    rename(window, u"Again"_qs);
    QTRY_VERIFY(QFile::exists(recovery));
    window.show();
    answerNextMessageBox(QMessageBox::Discard);
    QVERIFY(window.close());
    QVERIFY(!QFile::exists(recovery));
    QVERIFY(!QFile::exists(window.autosaver()->sidecarFilePath()));
}

void TestMainWindow::recoveryAfterCrashRestores()
{
    const QString path = writePolicy(m_dir.filePath(u"crash.charte.json"_qs), u"Before"_qs);
    QString recovery;
    {
        auto crashed = std::make_unique<MainWindow>();
        QVERIFY(crashed->openFile(path));
        crashed->autosaver()->setInterval(20);
        rename(*crashed, u"Unsaved work"_qs);
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
    QCOMPARE(window.document()->policy().meta.siteName, u"Unsaved work"_qs);
    QCOMPARE(window.document()->filePath(), QFileInfo(path).absoluteFilePath());
    QVERIFY(window.document()->isModified());
    QVERIFY(window.isWindowModified());
    QVERIFY(!QFile::exists(recovery));
    // The restored work is protected again by this window's own copy.
    QVERIFY(QFile::exists(window.autosaver()->recoveryFilePath()));
    QVERIFY(Autosaver::orphanedRecoveries().isEmpty());
    // The file on disk is untouched until the user saves.
    QCOMPARE(PolicyReader::readFile(path)->meta.siteName, u"Before"_qs);
    QVERIFY(window.saveTo(path));
    QCOMPARE(PolicyReader::readFile(path)->meta.siteName, u"Unsaved work"_qs);
}

void TestMainWindow::recoveryCanBeDiscarded()
{
    {
        auto crashed = std::make_unique<MainWindow>();
        crashed->showDefaultCharter();
        crashed->autosaver()->setInterval(20);
        rename(*crashed, u"Throwaway"_qs);
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
        QCOMPARE(box->objectName(), u"recoveryBox"_qs);
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
        auto *splitter = window.findChild<QSplitter *>(u"mainSplitter"_qs);
        splitter->setSizes({260, 700});
        sizes = splitter->sizes();
        window.showPage(u"cookies"_qs);
        auto *view = window.findChild<QTableView *>(u"cookieView"_qs);
        view->horizontalHeader()->resizeSection(CookieTableModel::NameColumn, 333);
        QVERIFY(window.close());
    }
    MainWindow window;
    window.showDefaultCharter();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.findChild<QSplitter *>(u"mainSplitter"_qs)->sizes(), sizes);
    QCOMPARE(window.currentPageId(), u"cookies"_qs);
    QCOMPARE(window.findChild<QTableView *>(u"cookieView"_qs)
                 ->horizontalHeader()
                 ->sectionSize(CookieTableModel::NameColumn),
             333);
}

void TestMainWindow::overviewShowsDefaultCharter()
{
    MainWindow window;
    window.showDefaultCharter();
    window.show();
    QCOMPARE(window.currentPageId(), u"overview"_qs);
    QWidget *overview = window.page(u"overview"_qs);
    QVERIFY(overview);
    QCOMPARE(overview->findChild<QLabel *>(u"siteNameLabel"_qs)->text(), u"ANRU Open Data"_qs);
    QCOMPARE(overview->findChild<QLabel *>(u"cookieCountLabel"_qs)->text(), u"4"_qs);
    QCOMPARE(overview->findChild<QLabel *>(u"thirdPartyLabel"_qs)->text(), u"0"_qs);
    auto *chart = overview->findChild<BarChart *>(u"categoryChart"_qs);
    QVERIFY(chart);
    QCOMPARE(chart->bars().size(), 1);
    QCOMPARE(chart->bars().first().value, 4);

    // It follows the document: one more cookie, one more in the figures.
    Cookie extra;
    extra.name = u"_extra"_qs;
    extra.categoryId = u"necessary"_qs;
    window.document()->insertCookies(0, {extra});
    QCOMPARE(overview->findChild<QLabel *>(u"cookieCountLabel"_qs)->text(), u"5"_qs);
    QCOMPARE(chart->bars().first().value, 5);
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
    const QString document = writePolicy(home.filePath(u"smoke.charte.json"_qs), u"Smoke"_qs);
    QVERIFY(!document.isEmpty());

    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_QPA_PLATFORM"_qs, u"offscreen"_qs);
    // The real program keeps its settings where the user's are: point it elsewhere.
    environment.insert(u"XDG_CONFIG_HOME"_qs, home.filePath(u"config"_qs));
    environment.insert(u"XDG_DATA_HOME"_qs, home.filePath(u"data"_qs));
    if (withRecovery) {
        // What a crashed `charte` leaves: the copy and its sidecar, from a dead process.
        const QString recovery = home.filePath(u"data/Charte/charte/recovery"_qs);
        QVERIFY(QDir().mkpath(recovery));
        QVERIFY(QFile::copy(document, recovery + u"/crashed.charte.json"_qs));
        QFile sidecar(recovery + u"/crashed.recovery.json"_qs);
        QVERIFY(sidecar.open(QIODevice::WriteOnly));
        QJsonObject object;
        object.insert(u"originalPath"_qs, document);
        object.insert(u"savedAt"_qs, u"2026-01-01T00:00:00.000Z"_qs);
        object.insert(u"pid"_qs, 0);
        sidecar.write(QJsonDocument(object).toJson());
        sidecar.close();
        environment.insert(u"CHARTE_RECOVERY_ANSWER"_qs, u"restore"_qs);
    }
    process.setProcessEnvironment(environment);
    QStringList arguments{u"--quit-after-startup"_qs};
    if (withFile)
        arguments.append(document);
    process.start(QStringLiteral(CHARTE_EXECUTABLE), arguments);
    QVERIFY(process.waitForFinished(60'000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    if (withRecovery) {
        // The old copy was taken over by the new session's own.
        QVERIFY(
            !QFile::exists(home.filePath(u"data/Charte/charte/recovery/crashed.charte.json"_qs)));
    }
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
