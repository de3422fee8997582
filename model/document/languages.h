// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>
#include <QStringView>

struct PolicyMeta;

// The few questions every layer asks about a document's language codes (BCP 47
// tags such as "fr", "fr-CA", "en"). Exporters, importers, the checker and the
// issues panel each used to answer them in their own way; answering them here
// keeps a French charter French everywhere and its languages in one order.
namespace Languages {
// True for French in any region: "fr", "fr-FR", "fr_CA", "FR". The primary
// subtag must be exactly "fr", so "fro" (Old French) and "frr" are not.
bool isFrench(QStringView code);

// The default language, then the other languages in their order, each once. An
// empty code names no language and is left out, the default's included.
QStringList defaultFirst(const QString &defaultLanguage, const QStringList &languages);
// A document's languages in that order, as every export lists them.
QStringList defaultFirst(const PolicyMeta &meta);

// The language of the installed translation ("en" without one): the language of the
// interface, which the model's messages and names follow.
QString ofInterface();
// The locale of that language, for the dates and numbers the interface shows: the
// system's locale would write an English date in a French interface.
QLocale interfaceLocale();
} // namespace Languages
