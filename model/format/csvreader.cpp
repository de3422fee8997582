// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "format/csvreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QSet>
#include <QStringDecoder>

#include <algorithm>
#include <array>

namespace {

// Windows-1252 differs from Latin-1 only in 0x80–0x9F (curly quotes, €, œ …);
// Qt's codecs do not cover it without ICU, so the 32 code points are listed here.
constexpr std::array<char16_t, 32> windows1252High{
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};

} // namespace

QString CsvReader::decodeWindows1252(QByteArrayView data)
{
    QString text(data.size(), Qt::Uninitialized);
    QChar *out = text.data();
    for (const char byte : data) {
        const auto c = static_cast<unsigned char>(byte);
        *out++ = (c >= 0x80 && c < 0xA0) ? QChar(windows1252High[c - 0x80]) : QChar(char16_t(c));
    }
    return text;
}

namespace {

bool looksBinary(const QByteArray &data)
{
    // NUL bytes never appear in text a spreadsheet saves as CSV.
    return data.left(64 * 1024).contains('\0');
}

} // namespace

namespace {

// Whether bytes hold at least one well-formed multi-byte UTF-8 sequence ("é" as
// C3 A9): then a file that is not valid UTF-8 throughout is UTF-8 with some foreign
// lines, not a Windows-1252 file.
bool hasUtf8Sequence(QByteArrayView bytes)
{
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto lead = static_cast<unsigned char>(bytes[i]);
        const int continuation = lead >= 0xC2 && lead <= 0xDF   ? 1
                                 : lead >= 0xE0 && lead <= 0xEF ? 2
                                 : lead >= 0xF0 && lead <= 0xF4 ? 3
                                                                : 0;
        if (continuation == 0 || i + continuation >= bytes.size())
            continue;
        if (bytes.sliced(i, continuation + 1).isValidUtf8())
            return true;
    }
    return false;
}

} // namespace

QString CsvReader::decode(const QByteArray &data, QString *encoding, int *legacyLine)
{
    QByteArrayView bytes(data); // a view: a large file is not copied to drop its BOM
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes = bytes.sliced(3);
    if (bytes.isValidUtf8()) {
        if (encoding)
            *encoding = QStringLiteral("UTF-8");
        return QString::fromUtf8(bytes);
    }
    const bool mixed = hasUtf8Sequence(bytes);
    if (encoding)
        *encoding = mixed ? QString(MixedEncoding) : QStringLiteral("Windows-1252");
    QString text;
    text.reserve(bytes.size());
    int line = 1;
    int firstLegacy = 0;
    for (qsizetype start = 0; start < bytes.size(); ++line) {
        qsizetype end = bytes.indexOf('\n', start);
        end = end < 0 ? bytes.size() : end + 1;
        const QByteArrayView lineBytes = bytes.sliced(start, end - start);
        if (mixed && lineBytes.isValidUtf8()) {
            text += QString::fromUtf8(lineBytes);
        } else {
            if (firstLegacy == 0 && !lineBytes.isValidUtf8())
                firstLegacy = line;
            text += decodeWindows1252(lineBytes);
        }
        start = end;
    }
    if (legacyLine)
        *legacyLine = firstLegacy;
    return text;
}

QString CsvReader::encodingWarning(const QString &encoding, int legacyLine, const QString &sourceName)
{
    if (encoding == QLatin1StringView("UTF-8") || encoding.isEmpty())
        return {};
    const QString place = legacyLine > 0 ? sourceName + u':' + QString::number(legacyLine) : sourceName;
    if (encoding == MixedEncoding)
        return QCoreApplication::translate("CsvReader",
                                           "warning: %1: this line is not UTF-8 while the others are; "
                                           "such lines were read as Windows-1252: check their accents")
            .arg(place);
    return QCoreApplication::translate("CsvReader",
                                       "warning: %1: the file is not UTF-8; it was read as "
                                       "Windows-1252: check the accents")
        .arg(place);
}

QChar CsvReader::detectDelimiter(QStringView text)
{
    // Count each candidate per line (outside quotes) over the first lines; the
    // delimiter is the one that appears on most lines the same number of times.
    constexpr std::array<char16_t, 3> candidates{u',', u';', u'\t'};
    std::array<QList<int>, 3> counts;
    std::array<int, 3> current{};
    bool quoted = false;
    int lines = 0;
    for (qsizetype i = 0; i < text.size() && lines < 50; ++i) {
        const QChar c = text.at(i);
        if (c == u'"') {
            quoted = !quoted;
        } else if (!quoted && (c == u'\n' || i + 1 == text.size())) {
            for (std::size_t k = 0; k < candidates.size(); ++k) {
                counts[k].append(current[k]);
                current[k] = 0;
            }
            ++lines;
        } else if (!quoted) {
            for (std::size_t k = 0; k < candidates.size(); ++k)
                current[k] += c == candidates[k] ? 1 : 0;
        }
    }
    // The count most lines share, lines without the candidate aside: a title row
    // above the header ("Inventaire des cookies") has none of them.
    int bestScore = 0;
    QChar best = u',';
    for (std::size_t k = 0; k < candidates.size(); ++k) {
        QHash<int, int> linesWithCount;
        for (int count : std::as_const(counts[k])) {
            if (count > 0)
                ++linesWithCount[count];
        }
        for (auto it = linesWithCount.cbegin(); it != linesWithCount.cend(); ++it) {
            const int score = it.value() * 1000 + it.key();
            if (score > bestScore) {
                bestScore = score;
                best = candidates[k];
            }
        }
    }
    return best;
}

CsvRowReader::CsvRowReader(QStringView text, QChar delimiter) : m_text(text), m_delimiter(delimiter)
{
}

bool CsvRowReader::next(QStringList &row, int &line)
{
    row = QStringList();
    QString field;
    bool quoted = false;       // inside a quoted field
    bool fieldStarted = false; // something has been read for the current field
    int quoteLine = 0;
    int quoteColumn = 0;
    qsizetype lineStart = m_position;
    constexpr qsizetype seenLimit = 4096;
    const auto endField = [&] {
        if (row.isEmpty())
            row.reserve(m_rowSize);
        const auto known = m_seen.constFind(field);
        if (known != m_seen.cend()) {
            row.append(*known);
        } else {
            field.squeeze(); // grown a character at a time: give back the slack
            if (m_seen.size() < seenLimit)
                m_seen.insert(field);
            row.append(field);
        }
        field = QString();
        fieldStarted = false;
    };
    // A blank line is not a row of one empty cell: it is skipped.
    const auto isBlank = [&] { return row.size() == 1 && row.first().isEmpty(); };

    line = m_line;
    const QStringView text = m_text;
    while (m_position < text.size()) {
        const qsizetype i = m_position++;
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (m_position < text.size() && text.at(m_position) == u'"') {
                    field += u'"';
                    ++m_position;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n') {
                    ++m_line;
                    lineStart = m_position;
                }
                field += c;
            }
            continue;
        }
        if (c == u'"' && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
            quoteLine = m_line;
            quoteColumn = int(i - lineStart) + 1;
        } else if (c == m_delimiter) {
            endField();
        } else if (c == u'\r' && m_position < text.size() && text.at(m_position) == u'\n') {
            continue; // CRLF: the \n ends the row
        } else if (c == u'\n' || c == u'\r') {
            endField();
            ++m_line;
            lineStart = m_position;
            if (!isBlank()) {
                m_rowSize = std::max(m_rowSize, row.size());
                return true;
            }
            row = QStringList();
            line = m_line;
        } else {
            // Lenient like spreadsheets: a stray quote inside an unquoted field is text.
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted)
        m_unclosedQuote = std::pair(quoteLine, quoteColumn);
    if (fieldStarted || !row.isEmpty()) {
        endField();
        if (!isBlank())
            return true;
    }
    return false;
}

QString CsvReader::unclosedQuoteError(const QString &sourceName, std::pair<int, int> place)
{
    return sourceName + QLatin1Char(':') + QString::number(place.first) + QLatin1Char(':') +
           QString::number(place.second) + QStringLiteral(": ") +
           QCoreApplication::translate("CsvReader", "a quoted field starts here and is never closed; the file may be cut short");
}

Expected<CsvTable> CsvReader::parse(QStringView text, QChar delimiter, const QString &sourceName)
{
    CsvTable table;
    table.delimiter = delimiter;
    CsvRowReader reader(text, delimiter);
    QStringList row;
    int line = 0;
    while (reader.next(row, line)) {
        table.rows.append(std::move(row));
        table.lineNumbers.append(line);
    }
    if (const auto place = reader.unclosedQuote())
        return Expected<CsvTable>::failure(unclosedQuoteError(sourceName, *place));
    return table;
}

Expected<CsvTable> CsvReader::read(const QByteArray &data, const QString &sourceName)
{
    QString encoding;
    int legacyLine = 0;
    const QString text = decode(data, &encoding, &legacyLine);
    if (const std::optional<QString> error = textError(data, text, sourceName))
        return Expected<CsvTable>::failure(*error);
    Expected<CsvTable> table = parse(text, detectDelimiter(text), sourceName);
    if (table) {
        table->encoding = encoding;
        table->legacyLine = legacyLine;
    }
    return table;
}

std::optional<QString> CsvReader::textError(const QByteArray &data, const QString &text,
                                            const QString &sourceName)
{
    if (looksBinary(data))
        return sourceName + QStringLiteral(": ") +
               QCoreApplication::translate("CsvReader",
                                           "this is not a text file (it contains NUL bytes)");
    if (QStringView(text).trimmed().isEmpty()) // a view: no copy of a large file
        return sourceName + QStringLiteral(": ") +
               QCoreApplication::translate("CsvReader", "the file is empty");
    return std::nullopt;
}

Expected<CsvTable> CsvReader::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Expected<CsvTable>::failure(path + QStringLiteral(": ") + file.errorString());
    if (file.size() > MaximumFileSize)
        return Expected<CsvTable>::failure(
            path + QStringLiteral(": ") +
            QCoreApplication::translate("CsvReader", "the file is larger than %1 MiB").arg(MaximumFileSize >> 20));
    return read(file.readAll(), path);
}
