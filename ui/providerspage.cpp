// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "providerspage.h"

#include "catalogpagelayout.h"
#include "commands/catalogcommands.h"
#include "commands/catalogedits.h"
#include "countrychooser.h"
#include "document/policydocument.h"
#include "reassigndialog.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpressionValidator>

ProvidersPage::ProvidersPage(PolicyDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_list(new QListWidget(this)),
      m_add(new QPushButton(this)), m_remove(new QPushButton(this)), m_form(new QFormLayout),
      m_id(new QLineEdit(this)), m_name(new QLineEdit(this)), m_website(new QLineEdit(this)),
      m_privacyPolicy(new QLineEdit(this)), m_country(new CountryChooser(this)),
      m_usage(new QLabel(this))
{
    setObjectName(QStringLiteral("providersPage"));
    m_list->setObjectName(QStringLiteral("providerList"));
    m_add->setObjectName(QStringLiteral("addProvider"));
    m_remove->setObjectName(QStringLiteral("removeProvider"));
    m_id->setObjectName(QStringLiteral("providerId"));
    m_name->setObjectName(QStringLiteral("providerName"));
    m_website->setObjectName(QStringLiteral("providerWebsite"));
    m_privacyPolicy->setObjectName(QStringLiteral("providerPrivacyPolicy"));
    m_country->setObjectName(QStringLiteral("providerCountry"));
    m_usage->setObjectName(QStringLiteral("providerUsage"));
    m_list->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
    m_id->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[a-z0-9][a-z0-9._-]*")), m_id));
    m_website->setPlaceholderText(QStringLiteral("https://"));
    m_privacyPolicy->setPlaceholderText(QStringLiteral("https://"));

    layOutCatalogPage(this, m_list, m_add, m_remove, m_form,
                      {m_name, m_id, m_website, m_privacyPolicy, m_country, m_usage});

    connect(m_add, &QPushButton::clicked, this, &ProvidersPage::addProvider);
    connect(m_remove, &QPushButton::clicked, this, &ProvidersPage::removeCurrent);
    connect(m_list, &QListWidget::currentRowChanged, this, &ProvidersPage::loadFields);
    connect(m_list, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        if (m_rebuilding)
            return;
        const int index = m_list->row(item);
        Provider provider = m_document->policy().providers.at(index);
        const QString name = item->text().trimmed();
        if (name.isEmpty() || name == provider.name) {
            rebuildList();
            return;
        }
        provider.name = name;
        m_document->undoStack()->push(
            new SetProviderCommand(m_document, index, provider, QStringLiteral("name")));
    });
    const auto commitOnFinish = [this](QLineEdit *edit, const QString &field) {
        connect(edit, &QLineEdit::editingFinished, this, [this, field] { commitField(field); });
    };
    commitOnFinish(m_id, QStringLiteral("id"));
    commitOnFinish(m_name, QStringLiteral("name"));
    commitOnFinish(m_website, QStringLiteral("website"));
    commitOnFinish(m_privacyPolicy, QStringLiteral("privacyPolicyUrl"));
    connect(m_country, &CountryChooser::codeChosen, this,
            [this] { commitField(QStringLiteral("country")); });
    connect(m_country, &CountryChooser::refused, this, [this](const QString &text) {
        emit statusMessage(
            tr("\"%1\" is not a country: choose one from the list or type its two-letter code. "
               "The country was not changed.")
                .arg(text));
    });
    connect(m_document, &PolicyDocument::providersChanged, this, &ProvidersPage::rebuildList);
    connect(m_document, &PolicyDocument::policyReset, this, &ProvidersPage::rebuildList);
    connect(m_document, &PolicyDocument::changed, this, &ProvidersPage::loadFields);

    retranslateUi();
    rebuildList();
}

ProvidersPage::~ProvidersPage()
{
    // The fields finish their editing when they lose the focus, which happens while
    // the children are destroyed, after this object stopped being a ProvidersPage.
    for (QObject *child : findChildren<QObject *>())
        child->disconnect(this);
}

int ProvidersPage::currentIndex() const
{
    return m_list->currentRow();
}

void ProvidersPage::setCurrentIndex(int index)
{
    m_list->setCurrentRow(index);
}

void ProvidersPage::rebuildList()
{
    m_rebuilding = true;
    const int current = m_list->currentRow();
    m_list->clear();
    for (const Provider &provider : m_document->policy().providers) {
        auto *item =
            new QListWidgetItem(provider.name.isEmpty() ? provider.id : provider.name, m_list);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
        item->setToolTip(provider.id);
    }
    m_list->setCurrentRow(std::min(std::max(current, 0), m_list->count() - 1));
    m_rebuilding = false;
    loadFields();
}

void ProvidersPage::loadFields()
{
    // While the list is rebuilt its current row passes through -1: disabling the fields
    // then would throw the focus out of the one being typed in.
    if (m_rebuilding)
        return;
    const int index = m_list->currentRow();
    const bool valid = index >= 0 && index < m_document->policy().providers.size();
    for (QWidget *field :
         {static_cast<QWidget *>(m_id), static_cast<QWidget *>(m_name),
          static_cast<QWidget *>(m_website), static_cast<QWidget *>(m_privacyPolicy),
          static_cast<QWidget *>(m_country)})
        field->setEnabled(valid);
    m_remove->setEnabled(valid);
    const Provider provider = valid ? m_document->policy().providers.at(index) : Provider();
    const auto load = [](QLineEdit *edit, const QString &text) {
        if (edit->text() != text)
            edit->setText(text);
    };
    load(m_id, provider.id);
    load(m_name, provider.name);
    load(m_website, provider.website);
    load(m_privacyPolicy, provider.privacyPolicyUrl);
    if (m_country->chosenCode() != provider.country)
        m_country->setCode(provider.country);
    const qsizetype used =
        valid ? countCookiesUsing<Provider>(m_document->policy(), provider.id) : 0;
    m_usage->setText(tr("Used by %n cookie(s)", nullptr, int(used)));
}

void ProvidersPage::commitField(const QString &field)
{
    const int index = m_list->currentRow();
    if (index < 0 || index >= m_document->policy().providers.size())
        return;
    Provider provider = m_document->policy().providers.at(index);
    if (field == QLatin1StringView("id")) {
        const QString id = m_id->text().trimmed();
        if (id.isEmpty() || (id != provider.id && m_document->policy().provider(id))) {
            emit statusMessage(tr("The id \"%1\" is empty or already used.").arg(id));
            loadFields();
            return;
        }
        provider.id = id;
    } else if (field == QLatin1StringView("name")) {
        provider.name = m_name->text().trimmed();
    } else if (field == QLatin1StringView("website")) {
        provider.website = m_website->text().trimmed();
    } else if (field == QLatin1StringView("privacyPolicyUrl")) {
        provider.privacyPolicyUrl = m_privacyPolicy->text().trimmed();
    } else if (field == QLatin1StringView("country")) {
        const std::optional<QString> code = m_country->chosenCode();
        if (!code)
            return; // refused where it was typed, with the reason
        provider.country = *code;
    }
    if (provider == m_document->policy().providers.at(index))
        return;
    m_document->undoStack()->push(new SetProviderCommand(m_document, index, provider, field));
}

void ProvidersPage::addProvider()
{
    const int index = int(m_document->policy().providers.size());
    m_document->undoStack()->push(CatalogEdits::appendCommand(
        m_document, CatalogEdits::newProvider(m_document->policy(),
                                                 CatalogEdits::placeholderName(CatalogEdits::Placeholder::Provider,
                                                                               m_document->policy().meta.defaultLanguage))));
    m_list->setCurrentRow(index);
    m_name->setFocus(Qt::OtherFocusReason);
    m_name->selectAll();
}

void ProvidersPage::removeCurrent()
{
    const int index = m_list->currentRow();
    if (index < 0 || index >= m_document->policy().providers.size())
        return;
    const CatalogEdits::Removal removal =
        CatalogEdits::providerRemoval(m_document->policy(), index);
    QString target;
    if (removal.cookies > 0) {
        ReassignDialog dialog(tr("%n cookie(s) are set by %1. Which provider sets them instead?",
                                 nullptr, int(removal.cookies))
                                  .arg(removal.name),
                              removal.targets, tr("No provider (to fill in later)"), this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        target = dialog.target();
    }
    m_document->undoStack()->push(CatalogEdits::removeProviderCommand(m_document, index, target));
}

void ProvidersPage::retranslateUi()
{
    m_add->setText(tr("&Add Provider"));
    m_remove->setText(tr("&Remove…"));
    m_list->setAccessibleName(tr("Providers"));
    const QStringList labels{tr("&Name:"),           tr("&Id:"),      tr("&Website:"),
                             tr("&Privacy policy:"), tr("&Country:"), QString()};
    for (int row = 0; row < m_form->rowCount(); ++row) {
        if (auto *label =
                qobject_cast<QLabel *>(m_form->itemAt(row, QFormLayout::LabelRole)
                                           ? m_form->itemAt(row, QFormLayout::LabelRole)->widget()
                                           : nullptr)) {
            label->setText(labels.value(row));
            label->setBuddy(m_form->itemAt(row, QFormLayout::FieldRole)->widget());
        }
    }
    m_id->setToolTip(tr("How the file refers to this provider; cookies follow a change."));
    m_country->setToolTip(tr("Two-letter ISO code (FR, IE, US…): outside the EU, visitors "
                             "are told their data leaves it."));
    loadFields();
}

void ProvidersPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}
