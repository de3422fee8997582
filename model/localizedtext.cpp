#include "localizedtext.h"

QString LocalizedText::value(const QString &language, const QString &fallbackLanguage) const
{
    const QString text = m_texts.value(language);
    if (!text.isEmpty() || fallbackLanguage.isEmpty())
        return text;
    return m_texts.value(fallbackLanguage);
}

void LocalizedText::set(const QString &language, const QString &text)
{
    if (text.isEmpty())
        m_texts.remove(language);
    else
        m_texts.insert(language, text);
}
