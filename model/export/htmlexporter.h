// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include "document/policy.h"

#include <QByteArray>

class HtmlWriter;

// The standalone HTML charter page: one language per page, sections in order with
// their Markdown rendered, one <table> per category, provider names linked to
// their privacy policies, the last-updated date, and a "Manage cookie
// preferences" button (data-charte-consent="open") that the banner script reopens.
class HtmlExporter
{
public:
    // language empty means the document's default language.
    static QByteArray exportCharter(const Policy &policy, const QString &language = {});

    // The <article> body alone (sections and tables), shared with the in-app view.
    static void writeCharterBody(HtmlWriter &html, const Policy &policy, const QString &language);

    // Cookies of a category in document order; an empty id means cookies whose
    // category is unknown.
    static QList<const Cookie *> cookiesOf(const Policy &policy, const QString &categoryId);
};
