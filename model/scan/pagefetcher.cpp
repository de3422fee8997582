// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "scan/pagefetcher.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkReply>
#include <QSslError>

namespace {

bool isWebUrl(const QUrl &url)
{
    return url.isValid() && !url.host().isEmpty() &&
           (url.scheme() == QLatin1StringView("http") || url.scheme() == QLatin1StringView("https"));
}

} // namespace

PageFetcher::PageFetcher(QObject *parent) : QObject(parent)
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this,
            [this] { fail(tr("no complete answer within %1 s").arg(m_deadlineMs / 1000.0)); });
}

PageFetcher::~PageFetcher()
{
    stop();
}

void PageFetcher::fetch(const QUrl &url)
{
    stop();
    m_page = {};
    m_error.clear();
    m_requested = url;
    m_redirects = 0;
    m_running = true;
    if (!isWebUrl(url)) {
        // Reported from the event loop, like every other outcome.
        QTimer::singleShot(0, this,
                           [this] { fail(tr("only http and https addresses can be imported")); });
        return;
    }
    m_deadline.start(m_deadlineMs);
    start(url);
}

void PageFetcher::cancel()
{
    if (m_running)
        fail(tr("cancelled"));
}

void PageFetcher::start(const QUrl &url)
{
    m_page.url = url;
    m_page.body.clear();
    QNetworkRequest request(url);
    // Redirects are followed here, one hop at a time, so each target is checked.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(m_idleTimeout);
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QStringLiteral("Charte/%1 (cookie charter import)")
                          .arg(QCoreApplication::applicationVersion()));
    request.setRawHeader("Accept", "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5");
    m_reply = m_manager.get(request);
    connect(m_reply, &QNetworkReply::readyRead, this, &PageFetcher::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &PageFetcher::onFinished);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, [this] {
        const qint64 announced = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (announced > m_maximumSize)
            fail(tr("the page is larger than %1 KiB").arg(m_maximumSize / 1024));
    });
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64 total) {
        emit progress(received, total > 0 ? total : -1);
    });
    // Not ignored: a certificate that does not check out ends the fetch with an error.
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        QStringList reasons;
        for (const QSslError &error : errors)
            reasons << error.errorString();
        fail(tr("the TLS certificate was refused: %1").arg(reasons.join(QStringLiteral("; "))));
    });
}

void PageFetcher::onReadyRead()
{
    if (!m_reply)
        return;
    m_page.body += m_reply->readAll();
    if (m_page.body.size() > m_maximumSize)
        fail(tr("the page is larger than %1 KiB").arg(m_maximumSize / 1024));
}

void PageFetcher::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || !m_running)
        return;
    if (reply->isOpen())
        m_page.body += reply->readAll();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() != QNetworkReply::NoError && !(status >= 300 && status < 400)) {
        if (reply->error() == QNetworkReply::OperationCanceledError ||
            reply->error() == QNetworkReply::TimeoutError)
            fail(tr("the server sent nothing for %1 s").arg(m_idleTimeout / 1000.0));
        else if (status >= 400)
            fail(tr("the server answered %1 %2")
                     .arg(status)
                     .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString()));
        else
            fail(reply->errorString());
        return;
    }
    if (status >= 300 && status < 400) {
        // The raw header: relative locations ("/page") are allowed since RFC 7231.
        const QUrl location = QUrl::fromEncoded(reply->rawHeader("Location").trimmed());
        if (location.isEmpty()) {
            fail(tr("the server answered %1 without saying where to go").arg(status));
            return;
        }
        const QUrl next = reply->url().resolved(location);
        if (++m_redirects > MaximumRedirects) {
            fail(tr("more than %1 redirects").arg(MaximumRedirects));
            return;
        }
        if (!isWebUrl(next)) {
            fail(
                tr("redirected to %1, which is not an http or https address").arg(next.toString()));
            return;
        }
        reply->disconnect(this);
        reply->deleteLater();
        m_reply = nullptr;
        emit redirected(next);
        start(next);
        return;
    }
    m_page.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toString();
    m_page.url = reply->url();
    reply->disconnect(this);
    reply->deleteLater();
    m_reply = nullptr;
    m_running = false;
    m_deadline.stop();
    emit finished(true);
}

void PageFetcher::fail(const QString &message)
{
    if (!m_running)
        return;
    stop();
    m_page = {};
    m_error = m_requested.toString() + QStringLiteral(": ") + message;
    emit finished(false);
}

void PageFetcher::stop()
{
    m_running = false;
    m_deadline.stop();
    if (QNetworkReply *reply = m_reply) {
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

Expected<PageFetcher::Page> PageFetcher::fetchAndWait(const QUrl &url, qint64 maximumSize)
{
    PageFetcher fetcher;
    fetcher.setMaximumSize(maximumSize);
    QEventLoop loop;
    bool succeeded = false;
    connect(&fetcher, &PageFetcher::finished, &loop, [&](bool ok) {
        succeeded = ok;
        loop.quit();
    });
    fetcher.fetch(url);
    if (fetcher.isRunning())
        loop.exec();
    if (!succeeded)
        return Expected<Page>::failure(fetcher.errorString());
    return fetcher.page();
}
