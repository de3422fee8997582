// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include <QWidget>

class PolicyDocument;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class UndoKeyRouter;

// The document's identity: site name and address, the publisher (the controller)
// and its postal address, the DPO contact, the last-updated date and the revision.
// Every edit is an undo command (consecutive typing in one field is one step); the
// fields follow the document when it changes elsewhere (undo, open).
class MetaEditor : public QWidget
{
    Q_OBJECT

public:
    explicit MetaEditor(PolicyDocument *document, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    enum Field {
        SiteName,
        SiteUrl,
        PublisherName,
        PublisherAddress,
        Contact,
        LastUpdated,
        Revision
    };
    void retranslateUi();
    void load();
    void commitText(Field field, const QString &text);
    void commitDate(const QDate &date);
    void commitRevision(int revision);

    PolicyDocument *m_document;
    UndoKeyRouter *m_router;
    QFormLayout *m_form;
    QLabel *m_intro;
    QList<QLabel *> m_labels;
    QLineEdit *m_siteName;
    QLineEdit *m_siteUrl;
    QLineEdit *m_publisherName;
    QLineEdit *m_publisherAddress;
    QLineEdit *m_contact;
    QDateEdit *m_lastUpdated;
    QPushButton *m_today;
    QSpinBox *m_revision;
    bool m_loading = false; // filling the fields from the document
    bool m_pushing = false; // our own command is being applied
};
