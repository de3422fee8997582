#include "commands/chartercommands.h"
#include "document/policydocument.h"
#include "format/templates.h"

#include <QSignalSpy>
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
             return new SetSectionTextCommand(d, 1, SetSectionTextCommand::Field::Title,
                                              QStringLiteral("fr"), QStringLiteral("Cookies ?"));
         }},
        {"set body in default language",
         [](PolicyDocument *d) {
             return new SetSectionTextCommand(d, 2, SetSectionTextCommand::Field::Body,
                                              QStringLiteral("fr"),
                                              QStringLiteral("**Gras** et *italique*"));
         }},
        {"set body in a new language",
         [](PolicyDocument *d) {
             return new SetSectionTextCommand(d, 2, SetSectionTextCommand::Field::Body,
                                              QStringLiteral("de"), QStringLiteral("Text"));
         }},
        {"clear a body",
         [](PolicyDocument *d) {
             return new SetSectionTextCommand(d, 0, SetSectionTextCommand::Field::Body,
                                              QStringLiteral("fr"), QString());
         }},
        {"kind: table of one category",
         [](PolicyDocument *d) {
             return new SetSectionKindCommand(d, 1, CharterSection::Kind::CookieTable,
                                              QStringLiteral("necessary"));
         }},
        {"kind: table section back to text",
         [](PolicyDocument *d) {
             return new SetSectionKindCommand(d, 3, CharterSection::Kind::Text, QString());
         }},
        {"meta: site and publisher",
         [](PolicyDocument *d) {
             PolicyMeta meta = d->policy().meta;
             meta.siteName = QStringLiteral("Autre site");
             meta.siteUrl = QStringLiteral("https://example.org");
             meta.publisherName = QStringLiteral("Mairie");
             meta.publisherAddress = QStringLiteral("1 place de la Mairie");
             meta.contactEmail = QStringLiteral("dpo@example.org");
             meta.lastUpdated = QDate(2027, 1, 2);
             meta.revision = 7;
             return new SetMetaCommand(d, meta, QStringLiteral("meta"));
         }},
        {"add language",
         [](PolicyDocument *d) { return new AddLanguageCommand(d, QStringLiteral("de")); }},
        {"remove language with its texts",
         [](PolicyDocument *d) { return new RemoveLanguageCommand(d, QStringLiteral("en")); }},
        {"set default language",
         [](PolicyDocument *d) { return new SetDefaultLanguageCommand(d, QStringLiteral("en")); }},
        {"banner text",
         [](PolicyDocument *d) {
             return new SetBannerTextCommand(d, BannerText::RejectAll, QStringLiteral("en"),
                                             QStringLiteral("No thanks"));
         }},
        {"cookie purpose",
         [](PolicyDocument *d) {
             return new SetCookieTextCommand(d, 1, SetCookieTextCommand::Field::Purpose,
                                             QStringLiteral("en"), QStringLiteral("Language"));
         }},
        {"cookie service",
         [](PolicyDocument *d) {
             return new SetCookieTextCommand(d, 0, SetCookieTextCommand::Field::Service,
                                             QStringLiteral("fr"), QStringLiteral("Connexion"));
         }},
        {"category description",
         [](PolicyDocument *d) {
             return new SetCategoryTextCommand(d, 0, SetCategoryTextCommand::Field::Description,
                                               QStringLiteral("en"), QStringLiteral("Needed"));
         }},
    };
    return all;
}

} // namespace

class TestCharterCommands : public QObject
{
    Q_OBJECT

private slots:
    void redoUndoRestoresPolicy_data();
    void redoUndoRestoresPolicy();
    void moveOrder();
    void typingMergesWithinSession();
    void mergeBackToOriginalIsObsolete();
    void removeLanguageStripsTexts();
    void defaultLanguageCannotBeRemoved();
    void uniqueIds();
};

void TestCharterCommands::redoUndoRestoresPolicy_data()
{
    QTest::addColumn<int>("index");
    for (qsizetype i = 0; i < cases().size(); ++i)
        QTest::newRow(cases().at(i).name) << int(i);
}

void TestCharterCommands::redoUndoRestoresPolicy()
{
    QFETCH(int, index);
    PolicyDocument document(Templates::defaultPolicy());
    const Policy before = document.policy();
    QSignalSpy changed(&document, &PolicyDocument::changed);

    document.undoStack()->push(cases().at(index).make(&document));
    const Policy after = document.policy();
    QVERIFY2(after != before, "the command changed nothing");
    QVERIFY(changed.count() > 0);
    QVERIFY(document.isModified());

    document.undoStack()->undo();
    QVERIFY(document.policy() == before);
    QVERIFY(!document.isModified());
    document.undoStack()->redo();
    QVERIFY(document.policy() == after);
    document.undoStack()->undo();
    QVERIFY(document.policy() == before);
}

void TestCharterCommands::moveOrder()
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

void TestCharterCommands::typingMergesWithinSession()
{
    PolicyDocument document(Templates::defaultPolicy());
    QUndoStack *stack = document.undoStack();
    const QString original = document.policy().charter.at(1).body.exact(QStringLiteral("fr"));
    const auto type = [&](const QString &text, int session) {
        stack->push(new SetSectionTextCommand(&document, 1, SetSectionTextCommand::Field::Body,
                                              QStringLiteral("fr"), text, session));
    };
    type(QStringLiteral("a"), 1);
    type(QStringLiteral("ab"), 1);
    type(QStringLiteral("abc"), 1);
    QCOMPARE(stack->count(), 1);
    type(QStringLiteral("abcd"), 2); // a new session (the editor lost focus in between)
    QCOMPARE(stack->count(), 2);
    // Another section never merges even with the same session.
    stack->push(new SetSectionTextCommand(&document, 2, SetSectionTextCommand::Field::Body,
                                          QStringLiteral("fr"), QStringLiteral("x"), 2));
    QCOMPARE(stack->count(), 3);
    stack->undo();
    stack->undo();
    QCOMPARE(document.policy().charter.at(1).body.exact(QStringLiteral("fr")),
             QStringLiteral("abc"));
    stack->undo();
    QCOMPARE(document.policy().charter.at(1).body.exact(QStringLiteral("fr")), original);
}

void TestCharterCommands::mergeBackToOriginalIsObsolete()
{
    PolicyDocument document(Templates::defaultPolicy());
    QUndoStack *stack = document.undoStack();
    const QString original = document.policy().charter.at(0).title.exact(QStringLiteral("fr"));
    stack->push(new SetSectionTextCommand(&document, 0, SetSectionTextCommand::Field::Title,
                                          QStringLiteral("fr"), original + u'x', 5));
    stack->push(new SetSectionTextCommand(&document, 0, SetSectionTextCommand::Field::Title,
                                          QStringLiteral("fr"), original, 5));
    QCOMPARE(stack->count(), 0);
    QVERIFY(!document.isModified());
}

void TestCharterCommands::removeLanguageStripsTexts()
{
    PolicyDocument document(Templates::defaultPolicy());
    const QString en = QStringLiteral("en");
    QVERIFY(document.policy().charter.first().title.has(en));
    document.undoStack()->push(new RemoveLanguageCommand(&document, en));
    const Policy &policy = document.policy();
    QVERIFY(!policy.meta.languages.contains(en));
    for (const CharterSection &section : policy.charter)
        QVERIFY(!section.title.has(en) && !section.body.has(en));
    for (const Cookie &cookie : policy.cookies)
        QVERIFY(!cookie.purpose.has(en) && !cookie.service.has(en));
    QVERIFY(!policy.banner.title.has(en));
    document.undoStack()->undo();
    QVERIFY(document.policy().charter.first().title.has(en));
}

void TestCharterCommands::defaultLanguageCannotBeRemoved()
{
    PolicyDocument document(Templates::defaultPolicy());
    RemoveLanguageCommand command(&document, QStringLiteral("fr"));
    QVERIFY(!command.isValid());
    QVERIFY(command.isObsolete());
}

void TestCharterCommands::uniqueIds()
{
    Policy policy = Templates::defaultPolicy();
    QCOMPARE(AddSectionCommand::uniqueId(policy), QStringLiteral("section"));
    QCOMPARE(AddSectionCommand::uniqueId(policy, QStringLiteral("introduction")),
             QStringLiteral("introduction-2"));
}

QTEST_GUILESS_MAIN(TestCharterCommands)
#include "tst_chartercommands.moc"
