// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include "consentlog/consentrecord.h"
#include "consentlog/consentsink.h"
#include "consentlog/consenttally.h"
#include "document/expected.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

// Where records are kept: `sqlite:PATH` (one file, WAL, for one machine) or
// `postgresql://user@host[:port]/db` (several services on several machines writing
// one chain). One connection per ConsentStore, used from the thread that opened it.
//
// Every append runs in one transaction that holds the chain head (SQLite: BEGIN
// IMMEDIATE; PostgreSQL: SELECT … FOR UPDATE), so records get consecutive numbers
// and each hash covers the previous one even with many writers; it returns only
// after the commit, which is what lets the service acknowledge a record. The same
// transaction updates daily tallies (counts per day, revision, method, category),
// so statistics read a few hundred rows instead of every record; `verify` recounts
// them from the records.
class ConsentStore final : public ConsentSink
{
public:
    enum class Kind { SQLite, PostgreSQL };
    enum class OpenMode {
        Create,      // the service: makes the file and tables when missing
        ExistingOnly // queries: a missing file or table is an error, not an empty log
    };

    struct Location
    {
        Kind kind = Kind::SQLite;
        QString path; // SQLite file
        QString host, user, password, database, options;
        int port = -1;
        QString display() const; // the spec without a password
    };
    static Expected<Location> parseLocation(const QString &spec);

    static Expected<std::unique_ptr<ConsentStore>> open(const QString &spec, OpenMode mode);
    ~ConsentStore() override;
    ConsentStore(const ConsentStore &) = delete;
    ConsentStore &operator=(const ConsentStore &) = delete;

    const Location &location() const { return m_location; }

    // Numbers, stamps (received never goes backwards along the chain) and hashes the
    // records, stores them all or none. On success the records carry their sequence,
    // hashes and final receive time.
    Status append(QList<ConsentRecord> &records) override;

    // Every record of one consent id, oldest first.
    Expected<QList<ConsentRecord>> find(const QString &consentId);
    // Records received in [since, until) (an invalid bound is open), in chain order,
    // handed one by one so that a big export is never whole in memory; visit returns
    // false to stop.
    Status forEach(const QDateTime &since, const QDateTime &until,
                   const std::function<bool(const ConsentRecord &)> &visit);
    // Every record from the chain's start (after the last checkpoint), in order.
    Status forEachInChain(const std::function<bool(const ConsentRecord &)> &visit);

    struct Head
    {
        qint64 sequence = 0;
        QString hash;
        QDateTime received;
    };
    struct Checkpoint
    {
        qint64 sequence = 0; // the last record removed
        QString hash;        // its hash: the first kept record chains from it
        QDateTime before;    // records received before this were removed
        qint64 removed = 0;
    };
    Expected<Head> head();
    // The latest checkpoint; sequence 0 and the genesis hash when nothing was removed.
    Expected<Checkpoint> checkpoint();
    Expected<qint64> recordCount();
    Expected<ConsentTallies> tallies();

    // Removes records received before `before` (rounded down to a UTC day, so that
    // daily tallies go with their records) and writes a checkpoint with the hash of
    // the last removed one, so that the chain stays verifiable from there.
    Expected<Checkpoint> removeBefore(const QDateTime &before);

private:
    ConsentStore() = default;
    Status createSchema();
    Status checkSchema();
    Status begin();
    Status exec(const QString &sql);
    // `head` (?,?…),(?,?…)… `tail` for values.size() / columns rows; `what` names a failure.
    Status insertRows(const QString &what, const QString &head, const QString &tail, int columns, const QVariantList &values);
    QString error(const QString &what, const QString &detail) const;
    ConsentRecord recordFrom(const class QSqlQuery &query) const;

    Location m_location;
    QString m_connection;
};
