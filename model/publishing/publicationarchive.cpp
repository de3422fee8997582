// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "publishing/publicationarchive.h"

#include "format/filewriter.h"
#include "format/jsonwriter.h"
#include "format/policyreader.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>

namespace {

// The archive's entry folders ("0001", "0002", …) in publication order; anything
// else in the folder is not an entry.
QStringList numberedFolders(const QString &archive)
{
    static const QRegularExpression numbered(QStringLiteral("^\\d{4,}$"));
    QStringList names = QDir(archive).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    names.erase(std::remove_if(names.begin(), names.end(),
                               [](const QString &name) { return !numbered.match(name).hasMatch(); }),
                names.end());
    std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) { return a.toInt() < b.toInt(); });
    return names;
}


QString tr(const char *text)
{
    return QCoreApplication::translate("PublicationArchive", text);
}

QString sha256(QByteArrayView bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QByteArray canonical(const QJsonObject &object)
{
    JsonWriter writer(JsonWriter::Layout::Compact);
    writer.value(QJsonValue(object)); // objects with sorted keys: one spelling per entry
    return writer.finish();
}

QString folderName(int sequence)
{
    return QStringLiteral("%1").arg(sequence, 4, 10, QLatin1Char('0'));
}

QJsonObject localized(const LocalizedText &text)
{
    QJsonObject object;
    for (const auto &[language, value] : text.entries())
        object.insert(language, value);
    return object;
}

// "entry 0003 (revision 4, 2026-12-03)"
QString describe(const ArchiveEntry &entry)
{
    return QCoreApplication::translate("PublicationArchive", "entry %1 (revision %2, %3)")
        .arg(folderName(entry.sequence))
        .arg(entry.revision)
        .arg(entry.date.toString(Qt::ISODate));
}

Expected<QByteArray> readBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Expected<QByteArray>::failure(path + QStringLiteral(": ") + file.errorString());
    return file.readAll();
}

} // namespace

QJsonObject ArchiveEntry::toJson(bool withHash) const
{
    QJsonObject object;
    object.insert(QStringLiteral("format"), QStringLiteral("charte-archive/1"));
    object.insert(QStringLiteral("sequence"), sequence);
    object.insert(QStringLiteral("revision"), revision);
    object.insert(QStringLiteral("date"), date.toString(Qt::ISODate));
    object.insert(QStringLiteral("publishedAt"), publishedAt.toUTC().toString(Qt::ISODate));
    object.insert(QStringLiteral("publisher"), publisher);
    object.insert(QStringLiteral("note"), note);
    object.insert(QStringLiteral("askedAgain"), askedAgain);
    QJsonObject reasons;
    for (auto it = consentReasons.cbegin(); it != consentReasons.cend(); ++it)
        reasons.insert(it.key(), QJsonArray::fromStringList(it.value()));
    object.insert(QStringLiteral("consentReasons"), reasons);
    if (!overrideReason.isEmpty())
        object.insert(QStringLiteral("overrideReason"), overrideReason);
    if (!forcedReason.isEmpty())
        object.insert(QStringLiteral("forcedReason"), forcedReason);
    object.insert(QStringLiteral("checkErrors"), checkErrors);
    object.insert(QStringLiteral("summary"), localized(summary));
    object.insert(QStringLiteral("changes"), changes);
    QJsonObject fileHashes;
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        fileHashes.insert(it.key(), it.value());
    object.insert(QStringLiteral("files"), fileHashes);
    object.insert(QStringLiteral("previous"), previousHash);
    if (withHash)
        object.insert(QStringLiteral("hash"), hash);
    return object;
}

Expected<ArchiveEntry> ArchiveEntry::fromJson(const QJsonObject &object, const QString &sourceName)
{
    if (object.value(QLatin1StringView("format")).toString() != QLatin1StringView("charte-archive/1"))
        return Expected<ArchiveEntry>::failure(sourceName + QStringLiteral(": ") +
                                               QCoreApplication::translate("PublicationArchive", "not a Charte archive entry (expected \"format\": \"charte-archive/1\")"));
    ArchiveEntry entry;
    entry.sequence = object.value(QLatin1StringView("sequence")).toInt();
    entry.revision = object.value(QLatin1StringView("revision")).toInt();
    entry.date = QDate::fromString(object.value(QLatin1StringView("date")).toString(), Qt::ISODate);
    entry.publishedAt = QDateTime::fromString(object.value(QLatin1StringView("publishedAt")).toString(), Qt::ISODate);
    entry.publisher = object.value(QLatin1StringView("publisher")).toString();
    entry.note = object.value(QLatin1StringView("note")).toString();
    entry.askedAgain = object.value(QLatin1StringView("askedAgain")).toBool();
    const QJsonObject reasons = object.value(QLatin1StringView("consentReasons")).toObject();
    for (auto it = reasons.constBegin(); it != reasons.constEnd(); ++it) {
        QStringList list;
        for (const QJsonValue &reason : it.value().toArray())
            list << reason.toString();
        entry.consentReasons.insert(it.key(), list);
    }
    entry.overrideReason = object.value(QLatin1StringView("overrideReason")).toString();
    entry.forcedReason = object.value(QLatin1StringView("forcedReason")).toString();
    entry.checkErrors = object.value(QLatin1StringView("checkErrors")).toInt();
    const QJsonObject summary = object.value(QLatin1StringView("summary")).toObject();
    for (auto it = summary.constBegin(); it != summary.constEnd(); ++it)
        entry.summary.set(it.key(), it.value().toString());
    entry.changes = object.value(QLatin1StringView("changes")).toArray();
    const QJsonObject files = object.value(QLatin1StringView("files")).toObject();
    for (auto it = files.constBegin(); it != files.constEnd(); ++it)
        entry.files.insert(it.key(), it.value().toString());
    entry.previousHash = object.value(QLatin1StringView("previous")).toString();
    entry.hash = object.value(QLatin1StringView("hash")).toString();
    if (entry.sequence < 1 || entry.revision < 1 || !entry.date.isValid())
        return Expected<ArchiveEntry>::failure(sourceName + QStringLiteral(": ") +
                                               QCoreApplication::translate("PublicationArchive", "the entry has no valid sequence, revision or date"));
    return entry;
}

QString ArchiveEntry::computeHash() const
{
    return sha256(canonical(toJson(false)));
}

QString PublicationArchive::pathFor(const QString &documentPath)
{
    const QFileInfo info(documentPath);
    QString name = info.fileName();
    if (name.endsWith(QLatin1StringView(".charte.json")))
        name.chop(int(QLatin1StringView(".charte.json").size()));
    else if (const qsizetype dot = name.lastIndexOf(QLatin1Char('.')); dot > 0)
        name.truncate(dot);
    return info.absoluteDir().filePath(name + QStringLiteral(".charte-archive"));
}

PublicationArchive::PublicationArchive(const QString &documentPath) : m_path(pathFor(documentPath)) {}

bool PublicationArchive::exists() const
{
    return QFileInfo(m_path).isDir();
}

Expected<QList<ArchiveEntry>> PublicationArchive::entries() const
{
    QList<ArchiveEntry> result;
    if (!exists())
        return result;
    const QStringList names = numberedFolders(m_path);
    for (const QString &name : std::as_const(names)) {
        const QString folder = QDir(m_path).filePath(name);
        const QString entryPath = QDir(folder).filePath(entryFileName);
        const Expected<QByteArray> bytes = readBytes(entryPath);
        if (!bytes)
            return Expected<QList<ArchiveEntry>>::failure(bytes.error());
        QJsonParseError error;
        const QJsonDocument json = QJsonDocument::fromJson(*bytes, &error);
        if (error.error != QJsonParseError::NoError || !json.isObject())
            return Expected<QList<ArchiveEntry>>::failure(
                entryPath + QStringLiteral(": ") + tr("unreadable JSON (%1)").arg(error.errorString()));
        Expected<ArchiveEntry> entry = ArchiveEntry::fromJson(json.object(), entryPath);
        if (!entry)
            return Expected<QList<ArchiveEntry>>::failure(entry.error());
        entry->folder = folder;
        result.append(std::move(*entry));
    }
    return result;
}

Expected<std::optional<ArchiveEntry>> PublicationArchive::lastEntry() const
{
    const Expected<QList<ArchiveEntry>> all = entries();
    if (!all)
        return Expected<std::optional<ArchiveEntry>>::failure(all.error());
    if (all->isEmpty())
        return std::optional<ArchiveEntry>();
    return std::optional<ArchiveEntry>(all->last());
}

Expected<Policy> PublicationArchive::document(const ArchiveEntry &entry) const
{
    return PolicyReader::readFile(QDir(entry.folder).filePath(documentFileName));
}

PublicationArchive::Verification PublicationArchive::verify() const
{
    Verification result;
    const auto fail = [&result](int sequence, const QString &problem) {
        result.ok = false;
        result.firstAlteredSequence = sequence;
        result.problem = problem;
        return result;
    };
    const QStringList names = numberedFolders(m_path);
    QString previousHash;
    int expected = 1;
    for (const QString &name : std::as_const(names)) {
        const int sequence = name.toInt();
        if (sequence != expected)
            return fail(expected, tr("entry %1 is missing (the archive goes from %2 to %3)")
                                      .arg(folderName(expected), folderName(expected - 1), name));
        const QString folder = QDir(m_path).filePath(name);
        const QString entryPath = QDir(folder).filePath(entryFileName);
        const Expected<QByteArray> bytes = readBytes(entryPath);
        if (!bytes)
            return fail(sequence, tr("entry %1: %2").arg(name, bytes.error()));
        QJsonParseError error;
        const QJsonDocument json = QJsonDocument::fromJson(*bytes, &error);
        if (error.error != QJsonParseError::NoError || !json.isObject())
            return fail(sequence, tr("entry %1: %2 was altered (it is no longer valid JSON)").arg(name, entryFileName));
        const Expected<ArchiveEntry> entry = ArchiveEntry::fromJson(json.object(), entryPath);
        if (!entry)
            return fail(sequence, tr("entry %1: %2 was altered (%3)").arg(name, entryFileName, entry.error()));
        if (entry->sequence != sequence)
            return fail(sequence, tr("entry %1: %2 says it is entry %3").arg(name, entryFileName).arg(entry->sequence));
        if (entry->computeHash() != entry->hash)
            return fail(sequence, tr("%1: %2 was altered (its hash no longer matches its content)")
                                      .arg(describe(*entry), entryFileName));
        if (entry->previousHash != previousHash)
            return fail(sequence, tr("%1: the chain is broken (it does not follow entry %2 as written)")
                                      .arg(describe(*entry), folderName(sequence - 1)));
        for (auto it = entry->files.cbegin(); it != entry->files.cend(); ++it) {
            const Expected<QByteArray> file = readBytes(QDir(folder).filePath(it.key()));
            if (!file)
                return fail(sequence, tr("%1: %2 is missing").arg(describe(*entry), it.key()));
            if (sha256(*file) != it.value())
                return fail(sequence, tr("%1: %2 was altered (SHA-256 differs)").arg(describe(*entry), it.key()));
        }
        const QStringList present = QDir(folder).entryList(QDir::Files | QDir::Hidden);
        for (const QString &file : present) {
            if (file != entryFileName && !entry->files.contains(file))
                return fail(sequence, tr("%1: %2 was added after publication").arg(describe(*entry), file));
        }
        previousHash = entry->hash;
        ++result.checked;
        ++expected;
    }
    return result;
}

Expected<ArchiveEntry> PublicationArchive::append(ArchiveEntry entry, const QMap<QString, QByteArray> &files) const
{
    const Expected<std::optional<ArchiveEntry>> last = lastEntry();
    if (!last)
        return Expected<ArchiveEntry>::failure(last.error());
    entry.sequence = *last ? (*last)->sequence + 1 : 1;
    entry.previousHash = *last ? (*last)->hash : QString();
    entry.files.clear();
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        entry.files.insert(it.key(), sha256(it.value()));
    entry.hash = entry.computeHash();

    if (!QDir().mkpath(m_path))
        return Expected<ArchiveEntry>::failure(m_path + QStringLiteral(": ") + tr("cannot create the archive folder"));
    const QString name = folderName(entry.sequence);
    const QString partial = QDir(m_path).filePath(QStringLiteral(".") + name + QStringLiteral(".partial"));
    QDir(partial).removeRecursively(); // left by a publication that failed half-way
    if (!QDir().mkpath(partial))
        return Expected<ArchiveEntry>::failure(partial + QStringLiteral(": ") + tr("cannot create the entry folder"));
    const auto abandon = [&partial](const QString &error) {
        QDir(partial).removeRecursively();
        return Expected<ArchiveEntry>::failure(error);
    };
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        if (const Status written = FileWriter::write(QDir(partial).filePath(it.key()), it.value()); !written)
            return abandon(written.error);
    }
    JsonWriter writer;
    writer.value(QJsonValue(entry.toJson()));
    if (const Status written = FileWriter::write(QDir(partial).filePath(entryFileName), writer.finish()); !written)
        return abandon(written.error);
    const QString folder = QDir(m_path).filePath(name);
    if (QFileInfo::exists(folder))
        return abandon(folder + QStringLiteral(": ") + tr("already exists; another publication is under way?"));
    // The rename is what makes the entry appear: whole or not at all.
    if (!QDir().rename(partial, folder))
        return abandon(folder + QStringLiteral(": ") + tr("cannot move the new entry into place"));
    entry.folder = folder;
    return entry;
}

Status PublicationArchive::removeLast(const ArchiveEntry &entry) const
{
    if (!QDir(entry.folder).removeRecursively())
        return Status::failure(entry.folder + QStringLiteral(": ") + tr("cannot remove the entry"));
    return Status::success();
}
