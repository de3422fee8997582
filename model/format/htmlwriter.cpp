// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "format/htmlwriter.h"

#include <QUrl>

void HtmlWriter::writeAttributes(std::initializer_list<Attribute> attributes)
{
    for (const Attribute &attribute : attributes) {
        m_out += ' ';
        m_out += attribute.name.latin1();
        m_out += "=\"";
        appendEscaped(m_out, attribute.value, true);
        m_out += '"';
    }
}

void HtmlWriter::start(QLatin1StringView tag, std::initializer_list<Attribute> attributes)
{
    m_out += '<';
    m_out += tag.latin1();
    writeAttributes(attributes);
    m_out += '>';
    m_open.push_back(tag);
}

void HtmlWriter::beginPage(const QString &language, QStringView title, const QByteArray &styleSheet)
{
    doctype();
    start(QLatin1StringView("html"), {{QLatin1StringView("lang"), language}});
    newline();
    start(QLatin1StringView("head"));
    newline();
    empty(QLatin1StringView("meta"), {{QLatin1StringView("charset"), QStringLiteral("utf-8")}});
    empty(QLatin1StringView("meta"),
          {{QLatin1StringView("name"), QStringLiteral("viewport")},
           {QLatin1StringView("content"), QStringLiteral("width=device-width, initial-scale=1")}});
    empty(QLatin1StringView("meta"), {{QLatin1StringView("name"), QStringLiteral("generator")},
                                      {QLatin1StringView("content"), QStringLiteral("Charte")}});
    newline();
    element(QLatin1StringView("title"), title);
    newline();
    start(QLatin1StringView("style"));
    trustedMarkup(styleSheet);
    end();
    newline();
}

void HtmlWriter::beginMain()
{
    end(); // head
    newline();
    start(QLatin1StringView("body"));
    newline();
    start(QLatin1StringView("main"));
    newline();
}

void HtmlWriter::end()
{
    Q_ASSERT(!m_open.empty());
    m_out += "</";
    m_out += m_open.back().latin1();
    m_out += '>';
    m_open.pop_back();
}

void HtmlWriter::empty(QLatin1StringView tag, std::initializer_list<Attribute> attributes)
{
    m_out += '<';
    m_out += tag.latin1();
    writeAttributes(attributes);
    m_out += '>';
}

void HtmlWriter::text(QStringView text)
{
    appendEscaped(m_out, text, false);
}

void HtmlWriter::element(QLatin1StringView tag, QStringView text,
                         std::initializer_list<Attribute> attributes)
{
    start(tag, attributes);
    this->text(text);
    end();
}

QByteArray HtmlWriter::finish()
{
    Q_ASSERT(m_open.empty());
    return std::move(m_out);
}

QByteArray HtmlWriter::finishPage()
{
    while (!m_open.empty()) {
        end();
        newline();
    }
    return finish();
}

QByteArray HtmlWriter::escaped(QStringView text, bool inAttribute)
{
    QByteArray out;
    appendEscaped(out, text, inAttribute);
    return out;
}

void HtmlWriter::appendEscaped(QByteArray &out, QStringView text, bool inAttribute)
{
    const QByteArray utf8 = text.toUtf8();
    out.reserve(out.size() + utf8.size() + 16);
    // Copy runs of ordinary bytes at once; only the few special ones are replaced.
    const char *run = utf8.constData();
    const char *const end = run + utf8.size();
    for (const char *p = run; p != end; ++p) {
        const char *entity = nullptr;
        switch (*p) {
        case '&': entity = "&amp;"; break;
        case '<': entity = "&lt;"; break;
        case '>': entity = "&gt;"; break;
        case '"': entity = inAttribute ? "&quot;" : nullptr; break;
        case '\'': entity = inAttribute ? "&#39;" : nullptr; break;
        case '\0': entity = "\xEF\xBF\xBD"; break; // U+FFFD, as an HTML parser would
        default: break;
        }
        if (!entity)
            continue;
        out.append(run, p - run);
        out.append(entity);
        run = p + 1;
    }
    out.append(run, end - run);
}

bool HtmlWriter::isSafeLinkTarget(const QString &url, Relative relative)
{
    const QString trimmed = url.trimmed();
    const QUrl parsed(trimmed, QUrl::StrictMode);
    if (!parsed.isValid() || trimmed.isEmpty())
        return false;
    const QString scheme = parsed.scheme().toLower();
    if (scheme.isEmpty())
        return relative == Relative::Allowed;
    return scheme == QLatin1StringView("https") || scheme == QLatin1StringView("http") ||
           scheme == QLatin1StringView("mailto");
}
