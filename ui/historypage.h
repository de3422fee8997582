// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include "document/policy.h"
#include "publishing/publicationarchive.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class MainWindow;
class PolicyDocument;
class QAction;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;
class QTextBrowser;

// The History page: the timeline of published revisions read from the archive beside
// the document, the summary and decision of the selected one, "Open this revision"
// (its charter as published, read-only), and a side-by-side comparison of any two
// revisions or of one with the current document. It also owns File › Publish…,
// so the main window only installs it (install()).
class HistoryPage : public QWidget
{
    Q_OBJECT

public:
    explicit HistoryPage(PolicyDocument *document, QWidget *parent = nullptr);

    // Adds the page ("history") and File › Publish… to window.
    static HistoryPage *install(MainWindow *window);

    // Reads the archive again (after a publication, or when the file changes).
    void reload();
    // Opens the publish dialog; true when a revision was published.
    bool publish();
    // Compares two entries by sequence; 0 stands for the current document.
    void compare(int fromSequence, int toSequence);
    // The read-only view of an entry's charter; owned by this page.
    QWidget *openRevision(int sequence);

    QAction *publishAction() const { return m_publishAction; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showEntry();
    void fillCompareChoices();
    const Policy *documentOf(int sequence);

    PolicyDocument *m_document;
    QPointer<MainWindow> m_window;
    QList<ArchiveEntry> m_entries;
    QHash<int, Policy> m_documents; // archived documents by sequence, read once
    QString m_archiveError;
    QAction *m_publishAction;
    QLabel *m_status;
    QPushButton *m_publishButton;
    QListWidget *m_timeline;
    QTextBrowser *m_details;
    QPushButton *m_openButton;
    QLabel *m_compareLabel;
    QComboBox *m_from;
    QComboBox *m_to;
    QLabel *m_compareVerdict;
    QTableWidget *m_diff;
};
