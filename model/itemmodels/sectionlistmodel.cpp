// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "itemmodels/sectionlistmodel.h"

#include "commands/sectioncommands.h"
#include "document/policydocument.h"

#include <QMimeData>

SectionListModel::SectionListModel(PolicyDocument *document, QObject *parent)
    : QAbstractListModel(parent), m_document(document),
      m_rows(int(document->policy().charter.size()))
{
    connect(m_document, &PolicyDocument::policyReset, this, [this] {
        beginResetModel();
        m_rows = int(m_document->policy().charter.size());
        endResetModel();
    });
    connect(m_document, &PolicyDocument::sectionsChanged, this, &SectionListModel::documentChanged);
    // The default language is the fallback of every title.
    connect(m_document, &PolicyDocument::metaChanged, this, &SectionListModel::documentChanged);
    connect(m_document, &PolicyDocument::categoriesChanged, this,
            &SectionListModel::documentChanged);
}

QString SectionListModel::editLanguage() const
{
    return m_editLanguage.isEmpty() ? m_document->policy().meta.defaultLanguage : m_editLanguage;
}

void SectionListModel::setEditLanguage(const QString &language)
{
    if (m_editLanguage == language)
        return;
    m_editLanguage = language;
    if (m_rows > 0)
        emit dataChanged(index(0), index(m_rows - 1));
}

void SectionListModel::retranslate()
{
    if (m_rows > 0)
        emit dataChanged(index(0), index(m_rows - 1), {Qt::DisplayRole, Qt::ToolTipRole});
}

void SectionListModel::documentChanged()
{
    // The document says "sections changed" without saying how. Same count: the rows
    // are the same slots with new contents (an edit, a move); otherwise start over.
    const int rows = int(m_document->policy().charter.size());
    if (rows == m_rows) {
        if (rows > 0)
            emit dataChanged(index(0), index(rows - 1));
        return;
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int SectionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

QVariant SectionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Policy &policy = m_document->policy();
    const CharterSection &section = policy.charter.at(index.row());
    const QString language = editLanguage();
    switch (role) {
    case Qt::DisplayRole: {
        const QString title = policy.text(section.title, language);
        return title.isEmpty() ? tr("(untitled section)") : title;
    }
    case Qt::EditRole:
        return section.title.exact(language);
    case Qt::ToolTipRole: {
        if (section.kind == CharterSection::Kind::Text)
            return tr("Text section");
        if (section.categoryId.isEmpty())
            return tr("Shows the cookie tables of all categories");
        const Category *category = policy.category(section.categoryId);
        return tr("Shows the cookie table of the category \"%1\"")
            .arg(category ? policy.text(category->name, language) : section.categoryId);
    }
    case IdRole:
        return section.id;
    case KindRole:
        return PolicyKeys::toString(section.kind);
    case CategoryRole:
        return section.categoryId;
    case TranslatedRole:
        return section.title.has(language);
    default:
        return {};
    }
}

bool SectionListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const QString title = value.toString().trimmed();
    const QString language = editLanguage();
    if (title == m_document->policy().charter.at(index.row()).title.exact(language))
        return false;
    m_document->undoStack()->push(
        new SetSectionTextCommand(m_document, {index.row(), SectionText::Title}, language, title));
    return true;
}

Qt::ItemFlags SectionListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled; // drops land between rows, never on one
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable | Qt::ItemIsDragEnabled;
}

QStringList SectionListModel::mimeTypes() const
{
    return {mimeType()};
}

QMimeData *SectionListModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.size() != 1 || !indexes.first().isValid())
        return nullptr;
    auto *data = new QMimeData;
    // The row and the document's address, so a drop from another window is refused.
    data->setData(mimeType(), QByteArray::number(indexes.first().row()) + ' ' +
                                  QByteArray::number(quintptr(m_document)));
    return data;
}

bool SectionListModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                       const QModelIndex &) const
{
    if (action != Qt::MoveAction || !data || !data->hasFormat(mimeType()))
        return false;
    const QList<QByteArray> parts = data->data(mimeType()).split(' ');
    return parts.size() == 2 && parts.at(1) == QByteArray::number(quintptr(m_document));
}

bool SectionListModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row,
                                    int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    bool ok = false;
    const int from = data->data(mimeType()).split(' ').at(0).toInt(&ok);
    if (!ok || from < 0 || from >= m_rows)
        return false;
    // A drop on a row (parent valid) lands before it; past the end, at the end.
    int before = parent.isValid() ? parent.row() : row;
    if (before < 0 || before > m_rows)
        before = m_rows;
    const int to = before > from ? before - 1 : before;
    if (to == from)
        return false;
    m_document->undoStack()->push(new MoveSectionCommand(m_document, from, to));
    return true;
}
