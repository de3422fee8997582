// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include <QList>
#include <QPointer>
#include <QWidget>

class MainWindow;
class QAction;
class QCheckBox;
class QCommandLinkButton;
class QLabel;
class QListWidget;
class QPushButton;

// What the window shows when no document is open (File › Close): the recent
// documents, a new document from each built-in template, and whether Charte
// reopens the last document when it starts. The window keeps its menus; what
// needs a document is disabled while the page is shown, and the page gives way
// as soon as a document is opened, made or restored.
//
// The setting "session/reopenLastDocument" (on unless turned off, File menu and
// this page) and "session/lastDocument" (the file open when the window closed,
// empty when it closed on this page) are kept in QSettings.
class StartPage : public QWidget
{
    Q_OBJECT

public:
    // Creates the page for window, adds File › Reopen Last Document at Start and
    // returns the page (owned by window).
    static StartPage *install(MainWindow *window);

    bool isShown() const { return m_shown; }
    // File › Close: asks about unsaved changes as quitting does; false if the
    // person kept the document.
    bool closeDocument();
    // The window is closing: remember what to reopen, and put the document view back
    // so the window's saved layout is the working one.
    void rememberSession();
    // At start without a FILE argument: reopens the remembered document, or shows this
    // page when the last session ended on it. False when there is nothing to restore
    // (the setting is off, or first start): the caller shows the default charter.
    bool restoreSession();
    // The window has just restored its saved layout, which may show the Issues dock:
    // while this page is shown the dock stays hidden, and comes back when a document
    // opens, as the layout had it.
    void layoutRestored();

    static bool reopensLastDocument();
    static void setReopensLastDocument(bool reopen);

    QAction *reopenAction() const { return m_reopenAction; }

protected:
    void changeEvent(QEvent *event) override;

private:
    explicit StartPage(MainWindow *window);
    void enter();
    void leave();
    void newFromTemplate(const QString &name);
    void rebuildRecentList();
    void retranslateUi();

    MainWindow *m_window;
    bool m_shown = false;
    bool m_resetting = false; // the page itself empties the document
    bool m_issuesWereVisible = false;
    QWidget *m_documentView = nullptr; // the window's central widget, taken while shown
    QList<QPointer<QAction>> m_disabled; // what the page disabled, to enable again

    QAction *m_reopenAction;
    QLabel *m_title;
    QLabel *m_tagline;
    QLabel *m_recentHeading;
    QListWidget *m_recentList;
    QLabel *m_noRecent;
    QPushButton *m_openButton;
    QLabel *m_templatesHeading;
    QList<QCommandLinkButton *> m_templateButtons;
    QCheckBox *m_reopenBox;
};
