// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "csvimportdialog.h"
#include "document/policydocument.h"
#include "format/templates.h"
#include "interfacelanguage.h"
#include "mainwindow.h"
#include "support/modaldialogs.h"
#include "support/screenshots.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTreeWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

class TestCsvImportDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void showsDetectionMappingAndPreview();
    void userCorrectsTheMapping();
    void withoutNameColumnNothingCanBeImported();
    void refusesABrokenFileWithoutChangingTheDialog();
    void updatesAnInventoryShowingEachChange();
    void theModeIsChosenInTheDialog();
    void reimportingThroughTheWindowChangesNothing();
    void updateScreenshots_data();
    void updateScreenshots();
};

namespace {

QByteArray inventory()
{
    // Windows-1252, semicolons, French headers, one unreadable lifetime.
    return QByteArray("Nom du cookie;Prestataire;Finalit\xE9;Dur\xE9"
                      "e;Remarque\r\n"
                      "sessionid;Opendatasoft;Connexion;Persistant;ok\r\n"
                      "_pk_id;Matomo;Mesure d'audience;13 mois;\r\n");
}

QString writeTemporary(QTemporaryDir &dir, const QByteArray &bytes)
{
    const QString path = dir.filePath(QStringLiteral("inventaire.csv"));
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(bytes);
    return path;
}

QComboBox *fieldCombo(QDialog &dialog, int column)
{
    return dialog.findChild<QComboBox *>(QStringLiteral("field%1").arg(column));
}

void choose(QComboBox *combo, InventoryField field)
{
    const int index = combo->findText(InventoryFields::translatedName(field), Qt::MatchStartsWith);
    QVERIFY(index >= 0);
    combo->setCurrentIndex(index);
    emit combo->activated(index);
}

} // namespace

void TestCsvImportDialog::initTestCase()
{
    // The window and the interface language read settings: a test location, never the user's.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("Charte"));
    QCoreApplication::setApplicationName(QStringLiteral("charte-tst-csvimportdialog"));
}

void TestCsvImportDialog::init()
{
    QSettings().clear();
}

void TestCsvImportDialog::showsDetectionMappingAndPreview()
{
    QTemporaryDir dir;
    Policy context;
    CsvImportDialog dialog(context);
    QVERIFY(dialog.openFile(writeTemporary(dir, inventory())));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    const QString detected = dialog.findChild<QLabel *>(QStringLiteral("detected"))->text();
    QVERIFY2(detected.contains(QStringLiteral("semicolon")), qPrintable(detected));
    QVERIFY(detected.contains(QStringLiteral("Windows-1252")));
    QVERIFY(dialog.findChild<QCheckBox *>(QStringLiteral("hasHeader"))->isChecked());

    QCOMPARE(fieldCombo(dialog, 0)->currentText(),
             InventoryFields::translatedName(InventoryField::Name));
    QCOMPARE(fieldCombo(dialog, 1)->currentText(),
             InventoryFields::translatedName(InventoryField::Provider));
    QCOMPARE(fieldCombo(dialog, 2)->currentText(),
             InventoryFields::translatedName(InventoryField::Purpose) + QStringLiteral(" (fr)"));
    QCOMPARE(fieldCombo(dialog, 4)->currentText(),
             InventoryFields::translatedName(InventoryField::Ignore));

    auto *preview = dialog.findChild<QTableWidget *>(QStringLiteral("preview"));
    QCOMPARE(preview->rowCount(), 2);
    QCOMPARE(preview->item(0, 0)->text(), QStringLiteral("sessionid"));
    QCOMPARE(preview->item(0, 3)->text(), QStringLiteral("Connexion"));
    QVERIFY(preview->item(0, 6)->text().contains(QStringLiteral("Persistant")));
    QCOMPARE(preview->item(1, 5)->text(), QStringLiteral("13 mois"));
    QVERIFY(dialog.canImport());
    QCOMPARE(dialog.result().cookies.size(), 2);
    QCOMPARE(dialog.result().providers.size(), 2);
    QCOMPARE(dialog.result().flaggedCells, 1);
    const QString summary = dialog.findChild<QLabel *>(QStringLiteral("summary"))->text();
    QVERIFY2(summary.contains(QStringLiteral("2 cookie")), qPrintable(summary));
    QVERIFY(TestSupport::saveScreenshot(&dialog, QStringLiteral("csvimportdialog.png")));
}

void TestCsvImportDialog::userCorrectsTheMapping()
{
    QTemporaryDir dir;
    Policy context;
    CsvImportDialog dialog(context);
    QVERIFY(dialog.openFile(writeTemporary(dir, inventory())));
    // The "Remarque" column really holds the service; the provider is not wanted.
    choose(fieldCombo(dialog, 4), InventoryField::Service);
    choose(fieldCombo(dialog, 1), InventoryField::Ignore);
    QCOMPARE(dialog.mapping().columns.at(4).field, InventoryField::Service);
    QCOMPARE(dialog.result().cookies.first().service.exact(QStringLiteral("fr")),
             QStringLiteral("ok"));
    QVERIFY(dialog.result().providers.isEmpty());
    auto *preview = dialog.findChild<QTableWidget *>(QStringLiteral("preview"));
    QCOMPARE(preview->item(0, 2)->text(), QStringLiteral("ok"));
    QVERIFY(preview->item(0, 1)->text().isEmpty());

    // Texts go to the language chosen for the file.
    auto *language = dialog.findChild<QComboBox *>(QStringLiteral("language"));
    language->setCurrentIndex(language->findData(QStringLiteral("en")));
    QCOMPARE(dialog.result().cookies.first().purpose.exact(QStringLiteral("en")),
             QStringLiteral("Connexion"));
    QVERIFY(dialog.result().cookies.first().purpose.exact(QStringLiteral("fr")).isEmpty());

    // Unticking "first row names the columns" makes the header a row of data.
    dialog.findChild<QCheckBox *>(QStringLiteral("hasHeader"))->setChecked(false);
    QCOMPARE(dialog.result().cookies.size(), 3);
    QCOMPARE(dialog.result().cookies.first().name, QStringLiteral("Nom du cookie"));
}

void TestCsvImportDialog::withoutNameColumnNothingCanBeImported()
{
    QTemporaryDir dir;
    Policy context;
    CsvImportDialog dialog(context);
    QVERIFY(dialog.openFile(writeTemporary(dir, inventory())));
    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(ok->isEnabled());
    choose(fieldCombo(dialog, 0), InventoryField::Ignore);
    QVERIFY(!ok->isEnabled());
    QVERIFY(!dialog.canImport());
    QVERIFY(dialog.result().cookies.isEmpty());
    choose(fieldCombo(dialog, 0), InventoryField::Name);
    QVERIFY(ok->isEnabled());
}

void TestCsvImportDialog::refusesABrokenFileWithoutChangingTheDialog()
{
    QTemporaryDir dir;
    Policy context;
    CsvImportDialog dialog(context);
    QVERIFY(dialog.openFile(writeTemporary(dir, inventory())));
    const QString path = dir.filePath(QStringLiteral("cut.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Cookie,Purpose\n_ga,\"cut\n");
    file.close();
    const Status status = dialog.openFile(path);
    QVERIFY(!status);
    QVERIFY2(status.error.contains(QStringLiteral("cut.csv:2:5:")), qPrintable(status.error));
    QCOMPARE(dialog.result().cookies.size(), 2); // still the previous file
}

namespace {

// The document an inventory is imported into again: sessionid with a lifetime of
// one year and no purpose, _pk_id as the file says.
Policy documentWithCookies()
{
    Policy policy;
    policy.meta.defaultLanguage = QStringLiteral("fr");
    policy.meta.languages = {QStringLiteral("fr")};
    Cookie session;
    session.name = QStringLiteral("sessionid");
    session.lifetime = Lifetime::fromSeconds(Lifetime::Year);
    session.secure = true;
    policy.cookies << session;
    Cookie old;
    old.name = QStringLiteral("old_cookie");
    policy.cookies << old;
    return policy;
}

QByteArray updatedInventory()
{
    return QByteArray("Nom du cookie;Finalit\xE9;Dur\xE9""e\r\n"
                      "sessionid;Connexion;1 an\r\n"
                      "_pk_id;Mesure d'audience;13 mois\r\n");
}

QTreeWidgetItem *group(QTreeWidget *tree, const QString &startsWith)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (tree->topLevelItem(i)->text(0).startsWith(startsWith))
            return tree->topLevelItem(i);
    }
    return nullptr;
}

} // namespace

void TestCsvImportDialog::updatesAnInventoryShowingEachChange()
{
    QTemporaryDir dir;
    const Policy context = documentWithCookies();
    CsvImportDialog dialog(context);
    QVERIFY(dialog.openFile(writeTemporary(dir, updatedInventory())));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *mode = dialog.findChild<QComboBox *>(QStringLiteral("importMode"));
    QVERIFY(mode->isVisible());
    QCOMPARE(dialog.mode(), InventoryUpdate::Mode::UpdateAndAdd);

    const QString summary = dialog.findChild<QLabel *>(QStringLiteral("summary"))->text();
    QVERIFY2(summary.startsWith(QStringLiteral("1 changed, 1 added, 1 unchanged")) ||
                 summary.startsWith(QStringLiteral("1 changed, 1 added, 0 unchanged")),
             qPrintable(summary));
    auto *changes = dialog.findChild<QTreeWidget *>(QStringLiteral("changes"));
    QTreeWidgetItem *changed = group(changes, QStringLiteral("Changed (1)"));
    QVERIFY(changed);
    QTreeWidgetItem *session = changed->child(0);
    QCOMPARE(session->text(0), QStringLiteral("sessionid"));
    QCOMPARE(session->childCount(), 1); // the lifetime is the same year: only the purpose
    QCOMPARE(session->child(0)->text(0),
             InventoryFields::translatedName(InventoryField::Purpose) + QStringLiteral(" (fr)"));
    QCOMPARE(session->child(0)->text(1), QStringLiteral("none"));
    QCOMPARE(session->child(0)->text(2), QStringLiteral("Connexion"));
    QTreeWidgetItem *added = group(changes, QStringLiteral("Added (1)"));
    QVERIFY(added);
    QCOMPARE(added->child(0)->text(0), QStringLiteral("_pk_id"));
    auto *tabs = dialog.findChild<QTabWidget *>(QStringLiteral("previewTabs"));
    QCOMPARE(tabs->tabText(1), QStringLiteral("C&hanges (2)"));
    QVERIFY(dialog.canImport());
    QVERIFY(dialog.update().cookies().at(0).secure); // no such column: kept
}

void TestCsvImportDialog::theModeIsChosenInTheDialog()
{
    QTemporaryDir dir;
    const Policy context = documentWithCookies();
    CsvImportDialog dialog(context);
    QVERIFY(dialog.openFile(writeTemporary(dir, updatedInventory())));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *mode = dialog.findChild<QComboBox *>(QStringLiteral("importMode"));
    auto *summary = dialog.findChild<QLabel *>(QStringLiteral("summary"));
    auto *changes = dialog.findChild<QTreeWidget *>(QStringLiteral("changes"));
    mode->setFocus();
    QTest::keyClick(mode, Qt::Key_Down); // leave them as they are
    QCOMPARE(dialog.mode(), InventoryUpdate::Mode::AddNew);
    QVERIFY2(summary->text().startsWith(QStringLiteral("0 changed, 1 added")), qPrintable(summary->text()));
    QVERIFY(!group(changes, QStringLiteral("Changed")));
    QTest::keyClick(mode, Qt::Key_Down); // and remove those the file does not list
    QCOMPARE(dialog.mode(), InventoryUpdate::Mode::Replace);
    QVERIFY2(summary->text().startsWith(QStringLiteral("1 changed, 1 added, 1 removed")), qPrintable(summary->text()));
    QTreeWidgetItem *removed = group(changes, QStringLiteral("Removed (1)"));
    QVERIFY(removed);
    QCOMPARE(removed->child(0)->text(0), QStringLiteral("old_cookie"));

    // An empty document has nothing to match: no choice is offered.
    const Policy emptyDocument; // the dialog keeps a reference: it must outlive it
    CsvImportDialog empty(emptyDocument);
    QVERIFY(empty.openFile(writeTemporary(dir, updatedInventory())));
    empty.show();
    QVERIFY(!empty.findChild<QComboBox *>(QStringLiteral("importMode"))->isVisible());
}

void TestCsvImportDialog::reimportingThroughTheWindowChangesNothing()
{
    QTemporaryDir dir;
    const QString path = writeTemporary(dir, updatedInventory());
    MainWindow window;
    window.adopt(documentWithCookies(), dir.filePath(QStringLiteral("doc.charte.json")));
    const int steps = window.document()->undoStack()->count();
    auto seen = TestSupport::handleNextDialog<CsvImportDialog>([](CsvImportDialog *dialog) { return dialog->canImport(); });
    QVERIFY(window.importCsv(path));
    QVERIFY(*seen);
    QCOMPARE(window.document()->undoStack()->count(), steps + 1); // one step
    const Policy after = window.document()->policy();
    QCOMPARE(after.cookies.size(), 3);
    QCOMPARE(after.cookies.at(0).purpose.exact(QStringLiteral("fr")), QStringLiteral("Connexion"));

    QString summary;
    bool couldImport = true;
    seen = TestSupport::handleNextDialog<CsvImportDialog>([&](CsvImportDialog *dialog) {
        summary = dialog->findChild<QLabel *>(QStringLiteral("summary"))->text();
        couldImport = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled();
        return true;
    });
    QVERIFY(!window.importCsv(path));
    QVERIFY(*seen);
    QVERIFY2(summary.startsWith(QStringLiteral("0 changed, 0 added, 2 unchanged")), qPrintable(summary));
    QVERIFY(summary.contains(QStringLiteral("nothing to import")));
    QVERIFY(!couldImport);
    QCOMPARE(window.document()->undoStack()->count(), steps + 1);
    QCOMPARE(window.document()->policy(), after);

    window.document()->undoStack()->undo();
    QCOMPARE(window.document()->policy(), documentWithCookies());
}

void TestCsvImportDialog::updateScreenshots_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("fr") << QStringLiteral("fr");
}

void TestCsvImportDialog::updateScreenshots()
{
    QFETCH(QString, language);
    QSettings().setValue(InterfaceLanguage::settingsKey(), language);
    InterfaceLanguage interface;
    interface.restore();
    QTemporaryDir dir;
    Policy context = documentWithCookies();
    context.cookies[0].purpose.set(QStringLiteral("fr"), QStringLiteral("Session"));
    CsvImportDialog dialog(context);
    QVERIFY(dialog.openFile(writeTemporary(dir, updatedInventory())));
    dialog.resize(1000, 700);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.findChild<QTabWidget *>(QStringLiteral("previewTabs"))->setCurrentIndex(1);
    const QString summary = dialog.findChild<QLabel *>(QStringLiteral("summary"))->text();
    QVERIFY2(summary.startsWith(language == QLatin1StringView("fr") ? QStringLiteral("1 modifié")
                                                                     : QStringLiteral("1 changed")),
             qPrintable(summary));
    QVERIFY(TestSupport::saveScreenshot(&dialog, QStringLiteral("csvimport-update-%1.png").arg(language)));
    QSettings().clear();
    interface.restore();
}

QTEST_MAIN(TestCsvImportDialog)
#include "tst_csvimportdialog.moc"
