// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "document/policydocument.h"

#include <algorithm>
#include <utility>

PolicyDocument::PolicyDocument(QObject *parent) : PolicyDocument(Policy(), parent) {}

PolicyDocument::PolicyDocument(Policy policy, QObject *parent)
    : QObject(parent), m_policy(std::move(policy))
{
    connect(&m_undoStack, &QUndoStack::cleanChanged, this,
            [this](bool clean) { emit modificationChanged(!clean); });
}

PolicyDocument::~PolicyDocument()
{
    // The undo stack is destroyed after this object's signals are gone; its last
    // "clean" announcement must not reach a half-destroyed document or its views.
    m_undoStack.disconnect(this);
}

void PolicyDocument::setFilePath(const QString &path)
{
    if (m_filePath == path)
        return;
    m_filePath = path;
    emit filePathChanged(path);
}

void PolicyDocument::resetPolicy(Policy policy)
{
    m_policy = std::move(policy);
    m_undoStack.clear();
    emit policyReset();
    emit changed();
}

void PolicyDocument::setMeta(const PolicyMeta &meta)
{
    m_policy.meta = meta;
    emit metaChanged();
    emit changed();
}

void PolicyDocument::setBanner(const BannerSettings &banner)
{
    m_policy.banner = banner;
    emit bannerChanged();
    emit changed();
}

void PolicyDocument::setExtra(const QJsonObject &extra)
{
    m_policy.extra = extra;
    emit changed();
}

void PolicyDocument::setHistory(const QList<PublishedRevision> &history)
{
    m_policy.history = history;
    emit historyChanged();
    emit changed();
}

void PolicyDocument::setCookie(qsizetype row, const Cookie &cookie)
{
    Q_ASSERT(row >= 0 && row < m_policy.cookies.size());
    m_policy.cookies[row] = cookie;
    emit cookieChanged(row);
    emit changed();
}

void PolicyDocument::setCookies(const QList<qsizetype> &rows, const QList<Cookie> &cookies)
{
    Q_ASSERT(rows.size() == cookies.size());
    if (rows.isEmpty())
        return;
    qsizetype first = rows.constFirst();
    qsizetype last = first;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const qsizetype row = rows.at(i);
        Q_ASSERT(row >= 0 && row < m_policy.cookies.size());
        m_policy.cookies[row] = cookies.at(i);
        first = std::min(first, row);
        last = std::max(last, row);
    }
    emit cookiesChanged(first, last);
    emit changed();
}

void PolicyDocument::insertCookies(qsizetype row, const QList<Cookie> &cookies)
{
    Q_ASSERT(row >= 0 && row <= m_policy.cookies.size());
    if (cookies.isEmpty())
        return;
    const qsizetype last = row + cookies.size() - 1;
    emit cookiesAboutToBeInserted(row, last);
    m_policy.cookies.insert(row, cookies.size(), Cookie());
    std::copy(cookies.cbegin(), cookies.cend(), m_policy.cookies.begin() + row);
    emit cookiesInserted(row, last);
    emit changed();
}

QList<Cookie> PolicyDocument::removeCookies(qsizetype row, qsizetype count)
{
    Q_ASSERT(row >= 0 && count >= 0 && row + count <= m_policy.cookies.size());
    if (count == 0)
        return {};
    const qsizetype last = row + count - 1;
    emit cookiesAboutToBeRemoved(row, last);
    QList<Cookie> removed = m_policy.cookies.mid(row, count);
    m_policy.cookies.remove(row, count);
    emit cookiesRemoved(row, last);
    emit changed();
    return removed;
}

void PolicyDocument::moveCookies(qsizetype from, qsizetype count, qsizetype to)
{
    // `to` is the row before which the block lands, counted before the move,
    // as in QAbstractItemModel::beginMoveRows.
    Q_ASSERT(from >= 0 && count > 0 && from + count <= m_policy.cookies.size());
    Q_ASSERT(to >= 0 && to <= m_policy.cookies.size());
    if (to >= from && to <= from + count)
        return;
    const qsizetype last = from + count - 1;
    emit cookiesAboutToBeMoved(from, last, to);
    const QList<Cookie> block = m_policy.cookies.mid(from, count);
    m_policy.cookies.remove(from, count);
    const qsizetype insertAt = to > from ? to - count : to;
    m_policy.cookies.insert(insertAt, count, Cookie());
    std::copy(block.cbegin(), block.cend(), m_policy.cookies.begin() + insertAt);
    emit cookiesMoved(from, last, to);
    emit changed();
}

void PolicyDocument::setCategory(qsizetype index, const Category &category)
{
    m_policy.categories[index] = category;
    emit categoriesChanged();
    emit changed();
}

void PolicyDocument::insertCategory(qsizetype index, const Category &category)
{
    m_policy.categories.insert(index, category);
    emit categoriesChanged();
    emit changed();
}

Category PolicyDocument::removeCategory(qsizetype index)
{
    Category removed = m_policy.categories.takeAt(index);
    emit categoriesChanged();
    emit changed();
    return removed;
}

void PolicyDocument::setProvider(qsizetype index, const Provider &provider)
{
    m_policy.providers[index] = provider;
    emit providersChanged();
    emit changed();
}

void PolicyDocument::insertProvider(qsizetype index, const Provider &provider)
{
    m_policy.providers.insert(index, provider);
    emit providersChanged();
    emit changed();
}

Provider PolicyDocument::removeProvider(qsizetype index)
{
    Provider removed = m_policy.providers.takeAt(index);
    emit providersChanged();
    emit changed();
    return removed;
}

void PolicyDocument::setSection(qsizetype index, const CharterSection &section)
{
    m_policy.charter[index] = section;
    emit sectionsChanged();
    emit changed();
}

void PolicyDocument::insertSection(qsizetype index, const CharterSection &section)
{
    m_policy.charter.insert(index, section);
    emit sectionsChanged();
    emit changed();
}

CharterSection PolicyDocument::removeSection(qsizetype index)
{
    CharterSection removed = m_policy.charter.takeAt(index);
    emit sectionsChanged();
    emit changed();
    return removed;
}

void PolicyDocument::moveSection(qsizetype from, qsizetype to)
{
    m_policy.charter.move(from, to);
    emit sectionsChanged();
    emit changed();
}
