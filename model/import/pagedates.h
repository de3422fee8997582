// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include <QDate>
#include <QString>

// The date a charter page says it was last updated, as pages write it: "Dernière
// mise à jour : 12 mars 2024", "Mis à jour le 03/04/2024", "Last updated: March 12,
// 2024", "Last updated on 12 March 2024", "Updated 2024-03-12".
namespace PageDates {
// The date after a "last updated" / "mise à jour" wording in text, or an invalid date.
QDate lastUpdated(const QString &text);
// A date alone, in the same forms (front matter's "date: 2024-03-12").
QDate parse(const QString &text);
} // namespace PageDates
