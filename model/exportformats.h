#pragma once

#include "expected.h"
#include "policy.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QStringList>

#include <functional>

// Every export Charte offers, in one table shared by `charte export` and the GUI's
// File › Export dialog, so both always offer the same formats with the same words.
struct ExportOptions
{
    QString language;   // empty: the document's default language
    QString outputName; // the file or folder name asked for (some formats look at its extension)
};

struct ExportResult
{
    // Single-file formats put their bytes under the empty name; folder formats
    // (the banner bundle) use relative file names.
    QMap<QString, QByteArray> files;
    // What the target cannot express, said rather than dropped silently.
    QStringList warnings;
};

struct ExportFormat
{
    enum class Output { File, Folder };

    QString id;               // "json", "html", … (CLI --format value)
    const char *title;        // translatable (QT_TRANSLATE_NOOP("ExportFormats", …))
    const char *description;  // one sentence on what it is for, translatable
    QString defaultFileName;  // suggested output name, e.g. "charte.html"
    Output output = Output::File;
    std::function<Expected<ExportResult>(const Policy &, const ExportOptions &)> run;

    QString translatedTitle() const;
    QString translatedDescription() const;
};

namespace ExportFormats {
const QList<ExportFormat> &all();
const ExportFormat *find(const QString &id);
QStringList ids();
// Writes a result to outputPath (a file, or a folder for folder formats, created as
// needed); every file is written atomically.
Status write(const ExportFormat &format, const ExportResult &result, const QString &outputPath);
} // namespace ExportFormats
