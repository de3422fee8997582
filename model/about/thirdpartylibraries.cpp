// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "thirdpartylibraries.h"

#include <QCoreApplication>
#include <QtGlobal>

#include <cmark.h>
#include <libpsl.h>
#include <simdjson.h>
#include <unicode/uversion.h>

// simdjson gives its version as bare tokens (3.0.1), not a string.
#define CHARTE_STRINGIFY_TOKENS(tokens) #tokens
#define CHARTE_STRINGIFY(macro) CHARTE_STRINGIFY_TOKENS(macro)

const QList<ThirdPartyLibrary> &ThirdPartyLibraries::all()
{
    // Versions come from the libraries themselves where they export one (a newer
    // shared library than the one built against is what the user runs); simdjson,
    // ICU and gumbo say only what the build saw.
    static const QList<ThirdPartyLibrary> libraries = [] {
        char icuVersion[U_MAX_VERSION_STRING_LENGTH] = {};
        UVersionInfo icu = {};
        u_getVersion(icu);
        u_versionToString(icu, icuVersion);
        return QList<ThirdPartyLibrary>{
            {QStringLiteral("Qt"), QString::fromLatin1(qVersion()), QStringLiteral("LGPL-3.0-only"),
             QT_TRANSLATE_NOOP("ThirdPartyLibraries", "windows, text layout, PDF, networking")},
            {QStringLiteral("cmark"), QString::fromLatin1(cmark_version_string()),
             QStringLiteral("BSD-2-Clause AND MIT"),
             QT_TRANSLATE_NOOP("ThirdPartyLibraries", "CommonMark in charter sections")},
            {QStringLiteral("gumbo"), QStringLiteral(CHARTE_GUMBO_VERSION),
             QStringLiteral("Apache-2.0"),
             QT_TRANSLATE_NOOP("ThirdPartyLibraries",
                               "HTML parsing for the scanner and charter import")},
            {QStringLiteral("simdjson"), QString::fromLatin1(CHARTE_STRINGIFY(SIMDJSON_VERSION)),
             QStringLiteral("Apache-2.0 OR MIT"),
             QT_TRANSLATE_NOOP("ThirdPartyLibraries", "reading documents")},
            {QStringLiteral("libpsl"), QString::fromLatin1(psl_get_version()),
             QStringLiteral("MIT"),
             QT_TRANSLATE_NOOP("ThirdPartyLibraries", "registrable domains of scanned cookies")},
            {QStringLiteral("Public Suffix List"), QString(), QStringLiteral("MPL-2.0"),
             QT_TRANSLATE_NOOP("ThirdPartyLibraries", "the data libpsl reads")},
            {QStringLiteral("ICU"), QString::fromLatin1(icuVersion),
             QStringLiteral("Unicode-DFS-2016 AND ICU"),
             QT_TRANSLATE_NOOP("ThirdPartyLibraries", "country names in the interface language")},
        };
    }();
    return libraries;
}
