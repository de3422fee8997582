// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "aboutdialog.h"

#include "about/thirdpartylibraries.h"
#include "charteversion.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent), m_title(new QLabel(this)), m_summary(new QLabel(this)),
      m_librariesLabel(new QLabel(this)), m_libraries(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("aboutDialog"));
    m_title->setObjectName(QStringLiteral("aboutTitle"));
    m_summary->setObjectName(QStringLiteral("aboutSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_libraries->setObjectName(QStringLiteral("aboutLibraries"));
    m_libraries->setRootIsDecorated(false);
    m_libraries->setColumnCount(4);
    m_libraries->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_libraries->header()->setStretchLastSection(true);
    m_librariesLabel->setBuddy(m_libraries);

    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/charte.svg")).pixmap(64, 64));
    icon->setAlignment(Qt::AlignTop);
    auto *heading = new QVBoxLayout;
    heading->addWidget(m_title);
    heading->addWidget(m_summary);
    auto *top = new QHBoxLayout;
    top->addWidget(icon);
    top->addLayout(heading, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_librariesLabel);
    layout->addWidget(m_libraries, 1);
    layout->addWidget(buttons);
    resize(860, 420); // every "Used for" whole, in French too
    retranslateUi();
}

void AboutDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void AboutDialog::retranslateUi()
{
    setWindowTitle(tr("About Charte"));
    m_title->setText(QStringLiteral("<h2>Charte %1</h2>").arg(QStringLiteral(CHARTE_VERSION)));
    m_summary->setText(
        tr("Cookie charter and consent banner editor, with a compliance checker and a site "
           "scanner.") +
        QStringLiteral("\n\n") +
        tr("Charte is free software under the Apache License, version 2.0 (SPDX: Apache-2.0)."));
    m_librariesLabel->setText(tr("&Libraries used:"));
    m_libraries->setHeaderLabels(
        {tr("Library"), tr("Version"), tr("Licence (SPDX)"), tr("Used for")});
    m_libraries->clear();
    for (const ThirdPartyLibrary &library : ThirdPartyLibraries::all()) {
        auto *item = new QTreeWidgetItem(m_libraries);
        item->setText(0, library.name);
        item->setText(1, library.version.isEmpty() ? tr("(as installed)") : library.version);
        item->setText(2, library.licence);
        item->setText(3, QCoreApplication::translate("ThirdPartyLibraries", library.use));
    }
}
