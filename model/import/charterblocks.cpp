// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "import/charterblocks.h"

#include "document/textfolding.h"
#include "import/inventoryimporter.h"

#include <QRegularExpression>

namespace {

bool isUnderline(const QStringList &cells)
{
    bool any = false;
    for (const QString &cell : cells) {
        for (const QChar c : cell) {
            if (!QStringView(u"-=_:+| ").contains(c))
                return false;
            any = any || c == u'-' || c == u'=';
        }
    }
    return any;
}

bool isHeadingLine(const QString &line)
{
    const QString text = line.trimmed();
    if (text.isEmpty() || text.size() > 120 || text.contains(u'\t'))
        return false;
    if (QStringView(u".,;:!…»)").contains(text.back()))
        return false;
    if (text.startsWith(u'<') || text.startsWith(QLatin1StringView("http")))
        return false;
    if (text.split(u' ', Qt::SkipEmptyParts).size() > 16)
        return false;
    const QChar first = text.front();
    return first.isUpper() || first.isDigit();
}

// "- item", "• item", "1. item": the item's text, or a null string.
QString listItem(const QString &line)
{
    static const QRegularExpression bullet(
        QStringLiteral(R"(^\s*(?:[-*•–—·]|\d{1,3}[.)])\s+(.*)$)"));
    const QRegularExpressionMatch match = bullet.match(line);
    return match.hasMatch() ? match.captured(1) : QString();
}

bool namesCookieColumns(const QStringList &row)
{
    return InventoryMapping::detect({row}, QString()).looksLikeCookieTable();
}

} // namespace

QString CharterBlockReader::escapeMarkdown(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (QStringView(u"\\`*[]<>").contains(c)) {
            // An autolink such as <https://example.org> is already Markdown.
            if (c == u'<') {
                const qsizetype end = text.indexOf(u'>', i);
                const QStringView inside = end > i ? text.mid(i + 1, end - i - 1) : QStringView();
                if ((inside.startsWith(u"http://") || inside.startsWith(u"https://")) &&
                    !inside.contains(u' ')) {
                    out += text.mid(i, end - i + 1);
                    i = end;
                    continue;
                }
            }
            out += u'\\';
        } else if (c == u'_') {
            // Inside a word (django_language) an underscore is not emphasis.
            const bool inWord = i > 0 && i + 1 < text.size() && text.at(i - 1).isLetterOrNumber() &&
                                text.at(i + 1).isLetterOrNumber();
            if (!inWord)
                out += u'\\';
        } else if ((c == u'#' || c == u'+' || c == u'-' || c == u'=') &&
                   (i == 0 || text.at(i - 1) == u'\n')) {
            out += u'\\';
        }
        out += c;
    }
    // "1. " at the start of a line would become a numbered list.
    static const QRegularExpression ordered(QStringLiteral(R"((^|\n)(\d{1,9})([.)])(\s))"));
    out.replace(ordered, QStringLiteral("\\1\\2\\\\\\3\\4"));
    return out;
}

CharterBlocks CharterBlockReader::fromText(const QString &input)
{
    QString text = input;
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(u'\r', u'\n');
    const QStringList lines = text.split(u'\n');

    // Groups of consecutive non-blank lines, with their first line number.
    struct Group
    {
        QStringList lines;
        int firstLine;
        bool tabular;
    };
    QList<Group> groups;
    for (int i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        if (line.trimmed().isEmpty())
            continue;
        const bool tabular = line.contains(u'\t');
        const bool continues = i > 0 && !lines.at(i - 1).trimmed().isEmpty() && !groups.isEmpty() &&
                               groups.last().tabular == tabular;
        if (continues)
            groups.last().lines << line;
        else
            groups << Group{{line}, i + 1, tabular};
    }

    CharterBlocks result;
    for (qsizetype g = 0; g < groups.size(); ++g) {
        const Group &group = groups.at(g);
        if (group.tabular) {
            QList<QStringList> rows;
            QList<int> rowLines;
            for (int k = 0; k < group.lines.size(); ++k) {
                QStringList cells = group.lines.at(k).split(u'\t');
                for (QString &cell : cells)
                    cell = cell.trimmed();
                if (isUnderline(cells))
                    continue;
                rows << cells;
                rowLines << group.firstLine + k;
            }
            if (rows.isEmpty())
                continue;
            // A blank line inside a table (the seed has one under its header) does not
            // end it, unless the next rows start a table of their own.
            CharterBlock *previous = result.blocks.isEmpty() ? nullptr : &result.blocks.last();
            if (previous && previous->kind == CharterBlock::Kind::Table && g > 0 &&
                groups.at(g - 1).tabular && !namesCookieColumns(rows.first())) {
                previous->rows << rows;
                previous->lines << rowLines;
                continue;
            }
            CharterBlock table;
            table.kind = CharterBlock::Kind::Table;
            table.rows = rows;
            table.lines = rowLines;
            result.blocks << table;
            continue;
        }
        const bool last = g + 1 == groups.size();
        if (group.lines.size() == 1 && !last && isHeadingLine(group.lines.first())) {
            result.blocks << CharterBlock{
                CharterBlock::Kind::Heading, group.lines.first().simplified(), {}, {}, {}, {}};
            continue;
        }
        QStringList markdown;
        for (const QString &line : group.lines) {
            const QString item = listItem(line);
            if (!item.isNull())
                markdown << QStringLiteral("- ") + escapeMarkdown(item.trimmed());
            else
                markdown << escapeMarkdown(line.trimmed());
        }
        result.blocks << CharterBlock{CharterBlock::Kind::Text, markdown.join(u'\n'), {}, {}, {}, {}};
    }
    return result;
}

QString CharterBlockReader::guessLanguage(const CharterBlocks &blocks)
{
    static const QStringList french = {
        QStringLiteral("le"),   QStringLiteral("la"),   QStringLiteral("les"),
        QStringLiteral("des"),  QStringLiteral("du"),   QStringLiteral("et"),
        QStringLiteral("est"),  QStringLiteral("une"),  QStringLiteral("vous"),
        QStringLiteral("nous"), QStringLiteral("pour"), QStringLiteral("dans")};
    static const QStringList english = {
        QStringLiteral("the"),  QStringLiteral("and"),  QStringLiteral("is"),
        QStringLiteral("of"),   QStringLiteral("to"),   QStringLiteral("you"),
        QStringLiteral("we"),   QStringLiteral("for"),  QStringLiteral("are"),
        QStringLiteral("this"), QStringLiteral("with"), QStringLiteral("your")};
    int fr = 0;
    int en = 0;
    for (const CharterBlock &block : blocks.blocks) {
        const QStringList words =
            TextFolding::wordingKey(block.text).split(u' ', Qt::SkipEmptyParts);
        for (const QString &word : words) {
            fr += french.contains(word) ? 1 : 0;
            en += english.contains(word) ? 1 : 0;
        }
    }
    return en > fr ? QStringLiteral("en") : QStringLiteral("fr");
}
