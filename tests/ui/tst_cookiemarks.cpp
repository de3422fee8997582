// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "compliance/compliancechecker.h"
#include "compliance/knowncookies.h"
#include "document/cookiename.h"
#include "cookiespage.h"
#include "cookiesuggestionpopup.h"
#include "document/policydocument.h"
#include "format/templates.h"
#include "itemmodels/cookiefilterproxy.h"
#include "itemmodels/cookietablemodel.h"

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QCompleter>
#include <QDir>
#include <QHeaderView>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

// The grid's findings marks, its "only rows with problems" filter and the name
// editor's known-cookie suggestions, driven as a person would on offscreen.
class TestCookieMarks : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void marksOnlyTheBadRow();
    void marksFollowTheirCookiesUntilTheNextCheck();
    void filterKeepsRowsWithFindingsWithSearchAndSort();
    void suggestionFillsAnEmptyRowInOneStep();
    void suggestionNeverOverwritesTypedFields();
    void familySuggestionKeepsItsPrefixMatch();
    void screenshot();

private:
    // Runs the checker and hands its marks to the page, as the window does.
    QHash<qsizetype, Severity> check();
    QLineEdit *typeName(int sourceRow, const QString &typed);
    bool choose(QLineEdit *editor, const QString &name);

    PolicyDocument *m_document = nullptr;
    CookiesPage *m_page = nullptr;
    int m_badRow = -1;
};

void TestCookieMarks::init()
{
    Policy policy = *Templates::load(QStringLiteral("typical"));
    // One cookie with problems: an analytics cookie with no purpose and no lifetime.
    Cookie bad;
    bad.name = QStringLiteral("_hjSession");
    bad.categoryId = policy.categories.constLast().id;
    policy.cookies.append(bad);
    m_badRow = int(policy.cookies.size()) - 1;
    m_document = new PolicyDocument(policy);
    m_page = new CookiesPage(m_document);
    m_page->resize(1300, 460);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page));
}

void TestCookieMarks::cleanup()
{
    delete m_page;
    delete m_document;
}

QHash<qsizetype, Severity> TestCookieMarks::check()
{
    const ComplianceReport report = ComplianceChecker::check(m_document->policy());
    const QHash<qsizetype, Severity> severities = report.worstSeverityPerCookieRow();
    m_page->setRowSeverities(severities);
    return severities;
}

void TestCookieMarks::marksOnlyTheBadRow()
{
    QAbstractItemModelTester tester(m_page->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    CookieTableModel *model = m_page->model();
    QSignalSpy marks(model, &CookieTableModel::rowSeveritiesChanged);
    const QHash<qsizetype, Severity> severities = check();
    QCOMPARE(marks.count(), 1);
    // The typical template is clean: the added cookie is the only row with findings.
    QCOMPARE(severities.keys(), QList<qsizetype>{m_badRow});
    for (int row = 0; row < model->rowCount(); ++row) {
        const QVariant role = model->index(row, CookieTableModel::NameColumn)
                                  .data(CookieTableModel::FindingSeverityRole);
        const QVariant mark = model->headerData(row, Qt::Vertical, Qt::DecorationRole);
        QCOMPARE(role.isValid(), row == m_badRow);
        QCOMPARE(mark.isValid(), row == m_badRow);
        QCOMPARE(model->hasFinding(row), row == m_badRow);
    }
    QCOMPARE(model->index(m_badRow, 0).data(CookieTableModel::FindingSeverityRole).toInt(),
             int(severities.value(m_badRow)));
    // The view shows it through the proxy's vertical header.
    const QModelIndex shown = m_page->proxy()->mapFromSource(model->index(m_badRow, 0));
    QVERIFY(m_page->proxy()->headerData(shown.row(), Qt::Vertical, Qt::DecorationRole).isValid());
    // A second identical check announces nothing.
    check();
    QCOMPARE(marks.count(), 1);
    // A fixed cookie loses its mark.
    m_document->removeCookies(m_badRow, 1);
    check();
    for (int row = 0; row < model->rowCount(); ++row)
        QVERIFY(!model->hasFinding(row));
}

void TestCookieMarks::marksFollowTheirCookiesUntilTheNextCheck()
{
    QAbstractItemModelTester tester(m_page->proxy(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    CookieTableModel *model = m_page->model();
    CookieFilterProxy *proxy = m_page->proxy();
    check();
    m_page->findChild<QCheckBox *>(QStringLiteral("cookieProblemsFilter"))->click();
    const auto marked = [model] {
        QList<int> rows;
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->hasFinding(row))
                rows.append(row);
        }
        return rows;
    };
    const auto shownNames = [proxy] {
        QStringList names;
        for (int row = 0; row < proxy->rowCount(); ++row)
            names << proxy->index(row, CookieTableModel::NameColumn).data(Qt::EditRole).toString();
        return names;
    };
    const QString badName = QStringLiteral("_hjSession");
    QCOMPARE(shownNames(), QStringList{badName});

    // No check runs in between: the mark moves with the cookie, never onto a neighbour.
    Cookie added;
    added.name = QStringLiteral("added");
    m_document->insertCookies(0, {added, added});
    QCOMPARE(marked(), QList<int>{m_badRow + 2});
    QCOMPARE(model->index(m_badRow + 2, CookieTableModel::NameColumn).data(Qt::EditRole).toString(), badName);
    QVERIFY(model->headerData(m_badRow + 2, Qt::Vertical, Qt::DecorationRole).isValid());
    QCOMPARE(shownNames(), QStringList{badName});

    m_document->removeCookies(1, 1);
    QCOMPARE(marked(), QList<int>{m_badRow + 1});
    m_document->moveCookies(m_badRow + 1, 1, 0); // to the top
    QCOMPARE(marked(), QList<int>{0});
    QCOMPARE(model->index(0, CookieTableModel::NameColumn).data(Qt::EditRole).toString(), badName);
    m_document->moveCookies(0, 2, model->rowCount()); // to the bottom, with its neighbour
    QCOMPARE(marked(), QList<int>{model->rowCount() - 2});
    QCOMPARE(shownNames(), QStringList{badName});

    // Removing the marked cookie removes its mark.
    m_document->removeCookies(model->rowCount() - 2, 1);
    QCOMPARE(marked(), QList<int>{});
    QCOMPARE(proxy->rowCount(), 0);
}

void TestCookieMarks::filterKeepsRowsWithFindingsWithSearchAndSort()
{
    QAbstractItemModelTester tester(m_page->proxy(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    check();
    CookieFilterProxy *proxy = m_page->proxy();
    const int all = proxy->rowCount();
    QVERIFY(all > 1);
    QCheckBox *filter = m_page->findChild<QCheckBox *>(QStringLiteral("cookieProblemsFilter"));
    QVERIFY(filter);
    QCOMPARE(filter->text(), QStringLiteral("Only rows with problems"));
    filter->click();
    QVERIFY(proxy->onlyRowsWithFindings());
    QCOMPARE(proxy->rowCount(), 1);
    QCOMPARE(proxy->mapToSource(proxy->index(0, 0)).row(), m_badRow);

    // Sorting and the search work with it.
    m_page->view()->sortByColumn(CookieTableModel::NameColumn, Qt::DescendingOrder);
    QCOMPARE(proxy->rowCount(), 1);
    proxy->setSearchText(QStringLiteral("hjsess"));
    QCOMPARE(proxy->rowCount(), 1);
    proxy->setSearchText(QStringLiteral("no such cookie"));
    QCOMPARE(proxy->rowCount(), 0);
    proxy->setSearchText(QString());

    // A new check that finds another row shows it at once.
    Cookie second;
    second.name = QStringLiteral("_fbp");
    m_document->insertCookies(0, {second});
    check();
    QCOMPARE(proxy->rowCount(), 2);

    filter->click();
    QCOMPARE(proxy->rowCount(), all + 1);

    // Going to a finding's cell clears the filter that would hide it.
    filter->click();
    m_page->showCookie(1, CookieTableModel::NameColumn);
    QVERIFY(m_page->view()->currentIndex().isValid());
}

QLineEdit *TestCookieMarks::typeName(int sourceRow, const QString &typed)
{
    QTableView *view = m_page->view();
    view->setFocus();
    view->setCurrentIndex(
        m_page->proxy()->mapFromSource(m_page->model()->index(sourceRow, CookieTableModel::NameColumn)));
    QTest::keyClick(view, Qt::Key_F2);
    auto *editor = view->findChild<QLineEdit *>(QStringLiteral("lineEditor"));
    if (!editor)
        return nullptr;
    editor->selectAll();
    QTest::keyClicks(editor, typed);
    return editor;
}

bool TestCookieMarks::choose(QLineEdit *editor, const QString &name)
{
    auto *popup = editor->findChild<CookieSuggestionPopup *>();
    if (!popup || popup->suggestionCount() == 0)
        return false;
    QAbstractItemModel *rows = popup->completer()->completionModel();
    for (int row = 0; row < rows->rowCount(); ++row) {
        const QModelIndex index = rows->index(row, 0);
        if (!index.data().toString().startsWith(name + QStringLiteral(" — ")))
            continue;
        QAbstractItemView *list = popup->completer()->popup();
        if (!list->isVisible())
            return false;
        list->setCurrentIndex(index);
        QTest::keyClick(list, Qt::Key_Return);
        return true;
    }
    return false;
}

void TestCookieMarks::suggestionFillsAnEmptyRowInOneStep()
{
    // An empty row, and a provider the database's _ga entry names.
    const KnownCookie *ga = KnownCookies::builtin().lookup(QStringLiteral("_ga")).value(0);
    QVERIFY(ga);
    QVERIFY(ga->retention);
    Policy policy = m_document->policy();
    Provider google;
    google.id = QStringLiteral("google-test");
    google.name = ga->platform;
    policy.providers.append(google);
    m_document->resetPolicy(policy);
    m_document->insertCookies(0, {Cookie{}});
    m_document->undoStack()->clear();
    const Cookie before = m_document->policy().cookies.at(0);

    QLineEdit *editor = typeName(0, QStringLiteral("_g"));
    QVERIFY(editor);
    auto *popup = editor->findChild<CookieSuggestionPopup *>();
    QVERIFY(popup);
    QVERIFY(popup->suggestionCount() > 0);
    bool offered = false;
    for (int row = 0; row < popup->completer()->completionModel()->rowCount(); ++row) {
        offered |= popup->completer()->completionModel()->index(row, 0).data().toString().startsWith(
            QStringLiteral("_ga — "));
    }
    QVERIFY(offered);
    QVERIFY(choose(editor, QStringLiteral("_ga")));
    QTRY_VERIFY(!m_page->view()->findChild<QLineEdit *>(QStringLiteral("lineEditor")) ||
                !m_page->view()->findChild<QLineEdit *>(QStringLiteral("lineEditor"))->isVisible());

    const Cookie filled = m_document->policy().cookies.at(0);
    QCOMPARE(filled.name, QStringLiteral("_ga"));
    QCOMPARE(filled.providerId, QStringLiteral("google-test"));
    QVERIFY(!filled.categoryId.isEmpty());
    // The category from the database brings its legal basis, as choosing it does.
    const Category *category = m_document->policy().category(filled.categoryId);
    QVERIFY(category);
    QCOMPARE(filled.basis, category->required ? LegalBasis::Exempt : LegalBasis::Consent);
    QVERIFY(!filled.purpose.value(m_document->policy().meta.defaultLanguage).isEmpty() ||
            !filled.purpose.value(QStringLiteral("en")).isEmpty());
    QCOMPARE(filled.lifetime, ga->retention);
    QCOMPARE(m_document->undoStack()->count(), 1);
    m_document->undoStack()->undo();
    QCOMPARE(m_document->policy().cookies.at(0), before);
}

void TestCookieMarks::suggestionNeverOverwritesTypedFields()
{
    Cookie typed;
    typed.purpose.set(m_document->policy().meta.defaultLanguage, QStringLiteral("Mesure maison"));
    typed.lifetime = Lifetime::fromSeconds(3600);
    m_document->insertCookies(0, {typed});
    m_document->undoStack()->clear();

    QLineEdit *editor = typeName(0, QStringLiteral("_g"));
    QVERIFY(editor);
    QVERIFY(choose(editor, QStringLiteral("_ga")));
    const Cookie filled = m_document->policy().cookies.at(0);
    QCOMPARE(filled.name, QStringLiteral("_ga"));
    QCOMPARE(filled.purpose.value(m_document->policy().meta.defaultLanguage),
             QStringLiteral("Mesure maison"));
    QCOMPARE(filled.lifetime, Lifetime::fromSeconds(3600));
    QCOMPARE(m_document->undoStack()->count(), 1);
}

void TestCookieMarks::familySuggestionKeepsItsPrefixMatch()
{
    // "_ga_*" stands for _ga_<property id>: stored as an exact "_ga_" it would match no
    // cookie a scan finds, and the charter would name a cookie that does not exist.
    m_document->insertCookies(0, {Cookie{}});
    m_document->undoStack()->clear();
    QLineEdit *editor = typeName(0, QStringLiteral("_ga_"));
    QVERIFY(editor);
    QVERIFY(choose(editor, CookieName::display(QStringLiteral("_ga_"), NameMatch::Prefix)));
    const Cookie family = m_document->policy().cookies.at(0);
    QCOMPARE(family.name, QStringLiteral("_ga_"));
    QCOMPARE(family.match, NameMatch::Prefix);
    QCOMPARE(m_document->undoStack()->count(), 1);

    // Choosing an exact name afterwards makes the row exact again.
    editor = typeName(0, QStringLiteral("_g"));
    QVERIFY(editor);
    QVERIFY(choose(editor, QStringLiteral("_ga")));
    QCOMPARE(m_document->policy().cookies.at(0).name, QStringLiteral("_ga"));
    QCOMPARE(m_document->policy().cookies.at(0).match, NameMatch::Exact);
}

void TestCookieMarks::screenshot()
{
    // Leaves a picture of the marked row with the filter on when
    // CHARTE_SCREENSHOT_DIR names a folder; always proves the page paints.
    Cookie second;
    second.name = QStringLiteral("_fbp");
    m_document->insertCookies(1, {second});
    check();
    // Layouts settle on posted events: the count label has new text.
    QCoreApplication::processEvents();
    const QImage marked = m_page->grab().toImage();
    m_page->findChild<QCheckBox *>(QStringLiteral("cookieProblemsFilter"))->click();
    QCoreApplication::processEvents();
    const QImage filtered = m_page->grab().toImage();
    QVERIFY(!marked.isNull() && !filtered.isNull());
    const QString folder = qEnvironmentVariable("CHARTE_SCREENSHOT_DIR");
    if (!folder.isEmpty()) {
        QVERIFY(marked.save(QDir(folder).filePath(QStringLiteral("cookies-marked.png"))));
        QVERIFY(filtered.save(QDir(folder).filePath(QStringLiteral("cookies-problems-only.png"))));
    }
}

QTEST_MAIN(TestCookieMarks)
#include "tst_cookiemarks.moc"
