#include "format/csvreader.h"

#include <QCoreApplication>
#include <QFile>
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

QString CsvReader::decodeWindows1252(const QByteArray &data)
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

QString CsvReader::decode(const QByteArray &data, QString *encoding)
{
    QByteArray bytes = data;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(bytes);
    if (!utf8.hasError()) {
        if (encoding)
            *encoding = QStringLiteral("UTF-8");
        return text;
    }
    if (encoding)
        *encoding = QStringLiteral("Windows-1252");
    return decodeWindows1252(bytes);
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
    int bestScore = 0;
    QChar best = u',';
    for (std::size_t k = 0; k < candidates.size(); ++k) {
        const QList<int> &perLine = counts[k];
        if (perLine.isEmpty() || perLine.first() == 0)
            continue;
        int consistent = 0;
        for (int count : perLine)
            consistent += count == perLine.first() ? 1 : 0;
        const int score = consistent * 1000 + perLine.first();
        if (score > bestScore) {
            bestScore = score;
            best = candidates[k];
        }
    }
    return best;
}

Expected<CsvTable> CsvReader::parse(QStringView text, QChar delimiter, const QString &sourceName)
{
    CsvTable table;
    table.delimiter = delimiter;
    QStringList row;
    QString field;
    bool quoted = false;       // inside a quoted field
    bool fieldStarted = false; // something has been read for the current field
    int line = 1;
    int quoteLine = 0;
    int quoteColumn = 0;
    qsizetype lineStart = 0;
    int rowLine = 1;

    // Inventories repeat their providers, purposes and categories on every row: a
    // value seen before shares the first copy's characters (and so do the cookies
    // made from it) instead of taking memory again per row. The first values seen
    // are the ones kept, so the set stays small when every value is new (names).
    QSet<QString> seen;
    constexpr qsizetype seenLimit = 4096;
    qsizetype rowSize = 0;
    const auto endField = [&] {
        if (row.isEmpty())
            row.reserve(rowSize);
        const auto known = seen.constFind(field);
        if (known != seen.cend()) {
            row.append(*known);
        } else {
            field.squeeze(); // grown a character at a time: give back the slack
            if (seen.size() < seenLimit)
                seen.insert(field);
            row.append(field);
        }
        field = QString();
        fieldStarted = false;
    };
    const auto endRow = [&] {
        endField();
        // A blank line is not a row of one empty cell.
        if (!(row.size() == 1 && row.first().isEmpty())) {
            rowSize = std::max(rowSize, row.size());
            table.rows.append(std::move(row));
            table.lineNumbers.append(rowLine);
        }
        row = QStringList();
    };

    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n') {
                    ++line;
                    lineStart = i + 1;
                }
                field += c;
            }
            continue;
        }
        if (c == u'"' && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
            quoteLine = line;
            quoteColumn = int(i - lineStart) + 1;
        } else if (c == delimiter) {
            endField();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            continue; // CRLF: the \n ends the row
        } else if (c == u'\n' || c == u'\r') {
            endRow();
            ++line;
            lineStart = i + 1;
            rowLine = line;
        } else {
            // Lenient like spreadsheets: a stray quote inside an unquoted field is text.
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted) {
        return Expected<CsvTable>::failure(
            sourceName + QLatin1Char(':') + QString::number(quoteLine) + QLatin1Char(':') +
            QString::number(quoteColumn) + QStringLiteral(": ") +
            QCoreApplication::translate("CsvReader", "a quoted field starts here and is never closed; the file may be cut short"));
    }
    if (fieldStarted || !row.isEmpty())
        endRow();
    return table;
}

Expected<CsvTable> CsvReader::read(const QByteArray &data, const QString &sourceName)
{
    if (looksBinary(data))
        return Expected<CsvTable>::failure(
            sourceName + QStringLiteral(": ") +
            QCoreApplication::translate("CsvReader",
                                        "this is not a text file (it contains NUL bytes)"));
    QString encoding;
    const QString text = decode(data, &encoding);
    if (text.trimmed().isEmpty())
        return Expected<CsvTable>::failure(sourceName + QStringLiteral(": ") +
                                           QCoreApplication::translate("CsvReader", "the file is empty"));
    Expected<CsvTable> table = parse(text, detectDelimiter(text), sourceName);
    if (table)
        table->encoding = encoding;
    return table;
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
