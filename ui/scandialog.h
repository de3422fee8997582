#pragma once

#include "commands/cookiecommands.h"
#include "compliance/finding.h"
#include "scan/scanreport.h"

#include <QDialog>

class PolicyDocument;
class SiteScanner;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableWidget;

// Tools › Scan site…: crawls the site with the limits shown, lists what it sets
// before any choice, checks that against the open document, and adds undeclared
// cookies to the inventory in one undoable step. Also shows the same report for
// a HAR or Website Evidence Collector file (File › Import › Evidence).
class ScanDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ScanDialog(PolicyDocument *document, QWidget *parent = nullptr);
    ~ScanDialog() override;

    void setUrl(const QString &url);
    // Shows the report of an evidence file; on failure shows why and returns false.
    bool loadEvidence(const QString &path);
    // Fills rows that "Add to Inventory" creates (e.g. from the known-cookie database).
    void setCookieEnricher(AddObservedCookiesCommand::Enricher enrich) { m_enrich = std::move(enrich); }
    const ScanReport &report() const { return m_report; }
    const FindingList &findings() const { return m_findings; }

protected:
    void changeEvent(QEvent *event) override;
    void reject() override;

private:
    void retranslateUi();
    void startScan();
    void chooseEvidence();
    void onProgress(int done, int queued);
    void onFinished();
    void showReport(const ScanReport &report);
    void addToInventory();
    void updateButtons();

    PolicyDocument *m_document;
    SiteScanner *m_scanner;
    ScanReport m_report;
    FindingList m_findings;
    AddObservedCookiesCommand::Enricher m_enrich;

    QLabel *m_urlLabel;
    QLineEdit *m_urlEdit;
    QGroupBox *m_limitsBox;
    QLabel *m_pagesLabel;
    QSpinBox *m_pagesSpin;
    QLabel *m_depthLabel;
    QSpinBox *m_depthSpin;
    QLabel *m_concurrencyLabel;
    QSpinBox *m_concurrencySpin;
    QLabel *m_timeoutLabel;
    QSpinBox *m_timeoutSpin;
    QLabel *m_policyLabel;
    QProgressBar *m_progress;
    QPlainTextEdit *m_log;
    QTabWidget *m_tabs;
    QTableWidget *m_cookieTable;
    QListWidget *m_hostList;
    QTableWidget *m_findingTable;
    QLabel *m_summaryLabel;
    QPushButton *m_startButton;
    QPushButton *m_cancelButton;
    QPushButton *m_evidenceButton;
    QPushButton *m_addButton;
    QDialogButtonBox *m_buttons;
};
