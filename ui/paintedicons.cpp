#include "paintedicons.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

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
