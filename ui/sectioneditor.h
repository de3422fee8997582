// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include <QTimer>
#include <QWidget>

class PolicyDocument;
class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QTextEdit;
class QToolBar;
class UndoKeyRouter;

// Edits one charter section in the edit language: its title, what it is (text, or
// the place of a cookie table), and its body as rich text stored as Markdown.
//
// Undo: the text field's own undo history is switched off. Typing is pushed to the
// document's undo stack as SetSectionTextCommand after a short pause (and at once
// when the field loses focus or the user asks to undo); the pushes of one stretch
// of typing merge into one step. Ctrl+Z in the field goes to the document's stack,
// so there is one history, shared with the window's Undo action.
class SectionEditor : public QWidget
{
    Q_OBJECT

public:
    explicit SectionEditor(PolicyDocument *document, QWidget *parent = nullptr);

    int section() const { return m_index; }
    void setSection(int index);
    QString editLanguage() const;
    void setEditLanguage(const QString &language);

    // Pushes what the body field holds but has not yet reached the document.
    void flush();

    static int commitDelayMs() { return 400; }

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void updateFormatIcons();
    void createFormatActions();
    void reload();
    void loadBody(const QString &markdown);
    void fillKinds();
    void bodyEdited();
    void titleEdited(const QString &title);
    void kindChosen(int comboIndex);
    void newSession();
    void updateFormatActions();
    void toggleBold();
    void toggleItalic();
    void toggleList(bool ordered);
    void editLink();
    void setHeading(int level);

    PolicyDocument *m_document;
    UndoKeyRouter *m_router;
    QLabel *m_titleLabel;
    QLineEdit *m_title;
    QLabel *m_kindLabel;
    QComboBox *m_kind;
    QLabel *m_tableNote;
    QToolBar *m_formatBar;
    QComboBox *m_heading;
    QAction *m_bold = nullptr;
    QAction *m_italic = nullptr;
    QAction *m_bullets = nullptr;
    QAction *m_numbers = nullptr;
    QAction *m_link = nullptr;
    QTextEdit *m_body;
    QTimer m_commitTimer;

    int m_index = -1;
    QString m_editLanguage;
    QString m_syncedBody; // the Markdown the body field was loaded from or last pushed
    int m_session = 0;
    bool m_dirty = false; // typed since the last push or load
    bool m_loading = false;
    bool m_pushing = false;
};
