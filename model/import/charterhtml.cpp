// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
// The HTML half of CharterBlockReader: walks the tree libgumbo builds (the HTML5
// parsing algorithm, so broken markup is repaired the way browsers repair it).

#include "import/charterblocks.h"

#include "format/htmlnesting.h"

#include <gumbo.h>

#include <QMap>

#include <algorithm>
#include <memory>

namespace {

QString utf8(const char *text)
{
    return QString::fromUtf8(text);
}

QString attribute(const GumboNode *node, const char *name)
{
    const GumboAttribute *found = gumbo_get_attribute(&node->v.element.attributes, name);
    return found ? utf8(found->value) : QString();
}

bool isElement(const GumboNode *node, GumboTag tag)
{
    return node->type == GUMBO_NODE_ELEMENT && node->v.element.tag == tag;
}

template <typename Visit> void forEachChild(const GumboNode *node, Visit visit)
{
    if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_DOCUMENT)
        return;
    const GumboVector &children =
        node->type == GUMBO_NODE_ELEMENT ? node->v.element.children : node->v.document.children;
    for (unsigned int i = 0; i < children.length; ++i)
        visit(static_cast<const GumboNode *>(children.data[i]));
}

// Pages nested absurdly deep are read down to this depth, so recursion stays bounded.
constexpr int MaximumDepth = 200;

struct DepthGuard
{
    explicit DepthGuard(int &depth) : m_depth(depth) { ++m_depth; }
    ~DepthGuard() { --m_depth; }
    DepthGuard(const DepthGuard &) = delete;
    DepthGuard &operator=(const DepthGuard &) = delete;
    int &m_depth;
};

// Old sites lay pages out with tables: a table holding headings or other tables
// is a container to read through, not a table of data.
bool containsLayout(const GumboNode *node, int depth = 0)
{
    bool found = false;
    if (depth > MaximumDepth)
        return false;
    forEachChild(node, [&](const GumboNode *child) {
        if (found || child->type != GUMBO_NODE_ELEMENT)
            return;
        const GumboTag tag = child->v.element.tag;
        found = tag == GUMBO_TAG_TABLE || (tag >= GUMBO_TAG_H1 && tag <= GUMBO_TAG_H6) ||
                containsLayout(child, depth + 1);
    });
    return found;
}

bool isLayoutTable(const GumboNode *table)
{
    return containsLayout(table);
}

// Breadth-first, without recursion: a hostile page may nest elements very deep.
QList<const GumboNode *> elementsNamed(const GumboNode *root, GumboTag tag, int limit)
{
    QList<const GumboNode *> found;
    QList<const GumboNode *> queue{root};
    for (qsizetype i = 0; i < queue.size() && found.size() < limit; ++i) {
        const GumboNode *node = queue.at(i);
        if (isElement(node, tag))
            found << node;
        forEachChild(node, [&](const GumboNode *child) { queue << child; });
    }
    return found;
}

const GumboNode *findFirst(const GumboNode *node, GumboTag tag)
{
    const QList<const GumboNode *> found = elementsNamed(node, tag, 1);
    return found.isEmpty() ? nullptr : found.first();
}

int countElements(const GumboNode *node, GumboTag tag)
{
    return int(elementsNamed(node, tag, 2).size());
}

// Page furniture that is never part of the charter text.
bool isSkipped(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_MAP:
    case GUMBO_TAG_INPUT:
        return true;
    default:
        return false;
    }
}

bool isInline(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_A:
    case GUMBO_TAG_ABBR:
    case GUMBO_TAG_B:
    case GUMBO_TAG_BDI:
    case GUMBO_TAG_BDO:
    case GUMBO_TAG_CITE:
    case GUMBO_TAG_CODE:
    case GUMBO_TAG_DATA:
    case GUMBO_TAG_DFN:
    case GUMBO_TAG_EM:
    case GUMBO_TAG_I:
    case GUMBO_TAG_KBD:
    case GUMBO_TAG_MARK:
    case GUMBO_TAG_Q:
    case GUMBO_TAG_S:
    case GUMBO_TAG_SAMP:
    case GUMBO_TAG_SMALL:
    case GUMBO_TAG_SPAN:
    case GUMBO_TAG_STRONG:
    case GUMBO_TAG_SUB:
    case GUMBO_TAG_SUP:
    case GUMBO_TAG_TIME:
    case GUMBO_TAG_U:
    case GUMBO_TAG_VAR:
    case GUMBO_TAG_WBR:
    case GUMBO_TAG_BR:
    case GUMBO_TAG_IMG:
    case GUMBO_TAG_FONT:
    case GUMBO_TAG_LABEL:
    case GUMBO_TAG_DEL:
    case GUMBO_TAG_INS:
    case GUMBO_TAG_UNKNOWN:
        return true;
    default:
        return false;
    }
}

bool isHeading(GumboTag tag)
{
    return tag >= GUMBO_TAG_H1 && tag <= GUMBO_TAG_H6;
}

// HTML's white space is ASCII only: space, tab, line feed, form feed, carriage return.
// QChar::isSpace() also says yes to the no-break and narrow no-break spaces French
// typography puts before ":" and inside « », which are text and must be kept.
bool isHtmlSpace(QChar character)
{
    switch (character.unicode()) {
    case u' ':
    case u'\t':
    case u'\n':
    case u'\f':
    case u'\r':
        return true;
    default:
        return false;
    }
}

// Each run of HTML white space made one space, none at either end (where a no-break
// space is layout, not text: the "&nbsp;" of an empty cell goes too).
QString collapseHtmlSpace(QStringView text)
{
    QString out;
    out.reserve(text.size());
    bool spacePending = false;
    for (const QChar character : text) {
        if (isHtmlSpace(character)) {
            spacePending = !out.isEmpty();
            continue;
        }
        if (spacePending)
            out += u' ';
        spacePending = false;
        out += character;
    }
    return out.trimmed();
}

// Collapses HTML whitespace to single spaces, keeping the explicit line breaks
// (marked with U+2028 while the text is gathered).
QString collapse(const QString &text)
{
    QStringList lines = text.split(u'\u2028');
    for (QString &line : lines)
        line = collapseHtmlSpace(line);
    lines.removeAll(QString());
    return lines.join(u'\n');
}

// A cell's or heading's text: what a reader sees, line breaks at <br> and blocks.
void plainText(const GumboNode *node, QString &out, int depth = 0)
{
    if (depth > MaximumDepth)
        return;
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA ||
        node->type == GUMBO_NODE_WHITESPACE) {
        out += utf8(node->v.text.text);
        return;
    }
    if (node->type != GUMBO_NODE_ELEMENT || isSkipped(node->v.element.tag))
        return;
    const GumboTag tag = node->v.element.tag;
    if (tag == GUMBO_TAG_BR) {
        out += u'\u2028'; // survives collapsing; becomes a line break
        return;
    }
    const bool block = !isInline(tag);
    if (block && !out.isEmpty())
        out += u'\u2028';
    forEachChild(node, [&](const GumboNode *child) { plainText(child, out, depth + 1); });
    if (block)
        out += u'\u2028';
}

QString plainText(const GumboNode *node)
{
    QString out;
    plainText(node, out);
    return collapse(out);
}

class Walker
{
public:
    Walker(QUrl base, bool skipPageChrome)
        : m_base(std::move(base)), m_skipPageChrome(skipPageChrome)
    {}

    CharterBlocks blocks;

    void block(const GumboNode *node)
    {
        if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE ||
            node->type == GUMBO_NODE_CDATA) {
            inlineNode(node, m_pending);
            return;
        }
        if (node->type != GUMBO_NODE_ELEMENT || m_depth > MaximumDepth)
            return;
        const GumboTag tag = node->v.element.tag;
        const DepthGuard guard(m_depth);
        // The site's banner and footer surround the body, not a <main> or <article>.
        if (isSkipped(tag) ||
            (m_skipPageChrome && (tag == GUMBO_TAG_HEADER || tag == GUMBO_TAG_FOOTER)))
            return;
        if (isInline(tag)) {
            inlineNode(node, m_pending);
            return;
        }
        flush();
        if (isHeading(tag)) {
            // An unclosed <h2> swallows what follows it; that content is not the title.
            QString title;
            QList<const GumboNode *> swallowed;
            forEachChild(node, [&](const GumboNode *child) {
                if (child->type == GUMBO_NODE_ELEMENT && !isInline(child->v.element.tag))
                    swallowed << child;
                else if (swallowed.isEmpty())
                    plainText(child, title);
            });
            title = collapseHtmlSpace(collapse(title));
            if (!title.isEmpty())
                blocks.blocks << CharterBlock{CharterBlock::Kind::Heading, title, {}, {}, {}, {}};
            for (const GumboNode *child : swallowed)
                block(child);
        } else if (tag == GUMBO_TAG_TABLE && !isLayoutTable(node)) {
            table(node);
        } else if (tag == GUMBO_TAG_P || tag == GUMBO_TAG_DT) {
            // Paragraph text; a table or list that quirks-mode parsing put inside the
            // <p> is still a block of its own.
            QString text;
            const auto addParagraph = [&] {
                text = tidy(text);
                if (tag == GUMBO_TAG_DT && !text.isEmpty())
                    text = QStringLiteral("**") + text + QStringLiteral("**");
                addText(text);
                text.clear();
            };
            forEachChild(node, [&](const GumboNode *child) {
                if (child->type == GUMBO_NODE_ELEMENT && !isInline(child->v.element.tag) &&
                    !isSkipped(child->v.element.tag)) {
                    addParagraph();
                    block(child);
                } else {
                    inlineNode(child, text);
                }
            });
            addParagraph();
        } else if (tag == GUMBO_TAG_UL || tag == GUMBO_TAG_OL) {
            QStringList items;
            list(node, tag == GUMBO_TAG_OL, 0, items);
            addText(items.join(u'\n'));
        } else if (tag == GUMBO_TAG_PRE) {
            const QString code = utf8Text(node);
            if (!code.trimmed().isEmpty())
                addText(QStringLiteral("```\n") + code.trimmed() + QStringLiteral("\n```"));
        } else if (tag == GUMBO_TAG_BLOCKQUOTE) {
            QString text;
            forEachChild(node, [&](const GumboNode *child) { inlineNode(child, text); });
            text = tidy(text);
            if (!text.isEmpty())
                addText(QStringLiteral("> ") + text);
        } else if (tag != GUMBO_TAG_HR) {
            forEachChild(node, [this](const GumboNode *child) { block(child); });
        }
        flush();
    }

    void flush()
    {
        addText(tidy(m_pending));
        m_pending.clear();
    }

private:
    static QString utf8Text(const GumboNode *node, int depth = 0)
    {
        if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE ||
            node->type == GUMBO_NODE_CDATA)
            return utf8(node->v.text.text);
        QString out;
        if (depth < MaximumDepth)
            forEachChild(node, [&](const GumboNode *child) { out += utf8Text(child, depth + 1); });
        return out;
    }

    // Whitespace collapsed, hard breaks kept, ends trimmed.
    static QString tidy(const QString &markdown)
    {
        QStringList lines = markdown.split(QStringLiteral("\\\n"));
        for (QString &line : lines)
            line = collapseHtmlSpace(line);
        lines.removeAll(QString());
        return lines.join(QStringLiteral("\\\n"));
    }

    void addText(const QString &text)
    {
        if (!text.isEmpty())
            blocks.blocks << CharterBlock{CharterBlock::Kind::Text, text, {}, {}, {}, {}};
    }

    // Markdown spans: the markers hug the text, spaces go outside ("** x **" is not bold).
    static void wrap(QString &out, const QString &inner, const QString &marker)
    {
        const QString trimmed = inner.trimmed();
        if (trimmed.isEmpty()) {
            out += inner;
            return;
        }
        if (inner.front().isSpace())
            out += u' ';
        out += marker + trimmed + marker;
        if (inner.back().isSpace())
            out += u' ';
    }

    QString linkTarget(const QString &href) const
    {
        const QUrl url = m_base.resolved(QUrl(href.trimmed()));
        const QString scheme = url.scheme();
        if (scheme != QLatin1StringView("http") && scheme != QLatin1StringView("https") &&
            scheme != QLatin1StringView("mailto"))
            return {};
        QString target = url.toString(QUrl::FullyEncoded);
        target.replace(u'(', QStringLiteral("%28"));
        target.replace(u')', QStringLiteral("%29"));
        return target;
    }

    void inlineNode(const GumboNode *node, QString &out)
    {
        if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE ||
            node->type == GUMBO_NODE_CDATA) {
            QString text = utf8(node->v.text.text);
            for (QChar &c : text) {
                if (isHtmlSpace(c))
                    c = u' ';
            }
            out += CharterBlockReader::escapeMarkdown(text);
            return;
        }
        if (node->type != GUMBO_NODE_ELEMENT || isSkipped(node->v.element.tag) ||
            m_depth > MaximumDepth)
            return;
        const GumboTag tag = node->v.element.tag;
        const DepthGuard guard(m_depth);
        QString inner;
        const auto children = [&] {
            forEachChild(node, [&](const GumboNode *child) { inlineNode(child, inner); });
        };
        switch (tag) {
        case GUMBO_TAG_BR:
            out += QStringLiteral("\\\n");
            return;
        case GUMBO_TAG_IMG:
            return;
        case GUMBO_TAG_STRONG:
        case GUMBO_TAG_B:
            children();
            wrap(out, inner, QStringLiteral("**"));
            return;
        case GUMBO_TAG_EM:
        case GUMBO_TAG_I:
            children();
            wrap(out, inner, QStringLiteral("*"));
            return;
        case GUMBO_TAG_CODE: {
            const QString code = collapseHtmlSpace(utf8Text(node));
            if (!code.isEmpty())
                out += QStringLiteral("`") + QString(code).remove(u'`') + QStringLiteral("`");
            return;
        }
        case GUMBO_TAG_A: {
            children();
            const QString target = linkTarget(attribute(node, "href"));
            if (target.isEmpty() || inner.trimmed().isEmpty())
                out += inner;
            else
                wrap(out,
                     QStringLiteral("[") + inner.trimmed() + QStringLiteral("](") + target + u')',
                     QString());
            return;
        }
        default:
            children();
            // A block inside inline content (a <div> in a <span>) still separates words.
            out += isInline(tag) ? inner : QStringLiteral(" ") + inner + QStringLiteral(" ");
            return;
        }
    }

    void list(const GumboNode *node, bool ordered, int depth, QStringList &items)
    {
        if (depth > 20)
            return;
        int number = 1;
        forEachChild(node, [&](const GumboNode *item) {
            if (!isElement(item, GUMBO_TAG_LI))
                return;
            QString text;
            QList<const GumboNode *> nested;
            forEachChild(item, [&](const GumboNode *child) {
                if (isElement(child, GUMBO_TAG_UL) || isElement(child, GUMBO_TAG_OL))
                    nested << child;
                else
                    inlineNode(child, text);
            });
            const QString marker =
                ordered ? QString::number(number++) + QStringLiteral(". ") : QStringLiteral("- ");
            items << QString(depth * 4, u' ') + marker + tidy(text);
            for (const GumboNode *sublist : nested)
                list(sublist, isElement(sublist, GUMBO_TAG_OL), depth + 1, items);
        });
    }

    void table(const GumboNode *node)
    {
        CharterBlock block;
        block.kind = CharterBlock::Kind::Table;
        // Cells of earlier rows that span down: column → (rows still covered, text).
        // A provider written once for its three cookies applies to all three.
        QMap<int, std::pair<int, QString>> spans;
        const auto row = [&](const GumboNode *tr) {
            QStringList cells;
            QStringList links;
            const auto fillSpanned = [&] {
                for (auto it = spans.find(int(cells.size()));
                     it != spans.end() && it.key() == cells.size();
                     it = spans.find(int(cells.size()))) {
                    cells << it->second;
                    if (--it->first <= 0)
                        spans.erase(it);
                }
            };
            forEachChild(tr, [&](const GumboNode *cell) {
                if (!isElement(cell, GUMBO_TAG_TD) && !isElement(cell, GUMBO_TAG_TH))
                    return;
                fillSpanned();
                const QString text = plainText(cell);
                // A provider cell's link is usually its privacy policy.
                const GumboNode *anchor = findFirst(cell, GUMBO_TAG_A);
                const QString target = anchor ? linkTarget(attribute(anchor, "href")) : QString();
                while (links.size() < cells.size())
                    links << QString();
                links << (target.startsWith(QLatin1StringView("http")) ? target : QString());
                const int rowSpan = std::clamp(attribute(cell, "rowspan").toInt(), 1, 1000);
                if (rowSpan > 1)
                    spans.insert(int(cells.size()), {rowSpan - 1, text});
                cells << text;
                // A header spanning columns leaves the columns it covers unnamed.
                const int span = attribute(cell, "colspan").toInt();
                for (int extra = 1; extra < span && extra < 50; ++extra)
                    cells << QString();
            });
            fillSpanned();
            if (std::any_of(cells.cbegin(), cells.cend(),
                            [](const QString &cell) { return !cell.isEmpty(); })) {
                block.rows << cells;
                block.links << links;
            }
        };
        // thead first even if written later, then body rows and footer rows.
        const auto section = [&](GumboTag wanted) {
            forEachChild(node, [&](const GumboNode *child) {
                if (isElement(child, wanted))
                    forEachChild(child, [&](const GumboNode *tr) {
                        if (isElement(tr, GUMBO_TAG_TR))
                            row(tr);
                    });
                else if (wanted == GUMBO_TAG_TBODY && isElement(child, GUMBO_TAG_TR))
                    row(child);
                else if (wanted == GUMBO_TAG_TBODY && isElement(child, GUMBO_TAG_CAPTION))
                    block.caption = plainText(child);
            });
        };
        section(GUMBO_TAG_THEAD);
        section(GUMBO_TAG_TBODY);
        section(GUMBO_TAG_TFOOT);
        if (!block.rows.isEmpty())
            blocks.blocks << block;
    }

    QUrl m_base;
    bool m_skipPageChrome;
    int m_depth = 0;
    QString m_pending; // inline content waiting for the end of its paragraph
};

} // namespace

CharterBlocks CharterBlockReader::fromHtml(const QString &html, const QUrl &baseUrl)
{
    const QByteArray bytes = html.toUtf8();
    // gumbo frees its tree recursively and slows down with the square of the depth.
    if (const int depth = HtmlNesting::depth(bytes); depth > HtmlNesting::MaximumDepth) {
        CharterBlocks refused;
        refused.refusedDepth = depth;
        return refused;
    }
    const std::unique_ptr<GumboOutput, void (*)(GumboOutput *)> output(
        gumbo_parse_with_options(&kGumboDefaultOptions, bytes.constData(),
                                 std::size_t(bytes.size())),
        [](GumboOutput *parsed) { gumbo_destroy_output(&kGumboDefaultOptions, parsed); });

    const GumboNode *root = output->root;
    const QString language = attribute(root, "lang").section(u'-', 0, 0).toLower();
    QString title;
    if (const GumboNode *titleElement = findFirst(root, GUMBO_TAG_TITLE))
        title = collapseHtmlSpace(plainText(titleElement));
    // The charter is the page's main content when the page says where that is.
    const GumboNode *start = findFirst(root, GUMBO_TAG_MAIN);
    if (!start && countElements(root, GUMBO_TAG_ARTICLE) == 1)
        start = findFirst(root, GUMBO_TAG_ARTICLE);
    const bool wholeBody = !start;
    if (!start)
        start = findFirst(root, GUMBO_TAG_BODY);
    Walker walker(baseUrl, wholeBody);
    walker.blocks.language = language;
    walker.blocks.title = title;
    if (start)
        walker.block(start);
    walker.flush();
    return walker.blocks;
}
