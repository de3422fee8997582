// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "recentfiles.h"

#include <QFileInfo>
#include <QSettings>

namespace {
const auto SettingsKey = QLatin1StringView("recentFiles");

void store(const QStringList &files)
{
    QSettings settings;
    if (files.isEmpty())
        settings.remove(SettingsKey);
    else
        settings.setValue(SettingsKey, files);
}
} // namespace

RecentFiles::RecentFiles(QObject *parent) : QObject(parent) {}

QStringList RecentFiles::files() const
{
    const QStringList stored = QSettings().value(SettingsKey).toStringList();
    QStringList existing;
    for (const QString &path : stored) {
        if (QFileInfo::exists(path) && !existing.contains(path))
            existing.append(path);
    }
    if (existing != stored)
        store(existing); // prune for good, not just in this answer
    return existing.mid(0, MaximumCount);
}

void RecentFiles::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = files();
    list.removeAll(absolute);
    list.prepend(absolute);
    store(list.mid(0, MaximumCount));
    emit changed();
}

void RecentFiles::clear()
{
    store({});
    emit changed();
}
