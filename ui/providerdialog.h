// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include "document/policy.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class CountryChooser;
class QLineEdit;

// The few facts a new provider needs: a name (required), its website, its privacy
// policy and its country. The id is derived from the name, unique in `existing`.
class ProviderDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ProviderDialog(const QList<Provider> &existing, QWidget *parent = nullptr);
    ~ProviderDialog() override;

    void setName(const QString &name);
    Provider provider() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateOk();

    QList<Provider> m_existing;
    QLineEdit *m_name;
    QLineEdit *m_website;
    QLineEdit *m_privacyPolicy;
    CountryChooser *m_country;
    QLabel *m_nameLabel;
    QLabel *m_websiteLabel;
    QLabel *m_privacyPolicyLabel;
    QLabel *m_countryLabel;
    QDialogButtonBox *m_buttons;
};
