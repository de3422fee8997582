// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "issuesmodel.h"

#include "document/policy.h"

#include <QCoreApplication>

namespace {

// Group headings have internal id 0; a finding's id is its group's row + 1.
constexpr quintptr HeadingId = 0;

} // namespace

IssuesModel::IssuesModel(QObject *parent) : QAbstractItemModel(parent) {}

void IssuesModel::setReport(const ComplianceReport *report, const Policy *policy,
                            const QString &messageLanguage, const QString &interfaceLanguage)
{
    beginResetModel();
    m_report = report;
    m_policy = policy;
    m_language = messageLanguage;
    m_interfaceLanguage = interfaceLanguage;
    m_groups.clear();
    if (m_report) {
        for (const Severity severity : {Severity::Error, Severity::Warning, Severity::Info}) {
            if (const int count = m_report->count(severity); count > 0)
                m_groups.append(Group{int(severity), count, 0, false, {}});
        }
        if (!m_report->suppressed.isEmpty())
            m_groups.append(Group{SuppressedKey, int(m_report->suppressed.size()), 0, false, {}});
    }
    endResetModel();
}

void IssuesModel::setGroupIcons(const QIcon &error, const QIcon &warning, const QIcon &info)
{
    m_icons[int(Severity::Error)] = error;
    m_icons[int(Severity::Warning)] = warning;
    m_icons[int(Severity::Info)] = info;
    if (!m_groups.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_groups.size()) - 1, 0), {Qt::DecorationRole});
}

void IssuesModel::setHeaderLabels(const QStringList &labels)
{
    m_headers = labels;
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

const FindingList &IssuesModel::listOf(const Group &group) const
{
    return group.key == SuppressedKey ? m_report->suppressed : m_report->findings;
}

void IssuesModel::gather(Group &group) const
{
    if (group.grouped)
        return;
    group.grouped = true;
    const FindingList &list = listOf(group);
    group.members.reserve(group.total);
    for (int i = 0; i < list.size(); ++i) {
        if (group.key == SuppressedKey || int(list.at(i).severity) == group.key)
            group.members.append(i);
    }
}

int IssuesModel::groupSize(int groupRow) const
{
    return groupRow >= 0 && groupRow < m_groups.size() ? m_groups.at(groupRow).total : 0;
}

bool IssuesModel::isGrouped(int groupRow) const
{
    return groupRow >= 0 && groupRow < m_groups.size() && m_groups.at(groupRow).grouped;
}

const Finding *IssuesModel::finding(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == HeadingId)
        return nullptr;
    Group &group = m_groups[int(index.internalId() - 1)];
    gather(group);
    if (index.row() >= group.members.size())
        return nullptr;
    return &listOf(group).at(group.members.at(index.row()));
}

QModelIndex IssuesModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_groups.size() ? createIndex(row, column, HeadingId) : QModelIndex();
    if (parent.internalId() != HeadingId || parent.row() >= m_groups.size())
        return {};
    if (row >= m_groups.at(parent.row()).fetched)
        return {};
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex IssuesModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == HeadingId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, HeadingId);
}

int IssuesModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.column() != 0 || parent.internalId() != HeadingId || parent.row() >= m_groups.size())
        return 0;
    return m_groups.at(parent.row()).fetched;
}

int IssuesModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool IssuesModel::hasChildren(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return !m_groups.isEmpty();
    return parent.column() == 0 && parent.internalId() == HeadingId &&
           parent.row() < m_groups.size() && m_groups.at(parent.row()).total > 0;
}

bool IssuesModel::canFetchMore(const QModelIndex &parent) const
{
    if (!parent.isValid() || parent.internalId() != HeadingId || parent.row() >= m_groups.size())
        return false;
    const Group &group = m_groups.at(parent.row());
    return group.fetched < group.total;
}

void IssuesModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    Group &group = m_groups[parent.row()];
    gather(group);
    const int more = std::min(BatchSize, group.total - group.fetched);
    beginInsertRows(parent.sibling(parent.row(), 0), group.fetched, group.fetched + more - 1);
    group.fetched += more;
    endInsertRows();
}

QVariant IssuesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_report)
        return {};
    if (index.internalId() == HeadingId)
        return headingData(m_groups.at(index.row()), index.column(), role);
    Group &group = m_groups[int(index.internalId() - 1)];
    gather(group);
    return findingData(group, index.row(), index.column(), role);
}

QVariant IssuesModel::headingData(const Group &group, int column, int role) const
{
    if (role == GroupKeyRole)
        return group.key;
    if (column != IssueColumn)
        return {};
    if (role == Qt::DisplayRole) {
        if (group.key == SuppressedKey)
            return QCoreApplication::translate("IssuesPanel", "Suppressed (%1)").arg(group.total);
        return QStringLiteral("%1 (%2)")
            .arg(SeverityWords::heading(Severity(group.key)).text(m_interfaceLanguage))
            .arg(group.total);
    }
    if (role == Qt::DecorationRole && group.key != SuppressedKey)
        return m_icons[group.key];
    return {};
}

QVariant IssuesModel::findingData(const Group &group, int row, int column, int role) const
{
    if (role == GroupKeyRole)
        return -1;
    if (row >= group.members.size() || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const Finding &finding = listOf(group).at(group.members.at(row));
    switch (column) {
    case IssueColumn: {
        QString text = finding.message.text(m_language);
        if (group.key == SuppressedKey)
            text += QStringLiteral(" — ") +
                    QCoreApplication::translate("IssuesPanel", "suppressed: %1")
                        .arg(finding.justification);
        return role == Qt::ToolTipRole ? text + QLatin1Char('\n') + finding.source : text;
    }
    case PlaceColumn:
        return role == Qt::DisplayRole ? finding.place.describe(m_language, m_policy) : QVariant();
    case RuleColumn:
        return role == Qt::DisplayRole ? finding.rule : QVariant();
    }
    return {};
}

QVariant IssuesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 &&
        section < m_headers.size())
        return m_headers.at(section);
    return QAbstractItemModel::headerData(section, orientation, role);
}
