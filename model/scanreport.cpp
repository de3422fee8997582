#include "scanreport.h"

#include <QHostAddress>

#include <algorithm>

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

QString SiteScope::registrableDomain(const QString &host)
{
    QString lower = host.toLower();
    if (lower.endsWith(u'.'))
        lower.chop(1);
    if (!QHostAddress(lower).isNull())
        return lower;
    const QStringList labels = lower.split(u'.');
    if (labels.size() <= 2)
        return lower;
    // Second levels that registries sell under, so "valbourg.gouv.fr" is one site
    // and "a.co.uk" is not the same site as "b.co.uk".
    static const QStringList genericSecondLevels = {
        QStringLiteral("co"),  QStringLiteral("com"), QStringLiteral("org"),  QStringLiteral("net"),
        QStringLiteral("gov"), QStringLiteral("gouv"), QStringLiteral("ac"),  QStringLiteral("edu"),
        QStringLiteral("asso"), QStringLiteral("ltd"), QStringLiteral("plc"), QStringLiteral("ne"),
        QStringLiteral("or")};
    const QString &tld = labels.at(labels.size() - 1);
    const QString &second = labels.at(labels.size() - 2);
    const int keep = (tld.size() == 2 && genericSecondLevels.contains(second)) ? 3 : 2;
    return labels.mid(labels.size() - keep).join(u'.');
}

bool SiteScope::sameSite(const QString &hostA, const QString &hostB)
{
    return registrableDomain(hostA) == registrableDomain(hostB);
}
