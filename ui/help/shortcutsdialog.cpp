// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

QString shortcutText(const QAction *action)
{
    QStringList keys;
    for (const QKeySequence &key : action->shortcuts())
        keys << key.toString(QKeySequence::NativeText);
    return keys.join(QStringLiteral(", "));
}

// Adds a group with the actions of menu (and of its submenus, under their own
// title) that have a shortcut; marks each action listed in seen.
void addMenu(QTreeWidget *table, const QString &title, const QList<QAction *> &actions,
             QSet<const QAction *> &seen)
{
    QTreeWidgetItem *group = nullptr;
    for (QAction *action : actions) {
        if (QMenu *submenu = action->menu()) {
            addMenu(table,
                    title + QStringLiteral(" › ") + ShortcutsDialog::plainText(submenu->title()),
                    submenu->actions(), seen);
            continue;
        }
        if (action->isSeparator() || action->shortcuts().isEmpty() || seen.contains(action))
            continue;
        seen.insert(action);
        if (!group) {
            group = new QTreeWidgetItem(table, {title});
            group->setFirstColumnSpanned(true);
            group->setExpanded(true);
        }
        new QTreeWidgetItem(group,
                            {ShortcutsDialog::plainText(action->text()), shortcutText(action)});
    }
}

} // namespace

ShortcutsDialog::ShortcutsDialog(QMainWindow *window)
    : QDialog(window), m_window(window), m_table(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    m_table->setObjectName(QStringLiteral("shortcutsTable"));
    m_table->setColumnCount(2);
    m_table->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->header()->setStretchLastSection(false);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(520, 560);
    rebuild();
}

QString ShortcutsDialog::plainText(const QString &actionText)
{
    QString text;
    text.reserve(actionText.size());
    for (qsizetype i = 0; i < actionText.size(); ++i) {
        const QChar character = actionText.at(i);
        if (character == u'&') {
            // "&&" is a literal ampersand; a single "&" marks the mnemonic.
            if (i + 1 < actionText.size() && actionText.at(i + 1) == u'&') {
                text += u'&';
                ++i;
            }
            continue;
        }
        text += character;
    }
    return text;
}

void ShortcutsDialog::changeEvent(QEvent *event)
{
    // Queued: every top-level window gets the event, the main window's actions
    // retranslate in theirs, and the order is not known; read them after it.
    if (event->type() == QEvent::LanguageChange)
        QMetaObject::invokeMethod(this, &ShortcutsDialog::rebuild, Qt::QueuedConnection);
    QDialog::changeEvent(event);
}

void ShortcutsDialog::showEvent(QShowEvent *event)
{
    // Shortcuts can change while the dialog exists: read them whenever it shows.
    rebuild();
    QDialog::showEvent(event);
}

void ShortcutsDialog::rebuild()
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_table->setHeaderLabels({tr("Action"), tr("Shortcut")});
    m_table->clear();
    QSet<const QAction *> seen;
    for (QAction *menuAction : m_window->menuBar()->actions()) {
        if (QMenu *menu = menuAction->menu())
            addMenu(m_table, plainText(menu->title()), menu->actions(), seen);
    }
    // Actions outside the menus (toolbar-only, window-wide keys).
    QList<QAction *> others;
    for (QAction *action : m_window->findChildren<QAction *>()) {
        if (!seen.contains(action) && action->isVisible() && !action->menu())
            others << action;
    }
    addMenu(m_table, tr("Other"), others, seen);
}
