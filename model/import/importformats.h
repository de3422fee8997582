// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include "document/expected.h"
#include "document/policy.h"
#include "import/importresult.h"

#include <QByteArray>
#include <QList>
#include <QStringList>
#include <QUrl>

#include <functional>

class KnownCookies;

// What an import is given: a local file's bytes, or a page fetched from a URL.
// Whoever reads it (the command line reads files, standard input and URLs) fills it in.
struct ImportSource
{
    QString name; // the path or URL, for messages
    QByteArray data;
    QString contentType; // from the server, for URLs
    QUrl url;            // where a fetched page came from (after redirects)
    QString language;    // the texts' language as the user gave it, or empty to detect
    // tarteaucitron's service list (`--services tarteaucitron.services.js`), if given.
    QByteArray tarteaucitronServices;
    QString tarteaucitronServicesName;
    // The known-cookie database services without a cookie list take theirs from;
    // null for the built-in list.
    const KnownCookies *knownCookies = nullptr;
};

// Every kind of input Charte turns into a new document, in one table as
// export/exportformats has every output: `charte import` recognises its input here
// instead of asking the user what it is. Each kind sniffs the source (from its name,
// content type and bytes) and imports it; the kinds are tried in order and the
// first that recognises the source imports it, so a new kind is one row.
struct ImportFormat
{
    QString id;        // "csv", "charter", …
    const char *title; // translatable (QT_TRANSLATE_NOOP("ImportFormats", …))
    std::function<bool(const ImportSource &)> sniff;
    std::function<Expected<ImportResult>(const ImportSource &)> run;

    QString translatedTitle() const;
};

namespace ImportFormats {
// The most an import reads from a file or standard input (the inventory and charter
// readers refuse larger files too).
constexpr qint64 MaximumInputSize = qint64(256) << 20;
// In the order they are tried: the most telling first; the charter page, which
// takes any text, last.
const QList<ImportFormat> &all();
const ImportFormat *find(const QString &id);
QStringList ids();
// The first kind that recognises source, or nullptr.
const ImportFormat *sniff(const ImportSource &source);
// Imports source with the kind that recognises it. Fails with one line naming the
// source: the importer's error, or that the source is nothing Charte can import.
// The warnings name what was left out.
Expected<ImportResult> import(const ImportSource &source);
} // namespace ImportFormats
