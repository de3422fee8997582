// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include <QDialog>

class PolicyDocument;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPushButton;

// The document's languages: add one, remove one (with its texts), choose the
// default (the language every text falls back to). Each change is an undo command
// applied at once; the dialog only closes.
class LanguagesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit LanguagesDialog(PolicyDocument *document, QWidget *parent = nullptr);

    // The language codes offered in the "add" box (BCP 47, most used in the EU first).
    static QStringList suggestedLanguages();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void reload();
    void addLanguage();
    void removeLanguage();
    void makeDefault();
    void updateButtons();
    QString selectedLanguage() const;

    PolicyDocument *m_document;
    QLabel *m_intro;
    QListWidget *m_list;
    QComboBox *m_newLanguage;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_default;
    QDialogButtonBox *m_buttons;
};
