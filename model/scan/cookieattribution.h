// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include "scan/scanreport.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

// Who wrote each cookie found in the browser's store: a Set-Cookie response header
// (seen in Network.responseReceivedExtraInfo) or a script (seen by the init script that
// wraps the document.cookie setter and cookieStore.set, reported through a binding).
// It turns a cookie of Storage.getCookies into an ObservedCookie: attributes, lifetime
// counted from when it was written, value length (never the value), party, setBy and
// the writing script's URL. Why a class of its own: the attribution rules (a header
// wins when it came first, a script write is matched by name and by the writing
// frame's host) are tested without a browser.
class CookieAttribution
{
public:
    // The binding the init script calls, and the script itself (for
    // Page.addScriptToEvaluateOnNewDocument in every frame).
    static QString bindingName();
    static QString initScript();

    // Every cookie line of one response's Set-Cookie headers that a browser would store.
    void recordHeaders(const QString &setCookieHeaders, const QUrl &responseUrl,
                       const QDateTime &when);
    // One payload of the binding: {"name", "script", "frame"}.
    void recordScriptWrite(const QString &payload, const QDateTime &when);

    // One entry of Storage.getCookies' `cookies`, as observed while visiting pageUrl
    // of the site `siteHost`, read at `now`.
    ObservedCookie observe(const QJsonObject &cookie, const QString &pageUrl,
                           const QString &siteHost, const QDateTime &now) const;

    int headerWrites() const { return int(m_headers.size()); }
    int scriptWrites() const { return int(m_scripts.size()); }

private:
    struct Write
    {
        QString name;
        QString domain; // headers: where it is stored; scripts: the writing frame's host
        QString path;   // headers only
        QString scriptUrl;
        QDateTime when;
        qint64 order = 0;
        bool byScript = false;
    };

    QList<Write> m_headers;
    QList<Write> m_scripts;
    qint64 m_order = 0;
};
