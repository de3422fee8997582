// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "import/pagedates.h"

#include "document/textfolding.h"

#include <QRegularExpression>
#include <QStringList>

namespace {

int monthNumber(const QString &word)
{
    static const QStringList french = {
        QStringLiteral("janvier"), QStringLiteral("fevrier"),  QStringLiteral("mars"),
        QStringLiteral("avril"),   QStringLiteral("mai"),      QStringLiteral("juin"),
        QStringLiteral("juillet"), QStringLiteral("aout"),     QStringLiteral("septembre"),
        QStringLiteral("octobre"), QStringLiteral("novembre"), QStringLiteral("decembre")};
    static const QStringList english = {
        QStringLiteral("january"), QStringLiteral("february"), QStringLiteral("march"),
        QStringLiteral("april"),   QStringLiteral("may"),      QStringLiteral("june"),
        QStringLiteral("july"),    QStringLiteral("august"),   QStringLiteral("september"),
        QStringLiteral("october"), QStringLiteral("november"), QStringLiteral("december")};
    const QString folded = TextFolding::wordingKey(word);
    for (int i = 0; i < 12; ++i) {
        if (folded == french.at(i) || folded == english.at(i) ||
            (folded.size() >= 3 && english.at(i).startsWith(folded)))
            return i + 1;
    }
    return 0;
}

} // namespace

QDate PageDates::parse(const QString &input)
{
    const QString text = input.simplified();
    static const QRegularExpression iso(QStringLiteral(R"(^(\d{4})-(\d{2})-(\d{2}))"));
    if (const QRegularExpressionMatch match = iso.match(text); match.hasMatch())
        return QDate(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
    // 03/04/2024 is day first: the pages that write it so are European.
    static const QRegularExpression numeric(QStringLiteral(R"(^(\d{1,2})[/.](\d{1,2})[/.](\d{4}))"));
    if (const QRegularExpressionMatch match = numeric.match(text); match.hasMatch())
        return QDate(match.captured(3).toInt(), match.captured(2).toInt(), match.captured(1).toInt());
    static const QRegularExpression dayMonth(
        QStringLiteral(R"(^(\d{1,2})(?:er|st|nd|rd|th)?\s+([^\W\d_]+)\.?,?\s+(\d{4}))"));
    if (const QRegularExpressionMatch match = dayMonth.match(text); match.hasMatch()) {
        if (const int month = monthNumber(match.captured(2)))
            return QDate(match.captured(3).toInt(), month, match.captured(1).toInt());
    }
    static const QRegularExpression monthDay(
        QStringLiteral(R"(^([^\W\d_]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4}))"));
    if (const QRegularExpressionMatch match = monthDay.match(text); match.hasMatch()) {
        if (const int month = monthNumber(match.captured(1)))
            return QDate(match.captured(3).toInt(), month, match.captured(2).toInt());
    }
    return {};
}

QDate PageDates::lastUpdated(const QString &text)
{
    static const QRegularExpression wording(
        QStringLiteral(R"((?:(?:derni[eè]re\s+)?mise\s+[aà]\s+jour|mis\s+[aà]\s+jour|actualis[ée]e?|)"
                       R"(last\s+(?:updated|modified|revised|update)|updated|effective\s+date|)"
                       R"(date\s+de\s+(?:mise\s+[aà]\s+jour|derni[eè]re\s+modification)))"
                       R"(\W{0,6}(?:(?:le|on|the|du|:)\s+){0,2}:?\s*)"),
        QRegularExpression::CaseInsensitiveOption);
    // Markdown marks (**, *, _) around the wording or the date are no part of it.
    QString plain = text;
    plain.remove(u'*');
    plain.remove(QStringLiteral("\\"));
    QRegularExpressionMatchIterator it = wording.globalMatch(plain);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const QDate date = parse(plain.mid(match.capturedEnd(), 40));
        if (date.isValid())
            return date;
    }
    return {};
}
