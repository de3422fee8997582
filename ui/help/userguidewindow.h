// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include <QDialog>

class InterfaceLanguage;
class QTextBrowser;

// Help › User Guide: the short guide shipped inside the application (docs/
// user-guide.md and its French version, embedded as resources, rendered with the
// project's CommonMark wrapper), so it reads offline and never depends on the
// source tree. It follows the interface language (on QEvent::LanguageChange).
class UserGuideWindow : public QDialog
{
    Q_OBJECT

public:
    UserGuideWindow(InterfaceLanguage *language, QWidget *parent = nullptr);

    // The guide's Markdown in language ("en" or "fr"; English for any other).
    static QString guideMarkdown(const QString &language);

protected:
    void changeEvent(QEvent *event) override;

private:
    void load();

    InterfaceLanguage *m_language;
    QTextBrowser *m_browser;
};
