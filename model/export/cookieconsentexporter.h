// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include "document/expected.h"
#include "document/policy.h"
#include "export/exportoptions.h"

// A configuration for vanilla-cookieconsent 3 (orestbida/cookieconsent).
// By default a small script to include after cookieconsent.umd.js: it holds the
// configuration, turns the document's pattern cookies into RegExp autoClear
// entries (JSON cannot hold a RegExp) and calls CookieConsent.run() itself. When
// the output name ends in .json, the bare configuration is written instead and
// the pattern cookies it cannot carry are listed as warnings.
//
// Every text goes through innerHTML in the library, so texts are HTML-escaped
// first; the JSON is written with Escaping::HtmlSafe so that no text can end a
// <script> element either.
namespace CookieConsentExporter {
Expected<ExportResult> run(const Policy &policy, const ExportOptions &options);
// The configuration object alone; warnings receive the pattern cookies JSON cannot clear.
QByteArray configJson(const Policy &policy, const QString &startLanguage, QStringList *warnings);
QByteArray script(const Policy &policy, const QString &startLanguage, QStringList *warnings);
} // namespace CookieConsentExporter
