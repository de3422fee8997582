// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include <QByteArray>
#include <QString>

// CommonMark rendering for charter section bodies, through Debian's libcmark.
// Links pass the exports' one address filter (HtmlWriter::isSafeLinkTarget, relative
// references allowed): any other link is replaced by its text. Raw HTML is shown as
// text. cmark's safe mode stays on underneath, so a body cannot inject markup or
// script into an export.
namespace Markdown {
// headingOffset shifts "# Title" down so section bodies nest under the section's
// own heading (offset 2 turns # into <h3>).
QByteArray toHtml(const QString &markdown, int headingOffset = 0);
// For reading a page written in Markdown (an import), never for an export: raw HTML
// (the tables many pages write inline) is kept, for an HTML parser to read.
QByteArray toHtmlKeepingRawHtml(const QString &markdown);
} // namespace Markdown
