// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "providerdialog.h"

#include "commands/catalogedits.h"
#include "countrychooser.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

ProviderDialog::ProviderDialog(const QList<Provider> &existing, QWidget *parent)
    : QDialog(parent), m_existing(existing), m_name(new QLineEdit(this)),
      m_website(new QLineEdit(this)), m_privacyPolicy(new QLineEdit(this)),
      m_country(new CountryChooser(this)), m_nameLabel(new QLabel(this)),
      m_websiteLabel(new QLabel(this)), m_privacyPolicyLabel(new QLabel(this)),
      m_countryLabel(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("providerDialog"));
    m_name->setObjectName(QStringLiteral("providerName"));
    m_website->setObjectName(QStringLiteral("providerWebsite"));
    m_privacyPolicy->setObjectName(QStringLiteral("providerPrivacyPolicy"));
    m_country->setObjectName(QStringLiteral("providerCountry"));
    m_website->setPlaceholderText(QStringLiteral("https://"));
    m_privacyPolicy->setPlaceholderText(QStringLiteral("https://"));

    auto *form = new QFormLayout(this);
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_websiteLabel, m_website);
    form->addRow(m_privacyPolicyLabel, m_privacyPolicy);
    form->addRow(m_countryLabel, m_country);
    form->addRow(m_buttons);
    m_nameLabel->setBuddy(m_name);
    m_websiteLabel->setBuddy(m_website);
    m_privacyPolicyLabel->setBuddy(m_privacyPolicy);
    m_countryLabel->setBuddy(m_country);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &ProviderDialog::updateOk);
    // A country that names no country keeps the dialog open: nothing is guessed.
    connect(m_country, &CountryChooser::refused, this, &ProviderDialog::updateOk);
    connect(m_country, &CountryChooser::codeChosen, this, &ProviderDialog::updateOk);
    connect(m_country->lineEdit(), &QLineEdit::textEdited, this, &ProviderDialog::updateOk);
    retranslateUi();
    updateOk();
}

ProviderDialog::~ProviderDialog()
{
    // As in ProvidersPage: the fields' last signals come while they are destroyed.
    for (QObject *child : findChildren<QObject *>())
        child->disconnect(this);
}

void ProviderDialog::setName(const QString &name)
{
    m_name->setText(name);
}

void ProviderDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_name->text().trimmed().isEmpty() && m_country->chosenCode().has_value());
}

Provider ProviderDialog::provider() const
{
    Provider provider;
    provider.name = m_name->text().trimmed();
    provider.id = CatalogEdits::providerId(provider.name, m_existing);
    provider.website = m_website->text().trimmed();
    provider.privacyPolicyUrl = m_privacyPolicy->text().trimmed();
    provider.country = m_country->chosenCode().value_or(QString());
    return provider;
}

void ProviderDialog::retranslateUi()
{
    setWindowTitle(tr("New provider"));
    m_nameLabel->setText(tr("&Name:"));
    m_websiteLabel->setText(tr("&Website:"));
    m_privacyPolicyLabel->setText(tr("&Privacy policy:"));
    m_countryLabel->setText(tr("&Country:"));
    m_country->setToolTip(tr("Where the provider is established: type its name or its code "
                             "(FR, IE, US…). Outside the EU, visitors are told their data leaves it."));
}

void ProviderDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}
