// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "metaeditor.h"

#include "interfacedates.h"

#include "commands/metacommands.h"
#include "document/policydocument.h"
#include "undokeyrouter.h"

#include <QCoreApplication>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>

namespace {

// The date edit's lowest value stands for "no date".
const QDate noDate(2000, 1, 1);

} // namespace

MetaEditor::MetaEditor(PolicyDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document),
      m_router(new UndoKeyRouter(document->undoStack(), {}, this)), m_form(new QFormLayout),
      m_intro(new QLabel(this)), m_siteName(new QLineEdit(this)), m_siteUrl(new QLineEdit(this)),
      m_publisherName(new QLineEdit(this)), m_publisherAddress(new QLineEdit(this)),
      m_contact(new QLineEdit(this)), m_lastUpdated(new QDateEdit(this)),
      m_today(new QPushButton(this)), m_revision(new QSpinBox(this))
{
    m_siteName->setObjectName(QStringLiteral("siteNameEdit"));
    m_siteUrl->setObjectName(QStringLiteral("siteUrlEdit"));
    m_publisherName->setObjectName(QStringLiteral("publisherNameEdit"));
    m_publisherAddress->setObjectName(QStringLiteral("publisherAddressEdit"));
    m_contact->setObjectName(QStringLiteral("contactEmailEdit"));
    m_lastUpdated->setObjectName(QStringLiteral("lastUpdatedEdit"));
    m_today->setObjectName(QStringLiteral("todayButton"));
    m_revision->setObjectName(QStringLiteral("revisionSpin"));
    m_siteUrl->setInputMethodHints(Qt::ImhUrlCharactersOnly);
    m_contact->setInputMethodHints(Qt::ImhEmailCharactersOnly);
    m_lastUpdated->setCalendarPopup(true);
    m_lastUpdated->setMinimumDate(noDate);
    m_revision->setRange(1, 1000000);
    m_intro->setWordWrap(true);

    auto *dateRow = new QHBoxLayout;
    dateRow->addWidget(m_lastUpdated, 1);
    dateRow->addWidget(m_today);
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(m_form);
    layout->addStretch(1);
    const auto addRow = [this](QWidget *field, QLayout *fieldLayout = nullptr) {
        auto *label = new QLabel(this);
        label->setBuddy(field);
        m_labels.append(label);
        if (fieldLayout)
            m_form->addRow(label, fieldLayout);
        else
            m_form->addRow(label, field);
    };
    addRow(m_siteName);
    addRow(m_siteUrl);
    addRow(m_publisherName);
    addRow(m_publisherAddress);
    addRow(m_contact);
    addRow(m_lastUpdated, dateRow);
    addRow(m_revision);

    const std::pair<QLineEdit *, Field> texts[] = {{m_siteName, SiteName},
                                                   {m_siteUrl, SiteUrl},
                                                   {m_publisherName, PublisherName},
                                                   {m_publisherAddress, PublisherAddress},
                                                   {m_contact, Contact}};
    for (const auto &[edit, field] : texts) {
        m_router->watch(edit);
        connect(edit, &QLineEdit::textEdited, this,
                [this, field = field](const QString &text) { commitText(field, text); });
    }
    m_router->watch(m_lastUpdated);
    m_router->watch(m_revision);
    connect(m_lastUpdated, &QDateEdit::dateChanged, this, &MetaEditor::commitDate);
    connect(m_revision, &QSpinBox::valueChanged, this, &MetaEditor::commitRevision);
    connect(m_today, &QPushButton::clicked, this,
            [this] { m_lastUpdated->setDate(QDate::currentDate()); });
    connect(m_document, &PolicyDocument::metaChanged, this, &MetaEditor::load);
    connect(m_document, &PolicyDocument::policyReset, this, &MetaEditor::load);

    retranslateUi();
    load();
}

void MetaEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void MetaEditor::retranslateUi()
{
    m_intro->setText(tr("Who publishes the charter and for which site. These details appear "
                        "at the foot of the charter page."));
    const QString labels[] = {tr("Site &name:"),
                              tr("Site &address (URL):"),
                              tr("&Publisher (controller):"),
                              tr("Publisher's postal a&ddress:"),
                              tr("&DPO contact (e-mail):"),
                              tr("&Last updated:"),
                              tr("&Revision:")};
    for (qsizetype row = 0; row < m_labels.size(); ++row)
        m_labels.at(row)->setText(labels[row]);
    m_siteName->setAccessibleName(tr("Site name"));
    m_siteUrl->setAccessibleName(tr("Site address"));
    m_siteUrl->setPlaceholderText(QStringLiteral("https://www.example.org"));
    m_publisherName->setAccessibleName(tr("Publisher"));
    m_publisherAddress->setAccessibleName(tr("Publisher's postal address"));
    m_contact->setAccessibleName(tr("DPO contact"));
    m_contact->setPlaceholderText(tr("dpo@example.org"));
    m_lastUpdated->setAccessibleName(tr("Last updated"));
    // The date in the interface's language and order, also after switching it.
    m_lastUpdated->setLocale(Languages::interfaceLocale());
    m_lastUpdated->setDisplayFormat(InterfaceDates::numericFormat());
    m_lastUpdated->setSpecialValueText(tr("Not set"));
    m_today->setText(tr("&Today"));
    m_today->setToolTip(tr("Set the last-updated date to today"));
    m_revision->setAccessibleName(tr("Revision"));
    m_revision->setToolTip(tr("Raise the revision when the charter changes in a way that "
                              "visitors must be asked again."));
}

void MetaEditor::load()
{
    if (m_pushing)
        return;
    m_loading = true;
    const PolicyMeta &meta = m_document->policy().meta;
    const auto setText = [](QLineEdit *edit, const QString &text) {
        if (edit->text() != text) {
            edit->setText(text);
            if (!edit->hasFocus())
                edit->setCursorPosition(0); // show the start of a long address
        }
    };
    setText(m_siteName, meta.siteName);
    setText(m_siteUrl, meta.siteUrl);
    setText(m_publisherName, meta.publisherName);
    setText(m_publisherAddress, meta.publisherAddress);
    setText(m_contact, meta.contactEmail);
    m_lastUpdated->setDate(meta.lastUpdated.isValid() ? meta.lastUpdated : noDate);
    m_revision->setValue(meta.revision);
    m_loading = false;
}

void MetaEditor::commitText(Field field, const QString &text)
{
    if (m_loading)
        return;
    PolicyMeta meta = m_document->policy().meta;
    QString *target = nullptr;
    QString label;
    switch (field) {
    case SiteName:
        target = &meta.siteName;
        label = QCoreApplication::translate("UndoCommands", "Edit site name");
        break;
    case SiteUrl:
        target = &meta.siteUrl;
        label = QCoreApplication::translate("UndoCommands", "Edit site address");
        break;
    case PublisherName:
        target = &meta.publisherName;
        label = QCoreApplication::translate("UndoCommands", "Edit publisher");
        break;
    case PublisherAddress:
        target = &meta.publisherAddress;
        label = QCoreApplication::translate("UndoCommands", "Edit publisher's address");
        break;
    case Contact:
        target = &meta.contactEmail;
        label = QCoreApplication::translate("UndoCommands", "Edit DPO contact");
        break;
    default:
        return;
    }
    const QString trimmed = text.trimmed();
    if (*target == trimmed)
        return;
    *target = trimmed;
    m_pushing = true; // our own change coming back must not reset the cursor
    m_document->undoStack()->push(setMetaCommand(m_document, meta, label, QString::number(field)));
    m_pushing = false;
}

void MetaEditor::commitDate(const QDate &date)
{
    if (m_loading)
        return;
    PolicyMeta meta = m_document->policy().meta;
    const QDate value = date == noDate ? QDate() : date;
    if (meta.lastUpdated == value)
        return;
    meta.lastUpdated = value;
    m_pushing = true;
    m_document->undoStack()->push(
        setMetaCommand(m_document, meta,
                       QCoreApplication::translate("UndoCommands", "Change the last-updated date"),
                       QString::number(LastUpdated)));
    m_pushing = false;
}

void MetaEditor::commitRevision(int revision)
{
    if (m_loading)
        return;
    PolicyMeta meta = m_document->policy().meta;
    if (meta.revision == revision)
        return;
    meta.revision = revision;
    m_pushing = true;
    m_document->undoStack()->push(setMetaCommand(
        m_document, meta, QCoreApplication::translate("UndoCommands", "Change the revision"),
        QString::number(Revision)));
    m_pushing = false;
}
