// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "exportdialog.h"
#include "exportguard.h"
#include "format/templates.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrl>

#include <memory>

// File › Export: every registered format offered with its words, warnings shown
// before exporting, and the file written where the user said.
namespace {
// Clicks, in the next message box, the button whose objectName or text is `button`,
// and keeps the question it asked.
void answerNextMessageBox(const QString &button, QString *question)
{
    auto *timer = new QTimer(qApp);
    auto tries = std::make_shared<int>(0);
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, tries, button, question] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box && ++*tries < 500)
            return;
        timer->deleteLater();
        timer->stop();
        if (!box)
            return;
        *question = box->text();
        for (QAbstractButton *candidate : box->buttons()) {
            if (candidate->objectName() == button || candidate->text().remove(QLatin1Char('&')) == button) {
                candidate->click();
                return;
            }
        }
        box->reject();
    });
    timer->start();
}
} // namespace

class TestExportDialog : public QObject
{
    Q_OBJECT

private slots:
    void listsEveryFormat()
    {
        ExportDialog dialog(*Templates::load(QStringLiteral("typical")));
        auto *list = dialog.findChild<QListWidget *>(QStringLiteral("formatList"));
        QVERIFY(list);
        QCOMPARE(list->count(), ExportFormats::all().size());
        for (int row = 0; row < list->count(); ++row) {
            QCOMPARE(list->item(row)->text(), ExportFormats::all().at(row).translatedTitle());
            QVERIFY(!list->item(row)->toolTip().isEmpty());
        }
        auto *languages = dialog.findChild<QComboBox *>(QStringLiteral("languageCombo"));
        QCOMPARE(languages->count(), 2);
        QCOMPARE(dialog.language(), QStringLiteral("fr"));
    }

    void warningsBeforeAndAfter()
    {
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        ExportDialog dialog(*Templates::load(QStringLiteral("typical")),
                            folder.filePath(QStringLiteral("site.charte.json")));
        dialog.selectFormat(QStringLiteral("klaro"));
        auto *description = dialog.findChild<QLabel *>(QStringLiteral("descriptionLabel"));
        QCOMPARE(description->text(),
                 ExportFormats::find(QStringLiteral("klaro"))->translatedDescription());
        // The document's own name leads the proposed file name.
        QCOMPARE(dialog.outputPath(), folder.filePath(QStringLiteral("site-klaro-config.js")));
        auto *warnings = dialog.findChild<QListWidget *>(QStringLiteral("warningsList"));
        QVERIFY(warnings->count() > 0);
        QVERIFY(!warnings->findItems(QStringLiteral("no cookie table"), Qt::MatchContains).isEmpty());

        dialog.setLanguage(QStringLiteral("en"));
        QSignalSpy exported(&dialog, &ExportDialog::exported);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("exportButton")),
                          Qt::LeftButton);
        QCOMPARE(exported.count(), 1);
        QFile file(folder.filePath(QStringLiteral("site-klaro-config.js")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.contains("window.klaroConfig"));
        QVERIFY(bytes.contains("\"lang\": \"en\""));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("statusLabel"))
                    ->text()
                    .contains(QStringLiteral("klaro-config.js")));
        QVERIFY(warnings->count() > 0);
        if (qEnvironmentVariableIsSet("CHARTE_SCREENSHOT"))
            dialog.grab().save(qEnvironmentVariable("CHARTE_SCREENSHOT"));
    }

    // A document with errors is exported only when the person says so; afterwards
    // the file can be opened and its folder shown.
    void errorsAskBeforeExportAndOpenAfter()
    {
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        Policy policy = *Templates::load(QStringLiteral("typical"));
        policy.cookies[0].purpose = {}; // an error
        ExportDialog dialog(policy, folder.filePath(QStringLiteral("site.charte.json")));
        dialog.selectFormat(QStringLiteral("json"));
        const QString path = dialog.outputPath();
        auto *open = dialog.findChild<QPushButton *>(QStringLiteral("openExportButton"));
        auto *show = dialog.findChild<QPushButton *>(QStringLiteral("showExportInFolderButton"));
        QVERIFY(open && show);
        QVERIFY(!open->isEnabled() && !show->isEnabled());

        QString question;
        answerNextMessageBox(QStringLiteral("Cancel"), &question);
        QVERIFY(!dialog.exportNow());
        QVERIFY2(question.contains(QStringLiteral("error")) && question.contains(QStringLiteral("anyway")), qPrintable(question));
        QVERIFY(!QFile::exists(path));
        QVERIFY(!open->isEnabled());

        answerNextMessageBox(QStringLiteral("exportAnyway"), &question);
        QVERIFY(dialog.exportNow());
        QVERIFY(QFile::exists(path));
        QVERIFY(open->isEnabled() && show->isEnabled());

        QList<QUrl> opened;
        ExportGuard::setUrlOpener([&opened](const QUrl &url) {
            opened << url;
            return true;
        });
        QTest::mouseClick(open, Qt::LeftButton);
        QTest::mouseClick(show, Qt::LeftButton);
        ExportGuard::setUrlOpener([](const QUrl &) { return false; });
        QCOMPARE(opened, (QList<QUrl>{QUrl::fromLocalFile(path), QUrl::fromLocalFile(folder.path())}));
    }

    void proposedNames()
    {
        QCOMPARE(ExportGuard::proposedName(QStringLiteral("/d/anru.charte.json"), QStringLiteral("charter.html")),
                 QStringLiteral("anru-charter.html"));
        QCOMPARE(ExportGuard::proposedName(QStringLiteral("/d/site.json"), QStringLiteral("policy.json")),
                 QStringLiteral("site-policy.json"));
        QCOMPARE(ExportGuard::proposedName(QString(), QStringLiteral("banner")), QStringLiteral("banner"));
    }

    void jsonNameChangesWhatIsSaid()
    {
        ExportDialog dialog(*Templates::load(QStringLiteral("typical")));
        dialog.selectFormat(QStringLiteral("cookieconsent"));
        dialog.setOutputPath(QStringLiteral("/tmp/cc.js"));
        QVERIFY(dialog.warnings().filter(QStringLiteral("RegExp")).isEmpty());
        dialog.setOutputPath(QStringLiteral("/tmp/cc.json"));
        QCOMPARE(dialog.warnings().filter(QStringLiteral("RegExp")).size(), 1);
    }

    // The default template's cookies are all exempt: its banner would ask about nothing.
    void bannerWithNothingToAsk()
    {
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        ExportDialog dialog(*Templates::load(QStringLiteral("default")),
                            folder.filePath(QStringLiteral("site.charte.json")));
        auto *manageOnly = dialog.findChild<QCheckBox *>(QStringLiteral("manageOnlyCheck"));
        QVERIFY(manageOnly);
        dialog.selectFormat(QStringLiteral("html"));
        QVERIFY(manageOnly->isHidden()); // only the banner asks anything
        dialog.selectFormat(QStringLiteral("banner"));
        QVERIFY(!manageOnly->isHidden());
        QCOMPARE(dialog.warnings().filter(QStringLiteral("would ask Accept/Reject about nothing")).size(), 1);
        QVERIFY(!dialog.exportNow());
        QVERIFY(!QFile::exists(folder.filePath(QStringLiteral("site-charte-banner/charte-consent.js"))));
        if (qEnvironmentVariableIsSet("CHARTE_SCREENSHOT"))
            dialog.grab().save(qEnvironmentVariable("CHARTE_SCREENSHOT"));

        manageOnly->setChecked(true); // the user insists
        QCOMPARE(dialog.warnings().filter(QStringLiteral("only the preferences")).size(), 1);
        QVERIFY(dialog.exportNow());
        QFile script(folder.filePath(QStringLiteral("site-charte-banner/charte-consent.js")));
        QVERIFY(script.open(QIODevice::ReadOnly));
        QVERIFY(script.readAll().contains("\"ask\":false"));

        ExportDialog typical(*Templates::load(QStringLiteral("typical")));
        typical.selectFormat(QStringLiteral("banner"));
        QVERIFY(typical.findChild<QCheckBox *>(QStringLiteral("manageOnlyCheck"))->isHidden());
    }
};

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
