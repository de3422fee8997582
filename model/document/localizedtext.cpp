// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "document/localizedtext.h"

#include <algorithm>

namespace {
auto lowerBound(const QList<LocalizedText::Entry> &entries, const QString &language)
{
    return std::lower_bound(entries.cbegin(), entries.cend(), language,
                            [](const LocalizedText::Entry &entry, const QString &wanted) {
                                return entry.first < wanted;
                            });
}
} // namespace

QString LocalizedText::exact(const QString &language) const
{
    const auto found = lowerBound(m_entries, language);
    return found != m_entries.cend() && found->first == language ? found->second : QString();
}

QString LocalizedText::value(const QString &language, const QString &fallbackLanguage) const
{
    const QString text = exact(language);
    if (!text.isEmpty() || fallbackLanguage.isEmpty())
        return text;
    return exact(fallbackLanguage);
}

void LocalizedText::set(const QString &language, const QString &text)
{
    const auto found = lowerBound(m_entries, language);
    const qsizetype index = found - m_entries.cbegin();
    const bool present = found != m_entries.cend() && found->first == language;
    if (text.isEmpty()) {
        if (present)
            m_entries.remove(index);
    } else if (present) {
        m_entries[index].second = text;
    } else {
        m_entries.insert(index, Entry(language, text));
    }
}

QStringList LocalizedText::languages() const
{
    QStringList result;
    result.reserve(m_entries.size());
    for (const Entry &entry : m_entries)
        result.append(entry.first);
    return result;
}

QMap<QString, QString> LocalizedText::texts() const
{
    QMap<QString, QString> map;
    for (const Entry &entry : m_entries)
        map.insert(entry.first, entry.second);
    return map;
}
