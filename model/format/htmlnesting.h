// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include <QByteArrayView>

// How deep a page's elements nest, measured before the page is parsed. libgumbo
// builds and frees its tree recursively and its parse time grows with the square of
// the nesting depth, so a hostile page (100,000 nested <table> or <div>) crashes
// Charte or never ends; Debian's gumbo has no depth option of its own. The charter
// importer and the site scanner refuse a page nested deeper than MaximumDepth.
namespace HtmlNesting {
// Browsers stop nesting at 512 levels (Blink's HTML parser) and no real page comes
// near it; four times that leaves room for the estimate below.
constexpr int MaximumDepth = 2000;

// The deepest nesting of elements in html, by one linear pass over the bytes: start
// tags open, end tags close back to their element, void elements and raw text
// (<script>, <style>, comments…) open nothing, and the end tags HTML leaves implied
// (<li>, <p>, <td>, <tr>, <option>…) are closed by their next sibling. An estimate
// close to the depth of the tree an HTML5 parser builds, never far below it; it is
// what decides the refusal, not the tree itself.
int depth(QByteArrayView html);
} // namespace HtmlNesting
