#pragma once

#include <QString>
#include <QStringList>

#include <functional>

// Ids name sections, providers, categories and exported keys, and a new one must not
// collide with those already there. Every place that makes one goes through here, so
// the ids a file ends up with read alike whoever created them: "analytics",
// "analytics-2", "analytics-3"…

// base when taken(base) is false, else the first of base-2, base-3… that is free.
// The exported service keys of consent libraries join with '_', hence separator.
QString uniqueId(const QString &base, const std::function<bool(const QString &)> &taken,
                 QChar separator = u'-');
// The same among a list of ids already used.
QString uniqueId(const QString &base, const QStringList &taken, QChar separator = u'-');
