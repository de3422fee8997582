// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include <QPlainTextEdit>

// The editor of long cells (purpose, service): Enter starts a new line, as in a
// spreadsheet cell with Alt+Enter; Ctrl+Enter commits.
class MultiLineEditor : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit MultiLineEditor(QWidget *parent = nullptr);

signals:
    void commitRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;
};
