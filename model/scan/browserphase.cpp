// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "scan/browserphase.h"

#include "scan/consentcontrols.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace {

// Sources are marked with QT_TRANSLATE_NOOP("BrowserScanner", …) where they are
// written, so that lupdate finds them.
QString text(const char *source)
{
    return QCoreApplication::translate("BrowserScanner", source);
}

QString textN(const char *source, int n)
{
    return QCoreApplication::translate("BrowserScanner", source, nullptr, n);
}

QString sizeText(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

bool isHttp(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return scheme == QLatin1StringView("http") || scheme == QLatin1StringView("https");
}

QUrl normalised(const QUrl &url)
{
    QUrl out = url.adjusted(QUrl::RemoveFragment | QUrl::NormalizePathSegments);
    if (out.path().isEmpty())
        out.setPath(QStringLiteral("/"));
    return out;
}

// Read in an isolated world, so a page that replaces Storage.prototype or
// document.querySelectorAll cannot hide what it stores. Values are measured, never
// returned.
constexpr char FrameSource[] = R"JS((async () => {
  const out = {origin: String(location.origin), local: [], session: [], idb: [], links: []};
  const read = (name, into) => {
    try {
      const store = globalThis[name];
      for (let i = 0; i < store.length; i++) {
        const key = store.key(i);
        into.push([key, String(store.getItem(key) ?? '').length]);
      }
    } catch (e) { /* storage denied to this frame */ }
  };
  read('localStorage', out.local);
  read('sessionStorage', out.session);
  try {
    if (indexedDB && indexedDB.databases) {
      const timeout = new Promise((resolve) => setTimeout(() => resolve([]), 1000));
      out.idb = (await Promise.race([indexedDB.databases(), timeout])).map((db) => String(db.name));
    }
  } catch (e) { /* no IndexedDB here */ }
  if (%1) {
    for (const a of document.querySelectorAll('a[href], area[href]')) {
      try { out.links.push(new URL(a.getAttribute('href'), document.baseURI).href); } catch (e) { out.links.push(String(a.getAttribute('href'))); }
    }
  }
  return JSON.stringify(out);
})())JS";

// A refused cookie's line without its value, which may be personal data.
QString withoutValue(const QString &line)
{
    const qsizetype equals = line.indexOf(u'=');
    if (equals < 0)
        return line;
    const qsizetype semicolon = line.indexOf(u';', equals);
    return line.left(equals + 1) + QStringLiteral("…") +
           (semicolon < 0 ? QString() : line.mid(semicolon));
}

} // namespace

BrowserPhase::BrowserPhase(const Setup &setup, QObject *parent) : QObject(parent), m_setup(setup)
{
    m_report.origin = ScanReport::Origin::Crawl;
    m_report.phase = setup.phase;
    m_report.engine = QStringLiteral("chromium");
    m_report.startUrl = setup.startUrl.toString();
    m_siteHost = setup.startUrl.host().toLower();
    m_deadline = QDeadlineTimer(QDeadlineTimer::Forever);

    connect(&m_browser, &ChromiumProcess::ready, this, [this] {
        m_browserReady = true;
        wake();
    });
    connect(&m_browser, &ChromiumProcess::failed, this, [this](const QString &reason) {
        m_browserGone = reason;
        wake();
    });
    connect(&m_browser, &ChromiumProcess::crashed, this, [this](const QString &reason) {
        m_browserGone = reason;
        m_crashed = reason;
        wake();
    });
    connect(&m_cdp, &CdpConnection::opened, this, [this] {
        m_cdpOpen = true;
        wake();
    });
    connect(&m_cdp, &CdpConnection::closed, this, [this](const QString &reason) {
        m_cdpOpen = false;
        if (m_browserGone.isEmpty())
            m_browserGone = reason;
        wake();
    });
    connect(&m_cdp, &CdpConnection::event, this, &BrowserPhase::onEvent);
    m_memoryCheck.setInterval(500);
    connect(&m_memoryCheck, &QTimer::timeout, this, [this] {
        const qint64 bound = m_setup.options.maxBrowserMemoryBytes;
        if (bound > 0 && m_browser.residentBytes() > bound) {
            m_memoryExceeded = true;
            wake();
        }
    });
}

BrowserPhase::~BrowserPhase()
{
    m_browser.stop();
}

ScanReport BrowserPhase::run()
{
    const bool cancelled = m_setup.cancelled && m_setup.cancelled->load();
    if (startBrowser() && openPage()) {
        m_memoryCheck.start();
        m_deadline = QDeadlineTimer(m_setup.options.limits.totalTimeMs);
        crawl();
        m_memoryCheck.stop();
        // Here, not in crawl(): the bound may trip while the start page is handled,
        // and crawl() then returns early (it did, under load, and said nothing).
        if (m_memoryExceeded) {
            m_report.limitReached = true;
            addError(m_page.url.toString(),
                     text(QT_TRANSLATE_NOOP("BrowserScanner",
                                            "the browser used more than %1 of memory: phase stopped"))
                         .arg(sizeText(m_setup.options.maxBrowserMemoryBytes)));
        }
    }
    if (m_browserReady && !m_browserGone.isEmpty() &&
        !(m_setup.cancelled && m_setup.cancelled->load())) {
        // The DevTools connection often notices first; the process says why.
        waitUntil([this] { return !m_crashed.isEmpty() || !m_browser.isRunning(); }, 2000);
        const QString where = m_page.url.isEmpty() ? m_report.startUrl : m_page.url.toString();
        const QString why =
            !m_crashed.isEmpty() ? m_crashed
            : m_browser.isRunning()
                ? m_browserGone
                : text(QT_TRANSLATE_NOOP("BrowserScanner", "the browser ended unexpectedly"));
        addError(
            where,
            text(QT_TRANSLATE_NOOP("BrowserScanner", "%1 while scanning: phase stopped")).arg(why));
    }
    if (cancelled || (m_setup.cancelled && m_setup.cancelled->load()))
        m_report.cancelled = true;
    endBrowser();
    return m_report;
}

bool BrowserPhase::startBrowser()
{
    m_browser.start(m_setup.browserPath, m_setup.options.startTimeoutMs);
    waitUntil([this] { return m_browserReady || !m_browserGone.isEmpty(); },
              m_setup.options.startTimeoutMs + 2000);
    if (!m_browserReady) {
        addError(m_report.startUrl,
                 m_browserGone.isEmpty()
                     ? text(QT_TRANSLATE_NOOP("BrowserScanner", "Chromium did not start in time"))
                     : m_browserGone);
        return false;
    }
    emit browserStarted(m_browser.processId(), m_browser.profilePath());
    m_cdp.open(m_browser.webSocketUrl(), 10000);
    waitUntil([this] { return m_cdpOpen || !m_browserGone.isEmpty(); }, 12000);
    if (!m_cdpOpen) {
        addError(m_report.startUrl,
                 text(QT_TRANSLATE_NOOP("BrowserScanner", "no DevTools connection to Chromium: %1"))
                     .arg(m_browserGone));
        return false;
    }
    // Downloads are refused (and reported); new windows are seen so they can be closed.
    call(QStringLiteral("Browser.setDownloadBehavior"),
         {{QStringLiteral("behavior"), QStringLiteral("deny")},
          {QStringLiteral("eventsEnabled"), true}});
    call(QStringLiteral("Target.setDiscoverTargets"), {{QStringLiteral("discover"), true}});
    // Sites (and consent banners) may serve a headless browser differently: the scan
    // introduces itself as the Chrome a visitor runs.
    m_userAgent = call(QStringLiteral("Browser.getVersion"))
                      .result.value(QLatin1StringView("userAgent"))
                      .toString();
    m_userAgent.replace(QLatin1StringView("HeadlessChrome"), QLatin1StringView("Chrome"));
    return true;
}

bool BrowserPhase::openPage()
{
    // The tab Chromium opened at start is replaced by one this scan attaches to from
    // its first instant, so the init script runs before any page script.
    const CdpReply targets = call(QStringLiteral("Target.getTargets"));
    m_targetId.clear(); // until the new tab is known, no tab is taken for a popup
    const CdpReply created = call(QStringLiteral("Target.createTarget"),
                                  {{QStringLiteral("url"), QStringLiteral("about:blank")}});
    m_targetId = created.result.value(QLatin1StringView("targetId")).toString();
    if (m_targetId.isEmpty()) {
        if (m_browserGone.isEmpty())
            addError(m_report.startUrl,
                     text(QT_TRANSLATE_NOOP("BrowserScanner", "Chromium opened no page: %1"))
                         .arg(created.error));
        return false;
    }
    const CdpReply attached =
        call(QStringLiteral("Target.attachToTarget"),
             {{QStringLiteral("targetId"), m_targetId}, {QStringLiteral("flatten"), true}});
    m_session = attached.result.value(QLatin1StringView("sessionId")).toString();
    if (m_session.isEmpty()) {
        if (m_browserGone.isEmpty())
            addError(
                m_report.startUrl,
                text(QT_TRANSLATE_NOOP("BrowserScanner", "could not attach to Chromium's page: %1"))
                    .arg(attached.error));
        return false;
    }
    setUpSession(m_session, true);
    const QJsonArray infos = targets.result.value(QLatin1StringView("targetInfos")).toArray();
    for (const QJsonValue &info : infos) {
        const QJsonObject target = info.toObject();
        if (target.value(QLatin1StringView("type")).toString() == QLatin1StringView("page"))
            m_cdp.send(QStringLiteral("Target.closeTarget"),
                       {{QStringLiteral("targetId"), target.value(QLatin1StringView("targetId"))}});
    }
    return m_browserGone.isEmpty();
}

void BrowserPhase::setUpSession(const QString &sessionId, bool mainFrame)
{
    // Sent in one go: the browser runs a session's commands in order, so the binding
    // and the init script are in place before runIfWaitingForDebugger lets a frame run.
    QList<std::pair<QString, QJsonObject>> commands = {
        {QStringLiteral("Network.enable"), {}},
        {QStringLiteral("Page.enable"), {}},
        {QStringLiteral("Runtime.enable"), {}},
        {QStringLiteral("Runtime.addBinding"),
         {{QStringLiteral("name"), CookieAttribution::bindingName()}}},
        {QStringLiteral("Page.addScriptToEvaluateOnNewDocument"),
         {{QStringLiteral("source"), CookieAttribution::initScript()}}},
        {QStringLiteral("Target.setAutoAttach"),
         {{QStringLiteral("autoAttach"), true},
          {QStringLiteral("waitForDebuggerOnStart"), true},
          {QStringLiteral("flatten"), true}}},
    };
    if (!m_userAgent.isEmpty())
        commands.insert(1, {QStringLiteral("Network.setUserAgentOverride"),
                            {{QStringLiteral("userAgent"), m_userAgent}}});
    if (mainFrame)
        commands.prepend({QStringLiteral("Page.setLifecycleEventsEnabled"),
                          {{QStringLiteral("enabled"), true}}});
    else
        commands.append({QStringLiteral("Runtime.runIfWaitingForDebugger"), {}});
    if (!mainFrame) {
        for (const auto &[method, params] : commands)
            m_cdp.send(method, params, sessionId);
        return;
    }
    // Shared with the callbacks, which may run after a cancelled wait has returned.
    const auto answered = std::make_shared<int>(0);
    for (const auto &[method, params] : commands) {
        m_cdp.send(method, params, sessionId, [this, answered](const CdpReply &) {
            ++*answered;
            wake();
        });
    }
    const qsizetype expected = commands.size();
    waitUntil([&] { return *answered == expected; }, 15000);
}

void BrowserPhase::crawl()
{
    const ScanLimits &limits = m_setup.options.limits;
    QList<std::pair<QUrl, int>> queue;
    QSet<QUrl> seen;
    const bool followLinks = m_setup.pages.isEmpty();
    if (followLinks) {
        queue.append({normalised(m_setup.startUrl), 0});
    } else {
        for (const QUrl &page : m_setup.pages)
            queue.append({page, 0});
    }
    for (const auto &[url, depth] : queue)
        seen.insert(url);

    int done = 0;
    bool first = true;
    QUrl last;
    while (!queue.isEmpty()) {
        if (stopping())
            break;
        if (done >= limits.maxPages) {
            m_report.limitReached = true;
            emit logLine(
                textN(QT_TRANSLATE_N_NOOP(
                          "BrowserScanner",
                          "Page limit of %n page(s) reached: further links are not followed."),
                      limits.maxPages));
            break;
        }
        const auto [url, depth] = queue.takeFirst();
        const bool opened = visit(url);
        if (first) {
            if (!onStartPage(url, opened))
                return;
            first = false;
        } else if (opened) {
            settle(m_setup.options.pageSettleMs);
        }
        if (opened || m_page.loaded || m_page.commits > 0) {
            collect(url, depth, followLinks, &queue, &seen);
            m_visited << url;
            ++m_report.pagesCrawled;
        }
        reportPage();
        last = url;
        ++done;
        emit progress(done, done + int(queue.size()));
    }
    if (m_deadline.hasExpired()) {
        m_report.limitReached = true;
        emit logLine(textN(
            QT_TRANSLATE_N_NOOP("BrowserScanner", "Time limit of %n second(s) reached: stopping."),
            limits.totalTimeMs / 1000));
    }
    if (!m_browserGone.isEmpty())
        return; // run() reports it
    // Writes that come a moment after the last page (a leaking banner's timer) still count.
    if (!last.isEmpty() && !stopping()) {
        settle(m_setup.options.settleMs);
        readCookies(last.toString());
        readFrames(m_session, last.toString(), false, nullptr);
        for (const QString &session : QSet<QString>(m_childSessions))
            readFrames(session, last.toString(), false, nullptr);
    }
}

bool BrowserPhase::onStartPage(const QUrl &url, bool opened)
{
    m_report.startFetched = m_page.status > 0 || opened;
    const QString landed = m_page.committedUrl.host().toLower();
    if (isHttp(m_page.committedUrl) && !landed.isEmpty() && !sameSite(landed)) {
        // The start page moved to another domain: the site is where a visitor lands.
        m_siteHost = landed;
        emit logLine(
            text(QT_TRANSLATE_NOOP("BrowserScanner", "The site is now %1.")).arg(m_siteHost));
        const QStringList hosts = m_report.thirdPartyHosts;
        m_report.thirdPartyHosts.clear();
        for (const QString &host : hosts) {
            if (!sameSite(host))
                m_report.addThirdPartyHost(host);
        }
        m_report.addThirdPartyHost(m_setup.startUrl.host());
    }
    if (!m_report.startFetched) {
        reportPage();
        return false;
    }
    settle(m_setup.options.settleMs);
    if (m_setup.phase == ConsentPhase::Before) {
        if (m_setup.options.screenshots)
            screenshot(url.toString()); // the banner as a visitor first sees it
        const QString reject = m_setup.options.rejectSelector;
        const QString accept = m_setup.options.acceptSelector;
        m_report.firstLayerRejectSelector = findControl(
            reject.isEmpty() ? ConsentControls::builtin().selectors(ConsentControls::Kind::Reject)
                             : QStringList{reject},
            false);
        m_report.firstLayerAcceptSelector = findControl(
            accept.isEmpty() ? ConsentControls::builtin().selectors(ConsentControls::Kind::Accept)
                             : QStringList{accept},
            false);
        return true;
    }
    clickControl();
    if (m_setup.options.screenshots)
        screenshot(url.toString());
    if (m_report.control == ScanReport::Control::NotFound) {
        reportPage();
        // Nothing after a choice that was never made: the phase is there, empty.
        m_report.cookies.clear();
        m_report.storage.clear();
        m_report.thirdPartyHosts.clear();
        return false;
    }
    return true;
}

bool BrowserPhase::visit(const QUrl &url)
{
    if (m_page.crashed) {
        // A crashed tab takes no more commands: a new one takes its place.
        m_cdp.send(QStringLiteral("Target.closeTarget"),
                   {{QStringLiteral("targetId"), m_targetId}});
        m_childSessions.clear();
        if (!openPage())
            return false;
    }
    m_leftLoaders.unite(m_page.documentLoaders);
    m_page = PageState{};
    m_page.url = url;
    const int budget = pageTimeMs();
    QDeadlineTimer pageDeadline(budget);
    m_cdp.send(
        QStringLiteral("Page.navigate"),
        {{QStringLiteral("url"), url.toString(QUrl::FullyEncoded)}}, m_session,
        [this, url](const CdpReply &reply) {
            if (m_page.url != url)
                return; // a late answer for a page given up on
            m_page.replied = true;
            m_page.navigateReply = reply;
            const QString loader = reply.result.value(QLatin1StringView("loaderId")).toString();
            if (m_page.loaderId.isEmpty())
                m_page.loaderId = loader;
            if (reply.ok() && loader.isEmpty())
                m_page.loaded = true; // a same-document navigation has nothing more to load
            wake();
        },
        budget + 2000); // the page's own deadline, below, speaks first
    const auto interrupted = [this] {
        return m_page.redirectLimit || !m_page.tooLargeUrl.isEmpty() || m_page.crashed ||
               stopping();
    };
    waitUntil([&] { return m_page.replied || interrupted(); }, int(pageDeadline.remainingTime()));
    if (m_page.redirectLimit) {
        m_cdp.send(QStringLiteral("Page.stopLoading"), {}, m_session);
        addError(url.toString(),
                 textN(QT_TRANSLATE_N_NOOP("BrowserScanner", "more than %n redirect(s): stopped"),
                       m_setup.options.limits.maxRedirects));
        return false;
    }
    if (stopping() || m_page.crashed)
        return false;
    if (!m_page.replied) {
        m_cdp.send(QStringLiteral("Page.stopLoading"), {}, m_session);
        if (m_page.tooLargeUrl.isEmpty())
            addError(url.toString(),
                     textN(QT_TRANSLATE_N_NOOP("BrowserScanner",
                                               "did not answer within %n second(s): stopped"),
                           budget / 1000));
        return false;
    }
    const CdpReply &reply = m_page.navigateReply;
    if (!reply.ok()) {
        addError(
            url.toString(),
            text(QT_TRANSLATE_NOOP("BrowserScanner", "could not be opened: %1")).arg(reply.error));
        return false;
    }
    const QString failure = reply.result.value(QLatin1StringView("errorText")).toString();
    if (failure ==
        QLatin1StringView("net::ERR_ABORTED")) // a download's event follows its navigation's end
        waitUntil([this] { return !m_page.downloads.isEmpty() || stopping(); }, 1000);
    if (!failure.isEmpty()) {
        // A download aborts the navigation; it is reported as a download, not a failure.
        if (m_page.downloads.isEmpty()) {
            addError(url.toString(),
                     failure == QLatin1StringView("net::ERR_TOO_MANY_REDIRECTS")
                         ? text(QT_TRANSLATE_NOOP("BrowserScanner",
                                                  "endless redirects (Chromium gave up: %1)"))
                               .arg(failure)
                         : text(QT_TRANSLATE_NOOP("BrowserScanner", "could not be loaded: %1"))
                               .arg(failure));
        }
        return false;
    }
    waitUntil([&] { return m_page.loaded || interrupted(); }, int(pageDeadline.remainingTime()));
    if (!m_page.loaded && !stopping() && !m_page.crashed) {
        m_cdp.send(QStringLiteral("Page.stopLoading"), {}, m_session);
        if (m_page.tooLargeUrl.isEmpty())
            addError(
                url.toString(),
                textN(QT_TRANSLATE_N_NOOP("BrowserScanner",
                                          "did not finish loading within %n second(s): stopped"),
                      budget / 1000));
    }
    if (m_page.status >= 400)
        addError(url.toString(),
                 text(QT_TRANSLATE_NOOP("BrowserScanner", "HTTP status %1")).arg(m_page.status));
    return true;
}

void BrowserPhase::collect(const QUrl &url, int depth, bool followLinks,
                           QList<std::pair<QUrl, int>> *queue, QSet<QUrl> *seen)
{
    const ScanLimits &limits = m_setup.options.limits;
    // The cookie store is read while the frames are: one round trip less per page.
    const auto cookies = std::make_shared<std::optional<CdpReply>>();
    m_cdp.send(QStringLiteral("Storage.getCookies"), {}, {},
               [this, cookies](const CdpReply &reply) {
                   *cookies = reply;
                   wake();
               });
    QStringList links;
    const bool wantLinks = followLinks && depth < limits.maxDepth;
    readFrames(m_session, url.toString(), wantLinks, &links);
    for (const QString &session : QSet<QString>(m_childSessions))
        readFrames(session, url.toString(), false, nullptr);
    waitUntil([&] { return cookies->has_value(); }, 11000);
    recordCookies(url.toString(), cookies->value_or(CdpReply{
                                      {}, text(QT_TRANSLATE_NOOP("BrowserScanner", "cancelled"))}));
    QSet<QString> skipped;
    for (const QString &link : std::as_const(links)) {
        const QUrl target = normalised(QUrl(link));
        if (!isHttp(target)) {
            skipped.insert(link);
            continue;
        }
        if (limits.sameSiteOnly && !sameSite(target.host()))
            continue;
        if (seen->contains(target))
            continue;
        seen->insert(target);
        queue->append({target, depth + 1});
    }
    m_report.skippedLinks += int(skipped.size());
}

void BrowserPhase::readCookies(const QString &pageUrl)
{
    recordCookies(pageUrl, call(QStringLiteral("Storage.getCookies")));
}

void BrowserPhase::recordCookies(const QString &pageUrl, const CdpReply &reply)
{
    if (!reply.ok()) {
        if (m_browserGone.isEmpty())
            addError(pageUrl, text(QT_TRANSLATE_NOOP("BrowserScanner",
                                                     "could not read the browser's cookies: %1"))
                                  .arg(reply.error));
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QJsonArray cookies = reply.result.value(QLatin1StringView("cookies")).toArray();
    for (const QJsonValue &value : cookies) {
        ObservedCookie cookie = m_attribution.observe(value.toObject(), pageUrl, m_siteHost, now);
        const QString key = cookie.name + u'\n' + cookie.domain + u'\n' + cookie.path;
        const auto known = m_cookieIndex.constFind(key);
        if (known == m_cookieIndex.constEnd()) {
            m_cookieIndex.insert(key, int(m_report.cookies.size()));
            m_report.cookies << cookie;
            emit logLine(text(QT_TRANSLATE_NOOP("BrowserScanner", "Cookie %1 (%2) found after %3"))
                             .arg(cookie.name, cookie.domain, pageUrl));
        } else {
            ObservedCookie &kept = m_report.cookies[*known];
            cookie.firstSeenUrl = kept.firstSeenUrl;
            kept = cookie;
        }
    }
}

void BrowserPhase::readFrames(const QString &sessionId, const QString &pageUrl, bool followLinks,
                              QStringList *links)
{
    const CdpReply tree = call(QStringLiteral("Page.getFrameTree"), {}, sessionId);
    if (!tree.ok())
        return; // a frame that went away meanwhile
    QList<QJsonObject> pending = {tree.result.value(QLatin1StringView("frameTree")).toObject()};
    bool top = true;
    while (!pending.isEmpty()) {
        const QJsonObject node = pending.takeFirst();
        const QJsonArray children = node.value(QLatin1StringView("childFrames")).toArray();
        for (const QJsonValue &child : children)
            pending << child.toObject();
        const QJsonObject frame = node.value(QLatin1StringView("frame")).toObject();
        const bool mainFrame = top && sessionId == m_session;
        top = false;
        if (!isHttp(QUrl(frame.value(QLatin1StringView("url")).toString())))
            continue;
        const CdpReply world =
            call(QStringLiteral("Page.createIsolatedWorld"),
                 {{QStringLiteral("frameId"), frame.value(QLatin1StringView("id"))},
                  {QStringLiteral("worldName"), QStringLiteral("charte-scan")}},
                 sessionId);
        if (!world.ok())
            continue;
        const bool withLinks = followLinks && mainFrame && links;
        const CdpReply read =
            call(QStringLiteral("Runtime.evaluate"),
                 {{QStringLiteral("expression"),
                   QString::fromUtf8(FrameSource)
                       .arg(withLinks ? QStringLiteral("true") : QStringLiteral("false"))},
                  {QStringLiteral("contextId"),
                   world.result.value(QLatin1StringView("executionContextId"))},
                  {QStringLiteral("returnByValue"), true},
                  {QStringLiteral("awaitPromise"), true}},
                 sessionId);
        const QJsonObject out =
            QJsonDocument::fromJson(read.result.value(QLatin1StringView("result"))
                                        .toObject()
                                        .value(QLatin1StringView("value"))
                                        .toString()
                                        .toUtf8())
                .object();
        const QString origin = out.value(QLatin1StringView("origin")).toString();
        if (origin.isEmpty() || origin == QLatin1StringView("null"))
            continue;
        const Party party = sameSite(QUrl(origin).host()) ? Party::First : Party::Third;
        const auto add = [&](ObservedStorage::Kind kind, const QJsonArray &items) {
            for (const QJsonValue &item : items) {
                ObservedStorage storage;
                storage.kind = kind;
                storage.origin = origin;
                if (kind == ObservedStorage::Kind::IndexedDb) {
                    storage.key = item.toString();
                } else {
                    storage.key = item.toArray().at(0).toString();
                    storage.valueLength = item.toArray().at(1).toInt();
                }
                storage.party = party;
                storage.firstSeenUrl = pageUrl;
                m_report.addStorage(storage);
            }
        };
        add(ObservedStorage::Kind::Local, out.value(QLatin1StringView("local")).toArray());
        add(ObservedStorage::Kind::Session, out.value(QLatin1StringView("session")).toArray());
        add(ObservedStorage::Kind::IndexedDb, out.value(QLatin1StringView("idb")).toArray());
        if (withLinks) {
            const QJsonArray found = out.value(QLatin1StringView("links")).toArray();
            for (const QJsonValue &link : found)
                links->append(link.toString());
        }
    }
}

QString BrowserPhase::findControl(const QStringList &selectors, bool click)
{
    const QString script = ConsentControls::findScript(selectors, click);
    // The page's own frames first, through an isolated world (the page cannot fake a
    // button away), then each other site's frame: some banners live in one.
    const CdpReply world = call(QStringLiteral("Page.createIsolatedWorld"),
                                {{QStringLiteral("frameId"), m_targetId},
                                 {QStringLiteral("worldName"), QStringLiteral("charte-scan")}},
                                m_session);
    // userGesture: the click counts as the visitor's, as banners that check activation expect.
    QJsonObject params{{QStringLiteral("expression"), script},
                       {QStringLiteral("returnByValue"), true},
                       {QStringLiteral("userGesture"), click}};
    if (world.ok())
        params.insert(QStringLiteral("contextId"),
                      world.result.value(QLatin1StringView("executionContextId")));
    const CdpReply found = call(QStringLiteral("Runtime.evaluate"), params, m_session);
    QString selector = found.result.value(QLatin1StringView("result"))
                           .toObject()
                           .value(QLatin1StringView("value"))
                           .toString();
    if (!selector.isEmpty())
        return selector;
    for (const QString &session : QSet<QString>(m_childSessions)) {
        const CdpReply inFrame = call(QStringLiteral("Runtime.evaluate"),
                                      {{QStringLiteral("expression"), script},
                                       {QStringLiteral("returnByValue"), true},
                                       {QStringLiteral("userGesture"), click}},
                                      session);
        selector = inFrame.result.value(QLatin1StringView("result"))
                       .toObject()
                       .value(QLatin1StringView("value"))
                       .toString();
        if (!selector.isEmpty())
            return selector;
    }
    return {};
}

void BrowserPhase::clickControl()
{
    const bool reject = m_setup.phase == ConsentPhase::AfterReject;
    const QString given = reject ? m_setup.options.rejectSelector : m_setup.options.acceptSelector;
    const QStringList selectors =
        given.isEmpty()
            ? ConsentControls::builtin().selectors(reject ? ConsentControls::Kind::Reject
                                                          : ConsentControls::Kind::Accept)
            : QStringList{given};
    // A banner may be drawn a moment after load: look again until the settle time is up.
    QDeadlineTimer lookFor(qMax(m_setup.options.settleMs, 1000));
    QString selector;
    for (;;) {
        selector = findControl(selectors, true);
        if (!selector.isEmpty() || lookFor.hasExpired() || stopping())
            break;
        settle(200);
    }
    if (selector.isEmpty()) {
        m_report.control = ScanReport::Control::NotFound;
        emit logLine(
            reject
                ? text(QT_TRANSLATE_NOOP(
                           "BrowserScanner",
                           "No refusal control found on %1: the after-reject phase could not run."))
                      .arg(m_report.startUrl)
                : text(QT_TRANSLATE_NOOP("BrowserScanner", "No acceptance control found on %1: the "
                                                           "after-accept phase could not run."))
                      .arg(m_report.startUrl));
        return;
    }
    const int commitsBefore = m_page.commits;
    m_report.control = ScanReport::Control::Clicked;
    m_report.controlSelector = selector;
    emit logLine(text(QT_TRANSLATE_NOOP("BrowserScanner", "Clicked %1 on %2."))
                     .arg(selector, m_report.startUrl));
    // A leaking banner writes a moment after the click: wait for it.
    settle(m_setup.options.settleMs);
    if (m_page.commits > commitsBefore) {
        // Many banners reload the page to apply the choice: that is not the page leaving
        // by itself, and the reloaded page is the one to read.
        m_page.navigatedTo.clear();
        waitUntil([this] { return m_page.loaded || stopping(); }, pageTimeMs());
    }
}

void BrowserPhase::screenshot(const QString &pageUrl)
{
    const CdpReply shot =
        call(QStringLiteral("Page.captureScreenshot"),
             {{QStringLiteral("format"), QStringLiteral("png")}}, m_session, 20000);
    if (!shot.ok()) {
        if (m_browserGone.isEmpty())
            addError(
                pageUrl,
                text(QT_TRANSLATE_NOOP("BrowserScanner", "no screenshot: %1")).arg(shot.error));
        return;
    }
    m_report.screenshots << PageScreenshot{
        pageUrl,
        QByteArray::fromBase64(shot.result.value(QLatin1StringView("data")).toString().toLatin1())};
}

void BrowserPhase::reportPage()
{
    const QString url = m_page.url.toString();
    for (const QString &target : std::as_const(m_page.navigatedTo))
        addError(url, text(QT_TRANSLATE_NOOP("BrowserScanner", "navigated away by itself to %1"))
                          .arg(target));
    for (const QString &dialog : std::as_const(m_page.dialogs)) {
        addError(
            url,
            dialog == QLatin1StringView("beforeunload")
                ? text(QT_TRANSLATE_NOOP("BrowserScanner",
                                         "asked to stay on the page (beforeunload): left anyway"))
                : text(QT_TRANSLATE_NOOP("BrowserScanner", "opened a dialog (%1): dismissed"))
                      .arg(dialog));
    }
    for (const QString &download : std::as_const(m_page.downloads))
        addError(url, text(QT_TRANSLATE_NOOP("BrowserScanner", "started a download (%1): refused"))
                          .arg(download));
    if (m_page.popups > 0)
        addError(url,
                 textN(QT_TRANSLATE_N_NOOP("BrowserScanner", "opened %n new window(s): closed"),
                       m_page.popups));
    if (!m_page.tooLargeUrl.isEmpty())
        addError(m_page.tooLargeUrl,
                 text(QT_TRANSLATE_NOOP("BrowserScanner", "response larger than %1: page stopped"))
                     .arg(sizeText(m_setup.options.limits.maxBytesPerResponse)));
    if (m_page.crashed)
        addError(url,
                 text(QT_TRANSLATE_NOOP("BrowserScanner",
                                        "the page crashed the browser's tab: a new tab goes on")));
    m_page.navigatedTo.clear();
    m_page.dialogs.clear();
    m_page.downloads.clear();
    m_page.popups = 0;
    m_page.tooLargeUrl.clear();
}

void BrowserPhase::settle(int ms)
{
    if (ms > 0)
        waitUntil([] { return false; }, ms);
}

void BrowserPhase::endBrowser()
{
    if (m_cdpOpen && m_browserGone.isEmpty()) {
        // Politely first; the process is ended below whatever the answer.
        m_browser.expectExit();
        const auto closed = std::make_shared<bool>(false);
        m_cdp.send(
            QStringLiteral("Browser.close"), {}, {},
            [this, closed](const CdpReply &) {
                *closed = true;
                wake();
            },
            3000);
        waitUntil([&] { return *closed; }, 3000);
    }
    m_browser.stop();
}

void BrowserPhase::onEvent(const QString &sessionId, const QString &method,
                           const QJsonObject &params)
{
    const auto str = [&params](const char *key) {
        return params.value(QLatin1StringView(key)).toString();
    };
    if (method == QLatin1StringView("Target.attachedToTarget")) {
        const QString child = str("sessionId");
        const QString type = params.value(QLatin1StringView("targetInfo"))
                                 .toObject()
                                 .value(QLatin1StringView("type"))
                                 .toString();
        if (type == QLatin1StringView("iframe")) {
            m_childSessions.insert(child);
            setUpSession(child, false);
        } else if (type.endsWith(QLatin1StringView("worker"))) {
            m_cdp.send(QStringLiteral("Network.enable"), {}, child);
            m_cdp.send(QStringLiteral("Runtime.runIfWaitingForDebugger"), {}, child);
        } else {
            m_cdp.send(QStringLiteral("Runtime.runIfWaitingForDebugger"), {}, child);
        }
    } else if (method == QLatin1StringView("Target.detachedFromTarget")) {
        m_childSessions.remove(str("sessionId"));
    } else if (method == QLatin1StringView("Target.targetCreated")) {
        const QJsonObject info = params.value(QLatin1StringView("targetInfo")).toObject();
        const QString id = info.value(QLatin1StringView("targetId")).toString();
        if (info.value(QLatin1StringView("type")).toString() == QLatin1StringView("page") &&
            !m_targetId.isEmpty() && id != m_targetId) {
            // window.open (counted by the init script), target=_blank: one tab is scanned.
            m_cdp.send(QStringLiteral("Target.closeTarget"), {{QStringLiteral("targetId"), id}});
        }
    } else if (method == QLatin1StringView("Page.frameNavigated")) {
        const QJsonObject frame = params.value(QLatin1StringView("frame")).toObject();
        if (sessionId == m_session && !frame.contains(QLatin1StringView("parentId")) &&
            !m_leftLoaders.contains(frame.value(QLatin1StringView("loaderId")).toString())) {
            ++m_page.commits;
            m_page.loaderId = frame.value(QLatin1StringView("loaderId")).toString();
            const QUrl landed(frame.value(QLatin1StringView("url")).toString());
            if (m_page.commits == 1)
                m_page.committedUrl = landed;
            m_page.loaded = false;
            // A page loaded again at its own address (a banner applying the choice, a
            // reload that commits after the settle time) has not gone anywhere.
            if (m_page.commits > 1 && landed != m_page.committedUrl)
                m_page.navigatedTo << landed.toString();
        }
    } else if (method == QLatin1StringView("Page.lifecycleEvent")) {
        if (sessionId == m_session && str("name") == QLatin1StringView("load") &&
            str("frameId") == m_targetId && str("loaderId") == m_page.loaderId)
            m_page.loaded = true;
    } else if (method == QLatin1StringView("Page.javascriptDialogOpening")) {
        const QString type = str("type");
        // Leaving must win over "stay on this page", or the next page never loads.
        m_cdp.send(QStringLiteral("Page.handleJavaScriptDialog"),
                   {{QStringLiteral("accept"), type == QLatin1StringView("beforeunload")}},
                   sessionId);
        if (type == QLatin1StringView("beforeunload") && !str("url").isEmpty()) {
            // Asked while the scan leaves a page for the next one: the page left asked.
            const QString left = str("url");
            if (!m_beforeUnloadPages.contains(left)) {
                m_beforeUnloadPages.insert(left);
                addError(left, text(QT_TRANSLATE_NOOP("BrowserScanner",
                                                      "asked to stay on the page (beforeunload): left anyway")));
            }
        } else if (!m_page.dialogs.contains(type)) {
            m_page.dialogs << type;
        }
    } else if (method == QLatin1StringView("Browser.downloadWillBegin") ||
               method == QLatin1StringView("Page.downloadWillBegin")) {
        // Chromium sends both events for one download, the second sometimes after the
        // next page has begun: one guid is one download, charged to the page it began on.
        const QString guid = str("guid");
        const bool charged = !guid.isEmpty() && m_downloadGuids.contains(guid);
        m_downloadGuids.insert(guid);
        const QString what = str("url");
        if (!charged && !m_page.downloads.contains(what))
            m_page.downloads << what;
    } else if (method == QLatin1StringView("Network.requestWillBeSent")) {
        const QJsonObject request = params.value(QLatin1StringView("request")).toObject();
        const QUrl url(request.value(QLatin1StringView("url")).toString());
        const QString key = sessionId + u'/' + str("requestId");
        m_requestUrls.insert(key, url.toString());
        if (isHttp(url) || url.scheme() == QLatin1StringView("ws") ||
            url.scheme() == QLatin1StringView("wss")) {
            if (!sameSite(url.host()))
                m_report.addThirdPartyHost(url.host());
        }
        const bool mainDocument = sessionId == m_session && str("requestId") == str("loaderId") &&
                                  str("type") == QLatin1StringView("Document") &&
                                  str("frameId") == m_targetId;
        if (mainDocument && !m_leftLoaders.contains(str("loaderId"))) {
            m_page.documentLoaders.insert(str("loaderId"));
            if (params.contains(QLatin1StringView("redirectResponse")) &&
                ++m_page.redirects > m_setup.options.limits.maxRedirects)
                m_page.redirectLimit = true;
        }
    } else if (method == QLatin1StringView("Network.responseReceived")) {
        ++m_report.requests;
        if (sessionId == m_session && str("type") == QLatin1StringView("Document") &&
            str("frameId") == m_targetId && str("requestId") == str("loaderId"))
            m_page.status = params.value(QLatin1StringView("response"))
                                .toObject()
                                .value(QLatin1StringView("status"))
                                .toInt();
    } else if (method == QLatin1StringView("Network.responseReceivedExtraInfo")) {
        const QString url = m_requestUrls.value(sessionId + u'/' + str("requestId"));
        const QJsonObject headers = params.value(QLatin1StringView("headers")).toObject();
        for (auto it = headers.begin(); it != headers.end(); ++it) {
            if (it.key().compare(QLatin1StringView("set-cookie"), Qt::CaseInsensitive) == 0)
                m_attribution.recordHeaders(it.value().toString(), QUrl(url),
                                            QDateTime::currentDateTimeUtc());
        }
        const QJsonArray blocked = params.value(QLatin1StringView("blockedCookies")).toArray();
        for (const QJsonValue &value : blocked) {
            const QJsonObject entry = value.toObject();
            QStringList reasons;
            const QJsonArray why = entry.value(QLatin1StringView("blockedReasons")).toArray();
            for (const QJsonValue &reason : why)
                reasons << reason.toString();
            RefusedCookie refused;
            refused.raw = withoutValue(entry.value(QLatin1StringView("cookieLine")).toString());
            refused.problem = text(QT_TRANSLATE_NOOP("BrowserScanner", "Chromium refused it: %1"))
                                  .arg(reasons.join(QStringLiteral(", ")));
            refused.malformed = reasons.contains(QStringLiteral("SyntaxError")) ||
                                reasons.contains(QStringLiteral("DisallowedCharacter"));
            refused.url = url;
            m_report.refusedCookies << refused;
        }
    } else if (method == QLatin1StringView("Network.dataReceived")) {
        const QString key = sessionId + u'/' + str("requestId");
        qint64 &bytes = m_requestBytes[key];
        const qint64 limit = m_setup.options.limits.maxBytesPerResponse;
        const bool within = bytes <= limit;
        bytes += qMax(params.value(QLatin1StringView("dataLength")).toInteger(),
                      params.value(QLatin1StringView("encodedDataLength")).toInteger());
        // Only on crossing the limit: a response of a page already left that is still
        // streaming must not stop the next page.
        if (within && bytes > limit && m_page.tooLargeUrl.isEmpty()) {
            m_page.tooLargeUrl = m_requestUrls.value(key);
            m_cdp.send(QStringLiteral("Page.stopLoading"), {}, m_session);
        }
    } else if (method == QLatin1StringView("Runtime.bindingCalled")) {
        if (str("name") == CookieAttribution::bindingName()) {
            if (str("payload").startsWith(QLatin1StringView("{\"kind\":\"open\"")))
                ++m_page.popups;
            else
                m_attribution.recordScriptWrite(str("payload"), QDateTime::currentDateTimeUtc());
        }
    } else if (method == QLatin1StringView("Inspector.targetCrashed")) {
        if (sessionId == m_session)
            m_page.crashed = true;
    }
    wake();
}

CdpReply BrowserPhase::call(const QString &method, const QJsonObject &params,
                            const QString &sessionId, int timeoutMs)
{
    // Shared with the callback, which may run after this call gave up waiting.
    auto reply = std::make_shared<std::optional<CdpReply>>();
    m_cdp.send(
        method, params, sessionId,
        [this, reply](const CdpReply &answer) {
            *reply = answer;
            wake();
        },
        timeoutMs);
    waitUntil(
        [&] { return reply->has_value() || (m_setup.cancelled && m_setup.cancelled->load()); },
        timeoutMs + 500);
    return reply->value_or(CdpReply{{}, text(QT_TRANSLATE_NOOP("BrowserScanner", "cancelled"))});
}

bool BrowserPhase::waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QDeadlineTimer deadline(qMax(0, timeoutMs));
    while (!done()) {
        if (deadline.hasExpired() || (m_setup.cancelled && m_setup.cancelled->load()))
            return false;
        QEventLoop loop;
        m_wait = &loop;
        // Woken by every protocol message; the short tick notices a cancel from another thread.
        QTimer::singleShot(int(qBound(qint64(0), deadline.remainingTime(), qint64(100))), &loop,
                           &QEventLoop::quit);
        loop.exec();
        m_wait = nullptr;
    }
    return true;
}

void BrowserPhase::wake()
{
    if (m_wait)
        m_wait->quit();
}

bool BrowserPhase::stopping() const
{
    return (m_setup.cancelled && m_setup.cancelled->load()) || !m_browserGone.isEmpty() ||
           m_memoryExceeded || m_deadline.hasExpired();
}

void BrowserPhase::addError(const QString &url, const QString &message)
{
    for (const UrlError &known : std::as_const(m_report.errors)) {
        if (known.url == url && known.message == message)
            return;
    }
    m_report.errors << UrlError{url, message};
    emit logLine(text(QT_TRANSLATE_NOOP("BrowserScanner", "Error on %1: %2")).arg(url, message));
}

bool BrowserPhase::sameSite(const QString &host) const
{
    return SiteScope::sameSite(host, m_siteHost);
}

int BrowserPhase::pageTimeMs() const
{
    const qint64 left = m_deadline.remainingTime();
    const int page = m_setup.options.limits.requestTimeoutMs;
    return left < 0 ? page : int(qMin<qint64>(page, qMax<qint64>(left, 1)));
}
