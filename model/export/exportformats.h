// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include "document/expected.h"
#include "document/policy.h"
#include "export/exportoptions.h"

#include <QList>
#include <QStringList>

#include <functional>

// Every export Charte offers, in one table shared by `charte export` and the GUI's
// File › Export dialog, so both always offer the same formats with the same words.
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
