// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
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
        cookie.purpose.set(QStringLiteral("fr"), QStringLiteral("Nouvelle finalité"));
        return setCookieFieldCommand(d, 0, QStringLiteral("purpose"), cookie);
    }) << "Change purpose of PHPSESSID"
                               << Check([](const Policy &p) {
                                      return p.cookies.at(0).purpose.exact(QStringLiteral("fr")) ==
                                             QStringLiteral("Nouvelle finalité");
                                  });
    QTest::newRow("cookie purpose text") << Builder([](PolicyDocument *d) {
        return new SetCookieTextCommand(d, {1, CookieText::Purpose}, QStringLiteral("en"), QStringLiteral("Language"));
    }) << "Edit the purpose of cookie cookies_preferences"
                                         << Check([](const Policy &p) {
                                                return p.cookies.at(1).purpose.exact(QStringLiteral("en")) ==
                                                           QStringLiteral("Language") &&
                                                       p.cookies.at(1).purpose.has(QStringLiteral("fr"));
                                            });
    QTest::newRow("cookie service text in a new language") << Builder([](PolicyDocument *d) {
        return new SetCookieTextCommand(d, {0, CookieText::Service}, QStringLiteral("de"), QStringLiteral("Sitzung"));
    }) << "Edit the service of cookie PHPSESSID" << Check([](const Policy &p) {
        return p.cookies.at(0).service.exact(QStringLiteral("de")) == QStringLiteral("Sitzung");
    });
    QTest::newRow("add one") << Builder([](PolicyDocument *d) {
        Cookie cookie;
        cookie.name = QStringLiteral("_ga");
        return new AddCookiesCommand(d, 2, {cookie});
    }) << "Add cookie _ga" << Check([](const Policy &p) {
        return p.cookies.size() == 8 && p.cookies.at(2).name == QStringLiteral("_ga");
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
        return p.cookies.size() == 3 && p.cookies.at(0).name == QStringLiteral("_pk_id.") &&
               p.cookies.at(1).name == QStringLiteral("_pk_ses.") &&
               p.cookies.at(2).name == QStringLiteral("VISITOR_INFO1_LIVE");
    });
    QTest::newRow("remove one") << Builder([](PolicyDocument *d) {
        return new RemoveCookiesCommand(d, {3});
    }) << "Remove cookie _pk_ses.*"
                                << Check([](const Policy &p) { return p.cookies.size() == 6; });
    QTest::newRow("move down") << Builder([](PolicyDocument *d) {
        return new MoveCookiesCommand(d, 0, 2, 5);
    }) << "Move 2 cookies" << Check([](const Policy &p) {
        return p.cookies.at(3).name == QStringLiteral("PHPSESSID") &&
               p.cookies.at(4).name == QStringLiteral("cookies_preferences") &&
               p.cookies.at(0).name == QStringLiteral("_pk_id.");
    });
    QTest::newRow("move up") << Builder([](PolicyDocument *d) {
        return new MoveCookiesCommand(d, 5, 1, 1);
    }) << "Move cookie VISITOR_INFO1_LIVE"
                             << Check([](const Policy &p) {
                                    return p.cookies.at(1).name == QStringLiteral("VISITOR_INFO1_LIVE") &&
                                           p.cookies.at(2).name == QStringLiteral("cookies_preferences");
                                });
    QTest::newRow("move to the end")
        << Builder([](PolicyDocument *d) { return new MoveCookiesCommand(d, 1, 1, 7); })
        << "Move cookie cookies_preferences"
        << Check([](const Policy &p) { return p.cookies.at(6).name == QStringLiteral("cookies_preferences"); });
    QTest::newRow("paste over rows and append") << Builder([](PolicyDocument *d) {
        Cookie a = d->policy().cookies.at(6);
        a.name = QStringLiteral("a");
        Cookie b = d->policy().cookies.at(2);
        b.domain = QStringLiteral("b.example");
        Cookie c;
        c.name = QStringLiteral("c");
        return new PasteCookiesCommand(d, {6, 2}, {a, b}, {c, c});
    }) << "Paste 4 rows" << Check([](const Policy &p) {
        return p.cookies.size() == 9 && p.cookies.at(6).name == QStringLiteral("a") &&
               p.cookies.at(2).domain == QStringLiteral("b.example") && p.cookies.at(8).name == QStringLiteral("c");
    });
    QTest::newRow("import replaces everything") << Builder([](PolicyDocument *d) {
        Cookie cookie;
        cookie.name = QStringLiteral("imported");
        Provider provider;
        provider.id = QStringLiteral("acme");
        return new ReplaceInventoryCommand(d, {cookie, cookie}, QList<Provider>{provider},
                                           QList<Category>{});
    }) << "Import 2 cookies" << Check([](const Policy &p) {
        return p.cookies.size() == 2 && p.providers.size() == 1 &&
               p.providers.at(0).id == QStringLiteral("acme") && p.categories.isEmpty();
    });
    QTest::newRow("import keeps providers when not given")
        << Builder([](PolicyDocument *d) { return new ReplaceInventoryCommand(d, {}); })
        << "Import 0 cookies" << Check([](const Policy &p) {
               return p.cookies.isEmpty() && p.providers.size() == 3 && p.categories.size() == 3;
           });
    QTest::newRow("add provider") << Builder([](PolicyDocument *d) {
        Provider provider;
        provider.id = QStringLiteral("hotjar");
        provider.name = QStringLiteral("Hotjar Ltd");
        provider.country = QStringLiteral("MT");
        return new AddProviderCommand(d, 1, provider);
    }) << "Add provider Hotjar Ltd"
                                  << Check([](const Policy &p) {
                                         return p.providers.at(1).id == QStringLiteral("hotjar");
                                     });
    QTest::newRow("rename provider")
        << Builder([](PolicyDocument *d) {
               Provider provider = d->policy().providers.at(2);
               provider.name = QStringLiteral("Google");
               return new SetProviderCommand(d, 2, provider, QStringLiteral("name"));
           })
        << "Change provider Google Ireland Limited (YouTube)"
        << Check([](const Policy &p) { return p.providers.at(2).name == QStringLiteral("Google"); });
    QTest::newRow("remove provider, cookies move")
        << Builder(
               [](PolicyDocument *d) { return new RemoveProviderCommand(d, 1, QStringLiteral("valbourg")); })
        << "Remove provider Matomo (hébergé par la commune)" << Check([](const Policy &p) {
               return p.providers.size() == 2 && p.cookies.at(2).providerId == QStringLiteral("valbourg") &&
                      p.cookies.at(3).providerId == QStringLiteral("valbourg");
           });
    QTest::newRow("add category") << Builder([](PolicyDocument *d) {
        Category category;
        category.id = QStringLiteral("functional");
        category.name.set(QStringLiteral("fr"), QStringLiteral("Fonctionnels"));
        return new AddCategoryCommand(d, 3, category);
    }) << "Add category functional"
                                  << Check([](const Policy &p) {
                                         return p.categories.at(3).id == QStringLiteral("functional");
                                     });
    QTest::newRow("change category")
        << Builder([](PolicyDocument *d) {
               Category category = d->policy().categories.at(1);
               category.required = true;
               category.description.set(QStringLiteral("en"), QStringLiteral("Counts visits."));
               return new SetCategoryCommand(d, 1, category);
           })
        << "Change category statistics" << Check([](const Policy &p) {
               return p.categories.at(1).required &&
                      p.categories.at(1).description.exact(QStringLiteral("en")) == QStringLiteral("Counts visits.");
           });
    QTest::newRow("category description text") << Builder([](PolicyDocument *d) {
        return new SetCategoryTextCommand(d, {0, CategoryText::Description}, QStringLiteral("en"),
                                          QStringLiteral("Needed"));
    }) << "Edit category necessary" << Check([](const Policy &p) {
        return p.categories.at(0).description.exact(QStringLiteral("en")) == QStringLiteral("Needed");
    });
    QTest::newRow("remove category, cookies move") << Builder([](PolicyDocument *d) {
        return new RemoveCategoryCommand(d, 2, QStringLiteral("statistics"));
    }) << "Remove category marketing" << Check([](const Policy &p) {
        return p.categories.size() == 2 &&
               std::all_of(p.cookies.cbegin() + 2, p.cookies.cend(),
                           [](const Cookie &c) { return c.categoryId == QStringLiteral("statistics"); });
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
    stack->push(edit(0, QStringLiteral("domain"), QStringLiteral("a")));
    stack->push(edit(0, QStringLiteral("domain"), QStringLiteral("ab")));
    stack->push(edit(0, QStringLiteral("domain"), QStringLiteral("abc")));
    QCOMPARE(stack->count(), 1);
    QCOMPARE(stack->undoText(), QStringLiteral("Change domain of PHPSESSID"));
    stack->push(edit(1, QStringLiteral("domain"), QStringLiteral("x"))); // another row
    QCOMPARE(stack->count(), 2);
    stack->push(edit(1, QStringLiteral("purpose"), QStringLiteral("y"))); // another field name
    QCOMPARE(stack->count(), 3);
    stack->undo();
    stack->undo();
    QCOMPARE(m_document->policy().cookies.at(0).domain, QStringLiteral("abc"));
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
    stack->push(purpose(0, QStringLiteral("en"), QStringLiteral("K")));
    stack->push(purpose(0, QStringLiteral("en"), QStringLiteral("Ke")));
    QCOMPARE(stack->count(), 1);
    QCOMPARE(cookieSpy.count(), 2);
    stack->push(purpose(0, QStringLiteral("fr"), QStringLiteral("C"))); // another language
    stack->push(purpose(1, QStringLiteral("en"), QStringLiteral("R"))); // another row
    stack->push(new SetCookieTextCommand(m_document, {1, CookieText::Service}, QStringLiteral("en"),
                                         QStringLiteral("S"))); // another text of the row
    QCOMPARE(stack->count(), 4);
    // Same row and field, but a category text: another kind of command, never merged.
    stack->push(
        new SetCategoryTextCommand(m_document, {1, CategoryText::Description}, QStringLiteral("en"), QStringLiteral("D")));
    stack->push(
        new SetCategoryTextCommand(m_document, {1, CategoryText::Description}, QStringLiteral("en"), QStringLiteral("Do")));
    QCOMPARE(stack->count(), 5);
    QCOMPARE(categorySpy.count(), 2);
    QCOMPARE(m_document->policy().categories.at(1).description.exact(QStringLiteral("en")), QStringLiteral("Do"));
    while (stack->canUndo())
        stack->undo();
    QCOMPARE(m_document->policy(), before);
    // Typing a text back to what it was leaves nothing to undo.
    stack->clear();
    const QString original = before.cookies.at(2).purpose.exact(QStringLiteral("en"));
    stack->push(purpose(2, QStringLiteral("en"), original + u'x'));
    stack->push(purpose(2, QStringLiteral("en"), original));
    QCOMPARE(stack->count(), 0);
}

void TestCookieCommands::providerFieldEditsMerge()
{
    QUndoStack *stack = m_document->undoStack();
    const Policy before = m_document->policy();
    for (const QString &website : {QStringLiteral("https://a"), QStringLiteral("https://ab")}) {
        Provider provider = m_document->policy().providers.at(0);
        provider.website = website;
        stack->push(new SetProviderCommand(m_document, 0, provider, QStringLiteral("website")));
    }
    QCOMPARE(stack->count(), 1);
    Provider renamed = m_document->policy().providers.at(0);
    renamed.name = QStringLiteral("Ville");
    stack->push(new SetProviderCommand(m_document, 0, renamed, QStringLiteral("name")));
    QCOMPARE(stack->count(), 2);
    stack->undo();
    stack->undo();
    QCOMPARE(m_document->policy(), before);
}

void TestCookieCommands::removingAProviderReassignsItsCookies()
{
    const Policy before = m_document->policy();
    m_document->undoStack()->push(new RemoveProviderCommand(m_document, 2, QStringLiteral("matomo")));
    const Policy &policy = m_document->policy();
    QVERIFY(!policy.provider(QStringLiteral("google")));
    QCOMPARE(std::count_if(policy.cookies.cbegin(), policy.cookies.cend(),
                           [](const Cookie &c) { return c.providerId == QStringLiteral("matomo"); }),
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
    QCOMPARE(m_document->policy().cookies.at(4).categoryId, QStringLiteral("marketing"));
    m_document->undoStack()->undo();
    QCOMPARE(m_document->policy(), before);
}

void TestCookieCommands::changingACategoryIdCarriesItsCookies()
{
    const Policy before = m_document->policy();
    Category category = m_document->policy().categories.at(1);
    category.id = QStringLiteral("analytics");
    m_document->undoStack()->push(new SetCategoryCommand(m_document, 1, category, QStringLiteral("id")));
    QCOMPARE(m_document->policy().cookies.at(2).categoryId, QStringLiteral("analytics"));
    QCOMPARE(m_document->policy().cookies.at(3).categoryId, QStringLiteral("analytics"));
    // An id change never merges with what follows.
    category.description.set(QStringLiteral("fr"), QStringLiteral("x"));
    m_document->undoStack()->push(new SetCategoryCommand(m_document, 1, category, QStringLiteral("id")));
    QCOMPARE(m_document->undoStack()->count(), 2);
    m_document->undoStack()->undo();
    m_document->undoStack()->undo();
    QCOMPARE(m_document->policy(), before);
}

void TestCookieCommands::countsCookiesUsingAnEntry()
{
    const Policy &policy = m_document->policy();
    QCOMPARE(countCookiesUsing<Provider>(policy, QStringLiteral("google")), 3);
    QCOMPARE(countCookiesUsing<Category>(policy, QStringLiteral("necessary")), 2);
    QCOMPARE(countCookiesUsing<Category>(policy, QStringLiteral("nothing")), 0);
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
    values[0].domain = QStringLiteral("a");
    values[1].domain = QStringLiteral("b");
    m_document->undoStack()->push(new PasteCookiesCommand(m_document, {5, 1}, values, {}));
    QCOMPARE(range.count(), 1);
    QCOMPARE(range.at(0).at(0).value<qsizetype>(), qsizetype(1));
    QCOMPARE(range.at(0).at(1).value<qsizetype>(), qsizetype(5));
    QCOMPARE(single.count(), 0);
    QCOMPARE(changed.count(), 1);
}

QTEST_GUILESS_MAIN(TestCookieCommands)
#include "tst_cookiecommands.moc"
