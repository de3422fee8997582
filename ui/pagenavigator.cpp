// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "pagenavigator.h"

#include "categoriespage.h"
#include "charterpage.h"
#include "compliance/finding.h"
#include "cookiespage.h"
#include "itemmodels/cookietablemodel.h"
#include "providerspage.h"

#include <QHash>
#include <QHeaderView>
#include <QListWidget>
#include <QSettings>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QTreeView>

namespace {
enum NavigationRole {
    PageIdRole = Qt::UserRole + 1,
    CustomTitleRole, // true: the title came from addPage, not from standardPageTitle
};

const auto PageIdProperty = "charte_page_id";
const auto HeaderGroup = QLatin1StringView("window/headers");

// Item views inside a page whose column layout is worth remembering, keyed by the
// view's objectName.
QList<std::pair<QString, QHeaderView *>> rememberedHeaders(QWidget *page)
{
    QList<std::pair<QString, QHeaderView *>> headers;
    const QList<QAbstractItemView *> views = page->findChildren<QAbstractItemView *>();
    QList<QAbstractItemView *> all = views;
    if (auto *self = qobject_cast<QAbstractItemView *>(page))
        all.prepend(self);
    for (QAbstractItemView *view : all) {
        if (view->objectName().isEmpty())
            continue;
        if (auto *table = qobject_cast<QTableView *>(view))
            headers.append({view->objectName(), table->horizontalHeader()});
        else if (auto *tree = qobject_cast<QTreeView *>(view))
            headers.append({view->objectName(), tree->header()});
    }
    return headers;
}
} // namespace

PageNavigator::PageNavigator(QListWidget *navigation, QStackedWidget *pages, QObject *parent)
    : QObject(parent), m_navigation(navigation), m_pages(pages)
{
    connect(m_navigation, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *current) {
        if (!current)
            return;
        const QString id = current->data(PageIdRole).toString();
        if (QWidget *widget = page(id)) {
            m_pages->setCurrentWidget(widget);
            emit currentPageChanged(id);
        }
    });
}

QStringList PageNavigator::standardPageIds()
{
    return {QStringLiteral("overview"),  QStringLiteral("charter"),    QStringLiteral("cookies"),
            QStringLiteral("providers"), QStringLiteral("categories"), QStringLiteral("banner"),
            QStringLiteral("scan")};
}

QString PageNavigator::standardPageTitle(const QString &id)
{
    if (id == QLatin1StringView("overview"))
        return tr("Overview");
    if (id == QLatin1StringView("charter"))
        return tr("Charter");
    if (id == QLatin1StringView("cookies"))
        return tr("Cookies");
    if (id == QLatin1StringView("providers"))
        return tr("Providers");
    if (id == QLatin1StringView("categories"))
        return tr("Categories");
    if (id == QLatin1StringView("banner"))
        return tr("Banner");
    if (id == QLatin1StringView("scan"))
        return tr("Scan");
    // Not a standard id (it goes after them), but its title is the window's to translate.
    if (id == QLatin1StringView("translations"))
        return tr("Translations");
    if (id == QLatin1StringView("consents"))
        return tr("Consents");
    return {};
}

QIcon PageNavigator::standardPageIcon(const QString &id, const QStyle *style)
{
    static const QHash<QString, std::pair<const char *, QStyle::StandardPixmap>> icons = {
        {QStringLiteral("overview"), {"go-home", QStyle::SP_FileDialogInfoView}},
        {QStringLiteral("charter"), {"text-x-generic", QStyle::SP_FileIcon}},
        {QStringLiteral("cookies"), {"x-office-spreadsheet", QStyle::SP_FileDialogDetailedView}},
        {QStringLiteral("providers"), {"network-server", QStyle::SP_DriveNetIcon}},
        {QStringLiteral("categories"), {"folder", QStyle::SP_DirIcon}},
        {QStringLiteral("banner"), {"preferences-desktop-display", QStyle::SP_ComputerIcon}},
        {QStringLiteral("scan"), {"edit-find", QStyle::SP_BrowserReload}},
        {QStringLiteral("translations"),
         {"preferences-desktop-locale", QStyle::SP_FileDialogContentsView}},
        {QStringLiteral("consents"), {"document-properties", QStyle::SP_DialogApplyButton}},
    };
    const auto found = icons.constFind(id);
    if (found == icons.cend())
        return {};
    return QIcon::fromTheme(QLatin1StringView(found->first), style->standardIcon(found->second));
}

void PageNavigator::addPage(const QString &id, const QString &title, const QIcon &icon,
                            QWidget *widget)
{
    Q_ASSERT(widget);
    if (QListWidgetItem *item = navigationItem(id)) {
        setPage(id, widget);
        if (!title.isEmpty()) {
            item->setText(title);
            item->setData(CustomTitleRole, true);
        }
        if (!icon.isNull())
            item->setIcon(icon);
        emit pagesChanged();
        return;
    }

    // Keep the standard order whatever order pages arrive in.
    const QStringList standard = standardPageIds();
    const qsizetype rank = standard.indexOf(id);
    int row = m_navigation->count();
    for (int i = 0; i < m_navigation->count(); ++i) {
        const qsizetype otherRank =
            standard.indexOf(m_navigation->item(i)->data(PageIdRole).toString());
        if (rank >= 0 && (otherRank < 0 || otherRank > rank)) {
            row = i;
            break;
        }
    }

    const bool custom = !title.isEmpty() && title != standardPageTitle(id);
    auto *item = new QListWidgetItem(icon, custom ? title : standardPageTitle(id));
    item->setData(PageIdRole, id);
    item->setData(CustomTitleRole, custom);
    item->setSizeHint(QSize(0, m_navigation->fontMetrics().height() + 16));
    m_navigation->insertItem(row, item);
    place(id, widget, item->text());
    if (m_navigation->count() == 1)
        m_navigation->setCurrentItem(item);
    emit pagesChanged();
}

void PageNavigator::setPage(const QString &id, QWidget *widget)
{
    Q_ASSERT(widget);
    QListWidgetItem *item = navigationItem(id);
    if (!item) {
        addPage(id, {}, {}, widget);
        return;
    }
    QWidget *old = page(id);
    if (old == widget)
        return;
    const bool wasCurrent = m_pages->currentWidget() == old;
    place(id, widget, item->text());
    if (wasCurrent)
        m_pages->setCurrentWidget(widget);
    if (old) {
        m_pages->removeWidget(old);
        // QPointers to a replaced page forget it once it is deleted.
        old->deleteLater();
    }
}

void PageNavigator::place(const QString &id, QWidget *widget, const QString &accessibleName)
{
    if (widget->objectName().isEmpty())
        widget->setObjectName(id + QStringLiteral("Page"));
    if (widget->accessibleName().isEmpty())
        widget->setAccessibleName(accessibleName);
    widget->setProperty(PageIdProperty, id);
    m_pages->addWidget(widget);
    if (m_headersRestored)
        restoreHeaders(widget);
}

QWidget *PageNavigator::page(const QString &id) const
{
    for (int i = 0; i < m_pages->count(); ++i) {
        QWidget *widget = m_pages->widget(i);
        if (widget->property(PageIdProperty).toString() == id)
            return widget;
    }
    return nullptr;
}

QStringList PageNavigator::pageIds() const
{
    QStringList ids;
    for (int i = 0; i < m_navigation->count(); ++i)
        ids.append(m_navigation->item(i)->data(PageIdRole).toString());
    return ids;
}

QString PageNavigator::pageTitle(const QString &id) const
{
    const QListWidgetItem *item = navigationItem(id);
    return item ? item->text() : QString();
}

QString PageNavigator::currentPageId() const
{
    QWidget *current = m_pages->currentWidget();
    return current ? current->property(PageIdProperty).toString() : QString();
}

void PageNavigator::showPage(const QString &id)
{
    if (QListWidgetItem *item = navigationItem(id))
        m_navigation->setCurrentItem(item);
}

QListWidgetItem *PageNavigator::navigationItem(const QString &id) const
{
    for (int i = 0; i < m_navigation->count(); ++i) {
        if (m_navigation->item(i)->data(PageIdRole).toString() == id)
            return m_navigation->item(i);
    }
    return nullptr;
}

void PageNavigator::showPlace(const FindingPlace &place)
{
    const int index = int(place.index);
    switch (place.kind) {
    case FindingPlace::Kind::Cookie:
        showPage(QStringLiteral("cookies"));
        if (auto *cookies = qobject_cast<CookiesPage *>(page(QStringLiteral("cookies")));
            cookies && index >= 0)
            cookies->showCookieField(index, place.field);
        break;
    case FindingPlace::Kind::Category:
        showPage(QStringLiteral("categories"));
        if (auto *categories = qobject_cast<CategoriesPage *>(page(QStringLiteral("categories")));
            categories && index >= 0)
            categories->setCurrentIndex(index);
        break;
    case FindingPlace::Kind::Provider:
        showPage(QStringLiteral("providers"));
        if (auto *providers = qobject_cast<ProvidersPage *>(page(QStringLiteral("providers")));
            providers && index >= 0)
            providers->setCurrentIndex(index);
        break;
    case FindingPlace::Kind::Banner:
        showPage(QStringLiteral("banner"));
        break;
    case FindingPlace::Kind::Section:
        showPage(QStringLiteral("charter"));
        if (auto *charter = qobject_cast<CharterPage *>(page(QStringLiteral("charter")));
            charter && index >= 0)
            charter->setCurrentSection(index);
        break;
    case FindingPlace::Kind::Document:
        // Site, publisher, contact…: the charter page's details tab.
        showPage(QStringLiteral("charter"));
        break;
    }
}

void PageNavigator::retranslate()
{
    for (int i = 0; i < m_navigation->count(); ++i) {
        QListWidgetItem *item = m_navigation->item(i);
        if (!item->data(CustomTitleRole).toBool())
            item->setText(standardPageTitle(item->data(PageIdRole).toString()));
    }
    emit pagesChanged();
}

void PageNavigator::restoreHeaders()
{
    m_headersRestored = true;
    for (int i = 0; i < m_pages->count(); ++i)
        restoreHeaders(m_pages->widget(i));
}

void PageNavigator::restoreHeaders(QWidget *widget)
{
    QSettings settings;
    settings.beginGroup(HeaderGroup);
    for (const auto &[key, header] : rememberedHeaders(widget)) {
        if (settings.contains(key))
            header->restoreState(settings.value(key).toByteArray());
    }
}

void PageNavigator::saveHeaders() const
{
    QSettings settings;
    settings.beginGroup(HeaderGroup);
    for (int i = 0; i < m_pages->count(); ++i) {
        for (const auto &[key, header] : rememberedHeaders(m_pages->widget(i)))
            settings.setValue(key, header->saveState());
    }
}
