// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include "document/policy.h"
#include "export/exportoptions.h"

#include <QList>
#include <QString>
#include <QStringList>

class JsonWriter;

// What the three consent-library exports (vanilla-cookieconsent, Klaro,
// tarteaucitron) share: the same cut of the inventory into "services" (one per
// provider and category, since a provider such as Google can be both statistics
// and advertising and each needs its own consent), the same cookie patterns
// turned into JavaScript regular expressions, and the same language choice.
namespace ConsentLibrary {

struct Service
{
    QString key;        // "matomo-statistics": [A-Za-z0-9_-] only, unique in the export
    QString providerId; // may be empty when cookies name no provider
    QString categoryId;
    QString label; // the provider's name, else its id, else the site's name
    QList<const Cookie *> cookies;
};

// Services in category order, then by the provider's first cookie. Cookies whose
// category is unknown are left out (and named in warnings).
QList<Service> services(const Policy &policy, QStringList *warnings);

// A cookie with no name cannot be told apart from the others: as a prefix or a pattern
// its empty name matches every cookie of the site, and a script clearing it would
// delete the session and the visitor's own choice. Exports leave such cookies out of
// what a script deletes (services() does), and nameless() names them for a warning.
bool hasName(const Cookie &cookie);
// The warning for the nameless cookies of policy, by category; empty when there are none.
QString namelessWarning(const Policy &policy);

// The service key for a provider and category; only characters that every library
// accepts in ids, attribute values and its own cookie format.
QString serviceKey(const QString &providerId, const QString &categoryId);

// The JavaScript RegExp source matching the cookie's names: a prefix is anchored
// and escaped; a regex is used as written (searched, as QRegularExpression does).
QString javascriptPattern(const Cookie &cookie);
// False for a regex that uses Perl/PCRE syntax JavaScript lacks (inline flags such
// as (?i), atomic groups, possessive quantifiers, \A \Z \z): such a cookie is left
// out of what the library deletes, with a warning, instead of breaking the script.
bool isJavascriptCompatible(const Cookie &cookie);
// Escapes every character with a meaning in a JavaScript regular expression.
QString escapeRegex(const QString &literal);

// The libraries render these texts with innerHTML: escape < > & " '.
QString html(const QString &text);
// For a library that puts a text with innerHTML only into an element's content, never
// into an attribute or string-built markup (vanilla-cookieconsent): escape & < > only,
// so that texts it also copies with textContent (a switch's accessible label) read
// "Mesure d'audience", not "Mesure d&#39;audience".
QString htmlContent(const QString &text);
// Reverses html() and drops tags, for importing configurations written by hand.
QString plainText(const QString &htmlText);

// The four buttons every library needs. A document without their text in some
// language gets Charte's own wording (French or English) rather than a blank or
// missing button, and buttonWarnings() says so.
enum class Button { AcceptAll, RejectAll, Customize, Save };
QString buttonText(const Policy &policy, Button button, const QString &language);
void addButtonWarnings(const Policy &policy, QStringList &warnings);

// The language the library starts in: --lang, else the document's default.
QString startLanguage(const Policy &policy, const ExportOptions &options);
// True when the output name asks for bare JSON (NAME.json).
bool wantsJson(const ExportOptions &options);

// Global Privacy Control, as Charte's banner applies it: when the document honours it
// and the browser sends it, the advertising categories are refused before the library
// first shows and "accept all" leaves them refused; the visitor may still switch one on.
// The categories concerned (empty when the document does not honour GPC), and the
// wrapper's data: {"categories": [...], "services": [...], "note": {lang: text}}.
QStringList gpcCategories(const Policy &policy);
void writeGpc(JsonWriter &json, const Policy &policy, const QList<Service> &services,
              QString (*escape)(const QString &));

// Warnings every library shares: storage the libraries cannot clear, third-party
// cookies no script can delete, GPC, colours and the consent log (unless the export
// carries them) and buttons without text.
enum class Colours { Dropped, Carried };
enum class ConsentLog { Dropped, Carried };
enum class Gpc { Dropped, Carried };
void addCommonWarnings(const Policy &policy, const QString &libraryName, QStringList &warnings,
                       Colours colours = Colours::Dropped, ConsentLog log = ConsentLog::Dropped,
                       Gpc gpc = Gpc::Dropped);

} // namespace ConsentLibrary
