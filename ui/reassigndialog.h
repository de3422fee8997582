// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include <QDialog>

class QComboBox;

// Asked before removing a provider or category that cookies still use: where do
// those cookies go? Another entry, or nowhere (the grid then flags them).
class ReassignDialog : public QDialog
{
    Q_OBJECT

public:
    // `targets` are (id, label) pairs; `noneLabel` names the "nowhere" choice.
    ReassignDialog(const QString &question, const QList<std::pair<QString, QString>> &targets,
                   const QString &noneLabel, QWidget *parent = nullptr);

    // The chosen id, empty for "nowhere".
    QString target() const;

private:
    QComboBox *m_targets;
};
