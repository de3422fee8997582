// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include <QByteArray>
#include <QLatin1StringView>
#include <QString>

#include <initializer_list>
#include <vector>

// Builds HTML by elements, escaping every text and attribute value it is given.
// Document text never passes through string concatenation into markup, so a cookie
// named "<script>…" can only ever appear as text.
class HtmlWriter
{
public:
    struct Attribute
    {
        QLatin1StringView name; // literal names only: never from the document
        QString value;
    };

    void doctype() { m_out += "<!DOCTYPE html>\n"; }
    // How every standalone page Charte writes begins, so the charter and the banner's
    // demo page declare the same things: the doctype, <html lang>, then in <head>
    // UTF-8, a phone-width viewport, Charte as generator, the title and styleSheet
    // inline (Charte's own CSS, never document text). <head> is left open for
    // links and scripts; the caller closes it with end().
    void beginPage(const QString &language, QStringView title, const QByteArray &styleSheet);
    // Closes <head> and opens <body> and <main>, where the page's content goes.
    void beginMain();
    void start(QLatin1StringView tag, std::initializer_list<Attribute> attributes = {});
    void end(); // closes the innermost open element
    void empty(QLatin1StringView tag, std::initializer_list<Attribute> attributes = {});
    void text(QStringView text);
    void element(QLatin1StringView tag, QStringView text,
                 std::initializer_list<Attribute> attributes = {});
    void newline() { m_out += '\n'; }
    // Markup produced by a sanitising renderer (cmark in safe mode) or a constant
    // of Charte's own; never document text.
    void trustedMarkup(const QByteArray &html) { m_out += html; }

    QByteArray finish();
    // The end of a page beginPage() started: closes every element still open, one a
    // line, and gives the page.
    QByteArray finishPage();

    static QByteArray escaped(QStringView text, bool inAttribute);
    static void appendEscaped(QByteArray &out, QStringView text, bool inAttribute);
    // The one filter every address passes before an export links it: http, https and
    // mailto only, so a "javascript:" privacy-policy URL is never a link. Markdown
    // bodies may also use relative references (a path or "#anchor" on the site),
    // which no browser can run.
    enum class Relative { Refused, Allowed };
    static bool isSafeLinkTarget(const QString &url, Relative relative = Relative::Refused);

private:
    void writeAttributes(std::initializer_list<Attribute> attributes);
    QByteArray m_out;
    std::vector<QLatin1StringView> m_open;
};
