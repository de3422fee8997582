// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include "compliance/finding.h"
#include "compliance/knowncookies.h"
#include "document/policy.h"
#include "documentmanager.h"
#include "pagenavigator.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>

class Autosaver;
class BannerPage;
class CategoriesPage;
class CharterPage;
class CookiesPage;
class InterfaceLanguage;
class IssuesPanel;
class OverviewPage;
class ProvidersPage;
class QDockWidget;
class ScanDialog;
class TranslationView;
class PolicyDocument;
class QComboBox;
class QLabel;
class QListWidget;
class QMenu;
class QSplitter;
class QStackedWidget;
class QToolBar;
class RecentFiles;

// The document window: a navigation list of pages on the left, the chosen page in
// the centre, the file actions, undo/redo and the edit-language selector in the
// toolbar, and the file state in the status bar.
//
// The window keeps the actions, menus, docks and their texts; the document's life
// (new, open, save, recovery, recent and dropped files) is DocumentManager's, and
// the pages' registration and navigation PageNavigator's. The methods below that
// only forward to them stay for the command line, later features and tests.
//
// Pages are widgets registered under a stable id. The standard ids, in the order
// the navigation shows them, are standardPageIds(): "overview", "charter",
// "cookies", "providers", "categories", "banner", "scan"; "translations" follows.
// The Issues panel sits in a bottom dock ("issuesDock").
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    PolicyDocument *document() const { return m_document; }
    DocumentManager *documentManager() const { return m_documents; }
    // Pushes what the charter's editor holds and has not pushed yet (it waits for a
    // pause in the typing): before anything reads the whole document, an export, a
    // print, a publication, a check or an undo.
    void commitPendingEdits();
    PageNavigator *pageNavigator() const { return m_navigator; }

    // --- Pages: PageNavigator's, which says more -------------------------------
    static QStringList standardPageIds() { return PageNavigator::standardPageIds(); }
    static QString standardPageTitle(const QString &id)
    {
        return PageNavigator::standardPageTitle(id);
    }
    // The window takes ownership of page.
    void addPage(const QString &id, const QString &title, const QIcon &icon, QWidget *page)
    {
        m_navigator->addPage(id, title, icon, page);
    }
    void setPage(const QString &id, QWidget *page) { m_navigator->setPage(id, page); }
    QWidget *page(const QString &id) const { return m_navigator->page(id); }
    QStringList pageIds() const { return m_navigator->pageIds(); } // in navigation order
    QString currentPageId() const { return m_navigator->currentPageId(); }
    void showPage(const QString &id) { m_navigator->showPage(id); }

    // --- Edit language -------------------------------------------------------
    // The language localized texts are shown and edited in (a BCP 47 tag of the
    // document's languages); pages follow editLanguageChanged.
    QString editLanguage() const;
    void setEditLanguage(const QString &language);

    // --- Places for later features (Export, Check, Import…) ----------------------
    QMenu *fileMenu() const { return m_fileMenu; }
    QMenu *editMenu() const { return m_editMenu; }
    QMenu *viewMenu() const { return m_viewMenu; }
    QToolBar *mainToolBar() const { return m_toolBar; }
    Autosaver *autosaver() const { return m_documents->autosaver(); }
    RecentFiles *recentFiles() const { return m_documents->recentFiles(); }
    QMenu *documentMenu() const { return m_documentMenu; }
    InterfaceLanguage *interfaceLanguage() const { return m_interfaceLanguage; }
    IssuesPanel *issuesPanel() const { return m_issuesPanel; }
    const KnownCookies &knownCookies() const { return m_knownCookies; }

    // --- Imports (File › Import), each applied as one undo step ------------------
    // Open the mapping/preview dialog on path; false when cancelled or unreadable.
    bool importCsv(const QString &path);
    bool importCharterPage(const QString &source);
    bool importEvidence(const QString &path);
    // Goes to the place a finding names (cell, entry, banner field, section).
    void showFinding(const Finding &finding);

    // --- The document's life: DocumentManager's, which says more -----------------
    bool openFile(const QString &path) { return m_documents->openFile(path); }
    void adopt(Policy policy, const QString &path) { m_documents->adopt(std::move(policy), path); }
    void showDefaultCharter() { m_documents->showDefaultCharter(); }
    bool newDocument() { return m_documents->newDocument(); }
    bool saveTo(const QString &path) { return m_documents->saveTo(path); }
    bool offerRecovery() { return m_documents->offerRecovery(); }

signals:
    void editLanguageChanged(const QString &language);
    void currentPageChanged(const QString &id);

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createPages();
    void createActions();
    void retranslateUi();
    void updateIcons();
    void createMenus();
    void createIssuesDock();
    void undoOrRedo(bool undo);
    void updateUndoActions();
    void exportDocument();
    void chooseKnownCookies();
    void updateIssueCounts(int errors, int warnings, int infos);
    void refreshLanguages();
    void rebuildRecentMenu();
    void rebuildViewMenu();
    void updateTitle();
    void updateFileState();
    void restoreLayout();
    void saveLayout() const;

    DocumentManager *m_documents;
    PolicyDocument *m_document; // m_documents's, used everywhere
    InterfaceLanguage *m_interfaceLanguage;
    KnownCookies m_knownCookies;
    QSplitter *m_splitter;
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    PageNavigator *m_navigator;
    QPointer<OverviewPage> m_overviewPage;
    QPointer<CharterPage> m_charterPage;
    QPointer<CookiesPage> m_cookiesPage;
    QPointer<ProvidersPage> m_providersPage;
    QPointer<CategoriesPage> m_categoriesPage;
    QPointer<BannerPage> m_bannerPage;
    QPointer<ScanDialog> m_scanPage;
    QPointer<TranslationView> m_translationView;
    IssuesPanel *m_issuesPanel = nullptr;
    QDockWidget *m_issuesDock = nullptr;
    QLabel *m_issueCountLabel = nullptr;
    QToolBar *m_toolBar = nullptr;
    QLabel *m_editLanguageLabel = nullptr;
    QComboBox *m_editLanguageCombo = nullptr;
    QLabel *m_fileStateLabel = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_pagesMenu = nullptr;
    QMenu *m_importMenu = nullptr;
    QMenu *m_exportMenu = nullptr;
    QMenu *m_documentMenu = nullptr;
    QMenu *m_toolsMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QAction *m_importCsvAction = nullptr;
    QAction *m_importCharterAction = nullptr;
    QAction *m_importEvidenceAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_exportPdfAction = nullptr;
    QAction *m_printAction = nullptr;
    QAction *m_knownCookiesAction = nullptr;
    QAction *m_languagesAction = nullptr;
    QAction *m_markUpdatedAction = nullptr;
    QAction *m_scanAction = nullptr;
    QAction *m_checkAction = nullptr;
    QAction *m_issuesToggle = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_saveAsAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_clearRecentAction = nullptr;

    QString m_editLanguage;
    QString m_defaultLanguageSeen; // the document's default language at the last refresh
    int m_issueCounts[3] = {0, 0, 0}; // errors, warnings, infos: kept for retranslation
    bool m_layoutRestored = false;
};
