// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
// Writes a large SQLite consent log to try the Consents page and the queries at scale
// (docs/consent-log.md, "A log of ten million records"). The records go through
// ConsentStore::append like the service's — numbered, hashed, tallied — so the chain
// verifies; only in batches of 50,000 and with the consent-id index built once at the
// end instead of record by record (ids are random, so every insert into that index
// would touch another page).
//
//   make_consentlog OUT.db [--records 10000000] [--days 400] [--seed 14]
//
// Prints a few consent ids that have several records, for trying the lookup.
#include "consentlog/consentstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <cstdio>

namespace {

// The consent-id index as ConsentStore makes it (consentstore.cpp, createSchema).
const QString IdIndex = QStringLiteral("CREATE INDEX IF NOT EXISTS consent_records_id ON consent_records (consent_id)");

bool execOn(const QString &path, const QString &sql)
{
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("make_consentlog"));
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=60000"));
        QSqlQuery query(db);
        ok = db.open() && query.exec(sql);
        if (!ok)
            std::fprintf(stderr, "%s: %s\n", qPrintable(sql), qPrintable(query.lastError().text()));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("make_consentlog"));
    return ok;
}

QString randomId(QRandomGenerator &random)
{
    const quint64 high = random.generate64(), low = random.generate64();
    return QString::number(high, 16).rightJustified(16, u'0') + QString::number(low, 16).rightJustified(16, u'0');
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const auto option = [&](const char *name, qint64 fallback) {
        const qsizetype i = args.indexOf(QString::fromLatin1(name));
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1).toLongLong() : fallback;
    };
    if (args.size() < 2 || args.at(1).startsWith(u'-')) {
        std::fprintf(stderr, "usage: make_consentlog OUT.db [--records N] [--days D] [--seed S]\n");
        return 2;
    }
    const QString path = args.at(1);
    const qint64 records = option("--records", 10'000'000);
    const qint64 days = std::max<qint64>(1, option("--days", 400));
    QRandomGenerator random(quint32(option("--seed", 14)));
    if (QFile::exists(path)) {
        std::fprintf(stderr, "%s: exists; give a new file\n", qPrintable(path));
        return 2;
    }

    auto store = ConsentStore::open(QStringLiteral("sqlite:") + path, ConsentStore::OpenMode::Create);
    if (!store || !execOn(path, QStringLiteral("DROP INDEX consent_records_id"))) {
        std::fprintf(stderr, "%s\n", store ? "cannot drop the consent-id index" : qPrintable(store.error()));
        return 1;
    }
    QElapsedTimer clock;
    clock.start();
    // Four policy revisions; each makes the banner's choices a little different.
    const QStringList methods = {QStringLiteral("accept-all"), QStringLiteral("reject-all"), QStringLiteral("custom"),
                                 QStringLiteral("close")};
    const QList<QList<int>> methodShare = {{55, 30, 10, 5}, {48, 37, 10, 5}, {40, 45, 11, 4}, {36, 50, 11, 3}};
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-days);
    const double step = double(days) * 86400.0 * 1000.0 / double(records);
    QStringList recentIds; // returning visitors change their mind
    QStringList examples;
    qint64 done = 0;
    while (done < records) {
        QList<ConsentRecord> batch;
        batch.reserve(50'000);
        for (int i = 0; i < 50'000 && done < records; ++i, ++done) {
            ConsentRecord r;
            r.received = start.addMSecs(qint64(double(done) * step));
            r.clientTime = r.received.addMSecs(-qint64(random.bounded(3000)));
            r.revision = 1 + std::min<qint64>(3, done * 4 / records);
            const bool returning = !recentIds.isEmpty() && random.bounded(10) == 0;
            r.consentId = returning ? recentIds.at(random.bounded(int(recentIds.size()))) : randomId(random);
            if (returning && examples.size() < 5 && !examples.contains(r.consentId))
                examples << r.consentId;
            if (!returning) {
                if (recentIds.size() < 1000)
                    recentIds << r.consentId;
                else
                    recentIds[random.bounded(1000)] = r.consentId;
            }
            const QList<int> &share = methodShare.at(int(r.revision - 1));
            int roll = int(random.bounded(100)), m = 0;
            while (m < 3 && roll >= share.at(m))
                roll -= share.at(m++);
            r.method = methods.at(m);
            const bool all = m == 0, none = m == 1 || m == 3;
            r.categories = {{QStringLiteral("necessary"), true},
                            {QStringLiteral("preferences"), all || (!none && random.bounded(2) == 0)},
                            {QStringLiteral("statistics"), all || (!none && random.bounded(3) != 0)},
                            {QStringLiteral("marketing"), all || (!none && random.bounded(5) == 0)}};
            r.gpc = random.bounded(100) < 8;
            r.page = QStringLiteral("https://www.valbourg.example/actualites");
            r.address = QStringLiteral("203.0.%1.0/24").arg(random.bounded(256));
            r.userAgentFamily = QStringList{QStringLiteral("Chrome"), QStringLiteral("Firefox"), QStringLiteral("Safari"),
                                            QStringLiteral("Edge")}
                                    .at(random.bounded(4));
            batch << r;
        }
        if (Status s = (*store)->append(batch); !s) {
            std::fprintf(stderr, "%s\n", qPrintable(s.error));
            return 1;
        }
        if (done % 1'000'000 == 0 || done == records) {
            std::printf("%lld records, %.0f s\n", static_cast<long long>(done), double(clock.elapsed()) / 1000.0);
            std::fflush(stdout);
        }
    }
    QElapsedTimer indexing;
    indexing.start();
    if (!execOn(path, IdIndex))
        return 1;
    std::printf("consent-id index built in %.0f s; %lld records in %.0f s in all\n", double(indexing.elapsed()) / 1000.0,
                static_cast<long long>(records), double(clock.elapsed()) / 1000.0);
    for (const QString &id : examples)
        std::printf("a returning visitor: %s\n", qPrintable(id));
    return 0;
}
