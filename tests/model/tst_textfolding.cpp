// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "document/textfolding.h"

#include <QTest>

class TestTextFolding : public QObject
{
    Q_OBJECT

private slots:
    void searchKey_data();
    void searchKey();
    void wordingKey_data();
    void wordingKey();
    void keywordText_data();
    void keywordText();
    void keywordFoldingIsOneCharacterForOne();
};

void TestTextFolding::searchKey_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("key");
    QTest::newRow("ascii") << "Google Analytics"
                           << "google analytics";
    QTest::newRow("accents and case") << "Élan À Noël"
                                      << "elan a noel";
    QTest::newRow("punctuation kept") << "_ga (1st-party), 13 mois."
                                      << "_ga (1st-party), 13 mois.";
    QTest::newRow("spaces kept") << "  a\u00a0 b  "
                                 << "  a\u00a0 b  ";
    QTest::newRow("typographic apostrophe kept") << "L’Audience"
                                                 << "l’audience";
    QTest::newRow("other scripts lower-cased") << "ΩMEGA"
                                               << "ωmega";
    QTest::newRow("empty") << ""
                           << "";
}

void TestTextFolding::searchKey()
{
    QFETCH(QString, text);
    QFETCH(QString, key);
    QCOMPARE(TextFolding::searchKey(text), key);
}

void TestTextFolding::wordingKey_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("key");
    QTest::newRow("plural in brackets") << "Finalité(s)"
                                        << "finalite s";
    QTest::newRow("runs of spaces and punctuation") << "  Nom du  cookie : "
                                                    << "nom du cookie";
    QTest::newRow("accents and case") << "DURÉE DE CONSERVATION"
                                      << "duree de conservation";
    QTest::newRow("hyphen and apostrophe") << "Sous-traitant d’analyse"
                                           << "sous traitant d analyse";
    QTest::newRow("digits kept") << "Cookie #2"
                                 << "cookie 2";
    QTest::newRow("punctuation only") << "—/—"
                                      << "";
    QTest::newRow("empty") << ""
                           << "";
}

void TestTextFolding::wordingKey()
{
    QFETCH(QString, text);
    QFETCH(QString, key);
    QCOMPARE(TextFolding::wordingKey(text), key);
}

void TestTextFolding::keywordText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("folded");
    QTest::newRow("ascii") << QStringLiteral("Keeps a Signed-In user")
                           << QStringLiteral("keeps a signed-in user");
    QTest::newRow("french accents")
        << QStringLiteral("Mémoriser l’utilisateur CONNECTÉ à la fenêtre")
        << QStringLiteral("memoriser l'utilisateur connecte a la fenetre");
    QTest::newRow("no-break spaces")
        << QStringLiteral("Durée\u00a0:\u202f13 mois") << QStringLiteral("duree : 13 mois");
    QTest::newRow("thin space and opening quote")
        << QStringLiteral("‘a’\u2009b") << QStringLiteral("'a' b");
    QTest::newRow("other scripts kept") << QStringLiteral("Ωmega ç") << QStringLiteral("ωmega c");
}

void TestTextFolding::keywordText()
{
    QFETCH(QString, text);
    QFETCH(QString, folded);
    QCOMPARE(TextFolding::keywordText(text), folded);
}

void TestTextFolding::keywordFoldingIsOneCharacterForOne()
{
    // The checker's automaton folds as it reads: the text it folds whole must agree
    // character for character with folding one character at a time.
    const QString text = QStringLiteral("Œuvre ÆØ ß İ Ǖ “Ciblée” publicité\u00a0ciblée ÿ Ω 𝒜");
    const QString folded = TextFolding::keywordText(text);
    QCOMPARE(folded.size(), text.size());
    const TextFolding::KeywordFolding fold;
    for (qsizetype i = 0; i < text.size(); ++i)
        QCOMPARE(folded.at(i).unicode(), fold(text.at(i).unicode()));
}

QTEST_GUILESS_MAIN(TestTextFolding)
#include "tst_textfolding.moc"
