// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

// What the checks produce: one finding per problem, with the rule that found it,
// where it is and what to do about it. The document checker (compliance/) and the
// scan rules (scan/) share this one type, so a severity, a count or a report line
// means the same in `charte check` and `charte scan`. It lives with the checker,
// which makes most findings; scan/ includes it (scan → compliance) and nothing in
// compliance/ includes scan/, so the folders stay free of cycles.

enum class Severity { Error, Warning, Info };

namespace SeverityKeys {
QString toString(Severity severity); // "error", "warning", "info": stable, never translated
std::optional<Severity> fromString(const QString &key);
} // namespace SeverityKeys

// A message in English and French. The checker's messages are written in both
// languages in the code itself, so `charte check --lang fr` prints French without a
// compiled translation, and the report can hold both for the JSON output.
struct TwoLanguageText
{
    QString en;
    QString fr;

    // French for "fr*", English otherwise.
    QString text(const QString &language) const;
    TwoLanguageText arg(const QString &value) const { return {en.arg(value), fr.arg(value)}; }
    TwoLanguageText arg(qint64 value) const { return arg(QString::number(value)); }
    TwoLanguageText arg(const QString &a, const QString &b) const
    {
        return {en.arg(a, b), fr.arg(a, b)};
    }

    friend bool operator==(const TwoLanguageText &, const TwoLanguageText &) = default;
};

// The words a person reads for a severity: one vocabulary in every report and in
// the window (Issues dock, its groups, status bar, scan page): error, warning, note —
// SARIF's levels. "info" stays the stable key of the JSON reports.
namespace SeverityWords {
TwoLanguageText name(Severity severity);    // "Warning" / "Avertissement"
TwoLanguageText heading(Severity severity); // "Warnings" / "Avertissements"
// "1 error", "0 notes"; in French "0 erreur", "2 remarques".
QString counted(Severity severity, qsizetype count, const QString &language);
// "2 errors, 1 warning, 0 notes".
QString summary(qsizetype errors, qsizetype warnings, qsizetype notes, const QString &language);
} // namespace SeverityWords

// Where a finding points. `index` is the position in the document's list for
// cookies, categories, providers and sections (-1 for the banner and the document);
// `id` is the cookie name, category id, provider id or section id, so a report stays
// readable and a suppression stays attached when rows move; `field` is the JSON
// member ("lifetime", "rejectAll", "consentLifetimeDays", "publisherName").
// A scan finding also says where on the site: `domain` and `url` (see siteCookie
// and siteHost); document checks leave them empty.
struct Cookie;
struct Policy;

struct FindingPlace
{
    enum class Kind { Document, Cookie, Category, Provider, Banner, Section };

    Kind kind = Kind::Document;
    qsizetype index = -1;
    QString id;
    QString field;
    QString language; // set when the finding is about one translation
    QString domain;   // the cookie's domain or the host, as the scan saw it
    QString url;      // the page it was first seen on, when known
    // A scan finding: the consent phase it was seen in ("before", "after-reject",
    // "after-accept", the keys of scan/scanreport.h's toString(ConsentPhase)); empty
    // when it belongs to no one phase (a declared cookie never seen) or to a document check.
    QString phase;
    // How a person reads `id` when it differs: a cookie family is "_pk_id.*" (see
    // document/cookiename.h) while `id`, the key suppressions match, stays "_pk_id.".
    QString label;

    static FindingPlace document(const QString &field = {});
    static FindingPlace cookie(qsizetype index, const QString &name, const QString &field = {});
    static FindingPlace cookie(qsizetype index, const Cookie &cookie, const QString &field = {});
    static FindingPlace category(qsizetype index, const QString &id, const QString &field = {});
    static FindingPlace provider(qsizetype index, const QString &id, const QString &field = {});
    static FindingPlace banner(const QString &field);
    static FindingPlace section(qsizetype index, const QString &id, const QString &field = {});
    // A cookie the scan saw or expected: its row in the inventory (-1 when no row
    // declares it), its name, its domain and where it was seen.
    static FindingPlace siteCookie(qsizetype declaredIndex, const QString &name,
                                   const QString &domain, const QString &url = {});
    // A declared row the scan expected: named as the grid names it ("_pk_id.*").
    static FindingPlace siteCookie(qsizetype declaredIndex, const Cookie &declared);
    // A host the site contacts: no place in the document, so the whole document.
    static FindingPlace siteHost(const QString &host);

    static QString kindKey(Kind kind); // "cookie", "category", …: stable, never translated
    // Where it is, as a person reads it: "cookie _ga (row 3), lifetime" / "cookie _ga
    // (ligne 3), durée". With the document, categories and providers are named by
    // their names ("category Mesure d'audience"), not their ids.
    QString describe(const QString &uiLanguage, const Policy *policy = nullptr) const;

    friend bool operator==(const FindingPlace &, const FindingPlace &) = default;
};

struct Finding
{
    QString rule;      // "cookie.required-fields"
    Severity severity = Severity::Error;
    TwoLanguageText message; // what is wrong and what to do
    FindingPlace place;
    QString source;    // "CNIL délibération 2020-091, art. 2"
    // Set when a suppression stored in the document covers this finding.
    bool suppressed = false;
    QString justification;
    // The message as the installed Qt translation words it, for rules whose text
    // goes through QCoreApplication::translate (the scan rules); empty when the
    // two languages of `message` are all there is.
    QString translatedMessage;

    // For people: the translated wording when there is one, else `message` in
    // `language`.
    QString displayMessage(const QString &language) const
    {
        return translatedMessage.isEmpty() ? message.text(language) : translatedMessage;
    }

    friend bool operator==(const Finding &, const Finding &) = default;
};

using FindingList = QList<Finding>;

Q_DECLARE_METATYPE(Finding)
