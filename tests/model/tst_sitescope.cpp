// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "scan/scanreport.h"

#include <QTest>

// Which hosts the scanner counts as the site itself: first or third party hangs on it.
class TestSiteScope : public QObject
{
    Q_OBJECT

private slots:
    void sameSiteFollowsThePublicSuffixList_data();
    void sameSiteFollowsThePublicSuffixList();
    void registrableDomain_data();
    void registrableDomain();
};

void TestSiteScope::sameSiteFollowsThePublicSuffixList_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("same");
    QTest::newRow("subdomain") << "www.example.org" << "example.org" << true;
    QTest::newRow("cookie domain with a dot") << ".example.org" << "shop.example.org" << true;
    QTest::newRow("case and trailing dot") << "WWW.Example.ORG." << "example.org" << true;
    QTest::newRow("under a public second level") << "a.co.uk" << "b.co.uk" << false;
    QTest::newRow("same name under co.uk") << "www.a.co.uk" << "a.co.uk" << true;
    QTest::newRow("French administrations") << "www.valbourg.gouv.fr" << "valbourg.gouv.fr" << true;
    QTest::newRow("two administrations") << "valbourg.gouv.fr" << "rennes.gouv.fr" << false;
    // Private suffixes: each customer of a hosting platform is a site of its own.
    QTest::newRow("two pages on github.io") << "alice.github.io" << "bob.github.io" << false;
    QTest::newRow("two blogs on blogspot") << "a.blogspot.com" << "b.blogspot.com" << false;
    QTest::newRow("different names") << "example.org" << "example.com" << false;
    QTest::newRow("internationalised name") << "www.bücher.de" << "bücher.de" << true;
    QTest::newRow("loopback address") << "127.0.0.1" << "127.0.0.1" << true;
    QTest::newRow("address and name") << "127.0.0.1" << "localhost" << false;
    QTest::newRow("localhost") << "localhost" << "localhost" << true;
    QTest::newRow("two addresses") << "10.0.0.1" << "10.0.0.2" << false;
}

void TestSiteScope::sameSiteFollowsThePublicSuffixList()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, same);
    QCOMPARE(SiteScope::sameSite(a, b), same);
    QCOMPARE(SiteScope::sameSite(b, a), same);
}

void TestSiteScope::registrableDomain_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("expected");
    QTest::newRow("deep subdomain") << "a.b.c.example.org" << "example.org";
    QTest::newRow("public second level") << "x.y.example.co.uk" << "example.co.uk";
    QTest::newRow("a public suffix alone") << "co.uk" << "co.uk";
    QTest::newRow("leading dots") << "..example.org" << "example.org";
    QTest::newRow("address") << "192.168.1.10" << "192.168.1.10";
    QTest::newRow("empty") << "" << "";
}

void TestSiteScope::registrableDomain()
{
    QFETCH(QString, host);
    QFETCH(QString, expected);
    QCOMPARE(SiteScope::registrableDomain(host), expected);
}

QTEST_GUILESS_MAIN(TestSiteScope)
#include "tst_sitescope.moc"
