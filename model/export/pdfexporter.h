// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include "document/expected.h"
#include "document/policy.h"
#include "export/htmlexporter.h"
#include "export/pagebreaker.h"

#include <QByteArray>
#include <QList>
#include <QTextDocument>

#include <memory>

class QPagedPaintDevice;
class QTextTable;

// The charter as a PDF (or on a printer): the same HTML body as the charter page,
// laid out by QTextDocument on A4 with margins, bordered tables, and a footer with
// the site name and "page / pages" on every page. The text stays text (selectable,
// searchable). Needs a QGuiApplication for fonts; the command line makes one on
// the offscreen platform.
//
// Print rules: a word in a table cell wraps only at a hyphenation point, with a
// hyphen (see TableWordBreaks); a table row is never split across pages and a
// heading never ends a page (see PageBreaker).
class PdfExporter
{
public:
    // language empty means the document's default language.
    static Expected<QByteArray> exportCharter(const Policy &policy, const QString &language = {});

    // Lays the charter out for device and paints every page on it (a QPdfWriter or
    // a QPrinter); the device's page layout (size, margins) is used as it is.
    static Status render(const Policy &policy, const QString &language, QPagedPaintDevice &device);
    // The longest paragraph (or table cell paragraph) render() accepts, in characters:
    // about 30 pages of unbroken text.
    static constexpr int MaximumParagraphLength = 100000;

    // What render() paints: the charter laid out at the device's page width as one
    // long page, and where each printed page begins and ends in it.
    struct Layout
    {
        std::unique_ptr<QTextDocument> document;
        QList<PageBreaker::Page> pages;
        qreal pageHeight = 0;      // the room above the footer, in device units
        qreal footerHeight = 0;
        // Tables that fit the page only by breaking words anywhere (a cookie name
        // wider than the page): empty in any ordinary charter.
        QList<QTextTable *> tooWide;
    };
    static Layout layOut(const Policy &policy, const QString &language, QPagedPaintDevice &device);

    // The HTML fed to QTextDocument: the charter body and a closing paragraph with
    // the publisher, the last-updated date and the revision. The Charter page's view
    // shows the same, so what is printed is what is seen.
    // A preview limit shortens the cookie tables (the Charter page's view of a huge
    // inventory); exports and printing never pass one.
    static QByteArray html(const Policy &policy, const QString &language,
                           const CharterPreviewLimit &limit = {});
};
