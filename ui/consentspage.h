// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include "consentlog/consentstatistics.h"
#include "document/expected.h"

#include <QPointer>
#include <QWidget>

#include <atomic>
#include <functional>
#include <memory>

class ConsentChart;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QThread;
class ConsentStore;

// The Consents page: what the consent-log service kept (docs/consent-log.md), for the
// privacy officer. Opens a store (a SQLite file or a PostgreSQL address), draws the
// acceptance rate per category over time with the policy revisions marked, gives the
// totals, looks up one consent id, verifies the chain and exports. Every query runs
// on a worker thread with its own database connection (a connection belongs to the
// thread that opened it), with a busy indicator; a verify can be cancelled.
class ConsentsPage : public QWidget
{
    Q_OBJECT

public:
    explicit ConsentsPage(QWidget *parent = nullptr);
    ~ConsentsPage() override;

    // How the worker thread opens a store; tests put a slow one here to see the page
    // stay usable while a query runs.
    using StoreOpener = std::function<Expected<std::unique_ptr<ConsentStore>>(const QString &spec)>;
    void setStoreOpener(StoreOpener opener) { m_opener = std::move(opener); }

    QString storeSpec() const;
    void setStoreSpec(const QString &spec);
    bool isBusy() const { return m_worker != nullptr; }

public Q_SLOTS:
    void openStore();
    void find();
    void verify();
    void exportRecords(const QString &path);

Q_SIGNALS:
    void finishedWork(); // after any background query, for tests

protected:
    void changeEvent(QEvent *event) override;

private:
    // Runs job on a worker with the store opened there; then, on this thread, done.
    void run(const QString &what, std::function<std::function<void()>(ConsentStore &)> job);
    void showStatistics(const ConsentStatistics &statistics, const QString &summary);
    void setBusy(const QString &what);
    // From a worker: how far a long query is (verify knows its length).
    void showProgress(const QString &what, qint64 done, qint64 total);
    void retranslateUi();
    void chooseFile();
    void chooseExport();

    QLineEdit *m_store;
    QPushButton *m_browse;
    QPushButton *m_open;
    QComboBox *m_grouping;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QLabel *m_status;
    QLabel *m_chartTitle;
    ConsentChart *m_chart;
    QLabel *m_totals;
    QLineEdit *m_consentId;
    QPushButton *m_find;
    QPlainTextEdit *m_history;
    QPushButton *m_verify;
    QLabel *m_verifyResult;
    QPushButton *m_export;
    QThread *m_worker = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancelled;
    QString m_openedSpec;
    StoreOpener m_opener;
};
