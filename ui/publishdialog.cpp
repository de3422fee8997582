// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "publishdialog.h"

#include "commands/metacommands.h"
#include "document/languages.h"
#include "interfacedates.h"
#include "document/policydocument.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

PublishDialog::PublishDialog(PolicyDocument *document, QWidget *parent)
    : QDialog(parent),
      m_document(document),
      m_heading(new QLabel(this)),
      m_decision(new QLabel(this)),
      m_changes(new QListWidget(this)),
      m_override(new QComboBox(this)),
      m_overrideReason(new QLineEdit(this)),
      m_note(new QLineEdit(this)),
      m_date(new QDateEdit(QDate::currentDate(), this)),
      m_errors(new QLabel(this)),
      m_forceReason(new QLineEdit(this)),
      m_refusal(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("publishDialog"));
    setWindowTitle(tr("Publish"));
    m_heading->setWordWrap(true);
    m_decision->setObjectName(QStringLiteral("publishDecision"));
    m_decision->setWordWrap(true);
    m_changes->setObjectName(QStringLiteral("publishChanges"));
    m_changes->setAccessibleName(tr("Changes since the last published revision"));
    m_override->setObjectName(QStringLiteral("publishOverride"));
    m_override->addItem(tr("As decided above"), int(PublishRequest::Decision::Automatic));
    m_override->addItem(tr("Ask visitors again"), int(PublishRequest::Decision::AskAgain));
    m_override->addItem(tr("Do not ask visitors again"), int(PublishRequest::Decision::DoNotAskAgain));
    m_overrideReason->setObjectName(QStringLiteral("publishOverrideReason"));
    m_overrideReason->setPlaceholderText(tr("Why you decide otherwise (kept in the archive)"));
    m_note->setObjectName(QStringLiteral("publishNote"));
    m_note->setPlaceholderText(tr("Shown with this revision in the charter's history"));
    m_date->setObjectName(QStringLiteral("publishDate"));
    m_date->setCalendarPopup(true);
    m_date->setLocale(Languages::interfaceLocale());
    m_date->setDisplayFormat(InterfaceDates::numericFormat());
    m_errors->setObjectName(QStringLiteral("publishErrors"));
    m_errors->setWordWrap(true);
    m_forceReason->setObjectName(QStringLiteral("publishForceReason"));
    m_forceReason->setPlaceholderText(tr("Why publish despite the errors (kept in the archive)"));
    m_refusal->setObjectName(QStringLiteral("publishRefusal"));
    m_refusal->setWordWrap(true);
    m_publishButton = m_buttons->addButton(tr("Publish"), QDialogButtonBox::AcceptRole);
    m_publishButton->setObjectName(QStringLiteral("publishButton"));

    auto *form = new QFormLayout;
    form->addRow(tr("Decision:"), m_override);
    form->addRow(tr("Reason:"), m_overrideReason);
    form->addRow(tr("Date:"), m_date);
    form->addRow(tr("Note:"), m_note);
    form->addRow(m_errors);
    form->addRow(tr("Publish anyway because:"), m_forceReason);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_changes, 1);
    layout->addWidget(m_decision);
    layout->addLayout(form);
    layout->addWidget(m_refusal);
    layout->addWidget(m_buttons);
    resize(720, 560);

    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (publish())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_override, &QComboBox::currentIndexChanged, this, &PublishDialog::replan);
    connect(m_overrideReason, &QLineEdit::textChanged, this, &PublishDialog::replan);
    connect(m_forceReason, &QLineEdit::textChanged, this, &PublishDialog::replan);
    connect(m_date, &QDateEdit::dateChanged, this, &PublishDialog::replan);
    replan();
}

QString PublishDialog::language() const
{
    return Languages::ofInterface();
}

PublishRequest PublishDialog::request() const
{
    PublishRequest request;
    request.date = m_date->date();
    request.note = m_note->text();
    request.forceReason = m_forceReason->text();
    request.decision = PublishRequest::Decision(m_override->currentData().toInt());
    request.overrideReason = m_overrideReason->text();
    return request;
}

void PublishDialog::replan()
{
    const QString path = m_document->filePath();
    m_plan.reset();
    m_changes->clear();
    if (path.isEmpty()) {
        m_heading->setText(tr("Save the document first: the archive of published revisions is kept beside it."));
        m_decision->clear();
        m_refusal->clear();
        m_publishButton->setEnabled(false);
        return;
    }
    Expected<PublishPlan> plan = Publishing::plan(m_document->policy(), path, request());
    if (!plan) {
        m_heading->setText(plan.error());
        m_publishButton->setEnabled(false);
        return;
    }
    m_plan = std::move(*plan);
    const PublishPlan &current = *m_plan;
    const QString lang = language();
    if (!current.last) {
        m_heading->setText(tr("First publication of revision %1. The archive will be created in %2.")
                               .arg(current.published.meta.revision)
                               .arg(PublicationArchive::pathFor(path)));
        m_changes->addItem(current.summary.value(lang, current.published.meta.defaultLanguage));
    } else {
        m_heading->setText(tr("Changes since revision %1, published on %2:")
                               .arg(current.last->revision)
                               .arg(Languages::interfaceLocale().toString(current.last->date, QLocale::LongFormat)));
        for (const PolicyDiff::Change &change : current.diff.changes) {
            const bool perField = change.kind == PolicyDiff::Kind::CookieChanged || change.fields.size() > 1;
            const auto add = [&](const TwoLanguageText &text, bool consent) {
                auto *item = new QListWidgetItem(text.text(lang), m_changes);
                if (consent) {
                    QFont font = item->font();
                    font.setBold(true);
                    item->setFont(font);
                    item->setToolTip(tr("Visitors must be asked again for this change"));
                }
            };
            if (perField) {
                for (const PolicyDiff::FieldChange &field : change.fields)
                    add(field.text, field.requiresConsent);
            } else {
                add(change.text, change.requiresConsent);
            }
        }
    }
    QStringList reasons;
    for (const PolicyDiff::Change &change : current.diff.changes) {
        const QString reason = change.reason.text(lang);
        if (change.requiresConsent && !reasons.contains(reason))
            reasons << reason;
    }
    QString decision;
    if (current.nothingChanged)
        decision = tr("Nothing changed since the last publication: there is nothing to publish.");
    else if (!current.last)
        decision = tr("Visitors are asked when they first come; the revision stays %1.").arg(current.published.meta.revision);
    else if (current.consentRequired)
        decision = tr("Visitors must be asked again (%1): the revision goes from %2 to %3.")
                       .arg(reasons.join(QStringLiteral(", ")))
                       .arg(current.last->revision)
                       .arg(current.published.meta.revision);
    else
        decision = tr("Visitors need not be asked again: these changes do not widen what they agreed to. "
                      "The revision stays %1.")
                       .arg(current.published.meta.revision);
    if (current.askAgain != current.consentRequired && current.last)
        decision += QLatin1Char(' ') +
                    (current.askAgain ? tr("You decide to ask again: the revision becomes %1.").arg(current.published.meta.revision)
                                      : tr("You decide not to ask again: the revision stays %1.").arg(current.published.meta.revision));
    m_decision->setText(decision);
    const bool overriding = m_override->currentIndex() != 0;
    m_overrideReason->setEnabled(overriding);
    m_errors->setVisible(current.checkErrors > 0);
    m_forceReason->setEnabled(current.checkErrors > 0);
    if (current.checkErrors > 0)
        m_errors->setText(tr("The checker reports %n error(s), the first: %1", nullptr, current.checkErrors)
                              .arg(current.errorMessages.first()));
    m_refusal->setText(current.refusal.isEmpty() ? QString() : current.refusal);
    m_publishButton->setEnabled(current.refusal.isEmpty());
}

bool PublishDialog::publish()
{
    replan();
    if (!m_plan || !m_plan->refusal.isEmpty())
        return false;
    const QString path = m_document->filePath();
    const Expected<ArchiveEntry> entry = Publishing::publish(*m_plan, path, request());
    if (!entry) {
        QMessageBox::warning(this, tr("Publish"), entry.error());
        return false;
    }
    m_published = *entry;
    // The file now holds the published document: the window shows it, unmodified, and
    // the stamps are one more undo step, so the edits before publishing stay undoable.
    m_document->undoStack()->push(new PublishRevisionCommand(m_document, m_plan->published));
    m_document->markSaved();
    return true;
}
