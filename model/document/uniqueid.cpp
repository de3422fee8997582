#include "document/uniqueid.h"

QString uniqueId(const QString &base, const std::function<bool(const QString &)> &taken,
                 QChar separator)
{
    QString id = base;
    for (int suffix = 2; taken(id); ++suffix)
        id = base + separator + QString::number(suffix);
    return id;
}

QString uniqueId(const QString &base, const QStringList &taken, QChar separator)
{
    return uniqueId(
        base, [&taken](const QString &id) { return taken.contains(id); }, separator);
}
