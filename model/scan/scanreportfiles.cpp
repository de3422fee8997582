// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "scan/scanreportfiles.h"

#include "format/filewriter.h"
#include "scan/scanreportwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

Status ScanReportFiles::write(const QString &dir, const QString &reportName,
                              const QByteArray &report, const ConsentScan &scan,
                              QStringList *written)
{
    const QFileInfo folder(dir);
    if (folder.exists() && !folder.isDir())
        return Status::failure(QCoreApplication::translate("ScanReportFiles", "%1: not a folder")
                                   .arg(QDir::toNativeSeparators(dir)));
    if (!QDir().mkpath(dir))
        return Status::failure(
            QCoreApplication::translate("ScanReportFiles", "%1: the folder cannot be created")
                .arg(QDir::toNativeSeparators(dir)));
    const QDir target(dir);
    QStringList paths;
    for (const ScanReport &phase : scan.phases) {
        for (qsizetype i = 0; i < phase.screenshots.size(); ++i) {
            const QString path = target.filePath(ScanReportWriter::screenshotFileName(phase, i));
            if (const Status status = FileWriter::write(path, phase.screenshots.at(i).png); !status)
                return status;
            paths << path;
        }
    }
    const QString path = target.filePath(reportName);
    if (const Status status = FileWriter::write(path, report); !status)
        return status;
    paths << path;
    if (written)
        *written = paths;
    return Status::success();
}
