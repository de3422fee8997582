// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include "document/expected.h"
#include "document/policy.h"
#include "import/importresult.h"

#include <QByteArray>

class KnownCookies;
struct JsCapture;

// Reads the configuration of a consent library a site already runs into a Charte
// document: Klaro (services with purposes and cookie patterns), vanilla-cookieconsent
// 3 (categories, services, cookie tables) or tarteaucitron (the services pushed to
// tarteaucitron.job). Configurations are JavaScript as sites write them (unquoted
// keys, comments, RegExp literals, functions) and are run in JsConfigSandbox; a
// bare JSON object is read the same way. What Charte's own exports write comes back
// with its categories, cookies and texts (the round trip the tests check).
//
// Every service becomes a provider. A service whose cookies the configuration does
// not list takes them from the known-cookie database (the built-in list, or the
// file given), else it is listed without cookies and a warning says so.
class LibraryConfigImporter
{
public:
    enum class Library { Unknown, Klaro, CookieConsent, Tarteaucitron };

    struct Options
    {
        // tarteaucitron's own service list (tarteaucitron.services.js), which holds
        // each service's cookies; empty to use the known-cookie database only.
        QByteArray tarteaucitronServices;
        QString tarteaucitronServicesName;
        const KnownCookies *database = nullptr; // null: the built-in list
    };

    // From the text alone, without running it (the import registry's sniffing).
    static Library detect(const QByteArray &bytes);
    static bool looksLike(const QByteArray &bytes) { return detect(bytes) != Library::Unknown; }
    // sourceName prefixes error messages and warnings.
    static Expected<ImportResult> import(const QByteArray &bytes, const QString &sourceName,
                                         const Options &options);
    static Expected<ImportResult> import(const QByteArray &bytes, const QString &sourceName);
};
