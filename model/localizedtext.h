#pragma once

#include <QMap>
#include <QString>

// A user-visible text in several languages (BCP 47 tags such as "fr", "en").
// Reading a language that has no text falls back to the document's default
// language, so a half-translated charter still shows something sensible.
class LocalizedText
{
public:
    LocalizedText() = default;
    LocalizedText(const QString &language, const QString &text) { set(language, text); }

    // The text in language, else in fallbackLanguage, else empty.
    QString value(const QString &language, const QString &fallbackLanguage = {}) const;
    // Only the text written for language, without fallback (for translation views).
    QString exact(const QString &language) const { return m_texts.value(language); }
    bool has(const QString &language) const { return !m_texts.value(language).isEmpty(); }
    void set(const QString &language, const QString &text);
    void remove(const QString &language) { m_texts.remove(language); }

    bool isEmpty() const { return m_texts.isEmpty(); }
    QStringList languages() const { return m_texts.keys(); }
    const QMap<QString, QString> &texts() const { return m_texts; }

    friend bool operator==(const LocalizedText &, const LocalizedText &) = default;

private:
    QMap<QString, QString> m_texts; // sorted by language, which keeps output stable
};
