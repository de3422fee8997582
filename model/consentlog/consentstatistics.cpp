// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "consentlog/consentstatistics.h"

#include "consentlog/consentrecord.h"
#include "format/jsonwriter.h"

#include <QDate>
#include <QSet>

namespace {

QString weekOf(const QString &day)
{
    int year = 0;
    const int week = QDate::fromString(day, Qt::ISODate).weekNumber(&year);
    return QStringLiteral("%1-W%2").arg(year).arg(week, 2, 10, QLatin1Char('0'));
}

void addMethod(ConsentStatistics::Bucket &bucket, const ConsentTallies::MethodRow &row)
{
    bucket.choices += row.count;
    bucket.methods[row.method] += row.count;
    if (row.gpc)
        bucket.gpc += row.count;
    if (!bucket.revisions.contains(row.revision))
        bucket.revisions.append(row.revision);
}

QString percent(qint64 part, qint64 whole)
{
    if (whole <= 0)
        return QStringLiteral("-");
    return QString::number(100.0 * double(part) / double(whole), 'f', 1) + u'%';
}

} // namespace

bool ConsentStatistics::parseGrouping(const QString &text, Grouping &grouping)
{
    if (text == QLatin1StringView("day"))
        grouping = Grouping::Day;
    else if (text == QLatin1StringView("week"))
        grouping = Grouping::Week;
    else if (text == QLatin1StringView("revision"))
        grouping = Grouping::Revision;
    else
        return false;
    return true;
}

double ConsentStatistics::Bucket::acceptance(const QString &category) const
{
    const auto it = categories.constFind(category);
    if (it == categories.cend() || it->first + it->second == 0)
        return -1;
    return double(it->first) / double(it->first + it->second);
}

ConsentStatistics ConsentStatistics::compute(const ConsentTallies &tallies, Grouping grouping)
{
    ConsentStatistics stats;
    stats.m_grouping = grouping;
    QMap<QString, Bucket> buckets; // keys sort right: ISO days and weeks; revisions padded
    const auto keyOf = [grouping](const QString &day, qint64 revision) {
        switch (grouping) {
        case Grouping::Day:
            return day;
        case Grouping::Week:
            return weekOf(day);
        case Grouping::Revision:
            return QStringLiteral("%1").arg(revision, 12, 10, QLatin1Char('0'));
        }
        return day;
    };
    for (const ConsentTallies::MethodRow &row : tallies.methods) {
        addMethod(buckets[keyOf(row.day, row.revision)], row);
        addMethod(stats.m_total, row);
    }
    for (const ConsentTallies::CategoryRow &row : tallies.categories) {
        for (Bucket *bucket : {&buckets[keyOf(row.day, row.revision)], &stats.m_total}) {
            auto &counts = bucket->categories[row.category];
            counts.first += row.granted;
            counts.second += row.refused;
        }
    }
    for (auto it = buckets.begin(); it != buckets.end(); ++it) {
        it->key = grouping == Grouping::Revision ? QString::number(it.key().toLongLong()) : it.key();
        std::sort(it->revisions.begin(), it->revisions.end());
        stats.m_buckets.append(*it);
    }
    std::sort(stats.m_total.revisions.begin(), stats.m_total.revisions.end());
    stats.m_total.key = QStringLiteral("total");
    return stats;
}

QStringList ConsentStatistics::categories() const
{
    QStringList ids = m_total.categories.keys();
    return ids;
}

QString ConsentStatistics::text() const
{
    const QStringList methods = ConsentRecord::methods();
    const QStringList ids = categories();
    QStringList header = {m_grouping == Grouping::Revision ? QStringLiteral("revision")
                          : m_grouping == Grouping::Week   ? QStringLiteral("week")
                                                           : QStringLiteral("day"),
                          QStringLiteral("choices")};
    header << methods << QStringLiteral("gpc");
    for (const QString &id : ids)
        header << id;
    QList<QStringList> rows{header};
    QList<const Bucket *> all;
    for (const Bucket &bucket : m_buckets)
        all << &bucket;
    all << &m_total;
    for (const Bucket *bucket : all) {
        QStringList row = {bucket->key, QString::number(bucket->choices)};
        for (const QString &method : methods)
            row << QStringLiteral("%1 (%2)").arg(bucket->methods.value(method)).arg(percent(bucket->methods.value(method), bucket->choices));
        row << percent(bucket->gpc, bucket->choices);
        for (const QString &id : ids) {
            const auto counts = bucket->categories.value(id);
            row << percent(counts.first, counts.first + counts.second);
        }
        rows << row;
    }
    QList<qsizetype> widths(header.size(), 0);
    for (const QStringList &row : rows)
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], row.at(i).size());
    QString out;
    for (const QStringList &row : rows) {
        QStringList cells;
        for (qsizetype i = 0; i < row.size(); ++i)
            cells << (i == 0 ? row.at(i).leftJustified(widths[i]) : row.at(i).rightJustified(widths[i]));
        out += cells.join(QStringLiteral("  ")).trimmed() + u'\n';
    }
    if (m_buckets.isEmpty())
        out += QStringLiteral("(no records)\n");
    out += QStringLiteral("Category columns: share of choices that accepted the category.\n");
    return out;
}

QByteArray ConsentStatistics::json() const
{
    JsonWriter w;
    const auto bucketJson = [&w](const Bucket &bucket) {
        w.beginObject();
        w.member(u"key", bucket.key);
        w.member(u"choices", bucket.choices);
        w.key(u"methods");
        w.beginObject();
        for (const QString &method : ConsentRecord::methods())
            w.member(QStringView(method), bucket.methods.value(method));
        w.endObject();
        w.member(u"gpc", bucket.gpc);
        w.key(u"categories");
        w.beginObject();
        for (auto it = bucket.categories.cbegin(); it != bucket.categories.cend(); ++it) {
            w.key(it.key());
            w.beginObject();
            w.member(u"accepted", it->first);
            w.member(u"refused", it->second);
            w.member(u"acceptance", bucket.acceptance(it.key()));
            w.endObject();
        }
        w.endObject();
        w.key(u"revisions");
        w.beginArray();
        for (qint64 revision : bucket.revisions)
            w.value(revision);
        w.endArray();
        w.endObject();
    };
    w.beginObject();
    w.member(u"by", m_grouping == Grouping::Revision ? QStringLiteral("revision")
                    : m_grouping == Grouping::Week   ? QStringLiteral("week")
                                                     : QStringLiteral("day"));
    w.key(u"buckets");
    w.beginArray();
    for (const Bucket &bucket : m_buckets)
        bucketJson(bucket);
    w.endArray();
    w.key(u"total");
    bucketJson(m_total);
    w.endObject();
    return w.finish();
}
