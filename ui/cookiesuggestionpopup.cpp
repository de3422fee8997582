// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "cookiesuggestionpopup.h"

#include "compliance/knowncookies.h"
#include "document/cookiename.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QLineEdit>
#include <QStandardItemModel>

namespace {

constexpr int NameRole = Qt::UserRole + 1;  // what the completer writes into the editor
constexpr int EntryRole = Qt::UserRole + 2; // the KnownCookie's address

} // namespace

CookieSuggestionPopup::CookieSuggestionPopup(QLineEdit *editor, const KnownCookies *database)
    : QObject(editor),
      m_editor(editor),
      m_database(database ? database : &KnownCookies::builtin()),
      m_model(new QStandardItemModel(this)),
      m_completer(new QCompleter(m_model, this))
{
    qRegisterMetaType<KnownCookie>(); // chosen() carries it through queued connections too
    // The rows are already the database's answer: show them as they are.
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCompletionRole(NameRole);
    m_completer->setMaxVisibleItems(MaximumSuggestions);
    m_completer->setWidget(editor);
    m_completer->popup()->setObjectName(QStringLiteral("cookieSuggestions"));
    connect(editor, &QLineEdit::textEdited, this, [this](const QString &text) {
        update(text);
        if (m_model->rowCount() > 0 && m_editor)
            m_completer->complete();
        else
            m_completer->popup()->hide();
    });
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            [this](const QModelIndex &index) {
                const auto *entry = static_cast<const KnownCookie *>(index.data(EntryRole).value<const void *>());
                if (!entry)
                    return;
                if (m_editor)
                    m_editor->setText(entry->name);
                emit chosen(*entry);
            });
}

QString CookieSuggestionPopup::label(const KnownCookie &entry)
{
    const QString name = CookieName::display(entry.name, entry.prefix ? NameMatch::Prefix : NameMatch::Exact);
    const QString retention = entry.retention ? entry.retention->format(QStringLiteral("en")) : entry.retentionText;
    QStringList parts{entry.platform, entry.category};
    if (!retention.isEmpty())
        parts << retention;
    parts.removeAll(QString());
    return name + QStringLiteral(" — ") + parts.join(QStringLiteral(" · "));
}

void CookieSuggestionPopup::update(const QString &text)
{
    m_model->clear();
    for (const KnownCookie *entry : m_database->suggest(text.trimmed(), MaximumSuggestions)) {
        auto *item = new QStandardItem(label(*entry));
        item->setData(entry->name, NameRole);
        item->setData(QVariant::fromValue(static_cast<const void *>(entry)), EntryRole);
        item->setToolTip(entry->description);
        item->setEditable(false);
        m_model->appendRow(item);
    }
}

int CookieSuggestionPopup::suggestionCount() const
{
    return m_model->rowCount();
}
