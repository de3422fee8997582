// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include "document/expected.h"
#include "document/policy.h"
#include "export/htmlexporter.h"

#include <QByteArray>

#include <memory>

class QPagedPaintDevice;
class QTextDocument;

// The charter as a PDF (or on a printer): the same HTML body as the charter page,
// laid out by QTextDocument on A4 with margins, bordered tables, and a footer with
// the site name and "page / pages" on every page. The text stays text (selectable,
// searchable). Needs a QGuiApplication for fonts; the command line makes one on
// the offscreen platform.
class PdfExporter
{
public:
    // language empty means the document's default language.
    static Expected<QByteArray> exportCharter(const Policy &policy, const QString &language = {});

    // Lays the charter out for device and paints every page on it (a QPdfWriter or
    // a QPrinter); the device's page layout (size, margins) is used as it is.
    static Status render(const Policy &policy, const QString &language, QPagedPaintDevice &device);

    // The HTML fed to QTextDocument: the charter body and a closing paragraph with
    // the publisher, the last-updated date and the revision. The Charter page's view
    // shows the same, so what is printed is what is seen.
    // A preview limit shortens the cookie tables (the Charter page's view of a huge
    // inventory); exports and printing never pass one.
    static QByteArray html(const Policy &policy, const QString &language,
                           const CharterPreviewLimit &limit = {});
};
