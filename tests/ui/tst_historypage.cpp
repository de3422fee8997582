// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "bannerpreview.h"
#include "commands/cookiecommands.h"
#include "document/policydocument.h"
#include "format/policyreader.h"
#include "format/policywriter.h"
#include "format/templates.h"
#include "historypage.h"
#include "interfacelanguage.h"
#include "issuespanel.h"
#include "itemmodels/cookietablemodel.h"
#include "mainwindow.h"
#include "publishdialog.h"
#include "publishing/publicationarchive.h"
#include "publishing/publisher.h"
#include "revisionviewer.h"
#include "support/analyticscookie.h"
#include "support/screenshots.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

// File › Publish… and the History page, offscreen: the timeline of an archive, the
// summary of an entry, the side-by-side comparison, the read-only view of a revision,
// publishing from the dialog and the Issues panel's publish rule. With
// CHARTE_SCREENSHOT_DIR set, saves the page in English and French at 1180x800.
class TestHistoryPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

    void publishOnDisk(const Policy &policy, const QDate &date, const QString &note)
    {
        PublishRequest request;
        request.date = date;
        request.note = note;
        request.publisher = QStringLiteral("Camille Martin");
        const Expected<PublishPlan> plan = Publishing::plan(policy, m_path, request);
        QVERIFY2(plan && plan->refusal.isEmpty(), plan ? qPrintable(plan->refusal) : qPrintable(plan.error()));
        QVERIFY(Publishing::publish(*plan, m_path, request));
    }

    // An archive of two revisions: the first publication, then a new cookie.
    void twoRevisions()
    {
        Policy policy = *Templates::load(QStringLiteral("typical"));
        CharterSection changes;
        changes.id = QStringLiteral("changes");
        changes.kind = CharterSection::Kind::Changes;
        changes.title.set(QStringLiteral("fr"), QStringLiteral("Historique des modifications"));
        changes.title.set(QStringLiteral("en"), QStringLiteral("Change history"));
        policy.charter.append(changes);
        QVERIFY(PolicyWriter::writeFile(policy, m_path));
        publishOnDisk(policy, QDate(2026, 11, 2), QStringLiteral("Mise en ligne du site"));
        Policy edited = *PolicyReader::readFile(m_path);
        edited.cookies.append(TestSupport::analyticsCookie());
        edited.cookies[4].lifetime = Lifetime::fromSeconds(Lifetime::Year);
        publishOnDisk(edited, QDate(2026, 12, 1), QStringLiteral("Mesure d'audience Google"));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("Charte"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_historypage"));
    }

    void init()
    {
        QVERIFY(m_dir.isValid());
        QDir(m_dir.path()).removeRecursively();
        QDir().mkpath(m_dir.path());
        m_path = m_dir.filePath(QStringLiteral("valbourg.charte.json"));
    }

    void timelineDetailsAndComparison()
    {
        twoRevisions();
        MainWindow window;
        QVERIFY(window.openFile(m_path));
        window.showPage(QStringLiteral("history"));
        auto *page = window.findChild<HistoryPage *>(QStringLiteral("historyPage"));
        QVERIFY(page);
        QCOMPARE(window.currentPageId(), QStringLiteral("history"));
        auto *timeline = page->findChild<QListWidget *>(QStringLiteral("historyTimeline"));
        QCOMPARE(timeline->count(), 2);
        QVERIFY(timeline->item(0)->text().startsWith("Revision 4 — "));
        QVERIFY(timeline->item(0)->text().contains("visitors asked again · Camille Martin"));
        QVERIFY(timeline->item(1)->text().contains("consent stands"));
        QVERIFY(page->findChild<QLabel *>(QStringLiteral("historyStatus"))->text().contains("The archive is intact."));
        const QString details = page->findChild<QTextBrowser *>(QStringLiteral("historyDetails"))->toPlainText();
        QVERIFY2(details.contains("Note: Mesure d'audience Google"), qPrintable(details));
        QVERIFY(details.contains("added cookie _ga (Audience measurement, 13 months)"));

        // By default the last revision against the document: nothing since.
        auto *verdict = page->findChild<QLabel *>(QStringLiteral("historyCompareVerdict"));
        auto *diff = page->findChild<QTableWidget *>(QStringLiteral("historyDiff"));
        QCOMPARE(verdict->text(), QStringLiteral("No change."));
        QCOMPARE(diff->rowCount(), 0);
        auto *from = page->findChild<QComboBox *>(QStringLiteral("historyCompareFrom"));
        auto *to = page->findChild<QComboBox *>(QStringLiteral("historyCompareTo"));
        from->setCurrentIndex(0);
        to->setCurrentIndex(1);
        QCOMPARE(diff->rowCount(), 2);
        QVERIFY(verdict->text().startsWith("Visitors must be asked again"));
        QStringList changes;
        for (int row = 0; row < diff->rowCount(); ++row)
            changes << diff->item(row, 0)->text();
        QVERIFY2(changes.contains("added cookie _ga (Audience measurement, 13 months)"), qPrintable(changes.join('|')));
        int lifetimeRow = -1;
        for (int row = 0; row < changes.size(); ++row) {
            if (changes.at(row).startsWith("retention of YSC"))
                lifetimeRow = row;
        }
        QVERIFY2(lifetimeRow >= 0, qPrintable(changes.join('|')));
        QCOMPARE(diff->item(lifetimeRow, 1)->text(), QStringLiteral("session"));
        QCOMPARE(diff->item(lifetimeRow, 2)->text(), QStringLiteral("1 year"));
        QCOMPARE(diff->item(lifetimeRow, 3)->text(), QStringLiteral("a longer lifetime"));

        // The revision as published, read-only: its charter, its inventory, its banner.
        // The window holds the second revision, with _ga: the first's viewer must not show it.
        Policy current = window.document()->policy();
        const Policy firstPublished = *PublicationArchive(m_path).document(PublicationArchive(m_path).entries()->first());
        auto *viewer = qobject_cast<RevisionViewer *>(page->openRevision(1));
        QVERIFY(viewer);
        QVERIFY(viewer->windowTitle().contains("(read-only)"));
        auto *charter = viewer->findChild<QTextBrowser *>(QStringLiteral("revisionCharter"));
        QVERIFY(charter->isReadOnly());
        QVERIFY(charter->toPlainText().contains("Mise en ligne du site"));
        QVERIFY(!charter->toPlainText().contains("_ga"));
        auto *cookies = viewer->findChild<QTableView *>(QStringLiteral("revisionCookies"));
        QVERIFY(cookies);
        QCOMPARE(cookies->model()->rowCount(), int(firstPublished.cookies.size()));
        QCOMPARE(int(current.cookies.size()), int(firstPublished.cookies.size()) + 1);
        QStringList names;
        for (int row = 0; row < cookies->model()->rowCount(); ++row)
            names << cookies->model()->index(row, CookieTableModel::NameColumn).data().toString();
        QVERIFY2(!names.contains("_ga"), qPrintable(names.join(',')));
        QCOMPARE(cookies->model()->index(4, CookieTableModel::LifetimeColumn).data().toString(), QStringLiteral("session"));
        // Typing into a cell, as a person would, changes nothing anywhere.
        viewer->findChild<QTabWidget *>(QStringLiteral("revisionTabs"))->setCurrentWidget(cookies);
        const QModelIndex purpose = cookies->model()->index(0, CookieTableModel::PurposeColumn);
        const QString purposeBefore = purpose.data().toString();
        QVERIFY(!(purpose.flags() & Qt::ItemIsEditable));
        QVERIFY(!cookies->model()->setData(purpose, QStringLiteral("rewritten")));
        cookies->setCurrentIndex(purpose);
        QTest::keyClick(cookies, Qt::Key_F2);
        QTest::keyClicks(cookies, "rewritten");
        QTest::keyClick(cookies, Qt::Key_Return);
        QCOMPARE(purpose.data().toString(), purposeBefore);
        QCOMPARE(window.document()->undoStack()->count(), 0);
        QVERIFY(!window.document()->isModified());
        QCOMPARE(viewer->findChild<QTableWidget *>(QStringLiteral("revisionCategories"))->rowCount(),
                 int(firstPublished.categories.size()));
        QCOMPARE(viewer->findChild<QTableWidget *>(QStringLiteral("revisionProviders"))->rowCount(),
                 int(firstPublished.providers.size()));
        QVERIFY(viewer->findChild<BannerPreview *>(QStringLiteral("revisionBanner")));
        // Save a Copy writes the archived document, which reads back equal to it.
        const QString copy = m_dir.filePath(QStringLiteral("copy.charte.json"));
        RevisionViewer::setSavePathForTesting(copy);
        QTest::mouseClick(viewer->findChild<QPushButton *>(QStringLiteral("revisionSaveCopy")), Qt::LeftButton);
        RevisionViewer::setSavePathForTesting({});
        QVERIFY2(viewer->findChild<QLabel *>(QStringLiteral("revisionStatus"))->text().contains("written to"),
                 qPrintable(viewer->findChild<QLabel *>(QStringLiteral("revisionStatus"))->text()));
        QVERIFY(*PolicyReader::readFile(copy) == firstPublished);
        // A copy that cannot be written says so and writes nothing.
        QVERIFY(!viewer->saveCopy(m_dir.filePath(QStringLiteral("no/such/folder/copy.charte.json"))));
        QVERIFY(viewer->findChild<QLabel *>(QStringLiteral("revisionStatus"))->text().startsWith("The copy was not written"));
        viewer->resize(1180, 800);
        QVERIFY(QTest::qWaitForWindowExposed(viewer));
        QVERIFY(TestSupport::saveScreenshot(viewer, QStringLiteral("revision-en.png")));
        viewer->close();

        window.resize(1180, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(TestSupport::saveScreenshot(&window, QStringLiteral("history-en.png")));
        window.interfaceLanguage()->setChoice(QStringLiteral("fr"));
        QTRY_COMPARE(window.fileMenu()->title(), QCoreApplication::translate("MainWindow", "&File"));
        const QString frenchRevision = QCoreApplication::translate("HistoryPage", "Revision %1 — %2").section(u' ', 0, 0);
        QVERIFY2(frenchRevision != QLatin1StringView("Revision"), "the French catalogue translates the page");
        QTRY_VERIFY(timeline->count() == 2 && timeline->item(0)->text().startsWith(frenchRevision));
        QVERIFY(page->findChild<QTextBrowser *>(QStringLiteral("historyDetails"))
                    ->toPlainText()
                    .contains("cookie _ga ajouté (Mesure d'audience, 13 mois)"));
        from->setCurrentIndex(0);
        to->setCurrentIndex(1);
        QTest::qWait(50); // the layouts take the longer French words before the picture
        QVERIFY(TestSupport::saveScreenshot(&window, QStringLiteral("history-fr.png")));
        auto *frenchViewer = qobject_cast<RevisionViewer *>(page->openRevision(2));
        QVERIFY(frenchViewer);
        QVERIFY(frenchViewer->windowTitle().startsWith(QCoreApplication::translate("RevisionViewer", "Revision %1 of %2 (read-only)").section(u' ', 0, 0)));
        QVERIFY(frenchViewer->findChild<QTabWidget *>(QStringLiteral("revisionTabs"))->tabText(1).startsWith("Cookies (8)"));
        frenchViewer->resize(1180, 800);
        QVERIFY(QTest::qWaitForWindowExposed(frenchViewer));
        QVERIFY(TestSupport::saveScreenshot(frenchViewer, QStringLiteral("revision-fr.png")));
        frenchViewer->close();
        window.interfaceLanguage()->setChoice(QStringLiteral("en"));
    }

    void publishFromTheDialogBumpsAndRecords()
    {
        twoRevisions();
        MainWindow window;
        QVERIFY(window.openFile(m_path));
        auto *page = window.findChild<HistoryPage *>(QStringLiteral("historyPage"));
        QVERIFY(window.fileMenu()->actions().contains(page->publishAction()));
        PolicyDocument *document = window.document();
        Cookie pixel = TestSupport::analyticsCookie();
        pixel.name = QStringLiteral("_fbp");
        document->undoStack()->push(new AddCookiesCommand(document, document->policy().cookies.size(), {pixel}));

        // Before publishing, the Issues panel says visitors would not be asked again.
        window.issuesPanel()->recheckNow();
        const auto publishFindings = [&window] {
            int count = 0;
            for (const Finding &finding : window.issuesPanel()->report().findings)
                count += finding.rule == QLatin1StringView("publish.revision-not-bumped");
            return count;
        };
        QCOMPARE(publishFindings(), 1);

        PublishDialog dialog(document, &window);
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("publishDecision"))->text().contains(
            "Visitors must be asked again (a new cookie that needs consent): the revision goes from 4 to 5."));
        auto *list = dialog.findChild<QListWidget *>(QStringLiteral("publishChanges"));
        QCOMPARE(list->count(), 1);
        QVERIFY(list->item(0)->font().bold());
        dialog.findChild<QLineEdit *>(QStringLiteral("publishNote"))->setText(QStringLiteral("Pixel Meta"));
        dialog.show();
        QTest::qWait(50);
        QVERIFY(TestSupport::saveScreenshot(&dialog, QStringLiteral("publish-en.png")));
        // Overriding without a reason is refused; with one it is allowed.
        auto *override = dialog.findChild<QComboBox *>(QStringLiteral("publishOverride"));
        auto *button = dialog.findChild<QPushButton *>(QStringLiteral("publishButton"));
        override->setCurrentIndex(2);
        QVERIFY(!button->isEnabled());
        override->setCurrentIndex(0);
        QVERIFY(button->isEnabled());
        QVERIFY(dialog.publish());
        QCOMPARE(dialog.published()->revision, 5);
        QCOMPARE(document->policy().meta.revision, 5);
        QVERIFY(!document->isModified());
        QCOMPARE(PolicyReader::readFile(m_path)->meta.revision, 5);
        // The edit before publishing is still undoable; the stamps are one step of their own.
        QCOMPARE(document->undoStack()->count(), 2);
        QCOMPARE(document->undoStack()->text(1), QStringLiteral("Publish revision 5"));
        QVERIFY(*PolicyReader::readFile(m_path) == document->policy());
        document->undoStack()->undo();
        QCOMPARE(document->policy().meta.revision, 4);
        QVERIFY(document->isModified()); // the file holds revision 5
        document->undoStack()->undo();
        QCOMPARE(document->policy().cookies.last().name, QStringLiteral("_ga"));
        document->undoStack()->redo();
        document->undoStack()->redo();
        QCOMPARE(document->policy().meta.revision, 5);
        QVERIFY(!document->isModified());
        QVERIFY(*PolicyReader::readFile(m_path) == document->policy());
        page->reload();
        QCOMPARE(page->findChild<QListWidget *>(QStringLiteral("historyTimeline"))->count(), 3);
        window.issuesPanel()->recheckNow();
        QCOMPARE(publishFindings(), 0);

        // Publishing again at once: nothing to publish, the button says so by being off.
        PublishDialog again(document, &window);
        QVERIFY(!again.findChild<QPushButton *>(QStringLiteral("publishButton"))->isEnabled());
        QVERIFY(again.findChild<QLabel *>(QStringLiteral("publishRefusal"))->text().contains("nothing changed"));
    }

    void unsavedDocumentCannotBePublished()
    {
        MainWindow window;
        window.showDefaultCharter();
        PublishDialog dialog(window.document(), &window);
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("publishButton"))->isEnabled());
    }
};

QTEST_MAIN(TestHistoryPage)
#include "tst_historypage.moc"
