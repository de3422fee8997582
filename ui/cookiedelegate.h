// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include <QPersistentModelIndex>
#include <QStyledItemDelegate>

class CookieTableModel;
class KnownCookies;
struct KnownCookie;

// The editors of the cookie grid, one kind per column: lists for category, party,
// storage and basis; a searchable list for the provider with a "New provider…"
// entry; number + unit for the lifetime; several lines for service and purpose.
// Works on the view's (proxy) indexes and writes through setData only when the
// value changed, so an editor opened and left creates no undo step.
class CookieDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit CookieDelegate(CookieTableModel *model, QObject *parent = nullptr);

    // The database the name editor suggests from while a name is typed; not owned,
    // must outlive the delegate. Null: Charte's built-in list.
    void setKnownCookies(const KnownCookies *database) { m_knownCookies = database; }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;

signals:
    // "New provider…" was chosen in the provider editor of `index` (a view index),
    // with what had been typed; the editor is closed without a change.
    void newProviderRequested(const QPersistentModelIndex &index, const QString &typedName);
    // "New category…" was chosen in the category editor of `index` (a view index).
    void newCategoryRequested(const QPersistentModelIndex &index);

private:
    // Writes the chosen suggestion into the row of `index` (a view index) as one
    // undo step: the name, then every empty field the database can fill.
    void applySuggestion(const QPersistentModelIndex &index, const KnownCookie &entry) const;

    const KnownCookies *m_knownCookies = nullptr;
    // Columns of the view are the model's: the proxy sorts and filters rows only.
    CookieTableModel *m_model;
};
