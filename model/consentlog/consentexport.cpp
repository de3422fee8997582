// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "consentlog/consentexport.h"

#include "format/jsonwriter.h"

namespace {

const QStringList CsvHeader = {
    QStringLiteral("sequence"),  QStringLiteral("received"), QStringLiteral("id"),
    QStringLiteral("revision"),  QStringLiteral("timestamp"), QStringLiteral("method"),
    QStringLiteral("categories"), QStringLiteral("gpc"),     QStringLiteral("page"),
    QStringLiteral("address"),   QStringLiteral("browser"),  QStringLiteral("previous_hash"),
    QStringLiteral("hash")};

void appendCsvCell(QString &out, const QString &cell)
{
    QString text = cell;
    // A cell starting with = + - @ is a formula to Excel and Calc; pages and ids come
    // from visitors' browsers, so they are never run.
    if (!text.isEmpty() && QStringView(u"=+-@\t\r").contains(text.at(0)))
        text.prepend(u'\'');
    if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r')) {
        text.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        text = u'"' + text + u'"';
    }
    out += text;
}

QByteArray csvRow(const QStringList &cells)
{
    QString line;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i)
            line += u',';
        appendCsvCell(line, cells.at(i));
    }
    line += QStringLiteral("\r\n");
    return line.toUtf8();
}

QStringList csvCells(const ConsentRecord &r)
{
    return {QString::number(r.sequence), ConsentRecord::formatTime(r.received), r.consentId,
            QString::number(r.revision), ConsentRecord::formatTime(r.clientTime), r.method,
            r.categoriesJson(), r.gpc ? QStringLiteral("true") : QStringLiteral("false"), r.page,
            r.address, r.userAgentFamily, r.previousHash, r.hash};
}

} // namespace

void ConsentExport::writeJson(JsonWriter &w, const ConsentRecord &r)
{
    w.beginObject();
    w.member(u"sequence", r.sequence);
    w.member(u"received", ConsentRecord::formatTime(r.received));
    w.member(u"id", r.consentId);
    w.member(u"revision", r.revision);
    w.member(u"timestamp", ConsentRecord::formatTime(r.clientTime));
    w.member(u"method", r.method);
    w.key(u"categories");
    w.beginObject();
    for (auto it = r.categories.cbegin(); it != r.categories.cend(); ++it)
        w.member(it.key(), it.value());
    w.endObject();
    w.member(u"gpc", r.gpc);
    w.member(u"page", r.page);
    w.member(u"address", r.address);
    w.member(u"browser", r.userAgentFamily);
    w.member(u"previousHash", r.previousHash);
    w.member(u"hash", r.hash);
    w.endObject();
}

QByteArray ConsentExport::json(const QList<ConsentRecord> &records)
{
    JsonWriter w;
    w.beginArray();
    for (const ConsentRecord &record : records)
        writeJson(w, record);
    w.endArray();
    return w.finish();
}

QString ConsentExport::text(const QList<ConsentRecord> &records)
{
    QString out;
    for (const ConsentRecord &r : records) {
        QStringList granted, refused;
        for (auto it = r.categories.cbegin(); it != r.categories.cend(); ++it)
            (it.value() ? granted : refused) << it.key();
        out += QStringLiteral("#%1  %2  %3  revision %4\n").arg(r.sequence).arg(ConsentRecord::formatTime(r.received), r.method).arg(r.revision);
        out += QStringLiteral("    accepted: %1\n").arg(granted.isEmpty() ? QStringLiteral("-") : granted.join(QStringLiteral(", ")));
        out += QStringLiteral("    refused:  %1\n").arg(refused.isEmpty() ? QStringLiteral("-") : refused.join(QStringLiteral(", ")));
        out += QStringLiteral("    visitor's clock %1, GPC %2, page %3\n")
                   .arg(ConsentRecord::formatTime(r.clientTime), r.gpc ? QStringLiteral("yes") : QStringLiteral("no"), r.page);
        out += QStringLiteral("    from %1, %2; hash %3\n")
                   .arg(r.address.isEmpty() ? QStringLiteral("(no address)") : r.address,
                        r.userAgentFamily.isEmpty() ? QStringLiteral("(no browser)") : r.userAgentFamily, r.hash);
    }
    return out;
}

Status ConsentExport::write(ConsentStore &store, const QDateTime &since, const QDateTime &until, Format format,
                            const FileWriter::Sink &sink, qint64 *count)
{
    qint64 written = 0;
    bool sinkFailed = false;
    JsonWriter json;
    if (format == Format::Json) {
        json.beginArray();
    } else {
        if (!sink(QByteArrayView("\xEF\xBB\xBF")) || !sink(csvRow(CsvHeader)))
            return Status::failure(QStringLiteral("cannot write the export"));
    }
    const Status walked = store.forEach(since, until, [&](const ConsentRecord &record) {
        ++written;
        if (format == Format::Json) {
            writeJson(json, record);
            if (written % 256 == 0 && !sink(json.take()))
                sinkFailed = true;
        } else if (!sink(csvRow(csvCells(record)))) {
            sinkFailed = true;
        }
        return !sinkFailed;
    });
    if (!walked)
        return walked;
    if (sinkFailed)
        return Status::failure(QStringLiteral("cannot write the export"));
    if (format == Format::Json) {
        json.endArray();
        if (!sink(json.finish()))
            return Status::failure(QStringLiteral("cannot write the export"));
    }
    if (count)
        *count = written;
    return Status::success();
}
