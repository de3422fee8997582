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

QTEST_GUILESS_MAIN(TestUniqueId)
#include "tst_uniqueid.moc"
