// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include "document/policy.h"

#include <QByteArray>

#include <functional>

class HtmlWriter;

// A shortened charter body for an on-screen preview of a huge inventory: each
// cookie table lists its first rowsPerTable cookies, then a paragraph with
// moreText(how many follow). 0 rows means no limit; the exports never set one.
struct CharterPreviewLimit
{
    qsizetype rowsPerTable = 0;
    std::function<QString(qsizetype)> moreText;
};

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
    static void writeCharterBody(HtmlWriter &html, const Policy &policy, const QString &language,
                                 const CharterPreviewLimit &limit = {});

    // Cookies of a category in document order; an empty id means cookies whose
    // category is unknown.
    static QList<const Cookie *> cookiesOf(const Policy &policy, const QString &categoryId);
};
