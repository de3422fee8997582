// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include <QList>
#include <QString>

// The libraries Charte links with, the version actually in use and the licence each
// is distributed under: the About box lists them and the package's copyright file
// names the same ones (tst_aboutdialog compares both).
struct ThirdPartyLibrary
{
    QString name;
    QString version; // of the library loaded at run time when it can say, else built against
    QString licence; // SPDX expression
    // What Charte uses it for, in English; QCoreApplication::translate(
    // "ThirdPartyLibraries", use) gives it in the interface language.
    const char *use;
};

namespace ThirdPartyLibraries {
const QList<ThirdPartyLibrary> &all();
} // namespace ThirdPartyLibraries
