// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "languagesdialog.h"

#include "commands/metacommands.h"
#include "document/policydocument.h"
#include "languagename.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace {

QString describe(const QString &code)
{
    return languageDisplayName(code);
}

} // namespace

LanguagesDialog::LanguagesDialog(PolicyDocument *document, QWidget *parent)
    : QDialog(parent), m_document(document), m_intro(new QLabel(this)),
      m_list(new QListWidget(this)), m_newLanguage(new QComboBox(this)),
      m_add(new QPushButton(this)), m_remove(new QPushButton(this)),
      m_default(new QPushButton(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("languagesDialog"));
    m_list->setObjectName(QStringLiteral("languageList"));
    m_newLanguage->setObjectName(QStringLiteral("newLanguageCombo"));
    m_add->setObjectName(QStringLiteral("addLanguageButton"));
    m_remove->setObjectName(QStringLiteral("removeLanguageButton"));
    m_default->setObjectName(QStringLiteral("defaultLanguageButton"));
    m_intro->setWordWrap(true);
    m_newLanguage->setEditable(true);
    m_newLanguage->setInsertPolicy(QComboBox::NoInsert);
    for (const QString &code : suggestedLanguages())
        m_newLanguage->addItem(describe(code), code);
    m_newLanguage->setCurrentIndex(-1);

    auto *grid = new QGridLayout;
    grid->addWidget(m_list, 0, 0, 3, 1);
    grid->addWidget(m_default, 0, 1);
    grid->addWidget(m_remove, 1, 1);
    grid->setRowStretch(2, 1);
    grid->addWidget(m_newLanguage, 3, 0);
    grid->addWidget(m_add, 3, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(grid);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_add, &QPushButton::clicked, this, &LanguagesDialog::addLanguage);
    connect(m_remove, &QPushButton::clicked, this, &LanguagesDialog::removeLanguage);
    connect(m_default, &QPushButton::clicked, this, &LanguagesDialog::makeDefault);
    connect(m_list, &QListWidget::currentRowChanged, this, &LanguagesDialog::updateButtons);
    connect(m_newLanguage, &QComboBox::currentTextChanged, this, &LanguagesDialog::updateButtons);
    connect(m_document, &PolicyDocument::metaChanged, this, &LanguagesDialog::reload);
    connect(m_document, &PolicyDocument::policyReset, this, &LanguagesDialog::reload);

    retranslateUi();
    reload();
    resize(480, 360);
}

QStringList LanguagesDialog::suggestedLanguages()
{
    return {QStringLiteral("fr"), QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("es"),
            QStringLiteral("it"), QStringLiteral("nl"), QStringLiteral("pt"), QStringLiteral("pl"),
            QStringLiteral("br"), QStringLiteral("ca"), QStringLiteral("eu"), QStringLiteral("oc"),
            QStringLiteral("ar"), QStringLiteral("zh")};
}

void LanguagesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void LanguagesDialog::retranslateUi()
{
    setWindowTitle(tr("Languages of the charter"));
    m_intro->setText(tr("The charter, the banner and the cookie descriptions can be written "
                        "in several languages. A text missing in one language is shown in "
                        "the default language."));
    m_list->setAccessibleName(tr("Languages of the document"));
    m_newLanguage->setAccessibleName(tr("Language to add"));
    m_newLanguage->lineEdit()->setPlaceholderText(tr("Language code, e.g. de"));
    m_add->setText(tr("&Add"));
    m_remove->setText(tr("&Remove"));
    m_remove->setToolTip(tr("Remove the language and every text written in it (undoable)"));
    m_default->setText(tr("Make &default"));
    reload();
}

void LanguagesDialog::reload()
{
    const PolicyMeta &meta = m_document->policy().meta;
    const QString selected = selectedLanguage();
    m_list->clear();
    for (const QString &code : meta.languages) {
        QString text = describe(code);
        if (code == meta.defaultLanguage)
            text = tr("%1 (default)").arg(text);
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(Qt::UserRole, code);
        if (code == selected)
            m_list->setCurrentItem(item);
    }
    updateButtons();
}

QString LanguagesDialog::selectedLanguage() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void LanguagesDialog::updateButtons()
{
    const PolicyMeta &meta = m_document->policy().meta;
    const QString selected = selectedLanguage();
    m_remove->setEnabled(!selected.isEmpty() && selected != meta.defaultLanguage);
    m_default->setEnabled(!selected.isEmpty() && selected != meta.defaultLanguage);
    m_add->setEnabled(!m_newLanguage->currentText().trimmed().isEmpty());
}

void LanguagesDialog::addLanguage()
{
    // A suggestion reads "Deutsch (de)"; a typed entry is the bare code.
    QString code = m_newLanguage->currentText().trimmed();
    if (const int index = m_newLanguage->findText(code); index >= 0)
        code = m_newLanguage->itemData(index).toString();
    code.replace(u'_', u'-');
    static const QRegularExpression bcp47(QStringLiteral("^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$"));
    if (!bcp47.match(code).hasMatch()) {
        QMessageBox::warning(
            this, tr("Add a language"),
            tr("\"%1\" is not a language code. Use a code such as de, es or pt-BR.").arg(code));
        return;
    }
    const int dash = int(code.indexOf(u'-'));
    code = dash < 0 ? code.toLower() : code.left(dash).toLower() + code.mid(dash);
    if (m_document->policy().meta.languages.contains(code))
        return;
    m_document->undoStack()->push(addLanguageCommand(m_document, code));
    m_newLanguage->setCurrentIndex(-1);
    m_newLanguage->clearEditText();
}

void LanguagesDialog::removeLanguage()
{
    const QString code = selectedLanguage();
    if (QUndoCommand *command = removeLanguageCommand(m_document, code))
        m_document->undoStack()->push(command);
}

void LanguagesDialog::makeDefault()
{
    const QString code = selectedLanguage();
    if (!code.isEmpty() && code != m_document->policy().meta.defaultLanguage)
        m_document->undoStack()->push(setDefaultLanguageCommand(m_document, code));
}
