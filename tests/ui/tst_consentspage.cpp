// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "consentchart.h"
#include "consentlog/consentstore.h"
#include "consentspage.h"
#include "interfacelanguage.h"
#include "mainwindow.h"
#include "support/screenshots.h"

#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSemaphore>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QStandardPaths>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <atomic>

// The Consents page on a real SQLite consent log: rates per category over time with the
// revision change marked, totals, a lookup, verify (intact, then after an edit), export,
// and a store that cannot be opened — every query answered from a worker thread.
class tst_ConsentsPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_folder;
    QString m_spec;

    static bool waitFor(ConsentsPage &page, QPushButton *button)
    {
        QSignalSpy done(&page, &ConsentsPage::finishedWork);
        QTest::mouseClick(button, Qt::LeftButton);
        return done.wait(30000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_folder.isValid());
        m_spec = QStringLiteral("sqlite:") + m_folder.filePath(QStringLiteral("consents.db"));
        auto store = ConsentStore::open(m_spec, ConsentStore::OpenMode::Create);
        QVERIFY(store);
        // 60 days; revision 4 from day 30 on, after which statistics are accepted far less.
        QList<ConsentRecord> records;
        const QDateTime start(QDate(2026, 9, 1), QTime(8, 0), Qt::UTC);
        for (int day = 0; day < 60; ++day) {
            for (int i = 0; i < 40; ++i) {
                ConsentRecord r;
                r.consentId = QStringLiteral("v%1d%2xxxxxxxx").arg(i).arg(day);
                r.received = start.addDays(day).addSecs(i * 60);
                r.clientTime = r.received;
                r.revision = day < 30 ? 3 : 4;
                const bool accept = day < 30 ? i % 4 != 0 : i % 3 == 0;
                r.method = accept ? QStringLiteral("accept-all") : (i % 5 == 0 ? QStringLiteral("close") : QStringLiteral("reject-all"));
                r.categories = {{QStringLiteral("necessary"), true}, {QStringLiteral("statistics"), accept || i % 7 == 0},
                                {QStringLiteral("marketing"), accept}};
                r.gpc = i % 10 == 0;
                r.page = QStringLiteral("https://www.valbourg.example/");
                records << r;
            }
        }
        QVERIFY((*store)->append(records));
    }

    // A slow store (the seam holds each query until the test lets it go): the query
    // runs on another thread, the page shows that it is busy and keeps taking input,
    // and a verify reports how far it is.
    void queriesRunOffTheGuiThreadWhileThePageStaysUsable()
    {
        ConsentsPage page;
        page.resize(1000, 760);
        page.show();
        page.setStoreSpec(m_spec);
        QSemaphore proceed;
        std::atomic<QThread *> openedOn = nullptr;
        page.setStoreOpener([&](const QString &spec) {
            openedOn = QThread::currentThread();
            if (!proceed.tryAcquire(1, 30000))
                return Expected<std::unique_ptr<ConsentStore>>::failure(QStringLiteral("the test never let the query go"));
            return ConsentStore::open(spec, ConsentStore::OpenMode::ExistingOnly);
        });
        auto *open = page.findChild<QPushButton *>(QStringLiteral("openConsentStore"));
        auto *progress = page.findChild<QProgressBar *>(QStringLiteral("consentProgress"));
        auto *status = page.findChild<QLabel *>(QStringLiteral("consentStatus"));
        QSignalSpy done(&page, &ConsentsPage::finishedWork);
        QTest::mouseClick(open, Qt::LeftButton);
        QTRY_VERIFY(openedOn.load() != nullptr);
        QVERIFY(openedOn.load() != QThread::currentThread());

        // Held: busy, and the GUI thread still runs its event loop and takes input.
        QVERIFY(page.isBusy());
        QVERIFY(progress->isVisible());
        QVERIFY(page.findChild<QPushButton *>(QStringLiteral("cancelConsentQuery"))->isVisible());
        QVERIFY2(status->text().startsWith(QStringLiteral("Reading")), qPrintable(status->text()));
        QVERIFY(!open->isEnabled()); // one query at a time
        bool ticked = false;
        QTimer::singleShot(20, &page, [&] { ticked = true; });
        QTRY_VERIFY(ticked);
        auto *id = page.findChild<QLineEdit *>(QStringLiteral("consentId"));
        QTest::keyClicks(id, QStringLiteral("v1d45xxxxxxxx"));
        QCOMPARE(id->text(), QStringLiteral("v1d45xxxxxxxx"));
        QCOMPARE(done.size(), 0);
        proceed.release();
        QVERIFY(done.wait(30000));
        QVERIFY(!page.isBusy());
        QVERIFY(!progress->isVisible());
        QVERIFY2(status->text().contains(QStringLiteral("2400 record")), qPrintable(status->text()));

        // Verify walks every record: the bar turns from busy into how far it is.
        openedOn = nullptr;
        QSignalSpy values(progress, &QProgressBar::valueChanged);
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("verifyConsents")), Qt::LeftButton);
        QTRY_VERIFY(openedOn.load() != nullptr);
        QVERIFY(openedOn.load() != QThread::currentThread());
        QVERIFY(page.isBusy());
        proceed.release();
        QVERIFY(done.wait(30000));
        bool partway = false;
        for (const QList<QVariant> &value : values)
            partway = partway || (value.at(0).toInt() > 0 && value.at(0).toInt() < 1000);
        QVERIFY2(partway, "no progress shown while verifying");
        QVERIFY2(page.findChild<QLabel *>(QStringLiteral("verifyResult"))->text().startsWith(QStringLiteral("Intact")),
                 qPrintable(page.findChild<QLabel *>(QStringLiteral("verifyResult"))->text()));
    }

    void showsRatesTotalsLookupVerifyAndExport()
    {
        ConsentsPage page;
        page.resize(1000, 760);
        page.show();
        page.setStoreSpec(m_spec);
        auto *open = page.findChild<QPushButton *>(QStringLiteral("openConsentStore"));
        QVERIFY(waitFor(page, open));
        auto *chart = page.findChild<ConsentChart *>(QStringLiteral("consentChart"));
        QCOMPARE(chart->categories(), (QStringList{QStringLiteral("marketing"), QStringLiteral("necessary"), QStringLiteral("statistics")}));
        QCOMPARE(chart->revisionMarks().size(), 1);
        QCOMPARE(chart->revisionMarks().first().second, 4);
        QVERIFY(chart->accessibleDescription().contains(QStringLiteral("revision 4")));
        const QString totals = page.findChild<QLabel *>(QStringLiteral("consentTotals"))->text();
        QVERIFY2(totals.contains(QStringLiteral("2400 choice")) && totals.contains(QStringLiteral("statistics 62.5 %")), qPrintable(totals));
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("consentStatus"))->text().contains(QStringLiteral("2400 record")));
        QVERIFY(TestSupport::saveScreenshot(&page, QStringLiteral("consents-page.png")));

        page.findChild<QLineEdit *>(QStringLiteral("consentId"))->setText(QStringLiteral("v1d45xxxxxxxx"));
        QVERIFY(waitFor(page, page.findChild<QPushButton *>(QStringLiteral("findConsent"))));
        const QString history = page.findChild<QPlainTextEdit *>(QStringLiteral("consentHistory"))->toPlainText();
        QVERIFY2(history.contains(QStringLiteral("reject-all  revision 4")), qPrintable(history));

        auto *verify = page.findChild<QPushButton *>(QStringLiteral("verifyConsents"));
        QVERIFY(waitFor(page, verify));
        auto *result = page.findChild<QLabel *>(QStringLiteral("verifyResult"));
        QVERIFY2(result->text().startsWith(QStringLiteral("Intact: 2400 record")), qPrintable(result->text()));

        const QString csv = m_folder.filePath(QStringLiteral("out.csv"));
        QSignalSpy done(&page, &ConsentsPage::finishedWork);
        page.exportRecords(csv);
        QVERIFY(done.wait(30000));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().count("\r\n"), 2401);

        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("intruder"));
            db.setDatabaseName(m_folder.filePath(QStringLiteral("consents.db")));
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("DELETE FROM consent_records WHERE seq = 1000")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("intruder"));
        QVERIFY(waitFor(page, verify));
        QVERIFY2(result->text().contains(QStringLiteral("record 1000 is missing")), qPrintable(result->text()));
    }

    void saysWhyAStoreCannotBeOpened()
    {
        ConsentsPage page;
        page.setStoreSpec(m_folder.filePath(QStringLiteral("absent.db")));
        QVERIFY(waitFor(page, page.findChild<QPushButton *>(QStringLiteral("openConsentStore"))));
        const QString status = page.findChild<QLabel *>(QStringLiteral("consentStatus"))->text();
        QVERIFY2(status.contains(QStringLiteral("absent.db: no such consent log")), qPrintable(status));
        QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("verifyConsents"))->isEnabled());
        QVERIFY(!QFile::exists(m_folder.filePath(QStringLiteral("absent.db"))));
    }

    void theWindowHasTheConsentsPage()
    {
        MainWindow window;
        QVERIFY(window.pageIds().contains(QStringLiteral("consents")));
        window.showPage(QStringLiteral("consents"));
        auto *page = window.findChild<ConsentsPage *>();
        QVERIFY(page);
        page->setStoreSpec(m_spec);
        window.show();
        QVERIFY(waitFor(*page, page->findChild<QPushButton *>(QStringLiteral("openConsentStore"))));
        QVERIFY(TestSupport::saveScreenshot(&window, QStringLiteral("consents-window-en.png")));
        {
            // With no query running, the status line starts where the store's address does.
            auto *status = page->findChild<QLabel *>(QStringLiteral("consentStatus"));
            auto *store = page->findChild<QLineEdit *>(QStringLiteral("consentStore"));
            QVERIFY(status && store);
            QVERIFY(!page->findChild<QProgressBar *>(QStringLiteral("consentProgress"))->isVisible());
            // Once the layout has run, as it does before anything is painted.
            QTRY_COMPARE(status->mapTo(page, QPoint()).x(), store->mapTo(page, QPoint()).x());
        }
        QStandardPaths::setTestModeEnabled(true); // the language choice goes to a test settings file
        InterfaceLanguage language(nullptr, QFileInfo(QStringLiteral(CHARTE_EXECUTABLE)).path()); // charte_fr.qm is built there
        language.setChoice(QStringLiteral("fr"));
        QVERIFY(waitFor(*page, page->findChild<QPushButton *>(QStringLiteral("openConsentStore"))));
        QVERIFY(TestSupport::saveScreenshot(&window, QStringLiteral("consents-window-fr.png")));
        // The axis writes dates as the interface does, not as ISO keys.
        QCOMPARE(ConsentChart::bucketLabel(QStringLiteral("2026-W36")), QStringLiteral("S36 2026"));
        QCOMPARE(ConsentChart::bucketLabel(QStringLiteral("2026-09-01")), QStringLiteral("01/09/2026"));
        QCOMPARE(ConsentChart::bucketLabel(QStringLiteral("4")), QStringLiteral("4"));
        const QString description = page->findChild<ConsentChart *>()->accessibleDescription();
        QVERIFY2(description.contains(QStringLiteral("S4")) && !description.contains(QStringLiteral("-W")),
                 qPrintable(description));
        QVERIFY(page->findChild<QPushButton *>(QStringLiteral("verifyConsents"))->text() != QStringLiteral("Verify the chain"));
        language.setChoice(QStringLiteral("en"));
        QCOMPARE(ConsentChart::bucketLabel(QStringLiteral("2026-W36")), QStringLiteral("W36 2026"));
        QCOMPARE(ConsentChart::bucketLabel(QStringLiteral("2026-09-01")), QStringLiteral("9/1/2026"));
    }
};

QTEST_MAIN(tst_ConsentsPage)
#include "tst_consentspage.moc"
