// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "format/htmlnesting.h"

#include <QByteArray>
#include <QHash>

#include <initializer_list>
#include <vector>

namespace {

bool isAsciiAlpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

char lower(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
}

using Names = std::initializer_list<const char *>;

template <typename List> bool isOneOf(const QByteArray &name, const List &names)
{
    for (const char *candidate : names) {
        if (name == candidate)
            return true;
    }
    return false;
}

bool isVoid(const QByteArray &name)
{
    return isOneOf(name, Names{"area", "base", "basefont", "bgsound", "br", "col", "embed", "frame",
                               "hr", "image", "img", "input", "keygen", "link", "meta", "param",
                               "source", "track", "wbr"});
}

// Elements whose content is text up to their own end tag.
bool isRawText(const QByteArray &name)
{
    return isOneOf(name, Names{"script", "style", "textarea", "title", "xmp", "iframe", "noembed",
                               "noframes", "noscript"});
}

// HTML elements that end SVG or MathML content when they start inside it.
bool breaksOutOfForeign(const QByteArray &name)
{
    return isOneOf(
        name, Names{"b",       "big",   "blockquote", "body",   "br",     "center", "code", "dd",
                    "div",     "dl",    "dt",         "em",     "embed",  "h1",     "h2",   "h3",
                    "h4",      "h5",    "h6",         "head",   "hr",     "i",      "img",  "li",
                    "listing", "menu",  "meta",       "nobr",   "ol",     "p",      "pre",  "ruby",
                    "s",       "small", "span",       "strong", "strike", "sub",    "sup",  "table",
                    "tt",      "u",     "ul",         "var",    "font"});
}

// Inside these, content is HTML again.
bool isIntegrationPoint(const QByteArray &name)
{
    return isOneOf(name, Names{"foreignobject", "desc", "title", "mi", "mo", "mn", "ms", "mtext",
                               "annotation-xml"});
}

// Start tags that close an open element of their group (an implied end tag), and
// the elements that bound the search for it.
struct ImpliedEnd
{
    std::vector<const char *> closes;
    std::vector<const char *> boundaries;
};

const ImpliedEnd *impliedEnd(const QByteArray &name)
{
    static const ImpliedEnd listItem{{"li"}, {"ul", "ol", "menu", "table"}};
    static const ImpliedEnd definition{{"dt", "dd"}, {"dl", "table"}};
    static const ImpliedEnd cell{{"td", "th"}, {"tr", "table"}};
    static const ImpliedEnd row{{"tr"}, {"tbody", "thead", "tfoot", "table"}};
    static const ImpliedEnd rowGroup{{"tbody", "thead", "tfoot"}, {"table"}};
    static const ImpliedEnd option{{"option"}, {"select", "datalist", "optgroup"}};
    static const ImpliedEnd optionGroup{{"optgroup"}, {"select"}};
    static const ImpliedEnd paragraph{{"p"}, {"table", "button", "td", "th", "li"}};
    static const ImpliedEnd ruby{{"rb", "rt", "rp", "rtc"}, {"ruby"}};
    if (name == "li")
        return &listItem;
    if (name == "dt" || name == "dd")
        return &definition;
    if (name == "td" || name == "th")
        return &cell;
    if (name == "tr")
        return &row;
    if (name == "tbody" || name == "thead" || name == "tfoot")
        return &rowGroup;
    if (name == "option")
        return &option;
    if (name == "optgroup")
        return &optionGroup;
    if (name == "rb" || name == "rt" || name == "rp" || name == "rtc")
        return &ruby;
    // A block closes an open paragraph.
    if (isOneOf(name, Names{"p",       "div",        "ul",       "ol",   "dl",     "table",
                            "h1",      "h2",         "h3",       "h4",   "h5",     "h6",
                            "section", "article",    "aside",    "nav",  "header", "footer",
                            "main",    "blockquote", "pre",      "form", "figure", "hr",
                            "address", "details",    "fieldset", "menu", "center", "listing"}))
        return &paragraph;
    return nullptr;
}

class Scanner
{
public:
    explicit Scanner(QByteArrayView html) : m_html(html) {}

    int run()
    {
        const qsizetype size = m_html.size();
        qsizetype i = 0;
        while (i < size) {
            const qsizetype open = m_html.indexOf('<', i);
            if (open < 0 || open + 1 >= size)
                break;
            const char next = m_html.at(open + 1);
            if (next == '!' || next == '?') {
                i = skipMarkupDeclaration(open);
            } else if (next == '/' && open + 2 < size && isAsciiAlpha(m_html.at(open + 2))) {
                qsizetype end = open + 2;
                const QByteArray name = readName(end);
                i = skipAttributes(end, nullptr);
                endTag(name);
            } else if (isAsciiAlpha(next)) {
                qsizetype end = open + 1;
                const QByteArray name = readName(end);
                bool selfClosing = false;
                i = skipAttributes(end, &selfClosing);
                if (name == "plaintext") {
                    startTag(name, false);
                    break; // the rest of the page is text
                }
                if (startTag(name, selfClosing) && isRawText(name))
                    i = skipRawText(i, name);
            } else {
                i = open + 1;
            }
        }
        return m_deepest;
    }

private:
    struct Open
    {
        QByteArray name;
        bool foreignContent; // its children are SVG or MathML
    };

    bool inForeign() const { return !m_stack.empty() && m_stack.back().foreignContent; }

    QByteArray readName(qsizetype &at) const
    {
        QByteArray name;
        while (at < m_html.size()) {
            const char c = m_html.at(at);
            if (isSpace(c) || c == '/' || c == '>')
                break;
            if (name.size() < 32) // no element name is longer; the rest changes nothing
                name += lower(c);
            ++at;
        }
        return name;
    }

    // Attributes as the HTML tokenizer reads them (a '>' inside quotes does not end
    // the tag); returns the position after the tag.
    qsizetype skipAttributes(qsizetype at, bool *selfClosing) const
    {
        const qsizetype size = m_html.size();
        while (at < size) {
            const char c = m_html.at(at);
            if (c == '>') {
                if (selfClosing)
                    *selfClosing = at > 0 && m_html.at(at - 1) == '/';
                return at + 1;
            }
            if (c == '=') {
                ++at;
                while (at < size && isSpace(m_html.at(at)))
                    ++at;
                if (at < size && (m_html.at(at) == '"' || m_html.at(at) == '\'')) {
                    const qsizetype close = m_html.indexOf(m_html.at(at), at + 1);
                    at = close < 0 ? size : close + 1;
                    continue;
                }
                while (at < size && !isSpace(m_html.at(at)) && m_html.at(at) != '>')
                    ++at;
                continue;
            }
            ++at;
        }
        return size;
    }

    qsizetype skipMarkupDeclaration(qsizetype open) const
    {
        const QByteArrayView rest = m_html.sliced(open);
        if (rest.startsWith("<!--")) {
            const qsizetype close = m_html.indexOf("-->", open + 4);
            return close < 0 ? m_html.size() : close + 3;
        }
        if (rest.startsWith("<![CDATA[") && inForeign()) {
            const qsizetype close = m_html.indexOf("]]>", open + 9);
            return close < 0 ? m_html.size() : close + 3;
        }
        const qsizetype close = m_html.indexOf('>', open);
        return close < 0 ? m_html.size() : close + 1;
    }

    // Text up to "</name" in any case; returns the position of that end tag.
    qsizetype skipRawText(qsizetype at, const QByteArray &name) const
    {
        const qsizetype size = m_html.size();
        while (at < size) {
            const qsizetype close = m_html.indexOf("</", at);
            if (close < 0)
                return size;
            qsizetype end = close + 2;
            if (readName(end) == name)
                return close;
            at = close + 2;
        }
        return size;
    }

    void pop()
    {
        --m_counts[m_stack.back().name];
        m_stack.pop_back();
    }

    void push(const QByteArray &name, bool foreignContent)
    {
        m_stack.push_back({name, foreignContent});
        ++m_counts[name];
        m_deepest = std::max(m_deepest, int(m_stack.size()));
    }

    bool isOpen(const QByteArray &name) const { return m_counts.value(name) > 0; }

    // Returns whether the element stays open.
    bool startTag(const QByteArray &name, bool selfClosing)
    {
        if (inForeign()) {
            if (!breaksOutOfForeign(name)) {
                if (selfClosing)
                    return false;
                push(name, !isIntegrationPoint(name));
                return true;
            }
            while (inForeign())
                pop();
        }
        if (isVoid(name))
            return false;
        if (const ImpliedEnd *implied = impliedEnd(name))
            closeImplied(*implied);
        if (name == "tr" && !m_stack.empty() && m_stack.back().name == "table")
            push("tbody", false); // the row group HTML inserts
        push(name, name == "svg" || name == "math");
        return true;
    }

    // Closes the nearest open element of the group unless a boundary comes first. The
    // walk stops after a few elements that are not popped, so the pass stays linear.
    void closeImplied(const ImpliedEnd &implied)
    {
        bool anyOpen = false;
        for (const char *name : implied.closes)
            anyOpen = anyOpen || isOpen(QByteArray(name));
        if (!anyOpen)
            return;
        constexpr std::size_t Look = 8;
        const std::size_t size = m_stack.size();
        for (std::size_t k = 1; k <= Look && k <= size; ++k) {
            const QByteArray &name = m_stack[size - k].name;
            if (isOneOf(name, implied.closes)) {
                for (std::size_t n = 0; n < k; ++n)
                    pop();
                return;
            }
            if (isOneOf(name, implied.boundaries))
                return;
        }
    }

    void endTag(const QByteArray &name)
    {
        if (!isOpen(name))
            return; // a stray end tag closes nothing
        // Back to the element: what is above it was left open and ends with it.
        while (m_stack.back().name != name)
            pop();
        pop();
    }

    QByteArrayView m_html;
    std::vector<Open> m_stack;
    QHash<QByteArray, int> m_counts;
    int m_deepest = 0;
};

} // namespace

int HtmlNesting::depth(QByteArrayView html)
{
    return Scanner(html).run();
}
