// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include <QWidget>

class BarChart;
class PolicyDocument;
class QLabel;

// The document at a glance: who publishes the site, which revision, and the
// figures of the inventory (per category, per party, lifetimes, providers outside
// the EU/EEA). Recomputed from the document on every change.
class OverviewPage : public QWidget
{
    Q_OBJECT

public:
    explicit OverviewPage(PolicyDocument *document, QWidget *parent = nullptr);

    // The language of category names; empty means the document's default.
    QString language() const { return m_language; }
    void setLanguage(const QString &language);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();
    void refresh();

    PolicyDocument *m_document;
    QString m_language;
    bool m_stale = false;

    QLabel *m_siteName;
    QLabel *m_siteUrl;
    QLabel *m_publisherCaption;
    QLabel *m_publisher;
    QLabel *m_contactCaption;
    QLabel *m_contact;
    QLabel *m_revisionCaption;
    QLabel *m_revision;
    QLabel *m_lastUpdatedCaption;
    QLabel *m_lastUpdated;
    QLabel *m_languagesCaption;
    QLabel *m_languages;

    QLabel *m_cookieCount;
    QLabel *m_cookieCountCaption;
    QLabel *m_firstParty;
    QLabel *m_firstPartyCaption;
    QLabel *m_thirdParty;
    QLabel *m_thirdPartyCaption;
    QLabel *m_transferCount;
    QLabel *m_transferCountCaption;

    QLabel *m_categoryHeading;
    BarChart *m_categoryChart;
    QLabel *m_lifetimeHeading;
    BarChart *m_lifetimeChart;
    QLabel *m_transfersHeading;
    QLabel *m_transfers;
};
