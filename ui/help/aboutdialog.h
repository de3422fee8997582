// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include <QDialog>

class QLabel;
class QTreeWidget;

// Help › About Charte: the version (from project(VERSION), charteversion.h), the
// project's licence and the libraries it uses with their versions and licences
// (ThirdPartyLibraries, the same list as the package's copyright file).
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_title;
    QLabel *m_summary;
    QLabel *m_librariesLabel;
    QTreeWidget *m_libraries;
};
