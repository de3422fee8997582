// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include "support/loopbackhttpserver.h"

#include <QString>

// A small site on loopback for the browser-scan tests and benchmark, served by two
// LoopbackHttpServers: the site itself on http://127.0.0.1:PORT and a "third party" on
// http://localhost:PORT2. Two different hosts, and two different sites for the browser
// and for SiteScope: "localhost" is itself a public suffix and an IP address only
// matches itself. 127.0.0.1 is the first party because Chromium stores cookies for an
// IP host (host-only) like for any other host.
//
// What the site does, each once, so each observation has one place to come from:
// - `/` sets `sid` by a Set-Cookie header, loads /js/first.js (writes `js_first` by
//   document.cookie), the third party's /tracker.js (writes `tp_script`, a first-party
//   cookie written by a third-party script), writes the localStorage key `ls_key`, the
//   sessionStorage key `ss_key` and the IndexedDB database `site_db` from an inline
//   script, embeds the third party's /frame.html (which writes its own cookie
//   `tp_frame` and localStorage key `tp_ls`), and shows a consent banner.
// - the banner (/js/banner.js, Charte's data-charte-action controls): "Accept" stores
//   consent=all and writes the statistics cookie `_stats`; "Refuse" stores
//   consent=none and, when the site leaks, still writes `_stats` 300 ms later (the
//   honest site reloads the page instead). Every page writes `_stats` when consent=all
//   was stored.
// - `/page2` and `/page3`, linked from `/`, so the scan browses more than one page.
// - /js/first.js also writes `automation` when the browser says it is headless or
//   automated, which a visitor's browser never does.
class ConsentTestSite
{
public:
    using Response = LoopbackHttpServer::Response;

    explicit ConsentTestSite(bool leaks)
    {
        m_third.listen(QHostAddress::LocalHost);
        m_site.listen(QHostAddress::LocalHost);
        const QByteArray third = "http://localhost:" + QByteArray::number(m_third.url().port());

        const QByteArray banner =
            "<div id=banner "
            "style='position:fixed;bottom:0;left:0;right:0;background:#eee;padding:1em'>"
            "We use cookies. <button data-charte-action=reject-all>Refuse</button> "
            "<button data-charte-action=accept-all>Accept</button></div>";
        const QByteArray scripts = "<script src=/js/banner.js></script>";
        m_site.route(
            "/",
            Response::html("<!doctype html><html><head><title>Home</title>"
                           "<script src=/js/first.js></script>"
                           "<script src=" +
                               third +
                               "/tracker.js></script>"
                               "<script>localStorage.setItem('ls_key', 'hello'); "
                               "sessionStorage.setItem('ss_key', 'abc');"
                               "indexedDB.open('site_db');</script></head><body>"
                               "<h1>Home</h1><a href=/page2>Two</a> <a href='/page3#top'>Three</a> "
                               "<a href='mailto:dpo@example.org'>Mail</a>"
                               "<iframe src=" +
                               third + "/frame.html width=200 height=100></iframe>" + banner +
                               scripts + "</body></html>",
                           {{"Set-Cookie", "sid=abc123; Path=/; HttpOnly; SameSite=Lax"}}));
        for (const QByteArray &page : {QByteArray("/page2"), QByteArray("/page3")}) {
            m_site.route(page, Response::html("<!doctype html><html><head><title>" + page +
                                              "</title></head><body>"
                                              "<a href=/>Home</a> <a href=/page2>Two</a>" +
                                              banner + scripts + "</body></html>"));
        }
        m_site.route(
            "/js/first.js",
            Response::make(200, {{"Content-Type", "text/javascript"}},
                           "document.cookie = 'js_first=1; Path=/; Max-Age=3600';"
                           // What a visitor's browser would not say.
                           "if (/Headless/.test(navigator.userAgent) || navigator.webdriver)"
                           "  document.cookie = 'automation=1; Path=/';"));
        // The honest banner reloads the page to apply the refusal, as many do.
        const QByteArray refuseLeak = leaks ? "setTimeout(function () { document.cookie = "
                                              "'_stats=1; Path=/; Max-Age=86400'; }, 300);"
                                            : "location.reload();";
        m_site.route(
            "/js/banner.js",
            Response::make(
                200, {{"Content-Type", "text/javascript"}},
                "(function () {\n"
                "  var stored = /(?:^|; )consent=(\\w+)/.exec(document.cookie);\n"
                "  var banner = document.getElementById('banner');\n"
                "  function stats() { document.cookie = '_stats=1; Path=/; Max-Age=86400'; }\n"
                "  if (stored) { banner.remove(); if (stored[1] === 'all') stats(); return; }\n"
                "  "
                "banner.querySelector('[data-charte-action=reject-all]').addEventListener('click', "
                "function () {\n"
                "    document.cookie = 'consent=none; Path=/; Max-Age=15552000'; "
                "banner.remove();\n    " +
                    refuseLeak +
                    "\n"
                    "  });\n"
                    "  "
                    "banner.querySelector('[data-charte-action=accept-all]').addEventListener('"
                    "click', function () {\n"
                    "    document.cookie = 'consent=all; Path=/; Max-Age=15552000'; "
                    "banner.remove(); stats();\n"
                    "  });\n"
                    "})();\n"));
        m_third.route("/tracker.js",
                      Response::make(200, {{"Content-Type", "text/javascript"}},
                                     "document.cookie = 'tp_script=1; Path=/; Max-Age=600';"));
        m_third.route(
            "/frame.html",
            Response::html("<!doctype html><html><body>Ad"
                           "<script>document.cookie = 'tp_frame=1; Path=/; Max-Age=600; "
                           "SameSite=None; Secure; Partitioned';"
                           "localStorage.setItem('tp_ls', 'xyz');</script></body></html>"));
    }

    QUrl url(const QString &path = QStringLiteral("/")) const { return m_site.url(path); }
    QString thirdPartyOrigin() const
    {
        return QStringLiteral("http://localhost:%1").arg(m_third.url().port());
    }
    LoopbackHttpServer &site() { return m_site; }
    LoopbackHttpServer &thirdParty() { return m_third; }

private:
    LoopbackHttpServer m_site;
    LoopbackHttpServer m_third;
};
