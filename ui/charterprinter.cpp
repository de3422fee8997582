// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "charterprinter.h"

#include "export/exportformats.h"
#include "export/pdfexporter.h"
#include "exportguard.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPageLayout>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>

namespace {

// After a PDF is written: open it, or the folder that holds it.
void offerToOpen(QWidget *parent, const QString &path)
{
    QMessageBox box(QMessageBox::Information, QCoreApplication::translate("CharterPrinter", "PDF written"),
                    QCoreApplication::translate("CharterPrinter", "The charter was written to %1.")
                        .arg(QDir::toNativeSeparators(path)),
                    QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("pdfWritten"));
    QPushButton *open = box.addButton(QCoreApplication::translate("CharterPrinter", "&Open"), QMessageBox::AcceptRole);
    open->setObjectName(QStringLiteral("openPdfButton"));
    QPushButton *folder =
        box.addButton(QCoreApplication::translate("CharterPrinter", "Show in &Folder"), QMessageBox::ActionRole);
    folder->setObjectName(QStringLiteral("showPdfInFolderButton"));
    box.setDefaultButton(box.addButton(QMessageBox::Close));
    box.exec();
    if (box.clickedButton() == open)
        ExportGuard::openFile(path);
    else if (box.clickedButton() == folder)
        ExportGuard::showInFolder(path);
}

} // namespace

bool CharterPrinter::print(QWidget *parent, const Policy &policy, const QString &language)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageMargins(QMarginsF(20, 18, 20, 15), QPageLayout::Millimeter);
    printer.setDocName(policy.meta.siteName);
    if (!ExportGuard::confirmDespiteErrors(parent, policy))
        return false;
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(QCoreApplication::translate("CharterPrinter", "Print the charter"));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const Status status = PdfExporter::render(policy, language, printer);
    if (!status) {
        QMessageBox::warning(parent, QCoreApplication::translate("CharterPrinter", "Cannot print"),
                             status.error);
        return false;
    }
    return true;
}

bool CharterPrinter::exportPdf(QWidget *parent, const Policy &policy, const QString &language,
                               const QString &suggestedPath)
{
    const ExportFormat *format = ExportFormats::find(QStringLiteral("pdf"));
    Q_ASSERT(format);
    if (!ExportGuard::confirmDespiteErrors(parent, policy))
        return false;
    const QString path = QFileDialog::getSaveFileName(
        parent, QCoreApplication::translate("CharterPrinter", "Export the charter as PDF"),
        suggestedPath.isEmpty() ? format->defaultFileName : suggestedPath,
        QCoreApplication::translate("CharterPrinter", "PDF documents (*.pdf)"));
    if (path.isEmpty())
        return false;
    ExportOptions options;
    options.language = language;
    options.outputName = path;
    const Expected<ExportResult> result = format->run(policy, options);
    const Status written =
        result ? ExportFormats::write(*format, *result, path) : Status::failure(result.error());
    if (!written) {
        QMessageBox::warning(parent,
                             QCoreApplication::translate("CharterPrinter", "Cannot export the PDF"),
                             written.error);
        return false;
    }
    offerToOpen(parent, path);
    return true;
}
