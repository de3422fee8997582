// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "scan/scanreport.h"

#include <QHostAddress>

#include <libpsl.h>

#include <algorithm>

ObservedCookie ObservedCookie::fromHeader(const SetCookie &header, const QDateTime &received)
{
    ObservedCookie cookie;
    cookie.name = header.name;
    cookie.domain = header.effectiveDomain();
    cookie.hostOnly = header.domain.isEmpty();
    cookie.path = header.path;
    cookie.lifetimeSeconds = header.lifetimeSeconds(received);
    cookie.secure = header.secure;
    cookie.httpOnly = header.httpOnly;
    cookie.sameSite = header.sameSite;
    cookie.prefix = header.prefix;
    cookie.prefixValid = header.prefixValid;
    cookie.setBy = SetBy::HttpHeader;
    return cookie;
}

qint64 ObservedCookie::roundedForDisplay(qint64 seconds)
{
    constexpr qint64 minute = 60, hour = 3600, day = 86400;
    for (const qint64 unit : {day, hour, minute}) {
        if (seconds >= unit)
            return (seconds + unit / 2) / unit * unit;
    }
    return seconds;
}

void ScanReport::addCookie(const ObservedCookie &cookie)
{
    for (ObservedCookie &known : cookies) {
        if (known.name == cookie.name && known.domain.compare(cookie.domain, Qt::CaseInsensitive) == 0 &&
            known.path == cookie.path) {
            const QString firstSeen = known.firstSeenUrl;
            const int times = known.timesSeen + cookie.timesSeen;
            known = cookie;
            known.firstSeenUrl = firstSeen;
            known.timesSeen = times;
            return;
        }
    }
    cookies << cookie;
}

void ScanReport::addThirdPartyHost(const QString &host)
{
    const QString lower = host.toLower();
    const auto at = std::lower_bound(thirdPartyHosts.begin(), thirdPartyHosts.end(), lower);
    if (at == thirdPartyHosts.end() || *at != lower)
        thirdPartyHosts.insert(at, lower);
}

void ScanReport::addStorage(const ObservedStorage &item)
{
    for (ObservedStorage &known : storage) {
        if (known.kind == item.kind && known.origin == item.origin && known.key == item.key) {
            known.valueLength = item.valueLength;
            return;
        }
    }
    storage << item;
}

const ScanReport *ConsentScan::phase(ConsentPhase which) const
{
    for (const ScanReport &report : phases) {
        if (report.phase == which)
            return &report;
    }
    return nullptr;
}

ScanReport *ConsentScan::phase(ConsentPhase which)
{
    return const_cast<ScanReport *>(std::as_const(*this).phase(which));
}

ConsentScan ConsentScan::single(const ScanReport &report)
{
    ConsentScan scan;
    scan.engine = report.engine;
    scan.phases << report;
    return scan;
}

QString ConsentScan::startUrl() const
{
    return phases.isEmpty() ? QString() : phases.first().startUrl;
}

QString toString(ConsentPhase phase)
{
    switch (phase) {
    case ConsentPhase::Before:
        return QStringLiteral("before");
    case ConsentPhase::AfterReject:
        return QStringLiteral("after-reject");
    case ConsentPhase::AfterAccept:
        return QStringLiteral("after-accept");
    }
    return {};
}

std::optional<ConsentPhase> consentPhase(QAnyStringView key)
{
    for (const ConsentPhase phase : {ConsentPhase::Before, ConsentPhase::AfterReject, ConsentPhase::AfterAccept}) {
        if (key == toString(phase))
            return phase;
    }
    return std::nullopt;
}

QString SiteScope::registrableDomain(const QString &host)
{
    QString lower = host.toLower();
    while (lower.startsWith(u'.'))
        lower.remove(0, 1);
    if (lower.endsWith(u'.'))
        lower.chop(1);
    if (lower.isEmpty() || !QHostAddress(lower).isNull())
        return lower;
    // libpsl picks the newer of its built-in list and Debian's publicsuffix file. The
    // context is read-only once loaded, so scanner threads may share it.
    static const psl_ctx_t *const suffixes = psl_latest(nullptr);
    const QByteArray utf8 = lower.toUtf8();
    const char *registrable = suffixes ? psl_registrable_domain(suffixes, utf8.constData()) : nullptr;
    return registrable ? QString::fromUtf8(registrable) : lower;
}

bool SiteScope::sameSite(const QString &hostA, const QString &hostB)
{
    return registrableDomain(hostA) == registrableDomain(hostB);
}
