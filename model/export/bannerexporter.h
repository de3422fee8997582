// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include "document/expected.h"
#include "document/policy.h"
#include "export/exportoptions.h"

#include <QByteArray>

// The consent banner bundle a website includes: charte-consent.js (the behaviour from
// resources/banner with the document's configuration embedded), charte-consent.css
// (the document's colours in front of the shared stylesheet) and demo.html (the
// charter page with the banner wired in and gated sample scripts to try it).
class BannerExporter
{
public:
    static Expected<ExportResult> exportBundle(const Policy &policy, const ExportOptions &options);

    // The configuration the script reads, as compact JSON with < > & escaped, so
    // nothing in the document can close the script or start markup.
    // Layer::ManageOnly: no first layer, only the preferences the "manage cookies"
    // entry point opens (for a document where nothing needs consent).
    enum class Layers { Both, ManageOnly };
    static QByteArray configJson(const Policy &policy, QStringList *warnings = nullptr,
                                 Layers layers = Layers::Both);
    static Expected<QByteArray> script(const Policy &policy, QStringList *warnings = nullptr,
                                       Layers layers = Layers::Both);
    // False when no cookie of an optional category needs consent: a banner would ask
    // Accept/Reject about nothing.
    static bool hasAnythingToAsk(const Policy &policy);
    static QByteArray stylesheet(const Policy &policy);
    static QByteArray demoPage(const Policy &policy, const QString &language);

    // The Google Consent Mode v2 signals a category grants: its own list, else the
    // usual ones for the well-known ids (docs/compliance-rules.md).
    static QStringList consentModeSignals(const Category &category);
    // Categories that Global Privacy Control refuses: advertising and tracking.
    static bool isAdvertising(const Category &category);
    // Whether the banner can send choices to url: http(s) with a host, or a path on the
    // site itself ("/consent-log"). Anything else is left out of the bundle.
    static bool isConsentLogUrl(const QString &url);
    // Words the bundle adds in the visitor's language, shared with the in-app preview.
    static QString preferencesTitle(const QString &language);
    static QString alwaysOnLabel(const QString &language);
    // What the banner says when it honours a Global Privacy Control signal.
    static QString gpcNote(const QString &language);

    static constexpr QLatin1StringView scriptName{"charte-consent.js"};
    static constexpr QLatin1StringView stylesheetName{"charte-consent.css"};
    static constexpr QLatin1StringView demoName{"demo.html"};
    static constexpr QLatin1StringView sampleName{"demo-sample.js"};
};
