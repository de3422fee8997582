// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include "document/policy.h"

#include <QStringList>

// The example documents compiled into Charte. "default" is the first user's
// charter (an open-data platform run on Opendatasoft); "typical" a town website
// with audience measurement (Matomo) and embedded YouTube videos.
namespace Templates {
QStringList names();
// The template's document, or nullopt for an unknown name.
std::optional<Policy> load(const QString &name);
Policy defaultPolicy();
} // namespace Templates
