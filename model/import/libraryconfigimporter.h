#pragma once

#include "document/expected.h"
#include "document/policy.h"

#include <QByteArray>

// Reads the JSON configuration of a consent library a site already runs into a
// Charte document (also the klaro-config.js and cc-config.js scripts Charte
// writes: the JSON inside them is found): Klaro 0.7 (services with purposes and cookie patterns) or
// vanilla-cookieconsent 3 (categories, services, cookie tables). Which library is
// told by the keys. What Charte's own exports write comes back with its
// categories, cookies and texts (the round trip the tests check); configurations
// written by hand come back with what they hold, texts with HTML tags removed.
class LibraryConfigImporter
{
public:
    enum class Library { Unknown, Klaro, CookieConsent };

    static Library detect(const QByteArray &bytes);
    static bool looksLike(const QByteArray &bytes) { return detect(bytes) != Library::Unknown; }
    // sourceName prefixes error messages.
    static Expected<Policy> import(const QByteArray &bytes, const QString &sourceName);

private:
    static Policy importKlaro(const QJsonObject &config);
    static Policy importCookieConsent(const QJsonObject &config);
};
