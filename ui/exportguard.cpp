// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "exportguard.h"

#include "compliance/compliancechecker.h"
#include "document/languages.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QUrl>

namespace {

std::function<bool(const QUrl &)> &urlOpener()
{
    static std::function<bool(const QUrl &)> opener = [](const QUrl &url) {
        return QDesktopServices::openUrl(url);
    };
    return opener;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("ExportGuard", text);
}

} // namespace

bool ExportGuard::confirmDespiteErrors(QWidget *parent, const Policy &policy)
{
    const ComplianceReport report = ComplianceChecker::check(policy);
    const int errors = int(report.count(Severity::Error));
    if (errors == 0)
        return true;
    QStringList first;
    const QString language = Languages::ofInterface();
    for (const Finding &finding : report.findings) {
        if (finding.severity == Severity::Error && first.size() < 3)
            first << QStringLiteral("• ") + finding.message.text(language);
    }
    QMessageBox box(QMessageBox::Warning, tr("Errors in the document"),
                    QCoreApplication::translate("ExportGuard",
                                                "The check finds %n error(s) in this document: publish it anyway?",
                                                nullptr, errors),
                    QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("errorsBeforeExport"));
    box.setInformativeText(first.join(QLatin1Char('\n')) +
                           (errors > first.size() ? QStringLiteral("\n…") : QString()));
    QPushButton *anyway = box.addButton(tr("Export Anyway"), QMessageBox::AcceptRole);
    anyway->setObjectName(QStringLiteral("exportAnyway"));
    box.setDefaultButton(box.addButton(QMessageBox::Cancel));
    box.exec();
    return box.clickedButton() == anyway;
}

bool ExportGuard::openFile(const QString &path)
{
    return urlOpener()(QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()));
}

bool ExportGuard::showInFolder(const QString &path)
{
    const QFileInfo info(path);
    // A folder export is itself the folder to show.
    return urlOpener()(QUrl::fromLocalFile(info.isDir() ? info.absoluteFilePath() : info.absolutePath()));
}

void ExportGuard::setUrlOpener(std::function<bool(const QUrl &)> opener)
{
    urlOpener() = std::move(opener);
}

QString ExportGuard::proposedName(const QString &documentPath, const QString &formatFileName)
{
    if (documentPath.isEmpty())
        return formatFileName;
    // "site.charte.json" and "site.json" both give "site".
    QString stem = QFileInfo(documentPath).fileName();
    for (const QString &suffix : {QStringLiteral(".charte.json"), QStringLiteral(".json")}) {
        if (stem.endsWith(suffix, Qt::CaseInsensitive)) {
            stem.chop(suffix.size());
            break;
        }
    }
    if (stem.isEmpty())
        return formatFileName;
    return stem + QLatin1Char('-') + formatFileName;
}
