// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "bannerpage.h"
#include "bannerpreview.h"
#include "commands/bannercommands.h"
#include "document/policydocument.h"
#include "format/templates.h"

#include <QApplication>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTextCursor>
#include <QTest>
#include <QToolButton>

class TestBannerPage : public QObject
{
    Q_OBJECT

private slots:
    void typingUpdatesThePreviewAndUndoRestores();
    void editsOfDifferentFieldsAreSeparateSteps();
    void lowContrastIsFlagged_data();
    void lowContrastIsFlagged();
    void editsTheChosenLanguage();
    void revisionIsUndoable();
    void consentLogAddressIsOneUndoableStep();
    void openInBrowserWritesTheBundle();
    void screenshots();

private:
    static QImage canvasImage(BannerPage &page)
    {
        return page.findChild<QWidget *>(QStringLiteral("previewCanvas"))->grab().toImage();
    }
};

void TestBannerPage::typingUpdatesThePreviewAndUndoRestores()
{
    PolicyDocument document(*Templates::load(QStringLiteral("typical")));
    BannerPage page(&document);
    page.resize(1200, 900);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    const QImage before = canvasImage(page);

    auto *title = page.findChild<QLineEdit *>(QStringLiteral("banner_title"));
    QVERIFY(title);
    QCOMPARE(title->text(), QStringLiteral("Cookies sur le site de Valbourg"));
    title->setFocus();
    title->selectAll();
    QTest::keyClicks(title, QStringLiteral("Vos cookies, votre choix"));
    QCOMPARE(document.policy().banner.title.exact(QStringLiteral("fr")), QStringLiteral("Vos cookies, votre choix"));
    QCOMPARE(document.policy().banner.title.exact(QStringLiteral("en")), QStringLiteral("Cookies on the Valbourg website"));
    // Keystrokes in one field are one step of the history.
    QCOMPARE(document.undoStack()->count(), 1);
    QVERIFY(canvasImage(page) != before);

    document.undoStack()->undo();
    QCOMPARE(document.policy().banner.title.exact(QStringLiteral("fr")), QStringLiteral("Cookies sur le site de Valbourg"));
    QCOMPARE(title->text(), QStringLiteral("Cookies sur le site de Valbourg"));
    QCOMPARE(canvasImage(page), before);
    QVERIFY(!document.isModified());
}

void TestBannerPage::editsOfDifferentFieldsAreSeparateSteps()
{
    PolicyDocument document(*Templates::load(QStringLiteral("typical")));
    BannerPage page(&document);
    auto *accept = page.findChild<QLineEdit *>(QStringLiteral("banner_acceptAll"));
    auto *description = page.findChild<QPlainTextEdit *>(QStringLiteral("banner_description"));
    QTest::keyClicks(accept, QStringLiteral(" !"));
    description->moveCursor(QTextCursor::End);
    QTest::keyClicks(description, QStringLiteral(" Merci."));
    QTest::keyClicks(accept, QStringLiteral("!"));
    QCOMPARE(document.undoStack()->count(), 3);
    QVERIFY(document.policy().banner.description.exact(QStringLiteral("fr")).endsWith(QStringLiteral(" Merci.")));
    document.undoStack()->undo();
    QCOMPARE(document.policy().banner.acceptAll.exact(QStringLiteral("fr")), QStringLiteral("Tout accepter !"));
    QCOMPARE(accept->text(), QStringLiteral("Tout accepter !"));
}

void TestBannerPage::lowContrastIsFlagged_data()
{
    QTest::addColumn<QColor>("text");
    QTest::addColumn<QColor>("buttonBackground");
    QTest::addColumn<bool>("textFlagged");
    QTest::addColumn<bool>("buttonsFlagged");
    QTest::newRow("template colours") << QColor(0x1f, 0x23, 0x28) << QColor(0x0b, 0x5a, 0x3b) << false << false;
    QTest::newRow("pale grey text") << QColor(0xaa, 0xaa, 0xaa) << QColor(0x0b, 0x5a, 0x3b) << true << false;
    QTest::newRow("light buttons") << QColor(0x1f, 0x23, 0x28) << QColor(0x7f, 0xb2, 0xf0) << false << true;
}

void TestBannerPage::lowContrastIsFlagged()
{
    QFETCH(QColor, text);
    QFETCH(QColor, buttonBackground);
    QFETCH(bool, textFlagged);
    QFETCH(bool, buttonsFlagged);
    PolicyDocument document(*Templates::load(QStringLiteral("typical")));
    BannerPage page(&document);
    BannerSettings banner = document.policy().banner;
    banner.text = text;
    banner.buttonBackground = buttonBackground;
    document.undoStack()->push(bannerEditCommand(&document, banner, document.policy().meta.revision,
                                                 QString(), QStringLiteral("colours")));
    const auto label = [&](const char *key) {
        return page.findChild<QLabel *>(QStringLiteral("contrast_") + QLatin1StringView(key));
    };
    QVERIFY(label("text"));
    QCOMPARE(label("text")->property("belowMinimum").toBool(), textFlagged);
    QCOMPARE(label("text")->text().contains(QStringLiteral("4.5:1")), textFlagged);
    for (const char *key : {"acceptAll", "rejectAll", "customize", "save"}) {
        QVERIFY(label(key));
        QCOMPARE(label(key)->property("belowMinimum").toBool(), buttonsFlagged);
    }
    document.undoStack()->undo();
    QCOMPARE(label("text")->property("belowMinimum").toBool(), false);
}

void TestBannerPage::editsTheChosenLanguage()
{
    PolicyDocument document(*Templates::load(QStringLiteral("typical")));
    BannerPage page(&document);
    page.setEditLanguage(QStringLiteral("en"));
    QCOMPARE(page.preview()->language(), QStringLiteral("en"));
    auto *reject = page.findChild<QLineEdit *>(QStringLiteral("banner_rejectAll"));
    QCOMPARE(reject->text(), QStringLiteral("Reject all"));
    QCOMPARE(reject->placeholderText(), QStringLiteral("Tout refuser"));
    reject->selectAll();
    QTest::keyClicks(reject, QStringLiteral("Refuse all"));
    QCOMPARE(document.policy().banner.rejectAll.exact(QStringLiteral("en")), QStringLiteral("Refuse all"));
    QCOMPARE(document.policy().banner.rejectAll.exact(QStringLiteral("fr")), QStringLiteral("Tout refuser"));
}

void TestBannerPage::revisionIsUndoable()
{
    PolicyDocument document(*Templates::load(QStringLiteral("typical")));
    BannerPage page(&document);
    auto *revision = page.findChild<QSpinBox *>(QStringLiteral("bannerRevision"));
    QVERIFY(revision);
    revision->setValue(4);
    QCOMPARE(document.policy().meta.revision, 4);
    QCOMPARE(document.undoStack()->count(), 1);
    document.undoStack()->undo();
    QCOMPARE(document.policy().meta.revision, 3);
    QCOMPARE(revision->value(), 3);
}

void TestBannerPage::consentLogAddressIsOneUndoableStep()
{
    PolicyDocument document(*Templates::load(QStringLiteral("typical")));
    BannerPage page(&document);
    auto *log = page.findChild<QLineEdit *>(QStringLiteral("bannerConsentLog"));
    QVERIFY(log);
    QVERIFY(log->text().isEmpty());
    QTest::keyClicks(log, QStringLiteral("/consent-log"));
    QCOMPARE(document.policy().banner.consentLogUrl, QStringLiteral("/consent-log"));
    QCOMPARE(document.undoStack()->count(), 1);
    document.undoStack()->undo();
    QVERIFY(document.policy().banner.consentLogUrl.isEmpty());
    QVERIFY(log->text().isEmpty());
    document.undoStack()->redo();
    QCOMPARE(log->text(), QStringLiteral("/consent-log"));
}

void TestBannerPage::openInBrowserWritesTheBundle()
{
    PolicyDocument document(*Templates::load(QStringLiteral("typical")));
    BannerPage page(&document);
    const Expected<QString> demo = page.writeBrowserPreview();
    QVERIFY2(demo.hasValue(), qPrintable(demo.error()));
    const QFileInfo info(*demo);
    QVERIFY(info.exists());
    QCOMPARE(info.fileName(), QStringLiteral("demo.html"));
    QVERIFY(QFileInfo::exists(info.dir().filePath(QStringLiteral("charte-consent.js"))));
    QVERIFY(QFileInfo::exists(info.dir().filePath(QStringLiteral("charte-consent.css"))));
    // The folder outlives the call (the browser reads it later) and is reused.
    QCOMPARE(*page.writeBrowserPreview(), *demo);
}

void TestBannerPage::screenshots()
{
    // Pictures for people to look at, written only when asked for.
    const QString folder = qEnvironmentVariable("CHARTE_SCREENSHOT_DIR");
    PolicyDocument document(*Templates::load(QStringLiteral("typical")));
    BannerPage page(&document);
    page.resize(1280, 900);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    const QImage desktop = page.grab().toImage();
    page.findChild<QToolButton *>(QStringLiteral("previewMobile"))->click();
    QVERIFY(page.preview()->isMobile());
    const QImage mobile = page.grab().toImage();
    QVERIFY(desktop != mobile);
    if (!folder.isEmpty()) {
        QVERIFY(desktop.save(folder + QStringLiteral("/bannerpage-desktop.png")));
        QVERIFY(mobile.save(folder + QStringLiteral("/bannerpage-mobile.png")));
        QVERIFY(canvasImage(page).save(folder + QStringLiteral("/bannerpreview-mobile.png")));
    }
}

QTEST_MAIN(TestBannerPage)
#include "tst_bannerpage.moc"
