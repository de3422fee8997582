// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "document/textfolding.h"

#include <QChar>

#include <algorithm>
#include <array>

namespace {

using FoldTable = std::array<char16_t, TextFolding::KeywordFolding::TableSize>;

// Latin letters with accents map to their base letter ("é" → "e"). A table built
// once replaces Unicode normalisation per string, which dominated building the
// keys of 100,000 rows.
const FoldTable &searchTable()
{
    static const FoldTable table = [] {
        FoldTable result{};
        for (char16_t c = 0; c < result.size(); ++c) {
            const QString decomposed =
                QString(QChar(c)).normalized(QString::NormalizationForm_D).toCaseFolded();
            result[c] = decomposed.isEmpty() ? c : decomposed.at(0).unicode();
        }
        return result;
    }();
    return table;
}

// The checker's table: one level of canonical decomposition, lower case, and the
// no-break space as a space.
const FoldTable &keywordTable()
{
    static const FoldTable table = [] {
        FoldTable map{};
        for (char16_t c = 0; c < map.size(); ++c) {
            const QChar ch(c);
            const QString decomposed = ch.decomposition();
            const QChar base = !decomposed.isEmpty() && ch.decompositionTag() == QChar::Canonical
                                   ? decomposed.at(0)
                                   : ch;
            map[c] = base.toLower().unicode();
        }
        map[0x00a0] = u' ';
        return map;
    }();
    return table;
}

} // namespace

QString TextFolding::searchKey(const QString &text)
{
    QString folded = text.toCaseFolded();
    const FoldTable &table = searchTable();
    const auto needsFolding = [&table](QChar c) {
        return c.unicode() >= 0x80 && c.unicode() < table.size() &&
               table[c.unicode()] != c.unicode();
    };
    const auto first = std::find_if(folded.cbegin(), folded.cend(), needsFolding);
    if (first == folded.cend())
        return folded;
    for (qsizetype i = first - folded.cbegin(); i < folded.size(); ++i) {
        const char16_t c = folded.at(i).unicode();
        if (c < table.size() && table[c] != c)
            folded[i] = QChar(table[c]);
    }
    return folded;
}

QString TextFolding::wordingKey(QStringView text)
{
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_D).toLower();
    QString folded;
    folded.reserve(decomposed.size());
    bool space = false;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c.isLetterOrNumber()) {
            if (space && !folded.isEmpty())
                folded += u' ';
            space = false;
            folded += c;
        } else {
            space = true;
        }
    }
    return folded;
}

TextFolding::KeywordFolding::KeywordFolding() : m_table(keywordTable().data()) {}

char16_t TextFolding::KeywordFolding::outsideTable(char16_t c)
{
    if (c == 0x2019 || c == 0x2018)
        return u'\''; // typographic apostrophes read as plain ones
    if (c == 0x202f || c == 0x2009)
        return u' ';
    return QChar(c).toLower().unicode();
}

QString TextFolding::keywordText(const QString &text)
{
    const KeywordFolding fold;
    QString folded(text.size(), Qt::Uninitialized);
    QChar *out = folded.data();
    for (const QChar c : text)
        *out++ = QChar(fold(c.unicode()));
    return folded;
}
