// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "scan/cookieattribution.h"

#include "scan/setcookieparser.h"

#include <QJsonDocument>
#include <QUrl>

#include <cmath>

namespace {

// Runs first in every frame. The writer of a cookie is the innermost frame of the call
// stack that has a URL: the wrapper itself is an anonymous injected script, so it never
// names itself; an inline script is named by its page's URL. The page cannot lower the
// stack depth we read (Error.stackTraceLimit is raised for the one capture).
constexpr char InitSource[] = R"JS((() => {
  const bind = globalThis['%1'];
  if (typeof bind !== 'function' || globalThis.__charteCookieWatch) return;
  Object.defineProperty(globalThis, '__charteCookieWatch', {value: true});
  const writer = () => {
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 50;
    const stack = String(new Error().stack || '');
    Error.stackTraceLimit = limit;
    for (const line of stack.split('\n').slice(1)) {
      const found = /((?:https?|file):\/\/[^\s()]+?):\d+:\d+\)?\s*$/.exec(line);
      if (found) return found[1];
    }
    return '';
  };
  const report = (name) => {
    try { bind(JSON.stringify({name: String(name), script: writer(), frame: String(location.href)})); } catch (e) {}
  };
  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
  if (cookie && cookie.set) {
    Object.defineProperty(Document.prototype, 'cookie', {
      configurable: true,
      enumerable: cookie.enumerable,
      get() { return cookie.get.call(this); },
      set(value) {
        const line = String(value).split(';')[0];
        const equals = line.indexOf('=');
        report(equals < 0 ? '' : line.slice(0, equals).trim());
        cookie.set.call(this, value);
      },
    });
  }
  // Windows a page opens are reported too: the popup blocker may stop them, the scan
  // still says the page tried.
  const open = globalThis.open;
  if (typeof open === 'function') {
    globalThis.open = function (url) {
      try { bind(JSON.stringify({kind: 'open', url: String(url ?? '')})); } catch (e) {}
      return open.apply(this, arguments);
    };
  }
  if (globalThis.CookieStore && CookieStore.prototype.set) {
    const set = CookieStore.prototype.set;
    CookieStore.prototype.set = function (nameOrOptions) {
      report(nameOrOptions && typeof nameOrOptions === 'object' ? nameOrOptions.name : nameOrOptions);
      return set.apply(this, arguments);
    };
  }
})();)JS";

SetCookie::SameSite sameSiteOf(const QString &value)
{
    if (value.compare(QLatin1StringView("Strict"), Qt::CaseInsensitive) == 0)
        return SetCookie::SameSite::Strict;
    if (value.compare(QLatin1StringView("Lax"), Qt::CaseInsensitive) == 0)
        return SetCookie::SameSite::Lax;
    if (value.compare(QLatin1StringView("None"), Qt::CaseInsensitive) == 0)
        return SetCookie::SameSite::None;
    return SetCookie::SameSite::Unspecified;
}

bool hostInDomain(const QString &host, const QString &domain)
{
    return host.compare(domain, Qt::CaseInsensitive) == 0 ||
           SetCookieParser::domainMatches(host, domain);
}

} // namespace

QString CookieAttribution::bindingName()
{
    return QStringLiteral("__charteCookieWrite");
}

QString CookieAttribution::initScript()
{
    return QString::fromUtf8(InitSource).arg(bindingName());
}

void CookieAttribution::recordHeaders(const QString &setCookieHeaders, const QUrl &responseUrl,
                                      const QDateTime &when)
{
    const QList<SetCookie> parsed =
        SetCookieParser::parseAll({setCookieHeaders.toUtf8()}, responseUrl);
    for (const SetCookie &header : parsed) {
        if (header.malformed || header.rejected || header.isDeletion(when))
            continue;
        m_headers << Write{header.name, header.effectiveDomain(), header.path, {}, when, ++m_order,
                           false};
    }
}

void CookieAttribution::recordScriptWrite(const QString &payload, const QDateTime &when)
{
    const QJsonObject object = QJsonDocument::fromJson(payload.toUtf8()).object();
    if (object.contains(QLatin1StringView("kind")))
        return; // not a cookie write (a window.open)
    const QString name = object.value(QLatin1StringView("name")).toString();
    const QString host = QUrl(object.value(QLatin1StringView("frame")).toString()).host();
    m_scripts << Write{name, host,      {},  object.value(QLatin1StringView("script")).toString(),
                       when, ++m_order, true};
}

ObservedCookie CookieAttribution::observe(const QJsonObject &json, const QString &pageUrl,
                                          const QString &siteHost, const QDateTime &now) const
{
    ObservedCookie cookie;
    cookie.name = json.value(QLatin1StringView("name")).toString();
    QString domain = json.value(QLatin1StringView("domain")).toString();
    cookie.hostOnly = !domain.startsWith(u'.');
    while (domain.startsWith(u'.'))
        domain.remove(0, 1);
    cookie.domain = domain.toLower();
    cookie.path = json.value(QLatin1StringView("path")).toString(QStringLiteral("/"));
    cookie.secure = json.value(QLatin1StringView("secure")).toBool();
    cookie.httpOnly = json.value(QLatin1StringView("httpOnly")).toBool();
    cookie.sameSite = sameSiteOf(json.value(QLatin1StringView("sameSite")).toString());
    cookie.partitioned = json.contains(QLatin1StringView("partitionKey"));
    cookie.valueLength = int(json.value(QLatin1StringView("value")).toString().toUtf8().size());
    // The browser stored it, so a prefix it carries was honoured.
    if (cookie.name.startsWith(QLatin1StringView("__Secure-")))
        cookie.prefix = SetCookie::Prefix::Secure;
    else if (cookie.name.startsWith(QLatin1StringView("__Host-")))
        cookie.prefix = SetCookie::Prefix::Host;
    cookie.party = SiteScope::sameSite(cookie.domain, siteHost) ? Party::First : Party::Third;
    cookie.firstSeenUrl = pageUrl;

    const Write *first = nullptr;
    const Write *latest = nullptr;
    int writes = 0;
    const auto consider = [&](const Write &write) {
        ++writes;
        if (!first || write.order < first->order)
            first = &write;
        if (!latest || write.order > latest->order)
            latest = &write;
    };
    for (const Write &write : m_headers) {
        if (write.name == cookie.name &&
            write.domain.compare(cookie.domain, Qt::CaseInsensitive) == 0 &&
            write.path == cookie.path)
            consider(write);
    }
    for (const Write &write : m_scripts) {
        if (write.name == cookie.name && hostInDomain(write.domain, cookie.domain))
            consider(write);
    }
    // Who created it decides: a later script write does not make a header cookie a
    // script cookie. Nothing seen at all (a frame the scan could not watch): the browser
    // holds a cookie no header set, so a script wrote it.
    if (first && !first->byScript) {
        cookie.setBy = ObservedCookie::SetBy::HttpHeader;
    } else {
        cookie.setBy = ObservedCookie::SetBy::JavaScript;
        if (first)
            cookie.scriptUrl = first->scriptUrl;
    }
    cookie.timesSeen = qMax(1, writes);

    const double expires = json.value(QLatin1StringView("expires")).toDouble(-1);
    if (json.value(QLatin1StringView("session")).toBool() || expires <= 0) {
        cookie.lifetimeSeconds = std::nullopt;
    } else {
        const QDateTime from = latest ? latest->when : now;
        const qint64 seconds = std::llround(expires - double(from.toMSecsSinceEpoch()) / 1000.0);
        cookie.lifetimeSeconds =
            qBound<qint64>(0, seconds, SetCookieParser::MaximumLifetimeSeconds);
    }
    return cookie;
}
