// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include "document/policy.h"
#include "import/charterimporter.h"

#include <QDialog>

#include <functional>

class PageFetcher;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTreeWidget;

// File › Import › Charter page…: a local text or HTML file, or an http(s) address
// fetched with a progress bar and Cancel. What would be imported — sections in
// order and cookies — is previewed before anything changes; a failure is shown in
// the dialog and leaves nothing to import. The caller applies result().
class CharterImportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CharterImportDialog(const Policy &context, QWidget *parent = nullptr);
    ~CharterImportDialog() override;

    // A path or URL; loads its preview in the background (previewReady tells when).
    void setSource(const QString &source);
    void loadPreview();
    // Stops fetching or reading; nothing is left to import.
    void cancelFetch();
    bool isBusy() const;

    bool hasResult() const { return m_hasResult; }
    const CharterImport &result() const { return m_result; }
    PageFetcher *fetcher() const { return m_fetcher; }

signals:
    void previewReady(bool ok);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void browse();
    void showResult(const Expected<CharterImport> &imported);
    void setFetching(bool fetching);
    void readInBackground(std::function<Expected<CharterImport>()> job);

    const Policy &m_context;
    PageFetcher *m_fetcher;
    CharterImport m_result;
    bool m_hasResult = false;
    bool m_reading = false;
    int m_generation = 0; // a finished read of an older generation is ignored

    QLabel *m_sourceLabel;
    QLineEdit *m_source;
    QPushButton *m_browse;
    QPushButton *m_load;
    QProgressBar *m_progress;
    QPushButton *m_cancelFetch;
    QTreeWidget *m_preview;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
};
