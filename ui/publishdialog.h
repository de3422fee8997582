// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include "publishing/publisher.h"

#include <QDialog>

#include <optional>

class PolicyDocument;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

// File › Publish…: shows what changed since the last published revision, whether
// visitors will be asked again and why, lets the user override that with a reason,
// add a note and a date, and publish despite checker errors only with a reason.
// Publishing writes the archive entry and saves the document as published (its undo
// history starts again from there). Nothing is written before the Publish button.
class PublishDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PublishDialog(PolicyDocument *document, QWidget *parent = nullptr);

    // The entry written, once published.
    const std::optional<ArchiveEntry> &published() const { return m_published; }
    // Publishes with what the dialog shows; false (and a message) when it cannot.
    bool publish();

private:
    void replan();
    PublishRequest request() const;
    QString language() const;

    PolicyDocument *m_document;
    std::optional<PublishPlan> m_plan;
    std::optional<ArchiveEntry> m_published;
    QLabel *m_heading;
    QLabel *m_decision;
    QListWidget *m_changes;
    QComboBox *m_override;
    QLineEdit *m_overrideReason;
    QLineEdit *m_note;
    QDateEdit *m_date;
    QLabel *m_errors;
    QLineEdit *m_forceReason;
    QLabel *m_refusal;
    QDialogButtonBox *m_buttons;
    QPushButton *m_publishButton;
};
