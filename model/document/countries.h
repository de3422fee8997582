// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include <QString>
#include <QStringList>

// Where a provider sits decides whether using it is a transfer outside the EU/EEA,
// which the charter must make visible (GDPR chapter V).
namespace Countries {
// The ISO 3166-1 alpha-2 codes of the EU member states, the three other EEA states
// (Iceland, Liechtenstein, Norway) and the EU's outermost regions and Åland, which
// have their own ISO codes but are EU territory. "EL", the EU's own code for Greece,
// is accepted too. Sorted, upper case.
QStringList eeaAndEuCodes();
// Case-insensitive; an empty or unknown code is not in the EU/EEA.
bool isInEeaOrEu(const QString &code);
// Every ISO 3166-1 alpha-2 code Qt's locale data knows, sorted, upper case.
QStringList codes();
// Whether code (any case) is one of codes(), or "EL", the EU's code for Greece.
bool isCountryCode(const QString &code);
// The country's name in language ("fr": "Nouvelle-Zélande", "en": "New Zealand"),
// from ICU's locale data; the code itself when it names no country.
QString displayName(const QString &code, const QString &language = QStringLiteral("en"));
} // namespace Countries
