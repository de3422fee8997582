// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "categoriespage.h"

#include "catalogpagelayout.h"
#include "commands/catalogcommands.h"
#include "commands/catalogedits.h"
#include "document/policydocument.h"
#include "newcategoryprompt.h"
#include "reassigndialog.h"

#include <QCheckBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>

CategoriesPage::CategoriesPage(PolicyDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_list(new QListWidget(this)),
      m_add(new QPushButton(this)), m_remove(new QPushButton(this)), m_form(new QFormLayout),
      m_name(new QLineEdit(this)), m_id(new QLineEdit(this)),
      m_description(new QPlainTextEdit(this)), m_required(new QCheckBox(this)),
      m_usage(new QLabel(this))
{
    setObjectName(QStringLiteral("categoriesPage"));
    m_list->setObjectName(QStringLiteral("categoryList"));
    m_add->setObjectName(QStringLiteral("addCategory"));
    m_remove->setObjectName(QStringLiteral("removeCategory"));
    m_name->setObjectName(QStringLiteral("categoryName"));
    m_id->setObjectName(QStringLiteral("categoryId"));
    m_description->setObjectName(QStringLiteral("categoryDescription"));
    m_required->setObjectName(QStringLiteral("categoryRequired"));
    m_usage->setObjectName(QStringLiteral("categoryUsage"));
    m_list->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
    m_id->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[a-z0-9][a-z0-9_-]*")), m_id));
    m_description->setTabChangesFocus(true);
    m_description->installEventFilter(this);

    layOutCatalogPage(this, m_list, m_add, m_remove, m_form,
                      {m_name, m_id, m_description, m_required, m_usage});

    connect(m_add, &QPushButton::clicked, this, &CategoriesPage::addCategory);
    connect(m_remove, &QPushButton::clicked, this, &CategoriesPage::removeCurrent);
    connect(m_list, &QListWidget::currentRowChanged, this, &CategoriesPage::loadFields);
    connect(m_list, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        if (m_rebuilding)
            return;
        const QString name = item->text().trimmed();
        if (name.isEmpty() || m_list->row(item) != m_list->currentRow()) {
            rebuildList();
            return;
        }
        m_name->setText(name);
        commitField(QStringLiteral("name"));
    });
    connect(m_name, &QLineEdit::editingFinished, this,
            [this] { commitField(QStringLiteral("name")); });
    connect(m_id, &QLineEdit::editingFinished, this, [this] { commitField(QStringLiteral("id")); });
    connect(m_required, &QCheckBox::toggled, this,
            [this] { commitField(QStringLiteral("required")); });
    connect(m_document, &PolicyDocument::categoriesChanged, this, &CategoriesPage::rebuildList);
    connect(m_document, &PolicyDocument::policyReset, this, &CategoriesPage::rebuildList);
    connect(m_document, &PolicyDocument::changed, this, &CategoriesPage::loadFields);

    retranslateUi();
    rebuildList();
}

int CategoriesPage::currentIndex() const
{
    return m_list->currentRow();
}

void CategoriesPage::setCurrentIndex(int index)
{
    m_list->setCurrentRow(index);
}

QString CategoriesPage::editLanguage() const
{
    return m_editLanguage.isEmpty() ? m_document->policy().meta.defaultLanguage : m_editLanguage;
}

void CategoriesPage::setEditLanguage(const QString &language)
{
    m_editLanguage = language;
    rebuildList();
}

void CategoriesPage::rebuildList()
{
    m_rebuilding = true;
    const int current = m_list->currentRow();
    m_list->clear();
    const Policy &policy = m_document->policy();
    for (const Category &category : policy.categories) {
        const QString name = policy.text(category.name, editLanguage());
        auto *item = new QListWidgetItem(name.isEmpty() ? category.id : name, m_list);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
        item->setToolTip(category.id);
    }
    m_list->setCurrentRow(std::min(std::max(current, 0), m_list->count() - 1));
    m_rebuilding = false;
    loadFields();
}

void CategoriesPage::loadFields()
{
    const int index = m_list->currentRow();
    const Policy &policy = m_document->policy();
    const bool valid = index >= 0 && index < policy.categories.size();
    for (QWidget *field :
         {static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_id),
          static_cast<QWidget *>(m_description), static_cast<QWidget *>(m_required)})
        field->setEnabled(valid);
    m_remove->setEnabled(valid);
    const Category category = valid ? policy.categories.at(index) : Category();
    const QString language = editLanguage();
    if (m_name->text() != category.name.exact(language))
        m_name->setText(category.name.exact(language));
    if (m_id->text() != category.id)
        m_id->setText(category.id);
    if (m_description->toPlainText() != category.description.exact(language))
        m_description->setPlainText(category.description.exact(language));
    {
        const QSignalBlocker blocker(m_required);
        m_required->setChecked(category.required);
    }
    const qsizetype used = valid ? countCookiesUsing<Category>(policy, category.id) : 0;
    m_usage->setText(tr("Used by %n cookie(s)", nullptr, int(used)));
}

void CategoriesPage::commitField(const QString &field)
{
    const int index = m_list->currentRow();
    const Policy &policy = m_document->policy();
    if (index < 0 || index >= policy.categories.size())
        return;
    Category category = policy.categories.at(index);
    const QString language = editLanguage();
    if (field == QLatin1StringView("id")) {
        const QString id = m_id->text().trimmed();
        if (id.isEmpty() || (id != category.id && policy.category(id))) {
            emit statusMessage(tr("The id \"%1\" is empty or already used.").arg(id));
            loadFields();
            return;
        }
        category.id = id;
    } else if (field == QLatin1StringView("name")) {
        category.name.set(language, m_name->text().trimmed());
    } else if (field == QLatin1StringView("description")) {
        category.description.set(language, m_description->toPlainText().trimmed());
    } else if (field == QLatin1StringView("required")) {
        category.required = m_required->isChecked();
    }
    if (category == policy.categories.at(index))
        return;
    m_document->undoStack()->push(new SetCategoryCommand(m_document, index, category, field));
}

void CategoriesPage::addCategory()
{
    const std::optional<Category> category = askForNewCategory(this, m_document->policy(), editLanguage());
    if (!category)
        return;
    const int index = int(m_document->policy().categories.size());
    m_document->undoStack()->push(CatalogEdits::appendCommand(m_document, *category));
    m_list->setCurrentRow(index);
    m_description->setFocus(Qt::OtherFocusReason);
}

void CategoriesPage::removeCurrent()
{
    const int index = m_list->currentRow();
    if (index < 0 || index >= m_document->policy().categories.size())
        return;
    const CatalogEdits::Removal removal =
        CatalogEdits::categoryRemoval(m_document->policy(), index, editLanguage());
    QString target;
    if (removal.cookies > 0) {
        ReassignDialog dialog(tr("%n cookie(s) belong to %1. Which category do they move to?",
                                 nullptr, int(removal.cookies))
                                  .arg(removal.name),
                              removal.targets, tr("No category (to fill in later)"), this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        target = dialog.target();
    }
    m_document->undoStack()->push(CatalogEdits::removeCategoryCommand(m_document, index, target));
}

bool CategoriesPage::eventFilter(QObject *watched, QEvent *event)
{
    // The description is a paragraph: it is committed when the person leaves it.
    if (watched == m_description && event->type() == QEvent::FocusOut)
        commitField(QStringLiteral("description"));
    return QWidget::eventFilter(watched, event);
}

void CategoriesPage::retranslateUi()
{
    m_add->setText(tr("&Add Category"));
    m_remove->setText(tr("&Remove…"));
    m_list->setAccessibleName(tr("Categories"));
    m_required->setText(tr("Required (visitors cannot refuse it)"));
    m_required->setToolTip(tr("Only cookies exempt from consent belong in a required category."));
    const QStringList labels{tr("&Name:"), tr("&Id:"), tr("&Description:"), QString(), QString()};
    for (int row = 0; row < m_form->rowCount(); ++row) {
        QLayoutItem *labelItem = m_form->itemAt(row, QFormLayout::LabelRole);
        if (auto *label = qobject_cast<QLabel *>(labelItem ? labelItem->widget() : nullptr)) {
            label->setText(labels.value(row));
            label->setBuddy(m_form->itemAt(row, QFormLayout::FieldRole)->widget());
        }
    }
    m_id->setToolTip(tr("How the file and the banner refer to this category; cookies follow "
                        "a change."));
    loadFields();
}

void CategoriesPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}
