// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include <QList>
#include <QString>

struct _HyphenDict;

// Where a word may be cut at the end of a line with a hyphen, from the TeX-style
// patterns Debian ships for LibreOffice (packages hyphen-fr, hyphen-en-us, … read
// through libhyphen). The PDF export uses it to put soft hyphens into long words of
// narrow table cells, so that "Opendatasoft" wraps as "Opendata-/soft", never as
// "Opendatasof/t".
//
// A language without an installed dictionary still gets break points, at the
// boundaries a reader accepts without one (between a lower-case and an upper-case
// letter, between letters and digits) and, failing those, every few letters;
// dictionaryFile() is empty then, so callers can say which language lacked one.
class Hyphenator
{
public:
    // language: a BCP 47 tag ("fr", "en", "fr-CA"); dictionaryFolder: where the
    // hyph_*.dic files are, Debian's /usr/share/hyphen by default.
    explicit Hyphenator(const QString &language,
                        const QString &dictionaryFolder = QStringLiteral("/usr/share/hyphen"));
    ~Hyphenator();
    Hyphenator(const Hyphenator &) = delete;
    Hyphenator &operator=(const Hyphenator &) = delete;

    QString dictionaryFile() const { return m_file; }

    // Positions i (1 <= i < word.size()) where the word may break as
    // word.left(i) + "-" / word.mid(i). word is one run of letters (and digits).
    QList<int> breakPoints(const QString &word) const;

    // The fewest characters kept on either side of a break.
    static constexpr int minimumLeft = 2;
    static constexpr int minimumRight = 3;

private:
    QList<int> fallbackBreakPoints(const QString &word) const;

    QString m_file;
    _HyphenDict *m_dictionary = nullptr;
};
