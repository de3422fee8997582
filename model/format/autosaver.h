// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include "document/expected.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

class PolicyDocument;

// Keeps a recovery copy of a modified document, so a crash loses at most one
// interval of work. The copy is a normal charte/1 file in
// AppDataLocation/recovery/, beside a small sidecar JSON naming the document's own
// path. Saving (the undo stack becoming clean) or an orderly close removes both;
// a crash leaves them for the next start to offer.
class Autosaver : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultIntervalMs = 30'000;

    // A copy left behind by a session that ended without closing its document.
    struct Recovery
    {
        QString recoveryPath; // the autosaved charte/1 file
        QString sidecarPath;
        QString originalPath; // empty for a document never saved
        QDateTime savedAt;
    };

    explicit Autosaver(PolicyDocument *document, QObject *parent = nullptr);
    // Keeps the files: destruction without discard() is what a crash looks like.
    ~Autosaver() override;

    static QString recoveryDirectory();
    // Copies left by sessions that are gone, newest first. Copies of the autosavers
    // alive in this process are never listed; on Unix neither are those of other
    // running Charte processes.
    static QList<Recovery> orphanedRecoveries();
    static void remove(const Recovery &recovery);

    int interval() const { return m_timer.interval(); }
    void setInterval(int milliseconds) { m_timer.setInterval(milliseconds); }
    QString recoveryFilePath() const { return m_recoveryPath; }
    QString sidecarFilePath() const { return m_sidecarPath; }

    // Writes the recovery copy now (also done by the timer while modified).
    Status saveNow();
    // Removes the recovery copy: the document was saved, discarded or closed.
    void discard();

signals:
    void saved(const QString &recoveryPath);
    void failed(const QString &error);

private:
    void onTimeout();
    void onModificationChanged(bool modified);

    PolicyDocument *m_document;
    QTimer m_timer;
    QString m_recoveryPath;
    QString m_sidecarPath;
    bool m_dirty = false; // changed since the last recovery copy
};
