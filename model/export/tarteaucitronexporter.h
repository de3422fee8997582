// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include "document/expected.h"
#include "document/policy.h"
#include "export/exportoptions.h"

// A configuration script for tarteaucitron 1.x (AmauriC/tarteaucitron.js), to
// include after tarteaucitron.js. tarteaucitron's services are JavaScript objects
// with js() functions, so this export is always a script: one service per
// provider and category (key "provider-category"), whose js() runs the page's
// <script type="text/plain" data-tarteaucitron="KEY"> elements; the document's
// texts replace the library's own through tarteaucitronCustomText.
//
// tarteaucitron builds its markup by concatenation, so every text is HTML-escaped;
// the data sits in the script as HtmlSafe JSON and the code around it is constant.
namespace TarteaucitronExporter {
Expected<ExportResult> run(const Policy &policy, const ExportOptions &options);
// tarteaucitron's service type ("analytic", "ads", …) for each category with services.
QMap<QString, QString> categoryTypes(const Policy &policy, QStringList *warnings);
} // namespace TarteaucitronExporter
