#include "scandialog.h"

#include "document/policydocument.h"
#include "scan/evidenceimporter.h"
#include "scan/scanreportwriter.h"
#include "scan/scanrules.h"
#include "scan/sitescanner.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

enum CookieColumn { NameColumn, DomainColumn, LifetimeColumn, PartyColumn, FlagsColumn, FirstSeenColumn, CookieColumnCount };
enum FindingColumn { SeverityColumn, RuleColumn, MessageColumn, FindingColumnCount };

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

} // namespace

ScanDialog::ScanDialog(PolicyDocument *document, QWidget *parent)
    : QDialog(parent), m_document(document), m_scanner(new SiteScanner(this))
{
    setObjectName(QStringLiteral("scanDialog"));
    const ScanLimits defaults;

    m_urlLabel = new QLabel;
    m_urlEdit = new QLineEdit;
    m_urlEdit->setObjectName(QStringLiteral("urlEdit"));
    m_urlEdit->setText(document->policy().meta.siteUrl);
    m_urlLabel->setBuddy(m_urlEdit);

    m_limitsBox = new QGroupBox;
    m_pagesLabel = new QLabel;
    m_pagesSpin = spinBox(1, 100000, defaults.maxPages, "maxPagesSpin");
    m_depthLabel = new QLabel;
    m_depthSpin = spinBox(0, 100, defaults.maxDepth, "maxDepthSpin");
    m_concurrencyLabel = new QLabel;
    m_concurrencySpin = spinBox(1, 32, defaults.concurrency, "concurrencySpin");
    m_timeoutLabel = new QLabel;
    m_timeoutSpin = spinBox(1, 600, defaults.requestTimeoutMs / 1000, "timeoutSpin");
    auto *limits = new QFormLayout(m_limitsBox);
    limits->addRow(m_pagesLabel, m_pagesSpin);
    limits->addRow(m_depthLabel, m_depthSpin);
    limits->addRow(m_concurrencyLabel, m_concurrencySpin);
    limits->addRow(m_timeoutLabel, m_timeoutSpin);
    for (QLabel *label : {m_pagesLabel, m_depthLabel, m_concurrencyLabel, m_timeoutLabel})
        label->setBuddy(limits->itemAt(limits->indexOf(label) + 1)->widget());

    m_policyLabel = new QLabel;
    m_policyLabel->setWordWrap(true);
    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("scanProgress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_log = new QPlainTextEdit;
    m_log->setObjectName(QStringLiteral("scanLog"));
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(5000); // a long crawl must not grow without end

    m_cookieTable = new QTableWidget(0, CookieColumnCount);
    m_cookieTable->setObjectName(QStringLiteral("observedCookieTable"));
    m_cookieTable->horizontalHeader()->setStretchLastSection(true);
    m_cookieTable->verticalHeader()->hide();
    m_cookieTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_hostList = new QListWidget;
    m_hostList->setObjectName(QStringLiteral("thirdPartyHostList"));
    m_findingTable = new QTableWidget(0, FindingColumnCount);
    m_findingTable->setObjectName(QStringLiteral("findingTable"));
    m_findingTable->horizontalHeader()->setStretchLastSection(true);
    m_findingTable->verticalHeader()->hide();
    m_findingTable->setWordWrap(true);
    m_tabs = new QTabWidget;
    m_tabs->addTab(m_cookieTable, QString());
    m_tabs->addTab(m_hostList, QString());
    m_tabs->addTab(m_findingTable, QString());
    m_summaryLabel = new QLabel;
    m_summaryLabel->setObjectName(QStringLiteral("summaryLabel"));
    m_summaryLabel->setWordWrap(true);

    m_startButton = new QPushButton;
    m_startButton->setObjectName(QStringLiteral("startButton"));
    m_startButton->setDefault(true);
    m_cancelButton = new QPushButton;
    m_cancelButton->setObjectName(QStringLiteral("cancelScanButton"));
    m_evidenceButton = new QPushButton;
    m_evidenceButton->setObjectName(QStringLiteral("evidenceButton"));
    m_addButton = new QPushButton;
    m_addButton->setObjectName(QStringLiteral("addToInventoryButton"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close);

    auto *urlRow = new QHBoxLayout;
    urlRow->addWidget(m_urlLabel);
    urlRow->addWidget(m_urlEdit, 1);
    urlRow->addWidget(m_startButton);
    urlRow->addWidget(m_cancelButton);
    auto *top = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    left->addWidget(m_limitsBox);
    left->addWidget(m_policyLabel);
    left->addStretch();
    top->addLayout(left);
    auto *logColumn = new QVBoxLayout;
    logColumn->addWidget(m_progress);
    logColumn->addWidget(m_log, 1);
    top->addLayout(logColumn, 1);
    auto *bottomButtons = new QHBoxLayout;
    bottomButtons->addWidget(m_evidenceButton);
    bottomButtons->addWidget(m_addButton);
    bottomButtons->addStretch();
    bottomButtons->addWidget(m_buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(urlRow);
    layout->addLayout(top, 1);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_tabs, 2);
    layout->addLayout(bottomButtons);

    connect(m_startButton, &QPushButton::clicked, this, &ScanDialog::startScan);
    connect(m_urlEdit, &QLineEdit::returnPressed, this, &ScanDialog::startScan);
    connect(m_cancelButton, &QPushButton::clicked, m_scanner, &SiteScanner::cancel);
    connect(m_evidenceButton, &QPushButton::clicked, this, &ScanDialog::chooseEvidence);
    connect(m_addButton, &QPushButton::clicked, this, &ScanDialog::addToInventory);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ScanDialog::reject);
    connect(m_scanner, &SiteScanner::progress, this, &ScanDialog::onProgress);
    connect(m_scanner, &SiteScanner::logLine, m_log, &QPlainTextEdit::appendPlainText);
    connect(m_scanner, &SiteScanner::finished, this, &ScanDialog::onFinished);
    // Declaring rows changes the findings: recompute them while a report is shown.
    connect(m_document, &PolicyDocument::changed, this, [this] {
        if (!m_scanner->isRunning() && !m_report.startUrl.isEmpty())
            showReport(m_report);
    });

    retranslateUi();
    updateButtons();
    resize(900, 700);
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
    m_limitsBox->setTitle(tr("Limits"));
    m_pagesLabel->setText(tr("&Pages at most:"));
    m_depthLabel->setText(tr("Link &depth:"));
    m_concurrencyLabel->setText(tr("&Simultaneous requests:"));
    m_timeoutLabel->setText(tr("&Timeout per request (s):"));
    m_policyLabel->setText(tr("Observed cookies are compared with the inventory of the open document. "
                              "The scan gives no consent: every cookie it sees is set before any choice."));
    m_startButton->setText(tr("&Scan"));
    m_cancelButton->setText(tr("Ca&ncel Scan"));
    m_evidenceButton->setText(tr("Open &Evidence File…"));
    m_addButton->setText(tr("&Add to Inventory"));
    m_addButton->setToolTip(tr("Add a row for each undeclared cookie, in one step you can undo."));
    m_tabs->setTabText(0, tr("Cookies"));
    m_tabs->setTabText(1, tr("Third-Party Hosts"));
    m_tabs->setTabText(2, tr("Findings"));
    m_cookieTable->setHorizontalHeaderLabels(
        {tr("Name"), tr("Domain"), tr("Lifetime"), tr("Party"), tr("Flags"), tr("First Seen On")});
    m_findingTable->setHorizontalHeaderLabels({tr("Severity"), tr("Rule"), tr("Message")});
    m_log->setAccessibleName(tr("Scan log"));
    m_progress->setAccessibleName(tr("Scan progress"));
    m_cookieTable->setAccessibleName(tr("Observed cookies"));
    m_hostList->setAccessibleName(tr("Third-party hosts"));
    m_findingTable->setAccessibleName(tr("Findings"));
    if (!m_report.startUrl.isEmpty())
        showReport(m_report); // texts in the new language
}

void ScanDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ScanDialog::reject()
{
    m_scanner->cancel(); // closing the dialog must not leave a crawl running
    QDialog::reject();
}

void ScanDialog::updateButtons()
{
    const bool running = m_scanner->isRunning();
    m_startButton->setEnabled(!running);
    m_cancelButton->setEnabled(running);
    m_evidenceButton->setEnabled(!running);
    m_urlEdit->setEnabled(!running);
    m_limitsBox->setEnabled(!running);
    m_addButton->setEnabled(!running && !AddObservedCookiesCommand::undeclared(m_document->policy(), m_report).isEmpty());
}

void ScanDialog::startScan()
{
    if (m_scanner->isRunning())
        return;
    const QUrl url = QUrl::fromUserInput(m_urlEdit->text().trimmed());
    ScanLimits limits;
    limits.maxPages = m_pagesSpin->value();
    limits.maxDepth = m_depthSpin->value();
    limits.concurrency = m_concurrencySpin->value();
    limits.requestTimeoutMs = m_timeoutSpin->value() * 1000;
    m_scanner->setLimits(limits);
    m_log->clear();
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    if (!m_scanner->start(url)) {
        showReport(m_scanner->report());
        return;
    }
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
    showReport(*report);
    return true;
}

void ScanDialog::onProgress(int done, int queued)
{
    m_progress->setRange(0, std::max(1, queued));
    m_progress->setValue(done);
}

void ScanDialog::onFinished()
{
    showReport(m_scanner->report());
}

void ScanDialog::showReport(const ScanReport &report)
{
    m_report = report;
    m_findings = ScanRules::check(m_document->policy(), m_report);

    m_cookieTable->setRowCount(int(report.cookies.size()));
    for (int row = 0; row < report.cookies.size(); ++row) {
        const ObservedCookie &cookie = report.cookies.at(row);
        m_cookieTable->setItem(row, NameColumn, item(cookie.name));
        m_cookieTable->setItem(row, DomainColumn, item(cookie.domain));
        m_cookieTable->setItem(row, LifetimeColumn, item(ScanReportWriter::lifetimeText(cookie)));
        m_cookieTable->setItem(row, PartyColumn, item(cookie.party == Party::First ? tr("First party") : tr("Third party")));
        m_cookieTable->setItem(row, FlagsColumn, item(ScanReportWriter::flagsText(cookie)));
        m_cookieTable->setItem(row, FirstSeenColumn, item(cookie.firstSeenUrl));
    }
    m_cookieTable->resizeColumnsToContents();

    m_hostList->clear();
    m_hostList->addItems(report.thirdPartyHosts);

    m_findingTable->setRowCount(int(m_findings.size()));
    for (int row = 0; row < m_findings.size(); ++row) {
        const Finding &finding = m_findings.at(row);
        QString severity;
        switch (finding.severity) {
        case Severity::Error:
            severity = tr("Error");
            break;
        case Severity::Warning:
            severity = tr("Warning");
            break;
        case Severity::Info:
            severity = tr("Information");
            break;
        }
        m_findingTable->setItem(row, SeverityColumn, item(severity));
        m_findingTable->setItem(row, RuleColumn, item(finding.rule));
        QTableWidgetItem *message = item(finding.displayMessage(ScanRules::interfaceLanguage()));
        message->setToolTip(finding.source);
        m_findingTable->setItem(row, MessageColumn, message);
    }
    m_findingTable->resizeColumnToContents(SeverityColumn);
    m_findingTable->resizeColumnToContents(RuleColumn);

    const ReportWriter::Counts counts = ReportWriter::count(m_findings);
    QString summary = tr("%1: %n cookie(s) set before any choice", nullptr, int(report.cookies.size())).arg(report.startUrl);
    summary += QStringLiteral(" · ") + tr("%n third-party host(s)", nullptr, int(report.thirdPartyHosts.size()));
    summary += QStringLiteral(" · ") + tr("%n error(s)", nullptr, counts.errors);
    summary += QStringLiteral(" · ") + tr("%n warning(s)", nullptr, counts.warnings);
    if (!report.errors.isEmpty())
        summary += QStringLiteral(" · ") + tr("%n URL(s) failed (see the log)", nullptr, int(report.errors.size()));
    if (report.cancelled)
        summary += QStringLiteral(" · ") + tr("cancelled: partial report");
    else if (report.limitReached)
        summary += QStringLiteral(" · ") + tr("stopped by a limit");
    m_summaryLabel->setText(summary);
    updateButtons();
}

void ScanDialog::addToInventory()
{
    const QList<Cookie> rows = AddObservedCookiesCommand::undeclared(m_document->policy(), m_report, m_enrich);
    if (rows.isEmpty())
        return;
    m_document->undoStack()->push(new AddObservedCookiesCommand(m_document, rows));
}
