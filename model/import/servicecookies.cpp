// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "import/servicecookies.h"

#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonArray>

namespace {

// "Google Analytics", "google-analytics" and "googleAnalytics" all give "googleanalytics".
QString key(const QString &name)
{
    QString out;
    for (const QChar c : name.toLower()) {
        if (c.isLetterOrNumber())
            out += c;
    }
    return out;
}

const QHash<QString, QStringList> &aliases()
{
    static const QHash<QString, QStringList> table = [] {
        QHash<QString, QStringList> result;
        QFile file(QStringLiteral(":/import/service-aliases.json"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("the service alias table is missing from the resources");
        const QJsonObject entries =
            QJsonDocument::fromJson(file.readAll()).object().value(QLatin1StringView("aliases")).toObject();
        for (auto it = entries.constBegin(); it != entries.constEnd(); ++it) {
            QStringList platforms;
            for (const QJsonValue &platform : it.value().toArray())
                platforms << key(platform.toString());
            result.insert(key(it.key()), platforms);
        }
        return result;
    }();
    return table;
}

} // namespace

QList<const KnownCookie *> ServiceCookies::lookup(const KnownCookies &database,
                                                  const QStringList &names)
{
    QStringList wanted;
    for (const QString &name : names) {
        const QString folded = key(name);
        if (folded.isEmpty())
            continue;
        wanted << folded << aliases().value(folded);
    }
    QList<const KnownCookie *> found;
    // The first name that the database knows wins: a service is one platform.
    for (const QString &platform : std::as_const(wanted)) {
        for (qsizetype i = 0; i < database.size(); ++i) {
            const KnownCookie &entry = database.at(i);
            if (key(entry.platform) == platform &&
                std::none_of(found.cbegin(), found.cend(), [&](const KnownCookie *taken) {
                    return taken->name == entry.name && taken->prefix == entry.prefix;
                }))
                found << &entry;
        }
        if (!found.isEmpty())
            return found;
    }
    return found;
}
