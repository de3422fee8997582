// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "document/lifetime.h"

#include "document/languages.h"
#include "document/textfolding.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <cmath>

namespace {

struct UnitName
{
    const char *spelling;
    qint64 seconds;
};

// Lower-case spellings, accents removed; plural and abbreviated forms included
// because inventories are typed by hand.
constexpr std::array units{
    UnitName{"s", 1},          UnitName{"sec", 1},          UnitName{"secs", 1},
    UnitName{"second", 1},     UnitName{"seconds", 1},      UnitName{"seconde", 1},
    UnitName{"secondes", 1},   UnitName{"min", Lifetime::Minute},
    UnitName{"mins", Lifetime::Minute},                     UnitName{"minute", Lifetime::Minute},
    UnitName{"minutes", Lifetime::Minute},                  UnitName{"h", Lifetime::Hour},
    UnitName{"hr", Lifetime::Hour},                         UnitName{"hrs", Lifetime::Hour},
    UnitName{"hour", Lifetime::Hour},                       UnitName{"hours", Lifetime::Hour},
    UnitName{"heure", Lifetime::Hour},                      UnitName{"heures", Lifetime::Hour},
    UnitName{"d", Lifetime::Day},                           UnitName{"j", Lifetime::Day},
    UnitName{"day", Lifetime::Day},                         UnitName{"days", Lifetime::Day},
    UnitName{"jour", Lifetime::Day},                        UnitName{"jours", Lifetime::Day},
    UnitName{"w", Lifetime::Week},                          UnitName{"wk", Lifetime::Week},
    UnitName{"week", Lifetime::Week},                       UnitName{"weeks", Lifetime::Week},
    UnitName{"semaine", Lifetime::Week},                    UnitName{"semaines", Lifetime::Week},
    UnitName{"mo", Lifetime::Month},                        UnitName{"month", Lifetime::Month},
    UnitName{"months", Lifetime::Month},                    UnitName{"mois", Lifetime::Month},
    UnitName{"y", Lifetime::Year},                          UnitName{"yr", Lifetime::Year},
    UnitName{"yrs", Lifetime::Year},                        UnitName{"year", Lifetime::Year},
    UnitName{"years", Lifetime::Year},                      UnitName{"an", Lifetime::Year},
    UnitName{"ans", Lifetime::Year},                        UnitName{"annee", Lifetime::Year},
    UnitName{"annees", Lifetime::Year},
};

std::optional<qint64> unitSeconds(QStringView word)
{
    for (const UnitName &unit : units) {
        if (word == QLatin1StringView(unit.spelling))
            return unit.seconds;
    }
    return std::nullopt;
}

QString simplified(const QString &text)
{
    // Fold case and accents ("Année" → "annee") so one table covers every spelling.
    return TextFolding::searchKey(text).simplified();
}

bool isSessionWording(const QString &text)
{
    static const QStringList wordings = {
        QStringLiteral("session"),          QStringLiteral("session cookie"),
        QStringLiteral("de session"),       QStringLiteral("cookie de session"),
        QStringLiteral("fin de session"),   QStringLiteral("end of session"),
        QStringLiteral("until session end"), QStringLiteral("browser session"),
        QStringLiteral("duree de la session"), QStringLiteral("la session"),
        // How real inventories word it.
        QStringLiteral("sessions"),         QStringLiteral("end of session (browser)"),
        QStringLiteral("end of browser session"), QStringLiteral("session (browser)"),
        QStringLiteral("until the browser is closed"), QStringLiteral("until browser is closed"),
        QStringLiteral("when the browser is closed"), QStringLiteral("browser close"),
        QStringLiteral("jusqu'a la fermeture du navigateur"),
        QStringLiteral("jusqu a la fermeture du navigateur"),
        QStringLiteral("fermeture du navigateur"), QStringLiteral("a la fermeture du navigateur"),
        QStringLiteral("fin de la session"), QStringLiteral("session du navigateur"),
        QStringLiteral("expires at end of session"), QStringLiteral("at end of session"),
    };
    return wordings.contains(text);
}

// "Expires after 12 days", "2 years after last activity", "2 ans après la dernière
// visite": the duration inside a sentence, which is what the cookie's lifetime is
// (renewed on each visit, as browsers count it).
QString durationInSentence(const QString &text)
{
    static const QRegularExpression before(QStringLiteral(
        R"(^(?:expires?\s+(?:after|in)|expire\s+(?:apres|au bout de)|after|apres|au bout de|for|pendant|valid for|valable)\s+)"));
    static const QRegularExpression after(QStringLiteral(
        R"(\s+(?:after|from|since|apres|a compter de|depuis)\s+(?:the\s+|la\s+|le\s+)?(?:last|derniere|dernier)\s+\w+$)"));
    QString duration = text;
    duration.remove(before);
    duration.remove(after);
    return duration;
}

struct FormatUnit
{
    qint64 seconds;
    const char *singular;
    const char *plural;
    const char *frSingular;
    const char *frPlural;
};

constexpr std::array formatUnits{
    FormatUnit{Lifetime::Year, "year", "years", "an", "ans"},
    FormatUnit{Lifetime::Month, "month", "months", "mois", "mois"},
    FormatUnit{Lifetime::Week, "week", "weeks", "semaine", "semaines"},
    FormatUnit{Lifetime::Day, "day", "days", "jour", "jours"},
    FormatUnit{Lifetime::Hour, "hour", "hours", "heure", "heures"},
    FormatUnit{Lifetime::Minute, "minute", "minutes", "minute", "minutes"},
    FormatUnit{1, "second", "seconds", "seconde", "secondes"},
};

// The unit a person would say: whole years or months first, weeks only for short
// spans (182 days reads better as "182 days" than "26 weeks").
const FormatUnit &naturalUnit(qint64 seconds)
{
    for (const FormatUnit &unit : formatUnits) {
        if (seconds % unit.seconds != 0)
            continue;
        if (unit.seconds == Lifetime::Month && seconds < 2 * Lifetime::Month)
            continue;
        if (unit.seconds == Lifetime::Week && seconds >= 2 * Lifetime::Month)
            continue;
        return unit;
    }
    return formatUnits.back();
}

} // namespace

Lifetime Lifetime::fromSeconds(qint64 seconds)
{
    return Lifetime(std::clamp(seconds, qint64(0), Maximum));
}

std::optional<Lifetime> Lifetime::parse(const QString &text, QString *error)
{
    // A long text (a whole spreadsheet cell pasted by mistake) is refused before the
    // folding and the term matching, which would take time in its length.
    const QStringView trimmed = QStringView(text).trimmed();
    const bool tooLong = trimmed.size() > MaximumTextLength;
    const auto fail = [&]() -> std::optional<Lifetime> {
        if (error) {
            // The message quotes the start of the text, not megabytes of it.
            constexpr qsizetype Quoted = 60;
            const QString quoted = trimmed.size() > Quoted
                                       ? trimmed.first(Quoted).toString() + QChar(0x2026)
                                       : trimmed.toString();
            *error = QCoreApplication::translate(
                         "Lifetime", "expected \"session\" or a duration such as \"13 months\", "
                                     "\"1 year\" or \"30 days\", got \"%1\"")
                         .arg(quoted);
        }
        return std::nullopt;
    };
    if (tooLong)
        return fail();
    const QString input = simplified(text);
    if (input.isEmpty())
        return fail();
    if (isSessionWording(input))
        return Lifetime::session();
    const QString duration = durationInSentence(input);
    if (duration != input)
        return parse(duration, error);
    // "0 days": what some inventories write for a cookie that ends with the session.
    static const QRegularExpression zero(QStringLiteral(R"(^0+\s*[a-z]+$)"));
    if (zero.match(input).hasMatch() && unitSeconds(QStringView(input).sliced(input.indexOf(u' ') + 1)))
        return Lifetime::session();

    // A sum of "number unit" terms, optionally joined by "and"/"et" or commas:
    // "1 an et 6 mois", "2 years, 3 months", "24h".
    static const QRegularExpression term(
        QStringLiteral(R"(\s*(?:(?:and|et|,|\+)\s*)?(\d+(?:[.,]\d+)?)\s*([a-z]+)\.?)"));
    qint64 total = 0;
    qsizetype position = 0;
    while (position < input.size()) {
        const QRegularExpressionMatch match =
            term.match(input, position, QRegularExpression::NormalMatch,
                       QRegularExpression::AnchorAtOffsetMatchOption);
        if (!match.hasMatch())
            return fail();
        const std::optional<qint64> unit = unitSeconds(match.capturedView(2));
        if (!unit)
            return fail();
        bool ok = false;
        const double amount = match.captured(1).replace(QLatin1Char(','), QLatin1Char('.')).toDouble(&ok);
        // Any count the formatter writes ("31536001 seconds") is read back; a term or a
        // total above Maximum is refused rather than overflowing.
        const double termSeconds = amount * double(*unit);
        if (!ok || !(termSeconds <= double(Maximum)))
            return fail();
        total += std::llround(termSeconds); // exact: qRound64 adds 0.5, which rounds above 2^52
        if (total > Maximum)
            return fail();
        position += match.capturedLength(0);
    }
    if (total <= 0)
        return fail();
    return Lifetime(total);
}

QString Lifetime::format(const QString &language) const
{
    if (isSession())
        return QStringLiteral("session"); // the same word in both languages
    const bool french = Languages::isFrench(language);
    const FormatUnit &unit = naturalUnit(m_seconds);
    const qint64 count = m_seconds / unit.seconds;
    const char *word = french ? (count > 1 ? unit.frPlural : unit.frSingular)
                              : (count > 1 ? unit.plural : unit.singular);
    return QString::number(count) + QLatin1Char(' ') + QLatin1StringView(word);
}

std::optional<qint64> statedDataRetention(const QJsonObject &extra)
{
    const QJsonValue value = extra.value(QLatin1StringView("dataRetention"));
    if (value.isDouble() && value.toDouble() > 0)
        return qint64(value.toDouble());
    if (value.isString()) {
        if (const std::optional<Lifetime> parsed = Lifetime::parse(value.toString()))
            return parsed->seconds();
    }
    return std::nullopt;
}
