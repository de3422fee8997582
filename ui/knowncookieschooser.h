// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include "compliance/knowncookies.h"

#include <QString>

class QWidget;

// The known-cookie database file the user picked (an Open Cookie Database CSV),
// remembered in QSettings so suggestions and the misclassification rule use it on
// the next start. The built-in list is always included.
namespace KnownCookiesChooser {
QString rememberedPath();
void setRememberedPath(const QString &path); // empty: forget
// The built-in list plus the remembered file; the built-in list alone (and the
// reason in *error) when the file is gone or unreadable.
KnownCookies loadRemembered(QString *error = nullptr);
// "2264 cookies read; 65 retention periods could not be normalised, e.g. …"
QString describe(const KnownCookies::LoadSummary &summary);
// Asks for a file, loads it, says what was read or why not, and remembers it.
// Returns false when the user cancelled or the file could not be read.
bool choose(QWidget *parent, KnownCookies &database);
} // namespace KnownCookiesChooser
