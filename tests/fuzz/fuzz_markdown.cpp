// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
// Markdown rendering of charter section bodies (exports, the HTML page): whatever a
// section body holds, the HTML out of it carries no active content. Every tag must
// be one libcmark's safe mode writes (no <script>, no raw HTML but the "raw HTML
// omitted" comment), every attribute one it writes (so no on*= handler), and no
// href or src may start a javascript:, vbscript: or non-image data: URL once
// entities, tabs, line breaks and leading controls are taken away as a browser does.

#include "fuzzcheck.h"

#include "format/markdown.h"

#include <QByteArrayView>
#include <QList>

namespace {

QByteArray decodedUrl(QByteArray value)
{
    // The entities cmark's escaping writes, then the numeric ones.
    value.replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&#x27;", "'");
    QByteArray out;
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value[i] == '&' && i + 2 < value.size() && value[i + 1] == '#') {
            const qsizetype end = value.indexOf(';', i);
            if (end > i) {
                QByteArray number = value.mid(i + 2, end - i - 2);
                bool ok = false;
                const char32_t code = number.startsWith('x') || number.startsWith('X')
                                      ? number.mid(1).toUInt(&ok, 16)
                                      : number.toUInt(&ok, 10);
                if (ok) {
                    out += QString::fromUcs4(&code, 1).toUtf8();
                    i = end;
                    continue;
                }
            }
        }
        out += value[i];
    }
    out.replace("&amp;", "&");
    // Browsers drop tabs and line breaks anywhere in a URL and C0 controls and
    // spaces around it.
    out.replace('\t', QByteArray()).replace('\n', QByteArray()).replace('\r', QByteArray());
    qsizetype start = 0;
    while (start < out.size() && uchar(out[start]) <= 0x20)
        ++start;
    return out.mid(start).toLower();
}

void checkUrl(const QByteArray &value, const QByteArray &html)
{
    const QByteArray url = decodedUrl(value);
    const bool script = url.startsWith("javascript:") || url.startsWith("vbscript:");
    const bool dataNotImage = url.startsWith("data:") && !url.startsWith("data:image/");
    if (script || dataNotImage)
        Fuzz::fail("no script URL in the rendered HTML", QString::fromUtf8(html));
}

void checkTags(const QByteArray &html)
{
    static const QList<QByteArrayView> tags = {
        "p", "a", "img", "em", "strong", "code", "pre", "h1", "h2", "h3", "h4", "h5", "h6",
        "ul", "ol", "li", "blockquote", "hr", "br"};
    static const QList<QByteArrayView> attributes = {"href", "title", "src", "alt", "class", "start"};
    const auto fail = [&](const char *property) { Fuzz::fail(property, QString::fromUtf8(html)); };

    if (html.toLower().contains("<script"))
        fail("no <script in the rendered HTML");
    qsizetype i = 0;
    while ((i = html.indexOf('<', i)) >= 0) {
        if (html.mid(i).startsWith("<!-- raw HTML omitted -->")) {
            i += 25;
            continue;
        }
        ++i;
        if (i < html.size() && html[i] == '/')
            ++i;
        const qsizetype nameStart = i;
        while (i < html.size() && QChar::isLetterOrNumber(uchar(html[i])))
            ++i;
        if (!tags.contains(QByteArrayView(html).sliced(nameStart, i - nameStart)))
            fail("only the tags cmark writes");
        for (;;) {
            while (i < html.size() && html[i] == ' ')
                ++i;
            if (i < html.size() && html[i] == '>')
                break;
            if (html.mid(i).startsWith("/>")) {
                ++i;
                break;
            }
            const qsizetype attributeStart = i;
            while (i < html.size() && QChar::isLetter(uchar(html[i])))
                ++i;
            const QByteArray attribute = html.mid(attributeStart, i - attributeStart);
            if (!attributes.contains(QByteArrayView(attribute)))
                fail("only the attributes cmark writes (no on*= handler)");
            if (!html.mid(i).startsWith("=\""))
                fail("attribute values are quoted");
            i += 2;
            const qsizetype end = html.indexOf('"', i);
            if (end < 0)
                fail("attribute values are closed");
            if (attribute == "href" || attribute == "src")
                checkUrl(html.mid(i, end - i), html);
            i = end + 1;
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString markdown = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    // Section bodies render with their headings shifted below the section's own.
    const QByteArray html = Markdown::toHtml(markdown, int(size % 3));
    checkTags(html);
    return 0;
}
