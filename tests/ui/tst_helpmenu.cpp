// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "about/thirdpartylibraries.h"
#include "charteversion.h"
#include "help/shortcutsdialog.h"
#include "help/userguidewindow.h"
#include "interfacelanguage.h"
#include "mainwindow.h"
#include "support/screenshots.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

// Help menu (issue 17, point 12): the user guide, the keyboard shortcuts read from
// the window's actions, and the About box with the version and the libraries.
// CHARTE_SCREENSHOT_DIR=DIR saves each window in English and French to look at.
class tst_helpmenu : public QObject
{
    Q_OBJECT

private:
    static QAction *helpAction(MainWindow &window, const char *name)
    {
        return window.findChild<QAction *>(QString::fromLatin1(name));
    }

    template <typename T> static T *topLevel(const char *name)
    {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (widget->objectName() == QLatin1StringView(name) && widget->isVisible())
                return qobject_cast<T *>(widget);
        }
        return nullptr;
    }

    // (group, action text, shortcut) of every row of the shortcuts window.
    static QList<QStringList> shortcutRows(QTreeWidget *table)
    {
        QList<QStringList> rows;
        for (int group = 0; group < table->topLevelItemCount(); ++group) {
            const QTreeWidgetItem *groupItem = table->topLevelItem(group);
            for (int row = 0; row < groupItem->childCount(); ++row)
                rows << QStringList{groupItem->text(0), groupItem->child(row)->text(0),
                                    groupItem->child(row)->text(1)};
        }
        return rows;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("Charte"));
        QCoreApplication::setApplicationName(QStringLiteral("charte-tst-helpmenu"));
        QSettings().clear();
    }

    void helpMenuIsLastWithItsActions()
    {
        MainWindow window;
        const QList<QAction *> menus = window.menuBar()->actions();
        QVERIFY(!menus.isEmpty());
        QMenu *help = menus.last()->menu();
        QVERIFY(help);
        QCOMPARE(help->objectName(), QStringLiteral("helpMenu"));
        QCOMPARE(help->title(), QStringLiteral("&Help"));
        for (const char *name : {"actionUserGuide", "actionKeyboardShortcuts", "actionAbout"}) {
            QAction *action = helpAction(window, name);
            QVERIFY2(action, name);
            QVERIFY(help->actions().contains(action));
        }
        QCOMPARE(helpAction(window, "actionUserGuide")->shortcut(),
                 QKeySequence(QKeySequence::HelpContents));
    }

    void aboutShowsVersionAndLibraries()
    {
        MainWindow window;
        window.show();
        helpAction(window, "actionAbout")->trigger();
        auto *about = topLevel<QDialog>("aboutDialog");
        QVERIFY(about);
        QVERIFY(about->findChild<QLabel *>(QStringLiteral("aboutTitle"))
                    ->text()
                    .contains(QStringLiteral(CHARTE_VERSION)));
        QVERIFY(about->findChild<QLabel *>(QStringLiteral("aboutSummary"))
                    ->text()
                    .contains(QStringLiteral("Apache-2.0")));
        auto *libraries = about->findChild<QTreeWidget *>(QStringLiteral("aboutLibraries"));
        QVERIFY(libraries);
        const QList<ThirdPartyLibrary> &expected = ThirdPartyLibraries::all();
        QCOMPARE(libraries->topLevelItemCount(), int(expected.size()));
        QStringList names;
        for (int row = 0; row < libraries->topLevelItemCount(); ++row) {
            const QTreeWidgetItem *item = libraries->topLevelItem(row);
            names << item->text(0);
            QCOMPARE(item->text(2), expected.at(row).licence);
            QVERIFY2(!item->text(1).isEmpty(), qPrintable(item->text(0)));
        }
        for (const char *library : {"Qt", "cmark", "gumbo", "simdjson", "libpsl", "ICU"})
            QVERIFY2(names.contains(QString::fromLatin1(library)), library);
        // The version Qt reports at run time, not a number written in the code.
        QCOMPARE(libraries->topLevelItem(int(names.indexOf(QStringLiteral("Qt"))))->text(1),
                 QString::fromLatin1(qVersion()));
        // Asking again raises the same window.
        helpAction(window, "actionAbout")->trigger();
        int open = 0;
        for (QWidget *widget : QApplication::topLevelWidgets())
            open += widget->objectName() == QLatin1StringView("aboutDialog") && widget->isVisible();
        QCOMPARE(open, 1);
        QVERIFY(TestSupport::saveScreenshot(about, QStringLiteral("help-about-en.png")));
        about->close();
    }

    void copyrightFileNamesTheSameLibraries()
    {
        // The package's copyright file and the About box list the same libraries
        // under the same licences.
        QFile copyright(QStringLiteral(CHARTE_SOURCE_DIR "/packaging/copyright"));
        QVERIFY(copyright.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(copyright.readAll()).split(u'\n');
        for (const ThirdPartyLibrary &library : ThirdPartyLibraries::all()) {
            bool found = false;
            for (const QString &line : lines) {
                if (line.startsWith(u' ' + library.name + u' ') &&
                    line.trimmed().endsWith(library.licence))
                    found = true;
            }
            QVERIFY2(found, qPrintable(QStringLiteral("packaging/copyright lacks \" %1 ... %2\"")
                                           .arg(library.name, library.licence)));
        }
    }

    void shortcutsComeFromTheActions()
    {
        MainWindow window;
        window.show();
        helpAction(window, "actionKeyboardShortcuts")->trigger();
        auto *dialog = topLevel<QDialog>("shortcutsDialog");
        QVERIFY(dialog);
        auto *table = dialog->findChild<QTreeWidget *>(QStringLiteral("shortcutsTable"));
        QVERIFY(table);
        const QList<QStringList> rows = shortcutRows(table);

        // Every action of the window with a shortcut is listed once, with its keys.
        int withShortcut = 0;
        for (QAction *action : window.findChildren<QAction *>()) {
            if (action->shortcuts().isEmpty() || action->menu() || !action->isVisible())
                continue;
            ++withShortcut;
            const QString text = ShortcutsDialog::plainText(action->text());
            const QString keys = action->shortcut().toString(QKeySequence::NativeText);
            bool listed = false;
            for (const QStringList &row : rows)
                listed = listed || (row.at(1) == text &&
                                    row.at(2).split(QStringLiteral(", ")).contains(keys));
            QVERIFY2(listed, qPrintable(QStringLiteral("%1 (%2) is not listed").arg(text, keys)));
        }
        QCOMPARE(rows.size(), withShortcut);
        QVERIFY(withShortcut >= 10);

        // Grouped under the menu that holds the action, without the "&" markers.
        const QStringList save{QStringLiteral("File"), QStringLiteral("Save"),
                               QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)};
        QVERIFY2(rows.contains(save), qPrintable(save.join(u'|')));
        QVERIFY(rows.contains(QStringList{
            QStringLiteral("Help"), QStringLiteral("User Guide"),
            QKeySequence(QKeySequence::HelpContents).toString(QKeySequence::NativeText)}));
        QVERIFY(TestSupport::saveScreenshot(dialog, QStringLiteral("help-shortcuts-en.png")));
        dialog->close();

        // A shortcut changed on the action is what the window shows next time.
        QAction *check = window.findChild<QAction *>(QStringLiteral("actionCheck"));
        QVERIFY(check);
        check->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
        QTRY_VERIFY(!topLevel<QDialog>("shortcutsDialog"));
        helpAction(window, "actionKeyboardShortcuts")->trigger();
        dialog = topLevel<QDialog>("shortcutsDialog");
        QVERIFY(dialog);
        bool found = false;
        for (const QStringList &row :
             shortcutRows(dialog->findChild<QTreeWidget *>(QStringLiteral("shortcutsTable"))))
            found = found || (row.at(1) == ShortcutsDialog::plainText(check->text()) &&
                              row.at(2) == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K)
                                               .toString(QKeySequence::NativeText));
        QVERIFY(found);
    }

    void plainTextDropsMnemonics()
    {
        QCOMPARE(ShortcutsDialog::plainText(QStringLiteral("Save &As…")),
                 QStringLiteral("Save As…"));
        QCOMPARE(ShortcutsDialog::plainText(QStringLiteral("&Terms && Conditions")),
                 QStringLiteral("Terms & Conditions"));
        QCOMPARE(ShortcutsDialog::plainText(QStringLiteral("End&")), QStringLiteral("End"));
    }

    void userGuideReadsOfflineAndFollowsTheLanguage()
    {
        MainWindow window;
        window.show();
        helpAction(window, "actionUserGuide")->trigger();
        auto *guide = topLevel<QDialog>("userGuideWindow");
        QVERIFY(guide);
        auto *text = guide->findChild<QTextBrowser *>(QStringLiteral("userGuideText"));
        QVERIFY(text);
        // The embedded English guide, rendered from Markdown (headings, lists).
        QVERIFY(text->toPlainText().startsWith(QStringLiteral("Charte user guide")));
        QVERIFY(text->toHtml().contains(QStringLiteral("Keyboard")));
        QVERIFY(text->toPlainText().contains(QStringLiteral("charte check site.charte.json")));
        QVERIFY(!text->toPlainText().contains(QStringLiteral("## ")));
        QVERIFY(!text->toPlainText().contains(QStringLiteral("missing from this build")));
        QVERIFY(TestSupport::saveScreenshot(guide, QStringLiteral("help-guide-en.png")));

        window.interfaceLanguage()->setChoice(QStringLiteral("fr"));
        QTRY_VERIFY(text->toPlainText().startsWith(QStringLiteral("Guide de Charte")));
        QTRY_COMPARE(window.menuBar()->actions().last()->menu()->title(),
                     QCoreApplication::translate("HelpMenu", "&Help"));
        QCOMPARE(guide->windowTitle(),
                 QCoreApplication::translate("UserGuideWindow", "Charte User Guide"));
        QVERIFY(TestSupport::saveScreenshot(guide, QStringLiteral("help-guide-fr.png")));
        QVERIFY(window.menuBar()->actions().last()->menu()->title() != QStringLiteral("&Help"));
        helpAction(window, "actionAbout")->trigger();
        auto *about = topLevel<QDialog>("aboutDialog");
        QVERIFY(about);
        QVERIFY(TestSupport::saveScreenshot(about, QStringLiteral("help-about-fr.png")));
        helpAction(window, "actionKeyboardShortcuts")->trigger();
        auto *shortcuts = topLevel<QDialog>("shortcutsDialog");
        QVERIFY(shortcuts);
        // The French texts of the actions, read from them after they retranslated.
        QTRY_VERIFY(
            !shortcutRows(shortcuts->findChild<QTreeWidget *>(QStringLiteral("shortcutsTable")))
                 .contains(QStringList{
                     QStringLiteral("File"), QStringLiteral("Save"),
                     QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)}));
        QVERIFY(TestSupport::saveScreenshot(shortcuts, QStringLiteral("help-shortcuts-fr.png")));
        window.interfaceLanguage()->setChoice(QStringLiteral("en"));
        QTRY_VERIFY(text->toPlainText().startsWith(QStringLiteral("Charte user guide")));
    }

    void bothGuidesAreEmbedded()
    {
        for (const char *language : {"en", "fr"}) {
            const QString markdown = UserGuideWindow::guideMarkdown(QString::fromLatin1(language));
            QVERIFY2(markdown.startsWith(u'#'), language);
            QVERIFY(markdown.size() > 1500);
        }
        QCOMPARE(UserGuideWindow::guideMarkdown(QStringLiteral("de")),
                 UserGuideWindow::guideMarkdown(QStringLiteral("en")));
    }
};

QTEST_MAIN(tst_helpmenu)
#include "tst_helpmenu.moc"
