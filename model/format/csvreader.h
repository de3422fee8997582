#pragma once

#include "document/expected.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

// Reads CSV as spreadsheets save it: RFC 4180 quoting (quoted fields may hold the
// delimiter, doubled quotes and line breaks), a delimiter among comma, semicolon
// and tab detected from the data, and UTF-8 (with or without BOM) or Windows-1252
// detected from the bytes. Shared by the inventory import and the known-cookie
// database.
struct CsvTable
{
    QList<QStringList> rows;
    QList<int> lineNumbers; // 1-based line where each row starts, for messages
    QChar delimiter;
    QString encoding; // "UTF-8" or "Windows-1252"
};

class CsvReader
{
public:
    static constexpr qint64 MaximumFileSize = qint64(256) << 20;

    static Expected<CsvTable> readFile(const QString &path);
    // sourceName prefixes errors: "FILE:LINE:COLUMN: message".
    static Expected<CsvTable> read(const QByteArray &data, const QString &sourceName);

    // UTF-8 when the bytes are valid UTF-8 (BOM removed), else Windows-1252.
    static QString decode(const QByteArray &data, QString *encoding = nullptr);
    static QString decodeWindows1252(const QByteArray &data);
    static QChar detectDelimiter(QStringView text);
    static Expected<CsvTable> parse(QStringView text, QChar delimiter, const QString &sourceName);
};
