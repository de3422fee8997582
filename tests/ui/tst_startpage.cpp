// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "charterpage.h"
#include "commands/metacommands.h"
#include "document/policydocument.h"
#include "documentmanager.h"
#include "format/autosaver.h"
#include "format/policywriter.h"
#include "format/templates.h"
#include "interfacelanguage.h"
#include "mainwindow.h"
#include "sectioneditor.h"
#include "startpage.h"
#include "support/screenshots.h"
#include "support/scriptedprompts.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCommandLinkButton>
#include <QDockWidget>
#include <QListWidget>
#include <QMenu>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QUndoStack>

#include <memory>

namespace {

StartPage *startPage(MainWindow &window)
{
    return window.findChild<StartPage *>(QStringLiteral("startPage"));
}

QAction *action(MainWindow &window, const char *name)
{
    return window.findChild<QAction *>(QString::fromLatin1(name));
}

void rename(PolicyDocument *document, const QString &name)
{
    PolicyMeta meta = document->policy().meta;
    meta.siteName = name;
    document->undoStack()->push(setMetaCommand(document, meta, QStringLiteral("Rename site")));
}

} // namespace

// File › Close keeps the window and shows the start page (recent files, a new
// document from each template); the next start reopens the last document.
class TestStartPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void closeKeepsTheWindowAndShowsTheStartPage();
    void closeAsksAboutUnsavedChanges();
    void closeOrSaveRightAfterTypingKeepsTheTyping();
    void newFromTemplateLeavesThePage();
    void theNextStartReopensTheLastDocument();
    void reopeningCanBeTurnedOff();
    void aDocumentGoneSinceIsSaidNotAsked();
    void saveAsHasCtrlShiftS();
    void screenshots_data();
    void screenshots();

private:
    QString savedDocument(const QString &name, const QString &siteName);
    QTemporaryDir m_dir;
};

void TestStartPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("Charte"));
    QCoreApplication::setApplicationName(QStringLiteral("charte-tst-startpage"));
    QVERIFY(m_dir.isValid());
    qunsetenv("CHARTE_RECOVERY_ANSWER");
}

void TestStartPage::init()
{
    QSettings().clear();
    QDir(Autosaver::recoveryDirectory()).removeRecursively();
}

QString TestStartPage::savedDocument(const QString &name, const QString &siteName)
{
    Policy policy = Templates::defaultPolicy();
    policy.meta.siteName = siteName;
    const QString path = m_dir.filePath(name);
    return PolicyWriter::writeFile(policy, path) ? path : QString();
}

void TestStartPage::closeKeepsTheWindowAndShowsTheStartPage()
{
    const QString path = savedDocument(QStringLiteral("valbourg.charte.json"), QStringLiteral("Valbourg"));
    MainWindow window;
    QVERIFY(window.openFile(path));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *issues = window.findChild<QDockWidget *>(QStringLiteral("issuesDock"));
    QVERIFY(issues->isVisible());
    QWidget *documentView = window.centralWidget();

    QAction *close = action(window, "actionClose");
    QVERIFY(!close->shortcut().isEmpty());
    QTest::keySequence(&window, close->shortcut());
    StartPage *start = startPage(window);
    QVERIFY(start->isShown());
    QVERIFY(window.isVisible());
    QCOMPARE(window.centralWidget(), start);
    QVERIFY(start->isVisible());
    QVERIFY(!documentView->isVisible());
    QCOMPARE(window.windowTitle(), QStringLiteral("Charte"));
    QVERIFY(window.document()->filePath().isEmpty());
    QVERIFY(window.document()->policy().cookies.isEmpty());
    // What needs a document is off; what opens one is on.
    QVERIFY(!action(window, "actionSave")->isEnabled());
    QVERIFY(!action(window, "actionSaveAs")->isEnabled());
    QVERIFY(!close->isEnabled());
    QVERIFY(!action(window, "actionExport")->isEnabled());
    QVERIFY(!action(window, "actionCheck")->isEnabled());
    QVERIFY(action(window, "actionNew")->isEnabled());
    QVERIFY(action(window, "actionOpen")->isEnabled());
    QVERIFY(!issues->isVisible());

    auto *recent = start->findChild<QListWidget *>(QStringLiteral("recentList"));
    QVERIFY(recent->isVisible());
    QCOMPARE(recent->count(), 1);
    QVERIFY(recent->item(0)->text().startsWith(QStringLiteral("valbourg.charte.json")));
    QCOMPARE(start->findChildren<QCommandLinkButton *>().size(), Templates::names().size());

    // The recent document, chosen with the keyboard, comes back.
    recent->setFocus();
    recent->setCurrentRow(0);
    QTest::keyClick(recent, Qt::Key_Return);
    QVERIFY(!start->isShown());
    QCOMPARE(window.centralWidget(), documentView);
    QVERIFY(documentView->isVisible());
    QCOMPARE(window.document()->policy().meta.siteName, QStringLiteral("Valbourg"));
    QCOMPARE(QFileInfo(window.document()->filePath()), QFileInfo(path));
    QVERIFY(action(window, "actionSaveAs")->isEnabled());
    QVERIFY(close->isEnabled());
    QVERIFY(action(window, "actionCheck")->isEnabled());
    QVERIFY(issues->isVisible());
    QVERIFY(window.windowTitle().startsWith(QStringLiteral("valbourg.charte.json")));
    // The edit language the toolbar shows is the one every page edits in. The empty
    // document between had English as its default; this one has French: a page
    // that kept "the default" would edit French under an English label.
    auto *combo = window.findChild<QComboBox *>(QStringLiteral("editLanguageCombo"));
    QVERIFY(combo);
    const QString shown = combo->currentData().toString();
    QCOMPARE(shown, window.editLanguage());
    auto *charter = qobject_cast<CharterPage *>(window.page(QStringLiteral("charter")));
    QCOMPARE(charter->editLanguage(), shown);
    QCOMPARE(charter->sectionEditor()->editLanguage(), shown);
}

void TestStartPage::closeAsksAboutUnsavedChanges()
{
    MainWindow window;
    const auto script = TestSupport::scriptDialogs(*window.documentManager());
    window.showDefaultCharter();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    rename(window.document(), QStringLiteral("Changed"));

    script->unsavedAnswer = DocumentManager::Prompts::Answer::Cancel;
    QTest::keySequence(&window, action(window, "actionClose")->shortcut());
    QCOMPARE(script->unsavedAsked.size(), 1);
    QVERIFY(!startPage(window)->isShown());
    QCOMPARE(window.document()->policy().meta.siteName, QStringLiteral("Changed"));

    script->unsavedAnswer = DocumentManager::Prompts::Answer::Discard;
    QTest::keySequence(&window, action(window, "actionClose")->shortcut());
    QCOMPARE(script->unsavedAsked.size(), 2);
    QVERIFY(startPage(window)->isShown());
    QVERIFY(!window.document()->isModified());
    QVERIFY(!action(window, "actionUndo")->isEnabled()); // nothing of the closed document to undo
}

// The charter's editor pushes typing after a pause; Close and Save pressed before that
// pause must still see it: Close asks, Save writes it.
void TestStartPage::closeOrSaveRightAfterTypingKeepsTheTyping()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    MainWindow window;
    const auto script = TestSupport::scriptDialogs(*window.documentManager());
    window.showDefaultCharter();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showPage(QStringLiteral("charter"));
    auto *charter = qobject_cast<CharterPage *>(window.page(QStringLiteral("charter")));
    QVERIFY(charter);
    const QList<CharterSection> &sections = window.document()->policy().charter;
    const auto text = std::find_if(sections.begin(), sections.end(), [](const CharterSection &s) {
        return s.kind == CharterSection::Kind::Text;
    });
    QVERIFY(text != sections.end());
    const int row = int(text - sections.begin());
    charter->setCurrentSection(row);
    auto *body = charter->sectionEditor()->findChild<QTextEdit *>(QStringLiteral("sectionBodyEdit"));
    QVERIFY(body);
    const QString language = charter->editLanguage();

    body->setFocus();
    body->moveCursor(QTextCursor::End);
    QTest::keyClicks(body, QStringLiteral(" ZZZQ"));
    QVERIFY(!window.document()->isModified()); // still held by the editor
    script->unsavedAnswer = DocumentManager::Prompts::Answer::Cancel;
    QTest::keySequence(&window, action(window, "actionClose")->shortcut());
    QCOMPARE(script->unsavedAsked.size(), 1);
    QVERIFY(!startPage(window)->isShown());
    QVERIFY(window.document()->policy().charter.at(row).body.value(language).endsWith(QStringLiteral(" ZZZQ")));

    // Save As at once after more typing writes that typing too.
    QTest::keyClicks(body, QStringLiteral(" WWX"));
    script->saveAnswer = folder.filePath(QStringLiteral("typed.charte.json"));
    QTest::keySequence(&window, action(window, "actionSave")->shortcut());
    QCOMPARE(script->saveStarts.size(), 1);
    QFile saved(script->saveAnswer);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QVERIFY(QString::fromUtf8(saved.readAll()).contains(QStringLiteral("ZZZQ WWX")));
    QVERIFY(!window.document()->isModified());
}

void TestStartPage::newFromTemplateLeavesThePage()
{
    MainWindow window;
    window.showDefaultCharter();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(startPage(window)->closeDocument());
    auto *typical = startPage(window)->findChild<QCommandLinkButton *>(QStringLiteral("template_typical"));
    QVERIFY(typical);
    QVERIFY(typical->isVisible());
    QTest::mouseClick(typical, Qt::LeftButton);
    QVERIFY(!startPage(window)->isShown());
    QCOMPARE(window.document()->policy(), *Templates::load(QStringLiteral("typical")));
    QVERIFY(window.document()->filePath().isEmpty());
    QCOMPARE(window.currentPageId(), QStringLiteral("overview"));
    QVERIFY(window.windowTitle().contains(QStringLiteral("Untitled")));
}

void TestStartPage::theNextStartReopensTheLastDocument()
{
    const QString path = savedDocument(QStringLiteral("last.charte.json"), QStringLiteral("Last one"));
    QVERIFY(StartPage::reopensLastDocument()); // on by default
    {
        MainWindow window;
        QVERIFY(window.openFile(path));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.close());
    }
    {
        MainWindow window; // as main() starts without FILE
        QVERIFY(startPage(window)->restoreSession());
        QCOMPARE(window.document()->policy().meta.siteName, QStringLiteral("Last one"));
        QVERIFY(!startPage(window)->isShown());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // Ended on the start page: the next start shows it again.
        QVERIFY(startPage(window)->closeDocument());
        QVERIFY(window.close());
    }
    MainWindow window;
    QVERIFY(startPage(window)->restoreSession());
    QVERIFY(startPage(window)->isShown());
}

void TestStartPage::reopeningCanBeTurnedOff()
{
    const QString path = savedDocument(QStringLiteral("off.charte.json"), QStringLiteral("Off"));
    {
        MainWindow window;
        QVERIFY(window.openFile(path));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(startPage(window)->closeDocument());
        auto *box = startPage(window)->findChild<QCheckBox *>(QStringLiteral("reopenLastDocument"));
        QVERIFY(box->isChecked());
        QVERIFY(action(window, "actionReopenLastDocument")->isChecked());
        QVERIFY(window.fileMenu()->actions().contains(action(window, "actionReopenLastDocument")));
        QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(8, box->height() / 2));
        QVERIFY(!box->isChecked());
        QVERIFY(!action(window, "actionReopenLastDocument")->isChecked()); // the menu follows
        QVERIFY(window.close());
    }
    QVERIFY(!StartPage::reopensLastDocument());
    MainWindow window;
    QVERIFY(!startPage(window)->restoreSession()); // main() shows the default charter
    // And back on from the File menu.
    action(window, "actionReopenLastDocument")->trigger();
    QVERIFY(StartPage::reopensLastDocument());
}

void TestStartPage::aDocumentGoneSinceIsSaidNotAsked()
{
    const QString path = savedDocument(QStringLiteral("gone.charte.json"), QStringLiteral("Gone"));
    {
        MainWindow window;
        QVERIFY(window.openFile(path));
        QVERIFY(window.close());
    }
    QVERIFY(QFile::remove(path));
    MainWindow window;
    const auto script = TestSupport::scriptDialogs(*window.documentManager());
    QVERIFY(startPage(window)->restoreSession());
    QVERIFY(startPage(window)->isShown());
    QVERIFY(script->errors.isEmpty()); // no dialog in the way of the start
    const QString message = window.statusBar()->currentMessage();
    QVERIFY2(message.contains(QStringLiteral("gone.charte.json")), qPrintable(message));
    // Shown as main() shows it: the saved layout (with its Issues dock) must not bring
    // back the dock, which would list findings about the empty stand-in document.
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *issues = window.findChild<QDockWidget *>(QStringLiteral("issuesDock"));
    QVERIFY(issues);
    QVERIFY(!issues->isVisible());
    // Opening a document brings the dock back, as the layout had it.
    const QString other = savedDocument(QStringLiteral("other.charte.json"), QStringLiteral("Other"));
    QVERIFY(window.documentManager()->replaceWith(other));
    QVERIFY(!startPage(window)->isShown());
    QVERIFY(issues->isVisible());
}

void TestStartPage::saveAsHasCtrlShiftS()
{
    MainWindow window;
    const auto script = TestSupport::scriptDialogs(*window.documentManager());
    window.showDefaultCharter();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    script->saveAnswer = m_dir.filePath(QStringLiteral("saved-as.charte.json"));
    QTest::keyClick(&window, Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(script->saveStarts.size(), 1);
    QVERIFY(QFile::exists(script->saveAnswer));
    QCOMPARE(QFileInfo(window.document()->filePath()), QFileInfo(script->saveAnswer));
}

void TestStartPage::screenshots_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("fr") << QStringLiteral("fr");
}

void TestStartPage::screenshots()
{
    QFETCH(QString, language);
    QSettings().setValue(InterfaceLanguage::settingsKey(), language);
    const QString first = savedDocument(QStringLiteral("mairie-de-valbourg.charte.json"), QStringLiteral("Valbourg"));
    const QString second = savedDocument(QStringLiteral("open-data.charte.json"), QStringLiteral("Open data"));
    MainWindow window;
    QVERIFY(window.openFile(second));
    QVERIFY(window.openFile(first));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.size(), QSize(1180, 800));
    QVERIFY(startPage(window)->closeDocument());
    QTest::qWait(50);
    // The interface language switched while the page is shown: it stays a start page.
    InterfaceLanguage *interface = window.interfaceLanguage();
    const QString other = language == QLatin1StringView("fr") ? QStringLiteral("en") : QStringLiteral("fr");
    interface->setChoice(other);
    interface->setChoice(language);
    QTRY_COMPARE(window.windowTitle(), QStringLiteral("Charte"));
    QVERIFY(!action(window, "actionSave")->isEnabled());
    auto *typical = startPage(window)->findChild<QCommandLinkButton *>(QStringLiteral("template_typical"));
    QCOMPARE(typical->text(), language == QLatin1StringView("fr") ? QStringLiteral("Site d’une commune")
                                                                   : QStringLiteral("Town website"));
    // Every text fits: the buttons and labels get the room they ask for.
    for (QCommandLinkButton *button : startPage(window)->findChildren<QCommandLinkButton *>())
        QVERIFY2(button->height() >= button->heightForWidth(button->width()), qPrintable(button->text()));
    QVERIFY(TestSupport::saveScreenshot(&window, QStringLiteral("startpage-%1.png").arg(language)));
}

QTEST_MAIN(TestStartPage)
#include "tst_startpage.moc"
