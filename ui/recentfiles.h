// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include <QObject>
#include <QStringList>

// The "Open Recent" list, kept in QSettings (key "recentFiles"), most recent first.
// Files that no longer exist are dropped when the list is read, so the menu never
// offers a dead entry.
class RecentFiles : public QObject
{
    Q_OBJECT

public:
    static constexpr qsizetype MaximumCount = 8;

    explicit RecentFiles(QObject *parent = nullptr);

    QStringList files() const;
    void add(const QString &path);
    void clear();

signals:
    void changed();
};
