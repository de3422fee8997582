// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "undokeyrouter.h"

#include <QKeyEvent>
#include <QUndoStack>
#include <QWidget>

UndoKeyRouter::UndoKeyRouter(QUndoStack *stack, std::function<void()> flush, QObject *parent)
    : QObject(parent), m_stack(stack), m_flush(std::move(flush))
{}

void UndoKeyRouter::watch(QWidget *field)
{
    field->installEventFilter(this);
}

bool UndoKeyRouter::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ShortcutOverride && event->type() != QEvent::KeyPress)
        return QObject::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    const bool undo = key->matches(QKeySequence::Undo);
    const bool redo = key->matches(QKeySequence::Redo);
    if (!undo && !redo)
        return QObject::eventFilter(watched, event);
    if (event->type() == QEvent::ShortcutOverride) {
        // Claim the key so the window's Undo action does not also fire.
        event->accept();
        return true;
    }
    if (m_flush)
        m_flush();
    if (undo)
        m_stack->undo();
    else
        m_stack->redo();
    return true;
}
