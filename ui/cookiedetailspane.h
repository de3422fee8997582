// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include <QHash>
#include <QPersistentModelIndex>
#include <QScrollArea>

class CookieTableModel;
class QLabel;
class QFormLayout;

// Beside the cookie grid: every field of the selected cookie in one form, the ones
// the grid shows and the ones it hides (name match, path, Secure, HttpOnly,
// SameSite, data retention). Each control writes through the grid model's setData,
// so an edit here is the same undo step as the same edit in a cell, and the form
// follows the cookie through undo, moves and sorting. A finding about a field lands
// on that field's control (focusField).
class CookieDetailsPane : public QScrollArea
{
    Q_OBJECT

public:
    explicit CookieDetailsPane(CookieTableModel *model, QWidget *parent = nullptr);

    // The document row shown, or -1 for none (the form is then disabled).
    void setRow(int row);
    int row() const;
    // The control that edits a column of the model (CookieTableModel::Column).
    QWidget *editor(int column) const { return m_editors.value(column); }
    // Gives the keyboard to the control of `column`, scrolled into sight.
    void focusField(int column);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void addEditor(int column, QWidget *editor);
    void refresh();
    void refreshChoices();
    void fitWidth();
    void retranslateUi();
    // Writes the control's value into the cookie when it differs from the cell's.
    void commit(int column);
    QVariant editorValue(int column) const;

    CookieTableModel *m_model;
    QPersistentModelIndex m_row; // column 0 of the cookie shown
    QFormLayout *m_form;
    QLabel *m_title;
    QHash<int, QWidget *> m_editors;
    QList<int> m_order; // columns in the order of the form
    bool m_refreshing = false;
};
