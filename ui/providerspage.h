// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include <QWidget>

class PolicyDocument;
class QFormLayout;
class QLabel;
class CountryChooser;
class QLineEdit;
class QListWidget;
class QPushButton;

// The Providers page: who sets the cookies. A list to add, rename (F2 or the Name
// field) and remove providers, and their fields beside it; removing one that
// cookies use asks where they go. Every change is one undo step.
class ProvidersPage : public QWidget
{
    Q_OBJECT

public:
    explicit ProvidersPage(PolicyDocument *document, QWidget *parent = nullptr);
    ~ProvidersPage() override;

    int currentIndex() const;
    void setCurrentIndex(int index);

public slots:
    void addProvider();
    void removeCurrent();

signals:
    void statusMessage(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void rebuildList();
    void loadFields();
    void commitField(const QString &field);

    PolicyDocument *m_document;
    QListWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_remove;
    QFormLayout *m_form;
    QLineEdit *m_id;
    QLineEdit *m_name;
    QLineEdit *m_website;
    QLineEdit *m_privacyPolicy;
    CountryChooser *m_country;
    QLabel *m_usage;
    bool m_rebuilding = false;
};
