// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include "document/expected.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QSet>
#include <QStringList>

#include <optional>
#include <utility>

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
    QString encoding; // "UTF-8", "Windows-1252" or both (CsvReader::MixedEncoding)
    int legacyLine = 0; // the first line not in UTF-8, when encoding is not "UTF-8"
};

// Reads the rows of decoded CSV text one at a time, so that a large inventory need
// not be held as a table: the table reader and the streaming import share it.
class CsvRowReader
{
public:
    CsvRowReader(QStringView text, QChar delimiter);

    // The next row that is not a blank line, with the line it starts on; false at the
    // end of the text. A row is complete even if the text ends inside a quoted field:
    // unclosedQuote() then says where that field began.
    bool next(QStringList &row, int &line);
    // "LINE:COLUMN" of a quoted field the text never closes, once next() returned false.
    std::optional<std::pair<int, int>> unclosedQuote() const { return m_unclosedQuote; }

private:
    QStringView m_text;
    QChar m_delimiter;
    qsizetype m_position = 0;
    int m_line = 1;
    // Inventories repeat their providers, purposes and categories on every row: a
    // value seen before shares the first copy's characters (and so do the cookies
    // made from it) instead of taking memory again per row. The first values seen
    // are the ones kept, so the set stays small when every value is new (names).
    QSet<QString> m_seen;
    qsizetype m_rowSize = 0;
    std::optional<std::pair<int, int>> m_unclosedQuote;
};

class CsvReader
{
public:
    static constexpr qint64 MaximumFileSize = qint64(256) << 20;

    static Expected<CsvTable> readFile(const QString &path);
    // sourceName prefixes errors: "FILE:LINE:COLUMN: message".
    static Expected<CsvTable> read(const QByteArray &data, const QString &sourceName);

    // UTF-8 when the bytes are valid UTF-8 (BOM removed), else Windows-1252. A file of
    // UTF-8 with some lines in Windows-1252 (rows pasted from another file) is read
    // line by line, each in its own encoding, rather than mangling every accent: its
    // encoding is MixedEncoding. legacyLine gets the first line not in UTF-8.
    static QString decode(const QByteArray &data, QString *encoding = nullptr, int *legacyLine = nullptr);
    static constexpr QLatin1StringView MixedEncoding{"UTF-8 + Windows-1252"};
    // What a person is told when the file was not all UTF-8 ("FILE:LINE: …: check the
    // accents"), or nothing for UTF-8.
    static QString encodingWarning(const QString &encoding, int legacyLine, const QString &sourceName);
    static QString decodeWindows1252(QByteArrayView data);
    static QChar detectDelimiter(QStringView text);
    static Expected<CsvTable> parse(QStringView text, QChar delimiter, const QString &sourceName);
    // "FILE:LINE:COLUMN: a quoted field starts here and is never closed; …"
    static QString unclosedQuoteError(const QString &sourceName, std::pair<int, int> place);
    // What read() checks of the bytes before parsing: the error, or nothing.
    static std::optional<QString> textError(const QByteArray &data, const QString &text,
                                            const QString &sourceName);
};
