// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "charterimportdialog.h"
#include "scan/pagefetcher.h"
#include "support/loopbackhttpserver.h"
#include "support/screenshots.h"
#include "support/testsupport.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

namespace {

// Serves /page; keeps every other request waiting, for the progress and Cancel.
class LoopbackServer : public LoopbackHttpServer
{
public:
    LoopbackServer()
    {
        route("/page",
              Response::make(
                  200, {{"Content-Type", "text/html"}},
                  "<html lang=en><body><h2>Analytics cookies</h2><table><tr><th>Cookie</th>"
                  "<th>Provider</th><th>Expiry</th></tr><tr><td>_pk_id</td><td>Matomo</td>"
                  "<td>forever</td></tr></table></body></html>"));
        setFallback([](const QByteArray &) {
            Response waiting;
            waiting.behaviour = Response::Behaviour::Silent;
            return waiting;
        });
        listen();
    }
};

QTreeWidgetItem *topLevel(CharterImportDialog &dialog, int index)
{
    return dialog.findChild<QTreeWidget *>(QStringLiteral("preview"))->topLevelItem(index);
}

QPushButton *okButton(CharterImportDialog &dialog)
{
    return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

} // namespace

class TestCharterImportDialog : public QObject
{
    Q_OBJECT

private slots:
    void previewsTheSeed();
    void aFailedImportOffersNothing();
    void fetchesAnAddress();
    void cancelsAFetch();
    void stopsReadingALargePage();
};

void TestCharterImportDialog::previewsTheSeed()
{
    CHARTE_SKIP_UNLESS_SHARED(TestSupport::sharedPath(QStringLiteral("seeds/charte-cookies-anru.txt")));
    Policy context;
    CharterImportDialog dialog(context);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(!okButton(dialog)->isEnabled());
    auto *source = dialog.findChild<QLineEdit *>(QStringLiteral("source"));
    source->setText(TestSupport::sharedPath(QStringLiteral("seeds/charte-cookies-anru.txt")));
    QTest::keyClick(source, Qt::Key_Return);
    QTRY_VERIFY(dialog.hasResult());
    QVERIFY(okButton(dialog)->isEnabled());
    QTreeWidgetItem *sections = topLevel(dialog, 0);
    QCOMPARE(sections->childCount(), 4);
    QCOMPARE(sections->child(1)->text(0), QStringLiteral("Qu'est ce qu'un cookie ?"));
    QVERIFY(sections->child(3)->text(1).contains(QStringLiteral("necessary")));
    QTreeWidgetItem *cookies = topLevel(dialog, 1);
    QCOMPARE(cookies->childCount(), 4);
    QCOMPARE(cookies->child(0)->text(0), QStringLiteral("sessionid"));
    QVERIFY(cookies->child(0)->text(1).startsWith(QStringLiteral("Opendatasoft — ")));
    QCOMPARE(dialog.result().inventory.cookies.size(), 4);
    QVERIFY(TestSupport::saveScreenshot(&dialog, QStringLiteral("charterimportdialog.png")));
}

void TestCharterImportDialog::aFailedImportOffersNothing()
{
    CHARTE_SKIP_UNLESS_SHARED(TestSupport::sharedPath(QStringLiteral("seeds/charte-cookies-anru.txt")));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("horaires.html"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("<h1>Horaires</h1><p>Ouvert le lundi.</p>");
    file.close();

    Policy context;
    CharterImportDialog dialog(context);
    dialog.setSource(TestSupport::sharedPath(QStringLiteral("seeds/charte-cookies-anru.txt")));
    QTRY_VERIFY(dialog.hasResult());
    // A second source that fails replaces the previous preview: nothing is left to import.
    QSignalSpy ready(&dialog, &CharterImportDialog::previewReady);
    dialog.setSource(path);
    QVERIFY(!dialog.hasResult());
    QVERIFY(!okButton(dialog)->isEnabled());
    QTRY_COMPARE(ready.size(), 1);
    QCOMPARE(ready.first().first().toBool(), false);
    QVERIFY(!dialog.hasResult());
    QVERIFY(dialog.result().sections.isEmpty());
    QVERIFY(!okButton(dialog)->isEnabled());
    const QString status = dialog.findChild<QLabel *>(QStringLiteral("status"))->text();
    QVERIFY2(status.contains(QStringLiteral("no cookie charter")), qPrintable(status));
    QCOMPARE(topLevel(dialog, 0), nullptr);
}

void TestCharterImportDialog::fetchesAnAddress()
{
    LoopbackServer server;
    Policy context;
    CharterImportDialog dialog(context);
    QSignalSpy ready(&dialog, &CharterImportDialog::previewReady);
    dialog.setSource(server.url(QStringLiteral("/page")).toString());
    QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 10000);
    QVERIFY(ready.first().first().toBool());
    QCOMPARE(dialog.result().inventory.cookies.size(), 1);
    QCOMPARE(dialog.result().inventory.cookies.first().categoryId, QStringLiteral("statistics"));
    QCOMPARE(dialog.result().inventory.cookies.first().unparsed.value(QStringLiteral("lifetime")),
             QStringLiteral("forever"));
    QVERIFY(okButton(dialog)->isEnabled());
    QVERIFY(dialog.findChild<QProgressBar *>(QStringLiteral("progress"))->isHidden());
}

void TestCharterImportDialog::cancelsAFetch()
{
    LoopbackServer server;
    Policy context;
    CharterImportDialog dialog(context);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy ready(&dialog, &CharterImportDialog::previewReady);
    dialog.setSource(server.url(QStringLiteral("/hangs")).toString());
    QVERIFY(dialog.isBusy());
    auto *progress = dialog.findChild<QProgressBar *>(QStringLiteral("progress"));
    auto *stop = dialog.findChild<QPushButton *>(QStringLiteral("cancelFetch"));
    QVERIFY(progress->isVisible());
    QVERIFY(stop->isVisible());
    QVERIFY(!okButton(dialog)->isEnabled());
    QTest::mouseClick(stop, Qt::LeftButton);
    QCOMPARE(ready.size(), 1);
    QCOMPARE(ready.first().first().toBool(), false);
    QVERIFY(!dialog.isBusy());
    QVERIFY(!progress->isVisible());
    QVERIFY(!okButton(dialog)->isEnabled());
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("status"))
                ->text()
                .contains(QStringLiteral("cancelled")));
}

void TestCharterImportDialog::stopsReadingALargePage()
{
    // Deep nesting makes the HTML parser slow: long enough to press Stop meanwhile.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.html"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("<h2>Cookies</h2><p>Des cookies.</p>" + QByteArray("<div><span>").repeated(20000));
    file.close();
    Policy context;
    CharterImportDialog dialog(context);
    QSignalSpy ready(&dialog, &CharterImportDialog::previewReady);
    dialog.setSource(path);
    QVERIFY(dialog.isBusy());
    dialog.cancelFetch();
    QVERIFY(!dialog.isBusy());
    QCOMPARE(ready.size(), 1);
    QVERIFY(!ready.first().first().toBool());
    QVERIFY(!okButton(dialog)->isEnabled());
    // The abandoned read finishing later changes nothing (shown with the seed page).
    CHARTE_SKIP_UNLESS_SHARED(TestSupport::sharedPath(QStringLiteral("seeds/charte-cookies-anru.txt")));
    dialog.setSource(TestSupport::sharedPath(QStringLiteral("seeds/charte-cookies-anru.txt")));
    QTRY_VERIFY_WITH_TIMEOUT(dialog.hasResult(), 20000);
    QCOMPARE(dialog.result().inventory.cookies.size(), 4);
}

QTEST_MAIN(TestCharterImportDialog)
#include "tst_charterimportdialog.moc"
