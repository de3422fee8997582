// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "scan/sitescanner.h"

#include "format/htmlnesting.h"
#include "scan/htmllinkextractor.h"
#include "scan/setcookieparser.h"

#include <QNetworkCookieJar>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslError>

namespace {

bool isHttpScheme(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return scheme == QLatin1StringView("http") || scheme == QLatin1StringView("https");
}

bool looksLikeHtml(QNetworkReply *reply, const QByteArray &body)
{
    const QString type = reply->header(QNetworkRequest::ContentTypeHeader).toString().toLower();
    if (!type.isEmpty())
        return type.contains(QLatin1StringView("text/html")) || type.contains(QLatin1StringView("application/xhtml+xml"));
    // No Content-Type: sniff as browsers do for the common case.
    const QByteArray start = body.left(512).trimmed().toLower();
    return start.startsWith("<!doctype html") || start.startsWith("<html");
}

QString sizeText(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace

SiteScanner::SiteScanner(QObject *parent) : QObject(parent)
{
    m_manager.setAutoDeleteReplies(false);
    m_manager.setCookieJar(new QNetworkCookieJar(&m_manager));
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        if (!m_running)
            return;
        m_report.limitReached = true;
        emit logLine(tr("Time limit of %n second(s) reached: stopping.", nullptr, m_limits.totalTimeMs / 1000));
        stopAll(false);
    });
}

SiteScanner::~SiteScanner()
{
    // Replies are children of the manager; abort quietly without touching the report.
    const QList<QNetworkReply *> replies = m_inFlight.keys();
    m_inFlight.clear();
    for (QNetworkReply *reply : replies) {
        reply->disconnect(this);
        reply->abort();
        delete reply;
    }
}

bool SiteScanner::start(const QUrl &url)
{
    if (m_active)
        return false;
    m_report = ScanReport();
    m_report.origin = ScanReport::Origin::Crawl;
    m_report.startUrl = url.toString();
    m_queue.clear();
    m_seen.clear();
    m_pagesQueued = m_resourcesQueued = m_pagesDone = 0;
    m_manager.setCookieJar(new QNetworkCookieJar(&m_manager)); // a first visit: no cookies yet
    if (!url.isValid() || !isHttpScheme(url) || url.host().isEmpty()) {
        addError(url, tr("not an http or https URL: not scanned"));
        return false;
    }
    m_startHost = url.host().toLower();
    m_running = true;
    m_active = true;
    m_deadline.start(m_limits.totalTimeMs);
    emit logLine(tr("Scanning %1 (at most %n page(s)).", nullptr, m_limits.maxPages).arg(url.toString()));
    enqueue(url, Kind::Page, 0);
    pump();
    return true;
}

void SiteScanner::cancel()
{
    if (!m_active)
        return;
    emit logLine(tr("Cancelled."));
    stopAll(true);
}

bool SiteScanner::isSameSite(const QUrl &url) const
{
    return SiteScope::sameSite(url.host(), m_startHost);
}

QUrl SiteScanner::normalised(const QUrl &url)
{
    QUrl result = url.adjusted(QUrl::RemoveFragment | QUrl::NormalizePathSegments);
    if (result.path().isEmpty())
        result.setPath(QStringLiteral("/"));
    result.setHost(result.host().toLower());
    return result;
}

void SiteScanner::enqueue(const QUrl &rawUrl, Kind kind, int depth)
{
    const QUrl url = normalised(rawUrl);
    if (m_seen.contains(url))
        return;
    const bool sameSite = isSameSite(url);
    if (kind == Kind::Page && !sameSite && m_limits.sameSiteOnly)
        return; // a link to another site is not part of this site's visit
    if (kind == Kind::Page) {
        if (depth > m_limits.maxDepth) {
            m_report.limitReached = true;
            return;
        }
        if (m_pagesQueued >= m_limits.maxPages) {
            if (!m_report.limitReached)
                emit logLine(tr("Page limit of %n page(s) reached: further links are not followed.", nullptr,
                                m_limits.maxPages));
            m_report.limitReached = true;
            return;
        }
        ++m_pagesQueued;
    } else {
        if (m_resourcesQueued >= m_limits.maxSubresources) {
            m_report.limitReached = true;
            return;
        }
        ++m_resourcesQueued;
    }
    m_seen.insert(url);
    Job job;
    job.url = url;
    job.kind = kind;
    job.depth = depth;
    job.requestedAs = url;
    m_queue.enqueue(job);
}

void SiteScanner::pump()
{
    while (m_running && !m_queue.isEmpty() && m_inFlight.size() < std::max(1, m_limits.concurrency))
        send(m_queue.dequeue());
    emit progress(m_pagesDone, m_pagesQueued);
    finishIfIdle();
}

void SiteScanner::send(const Job &job)
{
    QNetworkRequest request(job.url);
    // Redirects are followed here, hop by hop, to see each hop's Set-Cookie and scheme.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setMaximumRedirectsAllowed(0);
    // Idle timeout from Qt; the whole-request deadline below catches slow drips.
    request.setTransferTimeout(m_limits.requestTimeoutMs);
    request.setHeader(QNetworkRequest::UserAgentHeader, m_userAgent);
    request.setRawHeader("Accept", job.kind == Kind::Page
                                       ? QByteArrayLiteral("text/html,application/xhtml+xml;q=0.9,*/*;q=0.8")
                                       : QByteArrayLiteral("*/*"));
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);

    if (!isSameSite(job.url))
        m_report.addThirdPartyHost(job.url.host());

    QNetworkReply *reply = m_manager.get(request);
    InFlight state;
    state.job = job;
    m_inFlight.insert(reply, state);
    connect(reply, &QNetworkReply::readyRead, this, [this, reply] { onReadyRead(reply); });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onFinished(reply); });
    connect(reply, &QNetworkReply::sslErrors, this, [this, reply](const QList<QSslError> &errors) {
        // Never ignored: the request fails, and each reason is logged.
        for (const QSslError &error : errors)
            emit logLine(tr("TLS error on %1: %2").arg(reply->url().toString(), error.errorString()));
    });
    QTimer::singleShot(m_limits.requestTimeoutMs, reply, [this, reply] {
        auto it = m_inFlight.find(reply);
        if (it == m_inFlight.end())
            return;
        it->timedOut = true;
        reply->abort();
    });
}

void SiteScanner::onReadyRead(QNetworkReply *reply)
{
    auto it = m_inFlight.find(reply);
    if (it == m_inFlight.end())
        return;
    const QByteArray chunk = reply->readAll();
    it->bytes += chunk.size();
    if (it->job.kind == Kind::Page)
        it->body += chunk.left(std::max<qint64>(0, m_limits.maxBytesPerResponse - it->body.size()));
    if (it->bytes > m_limits.maxBytesPerResponse && !it->tooLarge) {
        it->tooLarge = true;
        reply->abort();
    }
}

void SiteScanner::recordCookies(QNetworkReply *reply, const QUrl &url)
{
    QList<QByteArray> values;
    const QList<QNetworkReply::RawHeaderPair> &pairs = reply->rawHeaderPairs();
    for (const QNetworkReply::RawHeaderPair &pair : pairs) {
        if (pair.first.compare("set-cookie", Qt::CaseInsensitive) == 0)
            values << pair.second;
    }
    if (values.isEmpty())
        return;
    const QDateTime received = QDateTime::currentDateTimeUtc();
    for (const SetCookie &parsed : SetCookieParser::parseAll(values, url)) {
        if (parsed.malformed || parsed.rejected) {
            m_report.refusedCookies << RefusedCookie{parsed.raw, parsed.problem, parsed.malformed, url.toString()};
            emit logLine(tr("Cookie refused on %1: %2 (%3)").arg(url.toString(), parsed.problem, parsed.raw));
            continue;
        }
        if (parsed.isDeletion(received))
            continue; // deleting a cookie stores nothing
        ObservedCookie cookie = ObservedCookie::fromHeader(parsed, received);
        cookie.party =
            SiteScope::sameSite(cookie.domain, m_startHost) ? Party::First : Party::Third;
        cookie.firstSeenUrl = url.toString();
        const qsizetype before = m_report.cookies.size();
        m_report.addCookie(cookie);
        if (m_report.cookies.size() > before)
            emit logLine(tr("Cookie %1 (%2) set by %3").arg(cookie.name, cookie.domain, url.toString()));
    }
}

void SiteScanner::addError(const QUrl &url, const QString &message)
{
    m_report.errors << UrlError{url.toString(), message};
    emit logLine(tr("Error on %1: %2").arg(url.toString(), message));
}

void SiteScanner::onFinished(QNetworkReply *reply)
{
    auto it = m_inFlight.find(reply);
    if (it == m_inFlight.end())
        return;
    InFlight state = std::move(*it);
    m_inFlight.erase(it);
    reply->deleteLater();
    if (state.job.kind == Kind::Page && reply->isOpen())
        state.body += reply->readAll().left(std::max<qint64>(0, m_limits.maxBytesPerResponse - state.body.size()));

    const Job &job = state.job;
    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const bool gotResponse = statusAttribute.isValid();
    const int status = statusAttribute.toInt();
    if (gotResponse) {
        ++m_report.requests;
        recordCookies(reply, job.url);
    }

    const bool isStart = job.kind == Kind::Page && job.depth == 0;
    bool followed = false;
    // Qt's idle timeout (setTransferTimeout) ends a silent request as "cancelled"
    // while the crawl still runs: that is a timeout too.
    if (reply->error() == QNetworkReply::OperationCanceledError && m_running && !state.tooLarge)
        state.timedOut = true;
    if (state.timedOut) {
        addError(job.url, tr("no complete answer within %n second(s): stopped", nullptr,
                             std::max(1, m_limits.requestTimeoutMs / 1000)));
    } else if (state.tooLarge) {
        addError(job.url, tr("response larger than %1: stopped").arg(sizeText(m_limits.maxBytesPerResponse)));
    } else if (reply->error() == QNetworkReply::OperationCanceledError && !m_running) {
        // cancelled or out of time: already logged once for the whole crawl
    } else if (status >= 300 && status < 400 && reply->hasRawHeader("Location")) {
        const QUrl target = job.url.resolved(QUrl::fromEncoded(reply->rawHeader("Location")));
        if (!isHttpScheme(target)) {
            addError(job.url, tr("redirect to a non-http(s) URL (%1) not followed").arg(target.toString()));
        } else if (job.redirects >= m_limits.maxRedirects) {
            addError(job.requestedAs, tr("more than %n redirect(s): stopped", nullptr, m_limits.maxRedirects));
        } else if (m_running) {
            if (isStart && job.redirects == 0)
                m_report.startFetched = true; // it answered; where it leads is judged hop by hop
            Job next = job;
            next.url = normalised(target);
            next.redirects = job.redirects + 1;
            emit logLine(tr("Redirect %1 → %2").arg(job.url.toString(), next.url.toString()));
            if (isStart && !isSameSite(next.url)) {
                // The start page moved to another domain: the site is where a visitor lands.
                m_startHost = next.url.host().toLower();
                emit logLine(tr("The site is now %1.").arg(m_startHost));
            } else if (job.kind == Kind::Page && m_limits.sameSiteOnly && !isSameSite(next.url)) {
                next.kind = Kind::Resource; // a redirect to another site leaves the crawl scope
            }
            m_seen.insert(next.url);
            m_queue.prepend(next);
            followed = next.kind == job.kind; // the page is done when its last hop is
        }
    } else if (reply->error() != QNetworkReply::NoError && !gotResponse) {
        QString message = reply->errorString();
        if (reply->error() == QNetworkReply::SslHandshakeFailedError)
            message = tr("TLS: %1").arg(message);
        addError(job.url, message);
    } else {
        if (isStart)
            m_report.startFetched = true;
        if (status >= 400)
            addError(job.url, tr("HTTP status %1").arg(status));
        else if (reply->error() != QNetworkReply::NoError)
            addError(job.url, reply->errorString()); // e.g. the connection broke mid-body
        const bool inScope = isSameSite(job.url) || !m_limits.sameSiteOnly;
        if (job.kind == Kind::Page && status < 400 && inScope && looksLikeHtml(reply, state.body)) {
            const HtmlLinks links = HtmlLinkExtractor::extract(state.body, job.url);
            if (links.refusedDepth > 0)
                addError(job.url,
                         tr("nested %1 levels deep, more than the %2 Charte reads; page skipped")
                             .arg(links.refusedDepth)
                             .arg(HtmlNesting::MaximumDepth));
            else
                ++m_report.pagesCrawled;
            m_report.skippedLinks += links.skipped;
            for (const QUrl &url : links.subresources)
                enqueue(url, Kind::Resource, job.depth + 1);
            for (const QUrl &url : links.frames) {
                // Frames from other sites load with the page, like subresources; their
                // own links are not crawled.
                const bool follow = isSameSite(url) || !m_limits.sameSiteOnly;
                enqueue(url, follow ? Kind::Page : Kind::Resource, job.depth + 1);
            }
            for (const QUrl &url : links.pages)
                enqueue(url, Kind::Page, job.depth + 1);
        }
    }
    if (job.kind == Kind::Page && !followed)
        ++m_pagesDone;
    pump();
}

void SiteScanner::stopAll(bool cancelled)
{
    m_report.cancelled = m_report.cancelled || cancelled;
    m_running = false;
    m_queue.clear();
    const QList<QNetworkReply *> replies = m_inFlight.keys();
    for (QNetworkReply *reply : replies)
        reply->abort(); // onFinished runs for each, synchronously
    finishIfIdle();
}

void SiteScanner::finishIfIdle()
{
    if (!m_active || !m_inFlight.isEmpty() || (m_running && !m_queue.isEmpty()))
        return;
    m_active = false;
    m_running = false;
    m_deadline.stop();
    emit logLine(tr("Done: %1 page(s), %2 request(s), %3 cookie(s), %4 third-party host(s), %5 error(s).")
                     .arg(m_report.pagesCrawled)
                     .arg(m_report.requests)
                     .arg(m_report.cookies.size())
                     .arg(m_report.thirdPartyHosts.size())
                     .arg(m_report.errors.size()));
    emit finished();
}
