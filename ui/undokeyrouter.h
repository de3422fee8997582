// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include <QObject>

#include <functional>

class QUndoStack;
class QWidget;

// Sends Undo/Redo keys pressed in a text field to the document's undo stack instead
// of the field's own history, so Ctrl+Z always means "undo the last change to the
// document" wherever the focus is. flush() runs first, to push any edit the field
// still holds back (debounced typing) before undoing.
class UndoKeyRouter : public QObject
{
    Q_OBJECT

public:
    UndoKeyRouter(QUndoStack *stack, std::function<void()> flush, QObject *parent);
    void watch(QWidget *field);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QUndoStack *m_stack;
    std::function<void()> m_flush;
};
