// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "commands/metacommands.h"
#include "document/policydocument.h"
#include "format/templates.h"
#include "support/undochecks.h"

#include <QSignalSpy>
#include <QTest>

#include <functional>

class TestMetaCommands : public QObject
{
    Q_OBJECT

private slots:
    void redoUndoRestoresPolicy_data();
    void redoUndoRestoresPolicy();
    void editsOfOneFieldMerge();
    void languageCommandsNameTheLanguage();
    void addingAPresentLanguageDoesNothing();
    void removeLanguageStripsTexts();
    void defaultLanguageCannotBeRemoved();
    void markUpdatedIsOneStep();
};

using Builder = std::function<QUndoCommand *(PolicyDocument *)>;
Q_DECLARE_METATYPE(Builder)

void TestMetaCommands::redoUndoRestoresPolicy_data()
{
    QTest::addColumn<Builder>("build");
    QTest::newRow("meta: site and publisher") << Builder([](PolicyDocument *d) {
        PolicyMeta meta = d->policy().meta;
        meta.siteName = QStringLiteral("Autre site");
        meta.siteUrl = QStringLiteral("https://example.org");
        meta.publisherName = QStringLiteral("Mairie");
        meta.publisherAddress = QStringLiteral("1 place de la Mairie");
        meta.contactEmail = QStringLiteral("dpo@example.org");
        meta.lastUpdated = QDate(2027, 1, 2);
        meta.revision = 7;
        return setMetaCommand(d, meta, QStringLiteral("meta"));
    });
    QTest::newRow("add language") << Builder(
        [](PolicyDocument *d) { return addLanguageCommand(d, QStringLiteral("de")); });
    QTest::newRow("remove language with its texts") << Builder(
        [](PolicyDocument *d) { return removeLanguageCommand(d, QStringLiteral("en")); });
    QTest::newRow("set default language") << Builder(
        [](PolicyDocument *d) { return setDefaultLanguageCommand(d, QStringLiteral("en")); });
    QTest::newRow("a new default language is added") << Builder(
        [](PolicyDocument *d) { return setDefaultLanguageCommand(d, QStringLiteral("de")); });
    QTest::newRow("mark updated") << Builder(
        [](PolicyDocument *d) { return new MarkUpdatedCommand(d, QDate(2031, 5, 6)); });
}

void TestMetaCommands::redoUndoRestoresPolicy()
{
    QFETCH(Builder, build);
    PolicyDocument document(Templates::defaultPolicy());
    UndoChecks::redoUndoRestores(document, build(&document));
}

void TestMetaCommands::editsOfOneFieldMerge()
{
    PolicyDocument document(Templates::defaultPolicy());
    QUndoStack *stack = document.undoStack();
    const PolicyMeta original = document.policy().meta;
    const auto typeSiteName = [&](const QString &name, const QString &key) {
        PolicyMeta meta = document.policy().meta;
        meta.siteName = name;
        stack->push(setMetaCommand(&document, meta, QStringLiteral("Edit site name"), key));
    };
    typeSiteName(QStringLiteral("a"), QStringLiteral("site"));
    typeSiteName(QStringLiteral("ab"), QStringLiteral("site"));
    QCOMPARE(stack->count(), 1);
    typeSiteName(QStringLiteral("abc"), QStringLiteral("url")); // another field
    QCOMPARE(stack->count(), 2);
    typeSiteName(QStringLiteral("abcd"), QString()); // no key: never merges
    typeSiteName(QStringLiteral("abcde"), QString());
    QCOMPARE(stack->count(), 4);
    stack->undo();
    stack->undo();
    stack->undo();
    QCOMPARE(document.policy().meta.siteName, QStringLiteral("ab"));
    stack->undo();
    QCOMPARE(document.policy().meta, original);

    // Typing back to what was there leaves nothing to undo.
    stack->clear();
    typeSiteName(original.siteName + u'x', QStringLiteral("site"));
    typeSiteName(original.siteName, QStringLiteral("site"));
    QCOMPARE(stack->count(), 0);
}

void TestMetaCommands::languageCommandsNameTheLanguage()
{
    PolicyDocument document(Templates::defaultPolicy());
    QUndoStack *stack = document.undoStack();
    stack->push(addLanguageCommand(&document, QStringLiteral("de")));
    QCOMPARE(stack->undoText(), QStringLiteral("Add language de"));
    stack->push(setDefaultLanguageCommand(&document, QStringLiteral("de")));
    QCOMPARE(stack->undoText(), QStringLiteral("Make de the default language"));
    stack->push(removeLanguageCommand(&document, QStringLiteral("fr")));
    QCOMPARE(stack->undoText(), QStringLiteral("Remove language fr"));
    QCOMPARE(stack->count(), 3);
}

void TestMetaCommands::addingAPresentLanguageDoesNothing()
{
    PolicyDocument document(Templates::defaultPolicy());
    QSignalSpy changed(&document, &PolicyDocument::changed);
    document.undoStack()->push(addLanguageCommand(&document, QStringLiteral("fr")));
    document.undoStack()->push(setDefaultLanguageCommand(&document, QStringLiteral("fr")));
    QCOMPARE(document.undoStack()->count(), 0);
    QVERIFY(!document.isModified());
}

void TestMetaCommands::removeLanguageStripsTexts()
{
    PolicyDocument document(Templates::defaultPolicy());
    const QString en = QStringLiteral("en");
    const Policy before = document.policy();
    QVERIFY(before.charter.first().title.has(en));
    QSignalSpy sections(&document, &PolicyDocument::sectionsChanged);
    document.undoStack()->push(removeLanguageCommand(&document, en));
    const Policy &policy = document.policy();
    QVERIFY(!policy.meta.languages.contains(en));
    for (const CharterSection &section : policy.charter)
        QVERIFY(!section.title.has(en) && !section.body.has(en));
    for (const Category &category : policy.categories)
        QVERIFY(!category.name.has(en) && !category.description.has(en));
    for (const Cookie &cookie : policy.cookies)
        QVERIFY(!cookie.purpose.has(en) && !cookie.service.has(en));
    QVERIFY(!policy.banner.title.has(en));
    QVERIFY(sections.count() > 0);
    document.undoStack()->undo();
    QCOMPARE(document.policy(), before);
}

void TestMetaCommands::defaultLanguageCannotBeRemoved()
{
    PolicyDocument document(Templates::defaultPolicy());
    QVERIFY(!removeLanguageCommand(&document, QStringLiteral("fr")));
    QVERIFY(!removeLanguageCommand(&document, QStringLiteral("xx")));
}

void TestMetaCommands::markUpdatedIsOneStep()
{
    PolicyDocument document(Templates::defaultPolicy());
    document.undoStack()->push(new MarkUpdatedCommand(&document, QDate(2031, 5, 6)));
    QCOMPARE(document.policy().meta.lastUpdated, QDate(2031, 5, 6));
    QCOMPARE(document.undoStack()->count(), 1);
    QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Mark the charter as updated"));
}

QTEST_GUILESS_MAIN(TestMetaCommands)
#include "tst_metacommands.moc"
