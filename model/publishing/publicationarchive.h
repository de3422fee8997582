// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include "document/expected.h"
#include "document/policy.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

// What was published, kept so that the controller can show what the charter said on
// any day (GDPR art. 5(2)). The archive is a folder beside the document,
// `NAME.charte-archive/` for `NAME.charte.json`, with one numbered folder per
// publication (0001/, 0002/, …) holding the document as published, the HTML
// charter in each language and entry.json: the summary, the note, the date, the
// publisher, the consent decision, the SHA-256 of each file and a hash chained over
// the previous entry. An entry is written in a hidden folder and renamed into place,
// so a failed publication leaves no half entry. Any later edit of a file or of
// entry.json breaks a hash, which verify() names.
struct ArchiveEntry
{
    int sequence = 0; // 1, 2, … : the folder's number
    int revision = 0; // meta.revision of the published document
    QDate date;       // the publication date shown in the charter
    QDateTime publishedAt; // when it was written, UTC
    QString publisher;     // who published (the person, not the controller)
    QString note;
    bool askedAgain = false;       // visitors are asked for their consent again
    // Why, in English and French ("en", "fr"): the words of PolicyDiff.
    QMap<QString, QStringList> consentReasons;
    QString overrideReason;        // the user overrode the decision, and why
    QString forcedReason;          // published despite checker errors, and why
    int checkErrors = 0;
    LocalizedText summary;
    QJsonArray changes; // as DiffReport::changesJson gives them
    QMap<QString, QString> files; // name in the entry folder → SHA-256 (hex)
    QString previousHash;
    QString hash;

    QString folder; // absolute path of the entry's folder (not stored)

    // entry.json's object, without "hash" when withHash is false.
    QJsonObject toJson(bool withHash = true) const;
    static Expected<ArchiveEntry> fromJson(const QJsonObject &object, const QString &sourceName);
    // SHA-256 over entry.json's members except "hash", written compactly with sorted keys.
    QString computeHash() const;
};

class PublicationArchive
{
public:
    // site.charte.json → site.charte-archive; other names get ".charte-archive" added
    // after their last suffix is removed.
    static QString pathFor(const QString &documentPath);
    static constexpr QLatin1StringView documentFileName{"document.charte.json"};
    static constexpr QLatin1StringView entryFileName{"entry.json"};

    explicit PublicationArchive(const QString &documentPath);

    QString path() const { return m_path; }
    bool exists() const;
    // Every entry in order, read but not verified. A folder that cannot be read or an
    // entry.json that does not parse is an error naming it.
    Expected<QList<ArchiveEntry>> entries() const;
    // The last entry, or nullopt when nothing was published yet.
    Expected<std::optional<ArchiveEntry>> lastEntry() const;
    // The document as published in entry.
    Expected<Policy> document(const ArchiveEntry &entry) const;

    struct Verification
    {
        int checked = 0;
        bool ok = true;
        int firstAlteredSequence = 0; // 0 when ok
        QString problem; // "entry 0003 (revision 4, 2026-12-03): charter.fr.html was altered"
    };
    Verification verify() const;

    // Writes a new entry after the last one: files are the entry's files by name, the
    // entry gets its sequence, file hashes, previous hash and own hash here. Returns
    // the entry as written.
    Expected<ArchiveEntry> append(ArchiveEntry entry, const QMap<QString, QByteArray> &files) const;
    // Removes the last entry; only publishing uses it, to undo an entry whose document
    // could not be saved.
    Status removeLast(const ArchiveEntry &entry) const;

private:
    QString m_path;
};
