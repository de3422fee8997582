// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "commands/sectioncommands.h"
#include "document/policydocument.h"
#include "format/templates.h"
#include "support/undochecks.h"

#include <QTest>

#include <functional>

namespace {

using Factory = std::function<QUndoCommand *(PolicyDocument *)>;

struct Case
{
    const char *name;
    Factory make;
};

const QList<Case> &cases()
{
    static const QList<Case> all = {
        {"add section at start",
         [](PolicyDocument *d) {
             CharterSection section;
             section.id = AddSectionCommand::uniqueId(d->policy());
             section.title.set(QStringLiteral("fr"), QStringLiteral("Nouvelle section"));
             return new AddSectionCommand(d, 0, section);
         }},
        {"add section at end",
         [](PolicyDocument *d) {
             CharterSection section;
             section.id = QStringLiteral("last");
             return new AddSectionCommand(d, d->policy().charter.size(), section);
         }},
        {"remove first section", [](PolicyDocument *d) { return new RemoveSectionCommand(d, 0); }},
        {"remove table section", [](PolicyDocument *d) { return new RemoveSectionCommand(d, 3); }},
        {"move down", [](PolicyDocument *d) { return new MoveSectionCommand(d, 0, 4); }},
        {"move up", [](PolicyDocument *d) { return new MoveSectionCommand(d, 5, 1); }},
        {"rename",
         [](PolicyDocument *d) {
             return new SetSectionTextCommand(d, {1, SectionText::Title}, QStringLiteral("fr"),
                                              QStringLiteral("Cookies ?"));
         }},
        {"set body in default language",
         [](PolicyDocument *d) {
             return new SetSectionTextCommand(d, {2, SectionText::Body}, QStringLiteral("fr"),
                                              QStringLiteral("**Gras** et *italique*"));
         }},
        {"set body in a new language",
         [](PolicyDocument *d) {
             return new SetSectionTextCommand(d, {2, SectionText::Body}, QStringLiteral("de"),
                                              QStringLiteral("Text"));
         }},
        {"clear a body",
         [](PolicyDocument *d) {
             return new SetSectionTextCommand(d, {0, SectionText::Body}, QStringLiteral("fr"),
                                              QString());
         }},
        {"kind: table of one category",
         [](PolicyDocument *d) {
             return setSectionKindCommand(d, 1, CharterSection::Kind::CookieTable,
                                          QStringLiteral("necessary"));
         }},
        {"kind: table section back to text",
         [](PolicyDocument *d) {
             return setSectionKindCommand(d, 3, CharterSection::Kind::Text, QString());
         }},
    };
    return all;
}

} // namespace

class TestSectionCommands : public QObject
{
    Q_OBJECT

private slots:
    void redoUndoRestoresPolicy_data();
    void redoUndoRestoresPolicy();
    void moveOrder();
    void typingMergesWithinSession();
    void mergeBackToOriginalIsObsolete();
    void uniqueIds();
};

void TestSectionCommands::redoUndoRestoresPolicy_data()
{
    QTest::addColumn<int>("index");
    for (qsizetype i = 0; i < cases().size(); ++i)
        QTest::newRow(cases().at(i).name) << int(i);
}

void TestSectionCommands::redoUndoRestoresPolicy()
{
    QFETCH(int, index);
    PolicyDocument document(Templates::defaultPolicy());
    UndoChecks::redoUndoRestores(document, cases().at(index).make(&document));
}

void TestSectionCommands::moveOrder()
{
    PolicyDocument document(Templates::defaultPolicy());
    QStringList ids;
    for (const CharterSection &section : document.policy().charter)
        ids << section.id;
    document.undoStack()->push(new MoveSectionCommand(&document, 0, 2));
    QStringList expected = ids;
    expected.move(0, 2);
    QStringList actual;
    for (const CharterSection &section : document.policy().charter)
        actual << section.id;
    QCOMPARE(actual, expected);
    QCOMPARE(actual.at(2), QStringLiteral("introduction"));
}

void TestSectionCommands::typingMergesWithinSession()
{
    PolicyDocument document(Templates::defaultPolicy());
    QUndoStack *stack = document.undoStack();
    const QString original = document.policy().charter.at(1).body.exact(QStringLiteral("fr"));
    const auto type = [&](const QString &text, int session) {
        stack->push(new SetSectionTextCommand(&document, {1, SectionText::Body, session},
                                              QStringLiteral("fr"), text));
    };
    type(QStringLiteral("a"), 1);
    type(QStringLiteral("ab"), 1);
    type(QStringLiteral("abc"), 1);
    QCOMPARE(stack->count(), 1);
    type(QStringLiteral("abcd"), 2); // a new session (the editor lost focus in between)
    QCOMPARE(stack->count(), 2);
    // Another section never merges even with the same session.
    stack->push(new SetSectionTextCommand(&document, {2, SectionText::Body, 2},
                                          QStringLiteral("fr"), QStringLiteral("x")));
    QCOMPARE(stack->count(), 3);
    stack->undo();
    stack->undo();
    QCOMPARE(document.policy().charter.at(1).body.exact(QStringLiteral("fr")),
             QStringLiteral("abc"));
    stack->undo();
    QCOMPARE(document.policy().charter.at(1).body.exact(QStringLiteral("fr")), original);
}

void TestSectionCommands::mergeBackToOriginalIsObsolete()
{
    PolicyDocument document(Templates::defaultPolicy());
    QUndoStack *stack = document.undoStack();
    const QString original = document.policy().charter.at(0).title.exact(QStringLiteral("fr"));
    stack->push(new SetSectionTextCommand(&document, {0, SectionText::Title, 5},
                                          QStringLiteral("fr"), original + u'x'));
    stack->push(new SetSectionTextCommand(&document, {0, SectionText::Title, 5},
                                          QStringLiteral("fr"), original));
    QCOMPARE(stack->count(), 0);
    QVERIFY(!document.isModified());
}

void TestSectionCommands::uniqueIds()
{
    Policy policy = Templates::defaultPolicy();
    QCOMPARE(AddSectionCommand::uniqueId(policy), QStringLiteral("section"));
    QCOMPARE(AddSectionCommand::uniqueId(policy, QStringLiteral("introduction")),
             QStringLiteral("introduction-2"));
}

QTEST_GUILESS_MAIN(TestSectionCommands)
#include "tst_sectioncommands.moc"
