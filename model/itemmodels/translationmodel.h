// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include <QAbstractTableModel>
#include <QList>

class PolicyDocument;

// Every translatable text of the document as a row — section titles and bodies,
// category names and descriptions, banner texts, cookie services and purposes —
// with the source language beside the target language. A text written in the
// source but not in the target is "missing"; the model counts them. Editing the
// target column pushes an undo command; the model never writes the document.
class TranslationModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { PlaceColumn, SourceColumn, TargetColumn, ColumnCount };
    enum Role {
        MissingRole = Qt::UserRole + 1, // bool: source written, target not
        GroupRole,                      // the Group of the row, as int
        MultiLineRole,                  // bool: a Markdown body (edited on several lines)
    };
    enum class Group { Section, Category, Banner, Cookie };

    explicit TranslationModel(PolicyDocument *document, QObject *parent = nullptr);

    QString sourceLanguage() const { return m_source; }
    QString targetLanguage() const { return m_target; }
    void setLanguages(const QString &source, const QString &target);
    // The interface language changed: the place column and headers are words of ours.
    void retranslate();

    // Counted in one pass over the rows when first asked after a change, then kept:
    // at 100,000 cookies the rows are 200,000, and a view that is not shown never asks.
    int missingCount() const;
    int translatableCount() const; // rows whose source text is written

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void countsChanged();

private:
    // Which text a row shows: the part (group + index) and the field in it.
    struct Item
    {
        Group group;
        qsizetype index;
        int field;
        friend bool operator==(const Item &, const Item &) = default;
    };
    QList<Item> buildItems() const;
    QString text(const Item &item, const QString &language) const;
    QString place(const Item &item) const;
    void refresh();
    void countIfNeeded() const;

    PolicyDocument *m_document;
    QString m_source;
    QString m_target;
    QList<Item> m_items;
    mutable bool m_counted = false;
    mutable int m_missing = 0;
    mutable int m_translatable = 0;
};
