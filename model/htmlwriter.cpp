#include "htmlwriter.h"

#include <QUrl>

void HtmlWriter::writeAttributes(std::initializer_list<Attribute> attributes)
{
    for (const Attribute &attribute : attributes) {
        m_out += ' ';
        m_out += attribute.name.latin1();
        m_out += "=\"";
        m_out += escaped(attribute.value, true);
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
    m_out += escaped(text, false);
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

QByteArray HtmlWriter::escaped(QStringView text, bool inAttribute)
{
    const QByteArray utf8 = text.toUtf8();
    QByteArray out;
    out.reserve(utf8.size() + 16);
    for (const char c : utf8) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"':
            if (inAttribute)
                out += "&quot;";
            else
                out += c;
            break;
        case '\'':
            if (inAttribute)
                out += "&#39;";
            else
                out += c;
            break;
        case '\0': out += "\xEF\xBF\xBD"; break; // U+FFFD, as an HTML parser would
        default: out += c;
        }
    }
    return out;
}

bool HtmlWriter::isSafeLinkTarget(const QString &url)
{
    const QUrl parsed(url.trimmed(), QUrl::StrictMode);
    const QString scheme = parsed.scheme().toLower();
    return parsed.isValid() && (scheme == QLatin1String("https") || scheme == QLatin1String("http") ||
                                scheme == QLatin1String("mailto"));
}
