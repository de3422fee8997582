// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "format/jsonwriter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <cmath>
#include <utility>

JsonWriter::JsonWriter(Layout layout, Escaping escaping) : m_layout(layout), m_escaping(escaping)
{
    m_out.reserve(4096);
}

void JsonWriter::newline()
{
    if (m_layout == Layout::Compact)
        return;
    m_out += '\n';
    m_out.append(qsizetype(m_levels.size()) * 2, ' ');
}

void JsonWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_levels.empty())
        return;
    Level &level = m_levels.back();
    Q_ASSERT(!level.isObject); // inside an object, key() comes first
    if (level.count++ > 0)
        m_out += ',';
    newline();
}

void JsonWriter::key(QStringView name)
{
    Q_ASSERT(!m_levels.empty() && m_levels.back().isObject && !m_afterKey);
    Level &level = m_levels.back();
    if (level.count++ > 0)
        m_out += ',';
    newline();
    writeString(name);
    m_out += m_layout == Layout::Indented ? ": " : ":";
    m_afterKey = true;
}

void JsonWriter::beginObject()
{
    beforeValue();
    m_out += '{';
    m_levels.push_back({true, 0});
}

void JsonWriter::endObject()
{
    Q_ASSERT(!m_levels.empty() && m_levels.back().isObject);
    const bool empty = m_levels.back().count == 0;
    m_levels.pop_back();
    if (!empty)
        newline();
    m_out += '}';
}

void JsonWriter::beginArray()
{
    beforeValue();
    m_out += '[';
    m_levels.push_back({false, 0});
}

void JsonWriter::endArray()
{
    Q_ASSERT(!m_levels.empty() && !m_levels.back().isObject);
    const bool empty = m_levels.back().count == 0;
    m_levels.pop_back();
    if (!empty)
        newline();
    m_out += ']';
}

void JsonWriter::value(QStringView text)
{
    beforeValue();
    writeString(text);
}

void JsonWriter::value(qint64 number)
{
    beforeValue();
    m_out += QByteArray::number(number);
}

void JsonWriter::value(bool flag)
{
    beforeValue();
    m_out += flag ? "true" : "false";
}

void JsonWriter::value(double number)
{
    beforeValue();
    if (!std::isfinite(number)) {
        m_out += "null"; // JSON has no NaN or infinity
        return;
    }
    if (number == std::trunc(number) && std::fabs(number) < 9007199254740992.0)
        m_out += QByteArray::number(qint64(number));
    else
        m_out += QByteArray::number(number, 'g', QLocale::FloatingPointShortest);
}

void JsonWriter::null()
{
    beforeValue();
    m_out += "null";
}

void JsonWriter::value(const QJsonValue &json)
{
    switch (json.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        null();
        break;
    case QJsonValue::Bool:
        value(json.toBool());
        break;
    case QJsonValue::Double:
        value(json.toDouble());
        break;
    case QJsonValue::String:
        value(QStringView(json.toString()));
        break;
    case QJsonValue::Array: {
        beginArray();
        const QJsonArray array = json.toArray();
        for (const QJsonValue &item : array)
            value(item);
        endArray();
        break;
    }
    case QJsonValue::Object: {
        beginObject();
        const QJsonObject object = json.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            key(it.key());
            value(it.value());
        }
        endObject();
        break;
    }
    }
}

void JsonWriter::writeString(QStringView text)
{
    static constexpr char hex[] = "0123456789abcdef";
    const QByteArray utf8 = text.toUtf8();
    m_out += '"';
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const char byte = utf8.at(i);
        // Line and paragraph separators (E2 80 A8/A9) end a JavaScript string literal in
        // older engines. Escaped here, in the loop, so the backslash is not escaped again.
        if (m_escaping == Escaping::HtmlSafe && byte == '\xE2' && i + 2 < utf8.size() &&
            utf8.at(i + 1) == '\x80' && (utf8.at(i + 2) == '\xA8' || utf8.at(i + 2) == '\xA9')) {
            m_out += utf8.at(i + 2) == '\xA8' ? "\\u2028" : "\\u2029";
            i += 2;
            continue;
        }
        const auto c = static_cast<unsigned char>(byte);
        switch (c) {
        case '"': m_out += "\\\""; continue;
        case '\\': m_out += "\\\\"; continue;
        case '\n': m_out += "\\n"; continue;
        case '\r': m_out += "\\r"; continue;
        case '\t': m_out += "\\t"; continue;
        case '\b': m_out += "\\b"; continue;
        case '\f': m_out += "\\f"; continue;
        default: break;
        }
        const bool htmlSensitive = c == '<' || c == '>' || c == '&';
        if (c < 0x20 || (htmlSensitive && m_escaping == Escaping::HtmlSafe)) {
            m_out += "\\u00";
            m_out += hex[c >> 4];
            m_out += hex[c & 0xf];
        } else {
            m_out += byte;
        }
    }
    m_out += '"';
}

QByteArray JsonWriter::take()
{
    return std::exchange(m_out, QByteArray());
}

QByteArray JsonWriter::finish()
{
    Q_ASSERT(m_levels.empty());
    if (m_layout == Layout::Indented)
        m_out += '\n';
    return std::move(m_out);
}
