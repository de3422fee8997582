// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "document/countries.h"
#include "document/policystatistics.h"
#include "format/templates.h"

#include <QTest>

#include <algorithm>

class TestPolicyStatistics : public QObject
{
    Q_OBJECT

private slots:
    void countryMembership_data();
    void countryMembership();
    void lifetimeBuckets_data();
    void lifetimeBuckets();
    void defaultCharter();
    void typicalTemplate();
    void unknownCategoriesAndCountries();
    void categoryNamesFollowLanguage();
    void emptyPolicy();
};

void TestPolicyStatistics::countryMembership_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("inside");

    QTest::newRow("France") << "FR" << true;
    QTest::newRow("lower case") << "ie" << true;
    QTest::newRow("padded") << " de " << true;
    QTest::newRow("Greece ISO") << "GR" << true;
    QTest::newRow("Greece EU code") << "EL" << true;
    QTest::newRow("Norway (EEA)") << "NO" << true;
    QTest::newRow("Iceland (EEA)") << "IS" << true;
    QTest::newRow("Liechtenstein (EEA)") << "LI" << true;
    QTest::newRow("Réunion (outermost region)") << "RE" << true;
    QTest::newRow("United States") << "US" << false;
    QTest::newRow("United Kingdom") << "GB" << false;
    QTest::newRow("Switzerland") << "CH" << false;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("three letters") << "FRA" << false;
}

void TestPolicyStatistics::countryMembership()
{
    QFETCH(QString, code);
    QFETCH(bool, inside);
    QCOMPARE(Countries::isInEeaOrEu(code), inside);

    // 27 member states, "EL", 3 other EEA states, 7 EU territories with their own code.
    const QStringList codes = Countries::eeaAndEuCodes();
    QCOMPARE(codes.size(), 38);
    QVERIFY(std::is_sorted(codes.cbegin(), codes.cend()));
    QVERIFY(std::adjacent_find(codes.cbegin(), codes.cend()) == codes.cend());
}

void TestPolicyStatistics::lifetimeBuckets_data()
{
    QTest::addColumn<QString>("lifetime"); // empty: not stated
    QTest::addColumn<int>("bucket");

    QTest::newRow("unstated") << "" << int(PolicyStatistics::UnstatedLifetime);
    QTest::newRow("session") << "session" << int(PolicyStatistics::Session);
    QTest::newRow("30 minutes") << "30 minutes" << int(PolicyStatistics::UpToOneMonth);
    QTest::newRow("30 days") << "30 days" << int(PolicyStatistics::UpToOneMonth);
    QTest::newRow("31 days") << "31 days" << int(PolicyStatistics::UpToSixMonths);
    QTest::newRow("6 months") << "6 months" << int(PolicyStatistics::UpToSixMonths);
    QTest::newRow("182 days") << "182 days" << int(PolicyStatistics::UpToThirteenMonths);
    QTest::newRow("13 months") << "13 months" << int(PolicyStatistics::UpToThirteenMonths);
    QTest::newRow("391 days") << "391 days" << int(PolicyStatistics::LongerThanThirteenMonths);
    QTest::newRow("2 years") << "2 years" << int(PolicyStatistics::LongerThanThirteenMonths);
}

void TestPolicyStatistics::lifetimeBuckets()
{
    QFETCH(QString, lifetime);
    QFETCH(int, bucket);

    std::optional<Lifetime> value;
    if (!lifetime.isEmpty()) {
        value = Lifetime::parse(lifetime);
        QVERIFY2(value, qPrintable(lifetime));
    }
    QCOMPARE(int(PolicyStatistics::bucketOf(value)), bucket);
}

void TestPolicyStatistics::defaultCharter()
{
    const PolicyStatistics stats = PolicyStatistics::compute(Templates::defaultPolicy(), QStringLiteral("fr"));
    QCOMPARE(stats.cookieCount(), 4);
    QCOMPARE(stats.cookiesPerCategory().size(), 1);
    QCOMPARE(stats.cookiesPerCategory().first().id, QStringLiteral("necessary"));
    QCOMPARE(stats.cookiesPerCategory().first().count, 4);
    QVERIFY(stats.cookiesPerCategory().first().known);
    QCOMPARE(stats.firstPartyCount(), 4);
    QCOMPARE(stats.thirdPartyCount(), 0);
    // sessionid 14 days, django_language session, csrftoken 1 year, consent 182 days.
    QCOMPARE(stats.lifetimeCount(PolicyStatistics::Session), 1);
    QCOMPARE(stats.lifetimeCount(PolicyStatistics::UpToOneMonth), 1);
    QCOMPARE(stats.lifetimeCount(PolicyStatistics::UpToSixMonths), 0);
    QCOMPARE(stats.lifetimeCount(PolicyStatistics::UpToThirteenMonths), 2);
    QCOMPARE(stats.lifetimeCount(PolicyStatistics::LongerThanThirteenMonths), 0);
    QCOMPARE(stats.lifetimeCount(PolicyStatistics::UnstatedLifetime), 0);
    QCOMPARE(stats.providerCount(), 1);
    QVERIFY(stats.thirdCountryProviders().isEmpty());
    QVERIFY(stats.providersWithoutCountry().isEmpty());
}

void TestPolicyStatistics::typicalTemplate()
{
    const std::optional<Policy> policy = Templates::load(QStringLiteral("typical"));
    QVERIFY(policy);
    const PolicyStatistics stats = PolicyStatistics::compute(*policy, QStringLiteral("en"));
    QCOMPARE(stats.cookieCount(), 7);
    const QList<PolicyStatistics::CategoryCount> &categories = stats.cookiesPerCategory();
    QCOMPARE(categories.size(), 3);
    QCOMPARE(categories.at(0).id, QStringLiteral("necessary"));
    QCOMPARE(categories.at(0).count, 2);
    QCOMPARE(categories.at(1).id, QStringLiteral("statistics"));
    QCOMPARE(categories.at(1).count, 2);
    QCOMPARE(categories.at(2).id, QStringLiteral("marketing"));
    QCOMPARE(categories.at(2).count, 3);
    QCOMPARE(stats.firstPartyCount(), 4);
    QCOMPARE(stats.thirdPartyCount(), 3);
    QCOMPARE(stats.providerCount(), 3);
    // Google Ireland is inside the EU: no transfer to show.
    QVERIFY(stats.thirdCountryProviders().isEmpty());
}

void TestPolicyStatistics::unknownCategoriesAndCountries()
{
    Policy policy = Templates::defaultPolicy();
    Provider us;
    us.id = QStringLiteral("tracker");
    us.name = QStringLiteral("Tracker Inc.");
    us.country = QStringLiteral("us");
    policy.providers.append(us);
    Provider nowhere;
    nowhere.id = QStringLiteral("nowhere");
    nowhere.name = QStringLiteral("Somewhere Ltd");
    policy.providers.append(nowhere);

    Cookie ad;
    ad.name = QStringLiteral("_ad");
    ad.providerId = QStringLiteral("tracker");
    ad.categoryId = QStringLiteral("advertising"); // not defined by the document
    ad.party = Party::Third;
    policy.cookies.append(ad);
    Cookie loose;
    loose.name = QStringLiteral("loose");
    policy.cookies.append(loose); // no category at all

    const PolicyStatistics stats = PolicyStatistics::compute(policy, QStringLiteral("fr"));
    QCOMPARE(stats.cookieCount(), 6);
    const QList<PolicyStatistics::CategoryCount> &categories = stats.cookiesPerCategory();
    QCOMPARE(categories.size(), 3);
    QCOMPARE(categories.at(0).id, QStringLiteral("necessary"));
    QCOMPARE(categories.at(1).id, QString()); // sorted: "" before "advertising"
    QCOMPARE(categories.at(1).count, 1);
    QVERIFY(!categories.at(1).known);
    QCOMPARE(categories.at(2).id, QStringLiteral("advertising"));
    QCOMPARE(categories.at(2).name, QStringLiteral("advertising"));
    QVERIFY(!categories.at(2).known);
    QCOMPARE(stats.thirdPartyCount(), 1);
    QCOMPARE(stats.lifetimeCount(PolicyStatistics::UnstatedLifetime), 2);

    QCOMPARE(stats.thirdCountryProviders().size(), 1);
    const PolicyStatistics::ThirdCountryProvider &transfer = stats.thirdCountryProviders().first();
    QCOMPARE(transfer.providerId, QStringLiteral("tracker"));
    QCOMPARE(transfer.providerName, QStringLiteral("Tracker Inc."));
    QCOMPARE(transfer.country, QStringLiteral("US"));
    QCOMPARE(transfer.cookieCount, 1);
    QCOMPARE(stats.providersWithoutCountry(), QStringList{QStringLiteral("Somewhere Ltd")});
    QCOMPARE(Countries::displayName(QStringLiteral("US")), QStringLiteral("United States"));
}

void TestPolicyStatistics::categoryNamesFollowLanguage()
{
    const std::optional<Policy> policy = Templates::load(QStringLiteral("typical"));
    QVERIFY(policy);
    const QString french =
        PolicyStatistics::compute(*policy, QStringLiteral("fr")).cookiesPerCategory().at(1).name;
    const QString english =
        PolicyStatistics::compute(*policy, QStringLiteral("en")).cookiesPerCategory().at(1).name;
    QCOMPARE(french, policy->categories.at(1).name.exact(QStringLiteral("fr")));
    QCOMPARE(english, policy->categories.at(1).name.exact(QStringLiteral("en")));
    QVERIFY(french != english);
}

void TestPolicyStatistics::emptyPolicy()
{
    const PolicyStatistics stats = PolicyStatistics::compute(Policy());
    QCOMPARE(stats.cookieCount(), 0);
    QVERIFY(stats.cookiesPerCategory().isEmpty());
    for (int bucket = 0; bucket < PolicyStatistics::LifetimeBucketCount; ++bucket)
        QCOMPARE(stats.lifetimeCount(PolicyStatistics::LifetimeBucket(bucket)), 0);
    QVERIFY(stats.thirdCountryProviders().isEmpty());
}

QTEST_GUILESS_MAIN(TestPolicyStatistics)
#include "tst_policystatistics.moc"
