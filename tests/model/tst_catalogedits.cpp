// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "commands/catalogedits.h"
#include "document/policydocument.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoCommand>
#include <QUndoStack>

#include <memory>

// The Providers and Categories pages' decisions, without the pages: new ids, what
// a removal involves, and the undo steps.
class TestCatalogEdits : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void providerIdFromName_data();
    void providerIdFromName();
    void newEntriesGetFreeIds();
    void appendIsOneUndoStep();
    void removalListsCookiesAndTargets();
    void removalOutOfRange();
    void removeReassignsCookiesInOneStep();
    void basisFollowsTheCategory();
    void newCategoryForACookieIsOneStep();

private:
    static Policy samplePolicy();
    std::unique_ptr<PolicyDocument> m_document;
};

Policy TestCatalogEdits::samplePolicy()
{
    Policy policy;
    policy.meta.defaultLanguage = "fr";
    policy.meta.languages = {"fr", "en"};
    Provider google;
    google.id = "google";
    google.name = "Google";
    Provider nameless;
    nameless.id = "nameless";
    policy.providers = {google, nameless};
    Category necessary;
    necessary.id = "necessary";
    necessary.name.set("fr", "Nécessaires");
    necessary.name.set("en", "Necessary");
    Category statistics;
    statistics.id = "statistics";
    statistics.name.set("fr", "Statistiques");
    Category bare;
    bare.id = "bare";
    policy.categories = {necessary, statistics, bare};
    const auto cookie = [](const QString &name, const QString &provider, const QString &category) {
        Cookie c;
        c.name = name;
        c.providerId = provider;
        c.categoryId = category;
        return c;
    };
    policy.cookies = {cookie("_ga", "google", "statistics"), cookie("_gid", "google", "statistics"),
                      cookie("session", "", "necessary")};
    return policy;
}

void TestCatalogEdits::init()
{
    m_document = std::make_unique<PolicyDocument>();
    m_document->resetPolicy(samplePolicy());
}

void TestCatalogEdits::providerIdFromName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");

    QTest::newRow("words") << "Google Ireland Limited"
                           << "google-ireland-limited";
    QTest::newRow("accents") << "Société Générale"
                             << "societe-generale";
    QTest::newRow("punctuation runs") << "  Acme, Inc. "
                                      << "acme-inc";
    QTest::newRow("digits") << "Matomo 5"
                            << "matomo-5";
    QTest::newRow("nothing left") << "!!!"
                                  << "provider";
    QTest::newRow("taken") << "Google"
                           << "google-2";
}

void TestCatalogEdits::providerIdFromName()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    QCOMPARE(CatalogEdits::providerId(name, samplePolicy().providers), expected);
}

void TestCatalogEdits::newEntriesGetFreeIds()
{
    Policy policy = samplePolicy();
    const Provider provider = CatalogEdits::newProvider(policy, "Nameless");
    QCOMPARE(provider.name, QString("Nameless"));
    QCOMPARE(provider.id, QString("nameless-2"));

    const Category category = CatalogEdits::newCategory(policy, "Nouvelle catégorie", "fr");
    QCOMPARE(category.id, QString("nouvelle-categorie")); // made from the name
    QCOMPARE(category.name.exact("fr"), QString("Nouvelle catégorie"));
    QVERIFY(category.name.exact("en").isEmpty());
    policy.categories << category;
    QCOMPARE(CatalogEdits::newCategory(policy, "Nouvelle Catégorie", "fr").id, QString("nouvelle-categorie-2"));
    QCOMPARE(CatalogEdits::newCategory(policy, "«»", "fr").id, QString("category"));
    // Placeholders are in the document's language, whatever the interface's.
    QCOMPARE(CatalogEdits::placeholderName(CatalogEdits::Placeholder::Category, "fr-CA"), QString("Nouvelle catégorie"));
    QCOMPARE(CatalogEdits::placeholderName(CatalogEdits::Placeholder::Section, "de"), QString("New section"));
}

void TestCatalogEdits::appendIsOneUndoStep()
{
    QUndoStack *stack = m_document->undoStack();
    stack->push(CatalogEdits::appendCommand(
        m_document.get(), CatalogEdits::newProvider(m_document->policy(), "Matomo")));
    stack->push(CatalogEdits::appendCommand(
        m_document.get(), CatalogEdits::newCategory(m_document->policy(), "Pub", "fr")));
    QCOMPARE(stack->count(), 2);
    QCOMPARE(m_document->policy().providers.last().id, QString("matomo"));
    QCOMPARE(m_document->policy().categories.last().id, QString("pub"));

    stack->undo();
    stack->undo();
    QCOMPARE(m_document->policy(), samplePolicy());
}

void TestCatalogEdits::removalListsCookiesAndTargets()
{
    const Policy policy = samplePolicy();
    const CatalogEdits::Removal google = CatalogEdits::providerRemoval(policy, 0);
    QCOMPARE(google.name, QString("Google"));
    QCOMPARE(google.cookies, 2);
    QCOMPARE(google.targets, (QList<std::pair<QString, QString>>{{"nameless", "nameless"}}));

    const CatalogEdits::Removal nameless = CatalogEdits::providerRemoval(policy, 1);
    QCOMPARE(nameless.name, QString("nameless")); // no name: the id stands for it
    QCOMPARE(nameless.cookies, 0);

    // Category names are read in the language asked for, else the default one, else the id.
    const CatalogEdits::Removal statistics = CatalogEdits::categoryRemoval(policy, 1, "en");
    QCOMPARE(statistics.name, QString("Statistiques"));
    QCOMPARE(statistics.cookies, 2);
    QCOMPARE(statistics.targets,
             (QList<std::pair<QString, QString>>{{"necessary", "Necessary"}, {"bare", "bare"}}));
    QCOMPARE(CatalogEdits::categoryRemoval(policy, 0, "fr").name, QString("Nécessaires"));
}

void TestCatalogEdits::removalOutOfRange()
{
    const Policy policy = samplePolicy();
    QCOMPARE(CatalogEdits::providerRemoval(policy, 2).cookies, 0);
    QVERIFY(CatalogEdits::categoryRemoval(policy, -1, "fr").targets.isEmpty());
}

void TestCatalogEdits::removeReassignsCookiesInOneStep()
{
    QUndoStack *stack = m_document->undoStack();
    stack->push(CatalogEdits::removeCategoryCommand(m_document.get(), 1, "necessary"));
    QCOMPARE(stack->count(), 1);
    QCOMPARE(m_document->policy().categories.size(), 2);
    for (const Cookie &cookie : m_document->policy().cookies)
        QCOMPARE(cookie.categoryId, QString("necessary"));

    stack->push(CatalogEdits::removeProviderCommand(m_document.get(), 0, {}));
    QCOMPARE(stack->count(), 2);
    for (const Cookie &cookie : m_document->policy().cookies)
        QVERIFY(cookie.providerId.isEmpty());

    stack->undo();
    stack->undo();
    QCOMPARE(m_document->policy(), samplePolicy());
}

// Choosing a category sets the legal basis a person would expect, and keeps an
// exemption that has its own grounds.
void TestCatalogEdits::basisFollowsTheCategory()
{
    Policy policy = samplePolicy();
    policy.categories[0].required = true; // necessary
    Cookie fresh;                         // a new row: no category, consent
    QCOMPARE(fresh.basis, LegalBasis::Consent);
    const Cookie necessary = CatalogEdits::withCategory(policy, fresh, "necessary");
    QCOMPARE(necessary.categoryId, QString("necessary"));
    QCOMPARE(necessary.basis, LegalBasis::Exempt);
    // Out of a required category: consent again.
    QCOMPARE(CatalogEdits::withCategory(policy, necessary, "statistics").basis, LegalBasis::Consent);
    // An exempt audience cookie moved between optional categories keeps its exemption.
    Cookie matomo = fresh;
    matomo.categoryId = "statistics";
    matomo.basis = LegalBasis::Exempt;
    QCOMPARE(CatalogEdits::withCategory(policy, matomo, "bare").basis, LegalBasis::Exempt);
    // A category that does not exist changes only the id.
    QCOMPARE(CatalogEdits::withCategory(policy, matomo, "nowhere").basis, LegalBasis::Exempt);
}

void TestCatalogEdits::newCategoryForACookieIsOneStep()
{
    Category advertising = CatalogEdits::newCategory(m_document->policy(), "Publicité", "fr");
    QCOMPARE(advertising.id, QString("publicite"));
    QUndoStack *stack = m_document->undoStack();
    stack->push(CatalogEdits::appendForCookieCommand(m_document.get(), advertising, 2));
    QCOMPARE(stack->count(), 1);
    QCOMPARE(m_document->policy().categories.last().id, QString("publicite"));
    QCOMPARE(m_document->policy().cookies.at(2).categoryId, QString("publicite"));
    QCOMPARE(m_document->policy().cookies.at(2).basis, LegalBasis::Consent);
    stack->undo();
    QCOMPARE(m_document->policy(), samplePolicy());
}

QTEST_GUILESS_MAIN(TestCatalogEdits)
#include "tst_catalogedits.moc"
