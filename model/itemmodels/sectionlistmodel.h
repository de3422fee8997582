// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include <QAbstractListModel>

class PolicyDocument;

// The charter's sections as a list, for the Charter page: the title in the edit
// language, renamed in place, reordered by drag and drop. It never writes the
// document itself: edits and drops become undo commands on the document's stack,
// and the list follows the document's change signals.
class SectionListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        KindRole,       // "text" or "cookie-table"
        CategoryRole,   // the table's category id ("" = all categories)
        TranslatedRole, // whether the title is written in the edit language
    };

    explicit SectionListModel(PolicyDocument *document, QObject *parent = nullptr);

    QString editLanguage() const;
    void setEditLanguage(const QString &language);
    // The interface language changed: views ask again for the words this model adds.
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
    Qt::DropActions supportedDragActions() const override { return Qt::MoveAction; }
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    // Pushes a MoveSectionCommand, which moves the section. After a move-drop the view
    // asks the model to remove the dragged rows; the model keeps QAbstractItemModel's
    // removeRows(), which refuses, so the command stays the only change (and one undo).
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    static QString mimeType() { return QStringLiteral("application/x-charte-section"); }

private:
    void documentChanged();

    PolicyDocument *m_document;
    QString m_editLanguage;
    int m_rows = 0;
};
