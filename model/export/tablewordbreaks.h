// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include <QList>

class Hyphenator;
class QTextDocument;
class QTextTable;

// Makes the tables of a laid-out QTextDocument fit its text width without cutting a
// word where no hyphen shows.
//
// QTextDocument sizes a table's columns from their longest unbreakable word; when the
// words do not fit side by side it falls back to breaking anywhere, which printed
// "Opendatasof/t". The document is set to break only between words, and each table
// still wider than the page gets soft hyphens (U+00AD) at the hyphenation points of
// its cells' long words: Qt draws a hyphen where it uses one and nothing elsewhere.
// Cells set white-space: nowrap (the cookie names) are left alone: a name is one token.
namespace TableWordBreaks {

// Returns the tables that are still wider than the text width afterwards (a name
// column too wide on its own); those are left to Qt's last resort, breaking anywhere.
QList<QTextTable *> fit(QTextDocument &document, const Hyphenator &hyphenator);

// The tables of document, nested ones included, in document order.
QList<QTextTable *> tables(const QTextDocument &document);

// The soft hyphen Qt renders as "-" where a line breaks at it.
constexpr char16_t softHyphen = 0x00ad;
} // namespace TableWordBreaks
