// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "scan/setcookieparser.h"

#include <QCoreApplication>
#include <QHostAddress>

#include <array>

namespace {

bool isCookieDelimiter(uchar c)
{
    return c == 0x09 || (c >= 0x20 && c <= 0x2f) || (c >= 0x3b && c <= 0x40) ||
           (c >= 0x5b && c <= 0x60) || (c >= 0x7b && c <= 0x7e);
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// 1*max DIGIT, at least min of them, then optionally a non-digit and anything.
std::optional<int> leadingNumber(const QByteArray &token, int min, int max)
{
    int count = 0;
    while (count < token.size() && isDigit(token.at(count)))
        ++count;
    if (count < min || count > max)
        return std::nullopt;
    return token.left(count).toInt();
}

// hms-time: three 1*2DIGIT fields separated by ':', optionally followed by a non-digit.
bool parseTime(const QByteArray &token, int &hour, int &minute, int &second)
{
    int values[3] = {0, 0, 0};
    qsizetype at = 0;
    for (int field = 0; field < 3; ++field) {
        qsizetype digits = 0;
        int value = 0;
        while (at < token.size() && isDigit(token.at(at)) && digits < 3) {
            value = value * 10 + (token.at(at) - '0');
            ++at;
            ++digits;
        }
        if (digits < 1 || digits > 2)
            return false;
        values[field] = value;
        if (field < 2) {
            if (at >= token.size() || token.at(at) != ':')
                return false;
            ++at;
        }
    }
    if (at < token.size() && isDigit(token.at(at)))
        return false;
    hour = values[0];
    minute = values[1];
    second = values[2];
    return true;
}

std::optional<int> monthOf(const QByteArray &token)
{
    static constexpr std::array<const char *, 12> months = {"jan", "feb", "mar", "apr", "may", "jun",
                                                            "jul", "aug", "sep", "oct", "nov", "dec"};
    if (token.size() < 3)
        return std::nullopt;
    const QByteArray start = token.left(3).toLower();
    for (int i = 0; i < 12; ++i) {
        if (start == months[i])
            return i + 1;
    }
    return std::nullopt;
}

QByteArray trimmedWhitespace(QByteArray text)
{
    // RFC 6265bis trims only SP and HTAB, not every isspace() byte.
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && (text.at(begin) == ' ' || text.at(begin) == '\t'))
        ++begin;
    while (end > begin && (text.at(end - 1) == ' ' || text.at(end - 1) == '\t'))
        --end;
    return text.mid(begin, end - begin);
}

// The default-path algorithm of RFC 6265bis 5.1.4.
QString defaultPath(const QUrl &url)
{
    const QString path = url.path();
    if (path.isEmpty() || !path.startsWith(u'/'))
        return QStringLiteral("/");
    const qsizetype lastSlash = path.lastIndexOf(u'/');
    if (lastSlash <= 0)
        return QStringLiteral("/");
    return path.left(lastSlash);
}

bool hasControlCharacter(const QByteArray &text)
{
    for (const char ch : text) {
        const auto c = uchar(ch);
        if ((c <= 0x08) || (c >= 0x0a && c <= 0x1f) || c == 0x7f)
            return true;
    }
    return false;
}

void reject(SetCookie &cookie, const QString &problem)
{
    if (cookie.rejected)
        return; // keep the first reason: it is the one a browser stops at
    cookie.rejected = true;
    cookie.problem = problem;
}

} // namespace

std::optional<qint64> SetCookie::lifetimeSeconds(const QDateTime &received) const
{
    qint64 seconds = 0;
    if (maxAge)
        seconds = *maxAge;
    else if (expires)
        seconds = received.secsTo(*expires);
    else
        return std::nullopt;
    return std::min(seconds, SetCookieParser::MaximumLifetimeSeconds);
}

bool SetCookie::isDeletion(const QDateTime &received) const
{
    const std::optional<qint64> seconds = lifetimeSeconds(received);
    return seconds && *seconds <= 0;
}

std::optional<QDateTime> SetCookieParser::parseDate(const QByteArray &text)
{
    QList<QByteArray> tokens;
    QByteArray current;
    for (const char ch : text) {
        if (isCookieDelimiter(uchar(ch))) {
            if (!current.isEmpty())
                tokens << current;
            current.clear();
        } else {
            current += ch;
        }
    }
    if (!current.isEmpty())
        tokens << current;

    std::optional<int> day, month, year;
    int hour = -1, minute = -1, second = -1;
    bool foundTime = false;
    for (const QByteArray &token : std::as_const(tokens)) {
        if (!foundTime && parseTime(token, hour, minute, second)) {
            foundTime = true;
            continue;
        }
        if (!day) {
            if ((day = leadingNumber(token, 1, 2)))
                continue;
        }
        if (!month) {
            if ((month = monthOf(token)))
                continue;
        }
        if (!year) {
            if ((year = leadingNumber(token, 2, 4)))
                continue;
        }
    }
    if (!foundTime || !day || !month || !year)
        return std::nullopt;
    int fullYear = *year;
    if (fullYear >= 70 && fullYear <= 99)
        fullYear += 1900;
    else if (fullYear >= 0 && fullYear <= 69)
        fullYear += 2000;
    if (*day < 1 || *day > 31 || fullYear < 1601 || hour > 23 || minute > 59 || second > 59)
        return std::nullopt;
    const QDate date(fullYear, *month, *day);
    if (!date.isValid())
        return std::nullopt; // 31 February
    return QDateTime(date, QTime(hour, minute, second), Qt::UTC);
}

bool SetCookieParser::domainMatches(const QString &host, const QString &domain)
{
    if (host.isEmpty() || domain.isEmpty())
        return false;
    if (host.compare(domain, Qt::CaseInsensitive) == 0)
        return true;
    if (!QHostAddress(host).isNull())
        return false; // an IP address matches only itself
    return host.endsWith(domain, Qt::CaseInsensitive) && host.size() > domain.size() &&
           host.at(host.size() - domain.size() - 1) == u'.';
}

bool SetCookieParser::isSecureOrigin(const QUrl &url)
{
    if (url.scheme() == QLatin1StringView("https") || url.scheme() == QLatin1StringView("wss"))
        return true;
    const QString host = url.host();
    if (host == QLatin1StringView("localhost") || host.endsWith(QLatin1StringView(".localhost")))
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

SetCookie SetCookieParser::parse(const QByteArray &header, const QUrl &requestUrl)
{
    SetCookie cookie;
    cookie.raw = QString::fromLatin1(header);
    cookie.host = requestUrl.host().toLower();
    cookie.path = requestUrl.isValid() ? defaultPath(requestUrl) : QStringLiteral("/");
    auto malformed = [&cookie](const QString &problem) {
        cookie.malformed = true;
        cookie.problem = problem;
        return cookie;
    };

    if (hasControlCharacter(header))
        return malformed(QCoreApplication::translate("SetCookieParser", "control character in the header"));

    const qsizetype firstSemicolon = header.indexOf(';');
    const QByteArray pair = firstSemicolon < 0 ? header : header.left(firstSemicolon);
    const qsizetype equals = pair.indexOf('=');
    if (equals < 0)
        return malformed(QCoreApplication::translate("SetCookieParser", "no '=' between cookie name and value"));
    const QByteArray name = trimmedWhitespace(pair.left(equals));
    const QByteArray value = trimmedWhitespace(pair.mid(equals + 1));
    if (name.isEmpty() && value.isEmpty())
        return malformed(QCoreApplication::translate("SetCookieParser", "empty cookie name and value"));
    if (name.isEmpty())
        return malformed(QCoreApplication::translate("SetCookieParser", "empty cookie name"));
    if (name.size() + value.size() > MaximumNameValueLength)
        return malformed(QCoreApplication::translate("SetCookieParser", "name and value longer than 4096 bytes"));
    // Cookie octets are bytes; UTF-8 is what servers send in practice.
    cookie.name = QString::fromUtf8(name);
    cookie.value = QString::fromUtf8(value);

    const QList<QByteArray> attributes =
        firstSemicolon < 0 ? QList<QByteArray>() : header.mid(firstSemicolon + 1).split(';');
    for (const QByteArray &attribute : attributes) {
        const qsizetype eq = attribute.indexOf('=');
        const QByteArray attributeName = trimmedWhitespace(eq < 0 ? attribute : attribute.left(eq)).toLower();
        const QByteArray attributeValue = eq < 0 ? QByteArray() : trimmedWhitespace(attribute.mid(eq + 1));
        if (attributeValue.size() > MaximumAttributeValueLength)
            continue;
        if (attributeName == "expires") {
            if (const std::optional<QDateTime> date = parseDate(attributeValue))
                cookie.expires = date;
        } else if (attributeName == "max-age") {
            if (attributeValue.isEmpty())
                continue;
            const char first = attributeValue.at(0);
            if (!isDigit(first) && first != '-')
                continue;
            bool allDigits = true;
            for (qsizetype i = 1; i < attributeValue.size(); ++i)
                allDigits = allDigits && isDigit(attributeValue.at(i));
            if (!allDigits || attributeValue == "-")
                continue;
            bool ok = false;
            qint64 seconds = attributeValue.toLongLong(&ok);
            if (!ok) // more digits than fit: far past or far future
                seconds = first == '-' ? -1 : MaximumLifetimeSeconds;
            cookie.maxAge = seconds;
        } else if (attributeName == "domain") {
            if (attributeValue.isEmpty())
                continue;
            QByteArray domain = attributeValue;
            if (domain.startsWith('.'))
                domain.remove(0, 1);
            cookie.domain = QString::fromUtf8(domain).toLower();
        } else if (attributeName == "path") {
            if (attributeValue.isEmpty() || !attributeValue.startsWith('/'))
                cookie.path = requestUrl.isValid() ? defaultPath(requestUrl) : QStringLiteral("/");
            else
                cookie.path = QString::fromUtf8(attributeValue);
        } else if (attributeName == "secure") {
            cookie.secure = true;
        } else if (attributeName == "httponly") {
            cookie.httpOnly = true;
        } else if (attributeName == "partitioned") {
            cookie.partitioned = true;
        } else if (attributeName == "samesite") {
            const QByteArray lower = attributeValue.toLower();
            if (lower == "strict")
                cookie.sameSite = SetCookie::SameSite::Strict;
            else if (lower == "lax")
                cookie.sameSite = SetCookie::SameSite::Lax;
            else if (lower == "none")
                cookie.sameSite = SetCookie::SameSite::None;
            else
                cookie.sameSite = SetCookie::SameSite::Unspecified;
        }
    }

    // The storage model (RFC 6265bis 5.7): what a browser would refuse to store.
    const bool hasDomainAttribute = !cookie.domain.isEmpty();
    if (hasDomainAttribute && !cookie.host.isEmpty() && !domainMatches(cookie.host, cookie.domain))
        reject(cookie, QCoreApplication::translate("SetCookieParser", "Domain=%1 does not cover the host %2").arg(cookie.domain, cookie.host));
    const bool secureOrigin = !requestUrl.isValid() || isSecureOrigin(requestUrl);
    if (cookie.secure && !secureOrigin)
        reject(cookie, QCoreApplication::translate("SetCookieParser", "Secure cookie set from an insecure origin"));
    if (cookie.sameSite == SetCookie::SameSite::None && !cookie.secure)
        reject(cookie, QCoreApplication::translate("SetCookieParser", "SameSite=None without Secure"));

    if (cookie.name.startsWith(QLatin1StringView("__Secure-"), Qt::CaseInsensitive)) {
        cookie.prefix = SetCookie::Prefix::Secure;
        cookie.prefixValid = cookie.secure && secureOrigin;
        if (!cookie.prefixValid)
            reject(cookie, QCoreApplication::translate("SetCookieParser", "__Secure- prefix without Secure from a secure origin"));
    } else if (cookie.name.startsWith(QLatin1StringView("__Host-"), Qt::CaseInsensitive)) {
        cookie.prefix = SetCookie::Prefix::Host;
        cookie.prefixValid = cookie.secure && secureOrigin && !hasDomainAttribute &&
                             cookie.path == QLatin1StringView("/");
        if (!cookie.prefixValid)
            reject(cookie, QCoreApplication::translate("SetCookieParser", "__Host- prefix needs Secure, Path=/ and no Domain"));
    }
    return cookie;
}

QList<SetCookie> SetCookieParser::parseAll(const QList<QByteArray> &headerValues, const QUrl &requestUrl)
{
    QList<SetCookie> cookies;
    for (const QByteArray &value : headerValues) {
        for (const QByteArray &line : value.split('\n')) {
            if (!trimmedWhitespace(line).isEmpty())
                cookies << parse(line.endsWith('\r') ? line.chopped(1) : line, requestUrl);
        }
    }
    return cookies;
}

QString SetCookieParser::toString(SetCookie::SameSite value)
{
    switch (value) {
    case SetCookie::SameSite::Unspecified:
        return QString();
    case SetCookie::SameSite::Strict:
        return QStringLiteral("Strict");
    case SetCookie::SameSite::Lax:
        return QStringLiteral("Lax");
    case SetCookie::SameSite::None:
        return QStringLiteral("None");
    }
    return QString();
}

QString SetCookieParser::toString(SetCookie::Prefix value)
{
    switch (value) {
    case SetCookie::Prefix::None:
        return QString();
    case SetCookie::Prefix::Secure:
        return QStringLiteral("__Secure-");
    case SetCookie::Prefix::Host:
        return QStringLiteral("__Host-");
    }
    return QString();
}
