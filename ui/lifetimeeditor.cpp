// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "lifetimeeditor.h"

#include <QCompleter>
#include <QStringListModel>

LifetimeEditor::LifetimeEditor(const QString &language, QWidget *parent)
    : QLineEdit(parent), m_language(language)
{
    // The lifetimes inventories state most often, in the cell's language.
    QStringList usual{Lifetime::session().format(language)};
    for (const qint64 seconds :
         {30 * Lifetime::Minute, Lifetime::Day, Lifetime::Week, 30 * Lifetime::Day, 6 * Lifetime::Month,
          13 * Lifetime::Month, Lifetime::Year, 2 * Lifetime::Year})
        usual << Lifetime::fromSeconds(seconds).format(language);
    auto *completer = new QCompleter(new QStringListModel(usual, this), this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    setCompleter(completer);
    setMaxLength(int(Lifetime::MaximumTextLength));
    connect(this, &QLineEdit::textEdited, this, &LifetimeEditor::markUnreadable);
}

void LifetimeEditor::setLifetime(const std::optional<Lifetime> &lifetime, const QString &unreadText)
{
    setText(lifetime ? lifetime->format(m_language) : unreadText);
    setModified(false);
    markUnreadable();
}

std::optional<Lifetime> LifetimeEditor::lifetime() const
{
    return Lifetime::parse(text());
}

bool LifetimeEditor::isReadable() const
{
    return text().trimmed().isEmpty() || lifetime().has_value();
}

void LifetimeEditor::markUnreadable()
{
    const bool unreadable = !isReadable();
    if (property("unreadable").toBool() == unreadable)
        return;
    setProperty("unreadable", unreadable);
    setStyleSheet(unreadable ? QStringLiteral("QLineEdit { border: 2px solid #c62828; }") : QString());
    setToolTip(unreadable ? tr("Not a lifetime Charte can read: write it as \"session\", "
                               "\"13 months\", \"1 year\", \"2 semaines\"… Kept as written and "
                               "flagged if you leave it so.")
                          : QString());
}
