// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include "document/policy.h"

#include <QStringList>

// What an import of a whole document gives: the document, and one line for each
// thing it left out or guessed (a row without a cookie name, a service whose
// cookies nobody listed), so that nothing is dropped without the user being told.
struct ImportResult
{
    Policy policy;
    QStringList warnings;
};
