// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "countrychooser.h"

#include "document/countries.h"
#include "document/languages.h"
#include "document/textfolding.h"

#include <QCollator>
#include <QCompleter>
#include <QEvent>
#include <QLineEdit>

#include <algorithm>

namespace {

// "Nouvelle-Zélande (NZ)": the name people look for, the code the document keeps.
QString entryText(const QString &name, const QString &code)
{
    return QStringLiteral("%1 (%2)").arg(name, code);
}

} // namespace

CountryChooser::CountryChooser(QWidget *parent) : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setMaxVisibleItems(15);
    // Typing any part of a name ("zél", "zealand") offers the countries that hold it.
    completer()->setCompletionMode(QCompleter::PopupCompletion);
    completer()->setFilterMode(Qt::MatchContains);
    completer()->setCaseSensitivity(Qt::CaseInsensitive);
    fillNames();
    connect(lineEdit(), &QLineEdit::editingFinished, this, &CountryChooser::finishEditing);
    connect(this, &QComboBox::activated, this, &CountryChooser::finishEditing);
    connect(lineEdit(), &QLineEdit::textEdited, this, [this] { markRefused(false); });
}

void CountryChooser::fillNames()
{
    m_language = Languages::ofInterface();
    const QString current = lineEdit()->text();
    const QVariant currentCode = currentData();
    struct Entry
    {
        QString name;
        QString code;
    };
    QList<Entry> entries;
    for (const QString &code : Countries::codes())
        entries.append({Countries::displayName(code, m_language), code});
    QCollator collator{QLocale(m_language)};
    std::sort(entries.begin(), entries.end(),
              [&](const Entry &a, const Entry &b) { return collator.compare(a.name, b.name) < 0; });
    clear();
    for (const Entry &entry : std::as_const(entries))
        addItem(entryText(entry.name, entry.code), entry.code);
    // Nothing is chosen until the document says so.
    setCurrentIndex(-1);
    if (currentCode.isValid())
        setCode(currentCode.toString());
    else
        lineEdit()->setText(current);
}

void CountryChooser::setCode(const QString &code)
{
    markRefused(false);
    const int index = findData(code.trimmed().toUpper());
    setCurrentIndex(index);
    if (index < 0)
        lineEdit()->setText(code);
}

std::optional<QString> CountryChooser::chosenCode() const
{
    const QString text = lineEdit()->text().trimmed();
    if (text.isEmpty())
        return QString();
    // A code, as people who know them type them ("nz", "EL" for Greece).
    if (text.size() == 2 && Countries::isCountryCode(text))
        return text.toUpper();
    // A name, with or without its code, its accents or its case; or a part of one
    // that no other country's name holds ("zéla").
    const QString key = TextFolding::searchKey(text);
    QString found;
    int matches = 0;
    for (int row = 0; row < count(); ++row) {
        const QString entry = itemText(row);
        const QString code = itemData(row).toString();
        const QString name = entry.left(entry.size() - 5); // without " (NZ)"
        if (TextFolding::searchKey(entry) == key || TextFolding::searchKey(name) == key)
            return code;
        if (TextFolding::searchKey(entry).contains(key)) {
            found = code;
            ++matches;
        }
    }
    if (matches == 1)
        return found;
    return std::nullopt;
}

void CountryChooser::finishEditing()
{
    const std::optional<QString> code = chosenCode();
    if (!code) {
        markRefused(true);
        emit refused(lineEdit()->text().trimmed());
        return;
    }
    markRefused(false);
    // Show the chosen country in full, whatever was typed.
    const int index = findData(*code == QLatin1StringView("EL") ? QStringLiteral("GR") : *code);
    if (index >= 0 && currentIndex() != index)
        setCurrentIndex(index);
    emit codeChosen(*code);
}

void CountryChooser::markRefused(bool refused)
{
    if (lineEdit()->property("refused").toBool() == refused)
        return;
    lineEdit()->setProperty("refused", refused);
    // A red frame and the reason, the way a person notices a refused entry.
    lineEdit()->setStyleSheet(refused ? QStringLiteral("QLineEdit { border: 2px solid #c62828; }")
                                      : QString());
    lineEdit()->setToolTip(refused ? tr("Not a country: choose one from the list, or type its "
                                        "two-letter code (NZ, US…).")
                                   : QString());
}

void CountryChooser::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && Languages::ofInterface() != m_language)
        fillNames();
    QComboBox::changeEvent(event);
}
