// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "catalogpagelayout.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

void layOutCatalogPage(QWidget *page, QListWidget *list, QPushButton *add, QPushButton *remove,
                       QFormLayout *form, std::initializer_list<QWidget *> fields)
{
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto *left = new QVBoxLayout;
    left->addWidget(list, 1);
    left->addLayout(buttons);
    for (QWidget *field : fields)
        form->addRow(new QLabel(page), field);
    auto *right = new QVBoxLayout;
    right->addLayout(form);
    right->addStretch();
    auto *layout = new QHBoxLayout(page);
    layout->addLayout(left, 2);
    layout->addLayout(right, 3);
}
