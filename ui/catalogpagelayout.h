// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include <initializer_list>

class QFormLayout;
class QListWidget;
class QPushButton;
class QWidget;

// The layout the Providers and Categories pages share: the list with its Add and
// Remove buttons on the left, the selected item's fields on the right. Each field
// gets an empty label, which the page's retranslateUi() fills through
// QFormLayout::labelForField().
void layOutCatalogPage(QWidget *page, QListWidget *list, QPushButton *add, QPushButton *remove,
                       QFormLayout *form, std::initializer_list<QWidget *> fields);
