// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include <QString>
#include <QStringView>

// How texts are made comparable when a person's wording must match whatever
// case and accents were typed ("Élan" and "elan" are the same word). Three ways,
// because their callers need different things: the grid keeps every character
// (it shows and sorts what it finds), header and cell wordings ignore punctuation,
// and the checker folds one character at a time while its automaton reads.
namespace TextFolding {
// Case folded, Latin accents removed, everything else kept: the key the cookie
// grid searches and sorts by, and that known-cookie suggestions and lifetime
// wordings are compared in.
QString searchKey(const QString &text);

// Lower case, accents removed, every run of punctuation or spaces made one space
// and none at either end: "Finalité(s)" → "finalite s", "Nom du  cookie :" → "nom
// du cookie". For recognising the headers and words people write in tables against
// Charte's known wordings, and for identifiers made from names.
QString wordingKey(QStringView text);

// Lower case and accents removed (Latin-1 and Latin Extended-A/B: the accented
// letters of French and the other EU languages in Latin script), no-break and thin
// spaces read as spaces, typographic apostrophes as "'", other characters only
// lower-cased. One character gives one character, so the compliance checker's
// keyword automaton folds as it reads and a folded text keeps its length. Fetch
// one KeywordFolding per pass: folding a character is then a table lookup, which
// matters over the purposes of 100,000 cookies.
class KeywordFolding
{
public:
    KeywordFolding();
    char16_t operator()(char16_t c) const { return c < TableSize ? m_table[c] : outsideTable(c); }

    static constexpr char16_t TableSize = 0x250;

private:
    static char16_t outsideTable(char16_t c);
    const char16_t *m_table;
};

// KeywordFolding applied to a whole text (the charter texts the checker searches).
QString keywordText(const QString &text);
} // namespace TextFolding
