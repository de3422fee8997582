// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "newcategoryprompt.h"

#include "commands/catalogedits.h"

#include <QCoreApplication>
#include <QInputDialog>

std::optional<Category> askForNewCategory(QWidget *parent, const Policy &policy, const QString &language)
{
    QInputDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("newCategoryDialog"));
    dialog.setWindowTitle(QCoreApplication::translate("NewCategoryPrompt", "New category"));
    dialog.setLabelText(QCoreApplication::translate("NewCategoryPrompt", "Name of the category (%1):").arg(language));
    dialog.setTextValue(CatalogEdits::placeholderName(CatalogEdits::Placeholder::Category, language));
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    const QString name = dialog.textValue().trimmed();
    if (name.isEmpty())
        return std::nullopt;
    return CatalogEdits::newCategory(policy, name, language);
}
