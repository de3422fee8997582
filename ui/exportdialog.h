// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include "document/policy.h"
#include "export/exportformats.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

// File › Export: every format of ExportFormats::all() with its title and what it is
// for, the language of the export, where to write it (a file, or a folder for
// folder formats), and what the chosen target cannot express — shown before
// exporting (from a trial run) and again after. The lead's main window opens it.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ExportDialog(const Policy &policy, const QString &documentPath = {},
                          QWidget *parent = nullptr);

    QString selectedFormat() const;
    void selectFormat(const QString &id);
    QString language() const;
    void setLanguage(const QString &language);
    QString outputPath() const;
    void setOutputPath(const QString &path);
    QStringList warnings() const { return m_warnings; }

    // Writes the selected export; shows and returns success. Also the Export button.
    bool exportNow();

signals:
    void exported(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void formatChanged();
    void refreshWarnings();
    void browse();
    const ExportFormat *currentFormat() const;
    ExportOptions options() const;
    void showWarnings();

    Policy m_policy;
    QString m_documentPath;
    QString m_documentDirectory;
    QString m_writtenPath; // the last export written, for Open and Show in Folder
    QStringList m_warnings;
    QListWidget *m_formatList;
    QLabel *m_descriptionLabel;
    QLabel *m_languageLabel;
    QComboBox *m_languageCombo;
    QLabel *m_outputLabel;
    QLineEdit *m_outputEdit;
    QPushButton *m_browseButton;
    // Shown for the banner of a document where nothing needs consent: the user insists.
    QCheckBox *m_manageOnly;
    QLabel *m_warningsLabel;
    QListWidget *m_warningsList;
    QLabel *m_statusLabel;
    QDialogButtonBox *m_buttons;
    QPushButton *m_exportButton;
    QPushButton *m_openButton;
    QPushButton *m_showButton;
};
