// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "categoriespage.h"
#include "cookiedelegate.h"
#include "cookiespage.h"
#include "document/cookiename.h"
#include "document/policydocument.h"
#include "format/templates.h"
#include "itemmodels/cookiefilterproxy.h"
#include "itemmodels/cookietablemodel.h"
#include "lifetimeeditor.h"
#include "multilineeditor.h"
#include "providerdialog.h"
#include "providerspage.h"
#include "reassigndialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

// The Cookies, Providers and Categories pages driven as a person would, with the
// keyboard, on the offscreen platform.
class TestCookiesPage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void editsACellByKeyboard();
    void enterOpensTheEditorAndTabMoves();
    void editsLifetimeByTyping();
    void typedLifetimeLandsInTheNewCookie();
    void editsCategoryWithAList();
    void editsPurposeOnSeveralLines();
    void createsAProviderFromTheCell();
    void createsACategoryFromTheCell();
    void newCookieWaitsForItsCategory();
    void copiesSelectionAsTsvAndHtml();
    void pastesATsvBlockInOneStep();
    void pasteFollowsTheSortedView();
    void sortsAndFilters();
    void currentCellFollowsSortFilterAndEdit();
    void deletesAndUndoes();
    void insertsAndDuplicates();
    void movesRowsInDocumentOrder();
    void providersRenameAndDeleteWithReassignment();
    void categoriesRenameAndDeleteWithReassignment();
    void screenshots();

private:
    QModelIndex viewIndex(int sourceRow, int column) const;
    void editCurrentWithF2();
    // Return in a cell editor commits on the next turn of the event loop.
    static void pressReturn(QWidget *widget, Qt::KeyboardModifiers modifiers = {});
    // Runs `answer` on the next modal dialog that opens.
    void answerNextDialog(std::function<void(QWidget *)> answer);
    const Policy &policy() const { return m_document->policy(); }

    PolicyDocument *m_document = nullptr;
    CookiesPage *m_page = nullptr;
};

void TestCookiesPage::init()
{
    m_document = new PolicyDocument(*Templates::load(QStringLiteral("typical")));
    m_page = new CookiesPage(m_document);
    // Pasting over cookies asks first (tst_cookiedetails tests the question); the
    // paste tests here write over them.
    m_page->setPasteQuestion([](int) { return CookiesPage::PasteChoice::Replace; });
    m_page->resize(1200, 500);
    m_page->show();
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page));
    m_page->view()->setFocus();
    QApplication::clipboard()->clear();
}

void TestCookiesPage::cleanup()
{
    delete m_page;
    delete m_document;
}

QModelIndex TestCookiesPage::viewIndex(int sourceRow, int column) const
{
    return m_page->proxy()->mapFromSource(m_page->model()->index(sourceRow, column));
}

void TestCookiesPage::editCurrentWithF2()
{
    QTest::keyClick(m_page->view(), Qt::Key_F2);
}

void TestCookiesPage::pressReturn(QWidget *widget, Qt::KeyboardModifiers modifiers)
{
    QTest::keyClick(widget, Qt::Key_Return, modifiers);
    QCoreApplication::processEvents();
    // Closed editors go only when deferred deletions run; findChild must not see them.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

void TestCookiesPage::answerNextDialog(std::function<void(QWidget *)> answer)
{
    // Polls, bounded, because the dialog may open a few event-loop turns later.
    auto *timer = new QTimer(this);
    auto tries = std::make_shared<int>(0);
    timer->setInterval(10);
    connect(timer, &QTimer::timeout, this, [timer, tries, answer] {
        QWidget *dialog = QApplication::activeModalWidget();
        if (!dialog && ++*tries < 500)
            return;
        timer->stop();
        timer->deleteLater();
        QVERIFY(dialog);
        answer(dialog);
    });
    timer->start();
}

void TestCookiesPage::editsACellByKeyboard()
{
    const Policy before = policy();
    m_page->view()->setCurrentIndex(viewIndex(0, CookieTableModel::NameColumn));
    editCurrentWithF2();
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("PHPSESSID2"));
    pressReturn(editor);
    QCOMPARE(policy().cookies.at(0).name, QStringLiteral("PHPSESSID2"));
    QCOMPARE(m_document->undoStack()->count(), 1);
    QCOMPARE(m_document->undoStack()->undoText(), QStringLiteral("Change name of PHPSESSID"));
    m_document->undoStack()->undo();
    QCOMPARE(policy(), before);
    m_document->undoStack()->redo();
    QCOMPARE(policy().cookies.at(0).name, QStringLiteral("PHPSESSID2"));

    // Opening and leaving an editor without a change adds no step.
    editCurrentWithF2();
    pressReturn(QApplication::focusWidget());
    QCOMPARE(m_document->undoStack()->count(), 1);
    // Typing on a cell starts editing it, replacing its text.
    m_page->view()->setCurrentIndex(viewIndex(1, CookieTableModel::DomainColumn));
    QTest::keyClick(m_page->view(), Qt::Key_W);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("ww.example"));
    pressReturn(QApplication::focusWidget());
    QCOMPARE(policy().cookies.at(1).domain, QStringLiteral("www.example"));
}

void TestCookiesPage::enterOpensTheEditorAndTabMoves()
{
    m_page->view()->setCurrentIndex(viewIndex(2, CookieTableModel::NameColumn));
    pressReturn(m_page->view());
    QVERIFY(qobject_cast<QLineEdit *>(QApplication::focusWidget()));
    // Tab commits and moves on to the next cell's editor.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(m_page->view()->currentIndex().column(), int(CookieTableModel::PurposeColumn));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QCOMPARE(QApplication::focusWidget(), m_page->view());
    QTest::keyClick(m_page->view(), Qt::Key_Tab);
    QCOMPARE(m_page->view()->currentIndex().column(), int(CookieTableModel::CategoryColumn));
    QCOMPARE(m_document->undoStack()->count(), 0);
}

void TestCookiesPage::editsLifetimeByTyping()
{
    // The cell takes what people write, in French or English.
    m_page->view()->setCurrentIndex(viewIndex(2, CookieTableModel::LifetimeColumn));
    editCurrentWithF2();
    auto *editor = m_page->view()->findChild<LifetimeEditor *>();
    QVERIFY(editor);
    QCOMPARE(editor->text(), QStringLiteral("13 mois")); // 390 days, in the edit language
    QCOMPARE(QApplication::focusWidget(), editor);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("6 months"));
    pressReturn(editor);
    QCOMPARE(policy().cookies.at(2).lifetime, Lifetime::fromSeconds(6 * Lifetime::Month));
    QCOMPARE(m_document->undoStack()->undoText(), QStringLiteral("Change lifetime of _pk_id.*"));

    editCurrentWithF2();
    editor = m_page->view()->findChild<LifetimeEditor *>();
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("session"));
    pressReturn(editor);
    QCOMPARE(policy().cookies.at(2).lifetime, Lifetime::session());
    QCOMPARE(m_page->proxy()
                 ->index(viewIndex(2, 0).row(), CookieTableModel::LifetimeColumn)
                 .data()
                 .toString(),
             QStringLiteral("session"));

    // A text nobody can read is kept as written and flagged, never guessed.
    editCurrentWithF2();
    editor = m_page->view()->findChild<LifetimeEditor *>();
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("Persistant"));
    QVERIFY(editor->property("unreadable").toBool());
    pressReturn(editor);
    QCOMPARE(policy().cookies.at(2).lifetime, std::nullopt);
    QCOMPARE(policy().cookies.at(2).unparsed.value(QStringLiteral("lifetime")), QStringLiteral("Persistant"));
    // Opened again, the cell shows that text to be corrected.
    editCurrentWithF2();
    editor = m_page->view()->findChild<LifetimeEditor *>();
    QCOMPARE(editor->text(), QStringLiteral("Persistant"));
    QVERIFY(editor->property("unreadable").toBool());
}

void TestCookiesPage::typedLifetimeLandsInTheNewCookie()
{
    // On a new row, digits typed into the lifetime cell went to the grid's keyboard
    // search, which jumped to another cookie and opened its editor. Typed as a person
    // does — the first key opens the cell — everything lands in the new cookie.
    QTableView *view = m_page->view();
    view->setCurrentIndex(viewIndex(6, CookieTableModel::NameColumn));
    QTest::keyClick(view, Qt::Key_Insert);
    auto *name = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(name);
    QTest::keyClicks(name, QStringLiteral("_hjSession"));
    pressReturn(name);
    const Policy before = policy();
    const QModelIndex cell = m_page->proxy()->index(view->currentIndex().row(), CookieTableModel::LifetimeColumn);
    const int row = m_page->proxy()->mapToSource(cell).row();
    QCOMPARE(before.cookies.at(row).name, QStringLiteral("_hjSession"));
    view->setCurrentIndex(cell);
    view->setFocus();
    for (const QChar c : QStringLiteral("13 mois")) {
        QWidget *target = QApplication::focusWidget();
        QTest::keyClick(target, c.toLatin1());
    }
    auto *editor = qobject_cast<LifetimeEditor *>(QApplication::focusWidget());
    QVERIFY(editor);
    QCOMPARE(editor->text(), QStringLiteral("13 mois"));
    pressReturn(editor);
    QCOMPARE(policy().cookies.at(row).lifetime, Lifetime::fromSeconds(13 * Lifetime::Month));
    for (qsizetype other = 0; other < policy().cookies.size(); ++other) {
        if (other != row)
            QCOMPARE(policy().cookies.at(other), before.cookies.at(other));
    }
    QCOMPARE(view->currentIndex(), cell);

    // What the editor reads, on its own: every spelling an import reads.
    LifetimeEditor lifetime(QStringLiteral("en"));
    lifetime.setLifetime(Lifetime::fromSeconds(390 * Lifetime::Day));
    QCOMPARE(lifetime.text(), QStringLiteral("13 months"));
    QVERIFY(!lifetime.isModified());
    for (const auto &[typed, seconds] : {std::pair(QStringLiteral("2 semaines"), 2 * Lifetime::Week),
                                          std::pair(QStringLiteral("1 an"), Lifetime::Year),
                                          std::pair(QStringLiteral("24h"), Lifetime::Day)}) {
        lifetime.setText(typed);
        QCOMPARE(lifetime.lifetime(), Lifetime::fromSeconds(seconds));
        QVERIFY(lifetime.isReadable());
    }
    lifetime.setText(QStringLiteral("-5 days"));
    QVERIFY(!lifetime.isReadable());
    lifetime.setText(QString());
    QVERIFY(lifetime.isReadable()); // empty: no lifetime stated
}

void TestCookiesPage::editsCategoryWithAList()
{
    m_page->view()->setCurrentIndex(viewIndex(0, CookieTableModel::CategoryColumn));
    editCurrentWithF2();
    auto *box = qobject_cast<QComboBox *>(QApplication::focusWidget());
    QVERIFY(box);
    QCOMPARE(box->count(), 5); // three categories, a separator, "New category…"
    QCOMPARE(box->currentData().toString(), QStringLiteral("necessary"));
    // The list that drops down shows the longest entry whole.
    QVERIFY(box->view()->minimumWidth() >= box->fontMetrics().horizontalAdvance(box->itemText(4)));
    QTest::keyClick(box, Qt::Key_End);  // "New category…"
    QTest::keyClick(box, Qt::Key_Up);   // over the separator, to the last category
    pressReturn(box);
    QCOMPARE(policy().cookies.at(0).categoryId, QStringLiteral("marketing"));
    QCOMPARE(m_document->undoStack()->undoText(), QStringLiteral("Change category of PHPSESSID"));

    m_page->view()->setCurrentIndex(viewIndex(0, CookieTableModel::PartyColumn));
    editCurrentWithF2();
    box = qobject_cast<QComboBox *>(QApplication::focusWidget());
    QVERIFY(box);
    QTest::keyClick(box, Qt::Key_Down);
    pressReturn(box);
    QCOMPARE(policy().cookies.at(0).party, Party::Third);
}

void TestCookiesPage::editsPurposeOnSeveralLines()
{
    m_page->view()->setCurrentIndex(viewIndex(1, CookieTableModel::PurposeColumn));
    editCurrentWithF2();
    auto *editor = qobject_cast<MultiLineEditor *>(QApplication::focusWidget());
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("Premiere ligne"));
    pressReturn(editor); // a new line, not a commit
    QTest::keyClicks(editor, QStringLiteral("Seconde ligne"));
    QCOMPARE(policy().cookies.at(1).purpose, Templates::load(QStringLiteral("typical"))->cookies.at(1).purpose);
    pressReturn(editor, Qt::ControlModifier);
    QCOMPARE(policy().cookies.at(1).purpose.exact(QStringLiteral("fr")), QStringLiteral("Premiere ligne\nSeconde ligne"));
    // The English text is untouched until the edit language says so.
    m_page->setEditLanguage(QStringLiteral("en"));
    QVERIFY(!viewIndex(1, CookieTableModel::PurposeColumn).data().toString().contains(QStringLiteral("ligne")));
}

void TestCookiesPage::createsAProviderFromTheCell()
{
    const Policy before = policy();
    m_page->view()->setCurrentIndex(viewIndex(0, CookieTableModel::ProviderColumn));
    editCurrentWithF2();
    auto *box = m_page->view()->findChild<QComboBox *>(QStringLiteral("providerEditor"));
    QVERIFY(box);
    QCOMPARE(box->currentData().toString(), QStringLiteral("valbourg"));
    bool answered = false;
    answerNextDialog([&answered](QWidget *dialog) {
        QVERIFY(qobject_cast<ProviderDialog *>(dialog));
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("providerName"));
        name->setText(QStringLiteral("Hotjar Ltd"));
        dialog->findChild<QComboBox *>(QStringLiteral("providerCountry"))->lineEdit()->setText(QStringLiteral("malta"));
        answered = true;
        static_cast<QDialog *>(dialog)->accept();
    });
    box->activated(box->count() - 1); // "New provider…"
    QTRY_VERIFY(answered);
    QTRY_COMPARE(policy().providers.size(), 4);
    QCOMPARE(policy().providers.at(3).id, QStringLiteral("hotjar-ltd"));
    QCOMPARE(policy().providers.at(3).country, QStringLiteral("MT"));
    QCOMPARE(policy().cookies.at(0).providerId, QStringLiteral("hotjar-ltd"));
    QCOMPARE(m_document->undoStack()->count(), 1);
    m_document->undoStack()->undo();
    QCOMPARE(policy(), before);
}

void TestCookiesPage::createsACategoryFromTheCell()
{
    const Policy before = policy();
    m_page->view()->setCurrentIndex(viewIndex(0, CookieTableModel::CategoryColumn));
    editCurrentWithF2();
    auto *box = m_page->view()->findChild<QComboBox *>(QStringLiteral("categoryEditor"));
    QVERIFY(box);
    QCOMPARE(box->itemText(box->count() - 1), QStringLiteral("New category…"));
    bool answered = false;
    answerNextDialog([&answered](QWidget *dialog) {
        auto *input = qobject_cast<QInputDialog *>(dialog);
        QVERIFY(input);
        QCOMPARE(input->objectName(), QStringLiteral("newCategoryDialog"));
        // The field offers the placeholder in the document's language; typed over.
        QCOMPARE(input->textValue(), QStringLiteral("Nouvelle catégorie"));
        auto *line = input->findChild<QLineEdit *>();
        line->selectAll();
        QTest::keyClicks(line, QStringLiteral("R"));
        line->insert(QStringLiteral("é")); // QTest types ASCII only
        QTest::keyClicks(line, QStringLiteral("seaux sociaux"));
        answered = true;
        QTest::keyClick(line, Qt::Key_Return);
    });
    QTest::keyClick(box, Qt::Key_End);
    pressReturn(box);
    QTRY_VERIFY(answered);
    QTRY_COMPARE(policy().categories.size(), before.categories.size() + 1);
    const Category &created = policy().categories.last();
    QCOMPARE(created.id, QStringLiteral("reseaux-sociaux")); // from the name
    QCOMPARE(created.name.exact(QStringLiteral("fr")), QStringLiteral("Réseaux sociaux"));
    QCOMPARE(policy().cookies.at(0).categoryId, QStringLiteral("reseaux-sociaux"));
    // PHPSESSID left the required category: it needs consent now, said in the same step.
    QCOMPARE(policy().cookies.at(0).basis, LegalBasis::Consent);
    QCOMPARE(m_document->undoStack()->count(), 1);
    m_document->undoStack()->undo();
    QCOMPARE(policy(), before);
}

// A new row is not filed in the first category unasked; choosing a category sets
// the legal basis with it.
void TestCookiesPage::newCookieWaitsForItsCategory()
{
    QTableView *view = m_page->view();
    view->setCurrentIndex(viewIndex(6, CookieTableModel::NameColumn));
    QTest::keyClick(view, Qt::Key_Insert);
    auto *name = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(name);
    QTest::keyClicks(name, QStringLiteral("csrftoken"));
    pressReturn(name);
    const int row = m_page->proxy()->mapToSource(view->currentIndex()).row();
    QCOMPARE(policy().cookies.at(row).name, QStringLiteral("csrftoken"));
    QVERIFY(policy().cookies.at(row).categoryId.isEmpty());
    QCOMPARE(policy().cookies.at(row).basis, LegalBasis::Consent);

    view->setCurrentIndex(m_page->proxy()->index(view->currentIndex().row(), CookieTableModel::CategoryColumn));
    editCurrentWithF2();
    auto *box = qobject_cast<QComboBox *>(QApplication::focusWidget());
    QVERIFY(box);
    QCOMPARE(box->currentIndex(), -1); // nothing chosen yet
    QTest::keyClick(box, Qt::Key_Home); // "necessary", a required category
    pressReturn(box);
    QCOMPARE(policy().cookies.at(row).categoryId, QStringLiteral("necessary"));
    QCOMPARE(policy().cookies.at(row).basis, LegalBasis::Exempt);
}

void TestCookiesPage::copiesSelectionAsTsvAndHtml()
{
    QTableView *view = m_page->view();
    view->setCurrentIndex(viewIndex(2, CookieTableModel::NameColumn));
    QTest::keyClick(view, Qt::Key_Right, Qt::ShiftModifier);
    QTest::keyClick(view, Qt::Key_Down, Qt::ShiftModifier);
    QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
    const QMimeData *mime = QApplication::clipboard()->mimeData();
    QVERIFY(mime);
    const QString tsv = mime->text();
    const QStringList lines = tsv.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.at(0).startsWith(QStringLiteral("_pk_id.*\t")));
    QVERIFY(lines.at(1).startsWith(QStringLiteral("_pk_ses.*\t")));
    QCOMPARE(lines.at(0).count(QLatin1Char('\t')), 1);
    QVERIFY(mime->hasHtml());
    QVERIFY(mime->html().contains(QStringLiteral("<td>_pk_ses.*</td>")));
}

void TestCookiesPage::pastesATsvBlockInOneStep()
{
    const Policy before = policy();
    // What Calc puts on the clipboard for three rows of name, purpose, category;
    // the second purpose spans two lines.
    QApplication::clipboard()->setText(
        QStringLiteral("_ga\tDistingue les visiteurs.\tMesure d'audience\n"
                       "_gid\t\"Compte les visites,\nsur 24 heures.\"\tstatistics\n"
                       "_gat\tLimite les requêtes.\tstatistics\n"));
    m_page->view()->setCurrentIndex(viewIndex(5, CookieTableModel::NameColumn));
    QTest::keyClick(m_page->view(), Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(policy().cookies.size(), 8); // rows 5 and 6 rewritten, one appended
    QCOMPARE(policy().cookies.at(5).name, QStringLiteral("_ga"));
    QCOMPARE(policy().cookies.at(5).categoryId, QStringLiteral("statistics"));
    QCOMPARE(policy().cookies.at(6).purpose.exact(QStringLiteral("fr")),
             QStringLiteral("Compte les visites,\nsur 24 heures."));
    QCOMPARE(policy().cookies.at(7).name, QStringLiteral("_gat"));
    QCOMPARE(policy().cookies.at(5).providerId, QStringLiteral("google")); // untouched column kept
    QCOMPARE(m_document->undoStack()->count(), 1);
    m_document->undoStack()->undo();
    QCOMPARE(policy(), before);
}

void TestCookiesPage::pasteFollowsTheSortedView()
{
    m_page->view()->sortByColumn(CookieTableModel::NameColumn, Qt::DescendingOrder);
    // In descending name order the first two rows are YSC and VISITOR_PRIVACY_METADATA.
    m_page->view()->setCurrentIndex(m_page->proxy()->index(0, CookieTableModel::DomainColumn));
    QApplication::clipboard()->setText(QStringLiteral("a.example\nb.example\n"));
    QTest::keyClick(m_page->view(), Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(policy().cookies.at(4).domain, QStringLiteral("a.example"));
    QCOMPARE(policy().cookies.at(6).domain, QStringLiteral("b.example"));
}

void TestCookiesPage::sortsAndFilters()
{
    QTableView *view = m_page->view();
    CookieFilterProxy *proxy = m_page->proxy();
    // Document order until a header is clicked.
    QCOMPARE(proxy->index(0, CookieTableModel::NameColumn).data().toString(), QStringLiteral("PHPSESSID"));
    const QPoint lifetimeHeader(
        view->horizontalHeader()->sectionViewportPosition(CookieTableModel::LifetimeColumn) + 5, 5);
    QTest::mouseClick(view->horizontalHeader()->viewport(), Qt::LeftButton, {}, lifetimeHeader);
    QCOMPARE(proxy->sortColumn(), int(CookieTableModel::LifetimeColumn));
    QStringList lifetimes;
    for (int row = 0; row < proxy->rowCount(); ++row)
        lifetimes << proxy->index(row, CookieTableModel::LifetimeColumn).data().toString();
    QCOMPARE(lifetimes.first(), QStringLiteral("session"));
    QCOMPARE(lifetimes.last(), QStringLiteral("13 mois"));

    auto *search = m_page->findChild<QLineEdit *>(QStringLiteral("cookieSearch"));
    QTest::keyClicks(search, QStringLiteral("youtube"));
    QCOMPARE(proxy->rowCount(), 3);
    auto *count = m_page->findChild<QLabel *>(QStringLiteral("cookieCount"));
    QVERIFY(count->text().contains(QStringLiteral("3")));
    // Indexes stay mapped to the right document rows.
    QVERIFY(m_page->model()->setData(
        proxy->mapToSource(proxy->index(0, CookieTableModel::DomainColumn)), QStringLiteral("x.example")));
    QCOMPARE(proxy->rowCount(), 3);
    search->clear();
    QCOMPARE(proxy->rowCount(), 7);

    auto *category = m_page->findChild<QComboBox *>(QStringLiteral("cookieCategoryFilter"));
    QCOMPARE(category->count(), 4);
    category->setCurrentIndex(category->findData(QStringLiteral("statistics")));
    QCOMPARE(proxy->rowCount(), 2);
    category->setCurrentIndex(0);
    QCOMPARE(proxy->rowCount(), 7);
}

void TestCookiesPage::currentCellFollowsSortFilterAndEdit()
{
    QTableView *view = m_page->view();
    const int source = 3;
    view->setCurrentIndex(viewIndex(source, CookieTableModel::NameColumn));
    const auto currentSource = [this, view] {
        return m_page->proxy()->mapToSource(view->currentIndex()).row();
    };
    const QPoint nameHeader(
        view->horizontalHeader()->sectionViewportPosition(CookieTableModel::NameColumn) + 5, 5);
    QTest::mouseClick(view->horizontalHeader()->viewport(), Qt::LeftButton, {}, nameHeader);
    QCOMPARE(m_page->proxy()->sortColumn(), int(CookieTableModel::NameColumn));
    QCOMPARE(currentSource(), source);
    QTest::mouseClick(view->horizontalHeader()->viewport(), Qt::LeftButton, {}, nameHeader);
    QCOMPARE(m_page->proxy()->sortOrder(), Qt::DescendingOrder);
    QCOMPARE(currentSource(), source);

    // A search that keeps the row keeps the cell; the count says how many are shown.
    auto *search = m_page->findChild<QLineEdit *>(QStringLiteral("cookieSearch"));
    const QString name = CookieName::display(policy().cookies.at(source));
    QTest::keyClicks(search, name);
    QVERIFY(m_page->proxy()->rowCount() < m_page->model()->rowCount());
    QCOMPARE(currentSource(), source);
    auto *count = m_page->findChild<QLabel *>(QStringLiteral("cookieCount"));
    QVERIFY(count->text().startsWith(QString::number(m_page->proxy()->rowCount()) + QStringLiteral(" of")));

    // Renamed by keyboard in the sorted, filtered view: the row moves to its new
    // place (first, descending) and stays current.
    search->clear();
    view->setFocus();
    editCurrentWithF2();
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("zzz_renamed"));
    pressReturn(editor);
    QCOMPARE(policy().cookies.at(source).name, QStringLiteral("zzz_renamed"));
    QCOMPARE(view->currentIndex().row(), 0);
    QCOMPARE(currentSource(), source);
    m_document->undoStack()->undo();
    QCOMPARE(currentSource(), source);
    QCOMPARE(view->currentIndex().data().toString(), name);

    const QString folder = qEnvironmentVariable("CHARTE_SCREENSHOT_DIR");
    if (!folder.isEmpty()) {
        QTest::keyClicks(search, QStringLiteral("goo"));
        QCoreApplication::processEvents(); // let the filter bar lay out the new count
        QVERIFY(m_page->grab().save(QDir(folder).filePath(QStringLiteral("cookies-sorted-filtered.png"))));
    }
}

void TestCookiesPage::deletesAndUndoes()
{
    // Delete empties the selected cells, as a spreadsheet does; it used to remove the
    // whole cookies without a word.
    const Policy before = policy();
    QTableView *view = m_page->view();
    auto *count = m_page->findChild<QLabel *>(QStringLiteral("cookieCount"));
    view->setCurrentIndex(viewIndex(0, CookieTableModel::NameColumn));
    view->selectionModel()->select(viewIndex(3, CookieTableModel::PurposeColumn),
                                   QItemSelectionModel::Select);
    const int purposeRow = m_page->proxy()->mapToSource(viewIndex(3, 0)).row();
    QTest::keyClick(view, Qt::Key_Delete);
    QCOMPARE(policy().cookies.size(), before.cookies.size());
    QCOMPARE(policy().cookies.at(0).name, QString());
    QCOMPARE(policy().cookies.at(purposeRow).purpose.exact(QStringLiteral("fr")), QString());
    QCOMPARE(policy().cookies.at(1), before.cookies.at(1));
    QCOMPARE(m_document->undoStack()->undoText(), QStringLiteral("Clear cells of 2 cookies"));
    QCOMPARE(count->text(), QStringLiteral("7 cookie(s)")); // not "x of y", as if filtered
    m_document->undoStack()->undo();
    QCOMPARE(policy(), before);

    // A column that always holds a value is left as it is, and the user is told why.
    QSignalSpy status(m_page, &CookiesPage::statusMessage);
    view->setCurrentIndex(viewIndex(2, CookieTableModel::PartyColumn));
    QTest::keyClick(view, Qt::Key_Delete);
    QCOMPARE(policy(), before);
    QCOMPARE(status.size(), 1);
    QVERIFY(status.first().first().toString().contains(QStringLiteral("Ctrl+Del")));

    // Removing cookies is Ctrl+Delete (Edit › Remove), and the counter stays true.
    view->setCurrentIndex(viewIndex(0, CookieTableModel::NameColumn));
    view->selectionModel()->select(viewIndex(3, CookieTableModel::PurposeColumn),
                                   QItemSelectionModel::Select);
    QTest::keyClick(view, Qt::Key_Delete, Qt::ControlModifier);
    QCOMPARE(policy().cookies.size(), 5);
    QCOMPARE(policy().cookies.at(0).name, QStringLiteral("cookies_preferences"));
    QCOMPARE(m_document->undoStack()->undoText(), QStringLiteral("Remove 2 cookies"));
    QCOMPARE(count->text(), QStringLiteral("5 cookie(s)")); // not "x of y", as if filtered
    m_document->undoStack()->undo();
    QCOMPARE(policy(), before);
    QCOMPARE(count->text(), QStringLiteral("7 cookie(s)")); // not "x of y", as if filtered
}

void TestCookiesPage::insertsAndDuplicates()
{
    QTableView *view = m_page->view();
    view->setCurrentIndex(viewIndex(1, CookieTableModel::NameColumn));
    QTest::keyClick(view, Qt::Key_Insert);
    QCOMPARE(policy().cookies.size(), 8);
    // The new row's name is being edited.
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(editor);
    QTest::keyClicks(editor, QStringLiteral("_new"));
    pressReturn(editor);
    QCOMPARE(policy().cookies.at(2).name, QStringLiteral("_new"));
    QVERIFY(viewIndex(2, CookieTableModel::PurposeColumn).data(Qt::DecorationRole).isValid());
    QTest::keyClick(view, Qt::Key_D, Qt::ControlModifier);
    QCOMPARE(policy().cookies.size(), 9);
    QCOMPARE(policy().cookies.at(3).name, QStringLiteral("_new"));
    QCOMPARE(m_document->undoStack()->count(), 3);
}

void TestCookiesPage::movesRowsInDocumentOrder()
{
    QTableView *view = m_page->view();
    view->setCurrentIndex(viewIndex(2, CookieTableModel::NameColumn));
    view->selectionModel()->select(viewIndex(3, CookieTableModel::NameColumn),
                                   QItemSelectionModel::Select);
    QTest::keyClick(view, Qt::Key_Up, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(policy().cookies.at(1).name, QStringLiteral("_pk_id."));
    QCOMPARE(policy().cookies.at(2).name, QStringLiteral("_pk_ses."));
    QCOMPARE(policy().cookies.at(3).name, QStringLiteral("cookies_preferences"));
    QCOMPARE(m_document->undoStack()->undoText(), QStringLiteral("Move 2 cookies"));
    // The moved rows stay selected, so the key can be pressed again.
    QTest::keyClick(view, Qt::Key_Up, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(policy().cookies.at(0).name, QStringLiteral("_pk_id."));
    m_document->undoStack()->undo();
    m_document->undoStack()->undo();
    QCOMPARE(policy(), *Templates::load(QStringLiteral("typical")));
    // In a sorted view, order is the sort's: nothing moves.
    view->sortByColumn(CookieTableModel::NameColumn, Qt::AscendingOrder);
    QTest::keyClick(view, Qt::Key_Down, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_document->undoStack()->count(), 2);
    QCOMPARE(m_document->undoStack()->index(), 0);
}

void TestCookiesPage::providersRenameAndDeleteWithReassignment()
{
    const Policy before = policy();
    ProvidersPage page(m_document);
    page.show();
    auto *list = page.findChild<QListWidget *>(QStringLiteral("providerList"));
    QCOMPARE(list->count(), 3);
    page.setCurrentIndex(2);
    auto *name = page.findChild<QLineEdit *>(QStringLiteral("providerName"));
    QCOMPARE(name->text(), QStringLiteral("Google Ireland Limited (YouTube)"));
    name->setFocus();
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Google"));
    pressReturn(name);
    QCOMPARE(policy().providers.at(2).name, QStringLiteral("Google"));
    QCOMPARE(list->item(2)->text(), QStringLiteral("Google"));
    QCOMPARE(m_page->model()->index(4, CookieTableModel::ProviderColumn).data().toString(),
             QStringLiteral("Google"));
    QVERIFY(page.findChild<QLabel *>(QStringLiteral("providerUsage"))->text().contains(QStringLiteral("3")));

    // Removing it asks where its three cookies go.
    answerNextDialog([](QWidget *dialog) {
        QVERIFY(qobject_cast<ReassignDialog *>(dialog));
        auto *target = dialog->findChild<QComboBox *>(QStringLiteral("reassignTarget"));
        target->setCurrentIndex(target->findData(QStringLiteral("matomo")));
        static_cast<QDialog *>(dialog)->accept();
    });
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("removeProvider")), Qt::LeftButton);
    QCOMPARE(policy().providers.size(), 2);
    QCOMPARE(policy().cookies.at(4).providerId, QStringLiteral("matomo"));
    QCOMPARE(policy().cookies.at(6).providerId, QStringLiteral("matomo"));
    QCOMPARE(list->count(), 2);
    m_document->undoStack()->undo();
    QCOMPARE(policy().providers.size(), 3);
    QCOMPARE(policy().cookies.at(4).providerId, QStringLiteral("google"));
    m_document->undoStack()->undo();
    QCOMPARE(policy(), before);

    // Cancelling the question removes nothing.
    page.setCurrentIndex(0);
    answerNextDialog([](QWidget *dialog) { static_cast<QDialog *>(dialog)->reject(); });
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("removeProvider")), Qt::LeftButton);
    QCOMPARE(policy(), before);
    // Adding one, then undoing it.
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("addProvider")), Qt::LeftButton);
    QCOMPARE(policy().providers.size(), 4);
    QCOMPARE(list->currentRow(), 3);
    m_document->undoStack()->undo();
    QCOMPARE(policy(), before);
}

void TestCookiesPage::categoriesRenameAndDeleteWithReassignment()
{
    const Policy before = policy();
    CategoriesPage page(m_document);
    page.show();
    auto *list = page.findChild<QListWidget *>(QStringLiteral("categoryList"));
    QCOMPARE(list->count(), 3);
    page.setCurrentIndex(1);
    auto *name = page.findChild<QLineEdit *>(QStringLiteral("categoryName"));
    name->setFocus();
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Statistiques"));
    pressReturn(name);
    QCOMPARE(policy().categories.at(1).name.exact(QStringLiteral("fr")), QStringLiteral("Statistiques"));
    QCOMPARE(m_page->model()->index(2, CookieTableModel::CategoryColumn).data().toString(),
             QStringLiteral("Statistiques"));
    // The grid's filter lists the new name.
    auto *filter = m_page->findChild<QComboBox *>(QStringLiteral("cookieCategoryFilter"));
    QCOMPARE(filter->itemText(filter->findData(QStringLiteral("statistics"))), QStringLiteral("Statistiques"));

    // A new id carries the cookies with it.
    auto *id = page.findChild<QLineEdit *>(QStringLiteral("categoryId"));
    id->setFocus();
    id->selectAll();
    QTest::keyClicks(id, QStringLiteral("analytics"));
    pressReturn(id);
    QCOMPARE(policy().cookies.at(2).categoryId, QStringLiteral("analytics"));

    page.findChild<QCheckBox *>(QStringLiteral("categoryRequired"))->click();
    QVERIFY(policy().categories.at(1).required);

    answerNextDialog([](QWidget *dialog) {
        auto *target = dialog->findChild<QComboBox *>(QStringLiteral("reassignTarget"));
        target->setCurrentIndex(target->findData(QStringLiteral("necessary")));
        static_cast<QDialog *>(dialog)->accept();
    });
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("removeCategory")), Qt::LeftButton);
    QCOMPARE(policy().categories.size(), 2);
    QCOMPARE(policy().cookies.at(2).categoryId, QStringLiteral("necessary"));
    QCOMPARE(policy().cookies.at(3).categoryId, QStringLiteral("necessary"));
    QCOMPARE(m_document->undoStack()->count(), 4);
    while (m_document->undoStack()->canUndo())
        m_document->undoStack()->undo();
    QCOMPARE(policy(), before);
}

void TestCookiesPage::screenshots()
{
    // Not an assertion about looks: it proves the page paints, with problem icons,
    // and leaves pictures behind when CHARTE_SCREENSHOT_DIR names a folder.
    const QString folder = qEnvironmentVariable("CHARTE_SCREENSHOT_DIR");
    for (const QString &name : Templates::names()) {
        m_document->resetPolicy(*Templates::load(name));
        if (name == QStringLiteral("typical")) {
            // One cookie with problems, as an import leaves them.
            m_page->model()->pasteBlock({}, CookieTableModel::ProviderColumn,
                                        {{QStringLiteral("Hotjar"), QStringLiteral("Carte de chaleur"), QStringLiteral("_hj session"),
                                          QString(), QStringLiteral("ads"), QStringLiteral("Persistant")}});
        }
        m_page->resize(1400, 420);
        const QImage image = m_page->grab().toImage();
        QVERIFY(!image.isNull());
        if (!folder.isEmpty())
            QVERIFY(image.save(QDir(folder).filePath(QStringLiteral("cookies-%1.png").arg(name))));
    }
    // An open lifetime editor and the two other pages.
    m_page->view()->setCurrentIndex(viewIndex(2, CookieTableModel::LifetimeColumn));
    editCurrentWithF2();
    QVERIFY(m_page->view()->findChild<LifetimeEditor *>());
    const QImage editing = m_page->grab().toImage();
    ProvidersPage providers(m_document);
    providers.resize(800, 300);
    providers.setCurrentIndex(2);
    CategoriesPage categories(m_document);
    categories.resize(800, 300);
    categories.setCurrentIndex(1);
    if (!folder.isEmpty()) {
        QVERIFY(editing.save(QDir(folder).filePath(QStringLiteral("cookies-editing.png"))));
        QVERIFY(providers.grab().save(QDir(folder).filePath(QStringLiteral("providers.png"))));
        QVERIFY(categories.grab().save(QDir(folder).filePath(QStringLiteral("categories.png"))));
    }
}

QTEST_MAIN(TestCookiesPage)
#include "tst_cookiespage.moc"
