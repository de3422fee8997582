// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "import/markdownpage.h"

#include "format/markdown.h"

#include <QFileInfo>
#include <QUrl>
#include <QRegularExpression>
#include <QStringList>

namespace {

// "| a | b |" or "a | b": the cells, without the outer pipes; "\|" stays a pipe.
QStringList pipeCells(const QString &line)
{
    QString text = line.trimmed();
    if (text.startsWith(u'|'))
        text.remove(0, 1);
    if (text.endsWith(u'|') && !text.endsWith(QLatin1StringView("\\|")))
        text.chop(1);
    QStringList cells;
    QString cell;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'\\' && i + 1 < text.size() && text.at(i + 1) == u'|') {
            cell += u'|';
            ++i;
        } else if (text.at(i) == u'|') {
            cells << cell.trimmed();
            cell.clear();
        } else {
            cell += text.at(i);
        }
    }
    cells << cell.trimmed();
    return cells;
}

bool isDelimiterRow(const QString &line)
{
    static const QRegularExpression delimiter(
        QStringLiteral(R"(^\s*\|?\s*:?-{1,}:?\s*(\|\s*:?-{1,}:?\s*)*\|?\s*$)"));
    return line.contains(u'-') && delimiter.match(line).hasMatch();
}

// One cell's inline Markdown as HTML, without the paragraph cmark wraps it in.
QString inlineHtml(const QString &cell)
{
    QString html = QString::fromUtf8(Markdown::toHtmlKeepingRawHtml(cell)).trimmed();
    if (html.startsWith(QLatin1StringView("<p>")) && html.endsWith(QLatin1StringView("</p>")))
        html = html.mid(3, html.size() - 7);
    return html;
}

QString tableHtml(const QStringList &header, const QList<QStringList> &body)
{
    // No blank line inside: CommonMark ends a raw HTML block at the first one.
    QString out = QStringLiteral("<table>\n<thead><tr>");
    for (const QString &cell : header)
        out += QStringLiteral("<th>") + inlineHtml(cell) + QStringLiteral("</th>");
    out += QStringLiteral("</tr></thead>\n<tbody>\n");
    for (const QStringList &row : body) {
        out += QStringLiteral("<tr>");
        for (qsizetype c = 0; c < header.size(); ++c)
            out += QStringLiteral("<td>") + inlineHtml(row.value(c)) + QStringLiteral("</td>");
        out += QStringLiteral("</tr>\n");
    }
    out += QStringLiteral("</tbody>\n</table>");
    return out;
}

// Front matter: "---" (YAML) or "+++" (TOML) on the first line, to the same marker.
QString withoutFrontMatter(const QString &text, QMap<QString, QString> *values)
{
    const QString marker = text.startsWith(QLatin1StringView("---")) ? QStringLiteral("---")
                           : text.startsWith(QLatin1StringView("+++")) ? QStringLiteral("+++")
                                                                       : QString();
    if (marker.isEmpty())
        return text;
    const qsizetype firstEnd = text.indexOf(u'\n');
    if (firstEnd < 0 || text.left(firstEnd).trimmed() != marker)
        return text;
    static const QRegularExpression closing(QStringLiteral(R"(\n(?:---|\+\+\+|\.\.\.)[ \t]*(\n|$))"));
    const QRegularExpressionMatch end = closing.match(text, firstEnd);
    if (!end.hasMatch())
        return text;
    const QString block = text.mid(firstEnd + 1, end.capturedStart() - firstEnd - 1);
    static const QRegularExpression pair(QStringLiteral(R"(^\s*([A-Za-z_][\w-]*)\s*[:=]\s*(.*?)\s*$)"));
    for (const QString &line : block.split(u'\n')) {
        const QRegularExpressionMatch match = pair.match(line);
        if (!match.hasMatch() || !values)
            continue;
        QString value = match.captured(2);
        if (value.size() >= 2 && (value.front() == u'"' || value.front() == u'\'') && value.back() == value.front())
            value = value.mid(1, value.size() - 2);
        values->insert(match.captured(1).toLower(), value);
    }
    // Blank lines keep the page's line numbers.
    return QString(block.count(u'\n') + 2, u'\n') + text.mid(end.capturedEnd());
}

} // namespace

bool MarkdownPage::looksLikeMarkdown(const QString &name, const QString &contentType,
                                     const QString &text)
{
    if (contentType.contains(QLatin1StringView("markdown"), Qt::CaseInsensitive))
        return true;
    const QString suffix = QFileInfo(QUrl(name).path().isEmpty() ? name : QUrl(name).path()).suffix().toLower();
    if (suffix == QLatin1StringView("md") || suffix == QLatin1StringView("markdown") ||
        suffix == QLatin1StringView("mdx"))
        return true;
    if (contentType.contains(QLatin1StringView("html"), Qt::CaseInsensitive))
        return false;
    const QString head = text.left(64 * 1024);
    static const QRegularExpression heading(QStringLiteral(R"((^|\n)#{1,6} \S)"));
    static const QRegularExpression delimiter(QStringLiteral(R"(\n\s*\|?\s*:?-{3,}:?\s*\|)"));
    return (head.startsWith(QLatin1StringView("---\n")) && heading.match(head).hasMatch()) ||
           (heading.match(head).hasMatch() && delimiter.match(head).hasMatch());
}

QString MarkdownPage::toHtml(const QString &markdown, QMap<QString, QString> *frontMatter)
{
    QString text = markdown;
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text = withoutFrontMatter(text, frontMatter);
    const QStringList lines = text.split(u'\n');
    QStringList out;
    bool fenced = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        if (line.trimmed().startsWith(QLatin1StringView("```")) ||
            line.trimmed().startsWith(QLatin1StringView("~~~")))
            fenced = !fenced;
        // A pipe table: a header row, a delimiter row with as many cells, body rows.
        if (!fenced && line.contains(u'|') && i + 1 < lines.size() && isDelimiterRow(lines.at(i + 1))) {
            const QStringList header = pipeCells(line);
            if (pipeCells(lines.at(i + 1)).size() == header.size()) {
                QList<QStringList> body;
                qsizetype next = i + 2;
                while (next < lines.size() && !lines.at(next).trimmed().isEmpty() &&
                       lines.at(next).contains(u'|'))
                    body << pipeCells(lines.at(next++));
                // Blank lines around the table make it an HTML block of its own.
                out << QString() << tableHtml(header, body) << QString();
                i = next - 1;
                continue;
            }
        }
        out << line;
    }
    return QString::fromUtf8(Markdown::toHtmlKeepingRawHtml(out.join(u'\n')));
}
