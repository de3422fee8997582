// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "consentlog/consentrecord.h"

#include "format/jsonwriter.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

QString ConsentRecord::categoriesJson() const
{
    JsonWriter writer(JsonWriter::Layout::Compact);
    writer.beginObject();
    for (auto it = categories.cbegin(); it != categories.cend(); ++it) // QMap: sorted
        writer.member(it.key(), it.value());
    writer.endObject();
    return QString::fromUtf8(writer.finish()).trimmed();
}

bool ConsentRecord::parseCategoriesJson(const QString &json, QMap<QString, bool> &out)
{
    out.clear();
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return false;
    const QJsonObject object = document.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!it.value().isBool())
            return false;
        out.insert(it.key(), it.value().toBool());
    }
    return true;
}

ConsentRecord::StoredText ConsentRecord::storedText() const
{
    return {formatTime(received), formatTime(clientTime), categoriesJson()};
}

QString ConsentRecord::computeHash(const QString &previous) const
{
    return computeHash(previous, storedText());
}

QString ConsentRecord::computeHash(const QString &previous, const StoredText &text) const
{
    // A JSON array gives every field an unambiguous boundary (no "ab"+"c" = "a"+"bc").
    JsonWriter writer(JsonWriter::Layout::Compact);
    writer.beginArray();
    writer.value(sequence);
    writer.value(text.received);
    writer.value(consentId);
    writer.value(revision);
    writer.value(text.clientTime);
    writer.value(method);
    writer.value(text.categories);
    writer.value(gpc);
    writer.value(page);
    writer.value(address);
    writer.value(userAgentFamily);
    writer.endArray();
    QCryptographicHash hasher(QCryptographicHash::Sha256);
    hasher.addData(previous.toLatin1());
    hasher.addData(QByteArrayView("\n"));
    hasher.addData(writer.finish().trimmed());
    return QString::fromLatin1(hasher.result().toHex());
}

QString ConsentRecord::genesisHash()
{
    return QString(64, u'0');
}

QString ConsentRecord::formatTime(const QDateTime &time)
{
    if (!time.isValid())
        return QString();
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime ConsentRecord::parseTime(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        return time;
    return time.toUTC();
}

QStringList ConsentRecord::methods()
{
    return {QStringLiteral("accept-all"), QStringLiteral("reject-all"), QStringLiteral("custom"),
            QStringLiteral("close")};
}
