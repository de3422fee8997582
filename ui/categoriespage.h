// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include <QWidget>

class PolicyDocument;
class QCheckBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

// The Categories page: the groups a visitor accepts or refuses. A list to add,
// rename and remove categories, and beside it their id, name and description in
// the edit language and whether they are required. Removing one that cookies use
// asks where they go. Every change is one undo step.
class CategoriesPage : public QWidget
{
    Q_OBJECT

public:
    explicit CategoriesPage(PolicyDocument *document, QWidget *parent = nullptr);

    int currentIndex() const;
    void setCurrentIndex(int index);
    QString editLanguage() const;

public slots:
    void setEditLanguage(const QString &language);
    void addCategory();
    void removeCurrent();

signals:
    void statusMessage(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void rebuildList();
    void loadFields();
    void commitField(const QString &field);

    PolicyDocument *m_document;
    QString m_editLanguage;
    QListWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_remove;
    QFormLayout *m_form;
    QLineEdit *m_name;
    QLineEdit *m_id;
    QPlainTextEdit *m_description;
    QCheckBox *m_required;
    QLabel *m_usage;
    bool m_rebuilding = false;
};
