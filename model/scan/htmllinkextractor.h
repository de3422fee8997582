// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include <QByteArray>
#include <QList>
#include <QUrl>

// The URLs a page makes a browser load or offers to follow, read with a real
// HTML5 parser (gumbo), so markup that regular expressions get wrong — comments,
// <script> text, unquoted attributes, <base href> — is read as browsers read it.
struct HtmlLinks
{
    QList<QUrl> pages;        // a/area href: documents a visitor may open
    QList<QUrl> frames;       // iframe/frame src: documents loaded with the page
    QList<QUrl> subresources; // script src, img src/srcset, link stylesheet/icon/preload, source, embed
    int skipped = 0;          // links with other schemes: mailto:, javascript:, tel:, ftp:, data: …
    // A page nested deeper than HtmlNesting::MaximumDepth is not parsed: its depth, no links.
    int refusedDepth = 0;
};

namespace HtmlLinkExtractor {
// URLs are resolved against documentUrl (or <base href>), without fragment, http(s) only,
// each once in document order.
HtmlLinks extract(const QByteArray &html, const QUrl &documentUrl);
} // namespace HtmlLinkExtractor
