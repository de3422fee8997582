// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "consentchart.h"
#include "interfacedates.h"

#include <QEvent>
#include <QPainter>
#include <QPainterPath>
#include <QRegularExpression>

namespace {

// Distinct hues that stay readable on light and dark palettes.
QColor lineColour(int index)
{
    static const QColor colours[] = {QColor(0x1f, 0x77, 0xb4), QColor(0xd6, 0x27, 0x28), QColor(0x2c, 0xa0, 0x2c),
                                     QColor(0xff, 0x7f, 0x0e), QColor(0x94, 0x67, 0xbd), QColor(0x8c, 0x56, 0x4b),
                                     QColor(0xe3, 0x77, 0xc2), QColor(0x17, 0xbe, 0xcf)};
    return colours[index % int(std::size(colours))];
}

} // namespace

ConsentChart::ConsentChart(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void ConsentChart::setStatistics(const ConsentStatistics &statistics)
{
    m_statistics = statistics;
    m_categories = statistics.categories();
    m_marks.clear();
    QList<qint64> seen;
    const QList<ConsentStatistics::Bucket> &buckets = statistics.buckets();
    for (int i = 0; i < buckets.size(); ++i) {
        for (qint64 revision : buckets.at(i).revisions) {
            if (seen.contains(revision))
                continue;
            if (!seen.isEmpty()) // the first revision is where the log starts, not a change
                m_marks.append({i, revision});
            seen.append(revision);
        }
    }
    updateDescription();
    update();
}

void ConsentChart::setEmptyText(const QString &text)
{
    m_emptyText = text;
    updateDescription();
    update();
}

void ConsentChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange) {
        updateDescription();
        update(); // the axis's dates are written in the interface's language
    }
    QWidget::changeEvent(event);
}

QString ConsentChart::bucketLabel(const QString &key)
{
    const QDate day = QDate::fromString(key, Qt::ISODate);
    if (day.isValid())
        return InterfaceDates::numeric(day);
    static const QRegularExpression week(QStringLiteral("^(\\d{4})-W(\\d{2})$"));
    const QRegularExpressionMatch match = week.match(key);
    if (match.hasMatch())
        return tr("W%1 %2", "a week on the consent chart's axis: the week's number, then the year")
            .arg(match.captured(2), match.captured(1));
    return key; // a revision's number
}

void ConsentChart::updateDescription()
{
    const QList<ConsentStatistics::Bucket> &buckets = m_statistics.buckets();
    if (buckets.isEmpty()) {
        setAccessibleDescription(m_emptyText);
        return;
    }
    QStringList parts;
    for (const QString &category : m_categories) {
        const double rate = m_statistics.total().acceptance(category);
        parts << tr("%1: %2 % accepted").arg(category).arg(rate < 0 ? 0.0 : rate * 100.0, 0, 'f', 1);
    }
    for (const auto &[index, revision] : m_marks)
        parts << tr("revision %1 from %2").arg(revision).arg(bucketLabel(buckets.at(index).key));
    setAccessibleDescription(tr("From %1 to %2. ")
                                 .arg(bucketLabel(buckets.first().key), bucketLabel(buckets.last().key)) +
                             parts.join(QStringLiteral("; ")));
}

void ConsentChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    const QList<ConsentStatistics::Bucket> &buckets = m_statistics.buckets();
    if (buckets.isEmpty()) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, m_emptyText);
        return;
    }
    const QFontMetrics fm = fontMetrics();
    const int legendHeight = fm.height() + 6;
    const int left = fm.horizontalAdvance(QStringLiteral("100 %")) + 8;
    const QRect plot(left, fm.height() + 4, width() - left - 12, height() - 2 * fm.height() - legendHeight - 16);
    if (plot.width() < 20 || plot.height() < 20)
        return;

    // Grid: 0, 25, 50, 75, 100 %.
    for (int step = 0; step <= 4; ++step) {
        const int y = plot.bottom() - plot.height() * step / 4;
        painter.setPen(QPen(pal.color(QPalette::Mid), 0, step == 0 ? Qt::SolidLine : Qt::DotLine));
        painter.drawLine(plot.left(), y, plot.right(), y);
        painter.setPen(pal.color(QPalette::WindowText));
        painter.drawText(QRect(0, y - fm.height() / 2, left - 6, fm.height()), Qt::AlignRight | Qt::AlignVCenter,
                         QStringLiteral("%1 %").arg(step * 25));
    }
    const qsizetype count = buckets.size();
    const auto xAt = [&](qsizetype i) {
        return count == 1 ? plot.center().x() : plot.left() + int(double(plot.width()) * double(i) / double(count - 1));
    };
    // Dates under the axis: first, last, and a few between that do not collide.
    painter.setPen(pal.color(QPalette::WindowText));
    const int labels = std::max(2, plot.width() / std::max(1, fm.horizontalAdvance(bucketLabel(buckets.first().key)) + 24));
    QList<std::pair<int, QString>> placed; // x, text
    for (qsizetype i = 0; i < count; ++i) {
        if (i != 0 && i != count - 1 && i % std::max<qsizetype>(1, count / labels) != 0)
            continue;
        const QString key = bucketLabel(buckets.at(i).key);
        const int w = fm.horizontalAdvance(key);
        const int x = std::clamp(xAt(i) - w / 2, 0, width() - w);
        const bool collides = !placed.isEmpty() && x < placed.last().first + fm.horizontalAdvance(placed.last().second) + 8;
        if (collides && i != count - 1)
            continue;
        if (collides && placed.size() > 1)
            placed.removeLast(); // the last date always shows; the one before it gives way
        placed.append({x, key});
    }
    for (const auto &[x, key] : placed)
        painter.drawText(x, plot.bottom() + fm.ascent() + 4, key);
    // Revisions: where the policy changed.
    for (const auto &[index, revision] : m_marks) {
        const int x = xAt(index);
        painter.setPen(QPen(pal.color(QPalette::WindowText), 1, Qt::DashLine));
        painter.drawLine(x, plot.top(), x, plot.bottom());
        painter.drawText(x + 3, plot.top() - 3, tr("revision %1").arg(revision));
    }
    // One line per category, points where the category was asked.
    for (int c = 0; c < m_categories.size(); ++c) {
        QPainterPath path;
        bool started = false;
        const QColor colour = lineColour(c);
        painter.setPen(QPen(colour, 2));
        for (qsizetype i = 0; i < count; ++i) {
            const double rate = buckets.at(i).acceptance(m_categories.at(c));
            if (rate < 0)
                continue;
            const QPointF point(xAt(i), plot.bottom() - rate * plot.height());
            started ? path.lineTo(point) : path.moveTo(point);
            started = true;
            if (count <= 60)
                painter.drawEllipse(point, 2.5, 2.5);
        }
        painter.drawPath(path);
    }
    // Legend.
    int x = plot.left();
    const int y = height() - legendHeight / 2 - 2;
    for (int c = 0; c < m_categories.size(); ++c) {
        painter.setPen(QPen(lineColour(c), 3));
        painter.drawLine(x, y, x + 18, y);
        painter.setPen(pal.color(QPalette::WindowText));
        painter.drawText(x + 24, y + fm.ascent() / 2 - 1, m_categories.at(c));
        x += 24 + fm.horizontalAdvance(m_categories.at(c)) + 18;
    }
}
