// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
// Lifetimes: parse(format(x)) == x for every lifetime x the formatter can write, in
// English and in French (issue 20: "31536001 seconds" was written but refused, so a
// CSV export re-imported moved the lifetime into `unparsed`). x comes from the input
// in two ways: the first eight bytes as a count of a unit the second-to-last byte
// picks, and the whole input read as text, when it parses (then the value it gives
// must survive format and parse too). Any text is parsed without crash or overflow.

#include "fuzzcheck.h"

#include "document/lifetime.h"

#include <algorithm>
#include <array>
#include <cstring>

namespace {

void checkRoundTrip(const Lifetime &lifetime)
{
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("fr")}) {
        const QString text = lifetime.format(language);
        QString error;
        const std::optional<Lifetime> parsed = Lifetime::parse(text, &error);
        if (!parsed || *parsed != lifetime)
            Fuzz::fail("parse(format(x)) == x",
                       QStringLiteral("%1 s, %2: \"%3\" read back as %4 %5")
                           .arg(lifetime.seconds())
                           .arg(language, text)
                           .arg(parsed ? parsed->seconds() : -1)
                           .arg(error));
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // A count of seconds, minutes … years, so that whole units (the formatter's
    // natural words) come up as often as odd seconds.
    static constexpr std::array<qint64, 8> units = {
        1, Lifetime::Minute, Lifetime::Hour, Lifetime::Day,
        Lifetime::Week, Lifetime::Month, Lifetime::Year, 1};
    quint64 raw = 0;
    if (size > 0)
        std::memcpy(&raw, data, std::min(size, sizeof raw));
    const qint64 unit = units[size > 0 ? data[size - 1] % units.size() : 0];
    const qint64 count = qint64(raw % quint64(Lifetime::Maximum / unit + 1));
    const Lifetime derived = Lifetime::fromSeconds(count * unit);
    Fuzz::check(derived.seconds() == count * unit, "fromSeconds keeps any value up to Maximum");
    checkRoundTrip(derived);

    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const std::optional<Lifetime> parsed = Lifetime::parse(text, &error);
    if (!parsed) {
        Fuzz::check(!error.isEmpty(), "a refused lifetime says why");
        return 0;
    }
    Fuzz::check(parsed->seconds() >= 0 && parsed->seconds() <= Lifetime::Maximum,
                "a parsed lifetime is within 0 … Maximum", QString::number(parsed->seconds()));
    checkRoundTrip(*parsed);
    return 0;
}
