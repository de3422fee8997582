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
// The country's English name as Qt's locale data spells it ("United States"), or
// the code itself when Qt does not know it.
QString displayName(const QString &code);
} // namespace Countries
