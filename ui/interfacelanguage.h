// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include <QObject>
#include <QString>

class QMenu;
class QTranslator;
class QWidget;

// The language of the interface (not of the document): System, English or French.
// It installs Charte's catalogue ("charte_fr" / "charte_en" from a folder, ":/i18n"
// in the application) and Qt's own ("qtbase_fr" for standard dialogs), remembers
// the choice in QSettings, and switches live: installing or removing a translator
// makes Qt send QEvent::LanguageChange to every widget, which retranslates itself.
class InterfaceLanguage : public QObject
{
    Q_OBJECT

public:
    explicit InterfaceLanguage(QObject *parent = nullptr,
                               const QString &catalogueFolder = QStringLiteral(":/i18n"));
    ~InterfaceLanguage() override;

    // "" follows the system locale; otherwise "en" or "fr".
    static QStringList codes() { return {QString(), QStringLiteral("en"), QStringLiteral("fr")}; }
    QString choice() const { return m_choice; }
    // The language actually shown ("en" when the system asks for one Charte lacks).
    QString effectiveLanguage() const { return m_effective; }

    // Applies the choice stored in QSettings (at start-up).
    void restore();
    // Applies and stores a choice.
    void setChoice(const QString &code);

    // A "Language" menu with System / English / Français, checked on the current
    // choice; owned by parent. Several menus may exist; all stay in step.
    QMenu *createMenu(QWidget *parent);

    static QString settingsKey() { return QStringLiteral("interface/language"); }

signals:
    void choiceChanged(const QString &code);

private:
    void apply(const QString &code);
    void removeTranslators();

    QString m_catalogueFolder;
    QString m_choice;
    QString m_effective = QStringLiteral("en");
    QTranslator *m_charte = nullptr;
    QTranslator *m_qt = nullptr;
};
