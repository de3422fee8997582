// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "export/csvexporter.h"
#include "export/exportformats.h"
#include "format/policyreader.h"
#include "import/csvinventory.h"
#include "support/charteprocess.h"
#include "support/testsupport.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using TestSupport::strings;

class TestCsvInventory : public QObject
{
    Q_OBJECT

private slots:
    void recognisesHeaders_data();
    void recognisesHeaders();
    void imports_data();
    void imports();
    void keepsUnreadableCells_data();
    void keepsUnreadableCells();
    void deduplicatesProviders();
    void reusesTheDocumentsProvidersAndCategories();
    void refusesBrokenFiles_data();
    void refusesBrokenFiles();
    void exportsRfc4180();
    void roundTripsEveryField_data();
    void roundTripsEveryField();
    void importsTheOpenCookieDatabase();
    void commandLineImports();
    void commandLineRefusesBrokenInput_data();
    void commandLineRefusesBrokenInput();
    void commandLineExportsCsv();
};

void TestCsvInventory::recognisesHeaders_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<int>("field");
    QTest::addColumn<QString>("language");

    const auto row = [](const char *header, InventoryField field, const char *language = "") {
        QTest::newRow(header) << QString::fromUtf8(header) << int(field)
                              << QString::fromUtf8(language);
    };
    row("Nom du cookie", InventoryField::Name);
    row("Nom du cookies", InventoryField::Name);
    row("Cookie(s)", InventoryField::Name);
    row("Cookie", InventoryField::Name);
    row("NAME", InventoryField::Name);
    row("Cookie / Data Key name", InventoryField::Name);
    row("Prestataire", InventoryField::Provider);
    row("Nom du prestataire", InventoryField::Provider);
    row("Fournisseur", InventoryField::Provider);
    row("Provider", InventoryField::Provider);
    row("Vendor", InventoryField::Provider);
    row("Service et emplacement", InventoryField::Service);
    row("Service", InventoryField::Service);
    row("Finalité(s)", InventoryField::Purpose);
    row("Finalités", InventoryField::Purpose);
    row("FINALITE", InventoryField::Purpose);
    row("Purpose", InventoryField::Purpose);
    row("Description", InventoryField::Purpose);
    row("Durée", InventoryField::Lifetime);
    row("Durée de conservation", InventoryField::Lifetime);
    row("Duration", InventoryField::Lifetime);
    row("Expiry", InventoryField::Lifetime);
    row("Expiration", InventoryField::Lifetime);
    row("Retention period", InventoryField::Lifetime);
    row("Catégorie", InventoryField::Category);
    row("Category", InventoryField::Category);
    row("Type", InventoryField::Category);
    row("Domaine", InventoryField::Domain);
    row("Domain", InventoryField::Domain);
    row("Tiers", InventoryField::Party);
    row("Party", InventoryField::Party);
    row("Base légale", InventoryField::Basis);
    row("Legal basis", InventoryField::Basis);
    row("  Purpose (EN) ", InventoryField::Purpose, "en");
    row("Finalité [fr]", InventoryField::Purpose, "fr");
    row("Service et emplacement (fr)", InventoryField::Service, "fr");
    row("Navigateur", InventoryField::Ignore);
    row("Browser", InventoryField::Ignore);
}

void TestCsvInventory::recognisesHeaders()
{
    QFETCH(QString, header);
    QFETCH(int, field);
    QFETCH(QString, language);
    const ColumnMapping mapping = InventoryFields::recogniseHeader(header);
    QCOMPARE(int(mapping.field), field);
    QCOMPARE(mapping.language, language);
}

void TestCsvInventory::imports_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("delimiter");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("purpose");
    QTest::addColumn<qint64>("lifetime"); // seconds, -1 for none
    QTest::addColumn<QString>("category");

    QTest::newRow("French Excel: semicolon, Windows-1252")
        << QByteArray("Nom du cookie;Prestataire;Finalit\xE9;Dur\xE9"
                      "e;Cat\xE9gorie\r\n"
                      "sessionid;Opendatasoft;Se souvenir de l'utilisateur;2 semaines;N\xE9"
                      "cessaire\r\n")
        << ";"
        << "Windows-1252"
        << "fr" << strings({"sessionid"}) << "Opendatasoft"
        << "Se souvenir de l'utilisateur" << qint64(14 * 86400) << "necessary";
    QTest::newRow("UTF-8 with BOM, comma, English")
        << QByteArray(
               "\xEF\xBB\xBF"
               "Cookie,Provider,Purpose,Expiry,Category\n"
               "_ga,Google,\"Distinguishes users, \"\"anonymously\"\"\",13 months,Analytics\n")
        << ","
        << "UTF-8"
        << "en" << strings({"_ga"}) << "Google"
        << "Distinguishes users, \"anonymously\"" << qint64(13 * 30 * 86400) << "statistics";
    QTest::newRow("UTF-8 without BOM, tab, accents")
        << QByteArray("Nom du cookies\tNom du prestataire\tFinalités\tDurée de conservation\tType\n"
                      "_pk_id\tMatomo\tMesure d’audience anonyme\t13 mois\tMesure d'audience\n")
        << "\t"
        << "UTF-8"
        << "fr" << strings({"_pk_id"}) << "Matomo" << QString::fromUtf8("Mesure d’audience anonyme")
        << qint64(13 * 30 * 86400) << "statistics";
    QTest::newRow("quoted line break inside a purpose")
        << QByteArray(
               "Cookie;Purpose;Duration\n\"csrftoken\";\"Protects forms.\nAlso the API.\";1 year\n")
        << ";"
        << "UTF-8"
        << "en" << strings({"csrftoken"}) << ""
        << "Protects forms.\nAlso the API." << qint64(365 * 86400) << "";
    QTest::newRow("several names in one cell, pattern")
        << QByteArray("Cookie,Vendor,Category,Duration\n\"_ga, _gid\",Google,Marketing,session\n"
                      "_ga_*,Google,Marketing,2 years\n")
        << ","
        << "UTF-8"
        << "en" << strings({"_ga", "_gid", "_ga_"}) << "Google"
        << "" << qint64(0) << "marketing";
    QTest::newRow("title rows above the header")
        << QByteArray(
               "Inventaire des cookies;;\n;;\nMis à jour le 3 mars;;\nCookie;Finalité;Durée\n"
               "sid;Connexion;session\n")
        << ";"
        << "UTF-8"
        << "fr" << strings({"sid"}) << ""
        << "Connexion" << qint64(0) << "";
    QTest::newRow("headers in another order, unknown column ignored")
        << QByteArray("Remarque,Category,Name,Provider\nà revoir,Publicité,IDE,DoubleClick\n")
        << ","
        << "UTF-8"
        << "en" << strings({"IDE"}) << "DoubleClick"
        << "" << qint64(-1) << "marketing";
}

void TestCsvInventory::imports()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, delimiter);
    QFETCH(QString, encoding);
    QFETCH(QString, language);
    QFETCH(QStringList, names);
    QFETCH(QString, provider);
    QFETCH(QString, purpose);
    QFETCH(qint64, lifetime);
    QFETCH(QString, category);

    const Expected<CsvTable> table = CsvReader::read(input, QStringLiteral("in.csv"));
    QVERIFY2(table.hasValue(), qPrintable(table.error()));
    QCOMPARE(QString(table->delimiter), delimiter);
    QCOMPARE(table->encoding, encoding);
    const InventoryMapping mapping = InventoryMapping::detect(table->rows, QStringLiteral("de"));
    QCOMPARE(mapping.language, language);
    const Policy empty;
    const Expected<InventoryImport> imported =
        CsvInventory::import(*table, mapping, empty, QStringLiteral("in.csv"));
    QVERIFY2(imported.hasValue(), qPrintable(imported.error()));
    QStringList importedNames;
    for (const Cookie &cookie : imported->cookies)
        importedNames << cookie.name;
    QCOMPARE(importedNames, names);
    const Cookie &first = imported->cookies.first();
    if (provider.isEmpty()) {
        QVERIFY(first.providerId.isEmpty());
        QVERIFY(imported->providers.isEmpty());
    } else {
        QCOMPARE(imported->providers.size(), 1);
        QCOMPARE(imported->providers.first().name, provider);
        QCOMPARE(first.providerId, imported->providers.first().id);
    }
    QCOMPARE(first.purpose.exact(language), purpose);
    QCOMPARE(first.lifetime.has_value(), lifetime >= 0);
    if (lifetime >= 0)
        QCOMPARE(first.lifetime->seconds(), lifetime);
    QCOMPARE(first.categoryId, category);
    if (!category.isEmpty()) {
        QCOMPARE(imported->categories.size(), 1);
        QCOMPARE(imported->categories.first().id, category);
        QVERIFY(!imported->categories.first().name.exact(QStringLiteral("fr")).isEmpty());
    }
    QVERIFY(first.unparsed.isEmpty());
    if (imported->cookies.size() == 3) // the "_ga_*" row
        QCOMPARE(imported->cookies.at(2).match, NameMatch::Prefix);
}

void TestCsvInventory::keepsUnreadableCells_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("original");

    QTest::newRow("lifetime Persistant")
        << QByteArray("Nom du cookie;Durée;Finalité\nsessionid;Persistant;Connexion\n")
        << "lifetime"
        << "Persistant";
    QTest::newRow("lifetime varies")
        << QByteArray("Cookie,Expiry,Purpose\n_ga,varies,Stats\n") << "lifetime"
        << "varies";
    QTest::newRow("unknown category")
        << QByteArray("Cookie,Category,Purpose\n_ga,Divers et variés,Stats\n") << "category"
        << "Divers et variés";
    QTest::newRow("unknown party")
        << QByteArray("Cookie,Party,Purpose\n_ga,peut-être,Stats\n") << "party"
        << "peut-être";
    QTest::newRow("unknown basis")
        << QByteArray("Cookie,Legal basis,Purpose\n_ga,contract,Stats\n") << "basis"
        << "contract";
}

void TestCsvInventory::keepsUnreadableCells()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, field);
    QFETCH(QString, original);
    const Expected<CsvTable> table = CsvReader::read(input, QStringLiteral("in.csv"));
    QVERIFY(table.hasValue());
    const Expected<InventoryImport> imported =
        CsvInventory::import(*table, InventoryMapping::detect(table->rows, QStringLiteral("fr")),
                             Policy(), QStringLiteral("in.csv"));
    QVERIFY2(imported.hasValue(), qPrintable(imported.error()));
    QCOMPARE(imported->cookies.size(), 1);
    const Cookie &cookie = imported->cookies.first();
    QCOMPARE(cookie.unparsed.value(field), original);
    QCOMPARE(cookie.unparsed.size(), 1);
    QCOMPARE(imported->flaggedCells, 1);
    // The rest of the row still came in, and the unreadable field stayed empty.
    QVERIFY(!cookie.purpose.isEmpty());
    if (field == QLatin1StringView("lifetime"))
        QVERIFY(!cookie.lifetime);
    if (field == QLatin1StringView("category"))
        QVERIFY(cookie.categoryId.isEmpty());
}

void TestCsvInventory::deduplicatesProviders()
{
    const QByteArray input("Cookie,Provider\n_ga,Google Analytics\n_gid,google analytics\n"
                           "_gat,GOOGLE  ANALYTICS\nsid,Mairie de Valbourg\nNID,Google\n");
    const Expected<CsvTable> table = CsvReader::read(input, QStringLiteral("p.csv"));
    const Expected<InventoryImport> imported =
        CsvInventory::import(*table, InventoryMapping::detect(table->rows, QStringLiteral("en")),
                             Policy(), QStringLiteral("p.csv"));
    QVERIFY(imported.hasValue());
    QCOMPARE(imported->providers.size(), 3);
    QCOMPARE(imported->providers.at(0).id, QStringLiteral("google-analytics"));
    QCOMPARE(imported->providers.at(0).name, QStringLiteral("Google Analytics"));
    QCOMPARE(imported->providers.at(1).id, QStringLiteral("mairie-de-valbourg"));
    QCOMPARE(imported->providers.at(2).id, QStringLiteral("google"));
    QCOMPARE(imported->cookies.at(1).providerId, QStringLiteral("google-analytics"));
    QCOMPARE(imported->cookies.at(2).providerId, QStringLiteral("google-analytics"));
    QCOMPARE(imported->lines, (QList<int>{2, 3, 4, 5, 6}));
}

void TestCsvInventory::reusesTheDocumentsProvidersAndCategories()
{
    Policy context;
    context.providers << Provider{QStringLiteral("goog"), QStringLiteral("Google"), {}, {}, {}, {}};
    // A provider whose name slugifies to an id already taken by another one.
    context.providers << Provider{
        QStringLiteral("matomo"), QStringLiteral("Matomo Cloud"), {}, {}, {}, {}};
    Category ads;
    ads.id = QStringLiteral("ads");
    ads.name.set(QStringLiteral("fr"), QStringLiteral("Publicité ciblée"));
    context.categories << ads;
    const QByteArray input("Cookie;Fournisseur;Catégorie\nIDE;google;Publicité ciblée\n"
                           "_pk_id;Matomo;Statistiques\n");
    const Expected<CsvTable> table = CsvReader::read(input, QStringLiteral("c.csv"));
    const Expected<InventoryImport> imported =
        CsvInventory::import(*table, InventoryMapping::detect(table->rows, QStringLiteral("fr")),
                             context, QStringLiteral("c.csv"));
    QVERIFY(imported.hasValue());
    QCOMPARE(imported->cookies.at(0).providerId, QStringLiteral("goog"));
    QCOMPARE(imported->cookies.at(0).categoryId, QStringLiteral("ads"));
    QCOMPARE(imported->providers.size(), 1);
    QCOMPARE(imported->providers.first().id, QStringLiteral("matomo-2"));
    QCOMPARE(imported->categories.size(), 1);
    QCOMPARE(imported->categories.first().id, QStringLiteral("statistics"));
    QCOMPARE(imported->cookies.at(1).basis, LegalBasis::Consent);
}

void TestCsvInventory::refusesBrokenFiles_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("message");
    QTest::newRow("cut inside a quoted field")
        << QByteArray("Cookie,Purpose\n_ga,Stats\n_gid,\"Counts visits\n") << "broken.csv:3:6: ";
    QTest::newRow("prose, not a table")
        << QByteArray("Dear DPO,\nplease find our cookies attached.\n")
        << "broken.csv:1: no column holds cookie names";
    QTest::newRow("JSON") << QByteArray("{\"cookies\": [1, 2]}\n") << "broken.csv:1: no column";
    QTest::newRow("binary") << QByteArray("PK\x03\x04\0\0\0\0", 8)
                            << "broken.csv: this is not a text file";
}

void TestCsvInventory::refusesBrokenFiles()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, message);
    const Expected<CsvTable> table = CsvReader::read(input, QStringLiteral("broken.csv"));
    QString error;
    if (!table) {
        error = table.error();
    } else {
        const Expected<InventoryImport> imported = CsvInventory::import(
            *table, InventoryMapping::detect(table->rows, QStringLiteral("fr")), Policy(),
            QStringLiteral("broken.csv"));
        QVERIFY(!imported.hasValue());
        error = imported.error();
    }
    QVERIFY2(error.startsWith(message), qPrintable(error));
    QVERIFY(!error.contains(u'\n'));
}

namespace {

// A document that sets every cookie field to something other than its default,
// in two languages, with the cases an export must guard (quotes, commas, line
// breaks, a leading '=' that a spreadsheet would run, unreadable imported text).
Policy everyFieldPolicy()
{
    Policy policy;
    policy.meta.defaultLanguage = QStringLiteral("fr");
    policy.meta.languages = {QStringLiteral("fr"), QStringLiteral("en")};
    Category necessary;
    necessary.id = QStringLiteral("necessary");
    necessary.name.set(QStringLiteral("fr"), QStringLiteral("Cookies nécessaires"));
    necessary.name.set(QStringLiteral("en"), QStringLiteral("Necessary cookies"));
    necessary.required = true;
    Category own;
    own.id = QStringLiteral("partner-ads");
    own.name.set(QStringLiteral("fr"), QStringLiteral("Partenaires, \"publicité\""));
    own.name.set(QStringLiteral("en"), QStringLiteral("Ad partners"));
    policy.categories << necessary << own;
    policy.providers << Provider{QStringLiteral("odsoft"),
                                 QStringLiteral("Opendatasoft"),
                                 QStringLiteral("https://www.opendatasoft.com"),
                                 QStringLiteral("https://www.opendatasoft.com/privacy"),
                                 QStringLiteral("FR"),
                                 {}};
    policy.providers << Provider{QStringLiteral("google"),
                                 QStringLiteral("Google Ireland, Ltd."),
                                 {},
                                 {},
                                 QStringLiteral("IE"),
                                 {}};

    Cookie session;
    session.name = QStringLiteral("sessionid");
    session.providerId = QStringLiteral("odsoft");
    session.service.set(QStringLiteral("fr"),
                        QStringLiteral("Authentification (front et back office)"));
    session.service.set(QStringLiteral("en"), QStringLiteral("Sign-in"));
    session.purpose.set(QStringLiteral("fr"),
                        QStringLiteral("Se souvenir de l'utilisateur ;\nligne 2"));
    session.purpose.set(QStringLiteral("en"),
                        QStringLiteral("=HYPERLINK(\"x\") is text, not a formula"));
    session.categoryId = QStringLiteral("necessary");
    session.lifetime = Lifetime::fromSeconds(14 * Lifetime::Day);
    session.domain = QStringLiteral("anruopendata.opendatasoft.com");
    session.path = QStringLiteral("/");
    session.secure = true;
    session.basis = LegalBasis::Exempt;

    Cookie pattern;
    pattern.name = QStringLiteral("_ga_");
    pattern.match = NameMatch::Prefix;
    pattern.providerId = QStringLiteral("google");
    pattern.purpose.set(QStringLiteral("en"), QStringLiteral("Counts visits, \"unique\" users"));
    pattern.purpose.set(QStringLiteral("de"), QStringLiteral("Zählt Besuche"));
    pattern.categoryId = QStringLiteral("partner-ads");
    pattern.lifetime = Lifetime::fromSeconds(13 * Lifetime::Month + 5 * Lifetime::Hour);
    pattern.party = Party::Third;
    pattern.storage = StorageKind::LocalStorage;
    pattern.basis = LegalBasis::LegitimateInterest;
    pattern.extra.insert(QStringLiteral("x-note"), QStringLiteral("kept"));
    pattern.extra.insert(QStringLiteral("x-list"), QJsonArray{1, 2});

    Cookie regex;
    regex.name = QStringLiteral("^_hj(Session|Id)_\\d+$");
    regex.match = NameMatch::Regex;
    regex.categoryId = QStringLiteral("partner-ads");
    regex.lifetime = Lifetime::session();
    regex.storage = StorageKind::Pixel;
    regex.party = Party::Third;

    Cookie flagged;
    flagged.name = QStringLiteral("legacy");
    flagged.unparsed.insert(QStringLiteral("lifetime"), QStringLiteral("Persistant"));
    flagged.unparsed.insert(QStringLiteral("category"), QStringLiteral("Divers"));
    flagged.storage = StorageKind::SessionStorage;
    flagged.basis = LegalBasis::Consent;

    policy.cookies << session << pattern << regex << flagged;
    return policy;
}

} // namespace

void TestCsvInventory::exportsRfc4180()
{
    const QByteArray csv = CsvExporter::exportCsv(everyFieldPolicy(), QStringLiteral("en"));
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"
                           "Cookie,Name match,Provider,Provider ID,"));
    QVERIFY(csv.contains("Purpose (fr),Purpose (en),Purpose (de),"));
    QVERIFY(csv.contains(",Extra (JSON)\r\n"));
    QVERIFY(csv.contains("\"Se souvenir de l'utilisateur ;\nligne 2\""));
    QVERIFY(csv.contains(",\"'=HYPERLINK(\"\"x\"\") is text, not a formula\","));
    QVERIFY(csv.contains(",2 weeks,"));
    QVERIFY(!csv.contains("\r\r"));
    QCOMPARE(csv.count("\r\n"), 5);
    const QByteArray french = CsvExporter::exportCsv(everyFieldPolicy(), QStringLiteral("fr"));
    QVERIFY(french.startsWith("\xEF\xBB\xBF"
                              "Nom du cookie,Correspondance du nom,Prestataire,"));
    QVERIFY(french.contains(QStringLiteral("Finalité (fr)").toUtf8()));
    QVERIFY(french.contains(",2 semaines,"));
    // Deterministic: the same document gives the same bytes.
    QCOMPARE(CsvExporter::exportCsv(everyFieldPolicy(), QStringLiteral("fr")), french);
    // The registry offers it to the CLI and the GUI.
    const ExportFormat *format = ExportFormats::find(QStringLiteral("csv"));
    QVERIFY(format);
    const Expected<ExportResult> result =
        format->run(everyFieldPolicy(), {QStringLiteral("en"), {}});
    QVERIFY(result.hasValue());
    QCOMPARE(result->files.value(QString()), csv);
}

void TestCsvInventory::roundTripsEveryField_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English headers") << "en";
    QTest::newRow("French headers") << "fr";
}

void TestCsvInventory::roundTripsEveryField()
{
    QFETCH(QString, language);
    const Policy original = everyFieldPolicy();
    const QByteArray csv = CsvExporter::exportCsv(original, language);
    const Expected<CsvTable> table = CsvReader::read(csv, QStringLiteral("export.csv"));
    QVERIFY2(table.hasValue(), qPrintable(table.error()));
    const InventoryMapping mapping = InventoryMapping::detect(table->rows, QStringLiteral("fr"));
    for (qsizetype i = 0; i < mapping.columns.size(); ++i)
        QVERIFY2(mapping.columns.at(i).field != InventoryField::Ignore,
                 qPrintable(table->rows.first().at(i)));
    const Expected<InventoryImport> imported =
        CsvInventory::import(*table, mapping, Policy(), QStringLiteral("export.csv"));
    QVERIFY2(imported.hasValue(), qPrintable(imported.error()));
    QCOMPARE(imported->cookies.size(), original.cookies.size());
    for (qsizetype i = 0; i < original.cookies.size(); ++i) {
        const Cookie &before = original.cookies.at(i);
        const Cookie &after = imported->cookies.at(i);
        QCOMPARE(after.name, before.name);
        QCOMPARE(after.match, before.match);
        QCOMPARE(after.providerId, before.providerId);
        QCOMPARE(after.service, before.service);
        QCOMPARE(after.purpose, before.purpose);
        QCOMPARE(after.categoryId, before.categoryId);
        QCOMPARE(after.lifetime, before.lifetime);
        QCOMPARE(after.domain, before.domain);
        QCOMPARE(after.path, before.path);
        QCOMPARE(after.secure, before.secure);
        QCOMPARE(after.party, before.party);
        QCOMPARE(after.storage, before.storage);
        QCOMPARE(after.basis, before.basis);
        QCOMPARE(after.unparsed, before.unparsed);
        QCOMPARE(after.extra, before.extra);
        QVERIFY(after == before);
    }
    QCOMPARE(imported->providers, original.providers);
    QCOMPARE(imported->categories.size(), 2);
    for (const Category &category : imported->categories)
        QCOMPARE(category.name, original.category(category.id)->name);
    QVERIFY(imported->categories.first().required);
}

void TestCsvInventory::importsTheOpenCookieDatabase()
{
    const QString path = TestSupport::sharedPath(QStringLiteral("data/open-cookie-database.csv"));
    CHARTE_SKIP_UNLESS_SHARED(path);
    const Expected<InventoryImport> imported =
        CsvInventory::importFile(path, Policy(), QStringLiteral("fr"));
    QVERIFY2(imported.hasValue(), qPrintable(imported.error()));
    QVERIFY(imported->cookies.size() >= 2264);
    const auto ga =
        std::find_if(imported->cookies.cbegin(), imported->cookies.cend(),
                     [](const Cookie &cookie) { return cookie.name == QLatin1StringView("_ga"); });
    QVERIFY(ga != imported->cookies.cend());
    QCOMPARE(ga->categoryId, QStringLiteral("statistics"));
    QVERIFY(ga->lifetime.has_value());
    QVERIFY(!ga->purpose.exact(QStringLiteral("en")).isEmpty());
    // Providers are shared, not one per row.
    QVERIFY(imported->providers.size() < imported->cookies.size() / 2);
    const auto wildcard =
        std::count_if(imported->cookies.cbegin(), imported->cookies.cend(),
                      [](const Cookie &cookie) { return cookie.match == NameMatch::Prefix; });
    QVERIFY(wildcard > 0);
}

using TestSupport::runCharte;
using TestSupport::writeAll;
using Run = TestSupport::CharteRun;

void TestCsvInventory::commandLineImports()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString input = dir.filePath(QStringLiteral("inventaire.csv"));
    QVERIFY(
        writeAll(input, QByteArray("Nom du cookie;Prestataire;Finalit\xE9;Dur\xE9"
                                   "e;Cat\xE9gorie\r\n"
                                   "sessionid;Opendatasoft;Connexion;Persistant;N\xE9"
                                   "cessaires\r\n"
                                   "_pk_id;Matomo;Mesure d'audience;13 mois;Statistiques\r\n")));
    const QString output = dir.filePath(QStringLiteral("out.charte.json"));
    QVERIFY(writeAll(output, QByteArray("previous content")));
    const Run run = runCharte({QStringLiteral("import"), input, QStringLiteral("-o"), output});
    QCOMPARE(run.exitCode, 0);
    const Expected<Policy> policy = PolicyReader::readFile(output);
    QVERIFY2(policy.hasValue(), qPrintable(policy.error()));
    QCOMPARE(policy->cookies.size(), 2);
    QCOMPARE(policy->meta.defaultLanguage, QStringLiteral("fr"));
    QCOMPARE(policy->cookies.at(0).unparsed.value(QStringLiteral("lifetime")),
             QStringLiteral("Persistant"));
    QCOMPARE(policy->cookies.at(1).lifetime->seconds(), 13 * Lifetime::Month);
    QCOMPARE(policy->providers.size(), 2);
    QCOMPARE(policy->categories.size(), 2);
    QVERIFY(!policy->banner.acceptAll.exact(QStringLiteral("fr")).isEmpty());
    QCOMPARE(policy->charter.size(), 1);
    QCOMPARE(policy->charter.first().kind, CharterSection::Kind::CookieTable);
}

void TestCsvInventory::commandLineRefusesBrokenInput_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("message");
    QTest::newRow("cut in a quoted field")
        << QByteArray("Cookie,Purpose\n_ga,\"never closed\n") << "broken.csv:2:5: ";
    QTest::newRow("no cookie column")
        << QByteArray("Navigateur,Réglages\nFirefox,about:preferences\n") << "broken.csv:1: ";
}

void TestCsvInventory::commandLineRefusesBrokenInput()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.csv"));
    QVERIFY(writeAll(path, input));
    const QString output = dir.filePath(QStringLiteral("out.json"));
    QVERIFY(writeAll(output, QByteArray("untouched")));
    const Run run = runCharte({QStringLiteral("import"), path, QStringLiteral("-o"), output});
    QCOMPARE(run.exitCode, 2);
    const QString error = run.err().trimmed();
    QVERIFY2(
        error.startsWith(QStringLiteral("charte: ") + path.section(u'/', 0, -2) + u'/' + message),
        qPrintable(error));
    QCOMPARE(error.count(u'\n'), 0);
    QCOMPARE(TestSupport::readAll(output), QByteArray("untouched"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 2); // no stray temporary file
    // And a missing input.
    const Run missing =
        runCharte({QStringLiteral("import"), dir.filePath(QStringLiteral("nope.csv")),
                   QStringLiteral("-o"), dir.filePath(QStringLiteral("x.json"))});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("x.json"))));
}

void TestCsvInventory::commandLineExportsCsv()
{
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("cookies.csv"));
    const Run exported =
        runCharte({QStringLiteral("export"),
                   QStringLiteral(CHARTE_SOURCE_DIR "/resources/templates/typical.charte.json"),
                   QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("-o"), csv});
    QCOMPARE(exported.exitCode, 0);
    const QString json = dir.filePath(QStringLiteral("back.charte.json"));
    const Run imported = runCharte({QStringLiteral("import"), csv, QStringLiteral("-o"), json});
    QCOMPARE(imported.exitCode, 0);
    const Expected<Policy> original = PolicyReader::readFile(
        QStringLiteral(CHARTE_SOURCE_DIR "/resources/templates/typical.charte.json"));
    const Expected<Policy> back = PolicyReader::readFile(json);
    QVERIFY2(back.hasValue(), qPrintable(back.error()));
    QCOMPARE(back->cookies, original->cookies);
    QCOMPARE(back->providers, original->providers);
}

QTEST_GUILESS_MAIN(TestCsvInventory)
#include "tst_csvinventory.moc"
