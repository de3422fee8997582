// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include "consentlog/consentstatistics.h"

#include <QWidget>

// Acceptance rate per category over time, one line per category, 0–100 %, with a
// dashed vertical mark where a policy revision is first answered (a change of
// policy is what moves the rates). Painted with QPainter (Qt Charts is not part of
// the project's dependencies); figures also go to the accessible description.
class ConsentChart : public QWidget
{
    Q_OBJECT

public:
    explicit ConsentChart(QWidget *parent = nullptr);

    void setStatistics(const ConsentStatistics &statistics);
    void setEmptyText(const QString &text);
    // Revisions marked on the axis: bucket index → revision first seen there.
    const QList<std::pair<int, qint64>> &revisionMarks() const { return m_marks; }
    QStringList categories() const { return m_categories; }
    // A bucket's key (2026-03-14, 2026-W11, a revision) as the interface writes dates:
    // "14/03/2026" and "S11 2026" in French.
    static QString bucketLabel(const QString &key);

    QSize sizeHint() const override { return {640, 260}; }
    QSize minimumSizeHint() const override { return {320, 180}; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateDescription();

    ConsentStatistics m_statistics;
    QStringList m_categories;
    QList<std::pair<int, qint64>> m_marks;
    QString m_emptyText;
};
