// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "commands/bannercommands.h"
#include "document/policydocument.h"
#include "format/templates.h"

#include <QSignalSpy>
#include <QTest>

class TestBannerCommands : public QObject
{
    Q_OBJECT

private slots:
    void redoAndUndoSwapTheSettings();
    void revisionChangesTheMeta();
    void merging_data();
    void merging();
    void typingBackToTheStartLeavesNothing();
    void bannerTextMergesPerFieldAndLanguage();

private:
    static BannerSettings withTitle(const PolicyDocument &document, const QString &title)
    {
        BannerSettings banner = document.policy().banner;
        banner.title.set(QStringLiteral("fr"), title);
        return banner;
    }
};

void TestBannerCommands::redoAndUndoSwapTheSettings()
{
    PolicyDocument document(*Templates::load(QStringLiteral("typical")));
    const BannerSettings original = document.policy().banner;
    QSignalSpy bannerSpy(&document, &PolicyDocument::bannerChanged);
    QSignalSpy metaSpy(&document, &PolicyDocument::metaChanged);
    BannerSettings changed = original;
    changed.layout = BannerSettings::Layout::Modal;
    changed.buttonBackground = QColor(Qt::black);
    document.undoStack()->push(
        bannerEditCommand(&document, changed, 3, QString(), QStringLiteral("look")));
    QCOMPARE(document.policy().banner, changed);
    QCOMPARE(bannerSpy.count(), 1);
    QCOMPARE(metaSpy.count(), 0); // the revision did not move
    QVERIFY(document.isModified());
    document.undoStack()->undo();
    QCOMPARE(document.policy().banner, original);
    QCOMPARE(bannerSpy.count(), 2);
    QVERIFY(!document.isModified());
    document.undoStack()->redo();
    QCOMPARE(document.policy().banner, changed);
}

void TestBannerCommands::revisionChangesTheMeta()
{
    PolicyDocument document(*Templates::load(QStringLiteral("typical")));
    QSignalSpy metaSpy(&document, &PolicyDocument::metaChanged);
    QSignalSpy bannerSpy(&document, &PolicyDocument::bannerChanged);
    document.undoStack()->push(bannerEditCommand(
        &document, document.policy().banner, 4, QStringLiteral("revision"), QStringLiteral("rev")));
    QCOMPARE(document.policy().meta.revision, 4);
    QCOMPARE(metaSpy.count(), 1);
    QCOMPARE(bannerSpy.count(), 0);
    document.undoStack()->undo();
    QCOMPARE(document.policy().meta.revision, 3);
}

void TestBannerCommands::merging_data()
{
    QTest::addColumn<QString>("firstField");
    QTest::addColumn<QString>("secondField");
    QTest::addColumn<int>("steps");
    QTest::newRow("same field") << "title/fr" << "title/fr" << 1;
    QTest::newRow("same text, other language") << "title/fr" << "title/en" << 2;
    QTest::newRow("other field") << "title/fr" << "save/fr" << 2;
    QTest::newRow("unnamed edits never merge") << "" << "" << 2;
}

void TestBannerCommands::merging()
{
    QFETCH(QString, firstField);
    QFETCH(QString, secondField);
    QFETCH(int, steps);
    PolicyDocument document(*Templates::load(QStringLiteral("typical")));
    const QString original = document.policy().banner.title.exact(QStringLiteral("fr"));
    document.undoStack()->push(bannerEditCommand(&document,
                                                 withTitle(document, QStringLiteral("A")), 3,
                                                 firstField, QStringLiteral("edit")));
    document.undoStack()->push(bannerEditCommand(&document,
                                                 withTitle(document, QStringLiteral("AB")), 3,
                                                 secondField, QStringLiteral("edit")));
    QCOMPARE(document.undoStack()->count(), steps);
    QCOMPARE(document.policy().banner.title.exact(QStringLiteral("fr")), QStringLiteral("AB"));
    while (document.undoStack()->canUndo())
        document.undoStack()->undo();
    QCOMPARE(document.policy().banner.title.exact(QStringLiteral("fr")), original);
}

void TestBannerCommands::typingBackToTheStartLeavesNothing()
{
    PolicyDocument document(*Templates::load(QStringLiteral("typical")));
    const QString original = document.policy().banner.title.exact(QStringLiteral("fr"));
    const QString field = QStringLiteral("title/fr");
    document.undoStack()->push(bannerEditCommand(&document,
                                                 withTitle(document, original + QLatin1Char('x')),
                                                 3, field, QStringLiteral("edit")));
    document.undoStack()->push(bannerEditCommand(&document, withTitle(document, original), 3, field,
                                                 QStringLiteral("edit")));
    QCOMPARE(document.undoStack()->count(), 0);
    QVERIFY(!document.isModified());
}

// The translation view's edits: one text in one language, the other languages and
// the rest of the banner left alone; typing in one cell is one step.
void TestBannerCommands::bannerTextMergesPerFieldAndLanguage()
{
    PolicyDocument document(*Templates::load(QStringLiteral("typical")));
    QUndoStack *stack = document.undoStack();
    const BannerSettings original = document.policy().banner;
    QSignalSpy bannerSpy(&document, &PolicyDocument::bannerChanged);
    const auto edit = [&](BannerText field, const QString &language, const QString &text) {
        stack->push(new SetBannerTextCommand(&document, {field}, language, text));
    };
    edit(BannerText::Save, QStringLiteral("en"), QStringLiteral("S"));
    edit(BannerText::Save, QStringLiteral("en"), QStringLiteral("Sa"));
    QCOMPARE(stack->count(), 1);
    QCOMPARE(stack->undoText(), QStringLiteral("Edit banner text"));
    QCOMPARE(bannerSpy.count(), 2);
    QCOMPARE(document.policy().banner.save.exact(QStringLiteral("en")), QStringLiteral("Sa"));
    QCOMPARE(document.policy().banner.save.exact(QStringLiteral("fr")),
             original.save.exact(QStringLiteral("fr")));
    edit(BannerText::Save, QStringLiteral("fr"), QStringLiteral("E"));  // another language
    edit(BannerText::Title, QStringLiteral("fr"), QStringLiteral("T")); // another field
    QCOMPARE(stack->count(), 3);
    stack->undo();
    stack->undo();
    QCOMPARE(document.policy().banner.save.exact(QStringLiteral("en")), QStringLiteral("Sa"));
    stack->undo();
    QCOMPARE(document.policy().banner, original);
    QVERIFY(!document.isModified());
}

QTEST_GUILESS_MAIN(TestBannerCommands)
#include "tst_bannercommands.moc"
