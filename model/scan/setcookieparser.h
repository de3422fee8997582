// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

// One `Set-Cookie` header as a browser following RFC 6265bis would read it.
// Nothing here throws a header away silently: a header a browser would ignore is
// kept, marked malformed (it cannot be parsed) or rejected (it parses, but the
// storage model refuses it), with the reason, so a report can show it.
struct SetCookie
{
    enum class SameSite { Unspecified, Strict, Lax, None };
    enum class Prefix { None, Secure, Host }; // __Secure- and __Host-

    QString raw;          // the header value as received
    bool malformed = false;
    bool rejected = false;
    QString problem;      // why malformed or rejected, in the interface language

    QString name;
    QString value;
    QString domain;       // Domain attribute, lower case without leading dot; empty = host-only
    QString host;         // the request host, which a host-only cookie belongs to
    QString path;         // Path attribute, or the default path of the request URL
    std::optional<qint64> maxAge;     // as written (may be zero or negative)
    std::optional<QDateTime> expires; // UTC
    bool secure = false;
    bool httpOnly = false;
    bool partitioned = false;
    SameSite sameSite = SameSite::Unspecified;
    Prefix prefix = Prefix::None;
    bool prefixValid = true;

    // The domain the cookie is stored under: the Domain attribute or the host.
    QString effectiveDomain() const { return domain.isEmpty() ? host : domain; }
    // Seconds the cookie lives from `received`: nullopt for a session cookie. Max-Age
    // wins over Expires; the result is capped at 400 days as browsers do; zero or less
    // means the header deletes the cookie.
    std::optional<qint64> lifetimeSeconds(const QDateTime &received) const;
    bool isDeletion(const QDateTime &received) const;
};

namespace SetCookieParser {
// Browsers cap every cookie's lifetime at 400 days (RFC 6265bis, section 5.5).
constexpr qint64 MaximumLifetimeSeconds = qint64(400) * 24 * 3600;
constexpr int MaximumNameValueLength = 4096;
constexpr int MaximumAttributeValueLength = 1024;

// Parses one header value. requestUrl, when valid, is used for the default path and
// the storage checks (Domain must cover the host, Secure needs a secure origin).
SetCookie parse(const QByteArray &header, const QUrl &requestUrl = QUrl());
// Several header values, each possibly holding several lines (QNetworkReply joins
// repeated Set-Cookie fields with a newline).
QList<SetCookie> parseAll(const QList<QByteArray> &headerValues, const QUrl &requestUrl = QUrl());
// The cookie-date algorithm of RFC 6265 section 5.1.1; nullopt if it fails.
std::optional<QDateTime> parseDate(const QByteArray &text);
// True when host equals domain or ends with "." + domain (and is not an IP address).
bool domainMatches(const QString &host, const QString &domain);
// Loopback hosts count as secure origins, as in browsers.
bool isSecureOrigin(const QUrl &url);

// Stable spellings for reports and JSON; never translated.
QString toString(SetCookie::SameSite value);
QString toString(SetCookie::Prefix value);
} // namespace SetCookieParser
