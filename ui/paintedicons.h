#pragma once

#include <QIcon>
#include <QPalette>

// Icons the platform theme may lack, drawn in the palette's text colour so they
// stay legible in light and dark modes. Call again on QEvent::PaletteChange.
namespace PaintedIcons {
// A curved arrow turning back (undo) or forward (redo).
QIcon undo(const QPalette &palette);
QIcon redo(const QPalette &palette);
} // namespace PaintedIcons
