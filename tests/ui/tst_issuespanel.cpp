// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "compliance/knowncookies.h"
#include "cookiesuggestionpopup.h"
#include "document/policydocument.h"
#include "format/templates.h"
#include "issuesmodel.h"
#include "issuespanel.h"
#include "knowncookieschooser.h"
#include "support/screenshots.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QTreeView>

class TestIssuesPanel : public QObject
{
    Q_OBJECT

private slots:
    void showsFindingsGroupedBySeverity();
    void rechecksOnceAfterTyping();
    void activatingAFindingGivesItsPlace();
    void speaksTheChosenLanguage();
    void groupsAHundredThousandFindingsLazily();
    void panelShowsAHundredThousandFindingsInBatches();
    void checksALargeDocumentOffTheGuiThread();
    void followsTheInterfaceLanguage();
    void suggestsKnownCookiesWhileTyping();
    void remembersTheDatabaseFile();
};

// The tree is a QTreeView over IssuesModel: headings are the top rows, findings
// their children.
static QModelIndex group(QTreeView *tree, const QString &prefix)
{
    const QAbstractItemModel *model = tree->model();
    for (int i = 0; i < model->rowCount(); ++i) {
        if (model->index(i, 0).data().toString().startsWith(prefix))
            return model->index(i, 0);
    }
    return {};
}

static QString heading(QTreeView *tree, int row)
{
    return tree->model()->index(row, 0).data().toString();
}

static QString cell(QTreeView *tree, int groupRow, int row, int column)
{
    const QAbstractItemModel *model = tree->model();
    return model->index(row, column, model->index(groupRow, 0)).data().toString();
}

void TestIssuesPanel::showsFindingsGroupedBySeverity()
{
    Policy policy = *Templates::load(QStringLiteral("typical"));
    policy.cookies[1].purpose = {};                                              // error
    policy.cookies[2].lifetime = Lifetime::fromSeconds(500 * Lifetime::Day);     // warning
    policy.banner.extra.insert(QStringLiteral("cookieWall"), true);                           // warning in fr
    policy.banner.consentLogUrl = QStringLiteral("/consent-log"); // no "consent log" information
    PolicyDocument document(policy);
    IssuesPanel panel;
    panel.setMessageLanguage(QStringLiteral("en"));
    QSignalSpy summary(&panel, &IssuesPanel::summaryChanged);
    panel.setDocument(&document);
    QCOMPARE(summary.count(), 1);
    QCOMPARE(summary.last().at(0).toInt(), 1);
    QCOMPARE(summary.last().at(1).toInt(), 2);

    auto *tree = panel.findChild<QTreeView *>(QStringLiteral("issuesTree"));
    QVERIFY(tree);
    QCOMPARE(tree->model()->rowCount(), 2);
    QCOMPARE(heading(tree, 0), QStringLiteral("Errors (1)"));
    QCOMPARE(heading(tree, 1), QStringLiteral("Warnings (2)"));
    QCOMPARE(cell(tree, 0, 0, 2), QStringLiteral("cookie.required-fields"));
    QVERIFY(cell(tree, 0, 0, 1).contains(QStringLiteral("purpose")));
    QVERIFY(panel.findChild<QLabel *>(QStringLiteral("issuesSummary"))->text().startsWith(QStringLiteral("1 error, 2 warnings, 0 notes (profile")));
    QCOMPARE(panel.report().cookieRowsWithFindings(), (QSet<qsizetype>{1, 2}));

    panel.resize(900, 260);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QVERIFY(TestSupport::saveScreenshot(&panel, QStringLiteral("issuespanel.png")));
}

void TestIssuesPanel::rechecksOnceAfterTyping()
{
    Policy policy = *Templates::load(QStringLiteral("typical"));
    policy.banner.consentLogUrl = QStringLiteral("https://www.valbourg.example/consent-log");
    PolicyDocument document(policy);
    IssuesPanel panel;
    panel.setDocument(&document);
    QCOMPARE(panel.report().findings.size(), 0);
    QSignalSpy checked(&panel, &IssuesPanel::reportChanged);

    // Three keystrokes in a row: the panel waits for the pause, then checks once.
    Cookie cookie = document.policy().cookies.at(0);
    for (const QString &name : {QStringLiteral("P"), QStringLiteral("PH"), QStringLiteral("PH P")}) {
        cookie.name = name;
        document.setCookie(0, cookie);
    }
    QCOMPARE(checked.count(), 0);
    QCOMPARE(panel.report().findings.size(), 0);
    QTRY_COMPARE(checked.count(), 1);
    QCOMPARE(panel.report().findings.size(), 1);
    QCOMPARE(panel.report().findings.first().rule, QStringLiteral("cookie.name-token"));

    cookie.name = QStringLiteral("PHPSESSID");
    document.setCookie(0, cookie);
    QTRY_COMPARE(checked.count(), 2);
    QCOMPARE(panel.report().findings.size(), 0);
}

void TestIssuesPanel::activatingAFindingGivesItsPlace()
{
    Policy policy = *Templates::load(QStringLiteral("typical"));
    policy.cookies[3].purpose = {};
    policy.banner.rejectAll = {};
    PolicyDocument document(policy);
    IssuesPanel panel;
    panel.setMessageLanguage(QStringLiteral("en"));
    panel.setDocument(&document);
    panel.resize(900, 400);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QSignalSpy activated(&panel, &IssuesPanel::activated);

    auto *tree = panel.findChild<QTreeView *>(QStringLiteral("issuesTree"));
    const QModelIndex errors = group(tree, QStringLiteral("Errors"));
    QVERIFY(errors.isValid());
    QModelIndex cookieItem;
    QModelIndex bannerItem;
    for (int i = 0; i < tree->model()->rowCount(errors); ++i) {
        const QModelIndex rule = tree->model()->index(i, 2, errors);
        if (rule.data().toString() == QStringLiteral("cookie.required-fields"))
            cookieItem = rule.siblingAtColumn(0);
        if (rule.data().toString() == QStringLiteral("banner.reject-first-layer"))
            bannerItem = rule.siblingAtColumn(0);
    }
    QVERIFY(cookieItem.isValid() && bannerItem.isValid());

    // Double click.
    tree->scrollTo(cookieItem);
    const QRect rect = tree->visualRect(cookieItem);
    // A real double click starts with a click; the view only activates what was pressed.
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(tree->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(activated.count(), 1);
    const Finding finding = activated.last().first().value<Finding>();
    QCOMPARE(finding.place.kind, FindingPlace::Kind::Cookie);
    QCOMPARE(finding.place.index, 3);
    QCOMPARE(finding.place.field, QStringLiteral("purpose"));

    // Enter on the keyboard.
    tree->setFocus();
    tree->setCurrentIndex(bannerItem);
    QTest::keyClick(tree, Qt::Key_Return);
    QCOMPARE(activated.count(), 2);
    const Finding banner = activated.last().first().value<Finding>();
    QCOMPARE(banner.place.kind, FindingPlace::Kind::Banner);
    QCOMPARE(banner.place.field, QStringLiteral("rejectAll"));

    // A group heading is not a place.
    tree->setCurrentIndex(errors);
    QTest::keyClick(tree, Qt::Key_Return);
    QCOMPARE(activated.count(), 2);
}

void TestIssuesPanel::speaksTheChosenLanguage()
{
    Policy policy = *Templates::load(QStringLiteral("typical"));
    policy.banner.manage = {};
    PolicyDocument document(policy);
    IssuesPanel panel;
    panel.setMessageLanguage(QStringLiteral("fr"));
    panel.setDocument(&document);
    auto *tree = panel.findChild<QTreeView *>(QStringLiteral("issuesTree"));
    QVERIFY(cell(tree, 0, 0, 0).startsWith(QStringLiteral("Il n'y a pas de texte")));
    panel.setMessageLanguage(QStringLiteral("en"));
    QVERIFY(cell(tree, 0, 0, 0).startsWith(QStringLiteral("There is no \"manage cookies\" text")));
}

// 100,000 findings, severities interleaved (error, warning, info, warning, …), each
// pointing at its own cookie row: the k-th finding of a group is known by its row.
static ComplianceReport manyFindings(int count)
{
    ComplianceReport report;
    report.profile = QStringLiteral("fr");
    const Severity cycle[] = {Severity::Error, Severity::Warning, Severity::Info, Severity::Warning};
    report.findings.reserve(count);
    for (int i = 0; i < count; ++i) {
        Finding finding;
        finding.rule = QStringLiteral("cookie.required-fields");
        finding.severity = cycle[i % 4];
        finding.message = {QStringLiteral("Finding %1").arg(i), QStringLiteral("Constat %1").arg(i)};
        finding.place.kind = FindingPlace::Kind::Cookie;
        finding.place.index = i;
        report.findings.append(finding);
    }
    Finding suppressed = report.findings.first();
    suppressed.suppressed = true;
    suppressed.justification = QStringLiteral("known");
    report.suppressed.append(suppressed);
    return report;
}

void TestIssuesPanel::groupsAHundredThousandFindingsLazily()
{
    const ComplianceReport report = manyFindings(100000);
    IssuesModel model;
    model.setReport(&report, nullptr, QStringLiteral("en"), QStringLiteral("en"));

    // A reset counts the groups and gathers nothing.
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Errors (25000)"));
    QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("Warnings (50000)"));
    QCOMPARE(model.index(2, 0).data().toString(), QStringLiteral("Notes (25000)"));
    QCOMPARE(model.index(3, 0).data().toString(), QStringLiteral("Suppressed (1)"));
    for (int group = 0; group < 4; ++group) {
        QVERIFY(!model.isGrouped(group));
        QCOMPARE(model.rowCount(model.index(group, 0)), 0);
        QVERIFY(model.hasChildren(model.index(group, 0)));
        QVERIFY(model.canFetchMore(model.index(group, 0)));
    }

    // Opening Warnings gathers that group only, and hands over one batch.
    const QModelIndex warnings = model.index(1, 0);
    model.fetchMore(warnings);
    QVERIFY(model.isGrouped(1));
    QVERIFY(!model.isGrouped(0));
    QVERIFY(!model.isGrouped(2));
    QCOMPARE(model.rowCount(warnings), IssuesModel::BatchSize);
    QCOMPARE(model.groupSize(1), 50000);
    // Warnings are findings 1, 3, 5, 7 …: the k-th row is finding 2k + 1.
    QCOMPARE(model.index(0, IssuesModel::IssueColumn, warnings).data().toString(), QStringLiteral("Finding 1"));
    QCOMPARE(model.index(7, IssuesModel::IssueColumn, warnings).data().toString(), QStringLiteral("Finding 15"));
    QCOMPARE(model.finding(model.index(7, 0, warnings))->place.index, 15);
    QCOMPARE(model.index(7, IssuesModel::RuleColumn, warnings).data().toString(),
             QStringLiteral("cookie.required-fields"));
    QVERIFY(!model.index(IssuesModel::BatchSize, 0, warnings).isValid());
    QCOMPARE(model.parent(model.index(7, 0, warnings)), warnings);
    QVERIFY(!model.finding(warnings)); // a heading has no finding

    // Scrolling on asks for more, until the whole group is there.
    int batches = 1;
    while (model.canFetchMore(warnings)) {
        model.fetchMore(warnings);
        ++batches;
    }
    QCOMPARE(model.rowCount(warnings), 50000);
    QCOMPARE(batches, 50000 / IssuesModel::BatchSize);
    QCOMPARE(model.index(49999, 0, warnings).data().toString(), QStringLiteral("Finding 99999"));

    const QModelIndex suppressed = model.index(3, 0);
    model.fetchMore(suppressed);
    QVERIFY(model.index(0, 0, suppressed).data().toString().endsWith(QStringLiteral("suppressed: known")));
}

void TestIssuesPanel::panelShowsAHundredThousandFindingsInBatches()
{
    // The panel's own tree over such a report: the open groups hold a batch or two
    // (not 25,000 items), and no column is sized by measuring every row.
    IssuesPanel panel;
    panel.setMessageLanguage(QStringLiteral("en"));
    auto *tree = panel.findChild<QTreeView *>(QStringLiteral("issuesTree"));
    auto *model = qobject_cast<IssuesModel *>(tree->model());
    QVERIFY(model);
    for (int column = 0; column < IssuesModel::ColumnCount; ++column)
        QVERIFY(tree->header()->sectionResizeMode(column) != QHeaderView::ResizeToContents);
    QVERIFY(tree->uniformRowHeights());

    const ComplianceReport report = manyFindings(100000);
    model->setReport(&report, nullptr, QStringLiteral("en"), QStringLiteral("en"));
    panel.resize(900, 300);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    const QModelIndex errors = model->index(0, 0);
    tree->expand(errors);
    QCoreApplication::processEvents();
    QVERIFY(model->rowCount(errors) > 0);
    // A few batches at most (the view asks for one or two more as it lays out).
    QVERIFY2(model->rowCount(errors) <= 4 * IssuesModel::BatchSize,
             qPrintable(QString::number(model->rowCount(errors))));
    QCOMPARE(model->groupSize(0), 25000);
    QVERIFY(!model->isGrouped(2)); // Notes, never opened
    QVERIFY(TestSupport::saveScreenshot(&panel, QStringLiteral("issuespanel-100000.png")));
}

void TestIssuesPanel::checksALargeDocumentOffTheGuiThread()
{
    // The typical template's cookies replicated past the threshold, one purpose removed.
    Policy policy = *Templates::load(QStringLiteral("typical"));
    const QList<Cookie> originals = policy.cookies;
    for (int copy = 1; policy.cookies.size() < IssuesPanel::BackgroundCheckFrom + 10; ++copy) {
        for (Cookie cookie : originals) {
            cookie.name += QStringLiteral("_%1").arg(copy);
            policy.cookies.append(cookie);
        }
    }
    policy.cookies[5].purpose = {};
    const ComplianceReport expected = ComplianceChecker::check(policy);
    QVERIFY(!expected.findings.isEmpty());

    PolicyDocument document(policy);
    IssuesPanel panel;
    panel.setMessageLanguage(QStringLiteral("en"));
    QSignalSpy checked(&panel, &IssuesPanel::reportChanged);
    panel.setDocument(&document);
    // Started, not done: the report comes with reportChanged.
    QVERIFY(panel.isChecking());
    QCOMPARE(checked.count(), 0);
    QVERIFY(panel.findChild<QLabel *>(QStringLiteral("issuesSummary"))->text().contains(QStringLiteral("Checking")));
    QVERIFY(checked.wait(20000));
    QVERIFY(!panel.isChecking());
    QCOMPARE(panel.report().findings, expected.findings);
    QVERIFY(!panel.findChild<QLabel *>(QStringLiteral("issuesSummary"))->text().contains(QStringLiteral("Checking")));

    // An edit during a check: only the newest check's report is applied.
    checked.clear();
    Cookie fixed = document.policy().cookies.at(5);
    fixed.purpose = policy.cookies.at(4).purpose;
    panel.recheckNow();                 // a check of the old state, soon outdated
    document.setCookie(5, fixed);
    panel.recheckNow();                 // the check that counts
    QTRY_VERIFY_WITH_TIMEOUT(!panel.isChecking(), 20000);
    QCOMPARE(checked.count(), 1);
    QCOMPARE(panel.report().findings, ComplianceChecker::check(document.policy()).findings);
}

// A catalogue that only tells its language, as charte_fr.qm does for the panel.
class LanguageCodeTranslator : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *sourceText, const char *disambiguation,
                      int) const override
    {
        if (qstrcmp(context, "IssuesPanel") == 0 && qstrcmp(sourceText, "en") == 0 &&
            qstrcmp(disambiguation, "language code of this translation") == 0)
            return QStringLiteral("fr");
        return {};
    }
};

void TestIssuesPanel::followsTheInterfaceLanguage()
{
    Policy policy = *Templates::load(QStringLiteral("typical"));
    policy.banner.manage = {};
    PolicyDocument document(policy);
    IssuesPanel panel;
    panel.setDocument(&document);
    auto *tree = panel.findChild<QTreeView *>(QStringLiteral("issuesTree"));
    QVERIFY(cell(tree, 0, 0, 0).startsWith(QStringLiteral("There is no \"manage cookies\" text")));

    // Installing a French catalogue (the Language menu does) switches the messages.
    LanguageCodeTranslator french;
    QVERIFY(QCoreApplication::installTranslator(&french));
    QTRY_VERIFY(cell(tree, 0, 0, 0).startsWith(QStringLiteral("Il n'y a pas de texte")));
    QVERIFY(QCoreApplication::removeTranslator(&french));
    QTRY_VERIFY(cell(tree, 0, 0, 0).startsWith(QStringLiteral("There is no \"manage cookies\" text")));
}

void TestIssuesPanel::suggestsKnownCookiesWhileTyping()
{
    QLineEdit editor;
    CookieSuggestionPopup suggestions(&editor, nullptr);
    QSignalSpy chosen(&suggestions, &CookieSuggestionPopup::chosen);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QTest::keyClicks(&editor, QStringLiteral("_pk_i"));
    QCOMPARE(suggestions.suggestionCount(), 1);
    const QModelIndex first = suggestions.completer()->completionModel()->index(0, 0);
    QCOMPARE(first.data().toString(), QStringLiteral("_pk_id.* — Matomo · Analytics · 13 months"));
    QTRY_VERIFY(suggestions.completer()->popup()->isVisible());

    suggestions.completer()->popup()->setCurrentIndex(first);
    QTest::keyClick(suggestions.completer()->popup(), Qt::Key_Return);
    QCOMPARE(chosen.count(), 1);
    const KnownCookie entry = chosen.last().first().value<KnownCookie>();
    QCOMPARE(entry.name, QStringLiteral("_pk_id."));
    QCOMPARE(entry.platform, QStringLiteral("Matomo"));
    QCOMPARE(editor.text(), QStringLiteral("_pk_id."));

    editor.clear();
    QTest::keyClicks(&editor, QStringLiteral("qqqq"));
    QCOMPARE(suggestions.suggestionCount(), 0);
}

void TestIssuesPanel::remembersTheDatabaseFile()
{
    QTemporaryDir settingsDir;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("CharteTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_issuespanel"));

    KnownCookiesChooser::setRememberedPath(QStringLiteral("/nonexistent/ocd.csv"));
    QCOMPARE(KnownCookiesChooser::rememberedPath(), QStringLiteral("/nonexistent/ocd.csv"));
    QString error;
    const KnownCookies fallback = KnownCookiesChooser::loadRemembered(&error);
    QVERIFY(error.contains(QStringLiteral("/nonexistent/ocd.csv")));
    QCOMPARE(fallback.size(), KnownCookies::builtin().size());

    const QString csv = settingsDir.filePath(QStringLiteral("small.csv"));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("ID,Platform,Category,Cookie / Data Key name,Domain,Description,Retention period,Data Controller,"
               "User Privacy & GDPR Rights Portals,Wildcard match\n"
               "x1,Example,Marketing,exa_id,example.com,An id.,forever,Example,,0\n");
    file.close();
    KnownCookiesChooser::setRememberedPath(csv);
    error.clear();
    const KnownCookies loaded = KnownCookiesChooser::loadRemembered(&error);
    QVERIFY(error.isEmpty());
    QCOMPARE(loaded.size(), KnownCookies::builtin().size() + 1);
    QCOMPARE(loaded.lookup(QStringLiteral("exa_id")).first()->platform, QStringLiteral("Example"));

    KnownCookies::LoadSummary summary;
    summary.rows = 1;
    summary.unparsedRetentions = 1;
    summary.unparsedExamples = {QStringLiteral("forever")};
    QVERIFY(KnownCookiesChooser::describe(summary).contains(QStringLiteral("forever")));
    KnownCookiesChooser::setRememberedPath({});
    QVERIFY(KnownCookiesChooser::rememberedPath().isEmpty());
}

QTEST_MAIN(TestIssuesPanel)
#include "tst_issuespanel.moc"
