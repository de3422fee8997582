// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "document/languages.h"
#include "document/policy.h"

#include <QTest>

class TestLanguages : public QObject
{
    Q_OBJECT

private slots:
    void isFrench_data();
    void isFrench();
    void defaultFirst_data();
    void defaultFirst();
    void documentListsTheDefaultFirst();
};

void TestLanguages::isFrench_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("french");
    QTest::newRow("fr") << "fr" << true;
    QTest::newRow("fr-FR") << "fr-FR" << true;
    QTest::newRow("fr_CA") << "fr_CA" << true;
    QTest::newRow("upper case") << "FR" << true;
    QTest::newRow("Old French") << "fro" << false;
    QTest::newRow("North Frisian") << "frr" << false;
    QTest::newRow("en") << "en" << false;
    QTest::newRow("en-FR") << "en-FR" << false;
    QTest::newRow("f") << "f" << false;
    QTest::newRow("empty") << "" << false;
}

void TestLanguages::isFrench()
{
    QFETCH(QString, code);
    QFETCH(bool, french);
    QCOMPARE(Languages::isFrench(code), french);
}

void TestLanguages::defaultFirst_data()
{
    QTest::addColumn<QString>("defaultLanguage");
    QTest::addColumn<QStringList>("languages");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("already first") << "fr" << QStringList{"fr", "en"} << QStringList{"fr", "en"};
    QTest::newRow("moved to the front")
        << "en" << QStringList{"fr", "de", "en"} << QStringList{"en", "fr", "de"};
    QTest::newRow("default missing from the list")
        << "de" << QStringList{"fr", "en"} << QStringList{"de", "fr", "en"};
    QTest::newRow("each once") << "fr" << QStringList{"en", "fr", "en"} << QStringList{"fr", "en"};
    QTest::newRow("empty codes left out")
        << "fr" << QStringList{"", "en", ""} << QStringList{"fr", "en"};
    QTest::newRow("empty default left out")
        << "" << QStringList{"en", "fr"} << QStringList{"en", "fr"};
    QTest::newRow("nothing") << "" << QStringList{} << QStringList{};
}

void TestLanguages::defaultFirst()
{
    QFETCH(QString, defaultLanguage);
    QFETCH(QStringList, languages);
    QFETCH(QStringList, expected);
    QCOMPARE(Languages::defaultFirst(defaultLanguage, languages), expected);
}

void TestLanguages::documentListsTheDefaultFirst()
{
    PolicyMeta meta;
    meta.defaultLanguage = "en";
    meta.languages = {"fr", "en", ""};
    QCOMPARE(Languages::defaultFirst(meta), (QStringList{"en", "fr"}));
}

QTEST_GUILESS_MAIN(TestLanguages)
#include "tst_languages.moc"
