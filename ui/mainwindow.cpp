// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "mainwindow.h"

#include "bannerpage.h"
#include "categoriespage.h"
#include "charterimportdialog.h"
#include "charterpage.h"
#include "charterprinter.h"
#include "commands/importcommands.h"
#include "commands/metacommands.h"
#include "consentspage.h"
#include "cookiespage.h"
#include "csvimportdialog.h"
#include "document/languages.h"
#include "document/policydocument.h"
#include "documentmanager.h"
#include "exportdialog.h"
#include "exportguard.h"
#include "help/helpmenu.h"
#include "historypage.h"
#include "import/charterimporter.h"
#include "interfacelanguage.h"
#include "issuespanel.h"
#include "knowncookieschooser.h"
#include "languagename.h"
#include "languagesdialog.h"
#include "overviewpage.h"
#include "pagenavigator.h"
#include "paintedicons.h"
#include "providerspage.h"
#include "recentfiles.h"
#include "scandialog.h"
#include "sectioneditor.h"
#include "startpage.h"
#include "translationview.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTextEdit>
#include <QToolBar>
#include <QUndoStack>

namespace {
const auto GeometryKey = QLatin1StringView("window/geometry");
const auto StateKey = QLatin1StringView("window/state");
const auto SplitterKey = QLatin1StringView("window/splitter");
const auto PageKey = QLatin1StringView("window/page");

QIcon themedIcon(const QString &name, QStyle *style, QStyle::StandardPixmap fallback)
{
    return QIcon::fromTheme(name, style->standardIcon(fallback));
}

// The scan UI as a page: the dialog's Close button and Escape would hide the page
// (and cancel a running crawl), so both are turned off here.
class ScanPage : public ScanDialog
{
public:
    explicit ScanPage(PolicyDocument *document) : ScanDialog(document)
    {
        setWindowFlags(Qt::Widget);
        setSizeGripEnabled(false);
        if (auto *buttons = findChild<QDialogButtonBox *>())
            buttons->hide();
    }
    void reject() override {}
};

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_documents(new DocumentManager(this, this)),
      m_document(m_documents->document()), m_interfaceLanguage(new InterfaceLanguage(this)),
      m_knownCookies(KnownCookiesChooser::loadRemembered()),
      m_splitter(new QSplitter(Qt::Horizontal, this)), m_navigation(new QListWidget(m_splitter)),
      m_pages(new QStackedWidget(m_splitter)),
      m_navigator(new PageNavigator(m_navigation, m_pages, this))
{
    // The interface language is installed before any widget takes its texts.
    m_interfaceLanguage->restore();
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);

    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setSelectionMode(QAbstractItemView::SingleSelection);
    m_navigation->setUniformItemSizes(true);
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setSpacing(2);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setMinimumWidth(150);
    m_navigation->setBackgroundRole(QPalette::Window);
    m_pages->setObjectName(QStringLiteral("pages"));
    m_splitter->addWidget(m_navigation);
    m_splitter->addWidget(m_pages);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({180, 920});
    setCentralWidget(m_splitter);

    connect(m_navigator, &PageNavigator::currentPageChanged, this, &MainWindow::currentPageChanged);
    connect(m_navigator, &PageNavigator::pagesChanged, this, &MainWindow::rebuildViewMenu);

    connect(m_documents, &DocumentManager::pendingEditsNeeded, this, &MainWindow::commitPendingEdits);
    createActions();
    createPages();
    createMenus();
    createIssuesDock();
    HistoryPage::install(this); // File › Publish… and the History page (issue 15)
    StartPage::install(this);   // what File › Close leaves (issue 17)

    m_fileStateLabel = new QLabel(this);
    m_fileStateLabel->setObjectName(QStringLiteral("fileStateLabel"));
    m_fileStateLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->setObjectName(QStringLiteral("statusBar"));
    statusBar()->addPermanentWidget(m_issueCountLabel);
    statusBar()->addPermanentWidget(m_fileStateLabel);

    connect(m_document, &PolicyDocument::metaChanged, this, &MainWindow::refreshLanguages);
    connect(m_document, &PolicyDocument::policyReset, this, &MainWindow::refreshLanguages);
    // A new or opened document is checked at once, not after the typing pause.
    connect(m_document, &PolicyDocument::policyReset, m_issuesPanel, &IssuesPanel::recheckNow);
    connect(m_document, &PolicyDocument::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_document, &PolicyDocument::modificationChanged, this, &MainWindow::updateTitle);
    connect(m_documents, &DocumentManager::fileStateChanged, this, &MainWindow::updateTitle);
    connect(m_documents, &DocumentManager::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(m_documents->autosaver(), &Autosaver::failed, this, [this](const QString &error) {
        statusBar()->showMessage(tr("Autosave failed: %1").arg(error), 8000);
    });
    connect(m_documents->recentFiles(), &RecentFiles::changed, this,
            &MainWindow::rebuildRecentMenu);

    resize(1180, 800);
    retranslateUi();
    rebuildRecentMenu();
    refreshLanguages();
    showPage(QStringLiteral("overview"));
}

MainWindow::~MainWindow()
{
    // The undo stack announces "clean" while it is destroyed; by then this window
    // is half gone, and the autosaver would take it for a save and drop the
    // recovery copy that a window closed without closeEvent must leave behind.
    m_document->blockSignals(true);
    m_document->undoStack()->blockSignals(true);
}

// --- Pages -------------------------------------------------------------------

void MainWindow::createPages()
{
    const auto addStandardPage = [this](const QString &id, QWidget *widget) {
        addPage(id, {}, PageNavigator::standardPageIcon(id, style()), widget);
    };
    m_overviewPage = new OverviewPage(m_document);
    connect(this, &MainWindow::editLanguageChanged, m_overviewPage, &OverviewPage::setLanguage);
    addStandardPage(QStringLiteral("overview"), m_overviewPage);

    const auto showMessage = [this](const QString &message) {
        statusBar()->showMessage(message, 4000);
    };

    m_charterPage = new CharterPage(m_document);
    // One edit-language selector, the window's.
    m_charterPage->setLanguageSelectorVisible(false);
    connect(this, &MainWindow::editLanguageChanged, m_charterPage, &CharterPage::setEditLanguage);
    // Typing in a section is pushed only after a pause; until then Undo must stay
    // clickable, to push it and take it back (see undoOrRedo).
    if (auto *body = m_charterPage->sectionEditor()->findChild<QTextEdit *>(
            QStringLiteral("sectionBodyEdit")))
        connect(body, &QTextEdit::textChanged, this, [this, body] {
            // Typed, not loaded: a section shown or reloaded changes the text too.
            if (body->hasFocus())
                m_undoAction->setEnabled(true);
        });
    addStandardPage(QStringLiteral("charter"), m_charterPage);

    m_cookiesPage = new CookiesPage(m_document, this);
    // Filled in place when another database is chosen: the pointer stays valid.
    m_cookiesPage->setKnownCookies(&m_knownCookies);
    // Its view is named "cookieView": the window remembers its columns under that name.
    connect(this, &MainWindow::editLanguageChanged, m_cookiesPage, &CookiesPage::setEditLanguage);
    connect(m_cookiesPage, &CookiesPage::statusMessage, this, showMessage);
    addStandardPage(QStringLiteral("cookies"), m_cookiesPage);

    m_providersPage = new ProvidersPage(m_document, this);
    connect(m_providersPage, &ProvidersPage::statusMessage, this, showMessage);
    addStandardPage(QStringLiteral("providers"), m_providersPage);

    m_categoriesPage = new CategoriesPage(m_document, this);
    connect(this, &MainWindow::editLanguageChanged, m_categoriesPage,
            &CategoriesPage::setEditLanguage);
    connect(m_categoriesPage, &CategoriesPage::statusMessage, this, showMessage);
    addStandardPage(QStringLiteral("categories"), m_categoriesPage);

    m_bannerPage = new BannerPage(m_document);
    connect(this, &MainWindow::editLanguageChanged, m_bannerPage, &BannerPage::setEditLanguage);
    addStandardPage(QStringLiteral("banner"), m_bannerPage);

    m_scanPage = new ScanPage(m_document);
    m_scanPage->setObjectName(QStringLiteral("scanPage"));
    // Cookies added from a scan get what the known-cookie database says about them.
    m_scanPage->setCookieEnricher(
        [this](Cookie &cookie) { m_knownCookies.fillEmptyFields(cookie, m_document->policy()); });
    // The address to scan is the open document's site.
    connect(m_document, &PolicyDocument::policyReset, m_scanPage, [this] {
        m_scanPage->setUrl(m_document->policy().meta.siteUrl);
    });
    addStandardPage(QStringLiteral("scan"), m_scanPage);

    m_translationView = new TranslationView(m_document);
    addStandardPage(QStringLiteral("translations"), m_translationView);
    // Proof of consent: what the consent-log service kept (not part of the document).
    addStandardPage(QStringLiteral("consents"), new ConsentsPage);
}

// --- Actions -------------------------------------------------------------------

void MainWindow::createActions()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_newAction = m_fileMenu->addAction(
        themedIcon(QStringLiteral("document-new"), style(), QStyle::SP_FileIcon), QString(),
        m_documents, &DocumentManager::newDocument);
    m_newAction->setObjectName(QStringLiteral("actionNew"));
    m_newAction->setShortcut(QKeySequence::New);
    m_openAction = m_fileMenu->addAction(
        themedIcon(QStringLiteral("document-open"), style(), QStyle::SP_DialogOpenButton),
        QString(), m_documents, &DocumentManager::open);
    m_openAction->setObjectName(QStringLiteral("actionOpen"));
    m_openAction->setShortcut(QKeySequence::Open);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    // Files may have disappeared since the menu was built.
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    m_clearRecentAction = new QAction(this);
    m_clearRecentAction->setObjectName(QStringLiteral("actionClearRecent"));
    connect(m_clearRecentAction, &QAction::triggered, m_documents->recentFiles(),
            &RecentFiles::clear);
    m_fileMenu->addSeparator();
    m_saveAction = m_fileMenu->addAction(
        themedIcon(QStringLiteral("document-save"), style(), QStyle::SP_DialogSaveButton),
        QString(), m_documents, &DocumentManager::save);
    m_saveAction->setObjectName(QStringLiteral("actionSave"));
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAsAction = m_fileMenu->addAction(
        themedIcon(QStringLiteral("document-save-as"), style(), QStyle::SP_DialogSaveButton),
        QString(), m_documents, &DocumentManager::saveAs);
    m_saveAsAction->setObjectName(QStringLiteral("actionSaveAs"));
    // QKeySequence::SaveAs is empty on some platforms (and on the offscreen one): the
    // shortcut people expect comes first everywhere, the platform's own after it.
    QList<QKeySequence> saveAsKeys{QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)};
    for (const QKeySequence &platform : QKeySequence::keyBindings(QKeySequence::SaveAs)) {
        if (!saveAsKeys.contains(platform))
            saveAsKeys << platform;
    }
    m_saveAsAction->setShortcuts(saveAsKeys);
    m_fileMenu->addSeparator();
    m_importMenu = m_fileMenu->addMenu(QString());
    m_importMenu->setObjectName(QStringLiteral("importMenu"));
    m_importCsvAction = m_importMenu->addAction(QString(), this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Import a cookie inventory"), QDir::homePath(),
            tr("CSV files (*.csv *.tsv *.txt);;All files (*)"));
        if (!path.isEmpty())
            importCsv(path);
    });
    m_importCsvAction->setObjectName(QStringLiteral("actionImportCsv"));
    m_importCharterAction =
        m_importMenu->addAction(QString(), this, [this] { importCharterPage({}); });
    m_importCharterAction->setObjectName(QStringLiteral("actionImportCharter"));
    m_importEvidenceAction = m_importMenu->addAction(QString(), this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Import scan evidence"), QDir::homePath(),
            tr("HAR or WEC files (*.har *.json);;All files (*)"));
        if (!path.isEmpty())
            importEvidence(path);
    });
    m_importEvidenceAction->setObjectName(QStringLiteral("actionImportEvidence"));
    m_exportMenu = m_fileMenu->addMenu(QString());
    m_exportMenu->setObjectName(QStringLiteral("exportMenu"));
    m_exportAction = m_exportMenu->addAction(QString(), this, &MainWindow::exportDocument);
    m_exportAction->setObjectName(QStringLiteral("actionExport"));
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportPdfAction = m_exportMenu->addAction(QString(), this, [this] {
        commitPendingEdits();
        QString suggested;
        if (!m_document->filePath().isEmpty()) {
            const QFileInfo info(m_document->filePath());
            suggested = info.absoluteDir().filePath(
                ExportGuard::proposedName(m_document->filePath(), QStringLiteral("charter.pdf")));
        }
        CharterPrinter::exportPdf(this, m_document->policy(), editLanguage(), suggested);
    });
    m_exportPdfAction->setObjectName(QStringLiteral("actionExportPdf"));
    m_printAction = m_fileMenu->addAction(
        themedIcon(QStringLiteral("document-print"), style(), QStyle::SP_FileIcon), QString(),
        this, [this] {
            commitPendingEdits();
            CharterPrinter::print(this, m_document->policy(), editLanguage());
        });
    m_printAction->setObjectName(QStringLiteral("actionPrint"));
    m_printAction->setShortcut(QKeySequence::Print);
    m_fileMenu->addSeparator();
    m_knownCookiesAction =
        m_fileMenu->addAction(QString(), this, &MainWindow::chooseKnownCookies);
    m_knownCookiesAction->setObjectName(QStringLiteral("actionKnownCookies"));
    m_fileMenu->addSeparator();
    // Closes the document, not the window: the start page takes its place.
    m_closeAction = m_fileMenu->addAction(QString(), this, [this] {
        if (auto *start = findChild<StartPage *>())
            start->closeDocument();
    });
    m_closeAction->setObjectName(QStringLiteral("actionClose"));
    m_closeAction->setShortcut(QKeySequence::Close);
    m_quitAction = m_fileMenu->addAction(
        themedIcon(QStringLiteral("application-exit"), style(), QStyle::SP_DialogCloseButton),
        QString(), qApp, &QApplication::closeAllWindows);
    m_quitAction->setObjectName(QStringLiteral("actionQuit"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->setObjectName(QStringLiteral("editMenu"));
    // Not the stack's own actions: the charter's editor holds typing it pushes only
    // after a pause, and must push it before an undo (see undoOrRedo).
    m_undoAction = new QAction(this);
    m_undoAction->setObjectName(QStringLiteral("actionUndo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    connect(m_undoAction, &QAction::triggered, this, [this] { undoOrRedo(true); });
    m_redoAction = new QAction(this);
    m_redoAction->setObjectName(QStringLiteral("actionRedo"));
    m_redoAction->setShortcut(QKeySequence::Redo);
    connect(m_redoAction, &QAction::triggered, this, [this] { undoOrRedo(false); });
    QUndoStack *stack = m_document->undoStack();
    connect(stack, &QUndoStack::indexChanged, this, &MainWindow::updateUndoActions);
    connect(stack, &QUndoStack::cleanChanged, this, &MainWindow::updateUndoActions);
    updateIcons();
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addAction(m_redoAction);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));

    m_checkAction = new QAction(
        themedIcon(QStringLiteral("dialog-warning"), style(), QStyle::SP_MessageBoxWarning),
        QString(), this);
    m_checkAction->setObjectName(QStringLiteral("actionCheck"));
    m_checkAction->setShortcut(QKeySequence(Qt::Key_F7));

    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_toolBar->addAction(m_newAction);
    m_toolBar->addAction(m_openAction);
    m_toolBar->addAction(m_saveAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_undoAction);
    m_toolBar->addAction(m_redoAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_checkAction);
    m_toolBar->addSeparator();
    m_editLanguageLabel = new QLabel(m_toolBar);
    m_editLanguageLabel->setObjectName(QStringLiteral("editLanguageLabel"));
    m_editLanguageLabel->setContentsMargins(6, 0, 6, 0);
    m_editLanguageCombo = new QComboBox(m_toolBar);
    m_editLanguageCombo->setObjectName(QStringLiteral("editLanguageCombo"));
    m_editLanguageCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_editLanguageLabel->setBuddy(m_editLanguageCombo);
    m_toolBar->addWidget(m_editLanguageLabel);
    m_toolBar->addWidget(m_editLanguageCombo);
    connect(m_editLanguageCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0)
            setEditLanguage(m_editLanguageCombo->itemData(index).toString());
    });
}

void MainWindow::retranslateUi()
{
    m_fileMenu->setTitle(tr("&File"));
    m_newAction->setText(tr("&New"));
    m_newAction->setToolTip(tr("New charter from the default template"));
    m_openAction->setText(tr("&Open…"));
    m_openAction->setToolTip(tr("Open a charter"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_clearRecentAction->setText(tr("&Clear the List"));
    m_saveAction->setText(tr("&Save"));
    m_saveAction->setToolTip(tr("Save the charter"));
    m_saveAsAction->setText(tr("Save &As…"));
    m_closeAction->setText(tr("&Close"));
    m_quitAction->setText(tr("&Quit"));
    m_importMenu->setTitle(tr("&Import"));
    m_importCsvAction->setText(tr("&CSV Inventory…"));
    m_importCharterAction->setText(tr("Charter &Page…"));
    m_importEvidenceAction->setText(tr("Scan &Evidence…"));
    m_exportMenu->setTitle(tr("&Export"));
    m_exportAction->setText(tr("&Export…"));
    m_exportAction->setToolTip(tr("Export the charter, the banner or a consent library's configuration"));
    m_exportPdfAction->setText(tr("&PDF…"));
    m_printAction->setText(tr("&Print…"));
    m_knownCookiesAction->setText(tr("&Known-Cookie Database…"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    updateUndoActions();
    if (m_documentMenu) {
        m_documentMenu->setTitle(tr("&Document"));
        m_languagesAction->setText(tr("&Languages…"));
        m_markUpdatedAction->setText(tr("&Mark the Charter as Updated Today"));
        m_markUpdatedAction->setToolTip(
            tr("Set the last-updated date to today and note that the charter matches the "
               "current cookies"));
        m_toolsMenu->setTitle(tr("&Tools"));
        m_scanAction->setText(tr("&Scan Site…"));
        m_issuesDock->setWindowTitle(tr("Issues"));
        m_issuesToggle->setText(tr("&Issues"));
        updateIssueCounts(m_issueCounts[0], m_issueCounts[1], m_issueCounts[2]);
    }
    m_checkAction->setText(tr("&Check Now"));
    m_checkAction->setToolTip(tr("Check the document against the rules and show the issues"));
    m_toolBar->setWindowTitle(tr("Main toolbar"));
    m_toolBar->setAccessibleName(tr("Main toolbar"));
    m_editLanguageLabel->setText(tr("Edit &language:"));
    m_editLanguageCombo->setAccessibleName(tr("Edit language"));
    m_editLanguageCombo->setToolTip(
        tr("The language in which translatable texts are shown and edited"));
    m_navigation->setAccessibleName(tr("Pages"));
    m_pages->setAccessibleName(tr("Current page"));
    if (m_fileStateLabel)
        m_fileStateLabel->setAccessibleName(tr("File state"));

    m_navigator->retranslate(); // and the View menu, which lists the pages
    if (m_fileStateLabel)
        updateTitle();
}

void MainWindow::rebuildViewMenu()
{
    // The pages in navigation order, reachable with Ctrl+1…Ctrl+9.
    m_viewMenu->clear();
    const QStringList ids = m_navigator->pageIds();
    for (int i = 0; i < ids.size(); ++i) {
        const QString &id = ids.at(i);
        QAction *action =
            m_viewMenu->addAction(m_navigator->pageTitle(id), this, [this, id] { showPage(id); });
        action->setObjectName(QStringLiteral("actionShow_") + id);
        if (i < 9)
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }
    if (m_issuesToggle) {
        m_viewMenu->addSeparator();
        m_viewMenu->addAction(m_issuesToggle);
    }
}

void MainWindow::createMenus()
{
    // Edit: the grid's and the charter's own actions (they act where the focus is).
    m_editMenu->addSeparator();
    m_editMenu->addActions(m_cookiesPage->editActions());
    m_editMenu->addSeparator();
    m_editMenu->addActions(m_charterPage->sectionActions());

    m_documentMenu = new QMenu(this);
    m_documentMenu->setObjectName(QStringLiteral("documentMenu"));
    menuBar()->insertMenu(m_viewMenu->menuAction(), m_documentMenu);
    m_languagesAction = m_documentMenu->addAction(QString(), this, [this] {
        LanguagesDialog dialog(m_document, this);
        dialog.exec();
    });
    m_languagesAction->setObjectName(QStringLiteral("actionLanguages"));
    m_markUpdatedAction = m_documentMenu->addAction(QString(), this, [this] {
        m_document->undoStack()->push(new MarkUpdatedCommand(m_document, QDate::currentDate()));
    });
    m_markUpdatedAction->setObjectName(QStringLiteral("actionMarkUpdated"));

    m_toolsMenu = menuBar()->addMenu(QString());
    m_toolsMenu->setObjectName(QStringLiteral("toolsMenu"));
    m_scanAction = m_toolsMenu->addAction(QString(), this, [this] {
        // The scan lives in its page: one scanner, its report kept between visits.
        showPage(QStringLiteral("scan"));
        if (auto *url = m_scanPage->findChild<QLineEdit *>(QStringLiteral("urlEdit")))
            url->setFocus();
    });
    m_scanAction->setObjectName(QStringLiteral("actionScan"));
    m_toolsMenu->addAction(m_checkAction);

    m_languageMenu = m_interfaceLanguage->createMenu(this);
    m_languageMenu->setObjectName(QStringLiteral("languageMenu"));
    menuBar()->addMenu(m_languageMenu);
    menuBar()->addMenu(new HelpMenu(this, m_interfaceLanguage));
}

void MainWindow::createIssuesDock()
{
    m_issuesPanel = new IssuesPanel;
    m_issuesPanel->setKnownCookies(&m_knownCookies);
    m_issuesPanel->setMessageLanguage(m_interfaceLanguage->effectiveLanguage());
    connect(m_interfaceLanguage, &InterfaceLanguage::choiceChanged, m_issuesPanel, [this] {
        m_issuesPanel->setMessageLanguage(m_interfaceLanguage->effectiveLanguage());
    });
    connect(m_issuesPanel, &IssuesPanel::activated, this, &MainWindow::showFinding);
    connect(m_issuesPanel, &IssuesPanel::summaryChanged, this, &MainWindow::updateIssueCounts);
    connect(m_cookiesPage, &CookiesPage::cookieInProgressChanged, m_issuesPanel, &IssuesPanel::holdCookieRow);
    // The grid marks the rows with findings and can keep only those.
    connect(m_issuesPanel, &IssuesPanel::reportChanged, m_cookiesPage, [this] {
        m_cookiesPage->setRowSeverities(m_issuesPanel->report().worstSeverityPerCookieRow());
    });
    m_issuesPanel->setDocument(m_document);

    m_issuesDock = new QDockWidget(this);
    m_issuesDock->setObjectName(QStringLiteral("issuesDock"));
    m_issuesDock->setWidget(m_issuesPanel);
    m_issuesDock->setAllowedAreas(Qt::BottomDockWidgetArea | Qt::RightDockWidgetArea);
    addDockWidget(Qt::BottomDockWidgetArea, m_issuesDock);
    // A strip under the page, not a third of the window (a saved layout wins).
    resizeDocks({m_issuesDock}, {150}, Qt::Vertical);
    m_issuesToggle = m_issuesDock->toggleViewAction();
    m_issuesToggle->setObjectName(QStringLiteral("actionShowIssues"));
    m_issuesToggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));

    connect(m_checkAction, &QAction::triggered, this, [this] {
        commitPendingEdits();
        m_issuesDock->show();
        m_issuesDock->raise();
        m_issuesPanel->recheckNow();
    });

    m_issueCountLabel = new QLabel(this);
    m_issueCountLabel->setObjectName(QStringLiteral("issueCountLabel"));
    m_issueCountLabel->setContentsMargins(6, 0, 6, 0);
    rebuildViewMenu();
}

void MainWindow::updateIssueCounts(int errors, int warnings, int infos)
{
    m_issueCounts[0] = errors;
    m_issueCounts[1] = warnings;
    m_issueCounts[2] = infos;
    if (!m_issueCountLabel)
        return;
    // The words of the Issues dock and of every report (SeverityWords).
    m_issueCountLabel->setText(SeverityWords::summary(errors, warnings, infos, Languages::ofInterface()));
    m_issueCountLabel->setAccessibleName(tr("Issues"));
}

void MainWindow::showFinding(const Finding &finding)
{
    const FindingPlace &place = finding.place;
    if (!place.language.isEmpty() && m_document->policy().meta.languages.contains(place.language))
        setEditLanguage(place.language);
    m_navigator->showPlace(place);
}

void MainWindow::commitPendingEdits()
{
    if (m_charterPage)
        m_charterPage->sectionEditor()->flush();
}

void MainWindow::undoOrRedo(bool undo)
{
    // Typing the section editor has not pushed yet is the newest change: push it
    // first, so Undo takes it back instead of the command before it.
    commitPendingEdits();
    QUndoStack *stack = m_document->undoStack();
    if (undo)
        stack->undo();
    else
        stack->redo();
    updateUndoActions(); // also when there was nothing to push or undo
}

void MainWindow::updateUndoActions()
{
    QUndoStack *stack = m_document->undoStack();
    const QString undoText = stack->undoText();
    const QString redoText = stack->redoText();
    m_undoAction->setEnabled(stack->canUndo());
    m_redoAction->setEnabled(stack->canRedo());
    m_undoAction->setText(undoText.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(undoText));
    m_redoAction->setText(redoText.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(redoText));
}

// --- Imports and exports --------------------------------------------------------------

bool MainWindow::importCsv(const QString &path)
{
    CsvImportDialog dialog(m_document->policy(), this);
    dialog.setObjectName(QStringLiteral("csvImportDialog"));
    if (const Status status = dialog.openFile(path); !status) {
        QMessageBox::warning(this, tr("Cannot import the inventory"), status.error);
        return false;
    }
    if (dialog.exec() != QDialog::Accepted || !dialog.canImport())
        return false;
    // Matched against the document by name and domain: changed, added, maybe removed.
    const InventoryUpdate &update = dialog.update();
    QUndoCommand *command = ImportCommands::inventoryUpdate(m_document, update);
    command->setText(QCoreApplication::translate("UndoCommands", "Import %1 (%2)")
                         .arg(QFileInfo(path).fileName(), update.summary()));
    m_document->undoStack()->push(command);
    showPage(QStringLiteral("cookies"));
    statusBar()->showMessage(
        tr("Imported %1: %2").arg(QFileInfo(path).fileName(), update.summary()), 6000);
    return true;
}

bool MainWindow::importCharterPage(const QString &source)
{
    CharterImportDialog dialog(m_document->policy(), this);
    dialog.setObjectName(QStringLiteral("charterImportDialog"));
    if (!source.isEmpty()) {
        dialog.setSource(source);
        dialog.loadPreview();
    }
    if (dialog.exec() != QDialog::Accepted || !dialog.hasResult())
        return false;
    const CharterImport &imported = dialog.result();
    // One step: the language, the inventory, then the sections that may list it.
    m_document->undoStack()->push(ImportCommands::charterPage(
        m_document, imported,
        QCoreApplication::translate("UndoCommands", "Import the charter page")));
    showPage(QStringLiteral("charter"));
    statusBar()->showMessage(tr("Imported %n section(s) and %1", nullptr,
                                int(imported.sections.size()))
                                 .arg(tr("%n cookie(s)", nullptr,
                                         int(imported.inventory.cookies.size()))),
                             6000);
    return true;
}

bool MainWindow::importEvidence(const QString &path)
{
    showPage(QStringLiteral("scan"));
    return m_scanPage->loadEvidence(path);
}

void MainWindow::exportDocument()
{
    commitPendingEdits();
    ExportDialog dialog(m_document->policy(), m_document->filePath(), this);
    dialog.setObjectName(QStringLiteral("exportDialog"));
    dialog.setLanguage(editLanguage());
    connect(&dialog, &ExportDialog::exported, this, [this](const QString &path) {
        statusBar()->showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(path)), 6000);
    });
    dialog.exec();
}

void MainWindow::chooseKnownCookies()
{
    // The panel and the scan keep a pointer to m_knownCookies: it is filled in place.
    if (KnownCookiesChooser::choose(this, m_knownCookies))
        m_issuesPanel->recheckNow();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange)
        updateIcons(); // light ↔ dark
    QMainWindow::changeEvent(event);
}

void MainWindow::updateIcons()
{
    // The style's arrows read as "back/forward", not undo: prefer the theme's, else draw.
    const QIcon undo = QIcon::fromTheme(QStringLiteral("edit-undo"));
    const QIcon redo = QIcon::fromTheme(QStringLiteral("edit-redo"));
    m_undoAction->setIcon(undo.isNull() ? PaintedIcons::undo(palette()) : undo);
    m_redoAction->setIcon(redo.isNull() ? PaintedIcons::redo(palette()) : redo);
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = m_documents->recentFiles()->files();
    for (int i = 0; i < files.size(); ++i) {
        const QString &path = files.at(i);
        // "&1 name.charte.json" gives each entry a keyboard accelerator.
        QAction *action = m_recentMenu->addAction(
            QStringLiteral("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName()), this,
            [this, path] { m_documents->replaceWith(path); });
        action->setObjectName(QStringLiteral("recentFileAction"));
        action->setData(path);
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
    }
    if (!files.isEmpty())
        m_recentMenu->addSeparator();
    m_recentMenu->addAction(m_clearRecentAction);
    m_clearRecentAction->setEnabled(!files.isEmpty());
    m_recentMenu->setEnabled(!files.isEmpty());
}

// --- Edit language ---------------------------------------------------------------

QString MainWindow::editLanguage() const
{
    return m_editLanguage.isEmpty() ? m_document->policy().meta.defaultLanguage : m_editLanguage;
}

void MainWindow::setEditLanguage(const QString &language)
{
    if (m_editLanguage == language)
        return;
    m_editLanguage = language;
    const int index = m_editLanguageCombo->findData(language);
    if (index >= 0 && index != m_editLanguageCombo->currentIndex())
        m_editLanguageCombo->setCurrentIndex(index);
    emit editLanguageChanged(language);
}

void MainWindow::refreshLanguages()
{
    const PolicyMeta &meta = m_document->policy().meta;
    const QStringList languages = Languages::defaultFirst(meta);

    {
        const QSignalBlocker blocker(m_editLanguageCombo);
        m_editLanguageCombo->clear();
        for (const QString &code : languages)
            m_editLanguageCombo->addItem(languageDisplayName(code), code);
    }
    // Keep the chosen language while the document still has it.
    const QString wanted =
        languages.contains(m_editLanguage) ? m_editLanguage : meta.defaultLanguage;
    {
        const QSignalBlocker blocker(m_editLanguageCombo);
        m_editLanguageCombo->setCurrentIndex(m_editLanguageCombo->findData(wanted));
    }
    // Pages hold "the document's default language" as no language at all. When the
    // default moves (another document, another default), the same choice means another
    // language to them: tell them again, even if the choice here stays.
    if (meta.defaultLanguage != m_defaultLanguageSeen) {
        m_defaultLanguageSeen = meta.defaultLanguage;
        m_editLanguage.clear();
    }
    setEditLanguage(wanted);
}

// --- The document's life: DocumentManager's ---------------------------------------------

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_documents->close()) {
        event->ignore();
        return;
    }
    if (auto *start = findChild<StartPage *>())
        start->rememberSession();
    saveLayout();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!DocumentManager::droppedFile(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = DocumentManager::droppedFile(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    m_documents->replaceWith(path);
}

// --- Views of the state ------------------------------------------------------------------

void MainWindow::updateTitle()
{
    const QString path = m_document->filePath();
    const QString name = path.isEmpty() ? tr("Untitled") : QFileInfo(path).fileName();
    setWindowFilePath(path);
    setWindowTitle(name + QStringLiteral("[*] — Charte"));
    setWindowModified(m_document->isModified());
    m_saveAction->setEnabled(m_document->isModified() || path.isEmpty());
    updateFileState();
}

void MainWindow::updateFileState()
{
    const QString path = QDir::toNativeSeparators(m_document->filePath());
    QString state;
    if (path.isEmpty())
        state = m_document->isModified() ? tr("Modified, never saved") : tr("Never saved");
    else
        state = (m_document->isModified() ? tr("Modified — %1") : tr("Saved — %1")).arg(path);
    m_fileStateLabel->setText(state);
    m_fileStateLabel->setToolTip(path);
}

// --- Layout memory -------------------------------------------------------------------------

void MainWindow::showEvent(QShowEvent *event)
{
    if (!m_layoutRestored && !event->spontaneous())
        restoreLayout();
    QMainWindow::showEvent(event);
}

void MainWindow::restoreLayout()
{
    m_layoutRestored = true;
    QSettings settings;
    restoreGeometry(settings.value(GeometryKey).toByteArray());
    restoreState(settings.value(StateKey).toByteArray());
    m_splitter->restoreState(settings.value(SplitterKey).toByteArray());
    m_navigator->restoreHeaders();
    const QString pageId = settings.value(PageKey).toString();
    if (page(pageId))
        showPage(pageId);
    if (auto *start = findChild<StartPage *>())
        start->layoutRestored();
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
    settings.setValue(SplitterKey, m_splitter->saveState());
    settings.setValue(PageKey, currentPageId());
    m_navigator->saveHeaders();
}
