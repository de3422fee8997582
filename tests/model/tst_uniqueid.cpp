// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "document/uniqueid.h"

#include <QSet>
#include <QTest>

// Every new id (sections, providers, categories, exported keys) is made free the
// same way: the wanted id when nobody has it, else the first free numbered one.
class TestUniqueId : public QObject
{
    Q_OBJECT

private slots:
    void numbersFromTwo_data();
    void numbersFromTwo();
    void separatorIsTheCallersChoice();
    void predicateSeesEveryCandidate();
    void manyIdsReadAsOneByOne();
    void manyIdenticalBasesStayLinear();
};

void TestUniqueId::numbersFromTwo_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QStringList>("taken");
    QTest::addColumn<QString>("expected");

    QTest::newRow("free") << "analytics" << QStringList{"ads"} << "analytics";
    QTest::newRow("nothing taken") << "section" << QStringList{} << "section";
    QTest::newRow("taken") << "analytics" << QStringList{"analytics"} << "analytics-2";
    QTest::newRow("two taken") << "analytics" << QStringList{"analytics", "analytics-2"}
                               << "analytics-3";
    QTest::newRow("gap is filled")
        << "analytics" << QStringList{"analytics", "analytics-3"} << "analytics-2";
    QTest::newRow("a numbered base") << "ga-2" << QStringList{"ga-2"} << "ga-2-2";
}

void TestUniqueId::numbersFromTwo()
{
    QFETCH(QString, base);
    QFETCH(QStringList, taken);
    QFETCH(QString, expected);
    QCOMPARE(uniqueId(base, taken), expected);
    QCOMPARE(uniqueId(base, [&taken](const QString &id) { return taken.contains(id); }), expected);
    UniqueIds ids(taken);
    QCOMPARE(ids.take(base), expected);
}

void TestUniqueId::separatorIsTheCallersChoice()
{
    const QSet<QString> used{"google_ads", "google_ads_2"};
    QCOMPARE(uniqueId(
                 "google_ads", [&used](const QString &id) { return used.contains(id); }, u'_'),
             QString("google_ads_3"));
    QCOMPARE(uniqueId("x", QStringList{"x"}, u'.'), QString("x.2"));
}

void TestUniqueId::predicateSeesEveryCandidate()
{
    QStringList asked;
    const QString id = uniqueId("c", [&asked](const QString &candidate) {
        asked << candidate;
        return asked.size() < 3;
    });
    QCOMPARE(id, QString("c-3"));
    QCOMPARE(asked, (QStringList{"c", "c-2", "c-3"}));
}

void TestUniqueId::manyIdsReadAsOneByOne()
{
    // UniqueIds hands out what uniqueId would, whatever the order of the bases, and a
    // base that is itself a numbered id ("a-3") takes its number from the others.
    const QStringList bases{"a",     "a", "a-3", "a",   "b",   "a", "a-3", "section",
                            "a-2-2", "a", "a-2", "a-2", "b-2", "b", "b"};
    QStringList taken{"b-3"};
    UniqueIds ids(taken);
    for (const QString &base : bases) {
        const QString expected = uniqueId(base, taken);
        QCOMPARE(ids.take(base), expected);
        taken << expected;
    }
    UniqueIds underscored({"k"}, u'_');
    QCOMPARE(underscored.take("k"), QString("k_2"));
}

void TestUniqueId::manyIdenticalBasesStayLinear()
{
    // 100,000 identical titles: uniqueId per title would ask 5·10⁹ questions; this
    // finishes at once and still numbers them in order.
    UniqueIds ids;
    QCOMPARE(ids.take("cookies"), QString("cookies"));
    for (int n = 2; n <= 100000; ++n)
        QCOMPARE(ids.take("cookies"), QString("cookies-" + QString::number(n)));
}

QTEST_GUILESS_MAIN(TestUniqueId)
#include "tst_uniqueid.moc"
