// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QAbstractItemModel;
class QMimeData;
class QModelIndex;

// Cells on the clipboard as spreadsheets exchange them: tab-separated text
// (LibreOffice Calc and Excel both write and read it, quoting a cell that holds a
// tab, a newline or a quote) and an HTML table beside it for rich-text targets.
namespace TabularText {

// Rows joined by "\n", cells by "\t"; a cell with a tab, newline or quote is
// written in double quotes with inner quotes doubled, as Calc and Excel do.
QString toTsv(const QList<QStringList> &rows);
// A <table> of the cells, every text escaped; `header` becomes a row of <th>.
QByteArray toHtml(const QList<QStringList> &rows, const QStringList &header = {});
// The cells of a TSV block. Quoted cells may hold tabs, newlines and doubled
// quotes; a quote inside an unquoted cell is literal (Excel writes 5" that way).
// CRLF and CR line ends are accepted; one trailing line end does not add a row.
QList<QStringList> parseTsv(const QString &text);

// The display texts of `indexes` (any model, any selection shape) as a rectangle
// in the model's row and column order; cells inside the rectangle that are not
// selected stay empty, as a spreadsheet copies a ragged selection.
QList<QStringList> cellsOf(const QAbstractItemModel *model, const QList<QModelIndex> &indexes);

// text/plain (TSV) and text/html for `rows`; the caller owns the result.
QMimeData *mimeData(const QList<QStringList> &rows, const QStringList &header = {});

// The block a paste offers: TSV from text/plain (spreadsheets always provide it).
QList<QStringList> fromMimeData(const QMimeData *mime);

} // namespace TabularText
