// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include "support/loopbackhttpserver.h"

#include <QString>

// A two-page loopback site with Charte's own banner, for the tests of the scan's report
// (command line and Scan page), kept apart from the engine's richer test site so that
// each can grow without breaking the other. What it stores, and when:
// - always: `sid` (Set-Cookie, HttpOnly), `pref_lang` (document.cookie from an inline
//   script) and the localStorage key `ui_theme`: all exempt in consentSitePolicy();
// - on "Accept" (data-charte-action=accept-all): `consent=all`, then the statistics
//   cookie `_stats`, on every later page too;
// - on "Refuse" (data-charte-action=reject-all): `consent=none`; when the site leaks,
//   `_stats` all the same, 300 ms later.
class LeakingBannerSite
{
public:
    using Response = LoopbackHttpServer::Response;

    explicit LeakingBannerSite(bool leaks)
    {
        m_site.listen(QHostAddress::LocalHost);
        const QByteArray banner = "<div id=banner style='position:fixed;bottom:0;left:0;right:0;"
                                  "background:#223;color:#fff;padding:1em'>We use cookies. "
                                  "<button data-charte-action=reject-all>Refuse all</button> "
                                  "<button data-charte-action=accept-all>Accept all</button></div>"
                                  "<script src=/banner.js></script>";
        const QByteArray always = "<script>document.cookie = 'pref_lang=fr; Path=/; Max-Age=3600';"
                                  "localStorage.setItem('ui_theme', 'dark');</script>";
        m_site.route("/", Response::html("<!doctype html><html><head><title>Home</title>" + always +
                                             "</head><body><h1>Home</h1><a href=/page2>Two</a>" + banner +
                                             "</body></html>",
                                         {{"Set-Cookie", "sid=abc123; Path=/; HttpOnly; SameSite=Lax"}}));
        m_site.route("/page2", Response::html("<!doctype html><html><head><title>Two</title>" + always +
                                              "</head><body><h1>Two</h1><a href=/>Home</a>" + banner +
                                              "</body></html>"));
        const QByteArray leak =
            leaks ? "setTimeout(function () { document.cookie = '_stats=1; Path=/; Max-Age=86400'; }, 300);" : "";
        m_site.route("/banner.js",
                     Response::make(200, {{"Content-Type", "text/javascript"}},
                                    "(function () {\n"
                                    "  var stored = /(?:^|; )consent=(\\w+)/.exec(document.cookie);\n"
                                    "  var banner = document.getElementById('banner');\n"
                                    "  function stats() { document.cookie = '_stats=1; Path=/; Max-Age=86400'; }\n"
                                    "  if (stored) { banner.remove(); if (stored[1] === 'all') stats(); return; }\n"
                                    "  banner.querySelector('[data-charte-action=reject-all]').onclick = function () {\n"
                                    "    document.cookie = 'consent=none; Path=/; Max-Age=15552000'; banner.remove(); " +
                                        leak +
                                        "\n  };\n"
                                        "  banner.querySelector('[data-charte-action=accept-all]').onclick = function () {\n"
                                        "    document.cookie = 'consent=all; Path=/; Max-Age=15552000'; banner.remove(); "
                                        "stats();\n  };\n"
                                        "})();\n"));
    }

    QUrl url(const QString &path = QStringLiteral("/")) const { return m_site.url(path); }

private:
    LoopbackHttpServer m_site;
};
