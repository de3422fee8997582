#include "commands/cookiecommands.h"
#include "document/policydocument.h"
#include "format/templates.h"
#include "scandialog.h"
#include "support/loopbackhttpserver.h"

#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

using Response = LoopbackHttpServer::Response;

// Tools › Scan site… driven as a person would: type the URL, scan, read the
// report, add the undeclared cookies, undo.
class TestScanDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void scansAndAddsUndeclaredCookiesInOneUndoableStep();
    void cancelStopsTheCrawl();
    void showsEvidenceFiles();
    void rowsFromObservedCookies();

private:
    LoopbackHttpServer m_site;
    LoopbackHttpServer m_thirdParty;
};

void TestScanDialog::initTestCase()
{
    QVERIFY(m_site.listen(QHostAddress(QStringLiteral("127.0.0.1"))));
    QVERIFY(m_thirdParty.listen(QHostAddress(QStringLiteral("127.0.0.2"))));
    m_site.route("/", Response::html("<a href=/a>a</a><script src=\"" + m_thirdParty.origin() + "/t.js\"></script>",
                                     {{"Set-Cookie", "PHPSESSID=1; Path=/; HttpOnly"},
                                      {"Set-Cookie", "_pk_id.1.1fff=x; Max-Age=33955200; Path=/"}}));
    m_site.route("/a", Response::html("<p>a</p>", {{"Set-Cookie", "lang=fr; Max-Age=2592000; Path=/"}}));
    m_thirdParty.route("/t.js", Response::make(200, {{"Content-Type", "text/javascript"},
                                                     {"Set-Cookie", "ad_id=5; Domain=127.0.0.2; Max-Age=86400; Secure; SameSite=None"}},
                                               "0"));
    Response drip;
    drip.behaviour = Response::Behaviour::Drip;
    m_site.route("/slow", drip);
}

void TestScanDialog::scansAndAddsUndeclaredCookiesInOneUndoableStep()
{
    // The typical template declares PHPSESSID and _pk_id. for www.valbourg.example:
    // point those rows at the loopback site so they match.
    Policy policy = *Templates::load(QStringLiteral("typical"));
    for (Cookie &cookie : policy.cookies) {
        if (cookie.domain == QLatin1StringView("www.valbourg.example"))
            cookie.domain = QStringLiteral("127.0.0.1");
    }
    PolicyDocument document(policy);
    const qsizetype declaredBefore = document.policy().cookies.size();
    ScanDialog dialog(&document);
    dialog.setCookieEnricher([](Cookie &cookie) {
        if (cookie.name == QLatin1StringView("ad_id"))
            cookie.categoryId = QStringLiteral("marketing"); // as a known-cookie database would
    });
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    auto *url = dialog.findChild<QLineEdit *>(QStringLiteral("urlEdit"));
    auto *start = dialog.findChild<QPushButton *>(QStringLiteral("startButton"));
    auto *add = dialog.findChild<QPushButton *>(QStringLiteral("addToInventoryButton"));
    auto *cookies = dialog.findChild<QTableWidget *>(QStringLiteral("observedCookieTable"));
    auto *hosts = dialog.findChild<QListWidget *>(QStringLiteral("thirdPartyHostList"));
    auto *findings = dialog.findChild<QTableWidget *>(QStringLiteral("findingTable"));
    auto *log = dialog.findChild<QPlainTextEdit *>(QStringLiteral("scanLog"));
    auto *progress = dialog.findChild<QProgressBar *>(QStringLiteral("scanProgress"));
    QVERIFY(url && start && add && cookies && hosts && findings && log && progress);
    QCOMPARE(url->text(), QStringLiteral("https://www.valbourg.example")); // the document's site
    QVERIFY(!add->isEnabled());

    url->clear();
    QTest::keyClicks(url, m_site.url().toString());
    QTest::mouseClick(start, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(start->isEnabled() && cookies->rowCount() == 4, 20000);
    QVERIFY(log->toPlainText().contains(QStringLiteral("ad_id")));
    QCOMPARE(progress->value(), progress->maximum());
    QCOMPARE(hosts->count(), 1);
    QCOMPARE(hosts->item(0)->text(), QStringLiteral("127.0.0.2"));

    QStringList rules;
    for (int row = 0; row < findings->rowCount(); ++row)
        rules << findings->item(row, 1)->text();
    QCOMPARE(rules.count(QStringLiteral("scan.undeclared")), 2); // lang and ad_id
    QVERIFY(rules.contains(QStringLiteral("scan.before-consent")));

    // One click: two rows, one undo step.
    QVERIFY(add->isEnabled());
    const int undoSteps = document.undoStack()->count();
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(document.undoStack()->count(), undoSteps + 1);
    QCOMPARE(document.policy().cookies.size(), declaredBefore + 2);
    const Cookie &adId = document.policy().cookies.last();
    QCOMPARE(adId.name, QStringLiteral("ad_id"));
    QCOMPARE(adId.domain, QStringLiteral(".127.0.0.2"));
    QCOMPARE(adId.party, Party::Third);
    QCOMPARE(adId.lifetime, std::optional<Lifetime>(Lifetime::fromSeconds(86400)));
    QCOMPARE(adId.basis, LegalBasis::Consent);
    QCOMPARE(adId.categoryId, QStringLiteral("marketing"));
    QVERIFY(document.policy().cookies.at(document.policy().cookies.size() - 2).categoryId.isEmpty()); // lang
    QVERIFY(adId.secure);
    QVERIFY(!add->isEnabled()); // nothing undeclared any more
    rules.clear();
    for (int row = 0; row < findings->rowCount(); ++row)
        rules << findings->item(row, 1)->text();
    QCOMPARE(rules.count(QStringLiteral("scan.undeclared")), 0);

    dialog.grab().save(QStringLiteral("/tmp/charte-scandialog.png"));

    document.undoStack()->undo();
    QCOMPARE(document.policy().cookies.size(), declaredBefore);
    QVERIFY(add->isEnabled());
    document.undoStack()->redo();
    QCOMPARE(document.policy().cookies.size(), declaredBefore + 2);
}

void TestScanDialog::cancelStopsTheCrawl()
{
    PolicyDocument document;
    ScanDialog dialog(&document);
    dialog.show();
    dialog.setUrl(m_site.url(QStringLiteral("/slow")).toString());
    auto *start = dialog.findChild<QPushButton *>(QStringLiteral("startButton"));
    auto *cancel = dialog.findChild<QPushButton *>(QStringLiteral("cancelScanButton"));
    QVERIFY(!cancel->isEnabled());
    QTest::mouseClick(start, Qt::LeftButton);
    QVERIFY(cancel->isEnabled());
    QVERIFY(!start->isEnabled());
    // Generous: under the sanitizers with browser tests beside it, the first request
    // can take longer than QTRY's default five seconds to arrive.
    QTRY_COMPARE_WITH_TIMEOUT(m_site.hits("/slow"), 1, 30000);
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(start->isEnabled());
    QVERIFY(dialog.report().cancelled);
}

void TestScanDialog::showsEvidenceFiles()
{
    PolicyDocument document(*Templates::load(QStringLiteral("typical")));
    ScanDialog dialog(&document);
    QVERIFY(dialog.loadEvidence(QStringLiteral(CHARTE_SOURCE_DIR "/tests/data/evidence/valbourg-wec.json")));
    auto *cookies = dialog.findChild<QTableWidget *>(QStringLiteral("observedCookieTable"));
    QCOMPARE(cookies->rowCount(), 5);
    QVERIFY(!dialog.findings().isEmpty());
}

void TestScanDialog::rowsFromObservedCookies()
{
    ObservedCookie observed;
    observed.name = QStringLiteral("sid");
    observed.domain = QStringLiteral("www.example.org");
    observed.hostOnly = true;
    observed.path = QStringLiteral("/shop");
    const Cookie session = AddObservedCookiesCommand::fromObserved(observed);
    QCOMPARE(session.domain, QStringLiteral("www.example.org"));
    QCOMPARE(session.path, QStringLiteral("/shop"));
    QCOMPARE(session.lifetime, std::optional<Lifetime>(Lifetime::session()));
    QCOMPARE(session.party, Party::First);

    // The same name on two paths gives one row.
    ScanReport report;
    report.cookies << observed;
    observed.path = QStringLiteral("/");
    report.cookies << observed;
    QCOMPARE(AddObservedCookiesCommand::undeclared(Policy(), report).size(), 1);
}

QTEST_MAIN(TestScanDialog)
#include "tst_scandialog.moc"
