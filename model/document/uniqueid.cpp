// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "document/uniqueid.h"

#include <algorithm>

QString uniqueId(const QString &base, const std::function<bool(const QString &)> &taken,
                 QChar separator)
{
    QString id = base;
    for (int suffix = 2; taken(id); ++suffix)
        id = base + separator + QString::number(suffix);
    return id;
}

QString uniqueId(const QString &base, const QStringList &taken, QChar separator)
{
    return uniqueId(
        base, [&taken](const QString &id) { return taken.contains(id); }, separator);
}

UniqueIds::UniqueIds(const QStringList &taken, QChar separator)
    : m_taken(taken.cbegin(), taken.cend()), m_separator(separator)
{}

QString UniqueIds::take(const QString &base)
{
    QString id = base;
    if (m_taken.contains(id)) {
        // Ids are never given back, so the suffixes below the remembered one stay taken.
        int &suffix = m_nextSuffix[base];
        suffix = std::max(suffix, 2);
        for (id = base + m_separator + QString::number(suffix); m_taken.contains(id);
             id = base + m_separator + QString::number(suffix))
            ++suffix;
        ++suffix;
    }
    m_taken.insert(id);
    return id;
}
