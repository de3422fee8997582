// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "scan/htmllinkextractor.h"

#include "format/htmlnesting.h"

#include <gumbo.h>

#include <QSet>

#include <memory>
#include <vector>

namespace {

QString attribute(const GumboElement &element, const char *name)
{
    const GumboAttribute *found = gumbo_get_attribute(&element.attributes, name);
    return found ? QString::fromUtf8(found->value).trimmed() : QString();
}

// The URLs of a srcset: comma-separated candidates "url [descriptor]".
QStringList srcsetUrls(const QString &srcset)
{
    QStringList urls;
    for (const QString &candidate : srcset.split(u',', Qt::SkipEmptyParts)) {
        const QString url = candidate.trimmed().section(u' ', 0, 0);
        if (!url.isEmpty())
            urls << url;
    }
    return urls;
}

class Collector
{
public:
    Collector(const QUrl &documentUrl) : m_base(documentUrl) {}

    void setBase(const QString &href)
    {
        if (m_baseSet || href.isEmpty())
            return; // the first <base href> counts, as in browsers
        const QUrl resolved = m_base.resolved(QUrl(href));
        if (resolved.isValid())
            m_base = resolved;
        m_baseSet = true;
    }

    void add(const QString &reference, QList<QUrl> &into)
    {
        if (reference.isEmpty())
            return;
        QUrl url = m_base.resolved(QUrl(reference));
        const QString scheme = url.scheme().toLower();
        if (scheme != QLatin1StringView("http") && scheme != QLatin1StringView("https")) {
            ++m_links.skipped;
            return;
        }
        url.setFragment(QString());
        if (!url.isValid() || url.host().isEmpty())
            return;
        QSet<QUrl> &seen = &into == &m_links.subresources ? m_seenResources : m_seenPages;
        if (!seen.contains(url)) {
            seen.insert(url);
            into << url;
        }
    }

    void element(const GumboElement &element)
    {
        switch (element.tag) {
        case GUMBO_TAG_BASE:
            setBase(attribute(element, "href"));
            break;
        case GUMBO_TAG_A:
        case GUMBO_TAG_AREA:
            add(attribute(element, "href"), m_links.pages);
            break;
        case GUMBO_TAG_IFRAME:
        case GUMBO_TAG_FRAME:
            add(attribute(element, "src"), m_links.frames);
            break;
        case GUMBO_TAG_SCRIPT:
        case GUMBO_TAG_EMBED:
            add(attribute(element, "src"), m_links.subresources);
            break;
        case GUMBO_TAG_IMG:
        case GUMBO_TAG_SOURCE:
            add(attribute(element, "src"), m_links.subresources);
            for (const QString &url : srcsetUrls(attribute(element, "srcset")))
                add(url, m_links.subresources);
            break;
        case GUMBO_TAG_LINK: {
            const QStringList rel = attribute(element, "rel").toLower().split(u' ', Qt::SkipEmptyParts);
            if (rel.contains(QLatin1StringView("stylesheet")) || rel.contains(QLatin1StringView("icon")) ||
                rel.contains(QLatin1StringView("preload")) || rel.contains(QLatin1StringView("modulepreload")))
                add(attribute(element, "href"), m_links.subresources);
            break;
        }
        default:
            break;
        }
    }

    HtmlLinks m_links;

private:
    QUrl m_base;
    bool m_baseSet = false;
    QSet<QUrl> m_seenPages;
    QSet<QUrl> m_seenResources;
};

} // namespace

HtmlLinks HtmlLinkExtractor::extract(const QByteArray &html, const QUrl &documentUrl)
{
    // gumbo frees its tree recursively and slows down with the square of the depth.
    if (const int depth = HtmlNesting::depth(html); depth > HtmlNesting::MaximumDepth) {
        HtmlLinks refused;
        refused.refusedDepth = depth;
        return refused;
    }
    GumboOptions options = kGumboDefaultOptions;
    options.max_errors = 0; // parse errors are not reported; do not collect them
    const auto destroy = [&options](GumboOutput *output) { gumbo_destroy_output(&options, output); };
    const std::unique_ptr<GumboOutput, decltype(destroy)> output(
        gumbo_parse_with_options(&options, html.constData(), size_t(html.size())), destroy);

    Collector collector(documentUrl);
    // Walk with an explicit stack: hostile pages nest thousands of elements deep.
    std::vector<const GumboNode *> stack{output->root};
    // Children are pushed in reverse so the walk keeps document order.
    while (!stack.empty()) {
        const GumboNode *node = stack.back();
        stack.pop_back();
        if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_TEMPLATE)
            continue;
        collector.element(node->v.element);
        const GumboVector &children = node->v.element.children;
        for (unsigned int i = children.length; i > 0; --i)
            stack.push_back(static_cast<const GumboNode *>(children.data[i - 1]));
    }
    return collector.m_links;
}
