#include "format/markdown.h"

#include <cmark.h>

#include <memory>

namespace {
struct NodeDeleter
{
    void operator()(cmark_node *node) const { cmark_node_free(node); }
};
struct StringDeleter
{
    void operator()(char *text) const { free(text); } // cmark allocates with malloc
};
} // namespace

QByteArray Markdown::toHtml(const QString &markdown, int headingOffset)
{
    const QByteArray utf8 = markdown.toUtf8();
    const std::unique_ptr<cmark_node, NodeDeleter> document(
        cmark_parse_document(utf8.constData(), size_t(utf8.size()), CMARK_OPT_DEFAULT));
    if (headingOffset != 0) {
        cmark_iter *iterator = cmark_iter_new(document.get());
        cmark_event_type event;
        while ((event = cmark_iter_next(iterator)) != CMARK_EVENT_DONE) {
            cmark_node *node = cmark_iter_get_node(iterator);
            if (event == CMARK_EVENT_ENTER && cmark_node_get_type(node) == CMARK_NODE_HEADING)
                cmark_node_set_heading_level(node,
                                             qBound(1, cmark_node_get_heading_level(node) + headingOffset, 6));
        }
        cmark_iter_free(iterator);
    }
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
