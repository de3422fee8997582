// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QStringView>

#include <vector>

// Writes JSON the way Charte's files are laid out: members in the order they are
// written, two-space indent, UTF-8, a final newline. Streaming, so a document of
// 100,000 cookies is written without building a QJsonObject tree first.
class JsonWriter
{
public:
    enum class Layout { Indented, Compact };
    enum class Escaping {
        Plain,
        // Also escapes < > & (as \u003c, \u003e, \u0026), so the output can sit
        // inside an HTML <script> element without ending it.
        HtmlSafe,
    };

    explicit JsonWriter(Layout layout = Layout::Indented, Escaping escaping = Escaping::Plain);

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    void key(QStringView name);

    void value(QStringView text);
    void value(const QString &text) { value(QStringView(text)); }
    template <std::size_t N>
    void value(const char16_t (&text)[N]) // u"literal"; without this it would pick bool
    {
        value(QStringView(text));
    }
    void value(const char *latin1) = delete; // say QStringLiteral or u"…"
    void value(qint64 number);
    void value(int number) { value(qint64(number)); }
    void value(bool flag);
    void value(double number);
    void value(const QJsonValue &json); // any JSON, objects with sorted keys
    void null();

    template <typename T>
    void member(QStringView name, const T &v)
    {
        key(name);
        value(v);
    }

    // The finished text; a trailing newline is added for indented output.
    QByteArray finish();
    // The text written since the last take(), leaving the writer where it is: a long
    // document goes out in pieces instead of whole in memory.
    QByteArray take();

private:
    void beforeValue();
    void newline();
    void writeString(QStringView text);

    struct Level
    {
        bool isObject;
        int count;
    };
    QByteArray m_out;
    std::vector<Level> m_levels;
    Layout m_layout;
    Escaping m_escaping;
    bool m_afterKey = false;
};
