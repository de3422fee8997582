// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>

// Ids name sections, providers, categories and exported keys, and a new one must not
// collide with those already there. Every place that makes one goes through here, so
// the ids a file ends up with read alike whoever created them: "analytics",
// "analytics-2", "analytics-3"…

// base when taken(base) is false, else the first of base-2, base-3… that is free.
// The exported service keys of consent libraries join with '_', hence separator.
QString uniqueId(const QString &base, const std::function<bool(const QString &)> &taken,
                 QChar separator = u'-');
// The same among a list of ids already used.
QString uniqueId(const QString &base, const QStringList &taken, QChar separator = u'-');

// The same ids handed out one after another among many (an import of thousands of
// sections): the ids taken in a hash set and, per base, the next suffix to try, so that
// n ids cost O(n) where calling uniqueId for each costs O(n²).
class UniqueIds
{
public:
    explicit UniqueIds(const QStringList &taken = {}, QChar separator = u'-');

    // What uniqueId(base, the ids taken so far) returns; the id is then taken.
    QString take(const QString &base);

private:
    QSet<QString> m_taken;
    QHash<QString, int> m_nextSuffix; // base → first suffix that may be free
    QChar m_separator;
};
