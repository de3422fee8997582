// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include "document/expected.h"
#include "document/policy.h"
#include "format/csvreader.h"
#include "import/inventoryimporter.h"
#include "import/inventoryupdate.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QTableWidget;
class QTabWidget;
class QTreeWidget;

// File › Import › CSV: shows what was detected (delimiter, encoding), which field
// each column goes to — one combo per column that the user can correct — and the
// first cookies as they will be imported, before anything changes. Into a document
// that has cookies already, the person chooses what happens to the cookies the file
// names again (matched by name and domain: updated, left alone, or the others
// removed too) and sees every change field by field. The caller applies update()
// to the document as one undoable command.
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
    // result() matched against the document's cookies in the chosen mode.
    const InventoryUpdate &update() const { return m_update; }
    InventoryUpdate::Mode mode() const;
    void setMode(InventoryUpdate::Mode mode);
    // False when the file cannot be read as cookies or changes nothing.
    bool canImport() const;

    static constexpr int PreviewRows = 8;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void rebuildMappingTable();
    void fillFieldCombo(QComboBox *combo, const ColumnMapping &current);
    void updatePreview();
    void fillChanges();
    QString summaryText() const;
    QString delimiterName() const;

    const Policy &m_context;
    CsvTable m_table;
    QString m_sourceName;
    InventoryMapping m_mapping;
    InventoryImport m_result;
    InventoryUpdate m_update;
    QString m_error;
    QList<ColumnMapping> m_choices; // what each combo entry stands for

    QLabel *m_detected;
    QCheckBox *m_hasHeader;
    QLabel *m_languageLabel;
    QComboBox *m_language;
    QLabel *m_modeLabel;
    QComboBox *m_mode;
    QLabel *m_mappingLabel;
    QTableWidget *m_columns;
    QLabel *m_previewLabel;
    QTabWidget *m_previewTabs;
    QTableWidget *m_preview;
    QTreeWidget *m_changes;
    QLabel *m_summary;
    QDialogButtonBox *m_buttons;
};
