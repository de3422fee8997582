// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "consentlog/clientinfo.h"
#include "consentlog/consentrequest.h"
#include "consentlog/consentstatistics.h"
#include "consentlog/consentstore.h"
#include "consentlog/consentverifier.h"
#include "support/postgresqlserver.h"
#include "support/required.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// The consent log's store, its chain and what reads it, against a real SQLite file and
// a real PostgreSQL server started for the test: records come back as stored, a
// deleted or edited row is named by verify, retention keeps the chain verifiable,
// statistics equal a recount. (No raw string literals here: Qt 6.4's moc misreads them.)
#define NEED_STORE(kind)                                                                           \
    CHARTE_REQUIRE((kind) != QLatin1StringView("postgresql") || postgresStarted(),                 \
                   QStringLiteral("PostgreSQL not available: ") + postgresError())


class tst_ConsentStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_folder;
    PostgreSqlServer m_postgres;
    bool m_postgresStarted = false;
    int m_databases = 0;

    // A fresh store of the given kind; QSKIP/QFAIL from the caller when PostgreSQL is out.
    QString newStore(const QString &kind)
    {
        if (kind == QLatin1StringView("sqlite"))
            return QStringLiteral("sqlite:") + m_folder.filePath(QStringLiteral("log%1.db").arg(++m_databases));
        const QString name = QStringLiteral("log%1").arg(++m_databases);
        if (!m_postgres.createDatabase(name))
            return QString();
        return m_postgres.storeSpec(name);
    }

    static ConsentRecord record(const QString &id, const QString &method, const QDateTime &received,
                                QMap<QString, bool> categories, qint64 revision = 3, bool gpc = false)
    {
        ConsentRecord r;
        r.consentId = id;
        r.method = method;
        r.received = received;
        r.clientTime = received.addSecs(-2);
        r.categories = std::move(categories);
        r.revision = revision;
        r.gpc = gpc;
        r.page = QStringLiteral("https://www.valbourg.example/actualites");
        r.address = QStringLiteral("203.0.113.0/24");
        r.userAgentFamily = QStringLiteral("Firefox");
        return r;
    }

    // Runs SQL on the store behind the store's back, as an intruder would.
    static void tamper(const QString &spec, const QString &sql)
    {
        const ConsentStore::Location location = *ConsentStore::parseLocation(spec);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(
                location.kind == ConsentStore::Kind::SQLite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL"),
                QStringLiteral("intruder"));
            if (location.kind == ConsentStore::Kind::SQLite) {
                db.setDatabaseName(location.path);
            } else {
                db.setHostName(location.host);
                db.setPort(location.port);
                db.setUserName(location.user);
                db.setDatabaseName(location.database);
            }
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY2(query.exec(sql), qPrintable(sql));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("intruder"));
    }

    bool postgresStarted() const { return m_postgresStarted; }
    QString postgresError() const { return m_postgres.error(); }

    void addKinds()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
    }

    // A store of the kind with three records of two visitors.
    std::unique_ptr<ConsentStore> filled(const QString &kind, QString &spec)
    {
        spec = newStore(kind);
        if (spec.isEmpty())
            return nullptr;
        Expected<std::unique_ptr<ConsentStore>> store = ConsentStore::open(spec, ConsentStore::OpenMode::Create);
        if (!store) {
            qWarning() << store.error();
            return nullptr;
        }
        const QDateTime t(QDate(2026, 3, 14), QTime(9, 30), Qt::UTC);
        QList<ConsentRecord> first = {
            record(QStringLiteral("aaaa1111bbbb2222"), QStringLiteral("reject-all"), t,
                   {{QStringLiteral("necessary"), true}, {QStringLiteral("statistics"), false}}),
            record(QStringLiteral("cccc3333dddd4444"), QStringLiteral("accept-all"), t.addSecs(60),
                   {{QStringLiteral("necessary"), true}, {QStringLiteral("statistics"), true}}, 3, true)};
        if (!(*store)->append(first))
            return nullptr;
        QList<ConsentRecord> second = {record(QStringLiteral("aaaa1111bbbb2222"), QStringLiteral("custom"),
                                              t.addDays(1),
                                              {{QStringLiteral("necessary"), true}, {QStringLiteral("statistics"), true}}, 4)};
        if (!(*store)->append(second))
            return nullptr;
        return std::move(*store);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_folder.isValid());
        m_postgresStarted = m_postgres.start();
        if (!m_postgresStarted)
            qWarning("PostgreSQL did not start: %s", qPrintable(m_postgres.error()));
    }
    void cleanupTestCase() { m_postgres.stop(); }

    void readsWhatTheBannersSend_data()
    {
        QTest::addColumn<QByteArray>("body");
        // Charte's banner (resources/banner/charte-consent.js, logChoice).
        QTest::newRow("charte banner")
            << QByteArray("{\"id\":\"3f0c0123456789abcdef0123456789ab\",\"revision\":3,\"timestamp\":\"2026-11-29T06:15:00.000Z\",\"method\":\"reject-all\",\"categories\":{\"necessary\":true,\"statistics\":false,\"marketing\":false},\"gpc\":false,\"page\":\"https://www.valbourg.example/actualites\"}");
        // The vanilla-cookieconsent export: a UUID, the library's revision 0, its method names mapped.
        QTest::newRow("vanilla-cookieconsent")
            << QByteArray("{\"id\":\"0d5b2c9e-8f0e-4c53-9d8a-2b0f3e1c7a11\",\"revision\":0,\"timestamp\":\"2026-11-29T06:15:00.123Z\",\"method\":\"custom\",\"categories\":{\"necessary\":true,\"analytics\":true},\"gpc\":true,\"page\":\"http://localhost:8080/\"}");
    }
    void readsWhatTheBannersSend()
    {
        QFETCH(QByteArray, body);
        const Expected<ConsentRecord> r = ConsentRequestReader().read(body, QDateTime::currentDateTimeUtc());
        QVERIFY2(r, qPrintable(r.error()));
        QVERIFY(!r->consentId.isEmpty());
        QVERIFY(r->categories.value(QStringLiteral("necessary")));
        QVERIFY(r->clientTime.isValid());
    }

    void refusesEverythingElse_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("why");
        const QByteArray good = "{\"id\":\"3f0c0123456789ab\",\"revision\":3,\"timestamp\":\"2026-11-29T06:15:00.000Z\",\"method\":\"reject-all\",\"categories\":{\"necessary\":true,\"statistics\":false},\"gpc\":false,\"page\":\"https://www.valbourg.example/a\"}";
        const auto with = [&](const char *from, const char *to) { return QByteArray(good).replace(from, to); };
        QTest::newRow("malformed") << QByteArray("{\"id\":") << "malformed JSON";
        QTest::newRow("array") << QByteArray("[1,2]") << "not a JSON object";
        QTest::newRow("unknown member") << with("\"gpc\":false", "\"gpc\":false,\"cookie\":\"x=1\"") << "unknown member \"cookie\"";
        QTest::newRow("missing member") << with("\"gpc\":false,", "") << "missing member \"gpc\"";
        QTest::newRow("short id") << with("3f0c0123456789ab", "3f0c") << "\"id\"";
        QTest::newRow("id with markup") << with("3f0c0123456789ab", "<script>alert(1)</script>") << "\"id\"";
        QTest::newRow("revision text") << with("\"revision\":3", "\"revision\":\"3\"") << "\"revision\"";
        QTest::newRow("revision negative") << with("\"revision\":3", "\"revision\":-1") << "\"revision\"";
        QTest::newRow("revision fraction") << with("\"revision\":3", "\"revision\":3.5") << "\"revision\"";
        QTest::newRow("time without zone") << with("06:15:00.000Z", "06:15:00") << "\"timestamp\"";
        QTest::newRow("time not a time") << with("2026-11-29T06:15:00.000Z", "yesterday") << "\"timestamp\"";
        QTest::newRow("far future") << with("2026-11-29", "2099-11-29") << "in the future";
        QTest::newRow("method") << with("reject-all", "scroll") << "\"method\"";
        QTest::newRow("no categories") << with("{\"necessary\":true,\"statistics\":false}", "{}") << "\"categories\"";
        QTest::newRow("category not bool") << with("\"statistics\":false", "\"statistics\":0") << "true or false";
        QTest::newRow("category not in policy") << with("\"statistics\":false", "\"spying\":false") << "not in the policy";
        QTest::newRow("gpc text") << with("\"gpc\":false", "\"gpc\":\"no\"") << "\"gpc\"";
        QTest::newRow("page query") << with("/a\"", "/a?email=x@y.example\"") << "query string";
        QTest::newRow("page fragment") << with("/a\"", "/a#token\"") << "query string";
        QTest::newRow("page javascript") << with("https://www.valbourg.example/a", "javascript:alert(1)") << "\"page\"";
        QTest::newRow("over 4 KiB") << with("/a\"", QByteArray("/" + QByteArray(4200, 'a') + "\"").constData()) << "4096";
    }
    void refusesEverythingElse()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, why);
        ConsentRequestReader reader;
        reader.setKnownCategories({QStringLiteral("necessary"), QStringLiteral("statistics")});
        const QDateTime now(QDate(2026, 11, 29), QTime(7, 0), Qt::UTC);
        const Expected<ConsentRecord> r = reader.read(body, now);
        QVERIFY(!r);
        QVERIFY2(r.error().contains(why), qPrintable(r.error()));
    }

    void truncatesAddresses_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("kept");
        QTest::newRow("ipv4") << "203.0.113.77" << "203.0.113.0/24";
        QTest::newRow("ipv6") << "2001:db8:1234:5678:9abc::1" << "2001:db8:1234::/48";
        QTest::newRow("mapped") << "::ffff:198.51.100.9" << "198.51.100.0/24";
        QTest::newRow("none") << "" << "";
    }
    void truncatesAddresses()
    {
        QFETCH(QString, address);
        QFETCH(QString, kept);
        QCOMPARE(ClientInfo::truncatedAddress(QHostAddress(address)), kept);
    }

    void namesBrowserFamilies()
    {
        QCOMPARE(ClientInfo::browserFamily("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.0.0"), QStringLiteral("Edge"));
        QCOMPARE(ClientInfo::browserFamily("Mozilla/5.0 (X11; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0"), QStringLiteral("Firefox"));
        QCOMPARE(ClientInfo::browserFamily("Mozilla/5.0 (Macintosh; Intel Mac OS X 14_2) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Safari/605.1.15"), QStringLiteral("Safari"));
        QCOMPARE(ClientInfo::browserFamily("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36"), QStringLiteral("Chrome"));
        QCOMPARE(ClientInfo::browserFamily("curl/7.88.1"), QStringLiteral("other"));
        QCOMPARE(ClientInfo::browserFamily(""), QString());
    }

    void believesForwardedForOnlyFromTrustedProxies()
    {
        const QList<QHostAddress> proxies = {QHostAddress(QStringLiteral("127.0.0.1"))};
        const QHostAddress proxy(QStringLiteral("127.0.0.1"));
        const QHostAddress stranger(QStringLiteral("198.51.100.7"));
        QCOMPARE(ClientInfo::clientAddress(proxy, "203.0.113.5", proxies), QHostAddress(QStringLiteral("203.0.113.5")));
        // A visitor can put anything first; only the proxy's own entry (the last) counts.
        QCOMPARE(ClientInfo::clientAddress(proxy, "10.9.9.9, 203.0.113.5", proxies), QHostAddress(QStringLiteral("203.0.113.5")));
        QCOMPARE(ClientInfo::clientAddress(stranger, "203.0.113.5", proxies), stranger);
        QVERIFY(ClientInfo::clientAddress(proxy, "not-an-address", proxies).isNull());
    }

    void storesAndFinds_data() { addKinds(); }
    void storesAndFinds()
    {
        QFETCH(QString, kind);
        NEED_STORE(kind);
        QString spec;
        std::unique_ptr<ConsentStore> store = filled(kind, spec);
        QVERIFY(store);
        const Expected<QList<ConsentRecord>> history = store->find(QStringLiteral("aaaa1111bbbb2222"));
        QVERIFY2(history, qPrintable(history.error()));
        QCOMPARE(history->size(), 2);
        QCOMPARE(history->at(0).method, QStringLiteral("reject-all"));
        QCOMPARE(history->at(0).sequence, 1);
        QCOMPARE(history->at(1).method, QStringLiteral("custom"));
        QCOMPARE(history->at(1).sequence, 3);
        QCOMPARE(history->at(1).revision, 4);
        QCOMPARE(history->at(1).categories.value(QStringLiteral("statistics")), true);
        QCOMPARE(history->at(0).received, QDateTime(QDate(2026, 3, 14), QTime(9, 30), Qt::UTC));
        QCOMPARE(history->at(0).address, QStringLiteral("203.0.113.0/24"));
        QCOMPARE(store->find(QStringLiteral("nobody-here-0000"))->size(), 0);
        // A second connection (another service on another machine) continues the chain.
        Expected<std::unique_ptr<ConsentStore>> other = ConsentStore::open(spec, ConsentStore::OpenMode::Create);
        QVERIFY(other);
        QList<ConsentRecord> more = {record(QStringLiteral("eeee5555ffff6666"), QStringLiteral("close"),
                                            QDateTime(QDate(2026, 3, 14), QTime(8, 0), Qt::UTC),
                                            {{QStringLiteral("necessary"), true}})};
        QVERIFY((*other)->append(more));
        QCOMPARE(more.first().sequence, 4);
        // Received never goes back along the chain: the late-arriving earlier stamp is raised.
        QCOMPARE(more.first().received, QDateTime(QDate(2026, 3, 15), QTime(9, 30), Qt::UTC));
        const Expected<ConsentVerifier::Result> result = ConsentVerifier::verify(*store);
        QVERIFY(result);
        QVERIFY2(result->intact, qPrintable(result->problem));
        QCOMPARE(result->checked, 4);
    }

    // A batch larger than one statement holds (PostgreSQL writes 500 rows a statement),
    // over several days: every record stored and chained, the tallies matching.
    void storesABigBatch_data() { addKinds(); }
    void storesABigBatch()
    {
        QFETCH(QString, kind);
        NEED_STORE(kind);
        const QString spec = newStore(kind);
        Expected<std::unique_ptr<ConsentStore>> store = ConsentStore::open(spec, ConsentStore::OpenMode::Create);
        QVERIFY2(store, qPrintable(store.error()));
        const QDateTime start(QDate(2026, 3, 1), QTime(0, 0), Qt::UTC);
        QList<ConsentRecord> batch;
        for (int i = 0; i < 1234; ++i)
            batch << record(QStringLiteral("big%1visitor").arg(i, 5, 10, QLatin1Char('0')),
                            i % 3 == 0 ? QStringLiteral("accept-all") : QStringLiteral("reject-all"),
                            start.addSecs(qint64(i) * 600), {{QStringLiteral("statistics"), i % 3 == 0}}, 3, i % 7 == 0);
        QVERIFY((*store)->append(batch));
        QCOMPARE(batch.last().sequence, 1234);
        QCOMPARE(*(*store)->recordCount(), 1234);
        QCOMPARE((*store)->find(QStringLiteral("big01000visitor"))->size(), 1);
        qint64 tallied = 0, granted = 0;
        const Expected<ConsentTallies> tallies = (*store)->tallies();
        for (const auto &row : tallies->methods)
            tallied += row.count;
        for (const auto &row : tallies->categories)
            granted += row.granted;
        QCOMPARE(tallied, 1234);
        QCOMPARE(granted, 412); // i % 3 == 0 for i < 1234
        QCOMPARE(tallies->methods.first().day, QStringLiteral("2026-03-01"));
        QCOMPARE(tallies->methods.last().day, QStringLiteral("2026-03-09")); // 1233 × 10 min later
        const Expected<ConsentVerifier::Result> result = ConsentVerifier::verify(**store);
        QVERIFY(result);
        QVERIFY2(result->intact, qPrintable(result->problem));
        QCOMPARE(result->checked, 1234);
    }

    void queriesRefuseAMissingStore()
    {
        const QString path = m_folder.filePath(QStringLiteral("absent.db"));
        const auto store = ConsentStore::open(QStringLiteral("sqlite:") + path, ConsentStore::OpenMode::ExistingOnly);
        QVERIFY(!store);
        QVERIFY2(store.error().contains(path), qPrintable(store.error()));
        QVERIFY(!QFile::exists(path));
        QVERIFY(!ConsentStore::parseLocation(QStringLiteral("mysql://x/y")));
        QVERIFY(!ConsentStore::parseLocation(QStringLiteral("postgresql://host")));
        const auto pg = ConsentStore::parseLocation(QStringLiteral("postgresql://charte:secret@db.internal:5433/consent?sslmode=require"));
        QVERIFY(pg);
        QCOMPARE(pg->port, 5433);
        QCOMPARE(pg->options, QStringLiteral("sslmode=require"));
        QVERIFY(!pg->display().contains(QStringLiteral("secret")));
    }

    void verifyNamesAnEditedRow_data() { addKinds(); }
    void verifyNamesAnEditedRow()
    {
        QFETCH(QString, kind);
        NEED_STORE(kind);
        QString spec;
        std::unique_ptr<ConsentStore> store = filled(kind, spec);
        QVERIFY(store);
        // Turning a refusal into a consent is the edit that matters.
        tamper(spec, QStringLiteral("UPDATE consent_records SET method = 'accept-all', categories = "
                                    "'{\"necessary\":true,\"statistics\":true}' WHERE seq = 1"));
        const Expected<ConsentVerifier::Result> result = ConsentVerifier::verify(*store);
        QVERIFY(result);
        QVERIFY(!result->intact);
        QCOMPARE(result->brokenAt, 1);
        QVERIFY2(result->problem.contains(QStringLiteral("record 1 (consent aaaa1111bbbb2222) was edited")),
                 qPrintable(result->problem));
    }

    void verifyNamesADeletedRow_data() { addKinds(); }
    void verifyNamesADeletedRow()
    {
        QFETCH(QString, kind);
        NEED_STORE(kind);
        QString spec;
        std::unique_ptr<ConsentStore> store = filled(kind, spec);
        QVERIFY(store);
        tamper(spec, QStringLiteral("DELETE FROM consent_records WHERE seq = 2"));
        Expected<ConsentVerifier::Result> result = ConsentVerifier::verify(*store);
        QVERIFY(result);
        QVERIFY(!result->intact);
        QCOMPARE(result->brokenAt, 2);
        QVERIFY2(result->problem.contains(QStringLiteral("record 2 is missing")), qPrintable(result->problem));
        // The last record gone is caught by the head.
        QString otherSpec;
        std::unique_ptr<ConsentStore> other = filled(kind, otherSpec);
        QVERIFY(other);
        tamper(otherSpec, QStringLiteral("DELETE FROM consent_records WHERE seq = 3"));
        result = ConsentVerifier::verify(*other);
        QVERIFY(!result->intact);
        QVERIFY2(result->problem.contains(QStringLiteral("records 3 to 3 are missing")), qPrintable(result->problem));
    }

    void verifyNamesEditedTallies_data() { addKinds(); }
    void verifyNamesEditedTallies()
    {
        QFETCH(QString, kind);
        NEED_STORE(kind);
        QString spec;
        std::unique_ptr<ConsentStore> store = filled(kind, spec);
        QVERIFY(store);
        tamper(spec, QStringLiteral("UPDATE consent_tally_methods SET n = n + 100 WHERE method = 'accept-all'"));
        const Expected<ConsentVerifier::Result> result = ConsentVerifier::verify(*store);
        QVERIFY(!result->intact);
        QVERIFY2(result->problem.contains(QStringLiteral("tallies")), qPrintable(result->problem));
    }

    void retentionKeepsTheChainVerifiable_data() { addKinds(); }
    void retentionKeepsTheChainVerifiable()
    {
        QFETCH(QString, kind);
        NEED_STORE(kind);
        QString spec;
        std::unique_ptr<ConsentStore> store = filled(kind, spec);
        QVERIFY(store);
        // Records of 14 March go, those of 15 March stay (a cut inside the 15th rounds down).
        const Expected<ConsentStore::Checkpoint> mark =
            store->removeBefore(QDateTime(QDate(2026, 3, 15), QTime(12, 0), Qt::UTC));
        QVERIFY2(mark, qPrintable(mark.error()));
        QCOMPARE(mark->sequence, 2);
        QCOMPARE(mark->removed, 2);
        QCOMPARE(*store->recordCount(), 1);
        const Expected<ConsentVerifier::Result> result = ConsentVerifier::verify(*store);
        QVERIFY(result);
        QVERIFY2(result->intact, qPrintable(result->problem));
        QCOMPARE(result->checkpoint.sequence, 2);
        QCOMPARE(result->checked, 1);
        const ConsentStatistics stats = ConsentStatistics::compute(*store->tallies(), ConsentStatistics::Grouping::Day);
        QCOMPARE(stats.total().choices, 1);
        // Removing the checkpointed rows' successor afterwards is still caught.
        tamper(spec, QStringLiteral("DELETE FROM consent_records WHERE seq = 3"));
        QVERIFY(!ConsentVerifier::verify(*store)->intact);
    }

    void statisticsCountChoices()
    {
        QString spec;
        std::unique_ptr<ConsentStore> store = filled(QStringLiteral("sqlite"), spec);
        QVERIFY(store);
        const ConsentStatistics byDay = ConsentStatistics::compute(*store->tallies(), ConsentStatistics::Grouping::Day);
        QCOMPARE(byDay.buckets().size(), 2);
        QCOMPARE(byDay.buckets().at(0).key, QStringLiteral("2026-03-14"));
        QCOMPARE(byDay.buckets().at(0).choices, 2);
        QCOMPARE(byDay.buckets().at(0).methods.value(QStringLiteral("accept-all")), 1);
        QCOMPARE(byDay.buckets().at(0).gpc, 1);
        QCOMPARE(byDay.buckets().at(0).acceptance(QStringLiteral("statistics")), 0.5);
        QCOMPARE(byDay.total().acceptance(QStringLiteral("statistics")), 2.0 / 3.0);
        const ConsentStatistics byRevision =
            ConsentStatistics::compute(*store->tallies(), ConsentStatistics::Grouping::Revision);
        QCOMPARE(byRevision.buckets().size(), 2);
        QCOMPARE(byRevision.buckets().at(1).key, QStringLiteral("4"));
        QCOMPARE(byRevision.buckets().at(1).methods.value(QStringLiteral("custom")), 1);
        const ConsentStatistics byWeek = ConsentStatistics::compute(*store->tallies(), ConsentStatistics::Grouping::Week);
        QCOMPARE(byWeek.buckets().size(), 1);
        QCOMPARE(byWeek.buckets().at(0).key, QStringLiteral("2026-W11"));
        QVERIFY(byWeek.text().contains(QStringLiteral("66.7%")));
    }
};

QTEST_GUILESS_MAIN(tst_ConsentStore)
#include "tst_consentstore.moc"
