#include "document/textfolding.h"

#include <QChar>

#include <algorithm>
#include <array>

namespace {

// Latin letters with accents map to their base letter ("é" → "e"). A table built
// once replaces Unicode normalisation per string, which dominated building the
// keys of 100,000 rows.
constexpr char16_t foldTableSize = 0x250;

const std::array<char16_t, foldTableSize> &foldTable()
{
    static const std::array<char16_t, foldTableSize> table = [] {
        std::array<char16_t, foldTableSize> result{};
        for (char16_t c = 0; c < foldTableSize; ++c) {
            const QString decomposed =
                QString(QChar(c)).normalized(QString::NormalizationForm_D).toCaseFolded();
            result[c] = decomposed.isEmpty() ? c : decomposed.at(0).unicode();
        }
        return result;
    }();
    return table;
}

} // namespace

QString TextFolding::searchKey(const QString &text)
{
    QString folded = text.toCaseFolded();
    const std::array<char16_t, foldTableSize> &table = foldTable();
    const auto needsFolding = [&table](QChar c) {
        return c.unicode() >= 0x80 && c.unicode() < foldTableSize &&
               table[c.unicode()] != c.unicode();
    };
    const auto first = std::find_if(folded.cbegin(), folded.cend(), needsFolding);
    if (first == folded.cend())
        return folded;
    for (qsizetype i = first - folded.cbegin(); i < folded.size(); ++i) {
        const char16_t c = folded.at(i).unicode();
        if (c < foldTableSize && table[c] != c)
            folded[i] = QChar(table[c]);
    }
    return folded;
}
