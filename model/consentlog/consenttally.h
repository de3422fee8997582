// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include <QList>
#include <QMap>
#include <QString>

// Counts that statistics need, kept per UTC day and policy revision beside the
// records (ConsentStore updates them in the same transaction, verify recounts them).
struct ConsentTallies
{
    struct MethodRow
    {
        QString day; // 2026-03-14
        qint64 revision = 0;
        QString method;
        bool gpc = false;
        qint64 count = 0;
        friend bool operator==(const MethodRow &, const MethodRow &) = default;
    };
    struct CategoryRow
    {
        QString day;
        qint64 revision = 0;
        QString category;
        qint64 granted = 0;
        qint64 refused = 0;
        friend bool operator==(const CategoryRow &, const CategoryRow &) = default;
    };
    QList<MethodRow> methods;       // sorted by day, revision, method, gpc
    QList<CategoryRow> categories;  // sorted by day, revision, category
    friend bool operator==(const ConsentTallies &, const ConsentTallies &) = default;
};
