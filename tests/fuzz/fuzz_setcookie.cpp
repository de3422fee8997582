// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
// The Set-Cookie parser the scanner and the HAR import use on headers a hostile
// server controls: no crash or undefined behaviour (dates, Max-Age overflow), and
// the lifetime it reports stays within the 400-day cap browsers apply.

#include "fuzzcheck.h"

#include "scan/setcookieparser.h"

#include <QDateTime>
#include <QUrl>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray header = Fuzz::bytes(data, size);
    const QDateTime received(QDate(2026, 11, 29), QTime(6, 0), Qt::UTC);
    // The first byte picks the request: secure, plain, loopback, or none.
    static const QList<QUrl> requests = {
        QUrl(QStringLiteral("https://www.example.org/a/b/page.html")),
        QUrl(QStringLiteral("http://shop.example/")),
        QUrl(QStringLiteral("http://127.0.0.1:8080/x")),
        QUrl(),
    };
    const QUrl &request = requests.at(size > 0 ? data[0] % requests.size() : 0);

    const QList<SetCookie> cookies = SetCookieParser::parseAll({header}, request);
    for (const SetCookie &cookie : cookies) {
        if (cookie.malformed || cookie.rejected)
            Fuzz::check(!cookie.problem.isEmpty(), "a malformed or rejected cookie says why");
        const std::optional<qint64> lifetime = cookie.lifetimeSeconds(received);
        if (lifetime)
            Fuzz::check(*lifetime <= SetCookieParser::MaximumLifetimeSeconds,
                        "lifetime capped at 400 days", QString::number(*lifetime));
        (void)cookie.isDeletion(received);
        (void)cookie.effectiveDomain();
        if (cookie.expires)
            Fuzz::check(cookie.expires->isValid(), "an Expires kept is a valid date");
    }
    const std::optional<QDateTime> date = SetCookieParser::parseDate(header);
    if (date)
        Fuzz::check(date->isValid(), "a parsed cookie date is valid");
    return 0;
}
