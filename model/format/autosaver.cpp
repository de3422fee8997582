// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "format/autosaver.h"

#include "document/policydocument.h"
#include "format/filewriter.h"
#include "format/policywriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#endif

namespace {
const auto RecoverySuffix = QLatin1StringView(".charte.json");
const auto SidecarSuffix = QLatin1StringView(".recovery.json");

// Recovery files of the autosavers alive in this process: never offered to
// another window of the same process.
QSet<QString> &liveRecoveryFiles()
{
    static QSet<QString> files;
    return files;
}

bool processIsRunning(qint64 pid)
{
#ifdef Q_OS_UNIX
    if (pid <= 0)
        return false;
    // Signal 0 checks existence only; EPERM means it exists under another user.
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
#else
    Q_UNUSED(pid);
    return false;
#endif
}
} // namespace

Autosaver::Autosaver(PolicyDocument *document, QObject *parent)
    : QObject(parent), m_document(document)
{
    const QString base = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QDir directory(recoveryDirectory());
    m_recoveryPath = directory.filePath(base + RecoverySuffix);
    m_sidecarPath = directory.filePath(base + SidecarSuffix);
    liveRecoveryFiles().insert(m_recoveryPath);

    m_timer.setInterval(DefaultIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &Autosaver::onTimeout);
    connect(m_document, &PolicyDocument::changed, this, [this] {
        m_dirty = true;
        if (m_document->isModified() && !m_timer.isActive())
            m_timer.start();
    });
    connect(m_document, &PolicyDocument::modificationChanged, this,
            &Autosaver::onModificationChanged);
    // The sidecar names the document's path: keep it right after Save As.
    connect(m_document, &PolicyDocument::filePathChanged, this, [this] {
        if (QFile::exists(m_recoveryPath))
            m_dirty = true;
    });
}

Autosaver::~Autosaver()
{
    liveRecoveryFiles().remove(m_recoveryPath);
}

QString Autosaver::recoveryDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("recovery"));
}

void Autosaver::onModificationChanged(bool modified)
{
    if (modified) {
        m_dirty = true;
        m_timer.start();
    } else {
        // Back at the saved state: the file on disk is the truth again.
        m_timer.stop();
        discard();
    }
}

void Autosaver::onTimeout()
{
    if (!m_document->isModified()) {
        m_timer.stop();
        return;
    }
    if (!m_dirty)
        return;
    const Status status = saveNow();
    if (!status)
        emit failed(status.error);
}

Status Autosaver::saveNow()
{
    if (!QDir().mkpath(recoveryDirectory()))
        return Status::failure(
            QCoreApplication::translate("Autosaver", "%1: cannot create the recovery folder")
                .arg(QDir::toNativeSeparators(recoveryDirectory())));
    const Status written = PolicyWriter::writeFile(m_document->policy(), m_recoveryPath);
    if (!written)
        return written;

    QJsonObject sidecar;
    sidecar.insert(QStringLiteral("originalPath"), m_document->filePath());
    sidecar.insert(QStringLiteral("savedAt"),
                   QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    sidecar.insert(QStringLiteral("pid"), QCoreApplication::applicationPid());
    if (const Status status = FileWriter::write(m_sidecarPath, QJsonDocument(sidecar).toJson());
        !status)
        return status;
    m_dirty = false;
    emit saved(m_recoveryPath);
    return Status::success();
}

void Autosaver::discard()
{
    QFile::remove(m_recoveryPath);
    QFile::remove(m_sidecarPath);
}

QList<Autosaver::Recovery> Autosaver::orphanedRecoveries()
{
    QList<Recovery> found;
    const QDir directory(recoveryDirectory());
    const QStringList sidecars =
        directory.entryList({QLatin1StringView("*") + SidecarSuffix}, QDir::Files);
    const qint64 ownPid = QCoreApplication::applicationPid();
    for (const QString &name : sidecars) {
        const QString base = name.chopped(SidecarSuffix.size());
        Recovery recovery;
        recovery.sidecarPath = directory.filePath(name);
        recovery.recoveryPath = directory.filePath(base + RecoverySuffix);
        if (liveRecoveryFiles().contains(recovery.recoveryPath) ||
            !QFile::exists(recovery.recoveryPath))
            continue;
        QFile file(recovery.sidecarPath);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject sidecar = QJsonDocument::fromJson(file.readAll()).object();
        const qint64 pid = sidecar.value(QStringLiteral("pid")).toInteger();
        if (pid != ownPid && processIsRunning(pid))
            continue; // another Charte is still editing it
        recovery.originalPath = sidecar.value(QStringLiteral("originalPath")).toString();
        recovery.savedAt = QDateTime::fromString(
            sidecar.value(QStringLiteral("savedAt")).toString(), Qt::ISODateWithMs);
        found.append(recovery);
    }
    std::sort(found.begin(), found.end(),
              [](const Recovery &a, const Recovery &b) { return a.savedAt > b.savedAt; });
    return found;
}

void Autosaver::remove(const Recovery &recovery)
{
    QFile::remove(recovery.recoveryPath);
    QFile::remove(recovery.sidecarPath);
}
