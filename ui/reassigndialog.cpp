// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "reassigndialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

ReassignDialog::ReassignDialog(const QString &question,
                               const QList<std::pair<QString, QString>> &targets,
                               const QString &noneLabel, QWidget *parent)
    : QDialog(parent), m_targets(new QComboBox(this))
{
    setObjectName(QStringLiteral("reassignDialog"));
    setWindowTitle(tr("Remove"));
    m_targets->setObjectName(QStringLiteral("reassignTarget"));
    for (const auto &[id, label] : targets)
        m_targets->addItem(label, id);
    m_targets->addItem(noneLabel, QString());
    m_targets->setAccessibleName(tr("Move the cookies to"));

    auto *label = new QLabel(question, this);
    label->setWordWrap(true);
    label->setBuddy(m_targets);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Remove"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_targets);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString ReassignDialog::target() const
{
    return m_targets->currentData().toString();
}
