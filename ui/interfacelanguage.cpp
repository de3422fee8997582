// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "interfacelanguage.h"

#include <QAction>
#include <QActionGroup>
#include <QCoreApplication>
#include <QEvent>
#include <QLibraryInfo>
#include <QLocale>
#include <QMenu>
#include <QSettings>
#include <QTranslator>

#include <memory>

namespace {

// The menu retranslates itself, so it keeps working when the language changes
// while it exists (menus are not told by the window that owns the action).
class LanguageMenu : public QMenu
{
public:
    LanguageMenu(InterfaceLanguage *language, QWidget *parent) : QMenu(parent), m_language(language)
    {
        setObjectName(QStringLiteral("interfaceLanguageMenu"));
        m_group = new QActionGroup(this);
        m_group->setExclusive(true);
        for (const QString &code : InterfaceLanguage::codes()) {
            QAction *action = addAction(QString());
            action->setCheckable(true);
            action->setData(code);
            action->setObjectName(QStringLiteral("interfaceLanguage_") +
                                  (code.isEmpty() ? QStringLiteral("system") : code));
            m_group->addAction(action);
            connect(action, &QAction::triggered, language,
                    [language, code] { language->setChoice(code); });
        }
        if (QAction *separatorBefore = actions().value(1))
            insertSeparator(separatorBefore);
        connect(language, &InterfaceLanguage::choiceChanged, this, &LanguageMenu::sync);
        sync();
        retranslate();
    }

protected:
    void changeEvent(QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange)
            retranslate();
        QMenu::changeEvent(event);
    }

private:
    void sync()
    {
        for (QAction *action : m_group->actions())
            action->setChecked(action->data().toString() == m_language->choice());
    }
    void retranslate()
    {
        setTitle(InterfaceLanguage::tr("&Language"));
        for (QAction *action : m_group->actions()) {
            const QString code = action->data().toString();
            // Language names are written in their own language, as users look for them.
            if (code.isEmpty())
                action->setText(InterfaceLanguage::tr("&System language"));
            else if (code == QLatin1StringView("en"))
                action->setText(QStringLiteral("&English"));
            else
                action->setText(QStringLiteral("&Français"));
        }
    }

    InterfaceLanguage *m_language;
    QActionGroup *m_group;
};

} // namespace

InterfaceLanguage::InterfaceLanguage(QObject *parent, const QString &catalogueFolder)
    : QObject(parent), m_catalogueFolder(catalogueFolder)
{}

InterfaceLanguage::~InterfaceLanguage()
{
    removeTranslators();
}

void InterfaceLanguage::restore()
{
    QSettings settings;
    QString code = settings.value(settingsKey()).toString();
    if (!codes().contains(code))
        code.clear();
    m_choice = code;
    apply(code);
    emit choiceChanged(code);
}

void InterfaceLanguage::setChoice(const QString &code)
{
    const QString normalised = codes().contains(code) ? code : QString();
    QSettings settings;
    settings.setValue(settingsKey(), normalised);
    if (normalised == m_choice && m_charte)
        return;
    m_choice = normalised;
    apply(normalised);
    emit choiceChanged(normalised);
}

void InterfaceLanguage::removeTranslators()
{
    // Each removal sends QEvent::LanguageChange; the widgets then show the source
    // (English) texts until the next catalogue comes in.
    for (QTranslator **translator : {&m_charte, &m_qt}) {
        if (*translator) {
            QCoreApplication::removeTranslator(*translator);
            delete *translator;
            *translator = nullptr;
        }
    }
}

void InterfaceLanguage::apply(const QString &code)
{
    removeTranslators();
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    m_effective = QStringLiteral("en");

    auto charte = std::make_unique<QTranslator>();
    // QTranslator::load(QLocale, …) walks the locale's UI languages (fr_CA → fr).
    if (charte->load(locale, QStringLiteral("charte"), QStringLiteral("_"), m_catalogueFolder)) {
        m_effective = charte->language().section(u'_', 0, 0);
        if (m_effective.isEmpty())
            m_effective = locale.name().section(u'_', 0, 0);
        m_charte = charte.release();
        QCoreApplication::installTranslator(m_charte);
    }
    if (m_effective != QLatin1StringView("en")) {
        auto qt = std::make_unique<QTranslator>();
        if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            m_qt = qt.release();
            QCoreApplication::installTranslator(m_qt);
        }
    }
    // What Qt writes by itself (a calendar's month names, a date editor made later)
    // follows the interface too, not the system's locale.
    QLocale::setDefault(QLocale(m_effective));
    if (!m_charte && !m_qt) {
        // Nothing installed or removed may still mean a change (French → English
        // when charte_en is absent): tell the widgets explicitly.
        QEvent event(QEvent::LanguageChange);
        QCoreApplication::sendEvent(QCoreApplication::instance(), &event);
    }
}

QMenu *InterfaceLanguage::createMenu(QWidget *parent)
{
    return new LanguageMenu(this, parent);
}
