// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "paintedicons.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

#include <utility>

namespace {
QPixmap curvedArrow(const QColor &colour, int size, bool mirrored)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    if (mirrored) {
        painter.translate(size, 0);
        painter.scale(-1, 1);
    }
    painter.scale(size / 24.0, size / 24.0);
    QPen pen(colour, 2.2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    painter.setPen(pen);
    // The shaft: from the arrow head at the left, over a bend, down to the right.
    QPainterPath shaft;
    shaft.moveTo(5, 10);
    shaft.lineTo(14, 10);
    shaft.cubicTo(18.5, 10, 20, 13, 20, 15);
    shaft.cubicTo(20, 17.5, 18, 19, 15, 19);
    shaft.lineTo(11, 19);
    painter.drawPath(shaft);
    QPainterPath head;
    head.moveTo(9, 5.5);
    head.lineTo(4.5, 10);
    head.lineTo(9, 14.5);
    painter.drawPath(head);
    return pixmap;
}

// Draws an icon at the usual sizes, in the palette's active and disabled text colours;
// draw(painter, colour) paints on a 24×24 canvas.
template<typename Draw>
QIcon paintedIcon(const QPalette &palette, Draw draw)
{
    QIcon icon;
    for (const int size : {16, 22, 24, 32, 48}) {
        for (const auto &[group, mode] : {std::pair{QPalette::Active, QIcon::Normal},
                                          std::pair{QPalette::Disabled, QIcon::Disabled}}) {
            QPixmap pixmap(size, size);
            pixmap.fill(Qt::transparent);
            QPainter painter(&pixmap);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setRenderHint(QPainter::TextAntialiasing);
            painter.scale(size / 24.0, size / 24.0);
            draw(painter, palette.color(group, QPalette::WindowText));
            painter.end();
            icon.addPixmap(pixmap, mode);
        }
    }
    return icon;
}

QIcon arrowIcon(const QPalette &palette, bool mirrored)
{
    QIcon icon;
    for (const int size : {16, 22, 24, 32, 48}) {
        icon.addPixmap(
            curvedArrow(palette.color(QPalette::Active, QPalette::WindowText), size, mirrored),
            QIcon::Normal);
        icon.addPixmap(
            curvedArrow(palette.color(QPalette::Disabled, QPalette::WindowText), size, mirrored),
            QIcon::Disabled);
    }
    return icon;
}
} // namespace

QIcon PaintedIcons::undo(const QPalette &palette)
{
    return arrowIcon(palette, false);
}

QIcon PaintedIcons::redo(const QPalette &palette)
{
    return arrowIcon(palette, true);
}

QIcon PaintedIcons::styledLetter(const QPalette &palette, const QString &letter, bool bold, bool italic)
{
    return paintedIcon(palette, [&](QPainter &painter, const QColor &colour) {
        QFont font(QStringLiteral("DejaVu Serif"));
        font.setPixelSize(19);
        font.setBold(bold);
        font.setItalic(italic);
        painter.setFont(font);
        painter.setPen(colour);
        painter.drawText(QRectF(0, 0, 24, 24), Qt::AlignCenter, letter);
    });
}

QIcon PaintedIcons::list(const QPalette &palette, bool numbered)
{
    return paintedIcon(palette, [&](QPainter &painter, const QColor &colour) {
        painter.setPen(QPen(colour, 2.0, Qt::SolidLine, Qt::RoundCap));
        QFont font;
        font.setPixelSize(7);
        font.setBold(true);
        painter.setFont(font);
        for (int line = 0; line < 3; ++line) {
            const qreal y = 6 + line * 6;
            painter.drawLine(QPointF(10, y), QPointF(21, y));
            if (numbered) {
                painter.drawText(QRectF(1, y - 4, 8, 8), Qt::AlignCenter, QString::number(line + 1));
            } else {
                painter.setBrush(colour);
                painter.drawEllipse(QPointF(5, y), 1.2, 1.2);
                painter.setBrush(Qt::NoBrush);
            }
        }
    });
}

QIcon PaintedIcons::link(const QPalette &palette)
{
    return paintedIcon(palette, [&](QPainter &painter, const QColor &colour) {
        painter.setPen(QPen(colour, 2.0, Qt::SolidLine, Qt::RoundCap));
        painter.translate(12, 12);
        painter.rotate(-45);
        // Two rounded links overlapping in the middle.
        painter.drawRoundedRect(QRectF(-10, -3.5, 11, 7), 3.5, 3.5);
        painter.drawRoundedRect(QRectF(-1, -3.5, 11, 7), 3.5, 3.5);
    });
}
