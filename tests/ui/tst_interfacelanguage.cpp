// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "charterpage.h"
#include "document/policydocument.h"
#include "format/templates.h"
#include "interfacelanguage.h"

#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// Switching the interface language live: a small French catalogue is compiled by
// lrelease in the test (the project's own is filled at the end), installed through
// InterfaceLanguage, and visible widgets must change their words at once.
class TestInterfaceLanguage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void switchesLive();
    void choiceIsRemembered();
    void menuFollowsTheChoice();
    void unknownChoiceFallsBackToSystem();

private:
    QTemporaryDir m_catalogues;
};

void TestInterfaceLanguage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().remove(InterfaceLanguage::settingsKey());
    QVERIFY(m_catalogues.isValid());
    const QString ts = m_catalogues.filePath(QStringLiteral("charte_fr.ts"));
    QFile file(ts);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"(<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context><name>CharterPage</name>
<message><source>Add Section</source><translation>Ajouter une section</translation></message>
<message><source>&amp;Sections</source><translation>&amp;Sections de la charte</translation></message>
</context>
<context><name>InterfaceLanguage</name>
<message><source>&amp;Language</source><translation>&amp;Langue</translation></message>
<message><source>&amp;System language</source><translation>Langue du &amp;système</translation></message>
</context>
<context><name>MetaEditor</name>
<message><source>Site &amp;name:</source><translation>&amp;Nom du site :</translation></message>
</context>
</TS>
)");
    file.close();
    QProcess lrelease;
    lrelease.start(QStringLiteral(CHARTE_LRELEASE),
                   {QStringLiteral("-silent"), ts, QStringLiteral("-qm"),
                    m_catalogues.filePath(QStringLiteral("charte_fr.qm"))});
    QVERIFY(lrelease.waitForFinished(60000));
    QVERIFY2(lrelease.exitCode() == 0, lrelease.readAllStandardError().constData());
}

void TestInterfaceLanguage::switchesLive()
{
    PolicyDocument document(Templates::defaultPolicy());
    CharterPage page(&document);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    InterfaceLanguage language(nullptr, m_catalogues.path());
    auto *add = page.findChild<QAction *>(QStringLiteral("addSectionAction"));
    QCOMPARE(add->text(), QStringLiteral("Add Section"));
    const auto labelTexts = [&page] {
        QStringList texts;
        for (const QLabel *label : page.findChildren<QLabel *>())
            texts << label->text();
        return texts;
    };
    QVERIFY(labelTexts().contains(QStringLiteral("&Sections")));
    QVERIFY(labelTexts().contains(QStringLiteral("Site &name:")));

    language.setChoice(QStringLiteral("fr"));
    QCOMPARE(language.effectiveLanguage(), QStringLiteral("fr"));
    // LanguageChange is delivered synchronously by installTranslator; allow a
    // posted one too.
    QTRY_COMPARE(add->text(), QStringLiteral("Ajouter une section"));
    QVERIFY(labelTexts().contains(QStringLiteral("&Sections de la charte")));
    QVERIFY(labelTexts().contains(QStringLiteral("&Nom du site :")));

    language.setChoice(QStringLiteral("en"));
    QTRY_COMPARE(add->text(), QStringLiteral("Add Section"));
    QVERIFY(labelTexts().contains(QStringLiteral("&Sections")));
    QCOMPARE(language.effectiveLanguage(), QStringLiteral("en"));
}

void TestInterfaceLanguage::choiceIsRemembered()
{
    {
        InterfaceLanguage language(nullptr, m_catalogues.path());
        language.setChoice(QStringLiteral("fr"));
    }
    QCOMPARE(QSettings().value(InterfaceLanguage::settingsKey()).toString(), QStringLiteral("fr"));
    InterfaceLanguage restored(nullptr, m_catalogues.path());
    restored.restore();
    QCOMPARE(restored.choice(), QStringLiteral("fr"));
    QCOMPARE(QCoreApplication::translate("CharterPage", "Add Section"),
             QStringLiteral("Ajouter une section"));
    restored.setChoice(QStringLiteral("en"));
    QCOMPARE(QCoreApplication::translate("CharterPage", "Add Section"),
             QStringLiteral("Add Section"));
}

void TestInterfaceLanguage::menuFollowsTheChoice()
{
    QWidget window;
    InterfaceLanguage language(nullptr, m_catalogues.path());
    language.setChoice(QString());
    QMenu *menu = language.createMenu(&window);
    QCOMPARE(menu->actions().size(), 4); // System, separator, English, Français
    auto *french = menu->findChild<QAction *>(QStringLiteral("interfaceLanguage_fr"));
    auto *system = menu->findChild<QAction *>(QStringLiteral("interfaceLanguage_system"));
    QVERIFY(french && system);
    QVERIFY(system->isChecked());
    QCOMPARE(menu->title(), QStringLiteral("&Language"));
    french->trigger();
    QCOMPARE(language.choice(), QStringLiteral("fr"));
    QVERIFY(french->isChecked());
    QVERIFY(!system->isChecked());
    QTRY_COMPARE(menu->title(), QStringLiteral("&Langue"));
    QCOMPARE(system->text(), QStringLiteral("Langue du &système"));
    system->trigger();
    QTRY_COMPARE(menu->title(), QStringLiteral("&Language")); // the test runs under LANG=C.UTF-8
}

void TestInterfaceLanguage::unknownChoiceFallsBackToSystem()
{
    QSettings().setValue(InterfaceLanguage::settingsKey(), QStringLiteral("klingon"));
    InterfaceLanguage language(nullptr, m_catalogues.path());
    language.restore();
    QCOMPARE(language.choice(), QString());
}

QTEST_MAIN(TestInterfaceLanguage)
#include "tst_interfacelanguage.moc"
