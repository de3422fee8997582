// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include <QWidget>

class PolicyDocument;
class QCheckBox;
class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;
class TranslationModel;

// Side-by-side translation: every translatable text in the source language beside
// the target language, missing translations marked and counted, and the target
// edited in place (each edit an undo command).
class TranslationView : public QWidget
{
    Q_OBJECT

public:
    explicit TranslationView(PolicyDocument *document, QWidget *parent = nullptr);

    TranslationModel *model() const { return m_model; }
    void setLanguages(const QString &source, const QString &target);
    // "3 of 40 texts are not translated into en" as shown.
    QString summary() const;

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();
    void fillLanguages();
    void languagesChosen();
    void updateSummary();
    QString summaryText() const;
    void sizeRowsAndColumns();
    void sizeLongTextRows();

    PolicyDocument *m_document;
    TranslationModel *m_model;
    QSortFilterProxyModel *m_filter;
    QLabel *m_sourceLabel;
    QComboBox *m_source;
    QLabel *m_targetLabel;
    QComboBox *m_target;
    QCheckBox *m_onlyMissing;
    QLabel *m_summary;
    QTableView *m_table;
    bool m_summaryStale = false; // counts changed while hidden
};
