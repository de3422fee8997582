#include "cookiesuggestionpopup.h"
#include "issuespanel.h"
#include "knowncookies.h"
#include "knowncookieschooser.h"
#include "policydocument.h"
#include "templates.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

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

static QTreeWidgetItem *group(QTreeWidget *tree, const QString &prefix)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (tree->topLevelItem(i)->text(0).startsWith(prefix))
            return tree->topLevelItem(i);
    }
    return nullptr;
}

void TestIssuesPanel::showsFindingsGroupedBySeverity()
{
    Policy policy = *Templates::load(u"typical"_s);
    policy.cookies[1].purpose = {};                                              // error
    policy.cookies[2].lifetime = Lifetime::fromSeconds(500 * Lifetime::Day);     // warning
    policy.banner.extra.insert(u"cookieWall"_s, true);                           // warning in fr
    policy.banner.consentLogUrl = u"/consent-log"_s; // no "consent log" information
    PolicyDocument document(policy);
    IssuesPanel panel;
    panel.setMessageLanguage(u"en"_s);
    QSignalSpy summary(&panel, &IssuesPanel::summaryChanged);
    panel.setDocument(&document);
    QCOMPARE(summary.count(), 1);
    QCOMPARE(summary.last().at(0).toInt(), 1);
    QCOMPARE(summary.last().at(1).toInt(), 2);

    auto *tree = panel.findChild<QTreeWidget *>(u"issuesTree"_s);
    QVERIFY(tree);
    QCOMPARE(tree->topLevelItemCount(), 2);
    QCOMPARE(tree->topLevelItem(0)->text(0), u"Errors (1)"_s);
    QCOMPARE(tree->topLevelItem(1)->text(0), u"Warnings (2)"_s);
    QCOMPARE(tree->topLevelItem(0)->child(0)->text(2), u"cookie.required-fields"_s);
    QVERIFY(tree->topLevelItem(0)->child(0)->text(1).contains(u"purpose"_s));
    QVERIFY(panel.findChild<QLabel *>(u"issuesSummary"_s)->text().contains(u"1 error(s), 2 warning(s)"_s));
    QCOMPARE(panel.report().cookieRowsWithFindings(), (QSet<qsizetype>{1, 2}));

    panel.resize(900, 260);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.grab().save(QDir::temp().filePath(u"charte-issuespanel.png"_s));
}

void TestIssuesPanel::rechecksOnceAfterTyping()
{
    Policy policy = *Templates::load(u"typical"_s);
    policy.banner.consentLogUrl = u"https://www.valbourg.example/consent-log"_s;
    PolicyDocument document(policy);
    IssuesPanel panel;
    panel.setDocument(&document);
    QCOMPARE(panel.report().findings.size(), 0);
    QSignalSpy checked(&panel, &IssuesPanel::reportChanged);

    // Three keystrokes in a row: the panel waits for the pause, then checks once.
    Cookie cookie = document.policy().cookies.at(0);
    for (const QString &name : {u"P"_s, u"PH"_s, u"PH P"_s}) {
        cookie.name = name;
        document.setCookie(0, cookie);
    }
    QCOMPARE(checked.count(), 0);
    QCOMPARE(panel.report().findings.size(), 0);
    QTRY_COMPARE(checked.count(), 1);
    QCOMPARE(panel.report().findings.size(), 1);
    QCOMPARE(panel.report().findings.first().rule, u"cookie.name-token"_s);

    cookie.name = u"PHPSESSID"_s;
    document.setCookie(0, cookie);
    QTRY_COMPARE(checked.count(), 2);
    QCOMPARE(panel.report().findings.size(), 0);
}

void TestIssuesPanel::activatingAFindingGivesItsPlace()
{
    Policy policy = *Templates::load(u"typical"_s);
    policy.cookies[3].purpose = {};
    policy.banner.rejectAll = {};
    PolicyDocument document(policy);
    IssuesPanel panel;
    panel.setMessageLanguage(u"en"_s);
    panel.setDocument(&document);
    panel.resize(900, 400);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QSignalSpy activated(&panel, &IssuesPanel::activated);

    auto *tree = panel.findChild<QTreeWidget *>(u"issuesTree"_s);
    QTreeWidgetItem *errors = group(tree, u"Errors"_s);
    QVERIFY(errors);
    QTreeWidgetItem *cookieItem = nullptr;
    QTreeWidgetItem *bannerItem = nullptr;
    for (int i = 0; i < errors->childCount(); ++i) {
        if (errors->child(i)->text(2) == u"cookie.required-fields"_s)
            cookieItem = errors->child(i);
        if (errors->child(i)->text(2) == u"banner.reject-first-layer"_s)
            bannerItem = errors->child(i);
    }
    QVERIFY(cookieItem && bannerItem);

    // Double click.
    tree->scrollToItem(cookieItem);
    const QRect rect = tree->visualItemRect(cookieItem);
    // A real double click starts with a click; the view only activates what was pressed.
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(tree->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(activated.count(), 1);
    const Finding finding = activated.last().first().value<Finding>();
    QCOMPARE(finding.place.kind, FindingPlace::Kind::Cookie);
    QCOMPARE(finding.place.index, 3);
    QCOMPARE(finding.place.field, u"purpose"_s);

    // Enter on the keyboard.
    tree->setFocus();
    tree->setCurrentItem(bannerItem);
    QTest::keyClick(tree, Qt::Key_Return);
    QCOMPARE(activated.count(), 2);
    const Finding banner = activated.last().first().value<Finding>();
    QCOMPARE(banner.place.kind, FindingPlace::Kind::Banner);
    QCOMPARE(banner.place.field, u"rejectAll"_s);

    // A group heading is not a place.
    tree->setCurrentItem(errors);
    QTest::keyClick(tree, Qt::Key_Return);
    QCOMPARE(activated.count(), 2);
}

void TestIssuesPanel::speaksTheChosenLanguage()
{
    Policy policy = *Templates::load(u"typical"_s);
    policy.banner.manage = {};
    PolicyDocument document(policy);
    IssuesPanel panel;
    panel.setMessageLanguage(u"fr"_s);
    panel.setDocument(&document);
    auto *tree = panel.findChild<QTreeWidget *>(u"issuesTree"_s);
    QVERIFY(tree->topLevelItem(0)->child(0)->text(0).startsWith(u"Il n'y a pas de texte"_s));
    panel.setMessageLanguage(u"en"_s);
    QVERIFY(tree->topLevelItem(0)->child(0)->text(0).startsWith(u"There is no \"manage cookies\" text"_s));
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
            return u"fr"_s;
        return {};
    }
};

void TestIssuesPanel::followsTheInterfaceLanguage()
{
    Policy policy = *Templates::load(u"typical"_s);
    policy.banner.manage = {};
    PolicyDocument document(policy);
    IssuesPanel panel;
    panel.setDocument(&document);
    auto *tree = panel.findChild<QTreeWidget *>(u"issuesTree"_s);
    QVERIFY(tree->topLevelItem(0)->child(0)->text(0).startsWith(u"There is no \"manage cookies\" text"_s));

    // Installing a French catalogue (the Language menu does) switches the messages.
    LanguageCodeTranslator french;
    QVERIFY(QCoreApplication::installTranslator(&french));
    QTRY_VERIFY(tree->topLevelItem(0)->child(0)->text(0).startsWith(u"Il n'y a pas de texte"_s));
    QVERIFY(QCoreApplication::removeTranslator(&french));
    QTRY_VERIFY(tree->topLevelItem(0)->child(0)->text(0).startsWith(u"There is no \"manage cookies\" text"_s));
}

void TestIssuesPanel::suggestsKnownCookiesWhileTyping()
{
    QLineEdit editor;
    CookieSuggestionPopup suggestions(&editor, nullptr);
    QSignalSpy chosen(&suggestions, &CookieSuggestionPopup::chosen);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QTest::keyClicks(&editor, u"_pk_i"_s);
    QCOMPARE(suggestions.suggestionCount(), 1);
    const QModelIndex first = suggestions.completer()->completionModel()->index(0, 0);
    QCOMPARE(first.data().toString(), u"_pk_id.… — Matomo · Analytics · 13 months"_s);
    QTRY_VERIFY(suggestions.completer()->popup()->isVisible());

    suggestions.completer()->popup()->setCurrentIndex(first);
    QTest::keyClick(suggestions.completer()->popup(), Qt::Key_Return);
    QCOMPARE(chosen.count(), 1);
    const KnownCookie entry = chosen.last().first().value<KnownCookie>();
    QCOMPARE(entry.name, u"_pk_id."_s);
    QCOMPARE(entry.platform, u"Matomo"_s);
    QCOMPARE(editor.text(), u"_pk_id."_s);

    editor.clear();
    QTest::keyClicks(&editor, u"qqqq"_s);
    QCOMPARE(suggestions.suggestionCount(), 0);
}

void TestIssuesPanel::remembersTheDatabaseFile()
{
    QTemporaryDir settingsDir;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    QCoreApplication::setOrganizationName(u"CharteTest"_s);
    QCoreApplication::setApplicationName(u"tst_issuespanel"_s);

    KnownCookiesChooser::setRememberedPath(u"/nonexistent/ocd.csv"_s);
    QCOMPARE(KnownCookiesChooser::rememberedPath(), u"/nonexistent/ocd.csv"_s);
    QString error;
    const KnownCookies fallback = KnownCookiesChooser::loadRemembered(&error);
    QVERIFY(error.contains(u"/nonexistent/ocd.csv"_s));
    QCOMPARE(fallback.size(), KnownCookies::builtin().size());

    const QString csv = settingsDir.filePath(u"small.csv"_s);
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
    QCOMPARE(loaded.lookup(u"exa_id"_s).first()->platform, u"Example"_s);

    KnownCookies::LoadSummary summary;
    summary.rows = 1;
    summary.unparsedRetentions = 1;
    summary.unparsedExamples = {u"forever"_s};
    QVERIFY(KnownCookiesChooser::describe(summary).contains(u"forever"_s));
    KnownCookiesChooser::setRememberedPath({});
    QVERIFY(KnownCookiesChooser::rememberedPath().isEmpty());
}

QTEST_MAIN(TestIssuesPanel)
#include "tst_issuespanel.moc"
