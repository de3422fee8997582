// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "commands/metacommands.h"
#include "compliance/complianceconfig.h"
#include "document/policydocument.h"
#include "format/templates.h"

#include <QSignalSpy>
#include <QTest>

// The document is the only writer of a Policy; every change is signalled.
class TestPolicyDocument : public QObject
{
    Q_OBJECT

private slots:
    void localizedTextFallsBack();
    void cookieMutationsAreSignalled();
    void moveCookies_data();
    void moveCookies();
    void partsAreSignalled();
    void modifiedFollowsTheUndoStack();
    void markingUpdatedStampsTheInventory();
};

void TestPolicyDocument::localizedTextFallsBack()
{
    LocalizedText text(QStringLiteral("fr"), QStringLiteral("Bonjour"));
    QCOMPARE(text.value(QStringLiteral("en"), QStringLiteral("fr")), QStringLiteral("Bonjour"));
    QCOMPARE(text.value(QStringLiteral("en")), QString());
    QCOMPARE(text.exact(QStringLiteral("en")), QString());
    text.set(QStringLiteral("en"), QStringLiteral("Hello"));
    QCOMPARE(text.value(QStringLiteral("en"), QStringLiteral("fr")), QStringLiteral("Hello"));
    text.set(QStringLiteral("en"), QString()); // clearing removes the language
    QVERIFY(!text.has(QStringLiteral("en")));
    QCOMPARE(text.languages(), QStringList{QStringLiteral("fr")});
}

void TestPolicyDocument::cookieMutationsAreSignalled()
{
    PolicyDocument document(Templates::defaultPolicy());
    QSignalSpy changed(&document, &PolicyDocument::changed);
    QSignalSpy aboutToInsert(&document, &PolicyDocument::cookiesAboutToBeInserted);
    QSignalSpy inserted(&document, &PolicyDocument::cookiesInserted);
    QSignalSpy removed(&document, &PolicyDocument::cookiesRemoved);
    QSignalSpy cookieChanged(&document, &PolicyDocument::cookieChanged);

    Cookie a;
    a.name = QStringLiteral("a");
    Cookie b;
    b.name = QStringLiteral("b");
    document.insertCookies(1, {a, b});
    QCOMPARE(aboutToInsert.size(), 1);
    QCOMPARE(inserted.first().at(0).value<qsizetype>(), 1);
    QCOMPARE(inserted.first().at(1).value<qsizetype>(), 2);
    QCOMPARE(document.policy().cookies.size(), 6);
    QCOMPARE(document.policy().cookies.at(1).name, QStringLiteral("a"));
    QCOMPARE(document.policy().cookies.at(2).name, QStringLiteral("b"));

    Cookie edited = document.policy().cookies.at(0);
    edited.domain = QStringLiteral("example.org");
    document.setCookie(0, edited);
    QCOMPARE(cookieChanged.size(), 1);
    QCOMPARE(document.policy().cookies.at(0).domain, QStringLiteral("example.org"));

    const QList<Cookie> taken = document.removeCookies(1, 2);
    QCOMPARE(taken.size(), 2);
    QCOMPARE(taken.at(1).name, QStringLiteral("b"));
    QCOMPARE(removed.size(), 1);
    QCOMPARE(document.policy().cookies.size(), 4);
    QCOMPARE(changed.size(), 3);
}

void TestPolicyDocument::moveCookies_data()
{
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("to");
    QTest::addColumn<QStringList>("order");
    QTest::newRow("first to end") << 0 << 1 << 4 << QStringList{"1", "2", "3", "0"};
    QTest::newRow("last to start") << 3 << 1 << 0 << QStringList{"3", "0", "1", "2"};
    QTest::newRow("block down") << 0 << 2 << 3 << QStringList{"2", "0", "1", "3"};
    QTest::newRow("block up") << 2 << 2 << 1 << QStringList{"0", "2", "3", "1"};
    QTest::newRow("onto itself is nothing") << 1 << 1 << 2 << QStringList{"0", "1", "2", "3"};
}

void TestPolicyDocument::moveCookies()
{
    QFETCH(int, from);
    QFETCH(int, count);
    QFETCH(int, to);
    QFETCH(QStringList, order);
    Policy policy;
    for (int i = 0; i < 4; ++i) {
        Cookie cookie;
        cookie.name = QString::number(i);
        policy.cookies.append(cookie);
    }
    PolicyDocument document(policy);
    document.moveCookies(from, count, to);
    QStringList names;
    for (const Cookie &cookie : document.policy().cookies)
        names << cookie.name;
    QCOMPARE(names, order);
}

void TestPolicyDocument::partsAreSignalled()
{
    PolicyDocument document(Templates::defaultPolicy());
    QSignalSpy meta(&document, &PolicyDocument::metaChanged);
    QSignalSpy banner(&document, &PolicyDocument::bannerChanged);
    QSignalSpy categories(&document, &PolicyDocument::categoriesChanged);
    QSignalSpy providers(&document, &PolicyDocument::providersChanged);
    QSignalSpy sections(&document, &PolicyDocument::sectionsChanged);
    QSignalSpy reset(&document, &PolicyDocument::policyReset);

    PolicyMeta m = document.policy().meta;
    m.revision = 2;
    document.setMeta(m);
    BannerSettings b = document.policy().banner;
    b.consentLifetimeDays = 30;
    document.setBanner(b);
    Category c;
    c.id = QStringLiteral("statistics");
    document.insertCategory(1, c);
    QCOMPARE(document.removeCategory(1).id, QStringLiteral("statistics"));
    Provider p;
    p.id = QStringLiteral("matomo");
    document.insertProvider(0, p);
    document.setProvider(0, p);
    QCOMPARE(document.removeProvider(0).id, QStringLiteral("matomo"));
    document.moveSection(0, 2);
    QCOMPARE(document.policy().charter.at(2).id, QStringLiteral("introduction"));
    document.resetPolicy(Policy());

    QCOMPARE(meta.size(), 1);
    QCOMPARE(banner.size(), 1);
    QCOMPARE(categories.size(), 2);
    QCOMPARE(providers.size(), 3);
    QCOMPARE(sections.size(), 1);
    QCOMPARE(reset.size(), 1);
    QVERIFY(document.policy().cookies.isEmpty());
}

namespace {
class SetRevision : public QUndoCommand
{
public:
    SetRevision(PolicyDocument *document, int revision)
        : m_document(document), m_old(document->policy().meta.revision), m_new(revision)
    {
    }
    void redo() override { apply(m_new); }
    void undo() override { apply(m_old); }

private:
    void apply(int revision)
    {
        PolicyMeta meta = m_document->policy().meta;
        meta.revision = revision;
        m_document->setMeta(meta);
    }
    PolicyDocument *m_document;
    int m_old;
    int m_new;
};
} // namespace

void TestPolicyDocument::modifiedFollowsTheUndoStack()
{
    PolicyDocument document(Templates::defaultPolicy());
    QSignalSpy modified(&document, &PolicyDocument::modificationChanged);
    QVERIFY(!document.isModified());
    document.undoStack()->push(new SetRevision(&document, 5));
    QVERIFY(document.isModified());
    QCOMPARE(document.policy().meta.revision, 5);
    document.undoStack()->undo();
    QVERIFY(!document.isModified());
    QCOMPARE(document.policy().meta.revision, 1);
    document.undoStack()->redo();
    document.markSaved();
    QVERIFY(!document.isModified());
    QCOMPARE(modified.size(), 4);
}

void TestPolicyDocument::markingUpdatedStampsTheInventory()
{
    // charter.dated compares the stamped inventory with the current one.
    PolicyDocument document(Templates::defaultPolicy());
    const Policy before = document.policy();
    document.undoStack()->push(new MarkUpdatedCommand(&document, QDate(2027, 1, 15)));
    QCOMPARE(document.policy().meta.lastUpdated, QDate(2027, 1, 15));
    const QString stamped = ComplianceConfig::fromPolicy(document.policy()).inventoryDigest;
    QCOMPARE(stamped, ComplianceStamp::inventoryDigest(document.policy()));
    QVERIFY(!stamped.isEmpty());
    QCOMPARE(document.undoStack()->count(), 1);
    document.undoStack()->undo();
    QVERIFY(document.policy() == before);
}

QTEST_GUILESS_MAIN(TestPolicyDocument)
#include "tst_policydocument.moc"
