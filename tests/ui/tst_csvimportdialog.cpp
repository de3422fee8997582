// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "csvimportdialog.h"
#include "support/screenshots.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

class TestCsvImportDialog : public QObject
{
    Q_OBJECT

private slots:
    void showsDetectionMappingAndPreview();
    void userCorrectsTheMapping();
    void withoutNameColumnNothingCanBeImported();
    void refusesABrokenFileWithoutChangingTheDialog();
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

QTEST_MAIN(TestCsvImportDialog)
#include "tst_csvimportdialog.moc"
