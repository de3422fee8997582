// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include "commands/cookiecommands.h"
#include "compliance/finding.h"
#include "scan/scanreport.h"

#include <QDialog>

class BrowserScanner;
class PolicyDocument;
class SiteScanner;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableWidget;

// Tools › Scan site…: scans the site in a real browser (or with plain HTTP requests)
// before any choice and after the site's own refusal and acceptance controls, shows
// per phase what it stored, the findings checked against the open document and the
// screenshots, and adds undeclared cookies to the inventory in one undoable step.
// Also shows the same report for a HAR or Website Evidence Collector file (File ›
// Import › Evidence).
class ScanDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ScanDialog(PolicyDocument *document, QWidget *parent = nullptr);
    ~ScanDialog() override;

    void setUrl(const QString &url);
    // Shows the report of an evidence file; on failure shows why and returns false.
    bool loadEvidence(const QString &path);
    // Shows a scan as if it had just run (evidence, a saved scan, tests).
    void showScan(const ConsentScan &scan);
    // Fills rows that "Add to Inventory" creates (e.g. from the known-cookie database).
    void setCookieEnricher(AddObservedCookiesCommand::Enricher enrich) { m_enrich = std::move(enrich); }
    const ConsentScan &scan() const { return m_scan; }
    const FindingList &findings() const { return m_findings; }

protected:
    void changeEvent(QEvent *event) override;
    void reject() override;

private:
    struct PhaseRow
    {
        ConsentPhase phase;
        QLabel *title = nullptr;
        QProgressBar *bar = nullptr;
        QLabel *status = nullptr;
    };

    void retranslateUi();
    void startScan();
    void cancelScan();
    bool isRunning() const;
    void chooseEvidence();
    void onPhaseStarted(ConsentPhase phase);
    void onProgress(ConsentPhase phase, int done, int queued);
    void onHttpFinished();
    void onBrowserFinished();
    void refresh();
    void fillTables();
    void fillPhaseRows();
    void fillScreenshots();
    void openScreenshot(QListWidgetItem *item);
    void saveReport();
    void addToInventory();
    void updateButtons();
    PhaseRow *phaseRow(ConsentPhase phase);
    bool shown(const QString &phaseKey) const; // the phase filter lets it through

    PolicyDocument *m_document;
    SiteScanner *m_httpScanner;
    BrowserScanner *m_browserScanner;
    ConsentScan m_scan;
    FindingList m_findings;
    QList<ConsentPhase> m_phasesAsked;
    QString m_fallbackReason; // why Chromium did not run, when asked for
    AddObservedCookiesCommand::Enricher m_enrich;

    QLabel *m_urlLabel;
    QLineEdit *m_urlEdit;
    QGroupBox *m_engineBox;
    QLabel *m_engineLabel;
    QComboBox *m_engineCombo;
    QLabel *m_phasesLabel;
    QCheckBox *m_beforeCheck;
    QCheckBox *m_rejectCheck;
    QCheckBox *m_acceptCheck;
    QLabel *m_rejectSelectorLabel;
    QLineEdit *m_rejectSelectorEdit;
    QLabel *m_acceptSelectorLabel;
    QLineEdit *m_acceptSelectorEdit;
    QLabel *m_siteLabel;
    QLineEdit *m_siteEdit;
    QGroupBox *m_limitsBox;
    QLabel *m_pagesLabel;
    QSpinBox *m_pagesSpin;
    QLabel *m_depthLabel;
    QSpinBox *m_depthSpin;
    QLabel *m_concurrencyLabel;
    QSpinBox *m_concurrencySpin;
    QLabel *m_timeoutLabel;
    QSpinBox *m_timeoutSpin;
    QGroupBox *m_progressBox;
    QList<PhaseRow> m_phaseRows;
    QPlainTextEdit *m_log;
    QLabel *m_summaryLabel;
    QLabel *m_filterLabel;
    QComboBox *m_phaseFilter;
    QTabWidget *m_tabs;
    QTableWidget *m_findingTable;
    QTableWidget *m_cookieTable;
    QTableWidget *m_storageTable;
    QTableWidget *m_hostTable;
    QListWidget *m_screenshotList;
    QPushButton *m_startButton;
    QPushButton *m_cancelButton;
    QPushButton *m_evidenceButton;
    QPushButton *m_saveButton;
    QPushButton *m_addButton;
    QDialogButtonBox *m_buttons;
};
