// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "format/markdown.h"

#include "format/htmlwriter.h"

#include <cmark.h>

#include <memory>
#include <vector>

namespace {
struct NodeDeleter
{
    void operator()(cmark_node *node) const { cmark_node_free(node); }
};
struct StringDeleter
{
    void operator()(char *text) const { free(text); } // cmark allocates with malloc
};

// A link whose address the export filter refuses becomes its own text: cmark's safe
// mode would keep it as <a href=""> (a link to the page itself).
void unwrap(cmark_node *node)
{
    while (cmark_node *child = cmark_node_first_child(node))
        cmark_node_insert_before(node, child);
    cmark_node_free(node);
}

// Raw HTML is shown as the text it is, instead of cmark's "<!-- raw HTML omitted -->":
// nothing of the writer's text disappears without a trace, and nothing of it is markup.
void showLiterally(cmark_node *node, bool block)
{
    QByteArray literal(cmark_node_get_literal(node));
    while (literal.endsWith('\n'))
        literal.chop(1);
    cmark_node *text = cmark_node_new(CMARK_NODE_TEXT);
    cmark_node_set_literal(text, literal.constData());
    if (block) {
        cmark_node *paragraph = cmark_node_new(CMARK_NODE_PARAGRAPH);
        cmark_node_append_child(paragraph, text);
        text = paragraph;
    }
    cmark_node_replace(node, text);
    cmark_node_free(node);
}
} // namespace

QByteArray Markdown::toHtml(const QString &markdown, int headingOffset)
{
    const QByteArray utf8 = markdown.toUtf8();
    const std::unique_ptr<cmark_node, NodeDeleter> document(
        cmark_parse_document(utf8.constData(), size_t(utf8.size()), CMARK_OPT_DEFAULT));
    // Changed after the walk: cmark's iterator must not see nodes move under it.
    std::vector<cmark_node *> unsafeLinks;
    std::vector<cmark_node *> rawHtml;
    cmark_iter *iterator = cmark_iter_new(document.get());
    cmark_event_type event;
    while ((event = cmark_iter_next(iterator)) != CMARK_EVENT_DONE) {
        if (event != CMARK_EVENT_ENTER)
            continue;
        cmark_node *node = cmark_iter_get_node(iterator);
        switch (cmark_node_get_type(node)) {
        case CMARK_NODE_HEADING:
            if (headingOffset != 0)
                cmark_node_set_heading_level(node,
                                             qBound(1, cmark_node_get_heading_level(node) + headingOffset, 6));
            break;
        case CMARK_NODE_LINK:
        case CMARK_NODE_IMAGE:
            if (!HtmlWriter::isSafeLinkTarget(QString::fromUtf8(cmark_node_get_url(node)),
                                              HtmlWriter::Relative::Allowed))
                unsafeLinks.push_back(node);
            break;
        case CMARK_NODE_HTML_INLINE:
        case CMARK_NODE_HTML_BLOCK:
            rawHtml.push_back(node);
            break;
        default:
            break;
        }
    }
    cmark_iter_free(iterator);
    for (cmark_node *node : rawHtml)
        showLiterally(node, cmark_node_get_type(node) == CMARK_NODE_HTML_BLOCK);
    for (cmark_node *node : unsafeLinks)
        unwrap(node);
    const std::unique_ptr<char, StringDeleter> html(
        cmark_render_html(document.get(), CMARK_OPT_DEFAULT));
    return QByteArray(html.get());
}

QByteArray Markdown::toHtmlKeepingRawHtml(const QString &markdown)
{
    const QByteArray utf8 = markdown.toUtf8();
    const std::unique_ptr<cmark_node, NodeDeleter> document(
        cmark_parse_document(utf8.constData(), size_t(utf8.size()), CMARK_OPT_UNSAFE));
    const std::unique_ptr<char, StringDeleter> html(
        cmark_render_html(document.get(), CMARK_OPT_UNSAFE));
    return QByteArray(html.get());
}
