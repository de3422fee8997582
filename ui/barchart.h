// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include <QList>
#include <QString>
#include <QWidget>

// A small horizontal bar chart: one labelled bar per value, the count written at
// the end of the bar. Painted with the widget's palette, so it follows the light or
// dark look of the platform. Screen readers get the same figures as text through
// the accessible description.
class BarChart : public QWidget
{
    Q_OBJECT

public:
    struct Bar
    {
        QString label;
        qsizetype value = 0;
        bool flagged = false; // drawn hatched: something about this bar needs attention

        friend bool operator==(const Bar &, const Bar &) = default;
    };

    explicit BarChart(QWidget *parent = nullptr);

    const QList<Bar> &bars() const { return m_bars; }
    void setBars(const QList<Bar> &bars);
    // Shown instead of bars when there are none (or all are zero).
    void setEmptyText(const QString &text);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    int rowHeight() const;
    int labelWidth() const;
    void updateDescription();

    QList<Bar> m_bars;
    QString m_emptyText;
};
