// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

// How long a cookie lives: until the browser session ends, or a fixed duration.
// Stored as seconds so that rules and sorting compare numbers, never prose.
class Lifetime
{
public:
    static constexpr qint64 Minute = 60;
    static constexpr qint64 Hour = 60 * Minute;
    static constexpr qint64 Day = 24 * Hour;
    static constexpr qint64 Week = 7 * Day;
    // A month is 30 days and a year 365, the conventions CNIL and browsers use when
    // they speak of "13 months" or a "400-day cap".
    static constexpr qint64 Month = 30 * Day;
    static constexpr qint64 Year = 365 * Day;
    // The longest lifetime Charte stores (about 285 million years): exact as a double,
    // so that JSON and spreadsheets carry it unchanged. Longer ones saturate here.
    static constexpr qint64 Maximum = 9'000'000'000'000'000;
    // No lifetime anyone writes is longer; longer text is refused before it is read.
    static constexpr qsizetype MaximumTextLength = 200;

    Lifetime() = default; // a session cookie

    static Lifetime session() { return Lifetime(); }
    // Zero or less is a session; more than Maximum is Maximum.
    static Lifetime fromSeconds(qint64 seconds);

    // Reads what people write in French or English: "session", "13 months",
    // "1 an", "2 semaines", "400 days", "1 year 6 months", "1,5 an", "24h".
    // On failure returns nullopt and, if error is given, what was expected. Text longer
    // than MaximumTextLength and totals above Maximum are refused.
    // parse(format(x)) == x for every lifetime x, in each language.
    static std::optional<Lifetime> parse(const QString &text, QString *error = nullptr);

    bool isSession() const { return m_seconds == 0; }
    qint64 seconds() const { return m_seconds; }

    // "13 months" / "13 mois"; language is a BCP 47 tag, French for "fr*".
    QString format(const QString &language) const;

    // The key a sorted view uses: session first, then by duration.
    qint64 sortKey() const { return m_seconds; }

    friend bool operator==(const Lifetime &, const Lifetime &) = default;

private:
    explicit Lifetime(qint64 seconds) : m_seconds(seconds) {}
    qint64 m_seconds = 0;
};

// The "dataRetention" member of a cookie's or a provider's extra members: how long
// the data an audience cookie collects is kept, stated in whole seconds or as a
// duration text ("25 months"). Nothing when it is absent or unreadable.
std::optional<qint64> statedDataRetention(const QJsonObject &extra);
