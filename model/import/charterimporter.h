// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include "document/expected.h"
#include "document/policy.h"
#include "import/inventoryimporter.h"

#include <QByteArray>
#include <QDate>
#include <QUrl>

// What importing an existing charter page gives: its sections in order (a
// section whose content held a cookie table becomes a cookie-table section of the
// category its heading names) and the cookies of those tables.
struct CharterImport
{
    QString title;    // the page's title
    QString language; // the language the texts were stored in
    QString encoding; // how the bytes were decoded
    QList<CharterSection> sections;
    InventoryImport inventory;
    int ignoredTables = 0; // tables that are not about cookies (browsers' settings …)
    QList<QStringList> ignoredHeaders; // the first row of each of those tables
    QDate lastUpdated;                 // the page's "last updated" / "mise à jour" date
    QStringList warnings;              // rows left out, guesses made

    // Appends sections, providers, categories and cookies to policy.
    void mergeInto(Policy &policy) const;
};

// A page to import: a local file's or a fetched page's bytes.
struct CharterSource
{
    QByteArray data;
    QString name;        // file path or URL, for messages
    QString contentType; // the server's Content-Type, if any
    QUrl baseUrl;        // where relative links point to
    QString language;    // forced language of the texts; empty to detect
};

namespace CharterImporter {
constexpr qint64 MaximumFileSize = qint64(32) << 20;

bool looksLikeHtml(const CharterSource &source);
// BOM, then the declared charset (Content-Type, <meta charset>), then UTF-8 if the
// bytes are valid UTF-8, else Windows-1252.
QString decode(const CharterSource &source, bool html, QString *encoding = nullptr);
// Fails (one line naming the source) for binary data or a page without a charter.
// context: the document the result will join (ids stay unique, providers reused).
Expected<CharterImport> import(const CharterSource &source, const Policy &context);
Expected<CharterImport> importFile(const QString &path, const Policy &context,
                                   const QString &language = {});
} // namespace CharterImporter
