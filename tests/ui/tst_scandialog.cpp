// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "commands/cookiecommands.h"
#include "document/policydocument.h"
#include "format/templates.h"
#include "scandialog.h"
#include "support/chromiumrequired.h"
#include "support/leakingbannersite.h"
#include "support/loopbackhttpserver.h"
#include "support/screenshots.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QBuffer>
#include <QTranslator>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
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
    void aScanThatLoadedNothingIsShownAsFailed();
    void showsEvidenceFiles();
    void rowsFromObservedCookies();
    void showsAConsentScanPhaseByPhase();
    void stagingCopyAddsRowsWithoutItsHost();
    void chromiumScanFromThePage();

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
    auto *hosts = dialog.findChild<QTableWidget *>(QStringLiteral("thirdPartyHostTable"));
    auto *engine = dialog.findChild<QComboBox *>(QStringLiteral("engineCombo"));
    QVERIFY(engine);
    engine->setCurrentIndex(1); // HTTP requests: this test is about the page, not the browser
    auto *findings = dialog.findChild<QTableWidget *>(QStringLiteral("findingTable"));
    auto *log = dialog.findChild<QPlainTextEdit *>(QStringLiteral("scanLog"));
    auto *progress = dialog.findChild<QProgressBar *>(QStringLiteral("beforeProgress"));
    QVERIFY(url && start && add && cookies && hosts && findings && log && progress);
    QCOMPARE(url->text(), QStringLiteral("https://www.valbourg.example")); // the document's site
    QVERIFY(!add->isEnabled());

    url->clear();
    QTest::keyClicks(url, m_site.url().toString());
    QTest::mouseClick(start, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(start->isEnabled() && cookies->rowCount() == 4, 20000);
    QVERIFY(log->toPlainText().contains(QStringLiteral("ad_id")));
    QCOMPARE(progress->value(), progress->maximum());
    QCOMPARE(hosts->rowCount(), 1);
    QCOMPARE(hosts->item(0, 1)->text(), QStringLiteral("127.0.0.2"));

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

    QVERIFY(TestSupport::saveScreenshot(&dialog, QStringLiteral("scandialog-added.png")));

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
    dialog.findChild<QComboBox *>(QStringLiteral("engineCombo"))->setCurrentIndex(1);
    QVERIFY(!cancel->isEnabled());
    QTest::mouseClick(start, Qt::LeftButton);
    QVERIFY(cancel->isEnabled());
    QVERIFY(!start->isEnabled());
    // Generous: under the sanitizers with browser tests beside it, the first request
    // can take longer than QTRY's default five seconds to arrive.
    QTRY_COMPARE_WITH_TIMEOUT(m_site.hits("/slow"), 1, 30000);
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(start->isEnabled());
    QCOMPARE(dialog.scan().phases.size(), 1);
    QVERIFY(dialog.scan().phases.first().cancelled);
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

namespace {

QByteArray pagePng(const QColor &colour)
{
    QImage image(1280, 800, QImage::Format_RGB32);
    image.fill(Qt::white);
    for (int y = 680; y < 800; ++y) {
        for (int x = 0; x < 1280; ++x)
            image.setPixelColor(x, y, colour); // the banner
    }
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

ObservedCookie cookieOf(const QString &name, const QString &domain, qint64 lifetime)
{
    ObservedCookie cookie;
    cookie.name = name;
    cookie.domain = domain;
    cookie.lifetimeSeconds = lifetime;
    cookie.setBy = ObservedCookie::SetBy::JavaScript;
    cookie.scriptUrl = QStringLiteral("https://www.valbourg.example/js/matomo.js");
    cookie.firstSeenUrl = QStringLiteral("https://www.valbourg.example/");
    return cookie;
}

// The town site of the `typical` template whose banner leaks: after "reject all" the
// statistics cookie is written all the same; no acceptance control was found.
ConsentScan leakingScan()
{
    ConsentScan scan;
    scan.engine = QStringLiteral("chromium");
    ScanReport before;
    before.engine = scan.engine;
    before.startUrl = QStringLiteral("https://www.valbourg.example/");
    before.startFetched = true;
    before.pagesCrawled = 12;
    before.firstLayerRejectSelector = QStringLiteral("[data-charte-action=\"reject-all\"]");
    before.firstLayerAcceptSelector = QStringLiteral("[data-charte-action=\"accept-all\"]");
    ObservedCookie session = cookieOf(QStringLiteral("PHPSESSID"), QStringLiteral("www.valbourg.example"), 0);
    session.lifetimeSeconds.reset();
    session.setBy = ObservedCookie::SetBy::HttpHeader;
    session.scriptUrl.clear();
    before.addCookie(session);
    before.addThirdPartyHost(QStringLiteral("cdn.valbourg-static.example"));
    before.screenshots << PageScreenshot{before.startUrl, pagePng(QColor(0x22, 0x22, 0x33))};
    ScanReport rejected = before;
    rejected.phase = ConsentPhase::AfterReject;
    rejected.control = ScanReport::Control::Clicked;
    rejected.controlSelector = before.firstLayerRejectSelector;
    rejected.firstLayerRejectSelector.clear();
    rejected.firstLayerAcceptSelector.clear();
    rejected.addCookie(cookieOf(QStringLiteral("cookies_preferences"), QStringLiteral("www.valbourg.example"), 182 * 86400));
    rejected.addCookie(cookieOf(QStringLiteral("_pk_id.1.1fff"), QStringLiteral("www.valbourg.example"), 393 * 86400));
    ObservedStorage key;
    key.key = QStringLiteral("_hjid");
    key.origin = QStringLiteral("https://www.valbourg.example");
    key.valueLength = 36;
    rejected.addStorage(key);
    rejected.screenshots = {PageScreenshot{before.startUrl, pagePng(Qt::white)}};
    ScanReport accepted = rejected;
    accepted.phase = ConsentPhase::AfterAccept;
    accepted.control = ScanReport::Control::NotFound;
    accepted.controlSelector.clear();
    accepted.storage.clear();
    accepted.screenshots = {PageScreenshot{before.startUrl, pagePng(QColor(0x22, 0x22, 0x33))}};
    scan.phases << before << rejected << accepted;
    return scan;
}

QStringList column(const QTableWidget *table, int column)
{
    QStringList texts;
    for (int row = 0; row < table->rowCount(); ++row)
        texts << table->item(row, column)->text();
    return texts;
}

} // namespace

void TestScanDialog::showsAConsentScanPhaseByPhase()
{
    PolicyDocument document(*Templates::load(QStringLiteral("typical")));
    ScanDialog dialog(&document);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.showScan(leakingScan());

    auto *findings = dialog.findChild<QTableWidget *>(QStringLiteral("findingTable"));
    auto *cookies = dialog.findChild<QTableWidget *>(QStringLiteral("observedCookieTable"));
    auto *storage = dialog.findChild<QTableWidget *>(QStringLiteral("storageTable"));
    auto *filter = dialog.findChild<QComboBox *>(QStringLiteral("phaseFilter"));
    auto *shots = dialog.findChild<QListWidget *>(QStringLiteral("screenshotList"));
    auto *rejectStatus = dialog.findChild<QLabel *>(QStringLiteral("rejectStatus"));
    auto *acceptStatus = dialog.findChild<QLabel *>(QStringLiteral("acceptStatus"));
    QVERIFY(findings && cookies && storage && filter && shots && rejectStatus && acceptStatus);

    // The leak, in its phase, as an error; the missing control, as a warning.
    bool leak = false, skipped = false;
    for (int row = 0; row < findings->rowCount(); ++row) {
        const QString rule = findings->item(row, 1)->text();
        const QString phase = findings->item(row, 2)->text();
        leak = leak || (rule == QLatin1StringView("scan.after-reject") && phase == QLatin1StringView("After refusing") &&
                        findings->item(row, 0)->text() == QLatin1StringView("Error") &&
                        findings->item(row, 3)->text().contains(QStringLiteral("_pk_id.1.1fff")));
        skipped = skipped || (rule == QLatin1StringView("scan.phase-skipped") && phase == QLatin1StringView("After accepting"));
    }
    QVERIFY2(leak && skipped, qPrintable(column(findings, 1).join(u',')));
    QCOMPARE(acceptStatus->text(), QStringLiteral("Acceptance control not found"));
    QVERIFY2(rejectStatus->text().contains(QStringLiteral("3 cookie(s)")), qPrintable(rejectStatus->text()));

    // Every cookie of every phase, then one phase at a time.
    QCOMPARE(cookies->rowCount(), 7); // 1 before, 3 after refusing, 3 after accepting
    QCOMPARE(storage->rowCount(), 1);
    filter->setCurrentIndex(filter->findData(QStringLiteral("after-reject")));
    QCOMPARE(column(cookies, 1), (QStringList{QStringLiteral("PHPSESSID"), QStringLiteral("cookies_preferences"),
                                             QStringLiteral("_pk_id.1.1fff")}));
    QCOMPARE(cookies->item(2, 6)->text(), QStringLiteral("https://www.valbourg.example/js/matomo.js"));
    for (const QString &phase : column(findings, 2))
        QVERIFY2(phase == QLatin1StringView("After refusing") || phase == QLatin1StringView("Whole scan"), qPrintable(phase));
    filter->setCurrentIndex(0);

    // Screenshots: one thumbnail per phase, opening larger.
    QCOMPARE(shots->count(), 3);
    QCOMPARE(shots->item(1)->text(), QStringLiteral("After refusing"));
    auto *tabs = dialog.findChild<QTabWidget *>(QStringLiteral("reportTabs"));
    tabs->setCurrentWidget(shots);
    emit shots->itemActivated(shots->item(0));
    QDialog *viewer = dialog.findChild<QDialog *>(QStringLiteral("screenshotViewer"));
    QVERIFY(viewer);
    QTRY_VERIFY(viewer->isVisible());
    auto *image = viewer->findChild<QLabel *>(QStringLiteral("screenshotImage"));
    QCOMPARE(image->pixmap().size(), QSize(1280, 800));
    viewer->close();

    // How it looks, at the size it opens with, in English then French.
    tabs->setCurrentIndex(0);
    QVERIFY(TestSupport::saveScreenshot(&dialog, QStringLiteral("scanpage-en.png")));
    tabs->setCurrentWidget(shots);
    QVERIFY(TestSupport::saveScreenshot(&dialog, QStringLiteral("scanpage-shots-en.png")));
    QTranslator french;
    if (french.load(QCoreApplication::applicationDirPath() + QStringLiteral("/../charte_fr.qm"))) {
        QCoreApplication::installTranslator(&french);
        tabs->setCurrentIndex(0);
        QTRY_COMPARE(tabs->tabText(4), QStringLiteral("Captures d’écran (3)")); // retranslated live
        // As a French user first sees it.
        ScanDialog frenchDialog(&document);
        frenchDialog.showScan(leakingScan());
        frenchDialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&frenchDialog));
        QTest::qWait(50); // let the layouts settle
        QVERIFY(TestSupport::saveScreenshot(&frenchDialog, QStringLiteral("scanpage-fr.png")));
        QCoreApplication::removeTranslator(&french);
    }
}

void TestScanDialog::stagingCopyAddsRowsWithoutItsHost()
{
    // The production inventory, a staging copy on localhost:8080: the copy's first-party
    // cookies that the inventory declares are not offered again.
    PolicyDocument document(*Templates::load(QStringLiteral("typical")));
    ScanDialog dialog(&document);
    ScanReport before;
    before.engine = QStringLiteral("chromium");
    before.startUrl = QStringLiteral("http://localhost:8080/");
    before.startFetched = true;
    before.addCookie(cookieOf(QStringLiteral("PHPSESSID"), QStringLiteral("localhost"), 0));
    before.addCookie(cookieOf(QStringLiteral("ab_test"), QStringLiteral("localhost"), 86400));
    ConsentScan scan;
    scan.engine = before.engine;
    scan.phases << before;
    dialog.showScan(scan);
    auto *add = dialog.findChild<QPushButton *>(QStringLiteral("addToInventoryButton"));
    QVERIFY(add->isEnabled());
    const qsizetype declared = document.policy().cookies.size();
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(document.policy().cookies.size(), declared + 1);
    QCOMPARE(document.policy().cookies.last().name, QStringLiteral("ab_test"));
    QVERIFY(document.policy().cookies.last().domain.isEmpty()); // not "localhost": the production site's cookie
}

void TestScanDialog::chromiumScanFromThePage()
{
    CHARTE_REQUIRE_CHROMIUM();
    LeakingBannerSite site(true); // its banner leaks a statistics cookie after "reject all"
    PolicyDocument document(*Templates::load(QStringLiteral("typical")));
    ScanDialog dialog(&document);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.setUrl(site.url().toString());
    dialog.findChild<QSpinBox *>(QStringLiteral("maxPagesSpin"))->setValue(2);
    dialog.findChild<QSpinBox *>(QStringLiteral("timeoutSpin"))->setValue(5);
    auto *start = dialog.findChild<QPushButton *>(QStringLiteral("startButton"));
    auto *rejectStatus = dialog.findChild<QLabel *>(QStringLiteral("rejectStatus"));
    auto *findings = dialog.findChild<QTableWidget *>(QStringLiteral("findingTable"));
    auto *shots = dialog.findChild<QListWidget *>(QStringLiteral("screenshotList"));
    QTest::mouseClick(start, Qt::LeftButton);
    QVERIFY(!start->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(start->isEnabled(), 180000);
    QCOMPARE(dialog.scan().engine, QStringLiteral("chromium"));
    QCOMPARE(dialog.scan().phases.size(), 3);
    QVERIFY2(rejectStatus->text().contains(QStringLiteral("cookie")), qPrintable(rejectStatus->text()));
    QStringList afterReject;
    for (int row = 0; row < findings->rowCount(); ++row) {
        if (findings->item(row, 1)->text() == QLatin1StringView("scan.after-reject"))
            afterReject << findings->item(row, 3)->text();
    }
    QVERIFY2(!afterReject.filter(QStringLiteral("\"_stats\"")).isEmpty(), qPrintable(afterReject.join(u'\n')));
    QCOMPARE(shots->count(), 3);
    dialog.findChild<QTabWidget *>(QStringLiteral("reportTabs"))->setCurrentWidget(shots);
    QVERIFY(TestSupport::saveScreenshot(&dialog, QStringLiteral("scanpage-chromium.png")));
}

void TestScanDialog::aScanThatLoadedNothingIsShownAsFailed()
{
    // It used to read "0 errors" with every declared cookie "never observed".
    PolicyDocument document(*Templates::load(QStringLiteral("typical")));
    ScanDialog dialog(&document);
    ScanReport before;
    before.engine = QStringLiteral("chromium");
    before.startUrl = QStringLiteral("https://www.valbourg.example/");
    before.errors << UrlError{before.startUrl, QStringLiteral("net::ERR_NAME_NOT_RESOLVED")};
    ConsentScan scan;
    scan.engine = before.engine;
    scan.phases << before;
    dialog.showScan(scan);
    auto *summary = dialog.findChild<QLabel *>(QStringLiteral("summaryLabel"));
    QVERIFY(summary->property("failed").toBool());
    QVERIFY2(summary->text().startsWith(QStringLiteral("Scan failed")), qPrintable(summary->text()));
    QVERIFY(!summary->text().contains(QStringLiteral("0 error")));
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("addToInventoryButton"))->isEnabled());
    const auto *findings = dialog.findChild<QTableWidget *>(QStringLiteral("findingTable"));
    QVERIFY(findings);
    for (int row = 0; row < findings->rowCount(); ++row)
        QVERIFY(findings->item(row, 1)->text() != QStringLiteral("scan.unseen"));
}

QTEST_MAIN(TestScanDialog)
#include "tst_scandialog.moc"
