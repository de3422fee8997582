// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include "document/lifetime.h"

#include <QLineEdit>

#include <optional>

// A cookie lifetime typed as people write it — "13 mois", "1 year", "session",
// "2 semaines", "24h" — and read as imports read it (Lifetime::parse), with the usual
// lifetimes offered as completions. A line edit takes every key typed into it: the
// number-and-unit editor it replaces sent digits typed on a new row (its number box
// disabled for "session") to the grid's keyboard search, which opened another cookie.
// A text that cannot be read is marked while typed; committed anyway, it is kept as
// written and flagged in the cell (Cookie::unparsed), never guessed.
class LifetimeEditor : public QLineEdit
{
    Q_OBJECT

public:
    // language: the language the lifetime is shown and completed in (the grid's edit
    // language); both French and English are read whatever it is.
    explicit LifetimeEditor(const QString &language, QWidget *parent = nullptr);

    // nullopt when the cell states no lifetime; then unreadText, when given, is what
    // an import could not read, shown as written and marked.
    void setLifetime(const std::optional<Lifetime> &lifetime, const QString &unreadText = {});
    // What the text says: a lifetime, or nullopt when it is empty or cannot be read
    // (isReadable() tells which).
    std::optional<Lifetime> lifetime() const;
    bool isReadable() const;

private:
    void markUnreadable();

    QString m_language;
};
