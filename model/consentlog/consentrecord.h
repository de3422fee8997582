// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include <QDateTime>
#include <QMap>
#include <QString>

// One visitor's choice as the consent log keeps it: what the banner sent (id,
// revision, time on the visitor's clock, method, categories, GPC, page) and what the
// service adds (its own receive time, a truncated address, the browser family), with
// the record's place in the hash chain. Never cookies or query strings.
struct ConsentRecord
{
    qint64 sequence = 0;      // 1, 2, 3… in chain order; assigned by the store
    QDateTime received;       // the service's clock, UTC, milliseconds
    QString consentId;        // the banner's id: ties a withdrawal to its consent
    qint64 revision = 0;      // the policy revision the visitor answered
    QDateTime clientTime;     // the visitor's clock, UTC
    QString method;           // accept-all, reject-all, custom, close
    QMap<QString, bool> categories;
    bool gpc = false;
    QString page;             // origin + path, no query or fragment
    QString address;          // "203.0.113.0/24", "2001:db8:1::/48" or empty
    QString userAgentFamily;  // "Chrome", "Firefox"… or empty
    QString previousHash;     // hex SHA-256 of the record before (or the checkpoint)
    QString hash;             // hex SHA-256 of previousHash and this record

    // {"marketing":false,"necessary":true}: sorted, compact, the form that is stored
    // and hashed, so the same choice always gives the same bytes.
    QString categoriesJson() const;
    static bool parseCategoriesJson(const QString &json, QMap<QString, bool> &out);

    // The hash this record must carry after `previous`: SHA-256 over the previous
    // hash and every stored field in a fixed order, so an edit of any of them shows.
    QString computeHash(const QString &previous) const;
    // The fields that are stored as text rather than as they are held, formatted once
    // for both the row and the hash (the store writes thousands a second).
    struct StoredText
    {
        QString received, clientTime, categories;
    };
    StoredText storedText() const;
    QString computeHash(const QString &previous, const StoredText &text) const;
    // The hash the chain starts from before any record (64 zeros).
    static QString genesisHash();

    static QString formatTime(const QDateTime &time); // 2026-03-14T09:30:00.000Z
    static QDateTime parseTime(const QString &text);  // invalid when not that form
    static QStringList methods();                     // the four the banner sends
};
