// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "itemmodels/tabulartext.h"

#include "format/htmlwriter.h"

#include <QAbstractItemModel>
#include <QMimeData>

#include <algorithm>

namespace {

bool needsQuotes(const QString &cell)
{
    for (const QChar c : cell) {
        if (c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\r') ||
            c == QLatin1Char('"'))
            return true;
    }
    return false;
}

} // namespace

QString TabularText::toTsv(const QList<QStringList> &rows)
{
    QString out;
    for (const QStringList &row : rows) {
        for (qsizetype column = 0; column < row.size(); ++column) {
            if (column > 0)
                out += QLatin1Char('\t');
            const QString &cell = row.at(column);
            if (needsQuotes(cell)) {
                QString quoted = cell;
                quoted.replace(QLatin1Char('"'), QLatin1StringView("\"\""));
                out += QLatin1Char('"') + quoted + QLatin1Char('"');
            } else {
                out += cell;
            }
        }
        out += QLatin1Char('\n');
    }
    return out;
}

QByteArray TabularText::toHtml(const QList<QStringList> &rows, const QStringList &header)
{
    HtmlWriter html;
    html.start(QLatin1StringView("html"));
    html.start(QLatin1StringView("head"));
    // Excel reads the clipboard's HTML as Windows-1252 unless told otherwise.
    html.empty(QLatin1StringView("meta"),
               {{QLatin1StringView("charset"), QStringLiteral("utf-8")}});
    html.end();
    html.start(QLatin1StringView("body"));
    html.start(QLatin1StringView("table"));
    if (!header.isEmpty()) {
        html.start(QLatin1StringView("tr"));
        for (const QString &cell : header)
            html.element(QLatin1StringView("th"), cell);
        html.end();
    }
    for (const QStringList &row : rows) {
        html.start(QLatin1StringView("tr"));
        for (const QString &cell : row) {
            html.start(QLatin1StringView("td"));
            // Line breaks inside a cell survive as <br>, which Calc and Excel keep
            // in one cell.
            const QStringList lines = cell.split(QLatin1Char('\n'));
            for (qsizetype i = 0; i < lines.size(); ++i) {
                if (i > 0)
                    html.empty(QLatin1StringView("br"));
                html.text(lines.at(i));
            }
            html.end();
        }
        html.end();
    }
    html.end();
    html.end();
    html.end();
    return html.finish();
}

QList<QStringList> TabularText::parseTsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    const qsizetype size = text.size();
    qsizetype i = 0;
    bool cellStarted = false; // distinguishes "" at the end of a line from no cell
    const auto endRow = [&] {
        row.append(cell);
        rows.append(row);
        row.clear();
        cell.clear();
        cellStarted = false;
    };
    while (i < size) {
        const QChar c = text.at(i);
        if (!cellStarted && cell.isEmpty() && c == QLatin1Char('"')) {
            // A quoted cell: up to the closing quote, "" standing for one quote.
            qsizetype j = i + 1;
            QString quoted;
            bool closed = false;
            while (j < size) {
                if (text.at(j) == QLatin1Char('"')) {
                    if (j + 1 < size && text.at(j + 1) == QLatin1Char('"')) {
                        quoted += QLatin1Char('"');
                        j += 2;
                        continue;
                    }
                    closed = true;
                    ++j;
                    break;
                }
                quoted += text.at(j);
                ++j;
            }
            const bool endsCell = j >= size || text.at(j) == QLatin1Char('\t') ||
                                  text.at(j) == QLatin1Char('\n') ||
                                  text.at(j) == QLatin1Char('\r');
            if (closed && endsCell) {
                cell = quoted;
                cellStarted = true;
                i = j;
                continue;
            }
            // Not a well-formed quoted cell: the quote is an ordinary character.
        }
        if (c == QLatin1Char('\t')) {
            row.append(cell);
            cell.clear();
            cellStarted = false;
            ++i;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            endRow();
            i += (c == QLatin1Char('\r') && i + 1 < size && text.at(i + 1) == QLatin1Char('\n'))
                     ? 2
                     : 1;
        } else {
            cell += c;
            cellStarted = true;
            ++i;
        }
    }
    if (cellStarted || !cell.isEmpty() || !row.isEmpty())
        endRow();
    return rows;
}

QList<QStringList> TabularText::cellsOf(const QAbstractItemModel *model,
                                        const QList<QModelIndex> &indexes)
{
    if (indexes.isEmpty())
        return {};
    QList<int> rowNumbers;
    QList<int> columnNumbers;
    for (const QModelIndex &index : indexes) {
        rowNumbers.append(index.row());
        columnNumbers.append(index.column());
    }
    const auto sortUnique = [](QList<int> &numbers) {
        std::sort(numbers.begin(), numbers.end());
        numbers.erase(std::unique(numbers.begin(), numbers.end()), numbers.end());
    };
    sortUnique(rowNumbers);
    sortUnique(columnNumbers);
    // Rows not selected at all are left out (a ctrl-click selection of rows 2 and
    // 9 copies two lines); columns keep their places between selected ones.
    const int firstColumn = columnNumbers.constFirst();
    const int width = columnNumbers.constLast() - firstColumn + 1;
    QList<QStringList> rows(rowNumbers.size(), QStringList(width));
    for (const QModelIndex &index : indexes) {
        const qsizetype row =
            std::lower_bound(rowNumbers.cbegin(), rowNumbers.cend(), index.row()) -
            rowNumbers.cbegin();
        rows[row][index.column() - firstColumn] = model->data(index, Qt::DisplayRole).toString();
    }
    return rows;
}

QMimeData *TabularText::mimeData(const QList<QStringList> &rows, const QStringList &header)
{
    auto *mime = new QMimeData;
    mime->setText(toTsv(rows));
    mime->setHtml(QString::fromUtf8(toHtml(rows, header)));
    return mime;
}

QList<QStringList> TabularText::fromMimeData(const QMimeData *mime)
{
    if (!mime || !mime->hasText())
        return {};
    return parseTsv(mime->text());
}
