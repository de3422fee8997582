// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "commands/importcommands.h"
#include "document/policydocument.h"
#include "format/templates.h"
#include "import/charterimporter.h"
#include "import/inventoryimporter.h"

#include <QTest>
#include <QUndoCommand>
#include <QUndoStack>

#include <memory>

// File › Import as the window pushes it: one undo step with the same result as the
// command line's merge.
class TestImportCommands : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void inventoryAppendsAsOneStep();
    void charterPageAddsLanguageInventoryAndSections();
    void charterPageKeepsAKnownLanguage();

private:
    static InventoryImport sampleInventory();
    std::unique_ptr<PolicyDocument> m_document;
};

InventoryImport TestImportCommands::sampleInventory()
{
    InventoryImport imported;
    Provider provider;
    provider.id = "hotjar";
    provider.name = "Hotjar";
    imported.providers << provider;
    Category category;
    category.id = "experience";
    category.name.set("fr", "Expérience");
    imported.categories << category;
    Cookie cookie;
    cookie.name = "_hjSession";
    cookie.providerId = "hotjar";
    cookie.categoryId = "experience";
    imported.cookies << cookie;
    imported.lines << 2;
    return imported;
}

void TestImportCommands::init()
{
    m_document = std::make_unique<PolicyDocument>();
    m_document->resetPolicy(Templates::defaultPolicy());
}

void TestImportCommands::inventoryAppendsAsOneStep()
{
    const InventoryImport imported = sampleInventory();
    Policy expected = Templates::defaultPolicy();
    imported.mergeInto(expected);

    m_document->undoStack()->push(ImportCommands::inventory(m_document.get(), imported));
    QCOMPARE(m_document->undoStack()->count(), 1);
    QCOMPARE(m_document->policy().cookies, expected.cookies);
    QCOMPARE(m_document->policy().providers, expected.providers);
    QCOMPARE(m_document->policy().categories, expected.categories);
    QVERIFY(m_document->policy().provider("hotjar"));

    m_document->undoStack()->undo();
    QCOMPARE(m_document->policy(), Templates::defaultPolicy());
}

void TestImportCommands::charterPageAddsLanguageInventoryAndSections()
{
    CharterImport imported;
    imported.language = "de";
    imported.inventory = sampleInventory();
    CharterSection section;
    section.id = "imported";
    section.title.set("de", "Cookies");
    imported.sections << section;
    QVERIFY(!m_document->policy().meta.languages.contains("de"));
    const qsizetype sections = m_document->policy().charter.size();

    m_document->undoStack()->push(
        ImportCommands::charterPage(m_document.get(), imported, "Import the page"));
    QCOMPARE(m_document->undoStack()->count(), 1);
    QCOMPARE(m_document->undoStack()->undoText(), QString("Import the page"));
    const Policy &policy = m_document->policy();
    QVERIFY(policy.meta.languages.contains("de"));
    QCOMPARE(policy.charter.size(), sections + 1);
    QCOMPARE(policy.charter.last().title.exact("de"), QString("Cookies"));
    QCOMPARE(policy.cookies.last().name, QString("_hjSession"));

    m_document->undoStack()->undo();
    QCOMPARE(m_document->policy(), Templates::defaultPolicy());
}

void TestImportCommands::charterPageKeepsAKnownLanguage()
{
    CharterImport imported;
    imported.language = m_document->policy().meta.defaultLanguage;
    CharterSection section;
    section.id = "more";
    imported.sections << section << section;
    const QStringList languages = m_document->policy().meta.languages;

    m_document->undoStack()->push(ImportCommands::charterPage(m_document.get(), imported, "x"));
    QCOMPARE(m_document->policy().meta.languages, languages);
    QCOMPARE(m_document->policy().charter.size(), Templates::defaultPolicy().charter.size() + 2);
}

QTEST_GUILESS_MAIN(TestImportCommands)
#include "tst_importcommands.moc"
