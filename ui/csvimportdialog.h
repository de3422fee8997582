// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include "document/expected.h"
#include "document/policy.h"
#include "format/csvreader.h"
#include "import/inventoryimporter.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QTableWidget;

// File › Import › CSV: shows what was detected (delimiter, encoding), which field
// each column goes to — one combo per column that the user can correct — and the
// first cookies as they will be imported, before anything changes. The caller
// applies result() to the document as one undoable command.
class CsvImportDialog : public QDialog
{
    Q_OBJECT

public:
    // context: the document the cookies will join (its languages, providers and
    // categories are reused).
    explicit CsvImportDialog(const Policy &context, QWidget *parent = nullptr);

    // Reads the file; on failure the dialog is unchanged and the reason returned
    // for the caller to show.
    Status openFile(const QString &path);
    void setTable(const CsvTable &table, const QString &sourceName);

    InventoryMapping mapping() const { return m_mapping; }
    void setMapping(const InventoryMapping &mapping);
    // What Import adds: valid while the OK button is enabled.
    const InventoryImport &result() const { return m_result; }
    bool canImport() const;

    static constexpr int PreviewRows = 8;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void rebuildMappingTable();
    void fillFieldCombo(QComboBox *combo, const ColumnMapping &current);
    void updatePreview();
    QString delimiterName() const;

    const Policy &m_context;
    CsvTable m_table;
    QString m_sourceName;
    InventoryMapping m_mapping;
    InventoryImport m_result;
    QString m_error;
    QList<ColumnMapping> m_choices; // what each combo entry stands for

    QLabel *m_detected;
    QCheckBox *m_hasHeader;
    QLabel *m_languageLabel;
    QComboBox *m_language;
    QLabel *m_mappingLabel;
    QTableWidget *m_columns;
    QLabel *m_previewLabel;
    QTableWidget *m_preview;
    QLabel *m_summary;
    QDialogButtonBox *m_buttons;
};
