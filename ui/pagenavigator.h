// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include <QIcon>
#include <QObject>
#include <QStringList>

class QListWidget;
class QListWidgetItem;
class QStackedWidget;
class QStyle;
class QWidget;
struct FindingPlace;

// The window's pages: the navigation list on the left and the stack of pages it
// switches, kept in step. Pages are registered under a stable id; the standard ids
// keep their order (standardPageIds) whatever order they arrive in and take their
// translated title from here, so a later feature can replace a page without knowing
// where it goes. Also goes to the place a finding names (page, then row or cell) and
// remembers the column layout of the pages' tables.
class PageNavigator : public QObject
{
    Q_OBJECT

public:
    // Both widgets belong to the window, which lays them out.
    PageNavigator(QListWidget *navigation, QStackedWidget *pages, QObject *parent = nullptr);

    static QStringList standardPageIds();
    // The translated navigation title of a standard page ("Cookies"), else empty.
    static QString standardPageTitle(const QString &id);
    // Its icon: the desktop theme's, else the style's.
    static QIcon standardPageIcon(const QString &id, const QStyle *style);

    // Adds page under id. A standard id takes its place in the standard order,
    // other ids go after them in the order added. Takes ownership. Adding an id
    // that exists replaces that page (see setPage).
    void addPage(const QString &id, const QString &title, const QIcon &icon, QWidget *page);
    // Puts page under id: replaces (and deletes) the page already there, keeping its
    // title and icon, or adds it with the standard title when id is new.
    void setPage(const QString &id, QWidget *page);
    QWidget *page(const QString &id) const;
    QStringList pageIds() const; // in navigation order
    QString pageTitle(const QString &id) const;
    QString currentPageId() const;
    void showPage(const QString &id);

    // Shows the page of place and, when it names one, its row, cell or section.
    void showPlace(const FindingPlace &place);

    // Standard titles again, in the interface language now installed.
    void retranslate();

    // Column layouts of the pages' named tables and trees, in QSettings. After
    // restoreHeaders, pages added later get their remembered layout too.
    void restoreHeaders();
    void saveHeaders() const;

signals:
    void currentPageChanged(const QString &id);
    // A page was added or retitled: menus listing the pages are out of date.
    void pagesChanged();

private:
    QListWidgetItem *navigationItem(const QString &id) const;
    void place(const QString &id, QWidget *page, const QString &accessibleName);
    static void restoreHeaders(QWidget *page);

    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    bool m_headersRestored = false;
};
