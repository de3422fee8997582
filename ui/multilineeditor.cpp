// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "multilineeditor.h"

#include <QKeyEvent>

MultiLineEditor::MultiLineEditor(QWidget *parent) : QPlainTextEdit(parent)
{
    setTabChangesFocus(true);
    setFrameShape(QFrame::Box);
}

void MultiLineEditor::keyPressEvent(QKeyEvent *event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && event->modifiers().testFlag(Qt::ControlModifier)) {
        emit commitRequested();
        event->accept();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}
