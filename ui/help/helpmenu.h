// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include <QMenu>
#include <QPointer>

class AboutDialog;
class InterfaceLanguage;
class QMainWindow;
class ShortcutsDialog;
class UserGuideWindow;

// The window's Help menu: the user guide (offline, from the application's
// resources), the keyboard shortcuts of the window's actions and the About box.
// Each opens once and is raised when asked again; none blocks the window.
class HelpMenu : public QMenu
{
    Q_OBJECT

public:
    HelpMenu(QMainWindow *window, InterfaceLanguage *language);

    void showUserGuide();
    void showShortcuts();
    void showAbout();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QMainWindow *m_window;
    InterfaceLanguage *m_language;
    QAction *m_guideAction;
    QAction *m_shortcutsAction;
    QAction *m_aboutAction;
    QPointer<UserGuideWindow> m_guide;
    QPointer<ShortcutsDialog> m_shortcuts;
    QPointer<AboutDialog> m_about;
};
