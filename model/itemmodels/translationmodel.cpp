// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "itemmodels/translationmodel.h"

#include "commands/bannercommands.h"
#include "commands/catalogcommands.h"
#include "commands/cookiecommands.h"
#include "commands/sectioncommands.h"
#include "document/policydocument.h"

#include <QCoreApplication>
#include <QFont>

#include <array>

namespace {

constexpr std::array bannerFields = {
    BannerText::Title,     BannerText::Description, BannerText::AcceptAll, BannerText::RejectAll,
    BannerText::Customize, BannerText::Save,        BannerText::Manage};

const char *bannerFieldName(BannerText field)
{
    switch (field) {
    case BannerText::Title:
        return QT_TRANSLATE_NOOP("TranslationModel", "Banner · title");
    case BannerText::Description:
        return QT_TRANSLATE_NOOP("TranslationModel", "Banner · description");
    case BannerText::AcceptAll:
        return QT_TRANSLATE_NOOP("TranslationModel", "Banner · accept all");
    case BannerText::RejectAll:
        return QT_TRANSLATE_NOOP("TranslationModel", "Banner · reject all");
    case BannerText::Customize:
        return QT_TRANSLATE_NOOP("TranslationModel", "Banner · customise");
    case BannerText::Save:
        return QT_TRANSLATE_NOOP("TranslationModel", "Banner · save choices");
    case BannerText::Manage:
        return QT_TRANSLATE_NOOP("TranslationModel", "Banner · manage cookies link");
    }
    return "";
}

} // namespace

TranslationModel::TranslationModel(PolicyDocument *document, QObject *parent)
    : QAbstractTableModel(parent), m_document(document)
{
    const PolicyMeta &meta = document->policy().meta;
    m_source = meta.defaultLanguage;
    for (const QString &language : meta.languages) {
        if (language != m_source) {
            m_target = language;
            break;
        }
    }
    if (m_target.isEmpty())
        m_target = m_source;
    m_items = buildItems();
    connect(m_document, &PolicyDocument::changed, this, &TranslationModel::refresh);
}

void TranslationModel::setLanguages(const QString &source, const QString &target)
{
    if (source == m_source && target == m_target)
        return;
    m_source = source;
    m_target = target;
    if (!m_items.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, SourceColumn, TargetColumn);
    m_counted = false;
    emit countsChanged();
}

void TranslationModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_items.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QList<TranslationModel::Item> TranslationModel::buildItems() const
{
    const Policy &policy = m_document->policy();
    QList<Item> items;
    for (qsizetype i = 0; i < policy.charter.size(); ++i) {
        items.append({Group::Section, i, int(SectionText::Title)});
        items.append({Group::Section, i, int(SectionText::Body)});
    }
    for (qsizetype i = 0; i < policy.categories.size(); ++i) {
        items.append({Group::Category, i, int(CategoryText::Name)});
        items.append({Group::Category, i, int(CategoryText::Description)});
    }
    for (BannerText field : bannerFields)
        items.append({Group::Banner, 0, int(field)});
    for (qsizetype i = 0; i < policy.cookies.size(); ++i) {
        items.append({Group::Cookie, i, int(CookieText::Service)});
        items.append({Group::Cookie, i, int(CookieText::Purpose)});
    }
    return items;
}

void TranslationModel::refresh()
{
    m_counted = false;
    const QList<Item> items = buildItems();
    if (items == m_items) {
        if (!m_items.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    } else {
        beginResetModel();
        m_items = items;
        endResetModel();
    }
    emit countsChanged();
}

QString TranslationModel::text(const Item &item, const QString &language) const
{
    const Policy &policy = m_document->policy();
    switch (item.group) {
    case Group::Section: {
        return SectionTextPlace::text(policy.charter.at(item.index), SectionText(item.field))
            .exact(language);
    }
    case Group::Category: {
        return CategoryTextPlace::text(policy.categories.at(item.index), CategoryText(item.field))
            .exact(language);
    }
    case Group::Banner:
        return bannerText(policy.banner, BannerText(item.field)).exact(language);
    case Group::Cookie: {
        return CookieTextPlace::text(policy.cookies.at(item.index), CookieText(item.field))
            .exact(language);
    }
    }
    return {};
}

QString TranslationModel::place(const Item &item) const
{
    const Policy &policy = m_document->policy();
    const QString language = policy.meta.defaultLanguage;
    switch (item.group) {
    case Group::Section: {
        QString title = policy.text(policy.charter.at(item.index).title, language);
        if (title.isEmpty())
            title = QString::number(item.index + 1);
        return item.field == int(SectionText::Title) ? tr("Section \"%1\" · title").arg(title)
                                                     : tr("Section \"%1\" · text").arg(title);
    }
    case Group::Category: {
        const QString id = policy.categories.at(item.index).id;
        return item.field == int(CategoryText::Name) ? tr("Category %1 · name").arg(id)
                                                     : tr("Category %1 · description").arg(id);
    }
    case Group::Banner:
        return QCoreApplication::translate("TranslationModel",
                                           bannerFieldName(BannerText(item.field)));
    case Group::Cookie: {
        const QString name = policy.cookies.at(item.index).name;
        return item.field == int(CookieText::Service) ? tr("Cookie %1 · service").arg(name)
                                                      : tr("Cookie %1 · purpose").arg(name);
    }
    }
    return {};
}

void TranslationModel::countIfNeeded() const
{
    if (m_counted)
        return;
    m_missing = 0;
    m_translatable = 0;
    for (const Item &item : m_items) {
        if (text(item, m_source).isEmpty())
            continue;
        ++m_translatable;
        if (m_source != m_target && text(item, m_target).isEmpty())
            ++m_missing;
    }
    m_counted = true;
}

int TranslationModel::missingCount() const
{
    countIfNeeded();
    return m_missing;
}

int TranslationModel::translatableCount() const
{
    countIfNeeded();
    return m_translatable;
}

int TranslationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int TranslationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TranslationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Item &item = m_items.at(index.row());
    const bool missing =
        m_source != m_target && !text(item, m_source).isEmpty() && text(item, m_target).isEmpty();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case PlaceColumn:
            return place(item);
        case SourceColumn:
            return text(item, m_source);
        case TargetColumn:
            if (role == Qt::DisplayRole && missing)
                return tr("(missing)");
            return text(item, m_target);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == TargetColumn && missing)
            return tr("Not translated into %1 yet").arg(m_target);
        return index.column() == PlaceColumn
                   ? QVariant()
                   : QVariant(text(item, index.column() == SourceColumn ? m_source : m_target));
    case Qt::FontRole:
        if (index.column() == TargetColumn && missing) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case MissingRole:
        return missing;
    case GroupRole:
        return int(item.group);
    case MultiLineRole:
        return (item.group == Group::Section && item.field == int(SectionText::Body)) ||
               (item.group == Group::Banner && BannerText(item.field) == BannerText::Description) ||
               (item.group == Group::Category && item.field == int(CategoryText::Description));
    default:
        return {};
    }
}

bool TranslationModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != TargetColumn ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const Item &item = m_items.at(index.row());
    const QString newText = value.toString();
    if (newText == text(item, m_target))
        return false;
    QUndoCommand *command = nullptr;
    switch (item.group) {
    case Group::Section:
        command = new SetSectionTextCommand(m_document, {item.index, SectionText(item.field)},
                                            m_target, newText);
        break;
    case Group::Category:
        command = new SetCategoryTextCommand(m_document, {item.index, CategoryText(item.field)},
                                             m_target, newText);
        break;
    case Group::Banner:
        command = new SetBannerTextCommand(m_document, {BannerText(item.field)}, m_target, newText);
        break;
    case Group::Cookie:
        command = new SetCookieTextCommand(m_document, {item.index, CookieText(item.field)},
                                           m_target, newText);
        break;
    }
    m_document->undoStack()->push(command);
    return true;
}

Qt::ItemFlags TranslationModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags result = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    if (index.column() == TargetColumn && m_source != m_target)
        result |= Qt::ItemIsEditable;
    return result;
}

QVariant TranslationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PlaceColumn:
        return tr("Text");
    case SourceColumn:
        return tr("Source (%1)").arg(m_source);
    case TargetColumn:
        return tr("Translation (%1)").arg(m_target);
    }
    return {};
}
