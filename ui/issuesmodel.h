// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include "compliance/compliancechecker.h"

#include <QAbstractItemModel>
#include <QIcon>
#include <QList>

struct Policy;

// The Issues dock's findings as a tree: a heading per severity ("Errors (3)"), then
// "Suppressed", each with its findings as children (columns: issue, place, rule).
//
// Built for 100,000 findings: a reset only counts the groups; a group's members are
// gathered the first time it is opened, its rows are handed to the view in batches
// (canFetchMore/fetchMore, as the view scrolls), and every text is worked out in
// data() for the rows the view paints.
class IssuesModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { IssueColumn, PlaceColumn, RuleColumn, ColumnCount };
    // Rows handed to the view at a time, per group.
    static constexpr int BatchSize = 500;
    // The stable key of a group heading's row (GroupKeyRole): the severity as int,
    // or SuppressedKey. Findings answer -1.
    static constexpr int GroupKeyRole = Qt::UserRole + 1;
    static constexpr int SuppressedKey = -10;

    explicit IssuesModel(QObject *parent = nullptr);

    // report and policy must outlive the model's use of them (the panel owns both
    // references); policy may be null. messageLanguage words the findings,
    // interfaceLanguage the headings.
    void setReport(const ComplianceReport *report, const Policy *policy,
                   const QString &messageLanguage, const QString &interfaceLanguage);
    void setGroupIcons(const QIcon &error, const QIcon &warning, const QIcon &info);
    void setHeaderLabels(const QStringList &labels);

    // The finding a row shows, or null for a heading.
    const Finding *finding(const QModelIndex &index) const;
    // The findings of a group in the report, whether the view has fetched them or not.
    int groupSize(int groupRow) const;
    // Whether a group's members have been gathered yet (they are, once it is opened).
    bool isGrouped(int groupRow) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    struct Group
    {
        int key;          // the severity as int, or SuppressedKey
        int total;        // findings in the report
        int fetched = 0;  // rows the view has been given
        bool grouped = false;
        QList<int> members; // indexes in the report's list, gathered lazily
    };
    const FindingList &listOf(const Group &group) const;
    void gather(Group &group) const;
    QVariant headingData(const Group &group, int column, int role) const;
    QVariant findingData(const Group &group, int row, int column, int role) const;

    const ComplianceReport *m_report = nullptr;
    const Policy *m_policy = nullptr;
    QString m_language;
    QString m_interfaceLanguage;
    mutable QList<Group> m_groups; // members are gathered from const accessors
    QIcon m_icons[3];
    QStringList m_headers;
};
