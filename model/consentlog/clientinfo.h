// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QString>

// What the consent log keeps of who sent a record: enough to show that a choice came
// from a browser on some network, never enough to single out a visitor. The address
// is cut to its network (IPv4 /24, IPv6 /48, as CNIL and Matomo anonymise) and the
// User-Agent to its browser family.
namespace ClientInfo {
// "203.0.113.0/24", "2001:db8:1234::/48"; IPv4-mapped IPv6 is read as IPv4.
QString truncatedAddress(const QHostAddress &address);
// "Edge", "Opera", "Samsung Internet", "Chrome", "Firefox", "Safari", "robot",
// "other"; empty for no header.
QString browserFamily(const QByteArray &userAgent);
// The visitor's address: the peer, or — when the peer is a trusted reverse proxy —
// the rightmost X-Forwarded-For entry that is not itself a trusted proxy.
QHostAddress clientAddress(const QHostAddress &peer, const QByteArray &forwardedFor,
                           const QList<QHostAddress> &trustedProxies);
} // namespace ClientInfo
