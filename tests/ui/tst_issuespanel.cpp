// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "compliance/knowncookies.h"
#include "cookiesuggestionpopup.h"
#include "document/policydocument.h"
#include "format/templates.h"
#include "issuespanel.h"
#include "knowncookieschooser.h"
#include "support/screenshots.h"

#include <QAbstractItemView>
#include <QCompleter>
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
    QCOMPARE(first.data().toString(), QStringLiteral("_pk_id.… — Matomo · Analytics · 13 months"));
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
