// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "helpmenu.h"

#include "aboutdialog.h"
#include "shortcutsdialog.h"
#include "userguidewindow.h"

#include <QEvent>
#include <QMainWindow>

namespace {

// Shows a help window made on first use, or brings back the one already open.
template <typename Window, typename Make> void raiseOrMake(QPointer<Window> &window, Make make)
{
    if (!window) {
        window = make();
        window->setAttribute(Qt::WA_DeleteOnClose);
    }
    window->show();
    window->raise();
    window->activateWindow();
}

} // namespace

HelpMenu::HelpMenu(QMainWindow *window, InterfaceLanguage *language)
    : QMenu(window), m_window(window), m_language(language)
{
    setObjectName(QStringLiteral("helpMenu"));
    m_guideAction = addAction(QString(), this, &HelpMenu::showUserGuide);
    m_guideAction->setObjectName(QStringLiteral("actionUserGuide"));
    m_guideAction->setShortcut(QKeySequence::HelpContents);
    m_shortcutsAction = addAction(QString(), this, &HelpMenu::showShortcuts);
    m_shortcutsAction->setObjectName(QStringLiteral("actionKeyboardShortcuts"));
    addSeparator();
    m_aboutAction = addAction(QString(), this, &HelpMenu::showAbout);
    m_aboutAction->setObjectName(QStringLiteral("actionAbout"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    retranslateUi();
}

void HelpMenu::showUserGuide()
{
    raiseOrMake(m_guide, [this] { return new UserGuideWindow(m_language, m_window); });
}

void HelpMenu::showShortcuts()
{
    raiseOrMake(m_shortcuts, [this] { return new ShortcutsDialog(m_window); });
}

void HelpMenu::showAbout()
{
    raiseOrMake(m_about, [this] { return new AboutDialog(m_window); });
}

void HelpMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMenu::changeEvent(event);
}

void HelpMenu::retranslateUi()
{
    setTitle(tr("&Help"));
    m_guideAction->setText(tr("User &Guide"));
    m_shortcutsAction->setText(tr("&Keyboard Shortcuts"));
    m_aboutAction->setText(tr("&About Charte"));
}
