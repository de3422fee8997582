// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include <QMap>
#include <QString>

// A charter page kept as Markdown in a site's repository (a Jekyll, Hugo or docs
// page): front matter, then CommonMark with raw HTML tables or GitHub-style pipe
// tables. Debian's libcmark knows no pipe tables, so they are turned into HTML
// tables (each cell's inline Markdown rendered by cmark) before the page is
// rendered; the HTML is then read like any charter page.
namespace MarkdownPage {
// The source suffix or the content says Markdown: a .md/.markdown name, a
// text/markdown type, or front matter, ATX headings and pipe tables in the text.
bool looksLikeMarkdown(const QString &name, const QString &contentType, const QString &text);
// The page as HTML; front matter's simple "key: value" lines go to frontMatter.
QString toHtml(const QString &markdown, QMap<QString, QString> *frontMatter = nullptr);
} // namespace MarkdownPage
