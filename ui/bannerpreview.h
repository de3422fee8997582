// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include "document/policy.h"

#include <QList>
#include <QWidget>

class BannerCanvas;
class QButtonGroup;
class QComboBox;
class QLabel;
class QToolButton;
class QVBoxLayout;

// The banner as a visitor will see it: the first layer and the preferences layer
// painted at a desktop or a phone width, in one of the document's languages, with
// the WCAG contrast ratio of the text and of each button, flagged below 4.5:1.
class BannerPreview : public QWidget
{
    Q_OBJECT

public:
    struct ContrastCheck
    {
        QString key;   // "text", "acceptAll", … (stable, for tests and object names)
        QString label; // translated
        double ratio = 1.0;
        bool belowMinimum = false;
    };

    explicit BannerPreview(QWidget *parent = nullptr);

    void setPolicy(const Policy &policy);
    QString language() const;
    void setLanguage(const QString &language);
    bool isMobile() const;
    void setMobile(bool mobile);
    QList<ContrastCheck> contrastChecks() const;

signals:
    void languageChanged(const QString &language);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateLanguages();
    void updateContrast();

    Policy m_policy;
    QToolButton *m_desktopButton;
    QToolButton *m_mobileButton;
    QButtonGroup *m_widthGroup;
    QComboBox *m_languageBox;
    QLabel *m_languageLabel;
    QLabel *m_contrastTitle;
    QVBoxLayout *m_contrastLayout;
    QList<QLabel *> m_contrastLabels;
    BannerCanvas *m_canvas;
};
