// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include <QDialog>

class QMainWindow;
class QTreeWidget;

// Help › Keyboard Shortcuts: every action of the window that has a shortcut, read
// from the actions themselves (so the list cannot drift from what the keys do),
// grouped under the menu that holds each action, in menu order; actions outside
// the menus (the window's own) come last.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(QMainWindow *window);

    // An action's text as a person reads it: no "&" mnemonic markers.
    static QString plainText(const QString &actionText);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void rebuild();

    QMainWindow *m_window;
    QTreeWidget *m_table;
};
