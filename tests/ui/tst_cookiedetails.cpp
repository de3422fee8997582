// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "cookiedetailspane.h"
#include "cookiegridview.h"
#include "cookiespage.h"
#include "document/policydocument.h"
#include "format/templates.h"
#include "interfacelanguage.h"
#include "issuespanel.h"
#include "itemmodels/cookiefilterproxy.h"
#include "itemmodels/cookietablemodel.h"
#include "mainwindow.h"
#include "support/screenshots.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <QWindow>

#include <memory>

// The Cookies page's details pane, optional columns, pasting rows and dragging
// them (issue 17, points 5 and 8), driven with real keys and mouse clicks offscreen.
class TestCookieDetails : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void paneEditsEveryField_data();
    void paneEditsEveryField();
    void paneFollowsTheCurrentCookieAndUndo();
    void headerMenuShowsColumnsAndRemembers();
    void findingLandsOnItsControl_data();
    void findingLandsOnItsControl();
    void checkerFindingsLandOnTheirControls();
    void pasteBelowTheLastRowInserts();
    void copyAndPasteSkipHiddenColumns();
    void pasteOnWholeRowsInserts();
    void pasteOverCookiesAsksFirst();
    void pasteQuestionIsAMessageBox();
    void draggingRowsReordersThem();
    void mouseDragMovesRows();
    void screenshots_data();
    void screenshots();

private:
    const Policy &policy() const { return m_document->policy(); }
    QModelIndex viewIndex(int sourceRow, int column) const
    {
        return m_page->proxy()->mapFromSource(m_page->model()->index(sourceRow, column));
    }
    QWidget *control(const QString &name) const { return m_page->findChild<QWidget *>(name); }
    void clickRowHeader(int sourceRow, Qt::KeyboardModifiers modifiers = {});

    PolicyDocument *m_document = nullptr;
    CookiesPage *m_page = nullptr;
};

void TestCookieDetails::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CharteTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_cookiedetails"));
}

void TestCookieDetails::init()
{
    QSettings().clear();
    QSettings().setValue(InterfaceLanguage::settingsKey(), QStringLiteral("en"));
    m_document = new PolicyDocument(*Templates::load(QStringLiteral("typical")));
    m_page = new CookiesPage(m_document);
    m_page->resize(1180, 560);
    m_page->show();
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page));
    m_page->view()->setFocus();
    QApplication::clipboard()->clear();
}

void TestCookieDetails::cleanup()
{
    delete m_page;
    m_page = nullptr;
    delete m_document;
    m_document = nullptr;
}

void TestCookieDetails::clickRowHeader(int sourceRow, Qt::KeyboardModifiers modifiers)
{
    QHeaderView *rows = m_page->view()->verticalHeader();
    const int viewRow = viewIndex(sourceRow, 0).row();
    QTest::mouseClick(rows->viewport(), Qt::LeftButton, modifiers,
                      QPoint(rows->width() / 2, rows->sectionViewportPosition(viewRow) + 4));
}

void TestCookieDetails::paneEditsEveryField_data()
{
    QTest::addColumn<QString>("controlName");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("typed"); // typed text, or "+" / "-" to step a list, "click" a check box
    QTest::addColumn<QString>("stored"); // EditRole afterwards

    using M = CookieTableModel;
    QTest::newRow("name") << "cookieDetailName" << int(M::NameColumn) << "_ga" << "_ga";
    QTest::newRow("name match") << "cookieDetailMatch" << int(M::MatchColumn) << "+" << "prefix";
    QTest::newRow("provider") << "cookieDetailProvider" << int(M::ProviderColumn) << "+" << "matomo";
    QTest::newRow("service") << "cookieDetailService" << int(M::ServiceColumn) << "Espace client" << "Espace client";
    QTest::newRow("purpose") << "cookieDetailPurpose" << int(M::PurposeColumn) << "Garde la session." << "Garde la session.";
    QTest::newRow("category") << "cookieDetailCategory" << int(M::CategoryColumn) << "+" << "statistics";
    QTest::newRow("basis") << "cookieDetailBasis" << int(M::BasisColumn) << "+" << "legitimate-interest";
    QTest::newRow("lifetime") << "cookieDetailLifetime" << int(M::LifetimeColumn) << "13 mois"
                              << QString::number(13 * Lifetime::Month);
    // Tab leaves a lifetime while its completions are shown: it commits all the same.
    QTest::newRow("lifetime by Tab") << "cookieDetailLifetime" << int(M::LifetimeColumn) << "2 ans"
                                     << QString::number(2 * Lifetime::Year);
    QTest::newRow("name by Tab") << "cookieDetailName" << int(M::NameColumn) << "sid" << "sid";
    QTest::newRow("domain") << "cookieDetailDomain" << int(M::DomainColumn) << "shop.example" << "shop.example";
    QTest::newRow("path") << "cookieDetailPath" << int(M::PathColumn) << "/compte" << "/compte";
    QTest::newRow("party") << "cookieDetailParty" << int(M::PartyColumn) << "+" << "third";
    QTest::newRow("storage") << "cookieDetailStorage" << int(M::StorageColumn) << "+" << "localStorage";
    QTest::newRow("secure") << "cookieDetailSecure" << int(M::SecureColumn) << "click" << "false";
    QTest::newRow("httpOnly") << "cookieDetailHttpOnly" << int(M::HttpOnlyColumn) << "click" << "true";
    QTest::newRow("sameSite") << "cookieDetailSameSite" << int(M::SameSiteColumn) << "+" << "lax";
    QTest::newRow("data retention") << "cookieDetailDataRetention" << int(M::DataRetentionColumn)
                                    << "25 months" << QString::number(25 * Lifetime::Month);
    QTest::newRow("data retention by Tab") << "cookieDetailDataRetention" << int(M::DataRetentionColumn)
                                           << "6 mois" << QString::number(6 * Lifetime::Month);
}

void TestCookieDetails::paneEditsEveryField()
{
    QFETCH(QString, controlName);
    QFETCH(int, column);
    QFETCH(QString, typed);
    QFETCH(QString, stored);

    // PHPSESSID: necessary, exempt, secure, first party, a cookie.
    m_page->view()->setCurrentIndex(viewIndex(0, CookieTableModel::NameColumn));
    QCOMPARE(m_page->detailsPane()->row(), 0);
    QWidget *editor = control(controlName);
    QVERIFY2(editor, qPrintable(controlName));
    QVERIFY(editor->isVisible());
    const Policy before = policy();

    if (typed == QLatin1StringView("click")) {
        QTest::mouseClick(editor, Qt::LeftButton, {}, QPoint(8, editor->height() / 2));
    } else if (typed == QLatin1StringView("+")) {
        editor->setFocus();
        QTest::keyClick(editor, Qt::Key_Down); // the next entry of a closed list
    } else {
        QTest::mouseClick(editor, Qt::LeftButton);
        QTRY_VERIFY(editor->hasFocus());
        QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(editor, typed);
        // Leaving the text box commits it, as Tab does in any form; Return commits a line.
        if (QByteArray(QTest::currentDataTag()).endsWith("by Tab") || qobject_cast<QPlainTextEdit *>(editor)) {
            QTest::keyClick(editor, Qt::Key_Tab);
            QVERIFY(!editor->hasFocus());
        } else {
            QTest::keyClick(editor, Qt::Key_Return);
        }
    }
    QCOMPARE(m_page->model()->index(0, column).data(Qt::EditRole).toString(), stored);
    QCOMPARE(m_document->undoStack()->count(), 1); // the grid's own undo step
    // The grid shows it at once.
    QCOMPARE(viewIndex(0, column).data(Qt::EditRole).toString(), stored);
    m_document->undoStack()->undo();
    QCOMPARE(policy(), before);
}

void TestCookieDetails::paneFollowsTheCurrentCookieAndUndo()
{
    auto *name = qobject_cast<QLineEdit *>(control(QStringLiteral("cookieDetailName")));
    auto *secure = qobject_cast<QCheckBox *>(control(QStringLiteral("cookieDetailSecure")));
    auto *match = qobject_cast<QComboBox *>(control(QStringLiteral("cookieDetailMatch")));
    QVERIFY(name && secure && match);
    QTest::keyClick(m_page->view(), Qt::Key_Down);
    const int row = m_page->proxy()->mapToSource(m_page->view()->currentIndex()).row();
    QCOMPARE(name->text(), policy().cookies.at(row).name);
    QVERIFY(name->isEnabled());
    // No cookie current (a click under the last row): nothing to edit.
    const int rows = int(policy().cookies.size());
    QTest::mouseClick(m_page->view()->viewport(), Qt::LeftButton, {},
                      QPoint(60, m_page->view()->rowViewportPosition(rows - 1) + 40));
    QCOMPARE(m_page->detailsPane()->row(), -1);
    QVERIFY(!name->isEnabled());
    m_page->view()->setCurrentIndex(viewIndex(2, CookieTableModel::NameColumn));
    // The name as people write a family (CookieName::display), beside its match kind.
    QCOMPARE(name->text(), QStringLiteral("_pk_id.*"));
    QCOMPARE(match->currentData().toString(), QStringLiteral("prefix"));
    QCOMPARE(secure->isChecked(), false);
    // An edit in the grid shows in the pane; its undo too.
    m_page->model()->setData(m_page->model()->index(2, CookieTableModel::SecureColumn), QStringLiteral("true"));
    QVERIFY(secure->isChecked());
    m_document->undoStack()->undo();
    QVERIFY(!secure->isChecked());
    // The pane keeps its cookie when rows move above it.
    m_page->model()->addCookie(0);
    QCOMPARE(m_page->detailsPane()->row(), 3);
    QCOMPARE(name->text(), QStringLiteral("_pk_id.*"));
    // The Details action hides and shows the pane.
    QAction *details = m_page->detailsAction();
    details->trigger();
    QVERIFY(!m_page->detailsPane()->isVisible());
    QCOMPARE(QSettings().value(QStringLiteral("cookies/detailsShown")).toBool(), false);
    details->trigger();
    QVERIFY(m_page->detailsPane()->isVisible());
}

void TestCookieDetails::headerMenuShowsColumnsAndRemembers()
{
    QTableView *view = m_page->view();
    // The browser's attributes are hidden columns until asked for.
    QVERIFY(view->isColumnHidden(CookieTableModel::SecureColumn));
    QVERIFY(view->isColumnHidden(CookieTableModel::SameSiteColumn));
    QVERIFY(!view->isColumnHidden(CookieTableModel::PartyColumn));
    // What is hidden is not searched: "yes" is only in the Secure column.
    m_page->proxy()->setSearchText(QStringLiteral("yes"));
    QCOMPARE(m_page->proxy()->rowCount(), 0);

    // Right click on the header.
    QHeaderView *header = view->horizontalHeader();
    const QPoint at(header->sectionViewportPosition(CookieTableModel::NameColumn) + 5, 5);
    QContextMenuEvent event(QContextMenuEvent::Mouse, at, header->viewport()->mapToGlobal(at));
    QApplication::sendEvent(header->viewport(), &event);
    QMenu *menu = m_page->columnsMenu();
    QTRY_VERIFY(menu->isVisible());
    auto *secure = menu->findChild<QAction *>(QStringLiteral("showColumn_secure"));
    auto *name = menu->findChild<QAction *>(QStringLiteral("showColumn_name"));
    QVERIFY(secure && name);
    QVERIFY(!secure->isChecked());
    QVERIFY(!name->isEnabled()); // a row always shows which cookie it is
    QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(secure).center());
    QVERIFY(!view->isColumnHidden(CookieTableModel::SecureColumn));
    QVERIFY(view->columnWidth(CookieTableModel::SecureColumn) > 20);
    // Shown, it is searched again, at once.
    int secureCookies = 0;
    for (const Cookie &cookie : policy().cookies)
        secureCookies += cookie.secure;
    QVERIFY(secureCookies > 0);
    QCOMPARE(m_page->proxy()->rowCount(), secureCookies);
    m_page->proxy()->setSearchText({});
    QCOMPARE(viewIndex(0, CookieTableModel::SecureColumn).data().toString(), QStringLiteral("Yes"));

    // Hiding a standard column works the same way.
    QContextMenuEvent again(QContextMenuEvent::Mouse, at, header->viewport()->mapToGlobal(at));
    QApplication::sendEvent(header->viewport(), &again);
    QTRY_VERIFY(menu->isVisible());
    auto *service = menu->findChild<QAction *>(QStringLiteral("showColumn_service"));
    QVERIFY(service && service->isChecked());
    QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(service).center());
    QVERIFY(view->isColumnHidden(CookieTableModel::ServiceColumn));

    // Remembered: a new page (the next start) shows the same columns.
    CookiesPage next(m_document);
    QVERIFY(!next.view()->isColumnHidden(CookieTableModel::SecureColumn));
    QVERIFY(next.view()->isColumnHidden(CookieTableModel::ServiceColumn));
    QVERIFY(next.view()->isColumnHidden(CookieTableModel::PathColumn));
    const QStringList hidden = QSettings().value(CookiesPage::hiddenColumnsKey()).toStringList();
    QVERIFY(hidden.contains(QStringLiteral("service")));
    QVERIFY(!hidden.contains(QStringLiteral("secure")));
}

void TestCookieDetails::findingLandsOnItsControl_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("control");
    // Every member of a cookie a finding can name (the checker's rules name most;
    // the rest are there for rules to come and for scan findings).
    QTest::newRow("name") << "name" << "cookieDetailName";
    QTest::newRow("match") << "match" << "cookieDetailMatch";
    QTest::newRow("provider") << "provider" << "cookieDetailProvider";
    QTest::newRow("service") << "service" << "cookieDetailService";
    QTest::newRow("purpose") << "purpose" << "cookieDetailPurpose";
    QTest::newRow("category") << "category" << "cookieDetailCategory";
    QTest::newRow("basis") << "basis" << "cookieDetailBasis";
    QTest::newRow("legalBasis") << "legalBasis" << "cookieDetailBasis";
    QTest::newRow("lifetime") << "lifetime" << "cookieDetailLifetime";
    QTest::newRow("domain") << "domain" << "cookieDetailDomain";
    QTest::newRow("path") << "path" << "cookieDetailPath";
    QTest::newRow("party") << "party" << "cookieDetailParty";
    QTest::newRow("storage") << "storage" << "cookieDetailStorage";
    QTest::newRow("secure") << "secure" << "cookieDetailSecure";
    QTest::newRow("httpOnly") << "httpOnly" << "cookieDetailHttpOnly";
    QTest::newRow("sameSite") << "sameSite" << "cookieDetailSameSite";
    QTest::newRow("dataRetention") << "dataRetention" << "cookieDetailDataRetention";
    QTest::newRow("whole cookie") << "" << "cookieDetailName";
}

void TestCookieDetails::findingLandsOnItsControl()
{
    QFETCH(QString, field);
    QFETCH(QString, control);
    MainWindow window;
    window.showDefaultCharter();
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto *cookies = qobject_cast<CookiesPage *>(window.page(QStringLiteral("cookies")));
    QVERIFY(cookies);
    // Even with the pane hidden and a filter hiding the row.
    cookies->detailsAction()->setChecked(false);
    cookies->findChild<QLineEdit *>(QStringLiteral("cookieSearch"))->setText(QStringLiteral("zzz-no-such-cookie"));
    QCOMPARE(cookies->proxy()->rowCount(), 0);
    const int row = int(window.document()->policy().cookies.size()) - 1;
    Finding finding;
    finding.rule = QStringLiteral("test.field");
    finding.place = FindingPlace::cookie(row, window.document()->policy().cookies.at(row).name, field);
    emit window.issuesPanel()->activated(finding);
    QCOMPARE(window.currentPageId(), QStringLiteral("cookies"));
    QCOMPARE(cookies->proxy()->mapToSource(cookies->view()->currentIndex()).row(), row);
    QVERIFY(cookies->detailsPane()->isVisible());
    QWidget *focus = QApplication::focusWidget();
    QVERIFY(focus);
    QCOMPARE(focus->objectName(), control);
    QVERIFY(focus->isVisible());
    QVERIFY(focus->isEnabled());
}

void TestCookieDetails::checkerFindingsLandOnTheirControls()
{
    // The real findings of the checker, activated from the Issues dock with Enter.
    MainWindow window;
    window.showDefaultCharter();
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    PolicyDocument *document = window.document();
    Cookie host = document->policy().cookies.at(0);
    host.name = QStringLiteral("__Host-sid");
    host.secure = false;
    host.path = QStringLiteral("/compte");
    host.domain = QStringLiteral("example.org");
    document->setCookie(0, host);
    window.issuesPanel()->recheckNow();

    auto *tree = window.issuesPanel()->findChild<QAbstractItemView *>(QStringLiteral("issuesTree"));
    QVERIFY(tree);
    const QList<std::pair<QString, QString>> cases = {
        {QStringLiteral("secure"), QStringLiteral("cookieDetailSecure")},
        {QStringLiteral("path"), QStringLiteral("cookieDetailPath")},
        {QStringLiteral("domain"), QStringLiteral("cookieDetailDomain")},
    };
    QAbstractItemModel *model = tree->model();
    for (const auto &[field, name] : cases) {
        // The finding's row in the dock: the one whose place ends with the field.
        const QString place = QStringLiteral("cookie __Host-sid (row 1), ") + field;
        QModelIndex found;
        std::function<void(const QModelIndex &)> search = [&](const QModelIndex &parent) {
            for (int r = 0; r < model->rowCount(parent) && !found.isValid(); ++r) {
                for (int c = 0; c < model->columnCount(parent); ++c) {
                    if (model->index(r, c, parent).data().toString() == place)
                        found = model->index(r, 0, parent);
                }
                search(model->index(r, 0, parent));
            }
        };
        search({});
        QVERIFY2(found.isValid(), qPrintable(place));
        tree->setFocus();
        tree->setCurrentIndex(found);
        QTest::keyClick(tree, Qt::Key_Return);
        QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus);
        QCOMPARE(focus->objectName(), name);
    }
    // And the control fixes it: Secure ticked with the space bar, the finding goes.
    window.issuesPanel()->recheckNow();
    const auto secureFindings = [&] {
        int count = 0;
        for (const Finding &finding : window.issuesPanel()->report().findings)
            count += finding.place.index == 0 && finding.place.field == QLatin1StringView("secure");
        return count;
    };
    QCOMPARE(secureFindings(), 1);
    auto *cookies = qobject_cast<CookiesPage *>(window.page(QStringLiteral("cookies")));
    cookies->showCookieField(0, QStringLiteral("secure"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QVERIFY(document->policy().cookies.at(0).secure);
    window.issuesPanel()->recheckNow();
    QCOMPARE(secureFindings(), 0);
}

void TestCookieDetails::pasteBelowTheLastRowInserts()
{
    int asked = 0;
    m_page->setPasteQuestion([&asked](int) {
        ++asked;
        return CookiesPage::PasteChoice::Cancel;
    });
    const Policy before = policy();
    const int count = int(before.cookies.size());
    // Copy rows 2 and 3 whole, from the row header, as the grid copies them.
    clickRowHeader(2);
    clickRowHeader(3, Qt::ShiftModifier);
    QTest::keyClick(m_page->view(), Qt::Key_C, Qt::ControlModifier);
    QVERIFY(QApplication::clipboard()->text().contains(QStringLiteral("_pk_ses.")));
    // A click in the empty space under the last row, then Ctrl+V.
    QWidget *viewport = m_page->view()->viewport();
    const int below = m_page->view()->rowViewportPosition(count - 1) + m_page->view()->rowHeight(count - 1) + 10;
    QVERIFY(below < viewport->height());
    QTest::mouseClick(viewport, Qt::LeftButton, {}, QPoint(60, below));
    QVERIFY(!m_page->view()->currentIndex().isValid());
    QTest::keyClick(m_page->view(), Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(asked, 0); // nothing is written over
    QCOMPARE(policy().cookies.size(), count + 2);
    for (int i = 0; i < 2; ++i) {
        const Cookie &copy = policy().cookies.at(count + i);
        const Cookie &original = before.cookies.at(2 + i);
        QCOMPARE(copy.name, original.name);
        QCOMPARE(copy.providerId, original.providerId);
        QCOMPARE(copy.categoryId, original.categoryId);
        // Texts in the language the grid shows (the one copied).
        QCOMPARE(copy.purpose.exact(QStringLiteral("fr")), original.purpose.exact(QStringLiteral("fr")));
        QCOMPARE(copy.lifetime, original.lifetime);
        QCOMPARE(copy.basis, original.basis);
    }
    // The rows kept are untouched, and the new ones are selected.
    for (int row = 0; row < count; ++row)
        QCOMPARE(policy().cookies.at(row), before.cookies.at(row));
    QCOMPARE(m_page->proxy()->mapToSource(m_page->view()->currentIndex()).row(), count);
    QCOMPARE(m_document->undoStack()->count(), 1);
    m_document->undoStack()->undo();
    QCOMPARE(policy(), before);
}

void TestCookieDetails::copyAndPasteSkipHiddenColumns()
{
    // With Service hidden, rows copied whole and pasted whole line up column by column.
    m_page->view()->setColumnHidden(CookieTableModel::ServiceColumn, true);
    const Policy before = policy();
    const int count = int(before.cookies.size());
    clickRowHeader(2);
    QTest::keyClick(m_page->view(), Qt::Key_C, Qt::ControlModifier);
    QVERIFY(!QApplication::clipboard()->text().contains(
        before.cookies.at(2).service.exact(QStringLiteral("fr"))));
    QTest::mouseClick(m_page->view()->viewport(), Qt::LeftButton, {},
                      QPoint(60, m_page->view()->rowViewportPosition(count - 1) + 40));
    QTest::keyClick(m_page->view(), Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(policy().cookies.size(), count + 1);
    const Cookie &copy = policy().cookies.at(count);
    QCOMPARE(copy.name, before.cookies.at(2).name);
    QCOMPARE(copy.providerId, before.cookies.at(2).providerId);
    QCOMPARE(copy.purpose.exact(QStringLiteral("fr")), before.cookies.at(2).purpose.exact(QStringLiteral("fr")));
    QCOMPARE(copy.categoryId, before.cookies.at(2).categoryId);
    QCOMPARE(copy.basis, before.cookies.at(2).basis);
    QVERIFY(copy.service.isEmpty()); // hidden: neither copied nor written
}

void TestCookieDetails::pasteOnWholeRowsInserts()
{
    const Policy before = policy();
    QApplication::clipboard()->setText(QStringLiteral(
        "valbourg\tEspace client\t_shop_cart\tGarde le panier.\tnecessary\tsession\n"));
    clickRowHeader(4);
    QTest::keyClick(m_page->view(), Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(policy().cookies.size(), before.cookies.size() + 1);
    const Cookie &pasted = policy().cookies.at(4);
    QCOMPARE(pasted.name, QStringLiteral("_shop_cart"));
    QCOMPARE(pasted.providerId, QStringLiteral("valbourg"));
    QCOMPARE(pasted.categoryId, QStringLiteral("necessary"));
    QVERIFY(pasted.lifetime && pasted.lifetime->isSession());
    QCOMPARE(policy().cookies.at(5), before.cookies.at(4)); // pushed down, unchanged
    QCOMPARE(m_document->undoStack()->count(), 1);
    m_document->undoStack()->undo();
    QCOMPARE(policy(), before);
}

void TestCookieDetails::pasteOverCookiesAsksFirst()
{
    const Policy before = policy();
    QList<int> asked;
    CookiesPage::PasteChoice answer = CookiesPage::PasteChoice::Cancel;
    m_page->setPasteQuestion([&](int cookies) {
        asked.append(cookies);
        return answer;
    });
    QApplication::clipboard()->setText(QStringLiteral("a.example\nb.example\n"));
    m_page->view()->setCurrentIndex(viewIndex(1, CookieTableModel::DomainColumn));
    QTest::keyClick(m_page->view(), Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(asked, QList<int>{2});
    QCOMPARE(policy(), before); // cancelled
    QCOMPARE(m_document->undoStack()->count(), 0);

    answer = CookiesPage::PasteChoice::Replace;
    QTest::keyClick(m_page->view(), Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(policy().cookies.at(1).domain, QStringLiteral("a.example"));
    QCOMPARE(policy().cookies.at(2).domain, QStringLiteral("b.example"));
    QCOMPARE(policy().cookies.size(), before.cookies.size());
    QCOMPARE(m_document->undoStack()->count(), 1);
    m_document->undoStack()->undo();
    QCOMPARE(policy(), before);

    // Inserting instead: new cookies below the current row, the others untouched.
    answer = CookiesPage::PasteChoice::Insert;
    QApplication::clipboard()->setText(QStringLiteral("_a\tUn\n_b\tDeux\n"));
    m_page->view()->setCurrentIndex(viewIndex(1, CookieTableModel::NameColumn));
    QTest::keyClick(m_page->view(), Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(policy().cookies.size(), before.cookies.size() + 2);
    QCOMPARE(policy().cookies.at(1), before.cookies.at(1));
    QCOMPARE(policy().cookies.at(2).name, QStringLiteral("_a"));
    QCOMPARE(policy().cookies.at(2).purpose.exact(QStringLiteral("fr")), QStringLiteral("Un"));
    QCOMPARE(policy().cookies.at(3).name, QStringLiteral("_b"));
    QCOMPARE(m_document->undoStack()->count(), 1);
    m_document->undoStack()->undo();
    QCOMPARE(policy(), before);

    // One cell into one cell is an edit: no question.
    asked.clear();
    QApplication::clipboard()->setText(QStringLiteral("c.example"));
    m_page->view()->setCurrentIndex(viewIndex(1, CookieTableModel::DomainColumn));
    QTest::keyClick(m_page->view(), Qt::Key_V, Qt::ControlModifier);
    QVERIFY(asked.isEmpty());
    QCOMPARE(policy().cookies.at(1).domain, QStringLiteral("c.example"));
}

void TestCookieDetails::pasteQuestionIsAMessageBox()
{
    m_page->setPasteQuestion({}); // the real question
    const Policy before = policy();
    QApplication::clipboard()->setText(QStringLiteral("_x\tUn\n"));
    m_page->view()->setCurrentIndex(viewIndex(0, CookieTableModel::NameColumn));
    bool answered = false;
    // Polls, bounded, for the box that the paste below opens.
    auto *timer = new QTimer(this);
    auto tries = std::make_shared<int>(0);
    timer->setInterval(10);
    connect(timer, &QTimer::timeout, this, [&answered, timer, tries] {
        if (!QApplication::activeModalWidget() && ++*tries < 500)
            return;
        timer->stop();
        timer->deleteLater();
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        QCOMPARE(box->objectName(), QStringLiteral("pasteOverQuestion"));
        QVERIFY(box->text().contains(QStringLiteral("1 cookie")));
        QPushButton *insert = nullptr;
        for (QAbstractButton *button : box->buttons()) {
            if (button->text().remove(QLatin1Char('&')) == QStringLiteral("Insert as New Cookies"))
                insert = qobject_cast<QPushButton *>(button);
        }
        QVERIFY(insert);
        QTest::mouseClick(insert, Qt::LeftButton);
        answered = true;
    });
    timer->start();
    QTest::keyClick(m_page->view(), Qt::Key_V, Qt::ControlModifier);
    QVERIFY(answered);
    QCOMPARE(policy().cookies.size(), before.cookies.size() + 1);
    QCOMPARE(policy().cookies.at(0), before.cookies.at(0));
    QCOMPARE(policy().cookies.at(1).name, QStringLiteral("_x"));
}

void TestCookieDetails::draggingRowsReordersThem()
{
    auto *view = qobject_cast<CookieGridView *>(m_page->view());
    QVERIFY(view);
    const Policy before = policy();
    // Rows 1 and 2 dragged below row 4.
    clickRowHeader(1);
    clickRowHeader(2, Qt::ShiftModifier);
    std::unique_ptr<QMimeData> mime(view->rowsMimeData());
    QVERIFY(mime->hasFormat(CookieGridView::rowsMimeType()));
    QVERIFY(mime->text().contains(QStringLiteral("cookies_preferences"))); // a spreadsheet can take it
    const QRect target = view->visualRect(viewIndex(4, CookieTableModel::NameColumn));
    const QPoint drop(target.center().x(), target.bottom() - 2);
    QDragEnterEvent enter(drop, Qt::MoveAction | Qt::CopyAction, mime.get(), Qt::LeftButton, {});
    QApplication::sendEvent(view->viewport(), &enter);
    QVERIFY(enter.isAccepted());
    QDragMoveEvent move(drop, Qt::MoveAction | Qt::CopyAction, mime.get(), Qt::LeftButton, {});
    QApplication::sendEvent(view->viewport(), &move);
    QVERIFY(move.isAccepted());
    QDropEvent dropEvent(drop, Qt::MoveAction | Qt::CopyAction, mime.get(), Qt::LeftButton, {});
    QApplication::sendEvent(view->viewport(), &dropEvent);
    QVERIFY(dropEvent.isAccepted());
    QCOMPARE(dropEvent.dropAction(), Qt::MoveAction);
    QCOMPARE(policy().cookies.size(), before.cookies.size());
    QCOMPARE(policy().cookies.at(1), before.cookies.at(3));
    QCOMPARE(policy().cookies.at(2), before.cookies.at(4));
    QCOMPARE(policy().cookies.at(3), before.cookies.at(1));
    QCOMPARE(policy().cookies.at(4), before.cookies.at(2));
    // The moved rows stay selected where they landed; one undo step puts them back.
    QCOMPARE(m_page->proxy()->mapToSource(view->currentIndex()).row(), 3);
    QCOMPARE(m_document->undoStack()->count(), 1);
    m_document->undoStack()->undo();
    QCOMPARE(policy(), before);

    // In a sorted view there is no document order to drop into.
    view->sortByColumn(CookieTableModel::NameColumn, Qt::AscendingOrder);
    QDragEnterEvent refused(drop, Qt::MoveAction, mime.get(), Qt::LeftButton, {});
    QApplication::sendEvent(view->viewport(), &refused);
    QVERIFY(!refused.isAccepted());
    // Nor is a drag from elsewhere (another grid, another program) a move.
    view->sortByColumn(-1, Qt::AscendingOrder);
    QMimeData foreign;
    foreign.setData(CookieGridView::rowsMimeType(), QByteArrayLiteral("12345"));
    QDragEnterEvent stranger(drop, Qt::MoveAction, &foreign, Qt::LeftButton, {});
    QApplication::sendEvent(view->viewport(), &stranger);
    QVERIFY(!stranger.isAccepted());
}

void TestCookieDetails::mouseDragMovesRows()
{
    // The whole gesture with the mouse: press on the selected row, move, release.
    if (QGuiApplication::platformName() == QLatin1StringView("offscreen"))
        QSKIP("The offscreen platform cannot drag: ctest runs this under Xvfb (tst_cookiedetails_xvfb)");
    auto *view = qobject_cast<CookieGridView *>(m_page->view());
    const Policy before = policy();
    clickRowHeader(5);
    QWidget *viewport = view->viewport();
    const QPoint from = view->visualRect(viewIndex(5, CookieTableModel::NameColumn)).center();
    const QRect target = view->visualRect(viewIndex(1, CookieTableModel::NameColumn));
    const QPoint to(target.center().x(), target.top() + 2);
    QWindow *window = m_page->windowHandle();
    QVERIFY(window);
    bool released = false;
    // QDrag::exec runs its own loop: the rest of the gesture comes from a timer.
    QTimer::singleShot(100, this, [&] {
        QTest::mouseMove(window, viewport->mapTo(m_page, (from + to) / 2));
        QTest::qWait(50);
        QTest::mouseMove(window, viewport->mapTo(m_page, to));
        QTest::qWait(50);
        QTest::mouseRelease(window, Qt::LeftButton, {}, viewport->mapTo(m_page, to));
        released = true;
    });
    QTest::mousePress(window, Qt::LeftButton, {}, viewport->mapTo(m_page, from));
    QTest::mouseMove(window, viewport->mapTo(m_page, from + QPoint(0, -2)));
    QTest::mouseMove(window, viewport->mapTo(m_page, from + QPoint(0, -QApplication::startDragDistance() - 5)));
    QTRY_VERIFY(released);
    QTRY_COMPARE(policy().cookies.at(1), before.cookies.at(5));
    QCOMPARE(policy().cookies.at(2), before.cookies.at(1));
    QCOMPARE(m_document->undoStack()->count(), 1);
    m_document->undoStack()->undo();
    QCOMPARE(policy(), before);
}

void TestCookieDetails::screenshots_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << "en";
    QTest::newRow("fr") << "fr";
}

void TestCookieDetails::screenshots()
{
    QFETCH(QString, language);
    QSettings().setValue(InterfaceLanguage::settingsKey(), language);
    QSettings().setValue(CookiesPage::hiddenColumnsKey(),
                         QStringList{QStringLiteral("service"), QStringLiteral("purpose"),
                                     QStringLiteral("dataRetention"), QStringLiteral("match")});
    MainWindow window;
    window.showDefaultCharter();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.size(), QSize(1180, 800));
    auto *cookies = qobject_cast<CookiesPage *>(window.page(QStringLiteral("cookies")));
    window.showPage(QStringLiteral("cookies"));
    cookies->showCookieField(0, QStringLiteral("secure"));
    QTest::qWait(50);
    QVERIFY(!cookies->view()->isColumnHidden(CookieTableModel::SameSiteColumn));
    // Every control of the pane can be reached and read at this size.
    for (QWidget *editor : cookies->detailsPane()->findChildren<QWidget *>()) {
        if (!editor->objectName().startsWith(QStringLiteral("cookieDetail")) ||
            editor->objectName() == QStringLiteral("cookieDetailsContent") ||
            editor->objectName() == QStringLiteral("cookieDetailsTitle"))
            continue;
        QVERIFY2(editor->width() >= editor->minimumSizeHint().width(), qPrintable(editor->objectName()));
        if (auto *box = qobject_cast<QComboBox *>(editor)) {
            for (int item = 0; item < box->count(); ++item)
                QVERIFY2(box->width() >= box->fontMetrics().horizontalAdvance(box->itemText(item)),
                         qPrintable(box->itemText(item)));
        }
    }
    QVERIFY(TestSupport::saveScreenshot(&window, QStringLiteral("cookie-details-%1.png").arg(language)));
}

QTEST_MAIN(TestCookieDetails)
#include "tst_cookiedetails.moc"
