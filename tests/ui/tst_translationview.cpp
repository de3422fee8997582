// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "commands/bannercommands.h"
#include "commands/catalogcommands.h"
#include "commands/cookiecommands.h"
#include "commands/metacommands.h"
#include "commands/sectioncommands.h"
#include "document/policydocument.h"
#include "format/templates.h"
#include "itemmodels/translationmodel.h"
#include "support/replicatedpolicy.h"
#include "translationview.h"

#include <QAbstractItemModelTester>
#include <QHeaderView>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

// The translation view: what is counted as missing, how it follows edits made
// anywhere, and that its own edits are undoable.
class TestTranslationView : public QObject
{
    Q_OBJECT

private slots:
    void rowsOfTheDefaultCharter();
    void countsFollowTheDocument_data();
    void countsFollowTheDocument();
    void editingTheTargetIsUndoable();
    void newLanguageIsAllMissing();
    void viewShowsTheCount();
    void largeDocumentIsNotMeasuredRowByRow();
    void hiddenViewCountsWhenAsked();
    void screenshot();
};

void TestTranslationView::rowsOfTheDefaultCharter()
{
    PolicyDocument document(Templates::defaultPolicy());
    TranslationModel model(&document);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const Policy &policy = document.policy();
    QCOMPARE(model.rowCount(), int(policy.charter.size() * 2 + policy.categories.size() * 2 + 7 +
                                   policy.cookies.size() * 2));
    QCOMPARE(model.sourceLanguage(), QStringLiteral("fr"));
    QCOMPARE(model.targetLanguage(), QStringLiteral("en"));
    // The default charter is fully translated into English.
    QCOMPARE(model.missingCount(), 0);
    QVERIFY(model.translatableCount() > 20);
    QCOMPARE(model.index(0, TranslationModel::SourceColumn).data().toString(),
             QStringLiteral("Charte cookies"));
    QCOMPARE(model.index(0, TranslationModel::TargetColumn).data().toString(),
             QStringLiteral("Cookie policy"));
    QVERIFY(model.flags(model.index(0, TranslationModel::TargetColumn)) & Qt::ItemIsEditable);
    QVERIFY(!(model.flags(model.index(0, TranslationModel::SourceColumn)) & Qt::ItemIsEditable));
}

void TestTranslationView::countsFollowTheDocument_data()
{
    QTest::addColumn<int>("change");
    QTest::newRow("section body") << 0;
    QTest::newRow("banner text") << 1;
    QTest::newRow("cookie purpose") << 2;
    QTest::newRow("category name") << 3;
}

void TestTranslationView::countsFollowTheDocument()
{
    QFETCH(int, change);
    PolicyDocument document(Templates::defaultPolicy());
    TranslationModel model(&document);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy counts(&model, &TranslationModel::countsChanged);
    const QString en = QStringLiteral("en");
    QUndoCommand *command = nullptr;
    switch (change) {
    case 0:
        command = new SetSectionTextCommand(&document, {2, SectionText::Body}, en, {});
        break;
    case 1:
        command = new SetBannerTextCommand(&document, {BannerText::Save}, en, {});
        break;
    case 2:
        command = new SetCookieTextCommand(&document, {3, CookieText::Purpose}, en, {});
        break;
    case 3:
        command = new SetCategoryTextCommand(&document, {0, CategoryText::Name}, en, {});
        break;
    }
    document.undoStack()->push(command);
    QCOMPARE(model.missingCount(), 1);
    QVERIFY(counts.count() >= 1);
    int marked = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex target = model.index(row, TranslationModel::TargetColumn);
        if (target.data(TranslationModel::MissingRole).toBool()) {
            ++marked;
            QCOMPARE(target.data().toString(), QStringLiteral("(missing)"));
            QCOMPARE(target.data(Qt::EditRole).toString(), QString());
        }
    }
    QCOMPARE(marked, 1);
    document.undoStack()->undo();
    QCOMPARE(model.missingCount(), 0);
}

void TestTranslationView::editingTheTargetIsUndoable()
{
    PolicyDocument document(Templates::defaultPolicy());
    TranslationModel model(&document);
    const Policy before = document.policy();
    int purposeRow = -1;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, 0).data().toString() == QStringLiteral("Cookie csrftoken · purpose"))
            purposeRow = row;
    }
    QVERIFY(purposeRow >= 0);
    const QModelIndex target = model.index(purposeRow, TranslationModel::TargetColumn);
    QVERIFY(model.setData(target, QStringLiteral("Guards forms.")));
    QCOMPARE(document.policy().cookies.at(2).purpose.exact(QStringLiteral("en")),
             QStringLiteral("Guards forms."));
    QCOMPARE(document.undoStack()->count(), 1);
    QVERIFY(!model.setData(target, QStringLiteral("Guards forms."))); // no change, no command
    document.undoStack()->undo();
    QVERIFY(document.policy() == before);
}

void TestTranslationView::newLanguageIsAllMissing()
{
    PolicyDocument document(Templates::defaultPolicy());
    TranslationModel model(&document);
    document.undoStack()->push(addLanguageCommand(&document, QStringLiteral("de")));
    model.setLanguages(QStringLiteral("fr"), QStringLiteral("de"));
    QCOMPARE(model.missingCount(), model.translatableCount());
    model.setLanguages(QStringLiteral("fr"), QStringLiteral("fr"));
    QCOMPARE(model.missingCount(), 0);
}

void TestTranslationView::viewShowsTheCount()
{
    PolicyDocument document(Templates::defaultPolicy());
    TranslationView view(&document);
    view.resize(1000, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto *summary = view.findChild<QLabel *>(QStringLiteral("translationSummary"));
    QVERIFY(summary->text().startsWith(QStringLiteral("All ")));
    const QString en = QStringLiteral("en");
    document.undoStack()->push(new SetBannerTextCommand(&document, {BannerText::Title}, en, {}));
    document.undoStack()->push(new SetBannerTextCommand(&document, {BannerText::Save}, en, {}));
    QVERIFY2(summary->text().startsWith(QStringLiteral("2 of ")), qPrintable(summary->text()));

    auto *onlyMissing = view.findChild<QCheckBox *>(QStringLiteral("onlyMissingCheck"));
    auto *table = view.findChild<QTableView *>(QStringLiteral("translationTable"));
    onlyMissing->setChecked(true);
    QCOMPARE(table->model()->rowCount(), 2);

    // Type a translation in the table: it lands in the document, one command.
    const int before = document.undoStack()->count();
    const QModelIndex cell = table->model()->index(0, TranslationModel::TargetColumn);
    table->setCurrentIndex(cell);
    table->edit(cell);
    auto *editor = table->findChild<QPlainTextEdit *>(QStringLiteral("translationEditor"));
    QVERIFY(editor);
    QTest::keyClicks(editor, QStringLiteral("Your cookies"));
    table->setFocus(); // closes the editor, which commits
    QTRY_COMPARE(document.undoStack()->count(), before + 1);
    QCOMPARE(document.policy().banner.title.exact(en), QStringLiteral("Your cookies"));
    QVERIFY2(summary->text().startsWith(QStringLiteral("1 of ")), qPrintable(summary->text()));
    QTRY_COMPARE(table->model()->rowCount(), 1); // the filter follows
}

void TestTranslationView::largeDocumentIsNotMeasuredRowByRow()
{
    // At 100,000 cookies the table has 200,000 rows: sizing each row or the place
    // column to its content froze the window for minutes.
    PolicyDocument document(TestSupport::replicatedDefault(200));
    TranslationView view(&document);
    view.resize(1000, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto *table = view.findChild<QTableView *>(QStringLiteral("translationTable"));
    QVERIFY(table->verticalHeader()->sectionResizeMode(0) != QHeaderView::ResizeToContents);
    for (int column = 0; column < TranslationModel::ColumnCount; ++column)
        QVERIFY(table->horizontalHeader()->sectionResizeMode(column) != QHeaderView::ResizeToContents);

    // Cookie rows keep the fixed height; the long texts before them are sized.
    const QAbstractItemModel *rows = table->model();
    const int fixed = table->verticalHeader()->defaultSectionSize();
    int firstCookie = -1;
    for (int row = 0; row < rows->rowCount() && firstCookie < 0; ++row) {
        if (rows->index(row, 0).data(TranslationModel::GroupRole).toInt() ==
            int(TranslationModel::Group::Cookie))
            firstCookie = row;
    }
    QVERIFY(firstCookie > 0);
    for (const int row : {firstCookie, firstCookie + 1, rows->rowCount() / 2, rows->rowCount() - 1})
        QCOMPARE(table->rowHeight(row), fixed);
    bool sized = false;
    for (int row = 0; row < firstCookie; ++row) {
        if (rows->index(row, 0).data(TranslationModel::MultiLineRole).toBool())
            sized = sized || table->rowHeight(row) > fixed;
    }
    QVERIFY2(sized, "a section body is taller than two lines");
    QVERIFY(table->columnWidth(TranslationModel::PlaceColumn) > 0);
}

void TestTranslationView::hiddenViewCountsWhenAsked()
{
    // Hidden, the view does not count after every edit; asked, or shown, it does.
    PolicyDocument document(Templates::defaultPolicy());
    TranslationView view(&document);
    auto *summary = view.findChild<QLabel *>(QStringLiteral("translationSummary"));
    const QString en = QStringLiteral("en");
    document.undoStack()->push(new SetBannerTextCommand(&document, {BannerText::Title}, en, {}));
    QVERIFY2(view.summary().startsWith(QStringLiteral("1 of ")), qPrintable(view.summary()));
    document.undoStack()->push(new SetBannerTextCommand(&document, {BannerText::Save}, en, {}));
    QCOMPARE(view.model()->missingCount(), 2);
    QVERIFY2(view.summary().startsWith(QStringLiteral("2 of ")), qPrintable(view.summary()));
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY2(summary->text().startsWith(QStringLiteral("2 of ")), qPrintable(summary->text()));
}

void TestTranslationView::screenshot()
{
    const QByteArray folder = qgetenv("CHARTE_SCREENSHOT_DIR");
    PolicyDocument document(Templates::defaultPolicy());
    document.undoStack()->push(
        new SetSectionTextCommand(&document, {1, SectionText::Body}, QStringLiteral("en"), {}));
    TranslationView view(&document);
    view.resize(1100, 650);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QImage image = view.grab().toImage();
    QVERIFY(!image.isNull());
    if (!folder.isEmpty())
        QVERIFY(
            image.save(QString::fromLocal8Bit(folder) + QStringLiteral("/translationview.png")));
}

QTEST_MAIN(TestTranslationView)
#include "tst_translationview.moc"
