// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include <QString>

class QWidget;
struct Policy;

// File › Print and File › Export › PDF for the window: the charter laid out by
// PdfExporter (A4, margins, bordered tables, page numbers), on a printer the user
// picks in QPrintDialog or into a PDF file the user names. Errors are shown here.
namespace CharterPrinter {
// Returns false when cancelled or when printing failed (after saying why).
bool print(QWidget *parent, const Policy &policy, const QString &language);
bool exportPdf(QWidget *parent, const Policy &policy, const QString &language,
               const QString &suggestedPath = {});
} // namespace CharterPrinter
