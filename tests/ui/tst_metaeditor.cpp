// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "document/policydocument.h"
#include "format/templates.h"
#include "languagesdialog.h"
#include "metaeditor.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

// The meta editor and the languages dialog: the document's identity and languages,
// edited through undo commands, following undo.
class TestMetaEditor : public QObject
{
    Q_OBJECT

private slots:
    void showsTheMeta();
    void typingIsOneStepPerField_data();
    void typingIsOneStepPerField();
    void dateAndRevision();
    void followsUndo();
    void languagesDialog();
};

void TestMetaEditor::showsTheMeta()
{
    PolicyDocument document(Templates::defaultPolicy());
    MetaEditor editor(&document);
    QCOMPARE(editor.findChild<QLineEdit *>(QStringLiteral("siteNameEdit"))->text(),
             QStringLiteral("ANRU Open Data"));
    QCOMPARE(editor.findChild<QLineEdit *>(QStringLiteral("contactEmailEdit"))->text(),
             QStringLiteral("dpo@anru.fr"));
    QCOMPARE(editor.findChild<QDateEdit *>(QStringLiteral("lastUpdatedEdit"))->date(),
             QDate(2026, 11, 29));
    QCOMPARE(editor.findChild<QSpinBox *>(QStringLiteral("revisionSpin"))->value(), 1);
}

void TestMetaEditor::typingIsOneStepPerField_data()
{
    QTest::addColumn<QString>("field");
    QTest::newRow("site name") << QStringLiteral("siteNameEdit");
    QTest::newRow("site url") << QStringLiteral("siteUrlEdit");
    QTest::newRow("publisher") << QStringLiteral("publisherNameEdit");
    QTest::newRow("address") << QStringLiteral("publisherAddressEdit");
    QTest::newRow("dpo") << QStringLiteral("contactEmailEdit");
}

void TestMetaEditor::typingIsOneStepPerField()
{
    QFETCH(QString, field);
    PolicyDocument document(Templates::defaultPolicy());
    MetaEditor editor(&document);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    const PolicyMeta before = document.policy().meta;
    auto *edit = editor.findChild<QLineEdit *>(field);
    QVERIFY(edit);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, QStringLiteral("x@y.fr "));
    QCOMPARE(document.undoStack()->count(), 1);
    const PolicyMeta &meta = document.policy().meta;
    const QStringList values{meta.siteName, meta.siteUrl, meta.publisherName, meta.publisherAddress,
                             meta.contactEmail};
    QVERIFY(values.contains(QStringLiteral("x@y.fr"))); // trimmed in the document
    QCOMPARE(edit->text(), QStringLiteral("x@y.fr "));  // but not under the cursor
    // Ctrl+Z in the field undoes the document.
    QTest::keySequence(edit, QKeySequence::Undo);
    QVERIFY(document.policy().meta == before);
    QCOMPARE(edit->text(), values.isEmpty() ? QString() : edit->text());
    QVERIFY(!edit->text().contains(QStringLiteral("x@y.fr")));
}

void TestMetaEditor::dateAndRevision()
{
    PolicyDocument document(Templates::defaultPolicy());
    MetaEditor editor(&document);
    auto *date = editor.findChild<QDateEdit *>(QStringLiteral("lastUpdatedEdit"));
    date->setDate(QDate(2027, 3, 1));
    QCOMPARE(document.policy().meta.lastUpdated, QDate(2027, 3, 1));
    // "Today" sets today's date (no command if it already is).
    editor.findChild<QPushButton *>(QStringLiteral("todayButton"))->click();
    QCOMPARE(document.policy().meta.lastUpdated, QDate::currentDate());
    QCOMPARE(date->date(), QDate::currentDate());
    document.undoStack()->undo(); // "today" and the typed date merge: one field, one step
    QCOMPARE(document.policy().meta.lastUpdated, QDate(2026, 11, 29));
    editor.findChild<QSpinBox *>(QStringLiteral("revisionSpin"))->setValue(3);
    QCOMPARE(document.policy().meta.revision, 3);
    QCOMPARE(document.policy().meta.lastUpdated, QDate(2026, 11, 29));
    document.undoStack()->undo();
    QCOMPARE(editor.findChild<QSpinBox *>(QStringLiteral("revisionSpin"))->value(), 1);
    QCOMPARE(document.undoStack()->index(), 0);
}

void TestMetaEditor::followsUndo()
{
    PolicyDocument document(Templates::defaultPolicy());
    MetaEditor editor(&document);
    auto *name = editor.findChild<QLineEdit *>(QStringLiteral("publisherNameEdit"));
    name->setText(QStringLiteral("Mairie"));
    emit name->textEdited(name->text());
    QCOMPARE(document.policy().meta.publisherName, QStringLiteral("Mairie"));
    document.undoStack()->undo();
    QCOMPARE(name->text(), QStringLiteral("Agence nationale pour la rénovation urbaine (ANRU)"));
    document.undoStack()->redo();
    QCOMPARE(name->text(), QStringLiteral("Mairie"));
}

void TestMetaEditor::languagesDialog()
{
    PolicyDocument document(Templates::defaultPolicy());
    LanguagesDialog dialog(&document);
    auto *list = dialog.findChild<QListWidget *>(QStringLiteral("languageList"));
    auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("newLanguageCombo"));
    auto *add = dialog.findChild<QPushButton *>(QStringLiteral("addLanguageButton"));
    auto *remove = dialog.findChild<QPushButton *>(QStringLiteral("removeLanguageButton"));
    auto *makeDefault = dialog.findChild<QPushButton *>(QStringLiteral("defaultLanguageButton"));
    QCOMPARE(list->count(), 2);
    QVERIFY(list->item(0)->text().contains(QStringLiteral("(default)")));

    combo->setEditText(QStringLiteral("de"));
    add->click();
    QCOMPARE(document.policy().meta.languages,
             (QStringList{QStringLiteral("fr"), QStringLiteral("en"), QStringLiteral("de")}));
    QCOMPARE(list->count(), 3);
    if (const QByteArray folder = qgetenv("CHARTE_SCREENSHOT_DIR"); !folder.isEmpty()) {
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(
            dialog.grab().save(QString::fromLocal8Bit(folder) + QStringLiteral("/languages.png")));
    }

    list->setCurrentRow(0); // the default cannot be removed
    QVERIFY(!remove->isEnabled());
    list->setCurrentRow(1);
    makeDefault->click();
    QCOMPARE(document.policy().meta.defaultLanguage, QStringLiteral("en"));
    QVERIFY(list->item(1)->text().contains(QStringLiteral("(default)")));

    list->setCurrentRow(0);
    QVERIFY(remove->isEnabled());
    remove->click();
    QCOMPARE(document.policy().meta.languages,
             (QStringList{QStringLiteral("en"), QStringLiteral("de")}));
    QVERIFY(!document.policy().charter.first().title.has(QStringLiteral("fr")));

    while (document.undoStack()->canUndo())
        document.undoStack()->undo();
    QVERIFY(document.policy() == Templates::defaultPolicy());
    QCOMPARE(list->count(), 2);
}

QTEST_MAIN(TestMetaEditor)
#include "tst_metaeditor.moc"
