// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include "compliance/finding.h"

#include <QHash>
#include <QPersistentModelIndex>
#include <QWidget>

class CookieDelegate;
class CookieFilterProxy;
class CookieTableModel;
class KnownCookies;
class QCheckBox;
class PolicyDocument;
class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;
class QToolBar;

// The Cookies page: the inventory as an editable grid with a search box and a
// category filter. Keyboard first: Enter or F2 edits, Tab moves, Insert adds a row,
// Delete removes the selected rows, Ctrl+D duplicates them, Ctrl+C copies the
// selection for a spreadsheet, Ctrl+V pastes a spreadsheet block at the current
// cell. Every change is one step on the document's undo stack.
class CookiesPage : public QWidget
{
    Q_OBJECT

public:
    explicit CookiesPage(PolicyDocument *document, QWidget *parent = nullptr);
    ~CookiesPage() override;

    CookieTableModel *model() const { return m_model; }
    CookieFilterProxy *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    // Add, duplicate, remove, move up/down, copy, paste: for an Edit menu or a
    // toolbar. Their shortcuts act while the grid has the focus.
    QList<QAction *> editActions() const;
    // The known-cookie database the name editor suggests from (not owned; null:
    // the built-in list).
    void setKnownCookies(const KnownCookies *database);
    QCheckBox *problemsFilter() const { return m_onlyProblems; }

public slots:
    // The language the service and purpose columns show and edit.
    void setEditLanguage(const QString &language);
    // The worst finding per document row from the last check: the rows are marked
    // and "Only rows with problems" keeps these.
    void setRowSeverities(const QHash<qsizetype, Severity> &severities);
    // Selects the cell (source row and column), clearing filters that hide it:
    // where the issues panel sends a person.
    void showCookie(int sourceRow, int column);
    void addCookie();
    void removeSelected();
    void clearSelectedCells();
    void duplicateSelected();
    void moveSelectedUp();
    void moveSelectedDown();
    void copySelection();
    void paste();

signals:
    // A short confirmation for the status bar ("Pasted 12 rows").
    void statusMessage(const QString &message);
    // The document row of a cookie just added and being typed, or -1 once the person
    // leaves it: the Issues panel holds that row's findings back meanwhile.
    void cookieInProgressChanged(qsizetype row);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void setCookieInProgress(qsizetype row);
    void rebuildCategoryFilter();
    void updateCount();
    void updateActions();
    void createNewProvider(const QPersistentModelIndex &index, const QString &typedName);
    void createNewCategory(const QPersistentModelIndex &index);
    void moveSelected(int direction);
    QList<int> selectedSourceRows() const;
    void setInitialColumnWidths();
    void prepareSearchWhenIdle();

    PolicyDocument *m_document;
    qsizetype m_cookieInProgress = -1;
    CookieTableModel *m_model;
    CookieFilterProxy *m_proxy;
    CookieDelegate *m_delegate;
    QLineEdit *m_search;
    QComboBox *m_categoryFilter;
    QCheckBox *m_onlyProblems;
    QLabel *m_count;
    QToolBar *m_toolBar;
    QTableView *m_view;
    QAction *m_addAction;
    QAction *m_duplicateAction;
    QAction *m_removeAction;
    QAction *m_clearAction;
    QAction *m_moveUpAction;
    QAction *m_moveDownAction;
    QAction *m_copyAction;
    QAction *m_pasteAction;
    QAction *m_findAction;
    QTimer *m_searchIndexer;
};
