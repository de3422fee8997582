// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include <QObject>
#include <QPointer>

class KnownCookies;
struct KnownCookie;
class QCompleter;
class QLineEdit;
class QStandardItemModel;

// Suggestions from the known-cookie database while a cookie name is typed: a
// completer popup on a line edit (the grid's name editor) whose rows show name,
// platform, category and retention, with the description as tooltip. Choosing one
// emits chosen(); the caller applies it as an undoable edit
// (KnownCookies::fillEmptyFields gives the fields).
class CookieSuggestionPopup : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaximumSuggestions = 12;

    // database is not owned and must outlive the editor; null: the built-in list.
    CookieSuggestionPopup(QLineEdit *editor, const KnownCookies *database);

    QCompleter *completer() const { return m_completer; }
    // Refreshes the rows for text (called as the user types).
    void update(const QString &text);
    int suggestionCount() const;

    // "_ga — Google Analytics · Analytics · 2 years"
    static QString label(const KnownCookie &entry);

signals:
    void chosen(const KnownCookie &entry);

private:
    QPointer<QLineEdit> m_editor;
    const KnownCookies *m_database;
    QStandardItemModel *m_model;
    QCompleter *m_completer;
};
