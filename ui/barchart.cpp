// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "barchart.h"

#include <QEvent>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace {
constexpr int Padding = 4;
constexpr int MaximumLabelWidth = 220;
} // namespace

BarChart::BarChart(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void BarChart::setBars(const QList<Bar> &bars)
{
    if (bars == m_bars)
        return;
    m_bars = bars;
    updateDescription();
    updateGeometry();
    update();
}

void BarChart::setEmptyText(const QString &text)
{
    m_emptyText = text;
    updateDescription();
    update();
}

int BarChart::rowHeight() const
{
    return fontMetrics().height() + 10;
}

int BarChart::labelWidth() const
{
    int width = 0;
    for (const Bar &bar : m_bars)
        width = std::max(width, fontMetrics().horizontalAdvance(bar.label));
    // A little slack: elidedText rounds differently from horizontalAdvance.
    return std::min(width + 4, MaximumLabelWidth);
}

QSize BarChart::sizeHint() const
{
    const int rows = std::max<int>(1, int(m_bars.size()));
    return {labelWidth() + 240, rows * rowHeight() + 2 * Padding};
}

QSize BarChart::minimumSizeHint() const
{
    return {labelWidth() + 80, sizeHint().height()};
}

void BarChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        updateGeometry();
    QWidget::changeEvent(event);
}

void BarChart::updateDescription()
{
    QStringList parts;
    for (const Bar &bar : m_bars)
        parts.append(QStringLiteral("%1: %2").arg(bar.label).arg(bar.value));
    setAccessibleDescription(parts.isEmpty() ? m_emptyText : parts.join(QStringLiteral(", ")));
}

void BarChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();

    qsizetype maximum = 0;
    for (const Bar &bar : m_bars)
        maximum = std::max(maximum, bar.value);
    if (maximum == 0) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(rect().adjusted(Padding, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                         m_emptyText);
        return;
    }

    const QFontMetrics metrics = fontMetrics();
    const int labelsRight = Padding + labelWidth();
    const int barsLeft = labelsRight + 12;
    // Room for the widest count after the longest bar.
    const int valueRoom = metrics.horizontalAdvance(QString::number(maximum)) + 12;
    const int barsWidth = std::max(1, width() - barsLeft - valueRoom - Padding);
    const int row = rowHeight();
    const int barHeight = row - 12;

    // A baseline for the bars, in the colour the style uses for frames.
    painter.setPen(pal.color(QPalette::Mid));
    painter.drawLine(barsLeft, Padding, barsLeft, Padding + int(m_bars.size()) * row);

    for (int i = 0; i < m_bars.size(); ++i) {
        const Bar &bar = m_bars.at(i);
        const int top = Padding + i * row;
        const QRect labelRect(Padding, top, labelsRight - Padding, row);
        painter.setPen(pal.color(QPalette::WindowText));
        painter.drawText(labelRect, Qt::AlignRight | Qt::AlignVCenter,
                         metrics.elidedText(bar.label, Qt::ElideRight, labelRect.width()));

        const int length = int(qint64(barsWidth) * bar.value / maximum);
        const QRectF barRect(barsLeft + 1, top + (row - barHeight) / 2.0, length, barHeight);
        if (bar.value > 0) {
            QPainterPath path;
            path.addRoundedRect(barRect, 3, 3);
            painter.fillPath(path, pal.color(QPalette::Highlight));
            if (bar.flagged)
                painter.fillPath(path,
                                 QBrush(pal.color(QPalette::HighlightedText), Qt::BDiagPattern));
        }
        painter.setPen(pal.color(QPalette::WindowText));
        QFont bold = font();
        bold.setBold(true);
        painter.setFont(bold);
        painter.drawText(QRectF(barRect.right() + 6, top, valueRoom, row),
                         Qt::AlignLeft | Qt::AlignVCenter, QString::number(bar.value));
        painter.setFont(font());
    }
}
