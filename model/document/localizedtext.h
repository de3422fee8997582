// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include <QList>
#include <QMap>
#include <QString>

#include <utility>

// A user-visible text in several languages (BCP 47 tags such as "fr", "en").
// Reading a language that has no text falls back to the document's default
// language, so a half-translated charter still shows something sensible.
class LocalizedText
{
public:
    using Entry = std::pair<QString, QString>; // language, text

    LocalizedText() = default;
    LocalizedText(const QString &language, const QString &text) { set(language, text); }

    // The text in language, else in fallbackLanguage, else empty.
    QString value(const QString &language, const QString &fallbackLanguage = {}) const;
    // Only the text written for language, without fallback (for translation views).
    QString exact(const QString &language) const;
    bool has(const QString &language) const { return !exact(language).isEmpty(); }
    void set(const QString &language, const QString &text);
    void remove(const QString &language) { set(language, QString()); }

    bool isEmpty() const { return m_entries.isEmpty(); }
    QStringList languages() const;
    // Sorted by language, which keeps output stable.
    const QList<Entry> &entries() const { return m_entries; }
    QMap<QString, QString> texts() const; // a copy, for lookups by language

    friend bool operator==(const LocalizedText &, const LocalizedText &) = default;

private:
    // A text has a handful of languages at most: a sorted list is smaller and
    // faster to build than a map, which matters when reading 100,000 cookies.
    QList<Entry> m_entries;
};
