// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include "compliance/compliancechecker.h"
#include "publishing/publisher.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class KnownCookies;
class PolicyDocument;
class IssuesModel;
class QLabel;
class QModelIndex;
class QTreeView;

// The Issues panel: the document's findings grouped by severity with counts,
// checked again a moment after the user stops typing. The tree is a view of
// IssuesModel, which groups and words the findings lazily (100,000 findings stay
// responsive). Double click (or Enter) on a
// finding emits activated() with its place, so the window can open the cell, field
// or section. Meant to sit in a QDockWidget.
class IssuesPanel : public QWidget
{
    Q_OBJECT

public:
    // How long edits must pause before the document is checked again.
    static constexpr int RecheckDelayMs = 300;

    explicit IssuesPanel(QWidget *parent = nullptr);

    void setDocument(PolicyDocument *document);
    // The database the misclassification rule uses; null: the built-in list. Not owned.
    void setKnownCookies(const KnownCookies *knownCookies);
    // Overrides the document's profile; empty: the document's.
    void setProfile(const QString &profile);
    // "fr" or "en"; empty: the interface language.
    void setMessageLanguage(const QString &language);

    const ComplianceReport &report() const { return m_report; }
    // A cookie row being typed (a new one): its findings wait until the person leaves
    // the row, so a row is not an error before anything is typed. -1: none held.
    void holdCookieRow(qsizetype row);
    qsizetype heldCookieRow() const { return m_heldRow; }
    // Checks at once (the window calls it after opening a file). A document of
    // BackgroundCheckFrom cookies or more is checked on a worker thread instead, so
    // that typing never waits for it: the report, the tree and the signals follow
    // when it is done, and meanwhile the summary says it is checking.
    void recheckNow();
    static constexpr qsizetype BackgroundCheckFrom = 2000;
    // Whether a background check is under way.
    bool isChecking() const { return m_checking; }

signals:
    void activated(const Finding &finding);
    // After every check: counts for the status bar.
    void summaryChanged(int errors, int warnings, int infos);
    // After every check, for views that mark rows (report().cookieRowsWithFindings()).
    void reportChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void scheduleRecheck();
    void applyReport(ComplianceReport report);
    void rebuildTree();
    void retranslateUi();
    QString messageLanguage() const;
    void activateIndex(const QModelIndex &index);

    QPointer<PolicyDocument> m_document;
    const KnownCookies *m_knownCookies = nullptr;
    QString m_profile;
    QString m_language;
    qsizetype m_heldRow = -1;
    quint64 m_generation = 0; // of the newest check started; older results are dropped
    bool m_checking = false;
    ComplianceReport m_report;
    BaselineCache m_published; // for the publish rule (issue 15)
    QTimer m_timer;
    QLabel *m_summary = nullptr;
    IssuesModel *m_model = nullptr;
    QTreeView *m_tree = nullptr;
};
