// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

// What every exporter takes and gives back, apart from the registry that lists the
// exporters (ExportFormats), so that an exporter never includes the registry that
// includes it.
struct ExportOptions
{
    QString language;   // empty: the document's default language
    QString outputName; // the file or folder name asked for (some formats look at its extension)
    // Banner bundle of a document where no cookie needs consent: the user insists on
    // exporting it, without a first layer, only the "manage cookies" entry point.
    bool manageOnly = false;
};

struct ExportResult
{
    // Single-file formats put their bytes under the empty name; folder formats
    // (the banner bundle) use relative file names.
    QMap<QString, QByteArray> files;
    // What the target cannot express, said rather than dropped silently.
    QStringList warnings;
};
