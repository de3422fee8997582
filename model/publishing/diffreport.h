// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include "publishing/policydiff.h"

#include <QByteArray>
#include <QJsonArray>
#include <QString>

// A comparison written out for people and programs: text (one change a line, with
// the verdict on consent first), JSON (each change with its kind, fields and whether
// it requires new consent) and a standalone HTML page with the before and after of
// each field side by side. The words follow `language` (French for "fr*").
namespace DiffReport {
struct Sides
{
    QString before; // what the two documents are called: file names, "revision 3"
    QString after;
};

QByteArray text(const PolicyDiff::Result &diff, const Sides &sides, const QString &language);
QByteArray json(const PolicyDiff::Result &diff, const Sides &sides, const QString &language);
QByteArray html(const PolicyDiff::Result &diff, const Sides &sides, const QString &language);

// The changes alone as JSON, as the archive keeps them.
QJsonArray changesJson(const PolicyDiff::Result &diff, const QString &language);
// A field's value as a person reads it ("13 months", the text in language).
QString valueText(const QString &field, const QJsonValue &value, const QString &language);
// The verdict in one sentence: "Visitors must be asked again: a new cookie that needs consent."
QString verdict(const PolicyDiff::Result &diff, const QString &language);
} // namespace DiffReport
