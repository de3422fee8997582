#include "commands/catalogcommands.h"
#include "commands/cookiecommands.h"
#include "document/policydocument.h"
#include "format/templates.h"

#include <QSignalSpy>
#include <QTest>

#include <functional>

// Every undo command: redo gives the intended document, undo gives back exactly
// the document before, redo again the same result, and each step is named.
class TestCookieCommands : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void redoUndoRestoresThePolicy_data();
    void redoUndoRestoresThePolicy();
    void cellEditsMergeOnlyForTheSameCell();
    void textEditsMergeOnlyForTheSameText();
    void providerFieldEditsMerge();
    void removingAProviderReassignsItsCookies();
    void removingACategoryCanLeaveCookiesWithout();
    void changingACategoryIdCarriesItsCookies();
    void countsCookiesUsingAnEntry();
    void moveSignalsMatchTheModelContract();
    void pasteAnnouncesOneRange();

private:
    PolicyDocument *m_document = nullptr;
};

using Builder = std::function<QUndoCommand *(PolicyDocument *)>;
using Check = std::function<bool(const Policy &)>;
Q_DECLARE_METATYPE(Builder)
Q_DECLARE_METATYPE(Check)

void TestCookieCommands::init()
{
    m_document = new PolicyDocument(*Templates::load(QStringLiteral("typical")), this);
}

void TestCookieCommands::cleanup()
{
    delete m_document;
}

void TestCookieCommands::redoUndoRestoresThePolicy_data()
{
    QTest::addColumn<Builder>("build");
    QTest::addColumn<QString>("text");
    QTest::addColumn<Check>("check");

    QTest::newRow("set field") << Builder([](PolicyDocument *d) {
        Cookie cookie = d->policy().cookies.at(0);
        cookie.purpose.set(u"fr"_qs, u"Nouvelle finalité"_qs);
        return setCookieFieldCommand(d, 0, u"purpose"_qs, cookie);
    }) << "Change purpose of PHPSESSID"
                               << Check([](const Policy &p) {
                                      return p.cookies.at(0).purpose.exact(u"fr"_qs) ==
                                             u"Nouvelle finalité"_qs;
                                  });
    QTest::newRow("cookie purpose text") << Builder([](PolicyDocument *d) {
        return new SetCookieTextCommand(d, {1, CookieText::Purpose}, u"en"_qs, u"Language"_qs);
    }) << "Edit the purpose of cookie cookies_preferences"
                                         << Check([](const Policy &p) {
                                                return p.cookies.at(1).purpose.exact(u"en"_qs) ==
                                                           u"Language"_qs &&
                                                       p.cookies.at(1).purpose.has(u"fr"_qs);
                                            });
    QTest::newRow("cookie service text in a new language") << Builder([](PolicyDocument *d) {
        return new SetCookieTextCommand(d, {0, CookieText::Service}, u"de"_qs, u"Sitzung"_qs);
    }) << "Edit the service of cookie PHPSESSID" << Check([](const Policy &p) {
        return p.cookies.at(0).service.exact(u"de"_qs) == u"Sitzung"_qs;
    });
    QTest::newRow("add one") << Builder([](PolicyDocument *d) {
        Cookie cookie;
        cookie.name = u"_ga"_qs;
        return new AddCookiesCommand(d, 2, {cookie});
    }) << "Add cookie _ga" << Check([](const Policy &p) {
        return p.cookies.size() == 8 && p.cookies.at(2).name == u"_ga"_qs;
    });
    QTest::newRow("add several at the end") << Builder([](PolicyDocument *d) {
        return new AddCookiesCommand(d, 7, {Cookie(), Cookie(), Cookie()});
    }) << "Add 3 cookies" << Check([](const Policy &p) { return p.cookies.size() == 10; });
    QTest::newRow("duplicate scattered rows") << Builder([](PolicyDocument *d) {
        return AddCookiesCommand::duplicate(d, {4, 0, 4});
    }) << "Duplicate 2 cookies" << Check([](const Policy &p) {
        return p.cookies.size() == 9 && p.cookies.at(5) == p.cookies.at(0) &&
               p.cookies.at(6) == p.cookies.at(4);
    });
    QTest::newRow("duplicate one")
        << Builder([](PolicyDocument *d) { return AddCookiesCommand::duplicate(d, {6}); })
        << "Duplicate cookie VISITOR_PRIVACY_METADATA"
        << Check([](const Policy &p) { return p.cookies.at(7) == p.cookies.at(6); });
    QTest::newRow("remove non-contiguous") << Builder([](PolicyDocument *d) {
        return new RemoveCookiesCommand(d, {6, 0, 1, 4});
    }) << "Remove 4 cookies" << Check([](const Policy &p) {
        return p.cookies.size() == 3 && p.cookies.at(0).name == u"_pk_id."_qs &&
               p.cookies.at(1).name == u"_pk_ses."_qs &&
               p.cookies.at(2).name == u"VISITOR_INFO1_LIVE"_qs;
    });
    QTest::newRow("remove one") << Builder([](PolicyDocument *d) {
        return new RemoveCookiesCommand(d, {3});
    }) << "Remove cookie _pk_ses."
                                << Check([](const Policy &p) { return p.cookies.size() == 6; });
    QTest::newRow("move down") << Builder([](PolicyDocument *d) {
        return new MoveCookiesCommand(d, 0, 2, 5);
    }) << "Move 2 cookies" << Check([](const Policy &p) {
        return p.cookies.at(3).name == u"PHPSESSID"_qs &&
               p.cookies.at(4).name == u"cookies_preferences"_qs &&
               p.cookies.at(0).name == u"_pk_id."_qs;
    });
    QTest::newRow("move up") << Builder([](PolicyDocument *d) {
        return new MoveCookiesCommand(d, 5, 1, 1);
    }) << "Move cookie VISITOR_INFO1_LIVE"
                             << Check([](const Policy &p) {
                                    return p.cookies.at(1).name == u"VISITOR_INFO1_LIVE"_qs &&
                                           p.cookies.at(2).name == u"cookies_preferences"_qs;
                                });
    QTest::newRow("move to the end")
        << Builder([](PolicyDocument *d) { return new MoveCookiesCommand(d, 1, 1, 7); })
        << "Move cookie cookies_preferences"
        << Check([](const Policy &p) { return p.cookies.at(6).name == u"cookies_preferences"_qs; });
    QTest::newRow("paste over rows and append") << Builder([](PolicyDocument *d) {
        Cookie a = d->policy().cookies.at(6);
        a.name = u"a"_qs;
        Cookie b = d->policy().cookies.at(2);
        b.domain = u"b.example"_qs;
        Cookie c;
        c.name = u"c"_qs;
        return new PasteCookiesCommand(d, {6, 2}, {a, b}, {c, c});
    }) << "Paste 4 rows" << Check([](const Policy &p) {
        return p.cookies.size() == 9 && p.cookies.at(6).name == u"a"_qs &&
               p.cookies.at(2).domain == u"b.example"_qs && p.cookies.at(8).name == u"c"_qs;
    });
    QTest::newRow("import replaces everything") << Builder([](PolicyDocument *d) {
        Cookie cookie;
        cookie.name = u"imported"_qs;
        Provider provider;
        provider.id = u"acme"_qs;
        return new ReplaceInventoryCommand(d, {cookie, cookie}, QList<Provider>{provider},
                                           QList<Category>{});
    }) << "Import 2 cookies" << Check([](const Policy &p) {
        return p.cookies.size() == 2 && p.providers.size() == 1 &&
               p.providers.at(0).id == u"acme"_qs && p.categories.isEmpty();
    });
    QTest::newRow("import keeps providers when not given")
        << Builder([](PolicyDocument *d) { return new ReplaceInventoryCommand(d, {}); })
        << "Import 0 cookies" << Check([](const Policy &p) {
               return p.cookies.isEmpty() && p.providers.size() == 3 && p.categories.size() == 3;
           });
    QTest::newRow("add provider") << Builder([](PolicyDocument *d) {
        Provider provider;
        provider.id = u"hotjar"_qs;
        provider.name = u"Hotjar Ltd"_qs;
        provider.country = u"MT"_qs;
        return new AddProviderCommand(d, 1, provider);
    }) << "Add provider Hotjar Ltd"
                                  << Check([](const Policy &p) {
                                         return p.providers.at(1).id == u"hotjar"_qs;
                                     });
    QTest::newRow("rename provider")
        << Builder([](PolicyDocument *d) {
               Provider provider = d->policy().providers.at(2);
               provider.name = u"Google"_qs;
               return new SetProviderCommand(d, 2, provider, u"name"_qs);
           })
        << "Change provider Google Ireland Limited (YouTube)"
        << Check([](const Policy &p) { return p.providers.at(2).name == u"Google"_qs; });
    QTest::newRow("remove provider, cookies move")
        << Builder(
               [](PolicyDocument *d) { return new RemoveProviderCommand(d, 1, u"valbourg"_qs); })
        << "Remove provider Matomo (hébergé par la commune)" << Check([](const Policy &p) {
               return p.providers.size() == 2 && p.cookies.at(2).providerId == u"valbourg"_qs &&
                      p.cookies.at(3).providerId == u"valbourg"_qs;
           });
    QTest::newRow("add category") << Builder([](PolicyDocument *d) {
        Category category;
        category.id = u"functional"_qs;
        category.name.set(u"fr"_qs, u"Fonctionnels"_qs);
        return new AddCategoryCommand(d, 3, category);
    }) << "Add category functional"
                                  << Check([](const Policy &p) {
                                         return p.categories.at(3).id == u"functional"_qs;
                                     });
    QTest::newRow("change category")
        << Builder([](PolicyDocument *d) {
               Category category = d->policy().categories.at(1);
               category.required = true;
               category.description.set(u"en"_qs, u"Counts visits."_qs);
               return new SetCategoryCommand(d, 1, category);
           })
        << "Change category statistics" << Check([](const Policy &p) {
               return p.categories.at(1).required &&
                      p.categories.at(1).description.exact(u"en"_qs) == u"Counts visits."_qs;
           });
    QTest::newRow("category description text") << Builder([](PolicyDocument *d) {
        return new SetCategoryTextCommand(d, {0, CategoryText::Description}, u"en"_qs,
                                          u"Needed"_qs);
    }) << "Edit category necessary" << Check([](const Policy &p) {
        return p.categories.at(0).description.exact(u"en"_qs) == u"Needed"_qs;
    });
    QTest::newRow("remove category, cookies move") << Builder([](PolicyDocument *d) {
        return new RemoveCategoryCommand(d, 2, u"statistics"_qs);
    }) << "Remove category marketing" << Check([](const Policy &p) {
        return p.categories.size() == 2 &&
               std::all_of(p.cookies.cbegin() + 2, p.cookies.cend(),
                           [](const Cookie &c) { return c.categoryId == u"statistics"_qs; });
    });
}

void TestCookieCommands::redoUndoRestoresThePolicy()
{
    QFETCH(Builder, build);
    QFETCH(QString, text);
    QFETCH(Check, check);
    const Policy before = m_document->policy();
    QSignalSpy changed(m_document, &PolicyDocument::changed);
    m_document->undoStack()->push(build(m_document));
    QCOMPARE(m_document->undoStack()->count(), 1);
    QCOMPARE(m_document->undoStack()->undoText(), text);
    QVERIFY(changed.count() > 0);
    QVERIFY(check(m_document->policy()));
    const Policy after = m_document->policy();
    QVERIFY(after != before);
    m_document->undoStack()->undo();
    QCOMPARE(m_document->policy(), before);
    QVERIFY(!m_document->isModified());
    m_document->undoStack()->redo();
    QCOMPARE(m_document->policy(), after);
    m_document->undoStack()->undo();
    QCOMPARE(m_document->policy(), before);
}

void TestCookieCommands::cellEditsMergeOnlyForTheSameCell()
{
    QUndoStack *stack = m_document->undoStack();
    const Policy before = m_document->policy();
    const auto edit = [this](qsizetype row, const QString &field, const QString &domain) {
        Cookie cookie = m_document->policy().cookies.at(row);
        cookie.domain = domain;
        return setCookieFieldCommand(m_document, row, field, cookie);
    };
    stack->push(edit(0, u"domain"_qs, u"a"_qs));
    stack->push(edit(0, u"domain"_qs, u"ab"_qs));
    stack->push(edit(0, u"domain"_qs, u"abc"_qs));
    QCOMPARE(stack->count(), 1);
    QCOMPARE(stack->undoText(), u"Change domain of PHPSESSID"_qs);
    stack->push(edit(1, u"domain"_qs, u"x"_qs)); // another row
    QCOMPARE(stack->count(), 2);
    stack->push(edit(1, u"purpose"_qs, u"y"_qs)); // another field name
    QCOMPARE(stack->count(), 3);
    stack->undo();
    stack->undo();
    QCOMPARE(m_document->policy().cookies.at(0).domain, u"abc"_qs);
    stack->undo();
    QCOMPARE(m_document->policy(), before);
}

void TestCookieCommands::textEditsMergeOnlyForTheSameText()
{
    QUndoStack *stack = m_document->undoStack();
    const Policy before = m_document->policy();
    QSignalSpy cookieSpy(m_document, &PolicyDocument::cookieChanged);
    QSignalSpy categorySpy(m_document, &PolicyDocument::categoriesChanged);
    const auto purpose = [this](qsizetype row, const QString &language, const QString &text) {
        return new SetCookieTextCommand(m_document, {row, CookieText::Purpose}, language, text);
    };
    stack->push(purpose(0, u"en"_qs, u"K"_qs));
    stack->push(purpose(0, u"en"_qs, u"Ke"_qs));
    QCOMPARE(stack->count(), 1);
    QCOMPARE(cookieSpy.count(), 2);
    stack->push(purpose(0, u"fr"_qs, u"C"_qs)); // another language
    stack->push(purpose(1, u"en"_qs, u"R"_qs)); // another row
    stack->push(new SetCookieTextCommand(m_document, {1, CookieText::Service}, u"en"_qs,
                                         u"S"_qs)); // another text of the row
    QCOMPARE(stack->count(), 4);
    // Same row and field, but a category text: another kind of command, never merged.
    stack->push(
        new SetCategoryTextCommand(m_document, {1, CategoryText::Description}, u"en"_qs, u"D"_qs));
    stack->push(
        new SetCategoryTextCommand(m_document, {1, CategoryText::Description}, u"en"_qs, u"Do"_qs));
    QCOMPARE(stack->count(), 5);
    QCOMPARE(categorySpy.count(), 2);
    QCOMPARE(m_document->policy().categories.at(1).description.exact(u"en"_qs), u"Do"_qs);
    while (stack->canUndo())
        stack->undo();
    QCOMPARE(m_document->policy(), before);
    // Typing a text back to what it was leaves nothing to undo.
    stack->clear();
    const QString original = before.cookies.at(2).purpose.exact(u"en"_qs);
    stack->push(purpose(2, u"en"_qs, original + u'x'));
    stack->push(purpose(2, u"en"_qs, original));
    QCOMPARE(stack->count(), 0);
}

void TestCookieCommands::providerFieldEditsMerge()
{
    QUndoStack *stack = m_document->undoStack();
    const Policy before = m_document->policy();
    for (const QString &website : {u"https://a"_qs, u"https://ab"_qs}) {
        Provider provider = m_document->policy().providers.at(0);
        provider.website = website;
        stack->push(new SetProviderCommand(m_document, 0, provider, u"website"_qs));
    }
    QCOMPARE(stack->count(), 1);
    Provider renamed = m_document->policy().providers.at(0);
    renamed.name = u"Ville"_qs;
    stack->push(new SetProviderCommand(m_document, 0, renamed, u"name"_qs));
    QCOMPARE(stack->count(), 2);
    stack->undo();
    stack->undo();
    QCOMPARE(m_document->policy(), before);
}

void TestCookieCommands::removingAProviderReassignsItsCookies()
{
    const Policy before = m_document->policy();
    m_document->undoStack()->push(new RemoveProviderCommand(m_document, 2, u"matomo"_qs));
    const Policy &policy = m_document->policy();
    QVERIFY(!policy.provider(u"google"_qs));
    QCOMPARE(std::count_if(policy.cookies.cbegin(), policy.cookies.cend(),
                           [](const Cookie &c) { return c.providerId == u"matomo"_qs; }),
             5);
    m_document->undoStack()->undo(); // one step for the provider and its cookies
    QCOMPARE(m_document->policy(), before);
}

void TestCookieCommands::removingACategoryCanLeaveCookiesWithout()
{
    const Policy before = m_document->policy();
    m_document->undoStack()->push(new RemoveCategoryCommand(m_document, 1));
    QCOMPARE(m_document->policy().cookies.at(2).categoryId, QString());
    QCOMPARE(m_document->policy().cookies.at(3).categoryId, QString());
    QCOMPARE(m_document->policy().cookies.at(4).categoryId, u"marketing"_qs);
    m_document->undoStack()->undo();
    QCOMPARE(m_document->policy(), before);
}

void TestCookieCommands::changingACategoryIdCarriesItsCookies()
{
    const Policy before = m_document->policy();
    Category category = m_document->policy().categories.at(1);
    category.id = u"analytics"_qs;
    m_document->undoStack()->push(new SetCategoryCommand(m_document, 1, category, u"id"_qs));
    QCOMPARE(m_document->policy().cookies.at(2).categoryId, u"analytics"_qs);
    QCOMPARE(m_document->policy().cookies.at(3).categoryId, u"analytics"_qs);
    // An id change never merges with what follows.
    category.description.set(u"fr"_qs, u"x"_qs);
    m_document->undoStack()->push(new SetCategoryCommand(m_document, 1, category, u"id"_qs));
    QCOMPARE(m_document->undoStack()->count(), 2);
    m_document->undoStack()->undo();
    m_document->undoStack()->undo();
    QCOMPARE(m_document->policy(), before);
}

void TestCookieCommands::countsCookiesUsingAnEntry()
{
    const Policy &policy = m_document->policy();
    QCOMPARE(countCookiesUsing<Provider>(policy, u"google"_qs), 3);
    QCOMPARE(countCookiesUsing<Category>(policy, u"necessary"_qs), 2);
    QCOMPARE(countCookiesUsing<Category>(policy, u"nothing"_qs), 0);
}

void TestCookieCommands::moveSignalsMatchTheModelContract()
{
    QSignalSpy moved(m_document, &PolicyDocument::cookiesMoved);
    m_document->undoStack()->push(new MoveCookiesCommand(m_document, 4, 3, 0));
    m_document->undoStack()->undo();
    QCOMPARE(moved.count(), 2);
    // Undo moves the block from where it landed back before its old successor.
    QCOMPARE(moved.at(1).at(0).value<qsizetype>(), qsizetype(0));
    QCOMPARE(moved.at(1).at(1).value<qsizetype>(), qsizetype(2));
    QCOMPARE(moved.at(1).at(2).value<qsizetype>(), qsizetype(7));
}

void TestCookieCommands::pasteAnnouncesOneRange()
{
    // Thousands of pasted rows must reach sorted views as one change, not one each.
    QSignalSpy range(m_document, &PolicyDocument::cookiesChanged);
    QSignalSpy single(m_document, &PolicyDocument::cookieChanged);
    QSignalSpy changed(m_document, &PolicyDocument::changed);
    QList<Cookie> values{m_document->policy().cookies.at(5), m_document->policy().cookies.at(1)};
    values[0].domain = u"a"_qs;
    values[1].domain = u"b"_qs;
    m_document->undoStack()->push(new PasteCookiesCommand(m_document, {5, 1}, values, {}));
    QCOMPARE(range.count(), 1);
    QCOMPARE(range.at(0).at(0).value<qsizetype>(), qsizetype(1));
    QCOMPARE(range.at(0).at(1).value<qsizetype>(), qsizetype(5));
    QCOMPARE(single.count(), 0);
    QCOMPARE(changed.count(), 1);
}

QTEST_GUILESS_MAIN(TestCookieCommands)
#include "tst_cookiecommands.moc"
