// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include "compliance/finding.h"
#include "cookiegridview.h"

#include <QHash>
#include <QPersistentModelIndex>
#include <QWidget>

#include <functional>

class CookieDelegate;
class CookieDetailsPane;
class CookieFilterProxy;
class CookieTableModel;
class KnownCookies;
class QCheckBox;
class PolicyDocument;
class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QSplitter;
class QTableView;
class QTimer;
class QToolBar;

// The Cookies page: the inventory as an editable grid with a search box and a
// category filter. Keyboard first: Enter or F2 edits, Tab moves, Insert adds a row,
// Delete removes the selected rows, Ctrl+D duplicates them, Ctrl+C copies the
// selection for a spreadsheet, Ctrl+V pastes a spreadsheet block at the current
// cell, inserting the rows as new cookies below the last row or on a whole-row
// selection, and asking before it writes over existing cookies. Rows are dragged
// to reorder them. A pane beside the grid shows every field of the current cookie,
// and the header's context menu shows or hides the optional columns (remembered).
// Every change is one step on the document's undo stack.
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
    CookieDetailsPane *detailsPane() const { return m_details; }
    // Shows or hides the details pane (the "Details" action).
    QAction *detailsAction() const { return m_detailsAction; }
    // The header's menu of columns, each a checkable action named "showColumn_<field>".
    QMenu *columnsMenu() const { return m_columnsMenu; }

    // The answer to "paste over existing cookies?".
    enum class PasteChoice { Replace, Insert, Cancel };
    // Asks it: by default a message box; tests answer through this seam.
    using PasteQuestion = std::function<PasteChoice(int cookies)>;
    void setPasteQuestion(PasteQuestion question) { m_pasteQuestion = std::move(question); }

    // QSettings key of the hidden columns (a list of field names).
    static QString hiddenColumnsKey();

public slots:
    // The language the service and purpose columns show and edit.
    void setEditLanguage(const QString &language);
    // The worst finding per document row from the last check: the rows are marked
    // and "Only rows with problems" keeps these.
    void setRowSeverities(const QHash<qsizetype, Severity> &severities);
    // Selects the cell (source row and column), clearing filters that hide it:
    // where the issues panel sends a person.
    void showCookie(int sourceRow, int column);
    // Selects the cookie and gives the keyboard to the details pane's control for
    // `field` (a finding's JSON member, "secure", "legalBasis"…), showing the pane:
    // where a finding lands, on a control that can fix it.
    void showCookieField(int sourceRow, const QString &field);
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
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();
    void setCookieInProgress(qsizetype row);
    void rebuildCategoryFilter();
    void updateCount();
    void updateActions();
    void createNewProvider(const QPersistentModelIndex &index, const QString &typedName);
    void createNewCategory(const QPersistentModelIndex &index);
    void moveSelected(int direction);
    // Moves the document's rows first..first+count-1 before row to, as one undo step,
    // and keeps them selected where they land.
    void moveBlock(int first, int count, int to);
    // Moves the selected rows (one contiguous block) before view row `viewRow`.
    void moveSelectedTo(int viewRow);
    void setColumnShown(int column, bool shown);
    void restoreColumns();
    // What the grid does not show, the search does not look in.
    void searchVisibleColumns();
    void rebuildColumnsMenu();
    PasteChoice askPasteOver(int cookies);
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
    CookieGridView *m_view;
    CookieDetailsPane *m_details;
    QSplitter *m_splitter;
    QMenu *m_columnsMenu;
    QAction *m_detailsAction;
    PasteQuestion m_pasteQuestion;
    bool m_shownOnce = false;
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
