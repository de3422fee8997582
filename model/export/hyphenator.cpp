// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "export/hyphenator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <hyphen.h>

#include <cstdlib>

namespace {

// hyph_fr_CA.dic for "fr-CA", then hyph_fr.dic, then any hyph_fr_*.dic (English
// ships as hyph_en_US.dic and hyph_en_GB.dic only), first in name order.
QString findDictionary(const QString &language, const QString &folder)
{
    const QDir dir(folder);
    if (!dir.exists() || language.isEmpty())
        return {};
    QString tag = language;
    tag.replace(u'-', u'_');
    const QString base = tag.section(u'_', 0, 0).toLower();
    QStringList candidates;
    if (tag.contains(u'_'))
        candidates << QStringLiteral("hyph_%1_%2.dic").arg(base, tag.section(u'_', 1).toUpper());
    candidates << QStringLiteral("hyph_%1.dic").arg(base);
    for (const QString &name : std::as_const(candidates)) {
        if (QFileInfo(dir.filePath(name)).isReadable())
            return dir.filePath(name);
    }
    const QStringList regional = dir.entryList({QStringLiteral("hyph_%1_*.dic").arg(base)},
                                               QDir::Files | QDir::Readable, QDir::Name);
    return regional.isEmpty() ? QString() : dir.filePath(regional.first());
}

} // namespace

Hyphenator::Hyphenator(const QString &language, const QString &dictionaryFolder)
{
    const QString file = findDictionary(language, dictionaryFolder);
    if (file.isEmpty())
        return;
    m_dictionary = hnj_hyphen_load(QFile::encodeName(file).constData());
    if (m_dictionary)
        m_file = file;
}

Hyphenator::~Hyphenator()
{
    if (m_dictionary)
        hnj_hyphen_free(m_dictionary);
}

QList<int> Hyphenator::breakPoints(const QString &word) const
{
    if (word.size() < minimumLeft + minimumRight)
        return {};
    if (!m_dictionary)
        return fallbackBreakPoints(word);

    // The patterns are written in lower case, in UTF-8 (the files say so on their
    // first line); libhyphen answers per character (code point), so each code
    // point's end in the QString is noted.
    const QByteArray utf8 = word.toLower().toUtf8();
    QList<int> endOf; // per code point: the QString index just after it
    endOf.reserve(word.size());
    for (qsizetype i = 0; i < word.size(); ++i) {
        if (word.at(i).isHighSurrogate() && i + 1 < word.size())
            ++i;
        endOf << int(i + 1);
    }
    if (QString::fromUtf8(utf8).toUcs4().size() != endOf.size()) // lower case changed it ("İ")
        return fallbackBreakPoints(word);

    QByteArray hyphens(utf8.size() + 5, '\0');
    char **replacements = nullptr;
    int *positions = nullptr;
    int *cuts = nullptr;
    const int failed = hnj_hyphen_hyphenate3(m_dictionary, utf8.constData(), int(utf8.size()),
                                             hyphens.data(), nullptr, &replacements, &positions,
                                             &cuts, minimumLeft, minimumRight, minimumLeft,
                                             minimumRight);
    QList<int> points;
    for (qsizetype i = 0; !failed && i + 1 < endOf.size(); ++i) {
        // A break that rewrites the word around it (German "Schiff=fahrt") is left
        // out: a soft hyphen can only add a hyphen.
        if ((hyphens.at(i) & 1) && !(replacements && replacements[i]))
            points << endOf.at(i);
    }
    if (replacements) {
        for (int i = 0; i < utf8.size(); ++i)
            std::free(replacements[i]);
        std::free(replacements);
    }
    std::free(positions);
    std::free(cuts);
    return points;
}

QList<int> Hyphenator::fallbackBreakPoints(const QString &word) const
{
    // Letters to digits and lower to upper case ("Opendata|Soft", "AB|12") are
    // boundaries a reader sees without a dictionary; a run without one is cut every
    // `chunk` letters, keeping the minimum on either side.
    constexpr int chunk = 6;
    QList<int> points;
    int sinceLast = 0;
    for (int i = 1; i < word.size(); ++i) {
        ++sinceLast;
        if (i < minimumLeft || word.size() - i < minimumRight)
            continue;
        const QChar before = word.at(i - 1);
        const QChar after = word.at(i);
        const bool caseBoundary = before.isLower() && after.isUpper();
        const bool digitBoundary = before.isDigit() != after.isDigit();
        if (caseBoundary || digitBoundary || sinceLast >= chunk) {
            points << i;
            sinceLast = 0;
        }
    }
    return points;
}
