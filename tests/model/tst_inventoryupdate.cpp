// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "format/policyreader.h"
#include "format/policywriter.h"
#include "import/csvinventory.h"
#include "import/inventoryupdate.h"
#include "support/charteprocess.h"
#include "support/testsupport.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using TestSupport::runCharte;
using TestSupport::writeAll;
using Mode = InventoryUpdate::Mode;

// A CSV inventory imported into a document that already has cookies: matched by
// name and domain, the stated fields updated, the rest added, nothing twice.
class TestInventoryUpdate : public QObject
{
    Q_OBJECT

private slots:
    void updatesWhatTheRowsStateAndAddsTheRest();
    void reimportingTheSameFileChangesNothing();
    void addNewLeavesTheDocumentsCookiesAlone();
    void replaceRemovesTheCookiesTheFileDoesNotList();
    void anUnreadableCellKeepsTheValue();
    void aReadableCellFixesAnUnreadOne();
    void onlyTheProvidersAndCategoriesInUseJoin();
    void aRepeatedRowCompletesTheCookieAndIsCounted();
    void aRowWithoutDomainNamesTheOneCookieOfItsName();
    void aRowWithoutDomainAmongSeveralIsSetAside();
    void familiesAndPathsMatchTheirOwnCookie();
    void rowsThatUndoEachOtherChangeNothing();
    void commandLineUpdatesADocument();
    void commandLineRefusesBrokenInput();
};

namespace {

Policy documentWithTwoCookies()
{
    Policy policy;
    policy.meta.defaultLanguage = QStringLiteral("en");
    policy.meta.languages = {QStringLiteral("en"), QStringLiteral("fr")};
    Category statistics;
    statistics.id = QStringLiteral("statistics");
    statistics.name.set(QStringLiteral("en"), QStringLiteral("Statistics"));
    policy.categories << statistics;
    policy.providers << Provider{QStringLiteral("google"), QStringLiteral("Google"), {}, {}, {}, {}};
    Cookie ga;
    ga.name = QStringLiteral("_ga");
    ga.domain = QStringLiteral(".example.org");
    ga.providerId = QStringLiteral("google");
    ga.categoryId = QStringLiteral("statistics");
    ga.purpose.set(QStringLiteral("en"), QStringLiteral("Counts visits"));
    ga.purpose.set(QStringLiteral("fr"), QStringLiteral("Compte les visites"));
    ga.lifetime = Lifetime::fromSeconds(13 * Lifetime::Month);
    ga.secure = true;
    policy.cookies << ga;
    Cookie session;
    session.name = QStringLiteral("sessionid");
    session.domain = QStringLiteral("example.org");
    session.lifetime = Lifetime::session();
    session.basis = LegalBasis::Exempt;
    policy.cookies << session;
    return policy;
}

InventoryImport importOf(const QByteArray &csv, const Policy &context)
{
    const Expected<CsvTable> table = CsvReader::read(csv, QStringLiteral("update.csv"));
    if (!table)
        qFatal("%s", qPrintable(table.error()));
    const Expected<InventoryImport> imported = CsvInventory::import(
        *table, InventoryMapping::detect(table->rows, QStringLiteral("en")), context,
        QStringLiteral("update.csv"));
    if (!imported)
        qFatal("%s", qPrintable(imported.error()));
    return *imported;
}

// The domain differs in case and leading dot, the purpose cell is blank (no change),
// secure is not a column (stays true), the lifetime changes; a new cookie comes last.
const QByteArray updateCsv("Cookie,Domain,Purpose,Lifetime,Provider\n"
                           "_ga,EXAMPLE.org,,2 years,Google\n"
                           "sessionid,example.org,Keeps you signed in,session,\n"
                           "_pk_id,example.org,Counts visits,13 months,Matomo\n");

} // namespace

void TestInventoryUpdate::updatesWhatTheRowsStateAndAddsTheRest()
{
    const Policy policy = documentWithTwoCookies();
    const InventoryUpdate update = InventoryUpdate::plan(policy, importOf(updateCsv, policy),
                                                         Mode::UpdateAndAdd, QStringLiteral("en"));
    QCOMPARE(update.changed().size(), 2);
    const InventoryUpdate::CookieChange &ga = update.changed().at(0);
    QCOMPARE(ga.index, 0);
    QCOMPARE(ga.line, 2);
    QCOMPARE(ga.changes.size(), 1);
    QCOMPARE(ga.changes.first().field, InventoryField::Lifetime);
    QCOMPARE(ga.changes.first().before, QStringLiteral("13 months"));
    QCOMPARE(ga.changes.first().after, QStringLiteral("2 years"));
    const InventoryUpdate::CookieChange &session = update.changed().at(1);
    QCOMPARE(session.changes.size(), 1);
    QCOMPARE(session.changes.first().field, InventoryField::Purpose);
    QCOMPARE(session.changes.first().language, QStringLiteral("en"));
    QCOMPARE(session.changes.first().before, QStringLiteral("none"));
    QCOMPARE(session.changes.first().after, QStringLiteral("Keeps you signed in"));
    QCOMPARE(update.added().size(), 1);
    QCOMPARE(update.added().first().name, QStringLiteral("_pk_id"));
    QCOMPARE(update.summary(), QStringLiteral("2 changed, 1 added"));

    Policy after = policy;
    update.applyTo(after);
    QCOMPARE(after.cookies.size(), 3);
    const Cookie &updated = after.cookies.at(0);
    QCOMPARE(updated.lifetime->seconds(), 2 * Lifetime::Year);
    QCOMPARE(updated.domain, QStringLiteral(".example.org")); // the match key is kept as it was
    QVERIFY(updated.secure);                                  // no column: unchanged
    QCOMPARE(updated.purpose.exact(QStringLiteral("en")), QStringLiteral("Counts visits"));
    QCOMPARE(updated.purpose.exact(QStringLiteral("fr")), QStringLiteral("Compte les visites"));
    QCOMPARE(updated.categoryId, QStringLiteral("statistics"));
    QCOMPARE(after.cookies.at(1).basis, LegalBasis::Exempt); // no basis column
    QCOMPARE(after.cookies.at(2).name, QStringLiteral("_pk_id"));
    QCOMPARE(after.providers.size(), 2); // Matomo joined
}

void TestInventoryUpdate::reimportingTheSameFileChangesNothing()
{
    Policy policy = documentWithTwoCookies();
    InventoryUpdate::plan(policy, importOf(updateCsv, policy), Mode::UpdateAndAdd,
                          QStringLiteral("en"))
        .applyTo(policy);
    const QByteArray saved = PolicyWriter::toJson(policy);
    for (const Mode mode : {Mode::UpdateAndAdd, Mode::AddNew, Mode::Replace}) {
        const InventoryUpdate again =
            InventoryUpdate::plan(policy, importOf(updateCsv, policy), mode, QStringLiteral("en"));
        QVERIFY(again.changesNothing());
        QCOMPARE(again.unchangedCount(), 3);
        QVERIFY(again.summary().startsWith(QStringLiteral("0 changed, 0 added")));
        Policy twice = policy;
        again.applyTo(twice);
        QCOMPARE(PolicyWriter::toJson(twice), saved);
    }
}

void TestInventoryUpdate::addNewLeavesTheDocumentsCookiesAlone()
{
    const Policy policy = documentWithTwoCookies();
    const InventoryUpdate update = InventoryUpdate::plan(policy, importOf(updateCsv, policy),
                                                         Mode::AddNew, QStringLiteral("en"));
    QVERIFY(update.changed().isEmpty());
    QCOMPARE(update.unchangedCount(), 2);
    QCOMPARE(update.added().size(), 1);
    Policy after = policy;
    update.applyTo(after);
    QCOMPARE(after.cookies.at(0), policy.cookies.at(0));
    QCOMPARE(after.cookies.at(1), policy.cookies.at(1));
    QCOMPARE(after.cookies.size(), 3);
}

void TestInventoryUpdate::replaceRemovesTheCookiesTheFileDoesNotList()
{
    const Policy policy = documentWithTwoCookies();
    const InventoryUpdate update = InventoryUpdate::plan(
        policy, importOf("Cookie,Domain,Lifetime\n_pk_id,example.org,13 months\n_ga,example.org,2 years\n", policy),
        Mode::Replace, QStringLiteral("en"));
    QCOMPARE(update.removed().size(), 1);
    QCOMPARE(update.removed().first().name, QStringLiteral("sessionid"));
    QCOMPARE(update.summary(), QStringLiteral("1 changed, 1 added, 1 removed"));
    QCOMPARE(update.changed().first().index, 0);
    Policy after = policy;
    update.applyTo(after);
    QCOMPARE(after.cookies.size(), 2);
    QCOMPARE(after.cookies.at(0).name, QStringLiteral("_ga")); // the document's order first
    QVERIFY(after.cookies.at(0).secure);
    QCOMPARE(after.cookies.at(1).name, QStringLiteral("_pk_id"));
}

void TestInventoryUpdate::anUnreadableCellKeepsTheValue()
{
    const Policy policy = documentWithTwoCookies();
    const InventoryUpdate update = InventoryUpdate::plan(
        policy, importOf("Cookie,Domain,Lifetime\n_ga,example.org,Persistant\n", policy),
        Mode::UpdateAndAdd, QStringLiteral("en"));
    QVERIFY(update.changesNothing());
    QCOMPARE(update.unreadOnly().size(), 1);
    const InventoryUpdate::FieldChange &unread = update.unreadOnly().first().unread.first();
    QCOMPARE(unread.field, InventoryField::Lifetime);
    QCOMPARE(unread.before, QStringLiteral("13 months"));
    QCOMPARE(unread.after, QStringLiteral("Persistant"));
    Policy after = policy;
    update.applyTo(after);
    QCOMPARE(after.cookies.first(), policy.cookies.first());
}

void TestInventoryUpdate::aReadableCellFixesAnUnreadOne()
{
    Policy policy = documentWithTwoCookies();
    policy.cookies[1].lifetime.reset();
    policy.cookies[1].unparsed.insert(QStringLiteral("lifetime"), QStringLiteral("Persistant"));
    const InventoryUpdate update = InventoryUpdate::plan(
        policy, importOf("Cookie,Domain,Durée\nsessionid,example.org,1 an\n", policy),
        Mode::UpdateAndAdd, QStringLiteral("fr"));
    QCOMPARE(update.changed().size(), 1);
    QCOMPARE(update.changed().first().changes.first().before, QStringLiteral("Persistant"));
    QCOMPARE(update.changed().first().changes.first().after, QStringLiteral("1 an"));
    QVERIFY(update.changed().first().after.unparsed.isEmpty());
}

void TestInventoryUpdate::onlyTheProvidersAndCategoriesInUseJoin()
{
    const Policy policy = documentWithTwoCookies();
    // Matomo is named only by a row AddNew leaves alone: it must not join.
    const InventoryImport imported =
        importOf("Cookie,Domain,Provider,Category\n_ga,example.org,Matomo,Marketing\n", policy);
    QCOMPARE(imported.providers.size(), 1);
    const InventoryUpdate kept = InventoryUpdate::plan(policy, imported, Mode::AddNew, QStringLiteral("en"));
    QCOMPARE(kept.providers().size(), policy.providers.size());
    QCOMPARE(kept.categories().size(), policy.categories.size());
    const InventoryUpdate updated =
        InventoryUpdate::plan(policy, imported, Mode::UpdateAndAdd, QStringLiteral("en"));
    QCOMPARE(updated.providers().size(), policy.providers.size() + 1);
    QCOMPARE(updated.categories().size(), policy.categories.size() + 1);
    QCOMPARE(updated.changed().first().changes.size(), 2);
    QCOMPARE(updated.changed().first().changes.at(0).before, QStringLiteral("Google"));
    QCOMPARE(updated.changed().first().changes.at(0).after, QStringLiteral("Matomo"));
}

void TestInventoryUpdate::aRepeatedRowCompletesTheCookieAndIsCounted()
{
    const Policy policy = documentWithTwoCookies();
    const InventoryUpdate update = InventoryUpdate::plan(
        policy,
        importOf("Cookie,Domain,Lifetime,Path\nnew,example.org,1 day,\nnew,example.org,,/app\n"
                 "_ga,example.org,1 year,\n_ga,.example.org,,/\n", policy),
        Mode::UpdateAndAdd, QStringLiteral("en"));
    QCOMPARE(update.repeatedRows(), 2);
    QCOMPARE(update.added().size(), 1);
    QCOMPARE(update.added().first().lifetime->seconds(), Lifetime::Day);
    QCOMPARE(update.added().first().path, QStringLiteral("/app"));
    QCOMPARE(update.changed().size(), 1);
    QCOMPARE(update.changed().first().changes.size(), 2); // lifetime, then path
    QCOMPARE(update.changed().first().after.path, QStringLiteral("/"));
    QCOMPARE(update.cookies().size(), 3);
}

void TestInventoryUpdate::aRowWithoutDomainNamesTheOneCookieOfItsName()
{
    // A CSV with no domain column: its rows are the document's cookies, not new ones,
    // and Replace removes only what no row names.
    const Policy policy = documentWithTwoCookies();
    const InventoryUpdate update = InventoryUpdate::plan(
        policy, importOf("Cookie,Purpose (en)\nsessionid,Sign-in\n", policy), Mode::Replace,
        QStringLiteral("en"));
    QCOMPARE(update.added().size(), 0);
    QCOMPARE(update.changed().size(), 1);
    QCOMPARE(update.changed().first().after.domain, QStringLiteral("example.org"));
    QCOMPARE(update.changed().first().after.basis, LegalBasis::Exempt); // not stated: kept
    QCOMPARE(update.removed().size(), 1);
    QCOMPARE(update.removed().first().name, QStringLiteral("_ga"));
}

void TestInventoryUpdate::aRowWithoutDomainAmongSeveralIsSetAside()
{
    Policy policy = documentWithTwoCookies();
    Cookie other = policy.cookies.at(1);
    other.domain = QStringLiteral("shop.example.org");
    policy.cookies << other;
    const InventoryUpdate update = InventoryUpdate::plan(
        policy, importOf("Cookie,Lifetime\nsessionid,1 day\n", policy), Mode::UpdateAndAdd,
        QStringLiteral("en"));
    QVERIFY(update.changesNothing());
    QCOMPARE(update.ambiguous().size(), 1);
    QCOMPARE(update.ambiguous().first().line, 2);
    QCOMPARE(update.ambiguous().first().name, QStringLiteral("sessionid"));
}

void TestInventoryUpdate::familiesAndPathsMatchTheirOwnCookie()
{
    // The document has _hj and the family _hj*, and sess on / and on /admin: each row
    // updates its own cookie, and Replace keeps all four.
    Policy policy = documentWithTwoCookies();
    policy.cookies.clear();
    Cookie hj;
    hj.name = QStringLiteral("_hj");
    hj.domain = QStringLiteral("example.org");
    Cookie family = hj;
    family.match = NameMatch::Prefix;
    Cookie root;
    root.name = QStringLiteral("sess");
    root.domain = QStringLiteral("example.org");
    root.path = QStringLiteral("/");
    Cookie admin = root;
    admin.path = QStringLiteral("/admin");
    policy.cookies << hj << family << root << admin;
    const InventoryUpdate update = InventoryUpdate::plan(
        policy,
        importOf("Cookie,Domain,Path,Lifetime\n_hj*,example.org,,1 day\n_hj,example.org,,2 days\n"
                 "sess,example.org,/admin,3 days\nsess,example.org,/,4 days\n",
                 policy),
        Mode::Replace, QStringLiteral("en"));
    QCOMPARE(update.removed().size(), 0);
    QCOMPARE(update.added().size(), 0);
    const QList<Cookie> after = update.cookies();
    QCOMPARE(after.size(), 4);
    QCOMPARE(after.at(0).match, NameMatch::Exact);
    QCOMPARE(after.at(0).lifetime->seconds(), 2 * Lifetime::Day);
    QCOMPARE(after.at(1).match, NameMatch::Prefix);
    QCOMPARE(after.at(1).lifetime->seconds(), Lifetime::Day);
    QCOMPARE(after.at(2).path, QStringLiteral("/"));
    QCOMPARE(after.at(2).lifetime->seconds(), 4 * Lifetime::Day);
    QCOMPARE(after.at(3).path, QStringLiteral("/admin"));
    QCOMPARE(after.at(3).lifetime->seconds(), 3 * Lifetime::Day);
}

void TestInventoryUpdate::rowsThatUndoEachOtherChangeNothing()
{
    // _ga on two rows, the second putting back what the document says: no change, so
    // importing the file never rewrites the document.
    const Policy policy = documentWithTwoCookies();
    const InventoryUpdate update = InventoryUpdate::plan(
        policy,
        importOf("Cookie,Domain,Lifetime\n_ga,example.org,2 years\n_ga,example.org,13 months\n",
                 policy),
        Mode::UpdateAndAdd, QStringLiteral("en"));
    QVERIFY(update.changesNothing());
    QCOMPARE(update.repeatedRows(), 1);
    QCOMPARE(update.unchangedCount(), 1);
}

void TestInventoryUpdate::commandLineUpdatesADocument()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString document = dir.filePath(QStringLiteral("site.charte.json"));
    const QString csv = dir.filePath(QStringLiteral("inventory.csv"));
    QVERIFY(writeAll(document, PolicyWriter::toJson(documentWithTwoCookies())));
    QVERIFY(writeAll(csv, updateCsv));

    const auto run = runCharte({QStringLiteral("import"), csv, QStringLiteral("--update"), document});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err().contains(csv + QStringLiteral(":2: _ga (.example.org): Lifetime: 13 months → 2 years")),
             qPrintable(run.err()));
    QVERIFY2(run.err().contains(document + QStringLiteral(": 2 changed, 1 added, 0 unchanged")),
             qPrintable(run.err()));
    const Expected<Policy> updated = PolicyReader::readFile(document);
    QVERIFY2(updated.hasValue(), qPrintable(updated.error()));
    QCOMPARE(updated->cookies.size(), 3);
    QCOMPARE(updated->cookies.at(0).lifetime->seconds(), 2 * Lifetime::Year);

    // Again: nothing changes, and the file is not even rewritten.
    const QDateTime written = QFileInfo(document).lastModified();
    const QByteArray bytes = TestSupport::readAll(document);
    QTest::qWait(20);
    const auto again = runCharte({QStringLiteral("import"), csv, QStringLiteral("--update"), document});
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.err().contains(QStringLiteral("0 changed, 0 added, 3 unchanged")), qPrintable(again.err()));
    QCOMPARE(TestSupport::readAll(document), bytes);
    QCOMPARE(QFileInfo(document).lastModified(), written);

    // --keep-existing and -o: the document stays, the output has the new cookie only.
    QVERIFY(writeAll(document, PolicyWriter::toJson(documentWithTwoCookies())));
    const QString output = dir.filePath(QStringLiteral("out.charte.json"));
    const auto added = runCharte({QStringLiteral("import"), csv, QStringLiteral("--update"), document,
                                  QStringLiteral("--keep-existing"), QStringLiteral("-o"), output});
    QCOMPARE(added.exitCode, 0);
    const Expected<Policy> out = PolicyReader::readFile(output);
    QVERIFY2(out.hasValue(), qPrintable(out.error()));
    QCOMPARE(out->cookies.size(), 3);
    QCOMPARE(out->cookies.at(0).lifetime->seconds(), 13 * Lifetime::Month);
    QCOMPARE(PolicyReader::readFile(document)->cookies.size(), 2);
}

void TestInventoryUpdate::commandLineRefusesBrokenInput()
{
    QTemporaryDir dir;
    const QString document = dir.filePath(QStringLiteral("site.charte.json"));
    const QString csv = dir.filePath(QStringLiteral("inventory.csv"));
    QVERIFY(writeAll(document, PolicyWriter::toJson(documentWithTwoCookies())));
    const QByteArray original = TestSupport::readAll(document);

    QVERIFY(writeAll(csv, QByteArray("Navigateur,Réglages\nFirefox,about:preferences\n")));
    auto run = runCharte({QStringLiteral("import"), csv, QStringLiteral("--update"), document});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err().startsWith(QStringLiteral("charte: ") + csv + QStringLiteral(":1: ")), qPrintable(run.err()));
    QCOMPARE(run.err().trimmed().count(u'\n'), 0);

    // Standard input cannot be matched against a document: said, not "-: no such file".
    run = runCharte({QStringLiteral("import"), QStringLiteral("-"), QStringLiteral("--update"), document});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err().contains(QStringLiteral("not from standard input")), qPrintable(run.err()));

    QVERIFY(writeAll(csv, updateCsv));
    const QString broken = dir.filePath(QStringLiteral("broken.charte.json"));
    QVERIFY(writeAll(broken, QByteArray("{\"format\": \"charte/1\", ")));
    run = runCharte({QStringLiteral("import"), csv, QStringLiteral("--update"), broken});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err().contains(broken), qPrintable(run.err()));

    run = runCharte({QStringLiteral("import"), csv, QStringLiteral("--keep-existing"), QStringLiteral("-o"),
                     dir.filePath(QStringLiteral("x.json"))});
    QCOMPARE(run.exitCode, 2);
    run = runCharte({QStringLiteral("import"), csv, QStringLiteral("--update"), document,
                     QStringLiteral("--keep-existing"), QStringLiteral("--replace")});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(TestSupport::readAll(document), original);
}

QTEST_GUILESS_MAIN(TestInventoryUpdate)
#include "tst_inventoryupdate.moc"
