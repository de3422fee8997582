#pragma once

#include "compliance/compliancefinding.h"
#include "compliance/knowncookies.h"
#include "document/policy.h"

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
class QListWidgetItem;
class QMenu;
class QMimeData;
class QSplitter;
class QStackedWidget;
class QToolBar;
class RecentFiles;

// The document window: a navigation list of pages on the left, the chosen page in
// the centre, the file actions, undo/redo and the edit-language selector in the
// toolbar, and the file state in the status bar.
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

    // --- Pages ---------------------------------------------------------------
    static QStringList standardPageIds();
    // The translated navigation title of a standard page ("Cookies"), else empty.
    static QString standardPageTitle(const QString &id);
    // Adds page under id. A standard id takes its place in the standard order,
    // other ids go after them in the order added. The window takes ownership.
    // Adding an id that exists replaces that page (see setPage).
    void addPage(const QString &id, const QString &title, const QIcon &icon, QWidget *page);
    // Puts page under id: replaces (and deletes) the page already there, keeping its
    // title and icon, or adds it with the standard title when id is new.
    void setPage(const QString &id, QWidget *page);
    QWidget *page(const QString &id) const;
    QStringList pageIds() const; // in navigation order
    QString currentPageId() const;
    void showPage(const QString &id);

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
    Autosaver *autosaver() const { return m_autosaver; }
    RecentFiles *recentFiles() const { return m_recentFiles; }
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

    // --- The document's life ---------------------------------------------------
    // Opens path in this window; on failure shows the reason and keeps the current document.
    bool openFile(const QString &path);
    // Shows policy, read from path by the caller (the command line reports its own errors).
    void adopt(Policy policy, const QString &path);
    // An untitled document from the default template, without asking.
    void showDefaultCharter();
    // File › New: asks about unsaved changes first; false if the user cancelled.
    bool newDocument();
    bool save();
    bool saveAs();
    bool saveTo(const QString &path);
    // Asks Save / Discard / Cancel when the document is modified; true to go on.
    bool maybeSave();
    // Offers the newest document a crashed session left in the recovery folder.
    // CHARTE_RECOVERY_ANSWER=restore|discard answers without asking (scripts, tests).
    // Returns true if a document was restored.
    bool offerRecovery();

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
    void open();
    void restoreLayout();
    void saveLayout() const;
    void restoreHeaders(QWidget *page);
    QListWidgetItem *navigationItem(const QString &id) const;
    static QString droppedFile(const QMimeData *data);

    PolicyDocument *m_document;
    Autosaver *m_autosaver;
    RecentFiles *m_recentFiles;
    InterfaceLanguage *m_interfaceLanguage;
    KnownCookies m_knownCookies;
    QSplitter *m_splitter;
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
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
    int m_issueCounts[3] = {0, 0, 0}; // errors, warnings, infos: kept for retranslation
    bool m_layoutRestored = false;
};
