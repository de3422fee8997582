// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "format/templates.h"

#include "format/policyreader.h"

#include <QFile>

QStringList Templates::names()
{
    return {QStringLiteral("default"), QStringLiteral("typical")};
}

std::optional<Policy> Templates::load(const QString &name)
{
    if (!names().contains(name))
        return std::nullopt;
    const QString path = QStringLiteral(":/templates/%1.charte.json").arg(name);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    Expected<Policy> policy = PolicyReader::read(file.readAll(), path);
    // The templates are tested to load; failing here is a build defect.
    Q_ASSERT_X(policy.hasValue(), "Templates::load", qPrintable(policy.error()));
    if (!policy)
        return std::nullopt;
    return std::move(policy).value();
}

Policy Templates::defaultPolicy()
{
    return load(QStringLiteral("default")).value_or(Policy());
}
