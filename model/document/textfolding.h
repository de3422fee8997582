#pragma once

#include <QString>

// How texts are made comparable when a person's wording must match whatever
// case and accents were typed ("Élan" and "elan" are the same word).
namespace TextFolding {
// Case folded, Latin accents removed, everything else kept: the key the cookie
// grid searches and sorts by.
QString searchKey(const QString &text);
} // namespace TextFolding
