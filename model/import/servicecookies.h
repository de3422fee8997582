// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include "compliance/knowncookies.h"

#include <QList>
#include <QString>

// The cookies a known-cookie database lists for a service named in a consent
// library's configuration ("matomo", "Google Analytics", "youtube"): entries whose
// platform is that name, compared without case, spaces or punctuation. Libraries
// name their services freely, so an alias file maps their usual keys ("gtag",
// "facebookpixel") to the database's platform names
// (resources/import/service-aliases.json).
namespace ServiceCookies {
QList<const KnownCookie *> lookup(const KnownCookies &database, const QStringList &names);
} // namespace ServiceCookies
