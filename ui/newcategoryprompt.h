// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include "document/policy.h"

#include <optional>

class QWidget;

// Asks the name of a new category (in the language being edited; the field starts
// with the placeholder name in that language) and returns the category, its id made
// from the name. Nothing when the person cancels or leaves the name empty. Used by
// the Categories page and by "New category…" in the cookie grid, so both make the
// same category from the same answer.
std::optional<Category> askForNewCategory(QWidget *parent, const Policy &policy, const QString &language);
