// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "consentlog/consentstore.h"

#include <QAtomicInteger>
#include <QFileInfo>
#include <QTimeZone>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>
#include <map>
#include <tuple>

namespace {

const QString Columns = QStringLiteral(
    "seq, received, consent_id, revision, client_time, method, categories, gpc, page, "
    "address, user_agent, prev_hash, hash");
constexpr int RecordColumns = 13;
constexpr int PageSize = 5000;

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("charte-consentlog-%1").arg(counter.fetchAndAddRelaxed(1));
}

// A null QString binds as SQL NULL; the columns hold "" for "none".
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QString dayOf(const QDateTime &time)
{
    return time.toUTC().date().toString(Qt::ISODate);
}

} // namespace

QString ConsentStore::Location::display() const
{
    if (kind == Kind::SQLite)
        return QStringLiteral("sqlite:") + path;
    QString text = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        text += user + u'@';
    text += host;
    if (port > 0)
        text += u':' + QString::number(port);
    return text + u'/' + database;
}

Expected<ConsentStore::Location> ConsentStore::parseLocation(const QString &spec)
{
    using Result = Expected<Location>;
    Location location;
    if (spec.startsWith(QLatin1StringView("sqlite:"))) {
        location.kind = Kind::SQLite;
        location.path = spec.mid(7);
        if (location.path.isEmpty())
            return Result::failure(QStringLiteral("store \"%1\": sqlite: needs a file path").arg(spec));
        return location;
    }
    if (spec.startsWith(QLatin1StringView("postgresql://")) ||
        spec.startsWith(QLatin1StringView("postgres://"))) {
        const QUrl url(spec, QUrl::StrictMode);
        location.kind = Kind::PostgreSQL;
        location.database = url.path().mid(1);
        if (!url.isValid() || location.database.isEmpty() || location.database.contains(u'/'))
            return Result::failure(
                QStringLiteral("store \"%1\": expected postgresql://user@host[:port]/database")
                    .arg(url.toDisplayString(QUrl::RemovePassword)));
        location.user = url.userName();
        location.password = url.password(); // else libpq reads PGPASSWORD or ~/.pgpass
        location.host = url.host();
        location.port = url.port(-1);
        QStringList options;
        const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
        for (const auto &[key, value] : items) {
            if (key == QLatin1StringView("host")) // a socket folder, as libpq accepts it
                location.host = value;
            else
                options << key + u'=' + value;
        }
        location.options = options.join(u';');
        return location;
    }
    return Result::failure(
        QStringLiteral("unknown store \"%1\" (expected sqlite:PATH or postgresql://user@host/database)")
            .arg(spec.left(200)));
}

Expected<std::unique_ptr<ConsentStore>> ConsentStore::open(const QString &spec, OpenMode mode)
{
    using Result = Expected<std::unique_ptr<ConsentStore>>;
    const Expected<Location> location = parseLocation(spec);
    if (!location)
        return Result::failure(location.error());
    std::unique_ptr<ConsentStore> store(new ConsentStore);
    store->m_location = *location;
    store->m_connection = nextConnectionName();
    if (location->kind == Kind::SQLite) {
        if (mode == OpenMode::ExistingOnly && !QFileInfo(location->path).isFile())
            return Result::failure(QStringLiteral("%1: no such consent log").arg(location->path));
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), store->m_connection);
        db.setDatabaseName(location->path);
        // Several processes share the file (the service writes, queries read): wait
        // for a writer's lock instead of failing at once.
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        if (!db.open())
            return Result::failure(store->error(QStringLiteral("cannot open"), db.lastError().text()));
        QSqlQuery wal(db);
        if (!wal.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !wal.next() ||
            wal.value(0).toString() != QLatin1StringView("wal"))
            return Result::failure(store->error(QStringLiteral("cannot switch to WAL mode"),
                                                wal.lastError().text()));
        // FULL: a commit is on the disk (the WAL is synced) before it returns, so an
        // acknowledged record survives a power cut, not only a killed process.
        if (Status s = store->exec(QStringLiteral("PRAGMA synchronous=FULL")); !s)
            return Result::failure(s.error);
    } else {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), store->m_connection);
        if (!db.isValid())
            return Result::failure(store->error(QStringLiteral("the PostgreSQL driver (QPSQL) is not installed"),
                                                QString()));
        db.setHostName(location->host);
        if (location->port > 0)
            db.setPort(location->port);
        db.setUserName(location->user);
        db.setPassword(location->password);
        db.setDatabaseName(location->database);
        db.setConnectOptions(location->options);
        if (!db.open())
            return Result::failure(store->error(QStringLiteral("cannot connect"), db.lastError().text()));
    }
    const Status schema = mode == OpenMode::Create ? store->createSchema() : store->checkSchema();
    if (!schema)
        return Result::failure(schema.error);
    return Result(std::move(store));
}

ConsentStore::~ConsentStore()
{
    if (m_connection.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QString ConsentStore::error(const QString &what, const QString &detail) const
{
    QString text = m_location.display() + QStringLiteral(": ") + what;
    const QString cleaned = detail.simplified();
    if (!cleaned.isEmpty())
        text += QStringLiteral(" (") + cleaned + u')';
    return text;
}

Status ConsentStore::exec(const QString &sql)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!query.exec(sql))
        return Status::failure(error(sql.section(u' ', 0, 2), query.lastError().text()));
    return Status::success();
}

Status ConsentStore::begin()
{
    // SQLite: take the write lock now, not at the first write, so two writers never
    // both read the same chain head.
    return exec(m_location.kind == Kind::SQLite ? QStringLiteral("BEGIN IMMEDIATE")
                                                : QStringLiteral("BEGIN"));
}

Status ConsentStore::createSchema()
{
    if (checkSchema()) // already made (PostgreSQL would otherwise say so for every table)
        return Status::success();
    const bool pg = m_location.kind == Kind::PostgreSQL;
    const QString sequence = pg ? QStringLiteral("BIGINT") : QStringLiteral("INTEGER");
    const QStringList statements = {
        QStringLiteral("CREATE TABLE IF NOT EXISTS consent_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS consent_records (seq %1 PRIMARY KEY, "
                       "received TEXT NOT NULL, consent_id TEXT NOT NULL, revision BIGINT NOT NULL, "
                       "client_time TEXT NOT NULL, method TEXT NOT NULL, categories TEXT NOT NULL, "
                       "gpc INTEGER NOT NULL, page TEXT NOT NULL, address TEXT NOT NULL, "
                       "user_agent TEXT NOT NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL)")
            .arg(sequence),
        QStringLiteral("CREATE INDEX IF NOT EXISTS consent_records_id ON consent_records (consent_id)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS consent_records_received ON consent_records (received)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS consent_head (id INTEGER PRIMARY KEY, seq BIGINT NOT NULL, "
                       "hash TEXT NOT NULL, received TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS consent_checkpoints (seq BIGINT PRIMARY KEY, "
                       "hash TEXT NOT NULL, before_time TEXT NOT NULL, removed BIGINT NOT NULL, "
                       "created TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS consent_tally_methods (day TEXT NOT NULL, "
                       "revision BIGINT NOT NULL, method TEXT NOT NULL, gpc INTEGER NOT NULL, "
                       "n BIGINT NOT NULL, PRIMARY KEY (day, revision, method, gpc))"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS consent_tally_categories (day TEXT NOT NULL, "
                       "revision BIGINT NOT NULL, category TEXT NOT NULL, granted BIGINT NOT NULL, "
                       "refused BIGINT NOT NULL, PRIMARY KEY (day, revision, category))"),
        QStringLiteral("INSERT INTO consent_meta (key, value) VALUES ('schema', '1') ON CONFLICT (key) DO NOTHING"),
        QStringLiteral("INSERT INTO consent_head (id, seq, hash, received) VALUES (1, 0, '%1', '') "
                       "ON CONFLICT (id) DO NOTHING")
            .arg(ConsentRecord::genesisHash()),
    };
    if (Status s = begin(); !s)
        return s;
    // Several services may start at once against one PostgreSQL database.
    if (pg) {
        if (Status s = exec(QStringLiteral("SELECT pg_advisory_xact_lock(7241014)")); !s) {
            exec(QStringLiteral("ROLLBACK"));
            return s;
        }
    }
    for (const QString &sql : statements) {
        if (Status s = exec(sql); !s) {
            exec(QStringLiteral("ROLLBACK"));
            return s;
        }
    }
    if (Status s = exec(QStringLiteral("COMMIT")); !s)
        return s;
    return checkSchema();
}

Status ConsentStore::checkSchema()
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!query.exec(QStringLiteral("SELECT value FROM consent_meta WHERE key = 'schema'")) || !query.next())
        return Status::failure(error(QStringLiteral("not a Charte consent log"), query.lastError().text()));
    if (query.value(0).toString() != QLatin1StringView("1"))
        return Status::failure(error(
            QStringLiteral("consent log schema %1 is newer than this program reads").arg(query.value(0).toString()),
            QString()));
    return Status::success();
}

ConsentRecord ConsentStore::recordFrom(const QSqlQuery &query) const
{
    ConsentRecord r;
    r.sequence = query.value(0).toLongLong();
    r.received = ConsentRecord::parseTime(query.value(1).toString());
    r.consentId = query.value(2).toString();
    r.revision = query.value(3).toLongLong();
    r.clientTime = ConsentRecord::parseTime(query.value(4).toString());
    r.method = query.value(5).toString();
    if (!ConsentRecord::parseCategoriesJson(query.value(6).toString(), r.categories))
        r.categories.clear(); // an edited row; its hash no longer matches and verify says so
    r.gpc = query.value(7).toLongLong() != 0;
    r.page = query.value(8).toString();
    r.address = query.value(9).toString();
    r.userAgentFamily = query.value(10).toString();
    r.previousHash = query.value(11).toString();
    r.hash = query.value(12).toString();
    return r;
}

Status ConsentStore::append(QList<ConsentRecord> &records)
{
    if (records.isEmpty())
        return Status::success();
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (Status s = begin(); !s)
        return s;
    const auto fail = [&](const QString &what, const QSqlQuery &query) {
        const QString message = error(what, query.lastError().text());
        exec(QStringLiteral("ROLLBACK"));
        return Status::failure(message);
    };
    QSqlQuery head(db);
    const QString headSql = m_location.kind == Kind::PostgreSQL
                                ? QStringLiteral("SELECT seq, hash, received FROM consent_head WHERE id = 1 FOR UPDATE")
                                : QStringLiteral("SELECT seq, hash, received FROM consent_head WHERE id = 1");
    if (!head.exec(headSql) || !head.next())
        return fail(QStringLiteral("cannot read the chain head"), head);
    qint64 sequence = head.value(0).toLongLong();
    QString hash = head.value(1).toString();
    QDateTime last = ConsentRecord::parseTime(head.value(2).toString());
    head.finish();

    // Numbered and hashed here, then stored with a few multi-row statements: on
    // PostgreSQL each statement is a round trip to the server (three with Qt's
    // prepared statements), and a batch holds everything that arrived during the
    // last commit.
    QVariantList rows;
    rows.reserve(records.size() * RecordColumns);
    using MethodKey = std::tuple<QString, qint64, QString, bool>; // day, revision, method, gpc
    using CategoryKey = std::tuple<QString, qint64, QString>;     // day, revision, category
    std::map<MethodKey, qint64> methodCounts;
    std::map<CategoryKey, std::pair<qint64, qint64>> categoryCounts;
    for (ConsentRecord &record : records) {
        // Receive times never go backwards along the chain (another service may have
        // committed a later one first), so "received before D" is always a prefix.
        if (!record.received.isValid() || (last.isValid() && record.received < last))
            record.received = last.isValid() ? last : QDateTime::currentDateTimeUtc();
        last = record.received;
        record.sequence = ++sequence;
        record.previousHash = hash;
        const ConsentRecord::StoredText stored = record.storedText();
        record.hash = record.computeHash(hash, stored);
        hash = record.hash;
        rows << record.sequence << stored.received << text(record.consentId) << record.revision
             << stored.clientTime << text(record.method) << stored.categories << (record.gpc ? 1 : 0)
             << text(record.page) << text(record.address) << text(record.userAgentFamily) << record.previousHash
             << record.hash;
        const QString day = stored.received.left(10); // the UTC day: formatTime writes UTC
        ++methodCounts[{day, record.revision, record.method, record.gpc}];
        for (auto it = record.categories.cbegin(); it != record.categories.cend(); ++it) {
            auto &counts = categoryCounts[{day, record.revision, it.key()}];
            (it.value() ? counts.first : counts.second) += 1;
        }
    }
    if (Status s = insertRows(QStringLiteral("cannot store the records"),
                              QStringLiteral("INSERT INTO consent_records (%1) VALUES ").arg(Columns), QString(),
                              RecordColumns, rows);
        !s) {
        exec(QStringLiteral("ROLLBACK"));
        return s;
    }
    QVariantList methodRows;
    for (const auto &[key, count] : methodCounts)
        methodRows << std::get<0>(key) << std::get<1>(key) << std::get<2>(key) << (std::get<3>(key) ? 1 : 0) << count;
    if (Status s = insertRows(QStringLiteral("cannot update the tallies"),
                              QStringLiteral("INSERT INTO consent_tally_methods (day, revision, method, gpc, n) VALUES "),
                              QStringLiteral(" ON CONFLICT (day, revision, method, gpc) DO UPDATE SET "
                                             "n = consent_tally_methods.n + excluded.n"),
                              5, methodRows);
        !s) {
        exec(QStringLiteral("ROLLBACK"));
        return s;
    }
    QVariantList categoryRows;
    for (const auto &[key, counts] : categoryCounts)
        categoryRows << std::get<0>(key) << std::get<1>(key) << std::get<2>(key) << counts.first << counts.second;
    if (Status s = insertRows(
            QStringLiteral("cannot update the tallies"),
            QStringLiteral("INSERT INTO consent_tally_categories (day, revision, category, granted, refused) VALUES "),
            QStringLiteral(" ON CONFLICT (day, revision, category) DO UPDATE SET granted = "
                           "consent_tally_categories.granted + excluded.granted, refused = "
                           "consent_tally_categories.refused + excluded.refused"),
            5, categoryRows);
        !s) {
        exec(QStringLiteral("ROLLBACK"));
        return s;
    }
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE consent_head SET seq = ?, hash = ?, received = ? WHERE id = 1"));
    update.bindValue(0, sequence);
    update.bindValue(1, hash);
    update.bindValue(2, ConsentRecord::formatTime(last));
    if (!update.exec())
        return fail(QStringLiteral("cannot move the chain head"), update);
    QSqlQuery commit(db);
    if (!commit.exec(QStringLiteral("COMMIT")))
        return fail(QStringLiteral("cannot commit"), commit);
    return Status::success();
}

Status ConsentStore::insertRows(const QString &what, const QString &head, const QString &tail, int columns,
                                const QVariantList &values)
{
    // PostgreSQL: many rows a statement, as each is a round trip (and well under its
    // 65535 bound values). SQLite runs in this process, where one row a statement,
    // prepared once, is fastest (and Qt's SQLite driver looks up each bound value by
    // name, which grows with the square of their number).
    const qsizetype perStatement = m_location.kind == Kind::PostgreSQL ? 500 : 1;
    const qsizetype rows = values.size() / columns;
    const QString one = u'(' + QStringList(columns, QStringLiteral("?")).join(u',') + u')';
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    qsizetype prepared = 0;
    for (qsizetype first = 0; first < rows; first += perStatement) {
        const qsizetype count = std::min(perStatement, rows - first);
        if (count != prepared) {
            if (!query.prepare(head + QStringList(count, one).join(u',') + tail))
                return Status::failure(error(what, query.lastError().text()));
            prepared = count;
        }
        for (qsizetype i = 0; i < count * columns; ++i)
            query.bindValue(int(i), values.at(first * columns + i));
        if (!query.exec())
            return Status::failure(error(what, query.lastError().text()));
    }
    return Status::success();
}

Expected<QList<ConsentRecord>> ConsentStore::find(const QString &consentId)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM consent_records WHERE consent_id = ? ORDER BY seq").arg(Columns));
    query.bindValue(0, consentId);
    if (!query.exec())
        return Expected<QList<ConsentRecord>>::failure(error(QStringLiteral("cannot search"), query.lastError().text()));
    QList<ConsentRecord> records;
    while (query.next())
        records << recordFrom(query);
    return records;
}

Status ConsentStore::forEach(const QDateTime &since, const QDateTime &until,
                             const std::function<bool(const ConsentRecord &)> &visit)
{
    // Pages by sequence: a query never holds more than PageSize rows (the PostgreSQL
    // client library otherwise receives a whole result before the first row).
    qint64 after = 0;
    for (;;) {
        QSqlQuery query(QSqlDatabase::database(m_connection, false));
        query.setForwardOnly(true);
        QString sql = QStringLiteral("SELECT %1 FROM consent_records WHERE seq > ?").arg(Columns);
        if (since.isValid())
            sql += QStringLiteral(" AND received >= ?");
        if (until.isValid())
            sql += QStringLiteral(" AND received < ?");
        sql += QStringLiteral(" ORDER BY seq LIMIT %1").arg(PageSize);
        query.prepare(sql);
        int i = 0;
        query.bindValue(i++, after);
        if (since.isValid())
            query.bindValue(i++, ConsentRecord::formatTime(since));
        if (until.isValid())
            query.bindValue(i++, ConsentRecord::formatTime(until));
        if (!query.exec())
            return Status::failure(error(QStringLiteral("cannot read records"), query.lastError().text()));
        int rows = 0;
        while (query.next()) {
            ++rows;
            const ConsentRecord record = recordFrom(query);
            after = record.sequence;
            if (!visit(record))
                return Status::success();
        }
        if (rows < PageSize)
            return Status::success();
    }
}

Status ConsentStore::forEachInChain(const std::function<bool(const ConsentRecord &)> &visit)
{
    return forEach(QDateTime(), QDateTime(), visit);
}

Expected<ConsentStore::Head> ConsentStore::head()
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!query.exec(QStringLiteral("SELECT seq, hash, received FROM consent_head WHERE id = 1")) || !query.next())
        return Expected<Head>::failure(error(QStringLiteral("cannot read the chain head"), query.lastError().text()));
    return Head{query.value(0).toLongLong(), query.value(1).toString(),
                ConsentRecord::parseTime(query.value(2).toString())};
}

Expected<ConsentStore::Checkpoint> ConsentStore::checkpoint()
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!query.exec(QStringLiteral(
            "SELECT seq, hash, before_time, removed FROM consent_checkpoints ORDER BY seq DESC LIMIT 1")))
        return Expected<Checkpoint>::failure(error(QStringLiteral("cannot read checkpoints"), query.lastError().text()));
    if (!query.next())
        return Checkpoint{0, ConsentRecord::genesisHash(), QDateTime(), 0};
    return Checkpoint{query.value(0).toLongLong(), query.value(1).toString(),
                      ConsentRecord::parseTime(query.value(2).toString()), query.value(3).toLongLong()};
}

Expected<qint64> ConsentStore::recordCount()
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM consent_records")) || !query.next())
        return Expected<qint64>::failure(error(QStringLiteral("cannot count records"), query.lastError().text()));
    return query.value(0).toLongLong();
}

Expected<ConsentTallies> ConsentStore::tallies()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    ConsentTallies result;
    QSqlQuery methods(db);
    methods.setForwardOnly(true);
    if (!methods.exec(QStringLiteral("SELECT day, revision, method, gpc, n FROM consent_tally_methods "
                                     "ORDER BY day, revision, method, gpc")))
        return Expected<ConsentTallies>::failure(error(QStringLiteral("cannot read tallies"), methods.lastError().text()));
    while (methods.next())
        result.methods.append({methods.value(0).toString(), methods.value(1).toLongLong(),
                               methods.value(2).toString(), methods.value(3).toLongLong() != 0,
                               methods.value(4).toLongLong()});
    QSqlQuery categories(db);
    categories.setForwardOnly(true);
    if (!categories.exec(QStringLiteral("SELECT day, revision, category, granted, refused FROM "
                                        "consent_tally_categories ORDER BY day, revision, category")))
        return Expected<ConsentTallies>::failure(error(QStringLiteral("cannot read tallies"), categories.lastError().text()));
    while (categories.next())
        result.categories.append({categories.value(0).toString(), categories.value(1).toLongLong(),
                                  categories.value(2).toString(), categories.value(3).toLongLong(),
                                  categories.value(4).toLongLong()});
    // In code-point order whatever the database's collation, so that a recount
    // compares equal.
    const auto methodKey = [](const ConsentTallies::MethodRow &r) {
        return std::make_tuple(r.day, r.revision, r.method, r.gpc);
    };
    const auto categoryKey = [](const ConsentTallies::CategoryRow &r) {
        return std::make_tuple(r.day, r.revision, r.category);
    };
    std::sort(result.methods.begin(), result.methods.end(),
              [&](const auto &a, const auto &b) { return methodKey(a) < methodKey(b); });
    std::sort(result.categories.begin(), result.categories.end(),
              [&](const auto &a, const auto &b) { return categoryKey(a) < categoryKey(b); });
    return result;
}

Expected<ConsentStore::Checkpoint> ConsentStore::removeBefore(const QDateTime &before)
{
    using Result = Expected<Checkpoint>;
    const QDateTime cutoff(before.toUTC().date(), QTime(0, 0), Qt::UTC);
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (Status s = begin(); !s)
        return Result::failure(s.error);
    const auto fail = [&](const QString &what, const QSqlQuery &query) {
        const QString message = error(what, query.lastError().text());
        exec(QStringLiteral("ROLLBACK"));
        return Result::failure(message);
    };
    QSqlQuery lock(db);
    if (m_location.kind == Kind::PostgreSQL &&
        !lock.exec(QStringLiteral("SELECT seq FROM consent_head WHERE id = 1 FOR UPDATE")))
        return fail(QStringLiteral("cannot lock the chain head"), lock);
    QSqlQuery last(db);
    last.prepare(QStringLiteral("SELECT seq, hash FROM consent_records WHERE seq = "
                                "(SELECT MAX(seq) FROM consent_records WHERE received < ?)"));
    last.bindValue(0, ConsentRecord::formatTime(cutoff));
    if (!last.exec())
        return fail(QStringLiteral("cannot find old records"), last);
    if (!last.next()) { // nothing that old
        exec(QStringLiteral("ROLLBACK"));
        return checkpoint();
    }
    Checkpoint mark{last.value(0).toLongLong(), last.value(1).toString(), cutoff, 0};
    QSqlQuery remove(db);
    remove.prepare(QStringLiteral("DELETE FROM consent_records WHERE seq <= ?"));
    remove.bindValue(0, mark.sequence);
    if (!remove.exec())
        return fail(QStringLiteral("cannot remove old records"), remove);
    mark.removed = remove.numRowsAffected();
    for (const QString &table : {QStringLiteral("consent_tally_methods"), QStringLiteral("consent_tally_categories")}) {
        QSqlQuery tally(db);
        tally.prepare(QStringLiteral("DELETE FROM %1 WHERE day < ?").arg(table));
        tally.bindValue(0, dayOf(cutoff));
        if (!tally.exec())
            return fail(QStringLiteral("cannot remove old tallies"), tally);
    }
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO consent_checkpoints (seq, hash, before_time, removed, created) "
                                  "VALUES (?,?,?,?,?)"));
    insert.bindValue(0, mark.sequence);
    insert.bindValue(1, mark.hash);
    insert.bindValue(2, ConsentRecord::formatTime(cutoff));
    insert.bindValue(3, mark.removed);
    insert.bindValue(4, ConsentRecord::formatTime(QDateTime::currentDateTimeUtc()));
    if (!insert.exec())
        return fail(QStringLiteral("cannot write the checkpoint"), insert);
    QSqlQuery commit(db);
    if (!commit.exec(QStringLiteral("COMMIT")))
        return fail(QStringLiteral("cannot commit"), commit);
    return mark;
}
