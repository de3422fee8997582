// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include <QString>

#include <functional>

class QUrl;
class QWidget;
struct Policy;

// What Export, Export as PDF and Print do around writing: ask before publishing a
// document the checker finds errors in, and afterwards open the file or the folder
// that holds it.
namespace ExportGuard {
// True when the check finds no error, or the person chose to go on ("3 errors:
// export anyway?"); the first errors are listed in the question.
bool confirmDespiteErrors(QWidget *parent, const Policy &policy);

// Open a written file in its application, or its folder in the file manager.
bool openFile(const QString &path);
bool showInFolder(const QString &path);
// How URLs are opened (QDesktopServices by default); tests replace it.
void setUrlOpener(std::function<bool(const QUrl &)> opener);

// The name an export of the document gets: the document's own name before the
// format's ("anru.charte.json" + "charter.html" → "anru-charter.html"), or the
// format's alone for a document never saved.
QString proposedName(const QString &documentPath, const QString &formatFileName);
} // namespace ExportGuard
