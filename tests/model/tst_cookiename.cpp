// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "compliance/compliancechecker.h"
#include "document/cookiename.h"
#include "document/policydocument.h"
#include "export/bannerexporter.h"
#include "export/htmlexporter.h"
#include "export/pdfexporter.h"
#include "format/templates.h"
#include "import/importformats.h"
#include "itemmodels/cookietablemodel.h"
#include "publishing/policydiff.h"
#include "scan/scanreport.h"
#include "scan/scanrules.h"
#include "support/testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// A family of cookies (name match "prefix") reads "_pk_id.*" wherever a person reads
// it, and a pattern reads "/…/"; one function (document/cookiename.h) writes both.
class TestCookieName : public QObject
{
    Q_OBJECT

private slots:
    void displayAndParse_data();
    void displayAndParse();
    void gridShowsAndTakesTheFamily();
    void htmlCharter();
    void pdfCharter();
    void bannerCookieTable();
    void issues();
    void scanFindings();
    void importRoundTrip_data();
    void importRoundTrip();
    void machineFormatsKeepTheirOwn();

private:
    static Policy typical() { return *Templates::load(QStringLiteral("typical")); }
    static const Cookie &familyIn(const Policy &policy);
};

const Cookie &TestCookieName::familyIn(const Policy &policy)
{
    for (const Cookie &cookie : policy.cookies) {
        if (cookie.name == QLatin1StringView("_pk_id.") && cookie.match == NameMatch::Prefix)
            return cookie;
    }
    qFatal("the typical template has no _pk_id. prefix row");
}

void TestCookieName::displayAndParse_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("match");
    QTest::addColumn<QString>("shown");
    QTest::newRow("exact") << "_ga" << int(NameMatch::Exact) << "_ga";
    QTest::newRow("prefix") << "_pk_id." << int(NameMatch::Prefix) << "_pk_id.*";
    QTest::newRow("regex") << "_ga_[A-Z0-9]+" << int(NameMatch::Regex) << "/_ga_[A-Z0-9]+/";
    QTest::newRow("regex with slash") << "a/b" << int(NameMatch::Regex) << "/a/b/";
}

void TestCookieName::displayAndParse()
{
    QFETCH(QString, name);
    QFETCH(int, match);
    QFETCH(QString, shown);
    QCOMPARE(CookieName::display(name, NameMatch(match)), shown);
    const CookieName::Parsed parsed = CookieName::parse(QStringLiteral("  ") + shown + u' ');
    QCOMPARE(parsed.name, name);
    QCOMPARE(int(parsed.match), match);
    // What cannot be a family or a pattern stays an exact name, flagged by validation.
    QCOMPARE(int(CookieName::parse(QStringLiteral("*")).match), int(NameMatch::Exact));
    QCOMPARE(int(CookieName::parse(QStringLiteral("//")).match), int(NameMatch::Exact));
}

void TestCookieName::gridShowsAndTakesTheFamily()
{
    PolicyDocument document(typical());
    CookieTableModel model(&document);
    const int row = int(&familyIn(document.policy()) - document.policy().cookies.constData());
    const QModelIndex name = model.index(row, CookieTableModel::NameColumn);
    QCOMPARE(name.data(Qt::DisplayRole).toString(), QStringLiteral("_pk_id.*"));
    QCOMPARE(name.data(Qt::EditRole).toString(), QStringLiteral("_pk_id.*"));

    // Typing "_zz_family.*" stores the family; typing a plain name makes it exact again.
    QVERIFY(model.setData(name, QStringLiteral("_zz_family.*")));
    QCOMPARE(document.policy().cookies.at(row).name, QStringLiteral("_zz_family."));
    QCOMPARE(document.policy().cookies.at(row).match, NameMatch::Prefix);
    QCOMPARE(name.data(Qt::DisplayRole).toString(), QStringLiteral("_zz_family.*"));
    QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Change name of _pk_id.*"));
    QVERIFY(model.setData(name, QStringLiteral("_zz_single")));
    QCOMPARE(document.policy().cookies.at(row).match, NameMatch::Exact);
    QCOMPARE(name.data(Qt::DisplayRole).toString(), QStringLiteral("_zz_single"));
    QVERIFY(model.setData(name, QStringLiteral("/_zz_[0-9]+/")));
    QCOMPARE(document.policy().cookies.at(row).name, QStringLiteral("_zz_[0-9]+"));
    QCOMPARE(document.policy().cookies.at(row).match, NameMatch::Regex);
    // Leaving the editor unchanged changes nothing (the editor shows what it stores).
    const int steps = document.undoStack()->count();
    model.setData(name, name.data(Qt::EditRole));
    QCOMPARE(document.undoStack()->count(), steps);
    QCOMPARE(document.policy().cookies.at(row).match, NameMatch::Regex);
}

void TestCookieName::htmlCharter()
{
    const Policy policy = typical();
    for (const QString &language : {QStringLiteral("fr"), QStringLiteral("en")}) {
        const QString html = QString::fromUtf8(HtmlExporter::exportCharter(policy, language));
        QVERIFY2(html.contains(QStringLiteral("<code>_pk_id.*</code>")), qPrintable(language));
        QVERIFY(html.contains(QStringLiteral("<code>_pk_ses.*</code>")));
        QVERIFY(!html.contains(QStringLiteral("<code>_pk_id.</code>")));
    }
}

void TestCookieName::pdfCharter()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const Expected<QByteArray> pdf = PdfExporter::exportCharter(typical(), QStringLiteral("en"));
    QVERIFY2(pdf.hasValue(), qPrintable(pdf.error()));
    const QString path = dir.filePath(QStringLiteral("typical.pdf"));
    QVERIFY(TestSupport::writeAll(path, *pdf));
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"),
                                                path, QStringLiteral("-")});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    const QString text = QString::fromUtf8(process.readAllStandardOutput());
    QVERIFY2(text.contains(QStringLiteral("_pk_id.*")), qPrintable(text.left(2000)));
    QVERIFY(text.contains(QStringLiteral("_pk_ses.*")));
}

void TestCookieName::bannerCookieTable()
{
    // The script shows each cookie's "label"; the name and match stay for deleting.
    const QJsonObject config =
        QJsonDocument::fromJson(BannerExporter::configJson(typical())).object();
    bool seen = false;
    for (const QJsonValue category : config.value(QStringLiteral("categories")).toArray()) {
        for (const QJsonValue cookie : category.toObject().value(QStringLiteral("cookies")).toArray()) {
            const QJsonObject object = cookie.toObject();
            const NameMatch match =
                *PolicyKeys::nameMatch(object.value(QStringLiteral("match")).toString());
            // The script shows label when there is one, else the name.
            QCOMPARE(object.value(QStringLiteral("label")).toString(object.value(QStringLiteral("name")).toString()),
                     CookieName::display(object.value(QStringLiteral("name")).toString(), match));
            if (object.value(QStringLiteral("name")).toString() == QLatin1StringView("_pk_id.")) {
                QCOMPARE(object.value(QStringLiteral("label")).toString(), QStringLiteral("_pk_id.*"));
                QCOMPARE(object.value(QStringLiteral("match")).toString(), QStringLiteral("prefix"));
                seen = true;
            }
        }
    }
    QVERIFY2(seen, "no _pk_id. in the banner's configuration");
}

void TestCookieName::issues()
{
    Policy policy = typical();
    Cookie &family = const_cast<Cookie &>(familyIn(policy));
    family.lifetime.reset(); // a finding on the family's row
    const qsizetype row = &family - policy.cookies.constData();
    const ComplianceReport report = ComplianceChecker::check(policy);
    bool seen = false;
    for (const Finding &finding : report.findings) {
        if (finding.place.kind != FindingPlace::Kind::Cookie || finding.place.index != row)
            continue;
        seen = true;
        // The key a suppression matches stays the stored name.
        QCOMPARE(finding.place.id, QStringLiteral("_pk_id."));
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("fr")}) {
            const QString place = finding.place.describe(language);
            QVERIFY2(place.contains(QStringLiteral("_pk_id.* (")), qPrintable(place));
            const QString message = finding.message.text(language);
            QVERIFY2(!message.contains(QStringLiteral("_pk_id.")) ||
                         message.contains(QStringLiteral("_pk_id.*")),
                     qPrintable(message));
        }
    }
    QVERIFY2(seen, "no finding on the family's row");

    // A message that names the cookie names the family.
    Policy twice = typical();
    twice.cookies << familyIn(twice); // the same family declared twice
    bool duplicate = false;
    for (const Finding &finding : ComplianceChecker::check(twice).findings) {
        if (finding.place.index == twice.cookies.size() - 1 &&
            finding.message.text(QStringLiteral("en")).contains(QStringLiteral("_pk_id.*")))
            duplicate = true;
    }
    QVERIFY2(duplicate, "the duplicate row's message does not name _pk_id.*");
}

void TestCookieName::scanFindings()
{
    // A declared family the scan never saw: the finding names it as the grid does.
    ScanReport report;
    report.startFetched = true; // a page was loaded, and the family not seen on it
    const FindingList findings = ScanRules::check(typical(), report);
    bool seen = false;
    for (const Finding &finding : findings) {
        if (finding.rule != QLatin1StringView("scan.unseen") || finding.place.id != QLatin1StringView("_pk_id."))
            continue;
        seen = true;
        QVERIFY2(finding.displayMessage(QStringLiteral("en")).contains(QStringLiteral("_pk_id.*")),
                 qPrintable(finding.displayMessage(QStringLiteral("en"))));
        QVERIFY(finding.place.describe(QStringLiteral("en")).contains(QStringLiteral("_pk_id.*")));
    }
    QVERIFY2(seen, "no scan.unseen finding for _pk_id.");
}

void TestCookieName::importRoundTrip_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::newRow("star in the name column")
        << QByteArray("Nom du cookie;Finalité;Durée\n_pk_id.*;Mesure d'audience;13 mois\n");
    QTest::newRow("match column")
        << QByteArray("Name,Match,Purpose,Lifetime\n_pk_id.,prefix,Audience,13 months\n");
}

void TestCookieName::importRoundTrip()
{
    QFETCH(QByteArray, csv);
    ImportSource source;
    source.name = QStringLiteral("inventory.csv");
    source.data = csv;
    const Expected<ImportResult> imported = ImportFormats::import(source);
    QVERIFY2(imported.hasValue(), qPrintable(imported.error()));
    QCOMPARE(imported->policy.cookies.size(), 1);
    const Cookie &cookie = imported->policy.cookies.first();
    QCOMPARE(cookie.name, QStringLiteral("_pk_id."));
    QCOMPARE(cookie.match, NameMatch::Prefix);
    QCOMPARE(CookieName::display(cookie), QStringLiteral("_pk_id.*"));
    const QString html = QString::fromUtf8(HtmlExporter::exportCharter(imported->policy));
    QVERIFY(html.contains(QStringLiteral("<code>_pk_id.*</code>")));
}

void TestCookieName::machineFormatsKeepTheirOwn()
{
    // The banner's configuration still says name "_pk_id." and match "prefix" for
    // deletion, and the document's change list names the family as people read it.
    const QByteArray config = BannerExporter::configJson(typical());
    QVERIFY(config.contains("\"name\":\"_pk_id.\"") || config.contains("\"name\": \"_pk_id.\""));
    Policy before = typical();
    Policy after = before;
    after.cookies.removeIf([](const Cookie &cookie) { return cookie.name == QLatin1StringView("_pk_ses."); });
    const QString changes = PolicyDiff::compare(before, after).lines(QStringLiteral("en")).join(u'\n');
    QVERIFY2(changes.contains(QStringLiteral("_pk_ses.*")), qPrintable(changes));
}

QTEST_MAIN(TestCookieName)
#include "tst_cookiename.moc"
