// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "consentlog/consentstore.h"
#include "consentlog/consentverifier.h"
#include "support/charteprocess.h"
#include "support/postgresqlserver.h"
#include "support/required.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

// `charte consent-log` as a site runs it: the service killed with SIGKILL in the middle
// of a load keeps every record it acknowledged (SQLite and a real PostgreSQL), restarts
// on the same store, and the queries answer with the right exit status.
namespace {

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

QByteArray body(const QString &id)
{
    return QStringLiteral("{\"id\":\"%1\",\"revision\":2,\"timestamp\":\"%2\",\"method\":\"accept-all\","
                          "\"categories\":{\"necessary\":true,\"statistics\":true},\"gpc\":false,"
                          "\"page\":\"https://www.valbourg.example/\"}")
        .arg(id, ConsentRecord::formatTime(QDateTime::currentDateTimeUtc()))
        .toUtf8();
}

// A running `charte consent-log serve`.
class Service
{
public:
    bool start(const QStringList &arguments)
    {
        m_port = freePort();
        m_process.start(QStringLiteral(CHARTE_EXECUTABLE),
                        QStringList{QStringLiteral("consent-log"), QStringLiteral("serve"), QStringLiteral("--listen"),
                                    QStringLiteral("127.0.0.1:%1").arg(m_port)} +
                            arguments);
        if (!m_process.waitForStarted(10000))
            return false;
        QElapsedTimer clock;
        clock.start();
        while (!m_error.contains("listening on") && clock.elapsed() < 30000) {
            if (m_process.state() == QProcess::NotRunning)
                break;
            m_process.waitForReadyRead(200);
            m_error += m_process.readAllStandardError();
        }
        return m_error.contains("listening on");
    }
    void kill9()
    {
        ::kill(pid_t(m_process.processId()), SIGKILL);
        m_process.waitForFinished(10000);
    }
    int stop() // SIGTERM: stores what is queued, then exits
    {
        ::kill(pid_t(m_process.processId()), SIGTERM);
        m_process.waitForFinished(20000);
        m_error += m_process.readAllStandardError();
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    }
    QByteArray error() const { return m_error; }
    quint16 port() const { return m_port; }
    ~Service()
    {
        if (m_process.state() != QProcess::NotRunning)
            kill9();
    }

private:
    QProcess m_process;
    QByteArray m_error;
    quint16 m_port = 0;
};

} // namespace

class tst_ConsentLogCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_folder;
    PostgreSqlServer m_postgres;
    bool m_postgresStarted = false;
    QNetworkAccessManager m_network;

    // Posts records with `parallel` requests in flight until `stop` says so; returns the
    // ids the service acknowledged with 204.
    QSet<QString> load(quint16 port, int parallel, const std::function<bool(int acknowledged)> &stop, int &sent)
    {
        QSet<QString> acknowledged;
        int inFlight = 0;
        bool stopping = false;
        QEventLoop loop;
        std::function<void()> next = [&] {
            if (stopping)
                return;
            const QString id = QStringLiteral("load%1aaaaaaaaaaaa").arg(sent++);
            QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port)));
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("text/plain;charset=UTF-8"));
            QNetworkReply *reply = m_network.post(request, body(id));
            ++inFlight;
            connect(reply, &QNetworkReply::finished, &loop, [&, reply, id] {
                --inFlight;
                if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 204)
                    acknowledged.insert(id);
                reply->deleteLater();
                if (!stopping && stop(int(acknowledged.size())))
                    stopping = true;
                if (stopping) {
                    if (inFlight == 0)
                        loop.quit();
                    return;
                }
                next();
            });
        };
        for (int i = 0; i < parallel; ++i)
            next();
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        loop.exec();
        return acknowledged;
    }

    void killDuringLoad(const QString &spec)
    {
        Service service;
        QVERIFY2(service.start({QStringLiteral("--store"), spec, QStringLiteral("--rate"), QStringLiteral("0")}),
                 service.error().constData());
        int sent = 0;
        bool killed = false;
        // Kill after 300 acknowledgements, while 16 more are in flight.
        const QSet<QString> acknowledged = load(service.port(), 16, [&](int count) {
            if (count >= 300 && !killed) {
                service.kill9();
                killed = true;
            }
            return killed && count >= 300;
        }, sent);
        QVERIFY(killed);
        QVERIFY(acknowledged.size() >= 300);
        QVERIFY(sent > acknowledged.size()); // some were cut off unanswered

        // Every acknowledged record is there, and the chain is whole.
        {
            auto store = ConsentStore::open(spec, ConsentStore::OpenMode::ExistingOnly);
            QVERIFY2(store, qPrintable(store.error()));
            QSet<QString> stored;
            QVERIFY((*store)->forEachInChain([&](const ConsentRecord &r) {
                stored.insert(r.consentId);
                return true;
            }));
            for (const QString &id : acknowledged)
                QVERIFY2(stored.contains(id), qPrintable(id + QStringLiteral(" was acknowledged but is not stored")));
            const auto verified = ConsentVerifier::verify(**store);
            QVERIFY(verified);
            QVERIFY2(verified->intact, qPrintable(verified->problem));
        }
        // The service starts again on the same store and continues the chain.
        Service again;
        QVERIFY2(again.start({QStringLiteral("--store"), spec}), again.error().constData());
        int more = 0;
        const QSet<QString> after = load(again.port(), 1, [](int count) { return count >= 1; }, more);
        QCOMPARE(after.size(), 1);
        QCOMPARE(again.stop(), 0);
        QVERIFY(again.error().contains("stopped; 1 stored"));
        const TestSupport::CharteRun verify = TestSupport::runCharte({QStringLiteral("consent-log"), QStringLiteral("verify"),
                                                                      QStringLiteral("--store"), spec});
        QCOMPARE(verify.exitCode, 0);
        QVERIFY2(verify.out().contains(QStringLiteral("records intact")), qPrintable(verify.out()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_folder.isValid());
        m_postgresStarted = m_postgres.start();
    }
    void cleanupTestCase() { m_postgres.stop(); }

    void killDuringLoadSQLite() { killDuringLoad(QStringLiteral("sqlite:") + m_folder.filePath(QStringLiteral("kill.db"))); }

    void killDuringLoadPostgreSQL()
    {
        CHARTE_REQUIRE(m_postgresStarted, QStringLiteral("PostgreSQL not available: ") + m_postgres.error());
        QVERIFY(m_postgres.createDatabase(QStringLiteral("killed")));
        killDuringLoad(m_postgres.storeSpec(QStringLiteral("killed")));
    }

    void queriesAnswerAsAnAuditorNeeds()
    {
        const QString spec = QStringLiteral("sqlite:") + m_folder.filePath(QStringLiteral("queries.db"));
        {
            auto store = ConsentStore::open(spec, ConsentStore::OpenMode::Create);
            QVERIFY(store);
            QList<ConsentRecord> records;
            for (int i = 0; i < 4; ++i) {
                ConsentRecord r;
                r.consentId = i < 2 ? QStringLiteral("visitor0000000001") : QStringLiteral("visitor%1").arg(i, 10, 10, QLatin1Char('0'));
                r.method = i == 1 ? QStringLiteral("reject-all") : QStringLiteral("accept-all");
                r.received = QDateTime(QDate(2026, 3, 13 + i), QTime(10, 0), Qt::UTC);
                r.clientTime = r.received;
                r.revision = i < 3 ? 2 : 3;
                r.categories = {{QStringLiteral("necessary"), true}, {QStringLiteral("statistics"), i != 1}};
                r.page = QStringLiteral("https://www.valbourg.example/=cmd|' /C calc'!A0");
                records << r;
            }
            QVERIFY((*store)->append(records));
        }
        const auto run = [&](QStringList arguments) {
            arguments.prepend(QStringLiteral("consent-log"));
            arguments << QStringLiteral("--store") << spec;
            return TestSupport::runCharte(arguments);
        };
        // The visitor's history: consent of the 13th, withdrawal of the 14th.
        TestSupport::CharteRun find = run({QStringLiteral("find"), QStringLiteral("visitor0000000001"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(find.exitCode, 0);
        const QJsonArray history = QJsonDocument::fromJson(find.standardOutput).array();
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.at(1)[u"method"].toString(), QStringLiteral("reject-all"));
        QCOMPARE(history.at(1)[u"categories"][u"statistics"].toBool(true), false);
        find = run({QStringLiteral("find"), QStringLiteral("nobody00000000")});
        QCOMPARE(find.exitCode, 1);
        QVERIFY(find.err().contains(QStringLiteral("no record of consent id \"nobody00000000\"")));

        const TestSupport::CharteRun csv = run({QStringLiteral("export"), QStringLiteral("--since"), QStringLiteral("2026-03-14"),
                                                QStringLiteral("--until"), QStringLiteral("2026-03-15"), QStringLiteral("--format"),
                                                QStringLiteral("csv")});
        QCOMPARE(csv.exitCode, 0);
        const QStringList lines = QString::fromUtf8(csv.standardOutput).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3); // header, the 14th and the 15th
        QVERIFY(lines.at(1).contains(QStringLiteral("2026-03-14T10:00:00.000Z")));
        QVERIFY(csv.err().contains(QStringLiteral("2 record(s)")));

        const TestSupport::CharteRun stats = run({QStringLiteral("stats"), QStringLiteral("--by"), QStringLiteral("revision"),
                                                  QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(stats.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(stats.standardOutput).object();
        QCOMPARE(json[u"buckets"].toArray().size(), 2);
        QCOMPARE(json[u"total"][u"choices"].toInt(), 4);
        QCOMPARE(json[u"total"][u"methods"][u"reject-all"].toInt(), 1);
        QCOMPARE(json[u"total"][u"categories"][u"statistics"][u"acceptance"].toDouble(), 0.75);

        QCOMPARE(run({QStringLiteral("verify")}).exitCode, 0);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("intruder"));
            db.setDatabaseName(m_folder.filePath(QStringLiteral("queries.db")));
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("UPDATE consent_records SET method = 'accept-all' WHERE seq = 2")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("intruder"));
        const TestSupport::CharteRun broken = run({QStringLiteral("verify")});
        QCOMPARE(broken.exitCode, 1);
        QVERIFY2(broken.err().contains(QStringLiteral("record 2 (consent visitor0000000001) was edited")), qPrintable(broken.err()));
    }

    void badUsageSaysWhatAndExits2_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const QString absent = QStringLiteral("sqlite:/nonexistent/folder/log.db");
        QTest::newRow("no action") << QStringList{} << "expected serve, find, export, stats or verify";
        QTest::newRow("unknown action") << QStringList{QStringLiteral("delete")} << "unknown action \"delete\"";
        QTest::newRow("no store") << QStringList{QStringLiteral("verify")} << "missing --store";
        QTest::newRow("missing file") << QStringList{QStringLiteral("verify"), QStringLiteral("--store"), absent} << "/nonexistent/folder/log.db: no such consent log";
        QTest::newRow("bad store") << QStringList{QStringLiteral("stats"), QStringLiteral("--store"), QStringLiteral("mysql://x/y")} << "unknown store";
        QTest::newRow("bad retain") << QStringList{QStringLiteral("serve"), QStringLiteral("--store"), QStringLiteral("sqlite:x.db"), QStringLiteral("--retain"), QStringLiteral("forever")} << "--retain \"forever\"";
        QTest::newRow("bad listen") << QStringList{QStringLiteral("serve"), QStringLiteral("--store"), QStringLiteral("sqlite:x.db"), QStringLiteral("--listen"), QStringLiteral("somewhere")} << "--listen \"somewhere\"";
        QTest::newRow("bad origin") << QStringList{QStringLiteral("serve"), QStringLiteral("--store"), QStringLiteral("sqlite:x.db"), QStringLiteral("--origin"), QStringLiteral("https://a.example/page")} << "is not an origin";
        QTest::newRow("bad since") << QStringList{QStringLiteral("export"), QStringLiteral("--store"), absent, QStringLiteral("--since"), QStringLiteral("last week")} << "--since \"last week\"";
    }
    void badUsageSaysWhatAndExits2()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        arguments.prepend(QStringLiteral("consent-log"));
        const TestSupport::CharteRun run = TestSupport::runCharte(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err().contains(message), qPrintable(run.err()));
        QCOMPARE(run.err().count(u'\n') <= 2, true);
    }

    // The shipped systemd unit's command line is one the service accepts (with its
    // store and port moved into the test's folder).
    void theSystemdUnitStartsTheService()
    {
        QFile unit(QStringLiteral(CHARTE_SOURCE_DIR "/resources/systemd/charte-consent-log.service"));
        QVERIFY(unit.open(QIODevice::ReadOnly));
        QString text = QString::fromUtf8(unit.readAll());
        text.replace(QStringLiteral("\\\n"), QStringLiteral(" "));
        const qsizetype at = text.indexOf(QStringLiteral("ExecStart=/usr/bin/charte "));
        QVERIFY(at >= 0);
        const QString line = text.mid(at + 26, text.indexOf(u'\n', at) - at - 26);
        QStringList arguments = QProcess::splitCommand(line);
        QCOMPARE(arguments.mid(0, 2), (QStringList{QStringLiteral("consent-log"), QStringLiteral("serve")}));
        arguments = arguments.mid(2);
        const qsizetype store = arguments.indexOf(QStringLiteral("--store"));
        QVERIFY(store >= 0);
        arguments[store + 1] = QStringLiteral("sqlite:") + m_folder.filePath(QStringLiteral("unit.db"));
        const qsizetype listen = arguments.indexOf(QStringLiteral("--listen"));
        QVERIFY(listen >= 0);
        arguments.remove(listen, 2); // Service::start picks a free port
        QVERIFY(arguments.contains(QStringLiteral("13 months")));
        Service service;
        QVERIFY2(service.start(arguments), service.error().constData());
        QVERIFY(service.error().contains("CORS for https://www.example.org"));
        QCOMPARE(service.stop(), 0);
    }

    void retentionRemovesOldRecordsAndKeepsTheChain()
    {
        const QString path = m_folder.filePath(QStringLiteral("retention.db"));
        const QString spec = QStringLiteral("sqlite:") + path;
        {
            auto store = ConsentStore::open(spec, ConsentStore::OpenMode::Create);
            QVERIFY(store);
            QList<ConsentRecord> records;
            const QDateTime now = QDateTime::currentDateTimeUtc();
            for (const qint64 daysAgo : {500, 420, 30, 1}) {
                ConsentRecord r;
                r.consentId = QStringLiteral("old%1aaaaaaaaa").arg(daysAgo);
                r.method = QStringLiteral("close");
                r.received = now.addDays(-daysAgo);
                r.clientTime = r.received;
                r.categories = {{QStringLiteral("necessary"), true}};
                r.page = QStringLiteral("https://www.valbourg.example/");
                records << r;
            }
            QVERIFY((*store)->append(records));
        }
        Service service;
        QVERIFY2(service.start({QStringLiteral("--store"), spec, QStringLiteral("--retain"), QStringLiteral("13 months")}),
                 service.error().constData());
        QCOMPARE(service.stop(), 0);
        QVERIFY2(service.error().contains("retention 13 months"), service.error().constData());
        QVERIFY(service.error().contains("checkpoint at record 2"));
        auto store = ConsentStore::open(spec, ConsentStore::OpenMode::ExistingOnly);
        QCOMPARE(*(*store)->recordCount(), 2); // 13 months = 390 days: 500 and 420 days ago go
        const TestSupport::CharteRun verify = TestSupport::runCharte(
            {QStringLiteral("consent-log"), QStringLiteral("verify"), QStringLiteral("--store"), spec});
        QCOMPARE(verify.exitCode, 0);
        QVERIFY2(verify.out().contains(QStringLiteral("2 records intact, from the checkpoint after record 2")), qPrintable(verify.out()));
    }
};

QTEST_GUILESS_MAIN(tst_ConsentLogCli)
#include "tst_consentlogcli.moc"
