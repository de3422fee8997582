// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "consentlog/clientinfo.h"

namespace {

QHostAddress plain(const QHostAddress &address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4) : address;
}

bool isTrusted(const QHostAddress &address, const QList<QHostAddress> &trusted)
{
    const QHostAddress a = plain(address);
    for (const QHostAddress &t : trusted) {
        if (plain(t).isEqual(a))
            return true;
    }
    return false;
}

} // namespace

QString ClientInfo::truncatedAddress(const QHostAddress &address)
{
    const QHostAddress a = plain(address);
    if (a.protocol() == QAbstractSocket::IPv4Protocol)
        return QHostAddress(a.toIPv4Address() & 0xFFFFFF00u).toString() + QStringLiteral("/24");
    if (a.protocol() == QAbstractSocket::IPv6Protocol) {
        Q_IPV6ADDR bytes = a.toIPv6Address();
        for (int i = 6; i < 16; ++i)
            bytes[i] = 0;
        return QHostAddress(bytes).toString() + QStringLiteral("/48");
    }
    return QString();
}

QString ClientInfo::browserFamily(const QByteArray &userAgent)
{
    if (userAgent.trimmed().isEmpty())
        return QString();
    const QByteArray ua = userAgent.toLower();
    // Order matters: Edge, Opera and Samsung say "Chrome" too, and Chrome says "Safari".
    struct Family
    {
        const char *marker;
        const char *name;
    };
    static const Family families[] = {
        {"bot", "robot"},          {"crawler", "robot"},   {"spider", "robot"},
        {"headlesschrome", "robot"}, {"edg/", "Edge"},     {"opr/", "Opera"},
        {"samsungbrowser", "Samsung Internet"}, {"firefox/", "Firefox"}, {"fxios/", "Firefox"},
        {"chrome/", "Chrome"},     {"crios/", "Chrome"},   {"chromium/", "Chrome"},
        {"safari/", "Safari"},
    };
    for (const Family &family : families) {
        if (ua.contains(family.marker))
            return QString::fromLatin1(family.name);
    }
    return QStringLiteral("other");
}

QHostAddress ClientInfo::clientAddress(const QHostAddress &peer, const QByteArray &forwardedFor,
                                       const QList<QHostAddress> &trustedProxies)
{
    if (!isTrusted(peer, trustedProxies) || forwardedFor.trimmed().isEmpty())
        return peer;
    const QList<QByteArray> hops = forwardedFor.split(',');
    for (qsizetype i = hops.size() - 1; i >= 0; --i) {
        const QHostAddress hop(QString::fromLatin1(hops.at(i).trimmed()));
        if (hop.isNull())
            return QHostAddress(); // a forged or broken header: no address rather than a wrong one
        if (!isTrusted(hop, trustedProxies))
            return hop;
    }
    return peer;
}
