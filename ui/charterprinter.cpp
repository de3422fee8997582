#include "charterprinter.h"

#include "export/exportformats.h"
#include "export/pdfexporter.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QMessageBox>
#include <QPageLayout>
#include <QPrintDialog>
#include <QPrinter>

bool CharterPrinter::print(QWidget *parent, const Policy &policy, const QString &language)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageMargins(QMarginsF(20, 18, 20, 15), QPageLayout::Millimeter);
    printer.setDocName(policy.meta.siteName);
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
    return true;
}
