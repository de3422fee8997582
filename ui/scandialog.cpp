// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "scandialog.h"

#include "document/languages.h"
#include "document/policydocument.h"
#include "scan/browserscanner.h"
#include "scan/evidenceimporter.h"
#include "scan/scanhtmlreport.h"
#include "scan/scanreportfiles.h"
#include "scan/scanreportwriter.h"
#include "scan/scanrules.h"
#include "scan/sitescanner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPainter>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace {

enum FindingColumn {
    SeverityColumn,
    RuleColumn,
    FindingPhaseColumn,
    MessageColumn,
    FindingColumnCount
};
enum CookieColumn {
    CookiePhaseColumn,
    NameColumn,
    DomainColumn,
    LifetimeColumn,
    PartyColumn,
    FlagsColumn,
    WrittenByColumn,
    FirstSeenColumn,
    CookieColumnCount
};
enum StorageColumn {
    StoragePhaseColumn,
    KindColumn,
    KeyColumn,
    OriginColumn,
    StoragePartyColumn,
    StorageColumnCount
};
enum HostColumn { HostPhaseColumn, HostColumn, HostColumnCount };
enum Engine { ChromiumEngine, HttpEngine };
constexpr int PhaseKeyRole = Qt::UserRole + 1;
const QSize ThumbnailSize(240, 150);

QSpinBox *spinBox(int minimum, int maximum, int value, const char *objectName)
{
    auto *spin = new QSpinBox;
    spin->setRange(minimum, maximum);
    spin->setValue(value);
    spin->setObjectName(QLatin1StringView(objectName));
    return spin;
}

QTableWidgetItem *item(const QString &text)
{
    auto *cell = new QTableWidgetItem(text);
    cell->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return cell;
}

QTableWidget *table(int columns, const char *objectName)
{
    auto *view = new QTableWidget(0, columns);
    view->setObjectName(QLatin1StringView(objectName));
    view->horizontalHeader()->setStretchLastSection(true);
    view->verticalHeader()->hide();
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    return view;
}

QString severityText(Severity severity)
{
    return SeverityWords::name(severity).text(Languages::ofInterface());
}

QColor severityColor(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QColor(0xb3, 0x26, 0x1e);
    case Severity::Warning:
        return QColor(0x8a, 0x53, 0x00);
    case Severity::Info:
        return QColor(0x1b, 0x4b, 0x8a);
    }
    return QColor();
}

// A screenshot at its full size, in a window of its own, scrollable.
class ScreenshotViewer : public QDialog
{
public:
    ScreenshotViewer(const QPixmap &pixmap, const QString &title, QWidget *parent) : QDialog(parent)
    {
        setObjectName(QStringLiteral("screenshotViewer"));
        setWindowTitle(title);
        setAttribute(Qt::WA_DeleteOnClose);
        auto *image = new QLabel;
        image->setObjectName(QStringLiteral("screenshotImage"));
        image->setPixmap(pixmap);
        image->setAccessibleName(title);
        auto *area = new QScrollArea;
        area->setWidget(image);
        area->setAlignment(Qt::AlignCenter);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(area, 1);
        layout->addWidget(buttons);
        resize(std::min(pixmap.width() + 60, 1280), std::min(pixmap.height() + 90, 860));
    }
};

} // namespace

ScanDialog::ScanDialog(PolicyDocument *document, QWidget *parent)
    : QDialog(parent), m_document(document), m_httpScanner(new SiteScanner(this)),
      m_browserScanner(new BrowserScanner(this))
{
    setObjectName(QStringLiteral("scanDialog"));
    const ScanLimits defaults;

    m_urlLabel = new QLabel;
    m_urlEdit = new QLineEdit;
    m_urlEdit->setObjectName(QStringLiteral("urlEdit"));
    m_urlEdit->setText(document->policy().meta.siteUrl);
    m_urlLabel->setBuddy(m_urlEdit);

    // What the scan does: the engine, the phases, the controls, the declared site.
    m_engineBox = new QGroupBox;
    m_engineLabel = new QLabel;
    m_engineCombo = new QComboBox;
    m_engineCombo->setObjectName(QStringLiteral("engineCombo"));
    m_engineCombo->addItem(QString());
    m_engineCombo->addItem(QString());
    m_phasesLabel = new QLabel;
    m_beforeCheck = new QCheckBox;
    m_beforeCheck->setObjectName(QStringLiteral("beforePhaseCheck"));
    m_beforeCheck->setChecked(true);
    m_beforeCheck->setEnabled(false); // the baseline every other phase is read against
    m_rejectCheck = new QCheckBox;
    m_rejectCheck->setObjectName(QStringLiteral("rejectPhaseCheck"));
    m_rejectCheck->setChecked(true);
    m_acceptCheck = new QCheckBox;
    m_acceptCheck->setObjectName(QStringLiteral("acceptPhaseCheck"));
    m_acceptCheck->setChecked(true);
    auto *phaseChecks = new QVBoxLayout;
    phaseChecks->setSpacing(2);
    phaseChecks->addWidget(m_beforeCheck);
    phaseChecks->addWidget(m_rejectCheck);
    phaseChecks->addWidget(m_acceptCheck);
    m_rejectSelectorLabel = new QLabel;
    m_rejectSelectorEdit = new QLineEdit;
    m_rejectSelectorEdit->setObjectName(QStringLiteral("rejectSelectorEdit"));
    m_rejectSelectorLabel->setBuddy(m_rejectSelectorEdit);
    m_acceptSelectorLabel = new QLabel;
    m_acceptSelectorEdit = new QLineEdit;
    m_acceptSelectorEdit->setObjectName(QStringLiteral("acceptSelectorEdit"));
    m_acceptSelectorLabel->setBuddy(m_acceptSelectorEdit);
    m_siteLabel = new QLabel;
    m_siteEdit = new QLineEdit;
    m_siteEdit->setObjectName(QStringLiteral("siteEdit"));
    m_siteLabel->setBuddy(m_siteEdit);
    m_engineLabel->setBuddy(m_engineCombo);
    auto *engineForm = new QFormLayout(m_engineBox);
    engineForm->addRow(m_engineLabel, m_engineCombo);
    engineForm->addRow(m_phasesLabel, phaseChecks);
    engineForm->addRow(m_rejectSelectorLabel, m_rejectSelectorEdit);
    engineForm->addRow(m_acceptSelectorLabel, m_acceptSelectorEdit);
    engineForm->addRow(m_siteLabel, m_siteEdit);

    m_limitsBox = new QGroupBox;
    m_pagesLabel = new QLabel;
    m_pagesSpin = spinBox(1, 100000, defaults.maxPages, "maxPagesSpin");
    m_depthLabel = new QLabel;
    m_depthSpin = spinBox(0, 100, defaults.maxDepth, "maxDepthSpin");
    m_concurrencyLabel = new QLabel;
    m_concurrencySpin = spinBox(1, 32, defaults.concurrency, "concurrencySpin");
    m_timeoutLabel = new QLabel;
    m_timeoutSpin = spinBox(1, 600, defaults.requestTimeoutMs / 1000, "timeoutSpin");
    auto *limits = new QGridLayout(m_limitsBox);
    limits->addWidget(m_pagesLabel, 0, 0);
    limits->addWidget(m_pagesSpin, 0, 1);
    limits->addWidget(m_depthLabel, 0, 2);
    limits->addWidget(m_depthSpin, 0, 3);
    limits->addWidget(m_concurrencyLabel, 1, 0);
    limits->addWidget(m_concurrencySpin, 1, 1);
    limits->addWidget(m_timeoutLabel, 1, 2);
    limits->addWidget(m_timeoutSpin, 1, 3);
    limits->setColumnStretch(1, 1);
    limits->setColumnStretch(3, 1);
    m_pagesLabel->setBuddy(m_pagesSpin);
    m_depthLabel->setBuddy(m_depthSpin);
    m_concurrencyLabel->setBuddy(m_concurrencySpin);
    m_timeoutLabel->setBuddy(m_timeoutSpin);

    // Progress: one row per phase, then the log.
    m_progressBox = new QGroupBox;
    auto *progress = new QGridLayout(m_progressBox);
    const char *const barNames[] = {"beforeProgress", "rejectProgress", "acceptProgress"};
    const char *const statusNames[] = {"beforeStatus", "rejectStatus", "acceptStatus"};
    int row = 0;
    for (const ConsentPhase phase :
         {ConsentPhase::Before, ConsentPhase::AfterReject, ConsentPhase::AfterAccept}) {
        PhaseRow phaseRow{phase, new QLabel, new QProgressBar, new QLabel};
        phaseRow.bar->setObjectName(QLatin1StringView(barNames[row]));
        phaseRow.bar->setRange(0, 1);
        phaseRow.bar->setValue(0);
        phaseRow.bar->setTextVisible(false);
        phaseRow.bar->setMaximumHeight(14);
        phaseRow.status->setObjectName(QLatin1StringView(statusNames[row]));
        phaseRow.status->setMinimumWidth(200);
        progress->addWidget(phaseRow.title, row, 0);
        progress->addWidget(phaseRow.bar, row, 1);
        progress->addWidget(phaseRow.status, row, 2);
        m_phaseRows << phaseRow;
        ++row;
    }
    progress->setColumnStretch(1, 1);
    m_log = new QPlainTextEdit;
    m_log->setObjectName(QStringLiteral("scanLog"));
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(5000); // a long crawl must not grow without end

    // The report.
    m_summaryLabel = new QLabel;
    m_summaryLabel->setObjectName(QStringLiteral("summaryLabel"));
    m_summaryLabel->setWordWrap(true);
    m_summaryLabel->setTextFormat(Qt::PlainText);
    m_filterLabel = new QLabel;
    m_phaseFilter = new QComboBox;
    m_phaseFilter->setObjectName(QStringLiteral("phaseFilter"));
    m_filterLabel->setBuddy(m_phaseFilter);
    m_findingTable = table(FindingColumnCount, "findingTable");
    m_findingTable->setWordWrap(true);
    // Row heights follow the message column's width as the page is resized.
    m_findingTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_cookieTable = table(CookieColumnCount, "observedCookieTable");
    m_storageTable = table(StorageColumnCount, "storageTable");
    m_hostTable = table(HostColumnCount, "thirdPartyHostTable");
    m_screenshotList = new QListWidget;
    m_screenshotList->setObjectName(QStringLiteral("screenshotList"));
    m_screenshotList->setViewMode(QListView::IconMode);
    m_screenshotList->setIconSize(ThumbnailSize);
    m_screenshotList->setResizeMode(QListView::Adjust);
    m_screenshotList->setMovement(QListView::Static);
    m_screenshotList->setSpacing(12);
    m_screenshotList->setWordWrap(true);
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("reportTabs"));
    m_tabs->addTab(m_findingTable, QString());
    m_tabs->addTab(m_cookieTable, QString());
    m_tabs->addTab(m_storageTable, QString());
    m_tabs->addTab(m_hostTable, QString());
    m_tabs->addTab(m_screenshotList, QString());
    m_tabs->addTab(m_log, QString());

    m_startButton = new QPushButton;
    m_startButton->setObjectName(QStringLiteral("startButton"));
    m_startButton->setDefault(true);
    m_cancelButton = new QPushButton;
    m_cancelButton->setObjectName(QStringLiteral("cancelScanButton"));
    m_evidenceButton = new QPushButton;
    m_evidenceButton->setObjectName(QStringLiteral("evidenceButton"));
    m_saveButton = new QPushButton;
    m_saveButton->setObjectName(QStringLiteral("saveReportButton"));
    m_addButton = new QPushButton;
    m_addButton->setObjectName(QStringLiteral("addToInventoryButton"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close);

    auto *urlRow = new QHBoxLayout;
    urlRow->addWidget(m_urlLabel);
    urlRow->addWidget(m_urlEdit, 1);
    urlRow->addWidget(m_startButton);
    urlRow->addWidget(m_cancelButton);
    auto *right = new QVBoxLayout;
    right->addWidget(m_limitsBox);
    right->addWidget(m_progressBox);
    right->addStretch();
    auto *top = new QHBoxLayout;
    top->addWidget(m_engineBox, 1);
    top->addLayout(right, 1);
    auto *topWidget = new QWidget;
    auto *topLayout = new QVBoxLayout(topWidget);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(urlRow);
    topLayout->addLayout(top, 1);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_summaryLabel, 1);
    filterRow->addWidget(m_filterLabel);
    filterRow->addWidget(m_phaseFilter);
    auto *reportWidget = new QWidget;
    auto *reportLayout = new QVBoxLayout(reportWidget);
    reportLayout->setContentsMargins(0, 0, 0, 0);
    reportLayout->addLayout(filterRow);
    reportLayout->addWidget(m_tabs, 1);
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->setObjectName(QStringLiteral("scanSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(topWidget);
    splitter->addWidget(reportWidget);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    auto *bottomButtons = new QHBoxLayout;
    bottomButtons->addWidget(m_evidenceButton);
    bottomButtons->addWidget(m_saveButton);
    bottomButtons->addWidget(m_addButton);
    bottomButtons->addStretch();
    bottomButtons->addWidget(m_buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addLayout(bottomButtons);

    connect(m_startButton, &QPushButton::clicked, this, &ScanDialog::startScan);
    connect(m_urlEdit, &QLineEdit::returnPressed, this, &ScanDialog::startScan);
    connect(m_cancelButton, &QPushButton::clicked, this, &ScanDialog::cancelScan);
    connect(m_evidenceButton, &QPushButton::clicked, this, &ScanDialog::chooseEvidence);
    connect(m_saveButton, &QPushButton::clicked, this, &ScanDialog::saveReport);
    connect(m_addButton, &QPushButton::clicked, this, &ScanDialog::addToInventory);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ScanDialog::reject);
    connect(m_engineCombo, &QComboBox::currentIndexChanged, this, &ScanDialog::updateButtons);
    connect(m_phaseFilter, &QComboBox::currentIndexChanged, this, &ScanDialog::fillTables);
    connect(m_siteEdit, &QLineEdit::editingFinished, this, [this] {
        if (!isRunning() && !m_scan.phases.isEmpty())
            refresh();
    });
    connect(m_screenshotList, &QListWidget::itemActivated, this, &ScanDialog::openScreenshot);
    connect(m_httpScanner, &SiteScanner::progress, this,
            [this](int done, int queued) { onProgress(ConsentPhase::Before, done, queued); });
    connect(m_httpScanner, &SiteScanner::logLine, m_log, &QPlainTextEdit::appendPlainText);
    connect(m_httpScanner, &SiteScanner::finished, this, &ScanDialog::onHttpFinished);
    connect(m_browserScanner, &BrowserScanner::phaseStarted, this, &ScanDialog::onPhaseStarted);
    connect(m_browserScanner, &BrowserScanner::progress, this, &ScanDialog::onProgress);
    connect(m_browserScanner, &BrowserScanner::logLine, m_log, &QPlainTextEdit::appendPlainText);
    connect(m_browserScanner, &BrowserScanner::finished, this, &ScanDialog::onBrowserFinished);
    // Declaring rows changes the findings: recompute them while a report is shown.
    connect(m_document, &PolicyDocument::changed, this, [this] {
        if (!isRunning() && !m_scan.phases.isEmpty())
            refresh();
    });

    retranslateUi();
    updateButtons();
    resize(1000, 720);
}

ScanDialog::~ScanDialog() = default;

void ScanDialog::setUrl(const QString &url)
{
    m_urlEdit->setText(url);
}

void ScanDialog::retranslateUi()
{
    setWindowTitle(tr("Scan Site"));
    m_urlLabel->setText(tr("Site &URL:"));
    m_urlEdit->setPlaceholderText(tr("https://www.example.org/"));
    m_engineBox->setTitle(tr("What to Scan"));
    m_engineLabel->setText(tr("&Engine:"));
    m_engineCombo->setItemText(ChromiumEngine, tr("Chromium (a real browser)"));
    m_engineCombo->setItemText(HttpEngine, tr("HTTP requests only (no script runs)"));
    m_engineCombo->setToolTip(
        tr("Chromium sees cookies written by scripts, web storage and third-party frames, and "
           "clicks the banner's own buttons. Without Chromium, the scan uses HTTP requests."));
    m_phasesLabel->setText(tr("Phases:"));
    m_beforeCheck->setText(tr("Before any choice"));
    m_rejectCheck->setText(tr("After refusing (clicks \"reject all\")"));
    m_acceptCheck->setText(tr("After accepting (clicks \"accept all\")"));
    m_rejectSelectorLabel->setText(tr("&Refusal control:"));
    m_acceptSelectorLabel->setText(tr("Acce&ptance control:"));
    m_rejectSelectorEdit->setPlaceholderText(tr("CSS selector; empty: known banners"));
    m_acceptSelectorEdit->setPlaceholderText(tr("CSS selector; empty: known banners"));
    m_siteLabel->setText(tr("Declared &site:"));
    const QString declaredHost = ScanRules::SiteHosts::hostOf(m_document->policy().meta.siteUrl);
    // The placeholder is the bare host, which fits however long it is; the tooltip says
    // where it comes from.
    m_siteEdit->setPlaceholderText(declaredHost.isEmpty() ? tr("the host the inventory describes")
                                                          : declaredHost);
    QString siteHelp =
        tr("When you scan a staging copy, the host the inventory describes: the copy's own "
           "cookies then match the declared first-party cookies.");
    if (!declaredHost.isEmpty())
        siteHelp += u' ' + tr("Left empty, it is %1, the document's site.").arg(declaredHost);
    m_siteEdit->setToolTip(siteHelp);
    m_limitsBox->setTitle(tr("Limits"));
    m_pagesLabel->setText(tr("&Pages at most:"));
    m_depthLabel->setText(tr("Link &depth:"));
    m_concurrencyLabel->setText(tr("Si&multaneous requests:"));
    m_timeoutLabel->setText(tr("&Timeout per page (s):"));
    m_progressBox->setTitle(tr("Progress"));
    for (PhaseRow &row : m_phaseRows)
        row.title->setText(ScanReportWriter::phaseTitle(row.phase));
    m_startButton->setText(tr("&Scan"));
    m_cancelButton->setText(tr("Ca&ncel Scan"));
    m_evidenceButton->setText(tr("Open &Evidence File…"));
    m_saveButton->setText(tr("Sa&ve Report…"));
    m_saveButton->setToolTip(
        tr("Save the report as HTML or JSON, with the screenshots beside it."));
    m_addButton->setText(tr("&Add to Inventory"));
    m_addButton->setToolTip(tr("Add a row for each undeclared cookie, in one step you can undo."));
    m_filterLabel->setText(tr("S&how:"));
    {
        const int current = std::max(0, m_phaseFilter->currentIndex());
        const QSignalBlocker blocker(m_phaseFilter);
        m_phaseFilter->clear();
        m_phaseFilter->addItem(tr("All phases"), QString());
        for (const ConsentPhase phase :
             {ConsentPhase::Before, ConsentPhase::AfterReject, ConsentPhase::AfterAccept})
            m_phaseFilter->addItem(ScanReportWriter::phaseTitle(phase), toString(phase));
        m_phaseFilter->setCurrentIndex(current);
    }
    m_tabs->setTabText(0, tr("Findings"));
    m_tabs->setTabText(1, tr("Cookies"));
    m_tabs->setTabText(2, tr("Web Storage"));
    m_tabs->setTabText(3, tr("Third-Party Hosts"));
    m_tabs->setTabText(4, tr("Screenshots"));
    m_tabs->setTabText(5, tr("Log"));
    m_findingTable->setHorizontalHeaderLabels(
        {tr("Severity"), tr("Rule"), tr("Phase"), tr("Message")});
    m_cookieTable->setHorizontalHeaderLabels({tr("Phase"), tr("Name"), tr("Domain"), tr("Lifetime"),
                                              tr("Party"), tr("Flags"), tr("Written By"),
                                              tr("First Seen On")});
    m_storageTable->setHorizontalHeaderLabels(
        {tr("Phase"), tr("Kind"), tr("Key"), tr("Origin"), tr("Party")});
    m_hostTable->setHorizontalHeaderLabels({tr("Phase"), tr("Host")});
    m_log->setAccessibleName(tr("Scan log"));
    for (PhaseRow &row : m_phaseRows)
        row.bar->setAccessibleName(tr("Progress: %1").arg(ScanReportWriter::phaseTitle(row.phase)));
    m_engineCombo->setAccessibleName(tr("Engine"));
    m_phaseFilter->setAccessibleName(tr("Phase shown"));
    m_cookieTable->setAccessibleName(tr("Observed cookies"));
    m_storageTable->setAccessibleName(tr("Web storage keys"));
    m_hostTable->setAccessibleName(tr("Third-party hosts"));
    m_findingTable->setAccessibleName(tr("Findings"));
    m_screenshotList->setAccessibleName(tr("Screenshots"));
    fillPhaseRows();
    if (!m_scan.phases.isEmpty())
        refresh(); // texts in the new language
    else
        m_summaryLabel->setText(
            tr("No scan yet. Charte visits the site as a new visitor would, refuses, then "
               "accepts, and compares what is stored with the inventory."));
}

void ScanDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ScanDialog::reject()
{
    cancelScan(); // closing the dialog must not leave a scan running
    QDialog::reject();
}

bool ScanDialog::isRunning() const
{
    return m_httpScanner->isRunning() || m_browserScanner->isRunning();
}

void ScanDialog::cancelScan()
{
    if (m_httpScanner->isRunning())
        m_httpScanner->cancel();
    if (m_browserScanner->isRunning())
        m_browserScanner->cancel();
}

void ScanDialog::updateButtons()
{
    const bool running = isRunning();
    const bool browser = m_engineCombo->currentIndex() == ChromiumEngine;
    m_startButton->setEnabled(!running);
    m_cancelButton->setEnabled(running);
    m_evidenceButton->setEnabled(!running);
    m_urlEdit->setEnabled(!running);
    m_engineBox->setEnabled(!running);
    m_limitsBox->setEnabled(!running);
    for (QWidget *widget : std::initializer_list<QWidget *>{
             m_rejectCheck, m_acceptCheck, m_rejectSelectorEdit, m_acceptSelectorEdit,
             m_rejectSelectorLabel, m_acceptSelectorLabel})
        widget->setEnabled(browser);
    m_concurrencySpin->setEnabled(!browser);
    m_concurrencyLabel->setEnabled(!browser);
    m_saveButton->setEnabled(!running && !m_scan.phases.isEmpty());
    const ScanRules::SiteHosts hosts(m_document->policy(), m_scan.startUrl(), m_siteEdit->text());
    m_addButton->setEnabled(
        !running &&
        !AddObservedCookiesCommand::undeclared(m_document->policy(), m_scan, hosts).isEmpty());
}

ScanDialog::PhaseRow *ScanDialog::phaseRow(ConsentPhase phase)
{
    for (PhaseRow &row : m_phaseRows) {
        if (row.phase == phase)
            return &row;
    }
    return nullptr;
}

void ScanDialog::startScan()
{
    if (isRunning())
        return;
    const QUrl url = QUrl::fromUserInput(m_urlEdit->text().trimmed());
    ScanLimits limits;
    limits.maxPages = m_pagesSpin->value();
    limits.maxDepth = m_depthSpin->value();
    limits.concurrency = m_concurrencySpin->value();
    limits.requestTimeoutMs = m_timeoutSpin->value() * 1000;
    m_log->clear();
    m_fallbackReason.clear();
    m_phasesAsked = {ConsentPhase::Before};
    QString browser;
    if (m_engineCombo->currentIndex() == ChromiumEngine) {
        if (m_rejectCheck->isChecked())
            m_phasesAsked << ConsentPhase::AfterReject;
        if (m_acceptCheck->isChecked())
            m_phasesAsked << ConsentPhase::AfterAccept;
        browser = BrowserScanner::findBrowser(QString(), &m_fallbackReason);
        if (browser.isEmpty())
            m_log->appendPlainText(
                tr("%1. Scanning with HTTP requests instead: no script runs and no consent "
                   "phase can be tested.")
                    .arg(m_fallbackReason));
    }
    for (PhaseRow &row : m_phaseRows) {
        row.bar->setRange(0, 1);
        row.bar->setValue(0);
    }
    m_scan = ConsentScan();
    if (browser.isEmpty()) {
        m_httpScanner->setLimits(limits);
        if (!m_httpScanner->start(url)) {
            showScan(ConsentScan::single(m_httpScanner->report()));
            return;
        }
        onPhaseStarted(ConsentPhase::Before);
    } else {
        BrowserScanOptions options;
        options.browserPath = browser;
        options.phases = m_phasesAsked;
        options.rejectSelector = m_rejectSelectorEdit->text().trimmed();
        options.acceptSelector = m_acceptSelectorEdit->text().trimmed();
        options.limits = limits;
        if (!m_browserScanner->start(url, options)) {
            fillPhaseRows();
            return;
        }
    }
    fillPhaseRows();
    m_tabs->setCurrentWidget(m_log); // what happens, while it happens
    updateButtons();
}

void ScanDialog::chooseEvidence()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Evidence File"), QString(),
        tr("Evidence (*.har *.json);;HAR files (*.har);;Website Evidence Collector (*.json);;All files (*)"));
    if (!path.isEmpty())
        loadEvidence(path);
}

bool ScanDialog::loadEvidence(const QString &path)
{
    const Expected<ScanReport> report = EvidenceImporter::readFile(path);
    if (!report) {
        QMessageBox::warning(this, tr("Open Evidence File"), report.error());
        return false;
    }
    m_log->clear();
    m_log->appendPlainText(tr("Read %1.").arg(path));
    m_phasesAsked = {ConsentPhase::Before};
    showScan(ConsentScan::single(*report));
    return true;
}

void ScanDialog::onPhaseStarted(ConsentPhase phase)
{
    if (PhaseRow *row = phaseRow(phase)) {
        row->bar->setRange(0, 0); // busy until the first page is counted
        row->status->setText(tr("Running…"));
    }
}

void ScanDialog::onProgress(ConsentPhase phase, int done, int queued)
{
    if (PhaseRow *row = phaseRow(phase)) {
        row->bar->setRange(0, std::max(1, queued));
        row->bar->setValue(done);
        row->status->setText(tr("%1 of %2 page(s)").arg(done).arg(queued));
    }
}

void ScanDialog::onHttpFinished()
{
    showScan(ConsentScan::single(m_httpScanner->report()));
}

void ScanDialog::onBrowserFinished()
{
    showScan(m_browserScanner->result());
}

void ScanDialog::showScan(const ConsentScan &scan)
{
    m_scan = scan;
    if (m_phasesAsked.isEmpty()) {
        for (const ScanReport &report : scan.phases)
            m_phasesAsked << report.phase;
    }
    refresh();
    fillScreenshots();
    if (m_tabs->currentWidget() == m_log)
        m_tabs->setCurrentWidget(m_findingTable);
}

// The findings against the document as it is now, and every view of them.
void ScanDialog::refresh()
{
    const ScanRules::SiteHosts hosts(m_document->policy(), m_scan.startUrl(), m_siteEdit->text());
    m_findings = ScanRules::check(m_document->policy(), m_scan, hosts);
    fillTables();
    fillPhaseRows();

    const ReportWriter::Counts counts = ReportWriter::count(m_findings);
    int cookies = 0, errors = 0;
    bool cancelled = false, limited = false;
    for (const ScanReport &report : m_scan.phases) {
        cookies += int(report.cookies.size());
        errors += int(report.errors.size());
        cancelled = cancelled || report.cancelled;
        limited = limited || report.limitReached;
    }
    // Nothing loaded in any phase: the scan failed, and says so rather than "0 errors".
    const bool reachedNothing =
        !m_scan.phases.isEmpty() && !cancelled &&
        std::none_of(m_scan.phases.cbegin(), m_scan.phases.cend(),
                     [](const ScanReport &report) { return report.startFetched; });
    m_summaryLabel->setProperty("failed", reachedNothing);
    m_summaryLabel->setStyleSheet(reachedNothing ? QStringLiteral("QLabel { color: #b71c1c; font-weight: bold; }")
                                                 : QString());
    if (reachedNothing) {
        m_summaryLabel->setText(tr("Scan failed: %1 could not be loaded, so nothing was observed "
                                   "(see the log).")
                                    .arg(m_scan.startUrl()));
        updateButtons();
        return;
    }
    QStringList parts;
    parts << m_scan.startUrl();
    parts << (m_scan.engine == QLatin1StringView("chromium") ? tr("Chromium")
              : m_scan.engine == QLatin1StringView("http")   ? tr("HTTP requests")
                                                             : tr("evidence file"));
    parts << tr("%n phase(s)", nullptr, int(m_scan.phases.size()));
    parts << tr("%n cookie(s) observed", nullptr, cookies);
    parts << SeverityWords::counted(Severity::Error, counts.errors, Languages::ofInterface());
    parts << SeverityWords::counted(Severity::Warning, counts.warnings, Languages::ofInterface());
    if (errors > 0)
        parts << tr("%n URL(s) failed (see the log)", nullptr, errors);
    if (cancelled)
        parts << tr("cancelled: partial report");
    else if (limited)
        parts << tr("stopped by a limit");
    if (!m_fallbackReason.isEmpty() && m_scan.engine == QLatin1StringView("http"))
        parts << tr("no Chromium: only the visit before any choice was scanned");
    m_summaryLabel->setText(parts.join(QStringLiteral(" · ")));
    updateButtons();
}

bool ScanDialog::shown(const QString &phaseKey) const
{
    const QString filter = m_phaseFilter->currentData().toString();
    return filter.isEmpty() || filter == phaseKey;
}

void ScanDialog::fillTables()
{
    const QString language = Languages::ofInterface();
    m_findingTable->setRowCount(0);
    for (const Finding &finding : std::as_const(m_findings)) {
        if (!finding.place.phase.isEmpty() && !shown(finding.place.phase))
            continue;
        const int row = m_findingTable->rowCount();
        m_findingTable->insertRow(row);
        QTableWidgetItem *severity = item(severityText(finding.severity));
        severity->setForeground(severityColor(finding.severity));
        QFont bold = severity->font();
        bold.setBold(true);
        severity->setFont(bold);
        m_findingTable->setItem(row, SeverityColumn, severity);
        m_findingTable->setItem(row, RuleColumn, item(finding.rule));
        QTableWidgetItem *phase = item(ScanReportWriter::phaseTitle(finding.place.phase));
        phase->setData(PhaseKeyRole, finding.place.phase);
        m_findingTable->setItem(row, FindingPhaseColumn, phase);
        QTableWidgetItem *message = item(finding.displayMessage(language));
        message->setToolTip(finding.source);
        m_findingTable->setItem(row, MessageColumn, message);
    }
    m_findingTable->resizeColumnToContents(SeverityColumn);
    m_findingTable->resizeColumnToContents(RuleColumn);
    m_findingTable->resizeColumnToContents(FindingPhaseColumn);

    m_cookieTable->setRowCount(0);
    m_storageTable->setRowCount(0);
    m_hostTable->setRowCount(0);
    for (const ScanReport &report : std::as_const(m_scan.phases)) {
        const QString key = toString(report.phase);
        if (!shown(key))
            continue;
        const QString phase = ScanReportWriter::phaseTitle(report.phase);
        for (const ObservedCookie &cookie : report.cookies) {
            const int row = m_cookieTable->rowCount();
            m_cookieTable->insertRow(row);
            m_cookieTable->setItem(row, CookiePhaseColumn, item(phase));
            m_cookieTable->setItem(row, NameColumn, item(cookie.name));
            m_cookieTable->setItem(row, DomainColumn, item(cookie.domain));
            m_cookieTable->setItem(row, LifetimeColumn,
                                   item(ScanReportWriter::lifetimeText(cookie)));
            m_cookieTable->setItem(
                row, PartyColumn,
                item(cookie.party == Party::First ? tr("First party") : tr("Third party")));
            m_cookieTable->setItem(row, FlagsColumn, item(ScanReportWriter::flagsText(cookie)));
            m_cookieTable->setItem(
                row, WrittenByColumn,
                item(cookie.setBy == ObservedCookie::SetBy::HttpHeader
                         ? tr("HTTP header")
                         : (cookie.scriptUrl.isEmpty() ? tr("A script") : cookie.scriptUrl)));
            m_cookieTable->setItem(row, FirstSeenColumn, item(cookie.firstSeenUrl));
        }
        for (const ObservedStorage &stored : report.storage) {
            const int row = m_storageTable->rowCount();
            m_storageTable->insertRow(row);
            m_storageTable->setItem(row, StoragePhaseColumn, item(phase));
            m_storageTable->setItem(row, KindColumn, item(ScanRules::storageKindName(stored.kind)));
            m_storageTable->setItem(row, KeyColumn, item(stored.key));
            m_storageTable->setItem(row, OriginColumn, item(stored.origin));
            m_storageTable->setItem(
                row, StoragePartyColumn,
                item(stored.party == Party::First ? tr("First party") : tr("Third party")));
        }
        for (const QString &host : report.thirdPartyHosts) {
            const int row = m_hostTable->rowCount();
            m_hostTable->insertRow(row);
            m_hostTable->setItem(row, HostPhaseColumn, item(phase));
            m_hostTable->setItem(row, HostColumn, item(host));
        }
    }
    m_cookieTable->resizeColumnsToContents();
    m_storageTable->resizeColumnsToContents();
    m_hostTable->resizeColumnToContents(HostPhaseColumn);

    const ReportWriter::Counts counts = ReportWriter::count(m_findings);
    m_tabs->setTabText(0, counts.errors + counts.warnings + counts.infos > 0
                              ? tr("Findings (%1)").arg(m_findings.size())
                              : tr("Findings"));
    m_tabs->setTabText(1, tr("Cookies (%1)").arg(m_cookieTable->rowCount()));
    m_tabs->setTabText(2, tr("Web Storage (%1)").arg(m_storageTable->rowCount()));
    m_tabs->setTabText(3, tr("Third-Party Hosts (%1)").arg(m_hostTable->rowCount()));
    m_tabs->setTabText(4, tr("Screenshots (%1)").arg(m_screenshotList->count()));
}

// Each phase's line under Progress: what it did, once it ran.
void ScanDialog::fillPhaseRows()
{
    for (PhaseRow &row : m_phaseRows) {
        const ScanReport *report = m_scan.phase(row.phase);
        const bool asked = m_phasesAsked.contains(row.phase);
        row.title->setEnabled(asked || report);
        if (isRunning() && !report) {
            if (!asked)
                row.status->setText(tr("Not asked"));
            else if (row.bar->maximum() == 1 && row.bar->value() == 0)
                row.status->setText(tr("Waiting"));
            continue;
        }
        if (!report) {
            row.status->setText(m_scan.phases.isEmpty() ? QString()
                                : asked                 ? tr("Not run: no Chromium")
                                                        : tr("Not asked"));
            row.bar->setRange(0, 1);
            row.bar->setValue(0);
            continue;
        }
        row.bar->setRange(0, 1);
        row.bar->setValue(1);
        QString status;
        if (report->control == ScanReport::Control::NotFound)
            status = row.phase == ConsentPhase::AfterReject ? tr("Refusal control not found")
                                                            : tr("Acceptance control not found");
        else if (report->cancelled)
            status = tr("Cancelled");
        else if (!report->startFetched)
            status = tr("Start page not loaded");
        else
            status = tr("%n cookie(s)", nullptr, int(report->cookies.size())) +
                     QStringLiteral(", ") + tr("%n page(s)", nullptr, report->pagesCrawled);
        row.status->setText(status);
        row.status->setToolTip(report->controlSelector);
    }
}

void ScanDialog::fillScreenshots()
{
    m_screenshotList->clear();
    for (const ScanReport &report : std::as_const(m_scan.phases)) {
        for (const PageScreenshot &shot : report.screenshots) {
            QPixmap pixmap;
            if (!pixmap.loadFromData(shot.png, "PNG"))
                continue;
            // A frame, so that a white page stands out from the white list.
            QPixmap thumbnail =
                pixmap.scaled(ThumbnailSize, Qt::KeepAspectRatio, Qt::SmoothTransformation);
            {
                QPainter painter(&thumbnail);
                painter.setPen(palette().color(QPalette::Mid));
                painter.drawRect(thumbnail.rect().adjusted(0, 0, -1, -1));
            }
            auto *entry =
                new QListWidgetItem(QIcon(thumbnail), ScanReportWriter::phaseTitle(report.phase));
            entry->setToolTip(shot.pageUrl);
            entry->setData(Qt::UserRole, shot.png);
            entry->setData(PhaseKeyRole, toString(report.phase));
            entry->setSizeHint(ThumbnailSize + QSize(24, 48));
            m_screenshotList->addItem(entry);
        }
    }
    m_tabs->setTabText(4, tr("Screenshots (%1)").arg(m_screenshotList->count()));
}

void ScanDialog::openScreenshot(QListWidgetItem *entry)
{
    QPixmap pixmap;
    if (!entry || !pixmap.loadFromData(entry->data(Qt::UserRole).toByteArray(), "PNG"))
        return;
    auto *viewer = new ScreenshotViewer(
        pixmap, entry->text() + QStringLiteral(" — ") + entry->toolTip(), this);
    viewer->show();
}

void ScanDialog::saveReport()
{
    if (m_scan.phases.isEmpty())
        return;
    QString filter;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save Scan Report"), QStringLiteral("scan-report.html"),
        tr("HTML report (*.html);;JSON report (*.json)"), &filter);
    if (path.isEmpty())
        return;
    ScanReportOptions options;
    options.policyName =
        m_document->filePath().isEmpty() ? tr("the open document") : m_document->filePath();
    options.siteHost =
        ScanRules::SiteHosts(m_document->policy(), m_scan.startUrl(), m_siteEdit->text())
            .declaredHost();
    options.phasesAsked = m_phasesAsked;
    options.screenshotFiles = true;
    const bool json = path.endsWith(QLatin1StringView(".json"), Qt::CaseInsensitive);
    const QByteArray bytes =
        json ? ScanReportWriter::toJson(m_scan, m_findings, options)
             : ScanHtmlReport::toHtml(m_scan, m_findings, options, QDateTime::currentDateTimeUtc());
    const QFileInfo file(path);
    const Status status =
        ScanReportFiles::write(file.absolutePath(), file.fileName(), bytes, m_scan);
    if (!status)
        QMessageBox::warning(this, tr("Save Scan Report"), status.error);
}

void ScanDialog::addToInventory()
{
    const ScanRules::SiteHosts hosts(m_document->policy(), m_scan.startUrl(), m_siteEdit->text());
    const QList<Cookie> rows =
        AddObservedCookiesCommand::undeclared(m_document->policy(), m_scan, hosts, m_enrich);
    if (rows.isEmpty())
        return;
    m_document->undoStack()->push(new AddObservedCookiesCommand(m_document, rows));
}
