// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

// A charter page reduced to what the importer needs, whatever it was written in:
// headings, Markdown text and tables, in reading order. The text and HTML readers
// produce it; CharterImporter turns it into sections and cookies.
struct CharterBlock
{
    enum class Kind { Heading, Text, Table };
    Kind kind = Kind::Text;
    QString text;            // heading title (plain) or Markdown
    QList<QStringList> rows; // a table's cells, header row first
    QList<int> lines;        // source line of each row, when known
    QList<QStringList> links; // per row, the first http(s) link of each cell (HTML only)
    QString caption;         // a table's caption
};

struct CharterBlocks
{
    QList<CharterBlock> blocks;
    QString title;    // <title> of an HTML page
    QString language; // <html lang>, primary subtag; empty when the page does not say
    // An HTML page nested deeper than HtmlNesting::MaximumDepth is not read: its depth,
    // and no blocks.
    int refusedDepth = 0;
};

namespace CharterBlockReader {
// Plain text as people copy a page: a short line without final punctuation
// followed by more text is a heading; lines with tabs are table rows (a row of
// dashes under the header is skipped); "- ", "• " lines are list items.
CharterBlocks fromText(const QString &text);
// HTML through an HTML5 parser (libgumbo): headings, paragraphs, lists, links,
// bold and italic, tables; navigation, scripts and forms left out. A page nested
// deeper than HtmlNesting::MaximumDepth is not parsed (refusedDepth says how deep).
CharterBlocks fromHtml(const QString &html, const QUrl &baseUrl);
// Text made safe to place in Markdown: characters that would start markup escaped.
QString escapeMarkdown(QStringView text);
// "fr" or "en" from the words of a text, for pages that do not declare a language.
QString guessLanguage(const CharterBlocks &blocks);
} // namespace CharterBlockReader
