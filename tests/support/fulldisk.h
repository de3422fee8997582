// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

#include <unistd.h>

// A folder on a small filesystem that is full: a tmpfs the test mounts (CI runs as
// root, so it can) and fills, so that the next write fails with "no space left on
// device" as on a user's full disk. Files the test puts there before fill() are the
// user's files the failed write must leave whole. Unmounted when it goes away.
namespace TestSupport {

class FullDisk
{
public:
    FullDisk()
    {
        if (!m_mountPoint.isValid() || ::geteuid() != 0)
            return;
        m_mounted = QProcess::execute(QStringLiteral("mount"),
                                      {QStringLiteral("-t"), QStringLiteral("tmpfs"),
                                       QStringLiteral("-o"), QStringLiteral("size=256k"),
                                       QStringLiteral("tmpfs"), m_mountPoint.path()}) == 0;
    }
    ~FullDisk()
    {
        if (m_mounted)
            QProcess::execute(QStringLiteral("umount"), {m_mountPoint.path()});
    }
    FullDisk(const FullDisk &) = delete;
    FullDisk &operator=(const FullDisk &) = delete;

    // False where the test cannot mount (not root): the caller skips, naming why.
    bool isMounted() const { return m_mounted; }
    static const char *whyNotMounted() { return "could not mount a small tmpfs: that needs root (CI runs as root)"; }

    QString filePath(const QString &name) const { return QDir(m_mountPoint.path()).filePath(name); }

    // Takes every byte left, so that the next write has no room.
    bool fill() const
    {
        QFile filler(filePath(QStringLiteral(".filler")));
        if (!filler.open(QIODevice::WriteOnly))
            return false;
        const QByteArray block(4096, 'x');
        while (filler.write(block) == block.size() && filler.flush()) {
        }
        return true;
    }

private:
    QTemporaryDir m_mountPoint;
    bool m_mounted = false;
};

} // namespace TestSupport
