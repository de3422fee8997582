// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include "document/expected.h"
#include "document/policy.h"
#include "export/exportoptions.h"

// A configuration for Klaro 0.7 (kiprotect/klaro). By default a script that sets
// window.klaroConfig, to include before klaro.js; an output name ending in .json
// gives the bare configuration. Klaro takes a cookie pattern as a string starting
// with "^", so both forms carry the same content.
//
// Klaro renders texts as text (htmlTexts stays false), so they are not
// HTML-escaped; the JSON is written with Escaping::HtmlSafe for <script>.
namespace KlaroExporter {
Expected<ExportResult> run(const Policy &policy, const ExportOptions &options);
QByteArray configJson(const Policy &policy, const QString &startLanguage, QStringList *warnings);
// The hidden required service that carries the revision ("charte-revision-3").
QString revisionServiceName(int revision);
// The string Klaro reads back as the cookie's pattern.
QString cookiePattern(const Cookie &cookie);
} // namespace KlaroExporter
