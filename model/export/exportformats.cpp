// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "export/exportformats.h"

#include "export/bannerexporter.h"
#include "export/cookieconsentexporter.h"
#include "export/csvexporter.h"
#include "export/htmlexporter.h"
#include "export/klaroexporter.h"
#include "export/pdfexporter.h"
#include "export/tarteaucitronexporter.h"
#include "format/filewriter.h"
#include "format/policywriter.h"

#include <QCoreApplication>
#include <QDir>

namespace {

ExportResult single(QByteArray bytes)
{
    ExportResult result;
    result.files.insert(QString(), std::move(bytes));
    return result;
}

QList<ExportFormat> buildFormats()
{
    QList<ExportFormat> formats;
    formats.append({QStringLiteral("json"), QT_TRANSLATE_NOOP("ExportFormats", "Policy JSON"),
                    QT_TRANSLATE_NOOP("ExportFormats",
                                      "The document itself, normalised, for version control and "
                                      "for websites that read the charte/1 schema."),
                    QStringLiteral("charte.charte.json"), ExportFormat::Output::File,
                    [](const Policy &policy, const ExportOptions &) -> Expected<ExportResult> {
                        return single(PolicyWriter::toJson(policy));
                    }});
    formats.append({QStringLiteral("html"), QT_TRANSLATE_NOOP("ExportFormats", "HTML charter page"),
                    QT_TRANSLATE_NOOP("ExportFormats",
                                      "A standalone cookie policy page in one language, with a "
                                      "table per category and a button that reopens the banner."),
                    QStringLiteral("charte.html"), ExportFormat::Output::File,
                    [](const Policy &policy, const ExportOptions &options) -> Expected<ExportResult> {
                        return single(HtmlExporter::exportCharter(policy, options.language));
                    }});
    formats.append({QStringLiteral("banner"), QT_TRANSLATE_NOOP("ExportFormats", "Consent banner bundle"),
                    QT_TRANSLATE_NOOP("ExportFormats",
                                      "The consent banner for the website (charte-consent.js and "
                                      "charte-consent.css, no dependencies) with a demo page."),
                    QStringLiteral("charte-banner"), ExportFormat::Output::Folder,
                    &BannerExporter::exportBundle});
    formats.append({QStringLiteral("pdf"), QT_TRANSLATE_NOOP("ExportFormats", "PDF charter"),
                    QT_TRANSLATE_NOOP("ExportFormats",
                                      "The charter with its cookie tables on A4 pages, for the "
                                      "records or for printing."),
                    QStringLiteral("charte.pdf"), ExportFormat::Output::File,
                    [](const Policy &policy, const ExportOptions &options) -> Expected<ExportResult> {
                        Expected<QByteArray> pdf = PdfExporter::exportCharter(policy, options.language);
                        if (!pdf)
                            return Expected<ExportResult>::failure(pdf.error());
                        return single(std::move(pdf).value());
                    }});
    formats.append({QStringLiteral("csv"), QT_TRANSLATE_NOOP("ExportFormats", "Cookie inventory (CSV)"),
                    QT_TRANSLATE_NOOP("ExportFormats",
                                      "Every cookie with all its fields, one column per language, "
                                      "for spreadsheets; Charte imports it back unchanged."),
                    QStringLiteral("cookies.csv"), ExportFormat::Output::File,
                    [](const Policy &policy, const ExportOptions &options) -> Expected<ExportResult> {
                        return single(CsvExporter::exportCsv(policy, options.language));
                    }});
    formats.append({QStringLiteral("cookieconsent"),
                    QT_TRANSLATE_NOOP("ExportFormats", "vanilla-cookieconsent 3 configuration"),
                    QT_TRANSLATE_NOOP("ExportFormats",
                                      "A script to include after cookieconsent.umd.js that starts "
                                      "the banner with this document; name the file .json for the "
                                      "bare configuration."),
                    QStringLiteral("cc-config.js"), ExportFormat::Output::File,
                    CookieConsentExporter::run});
    formats.append({QStringLiteral("klaro"), QT_TRANSLATE_NOOP("ExportFormats", "Klaro 0.7 configuration"),
                    QT_TRANSLATE_NOOP("ExportFormats",
                                      "A script to include before klaro.js that sets "
                                      "window.klaroConfig; name the file .json for the bare "
                                      "configuration."),
                    QStringLiteral("klaro-config.js"), ExportFormat::Output::File, KlaroExporter::run});
    formats.append({QStringLiteral("tarteaucitron"),
                    QT_TRANSLATE_NOOP("ExportFormats", "tarteaucitron 1.x configuration"),
                    QT_TRANSLATE_NOOP("ExportFormats",
                                      "A script to include after tarteaucitron.js that starts it "
                                      "with one service per provider and category."),
                    QStringLiteral("tac-config.js"), ExportFormat::Output::File,
                    TarteaucitronExporter::run});
    return formats;
}

} // namespace

QString ExportFormat::translatedTitle() const
{
    return QCoreApplication::translate("ExportFormats", title);
}

QString ExportFormat::translatedDescription() const
{
    return QCoreApplication::translate("ExportFormats", description);
}

const QList<ExportFormat> &ExportFormats::all()
{
    static const QList<ExportFormat> formats = buildFormats();
    return formats;
}

const ExportFormat *ExportFormats::find(const QString &id)
{
    for (const ExportFormat &format : all()) {
        if (format.id == id)
            return &format;
    }
    return nullptr;
}

QStringList ExportFormats::ids()
{
    QStringList result;
    for (const ExportFormat &format : all())
        result << format.id;
    return result;
}

Status ExportFormats::write(const ExportFormat &format, const ExportResult &result,
                            const QString &outputPath)
{
    if (format.output == ExportFormat::Output::File)
        return FileWriter::write(outputPath, result.files.value(QString()));

    QDir folder(outputPath);
    if (!folder.mkpath(QStringLiteral(".")))
        return Status::failure(outputPath + QStringLiteral(": ") +
                               QCoreApplication::translate("ExportFormats",
                                                           "cannot create the folder"));
    for (auto it = result.files.cbegin(); it != result.files.cend(); ++it) {
        const Status status = FileWriter::write(folder.filePath(it.key()), it.value());
        if (!status)
            return status;
    }
    return Status::success();
}
