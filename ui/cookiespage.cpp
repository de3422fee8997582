// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "cookiespage.h"

#include "commands/catalogcommands.h"
#include "commands/catalogedits.h"
#include "commands/cookiecommands.h"
#include "cookiedelegate.h"
#include "cookiedetailspane.h"
#include "document/policydocument.h"
#include "itemmodels/cookiefilterproxy.h"
#include "itemmodels/cookietablemodel.h"
#include "itemmodels/tabulartext.h"
#include "newcategoryprompt.h"
#include "providerdialog.h"

#include <QAction>
#include <QCheckBox>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>
#include <QWindow>

CookiesPage::CookiesPage(PolicyDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_model(new CookieTableModel(document, this)),
      m_proxy(new CookieFilterProxy(this)), m_delegate(new CookieDelegate(m_model, this)),
      m_search(new QLineEdit(this)), m_categoryFilter(new QComboBox(this)),
      m_onlyProblems(new QCheckBox(this)),
      m_count(new QLabel(this)), m_toolBar(new QToolBar(this)), m_view(new CookieGridView(this)),
      m_details(new CookieDetailsPane(m_model, this)), m_splitter(new QSplitter(this)),
      m_columnsMenu(new QMenu(this)), m_detailsAction(new QAction(this)),
      m_addAction(new QAction(this)), m_duplicateAction(new QAction(this)),
      m_removeAction(new QAction(this)), m_clearAction(new QAction(this)),
      m_moveUpAction(new QAction(this)),
      m_moveDownAction(new QAction(this)), m_copyAction(new QAction(this)),
      m_pasteAction(new QAction(this)), m_findAction(new QAction(this)),
      m_searchIndexer(new QTimer(this))
{
    setObjectName(QStringLiteral("cookiesPage"));
    m_proxy->setSourceModel(m_model);

    m_search->setObjectName(QStringLiteral("cookieSearch"));
    m_search->setClearButtonEnabled(true);
    m_categoryFilter->setObjectName(QStringLiteral("cookieCategoryFilter"));
    m_categoryFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_onlyProblems->setObjectName(QStringLiteral("cookieProblemsFilter"));
    m_count->setObjectName(QStringLiteral("cookieCount"));
    m_toolBar->setObjectName(QStringLiteral("cookieToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(16, 16));

    m_view->setObjectName(QStringLiteral("cookieView"));
    m_view->setModel(m_proxy);
    m_view->setItemDelegate(m_delegate);
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    m_view->setTabKeyNavigation(true);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    // The vertical header carries only the findings mark (a coloured dot), so the
    // cells' own warning icons for invalid values keep their place. A fixed width:
    // the header would otherwise size itself from the rows it samples.
    m_view->verticalHeader()->setFixedWidth(22);
    // Every row the same height: the view then never measures rows while
    // scrolling, whatever the number of cookies.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_view->horizontalHeader()->setSectionsMovable(false);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    // Document order until a header is clicked; a third click returns to it.
    m_view->horizontalHeader()->setSortIndicatorClearable(true);
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    m_view->installEventFilter(this);
    setInitialColumnWidths();

    const auto setUp = [this](QAction *action, const QString &name, const QString &icon,
                              const QKeySequence &shortcut, void (CookiesPage::*slot)()) {
        action->setObjectName(name);
        action->setIcon(QIcon::fromTheme(icon));
        action->setShortcut(shortcut);
        // Only while the grid itself has the focus: Ctrl+C in the search box or in
        // a cell editor stays theirs.
        action->setShortcutContext(Qt::WidgetShortcut);
        m_view->addAction(action);
        connect(action, &QAction::triggered, this, slot);
    };
    setUp(m_addAction, QStringLiteral("addCookieAction"), QStringLiteral("list-add"),
          QKeySequence(Qt::Key_Insert), &CookiesPage::addCookie);
    setUp(m_duplicateAction, QStringLiteral("duplicateCookieAction"), QStringLiteral("edit-copy"),
          QKeySequence(Qt::CTRL | Qt::Key_D), &CookiesPage::duplicateSelected);
    // Delete empties cells, as in a spreadsheet; removing whole cookies takes Ctrl+Delete.
    setUp(m_removeAction, QStringLiteral("removeCookieAction"), QStringLiteral("list-remove"),
          QKeySequence(Qt::CTRL | Qt::Key_Delete), &CookiesPage::removeSelected);
    setUp(m_clearAction, QStringLiteral("clearCellsAction"), QStringLiteral("edit-clear"),
          QKeySequence::Delete, &CookiesPage::clearSelectedCells);
    setUp(m_moveUpAction, QStringLiteral("moveCookieUpAction"), QStringLiteral("go-up"),
          QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Up), &CookiesPage::moveSelectedUp);
    setUp(m_moveDownAction, QStringLiteral("moveCookieDownAction"), QStringLiteral("go-down"),
          QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Down), &CookiesPage::moveSelectedDown);
    setUp(m_copyAction, QStringLiteral("copyCookiesAction"), QStringLiteral("edit-copy"),
          QKeySequence::Copy, &CookiesPage::copySelection);
    setUp(m_pasteAction, QStringLiteral("pasteCookiesAction"), QStringLiteral("edit-paste"),
          QKeySequence::Paste, &CookiesPage::paste);
    m_findAction->setObjectName(QStringLiteral("findCookieAction"));
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_findAction);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    m_toolBar->addAction(m_addAction);
    m_toolBar->addAction(m_duplicateAction);
    m_toolBar->addAction(m_removeAction);
    m_detailsAction->setObjectName(QStringLiteral("cookieDetailsAction"));
    m_detailsAction->setCheckable(true);
    m_detailsAction->setChecked(QSettings().value(QStringLiteral("cookies/detailsShown"), true).toBool());
    m_detailsAction->setIcon(QIcon::fromTheme(QStringLiteral("document-properties")));
    m_toolBar->addAction(m_detailsAction);
    connect(m_detailsAction, &QAction::toggled, this, [this](bool shown) {
        m_details->setVisible(shown);
        QSettings().setValue(QStringLiteral("cookies/detailsShown"), shown);
    });

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_categoryFilter);
    filters->addWidget(m_onlyProblems);
    filters->addWidget(m_count);
    filters->addStretch();
    filters->addWidget(m_toolBar);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(filters);
    m_splitter->setObjectName(QStringLiteral("cookieSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 0);
    m_details->setVisible(m_detailsAction->isChecked());
    layout->addWidget(m_splitter, 1);

    // The details pane shows the current cookie.
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                m_details->setRow(current.isValid() ? m_proxy->mapToSource(current).row() : -1);
            });
    // Optional columns: the header's context menu shows and hides them.
    m_columnsMenu->setObjectName(QStringLiteral("cookieColumnsMenu"));
    m_view->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view->horizontalHeader(), &QWidget::customContextMenuRequested, this,
            [this](const QPoint &position) {
                rebuildColumnsMenu();
                m_columnsMenu->popup(m_view->horizontalHeader()->mapToGlobal(position));
            });
    restoreColumns();
    // Rows dragged to a new place move as Move Up/Down moves them, in document order.
    m_view->setDropAllowed([this] { return m_proxy->sortColumn() < 0; });
    connect(m_view, &CookieGridView::rowsDropped, this, &CookiesPage::moveSelectedTo);
    m_view->viewport()->installEventFilter(this);
    setFocusProxy(m_view);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &CookieFilterProxy::setSearchText);
    connect(m_categoryFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setCategoryFilter(m_categoryFilter->currentData().toString()); });
    connect(m_onlyProblems, &QCheckBox::toggled, m_proxy,
            &CookieFilterProxy::setOnlyRowsWithFindings);
    connect(m_model, &CookieTableModel::rowSeveritiesChanged, this, &CookiesPage::updateCount);
    connect(m_document, &PolicyDocument::categoriesChanged, this,
            &CookiesPage::rebuildCategoryFilter);
    connect(m_document, &PolicyDocument::policyReset, this, &CookiesPage::rebuildCategoryFilter);
    connect(m_document, &PolicyDocument::policyReset, this, &CookiesPage::setInitialColumnWidths);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &CookiesPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &CookiesPage::updateCount);
    // The proxy takes rows out before the model has (on rowsAboutToBeRemoved): counted
    // then, "5 of 6 cookies" read as if a filter hid one. Count again once they are gone.
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &CookiesPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &CookiesPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &CookiesPage::updateCount);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CookiesPage::updateActions);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &CookiesPage::updateActions);
    connect(m_view->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            &CookiesPage::updateActions);
    // Leaving the row being typed lets its findings show.
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (m_cookieInProgress >= 0 &&
                    (!current.isValid() || m_proxy->mapToSource(current).row() != m_cookieInProgress))
                    setCookieInProgress(-1);
            });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { setCookieInProgress(-1); });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, [this] { setCookieInProgress(-1); });
    // The name editor's suggestion list is a popup window. Some window systems
    // (the offscreen one among them) hand it the activation and do not give it
    // back when it hides, so the grid would lose the keyboard once the editor and
    // its popup are gone. Ask for it again when an editor closes: queued, so it
    // comes after a pending activation of the popup; a no-op for an active window.
    connect(m_delegate, &QAbstractItemDelegate::closeEditor, this, [this] {
        QWindow *handle = window()->windowHandle();
        if (handle && m_view->isVisible())
            handle->requestActivate();
    });
    // Queued: the provider editor is closing when it asks.
    connect(m_delegate, &CookieDelegate::newProviderRequested, this,
            &CookiesPage::createNewProvider, Qt::QueuedConnection);
    connect(m_delegate, &CookieDelegate::newCategoryRequested, this,
            &CookiesPage::createNewCategory, Qt::QueuedConnection);

    // The search index and the sort order of every column of a large inventory are
    // built a slice at a time while the person reads, instead of on the first
    // keystroke or header click; again after changes that outdate them (a slice
    // with nothing to do is a few lookups).
    m_searchIndexer->setInterval(0);
    connect(m_searchIndexer, &QTimer::timeout, this, [this] {
        if (m_proxy->prepare(2000))
            m_searchIndexer->stop();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &CookiesPage::prepareSearchWhenIdle);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &CookiesPage::prepareSearchWhenIdle);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &CookiesPage::prepareSearchWhenIdle);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &CookiesPage::prepareSearchWhenIdle);
    connect(m_model, &QAbstractItemModel::rowsMoved, this, &CookiesPage::prepareSearchWhenIdle);

    retranslateUi();
    rebuildCategoryFilter();
    updateCount();
    updateActions();
    prepareSearchWhenIdle();
}

CookiesPage::~CookiesPage()
{
    // An editor still open closes while the children are destroyed, after this
    // object has stopped being a CookiesPage: its signals must not reach it then.
    m_delegate->disconnect(this);
}

void CookiesPage::prepareSearchWhenIdle()
{
    m_searchIndexer->start();
}

QList<QAction *> CookiesPage::editActions() const
{
    return {m_addAction,    m_duplicateAction, m_removeAction, m_clearAction,
            m_moveUpAction, m_moveDownAction,  m_copyAction,   m_pasteAction};
}

void CookiesPage::setInitialColumnWidths()
{
    // Wide enough for the content (the view samples at most 1000 rows, so this
    // stays cheap for large inventories), within limits in average characters so
    // that one long purpose does not push the other columns out of sight.
    static constexpr int limits[CookieTableModel::ColumnCount] = {26, 30, 28, 50, 24, 14, 28, 14,
                                                                  18, 22, 24, 16, 12, 12, 12, 18};
    const int character = fontMetrics().averageCharWidth();
    for (int column = 0; column < CookieTableModel::ColumnCount; ++column) {
        const int content =
            std::max(static_cast<QAbstractItemView *>(m_view)->sizeHintForColumn(column),
                     m_view->horizontalHeader()->sectionSizeHint(column));
        m_view->setColumnWidth(column, std::min(content + 8, limits[column] * character));
    }
}

void CookiesPage::setEditLanguage(const QString &language)
{
    m_model->setEditLanguage(language);
    rebuildCategoryFilter();
}

void CookiesPage::setKnownCookies(const KnownCookies *database)
{
    m_delegate->setKnownCookies(database);
}

void CookiesPage::setRowSeverities(const QHash<qsizetype, Severity> &severities)
{
    m_model->setRowSeverities(severities);
}

void CookiesPage::rebuildCategoryFilter()
{
    const QString current = m_categoryFilter->currentData().toString();
    const QSignalBlocker blocker(m_categoryFilter);
    m_categoryFilter->clear();
    m_categoryFilter->addItem(tr("All categories"), QString());
    const Policy &policy = m_document->policy();
    for (const Category &category : policy.categories) {
        const QString name = policy.text(category.name, m_model->editLanguage());
        m_categoryFilter->addItem(name.isEmpty() ? category.id : name, category.id);
    }
    const int index = m_categoryFilter->findData(current);
    m_categoryFilter->setCurrentIndex(index >= 0 ? index : 0);
    // The filtered category may have been removed or renamed.
    m_proxy->setCategoryFilter(m_categoryFilter->currentData().toString());
}

void CookiesPage::updateCount()
{
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    m_count->setText(shown == total ? tr("%n cookie(s)", nullptr, total)
                                    : tr("%1 of %n cookie(s)", nullptr, total).arg(shown));
}

void CookiesPage::updateActions()
{
    const bool selected = m_view->selectionModel()->hasSelection() ||
                          m_view->selectionModel()->currentIndex().isValid();
    m_removeAction->setEnabled(selected);
    m_clearAction->setEnabled(selected);
    m_duplicateAction->setEnabled(selected);
    m_copyAction->setEnabled(m_view->selectionModel()->hasSelection());
    // Moving rows means something only in the document's own order.
    const bool documentOrder = m_proxy->sortColumn() < 0;
    m_moveUpAction->setEnabled(selected && documentOrder);
    m_moveDownAction->setEnabled(selected && documentOrder);
}

QList<int> CookiesPage::selectedSourceRows() const
{
    QList<int> rows;
    QModelIndexList indexes = m_view->selectionModel()->selectedIndexes();
    if (indexes.isEmpty() && m_view->currentIndex().isValid())
        indexes.append(m_view->currentIndex());
    for (const QModelIndex &index : std::as_const(indexes))
        rows.append(m_proxy->mapToSource(index).row());
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    return rows;
}

void CookiesPage::showCookie(int sourceRow, int column)
{
    QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, column));
    if (!index.isValid()) {
        m_search->clear();
        m_categoryFilter->setCurrentIndex(0);
        m_onlyProblems->setChecked(false);
        index = m_proxy->mapFromSource(m_model->index(sourceRow, column));
    }
    if (!index.isValid())
        return;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    m_view->setFocus(Qt::OtherFocusReason);
}

void CookiesPage::addCookie()
{
    const QModelIndex current = m_view->currentIndex();
    const int row =
        current.isValid() ? m_proxy->mapToSource(current).row() + 1 : m_model->rowCount();
    m_model->addCookie(row);
    showCookie(row, CookieTableModel::NameColumn);
    setCookieInProgress(row);
    m_view->edit(m_view->currentIndex());
}

void CookiesPage::setCookieInProgress(qsizetype row)
{
    if (row == m_cookieInProgress)
        return;
    m_cookieInProgress = row;
    emit cookieInProgressChanged(row);
}

void CookiesPage::removeSelected()
{
    const QList<int> rows = selectedSourceRows();
    if (rows.isEmpty())
        return;
    const int proxyRow = m_view->currentIndex().row();
    const int column = std::max(0, m_view->currentIndex().column());
    m_model->removeCookies(rows);
    // Stay where the person was, on the row that took the place of the removed one.
    const int next = std::min(proxyRow, m_proxy->rowCount() - 1);
    if (next >= 0)
        m_view->setCurrentIndex(m_proxy->index(next, column));
    emit statusMessage(tr("Removed %n cookie(s)", nullptr, int(rows.size())));
}

void CookiesPage::clearSelectedCells()
{
    QModelIndexList indexes = m_view->selectionModel()->selectedIndexes();
    if (indexes.isEmpty() && m_view->currentIndex().isValid())
        indexes << m_view->currentIndex();
    QList<std::pair<int, int>> cells;
    for (const QModelIndex &index : std::as_const(indexes)) {
        const QModelIndex source = m_proxy->mapToSource(index);
        cells.append({source.row(), source.column()});
    }
    const int changed = m_model->clearCells(cells);
    if (changed == 0 && !cells.isEmpty())
        emit statusMessage(tr("Party, storage and legal basis always hold a value: choose "
                              "another one in the cell. To remove cookies, press %1.")
                               .arg(m_removeAction->shortcut().toString(QKeySequence::NativeText)));
}

void CookiesPage::duplicateSelected()
{
    const QList<int> rows = selectedSourceRows();
    if (rows.isEmpty())
        return;
    m_model->duplicateCookies(rows);
    showCookie(rows.constLast() + 1, std::max(0, m_view->currentIndex().column()));
}

void CookiesPage::moveSelected(int direction)
{
    const QList<int> rows = selectedSourceRows();
    if (rows.isEmpty() || m_proxy->sortColumn() >= 0)
        return;
    const int first = rows.constFirst();
    const int count = rows.constLast() - first + 1;
    if (count != rows.size())
        return; // only a contiguous block moves
    if ((direction < 0 && first == 0) || (direction > 0 && first + count >= m_model->rowCount()))
        return;
    moveBlock(first, count, direction < 0 ? first - 1 : first + count + 1);
}

void CookiesPage::moveBlock(int first, int count, int to)
{
    const int column = std::max(0, m_view->currentIndex().column());
    m_document->undoStack()->push(new MoveCookiesCommand(m_document, first, count, to));
    const int newFirst = to < first ? to : to - count;
    QItemSelection selection;
    selection.select(m_proxy->mapFromSource(m_model->index(newFirst, 0)),
                     m_proxy->mapFromSource(
                         m_model->index(newFirst + count - 1, CookieTableModel::ColumnCount - 1)));
    m_view->setCurrentIndex(m_proxy->mapFromSource(m_model->index(newFirst, column)));
    m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
}

void CookiesPage::moveSelectedUp()
{
    moveSelected(-1);
}

void CookiesPage::moveSelectedDown()
{
    moveSelected(1);
}

void CookiesPage::copySelection()
{
    const QList<QStringList> cells = m_view->selectedCells();
    if (cells.isEmpty())
        return;
    QGuiApplication::clipboard()->setMimeData(TabularText::mimeData(cells));
    emit statusMessage(tr("Copied %n row(s)", nullptr, int(cells.size())));
}

void CookiesPage::paste()
{
    const QList<QStringList> block =
        TabularText::fromMimeData(QGuiApplication::clipboard()->mimeData());
    if (block.isEmpty())
        return;
    QHeaderView *header = m_view->horizontalHeader();
    const QModelIndex current = m_view->currentIndex();
    // Whole rows selected (from the row header, or Shift+Space): the block becomes
    // new cookies there, as a spreadsheet's "insert copied cells" does.
    const QModelIndexList wholeRows = m_view->selectionModel()->selectedRows();
    const bool insertRows = !wholeRows.isEmpty() || !current.isValid();
    // The cells go into the columns as the person sees them: visible ones, in
    // their visual order, from the current one (the first one for whole rows).
    const auto visibleColumnsFrom = [header](int firstVisual) {
        QList<int> visible;
        for (int visual = firstVisual; visual < header->count(); ++visual) {
            const int column = header->logicalIndex(visual);
            if (!header->isSectionHidden(column))
                visible.append(column);
        }
        return visible;
    };
    const QList<int> columns = visibleColumnsFrom(insertRows ? 0 : header->visualIndex(current.column()));
    if (insertRows) {
        int insertAt = m_model->rowCount(); // below the last row
        for (const QModelIndex &row : wholeRows)
            insertAt = std::min(insertAt, m_proxy->mapToSource(row).row());
        const int written = m_model->pasteBlock({}, columns, block, insertAt);
        QItemSelection selection;
        for (int row = insertAt; row < insertAt + written; ++row) {
            const QModelIndex first = m_proxy->mapFromSource(m_model->index(row, 0));
            const QModelIndex last =
                m_proxy->mapFromSource(m_model->index(row, CookieTableModel::ColumnCount - 1));
            if (first.isValid())
                selection.select(first, last);
        }
        const QModelIndex first = m_proxy->mapFromSource(m_model->index(insertAt, columns.value(0)));
        if (first.isValid()) {
            m_view->setCurrentIndex(first);
            m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
            m_view->scrollTo(first);
        }
        emit statusMessage(tr("Inserted %n pasted cookie(s)", nullptr, written));
        return;
    }
    // The block goes down the rows as the person sees them (sorted, filtered);
    // what does not fit becomes new rows.
    QList<int> rows;
    for (int row = current.row(); row < m_proxy->rowCount() && rows.size() < block.size(); ++row)
        rows.append(m_proxy->mapToSource(m_proxy->index(row, 0)).row());
    // One cell pasted into one cell is an edit; more than that over existing
    // cookies may undo someone's work: ask first.
    const bool manyCells = block.size() > 1 || block.constFirst().size() > 1;
    if (manyCells && !rows.isEmpty()) {
        switch (askPasteOver(int(std::min(rows.size(), block.size())))) {
        case PasteChoice::Cancel:
            return;
        case PasteChoice::Insert: {
            // Below the current row, as the Insert key adds one.
            const int insertAt = m_proxy->mapToSource(current).row() + 1;
            const QList<int> all = visibleColumnsFrom(0);
            // Rows copied whole fill whole rows; a narrower block keeps its column.
            const QList<int> &into = block.constFirst().size() >= all.size() ? all : columns;
            const int written = m_model->pasteBlock({}, into, block, insertAt);
            const QModelIndex first = m_proxy->mapFromSource(m_model->index(insertAt, into.value(0)));
            if (first.isValid())
                m_view->setCurrentIndex(first);
            emit statusMessage(tr("Inserted %n pasted cookie(s)", nullptr, written));
            return;
        }
        case PasteChoice::Replace:
            break;
        }
    }
    const int firstSource = rows.isEmpty() ? m_model->rowCount() : rows.constFirst();
    const int written = m_model->pasteBlock(rows, columns, block);
    // A large paste resets the view; put the person back on the first pasted cell.
    const QModelIndex first = m_proxy->mapFromSource(m_model->index(firstSource, current.column()));
    if (first.isValid())
        m_view->setCurrentIndex(first);
    emit statusMessage(tr("Pasted %n row(s)", nullptr, written));
}

CookiesPage::PasteChoice CookiesPage::askPasteOver(int cookies)
{
    if (m_pasteQuestion)
        return m_pasteQuestion(cookies);
    QMessageBox box(QMessageBox::Question, tr("Paste"),
                    tr("The pasted cells would replace what %n cookie(s) hold.", nullptr, cookies),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("pasteOverQuestion"));
    box.setInformativeText(tr("Replace their cells, or insert the pasted rows as new cookies?"));
    QPushButton *replace = box.addButton(tr("&Replace"), QMessageBox::DestructiveRole);
    QPushButton *insert = box.addButton(tr("&Insert as New Cookies"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(insert);
    box.exec();
    if (box.clickedButton() == replace)
        return PasteChoice::Replace;
    if (box.clickedButton() == insert)
        return PasteChoice::Insert;
    return PasteChoice::Cancel;
}

QString CookiesPage::hiddenColumnsKey()
{
    return QStringLiteral("cookies/hiddenColumns");
}

void CookiesPage::restoreColumns()
{
    // By default the grid shows what the charter publishes; the browser's attributes
    // wait in the details pane until someone asks for their columns.
    const QStringList defaults = {QStringLiteral("match"),    QStringLiteral("path"),
                                  QStringLiteral("secure"),   QStringLiteral("httpOnly"),
                                  QStringLiteral("sameSite"), QStringLiteral("dataRetention")};
    const QStringList hidden = QSettings().value(hiddenColumnsKey(), defaults).toStringList();
    for (int column = 0; column < CookieTableModel::ColumnCount; ++column) {
        const QString field = CookieTableModel::fieldName(CookieTableModel::Column(column));
        m_view->setColumnHidden(column, column != CookieTableModel::NameColumn && hidden.contains(field));
    }
    searchVisibleColumns();
}

void CookiesPage::searchVisibleColumns()
{
    QList<int> visible;
    for (int column = 0; column < CookieTableModel::ColumnCount; ++column) {
        if (!m_view->isColumnHidden(column))
            visible << column;
    }
    m_proxy->setSearchedColumns(visible);
}

void CookiesPage::setColumnShown(int column, bool shown)
{
    m_view->setColumnHidden(column, !shown);
    if (shown && m_view->columnWidth(column) < 20)
        m_view->resizeColumnToContents(column);
    QStringList hidden;
    for (int other = 0; other < CookieTableModel::ColumnCount; ++other) {
        if (m_view->isColumnHidden(other))
            hidden << CookieTableModel::fieldName(CookieTableModel::Column(other));
    }
    QSettings().setValue(hiddenColumnsKey(), hidden);
    searchVisibleColumns();
}

void CookiesPage::rebuildColumnsMenu()
{
    m_columnsMenu->clear();
    m_columnsMenu->setTitle(tr("Columns"));
    for (int column = 0; column < CookieTableModel::ColumnCount; ++column) {
        QAction *action = m_columnsMenu->addAction(
            m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
        action->setObjectName(QStringLiteral("showColumn_") +
                              CookieTableModel::fieldName(CookieTableModel::Column(column)));
        action->setCheckable(true);
        action->setChecked(!m_view->isColumnHidden(column));
        // The name says which cookie a row is: it always shows.
        action->setEnabled(column != CookieTableModel::NameColumn);
        connect(action, &QAction::toggled, this,
                [this, column](bool shown) { setColumnShown(column, shown); });
    }
}

void CookiesPage::moveSelectedTo(int viewRow)
{
    const QList<int> rows = selectedSourceRows();
    if (rows.isEmpty() || m_proxy->sortColumn() >= 0)
        return;
    const int first = rows.constFirst();
    const int count = rows.constLast() - first + 1;
    if (count != rows.size()) {
        emit statusMessage(tr("Only rows next to each other can be moved together."));
        return;
    }
    // The view row is the document's once no sort applies; a filter hides rows,
    // so the place is the row shown there, or after the last one shown.
    int to = m_model->rowCount();
    if (viewRow < m_proxy->rowCount())
        to = m_proxy->mapToSource(m_proxy->index(viewRow, 0)).row();
    else if (m_proxy->rowCount() > 0)
        to = m_proxy->mapToSource(m_proxy->index(m_proxy->rowCount() - 1, 0)).row() + 1;
    if (to >= first && to <= first + count)
        return; // dropped onto itself
    moveBlock(first, count, to);
    emit statusMessage(tr("Moved %n cookie(s)", nullptr, count));
}

void CookiesPage::showCookieField(int sourceRow, const QString &field)
{
    const CookieTableModel::Column column = CookieTableModel::columnForField(field);
    showCookie(sourceRow, m_view->isColumnHidden(column) ? CookieTableModel::NameColumn : column);
    if (!m_view->currentIndex().isValid())
        return;
    m_details->setRow(sourceRow);
    if (!m_detailsAction->isChecked())
        m_detailsAction->setChecked(true);
    m_details->focusField(column);
}

void CookiesPage::createNewProvider(const QPersistentModelIndex &index, const QString &typedName)
{
    ProviderDialog dialog(m_document->policy().providers, this);
    dialog.setName(typedName);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Provider provider = dialog.provider();
    const qsizetype row = index.isValid() ? m_proxy->mapToSource(index).row() : -1;
    m_document->undoStack()->push(
        CatalogEdits::appendForCookieCommand(m_document, provider, row));
}

void CookiesPage::createNewCategory(const QPersistentModelIndex &index)
{
    const std::optional<Category> category =
        askForNewCategory(this, m_document->policy(), m_model->editLanguage());
    if (!category)
        return;
    const qsizetype row = index.isValid() ? m_proxy->mapToSource(index).row() : -1;
    m_document->undoStack()->push(CatalogEdits::appendForCookieCommand(m_document, *category, row));
}

bool CookiesPage::eventFilter(QObject *watched, QEvent *event)
{
    // A click below the last row leaves no cell current: Insert and Ctrl+V then add
    // at the end, as in a spreadsheet's first empty row.
    if (watched == m_view->viewport() && event->type() == QEvent::MouseButtonPress) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (!m_view->indexAt(mouse->position().toPoint()).isValid()) {
            m_view->setFocus(Qt::MouseFocusReason);
            m_view->selectionModel()->clear();
            return true;
        }
    }
    // Enter edits, as F2 does: on Linux and Windows views leave Enter to dialogs.
    // Only when the grid itself has the focus, not an open editor's key bubbling up.
    if (watched == m_view && event->type() == QEvent::KeyPress &&
        QApplication::focusWidget() == m_view) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            key->modifiers() == Qt::NoModifier && m_view->currentIndex().isValid()) {
            m_view->edit(m_view->currentIndex());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CookiesPage::retranslateUi()
{
    m_search->setPlaceholderText(tr("Search cookies (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search cookies"));
    m_search->setToolTip(tr("Shows the cookies whose shown columns contain the text"));
    // Room for the whole placeholder beside the clear button, in every language.
    m_search->setMinimumWidth(m_search->fontMetrics().horizontalAdvance(m_search->placeholderText()) +
                              m_search->sizeHint().height() + 16);
    m_categoryFilter->setAccessibleName(tr("Show category"));
    m_categoryFilter->setToolTip(tr("Show the cookies of one category"));
    m_onlyProblems->setText(tr("Only rows with problems"));
    m_onlyProblems->setToolTip(
        tr("Show only the cookies the last check found errors, warnings or remarks on"));
    if (m_categoryFilter->count() > 0)
        m_categoryFilter->setItemText(0, tr("All categories"));
    m_view->setAccessibleName(tr("Cookies"));
    m_toolBar->setAccessibleName(tr("Cookie actions"));
    m_addAction->setText(tr("&Add Cookie"));
    m_addAction->setToolTip(tr("Add a cookie below the current row (Insert)"));
    m_duplicateAction->setText(tr("D&uplicate"));
    m_duplicateAction->setToolTip(tr("Duplicate the selected cookies (Ctrl+D)"));
    m_removeAction->setText(tr("&Remove"));
    m_removeAction->setToolTip(tr("Remove the selected cookies (%1)")
                                   .arg(m_removeAction->shortcut().toString(QKeySequence::NativeText)));
    m_clearAction->setText(tr("C&lear Cells"));
    m_clearAction->setToolTip(tr("Empty the selected cells (Delete)"));
    m_moveUpAction->setText(tr("Move &Up"));
    m_moveDownAction->setText(tr("Move &Down"));
    m_copyAction->setText(tr("&Copy Cells"));
    m_pasteAction->setText(tr("&Paste Cells"));
    m_findAction->setText(tr("&Find Cookie"));
    m_detailsAction->setText(tr("Deta&ils"));
    m_detailsAction->setToolTip(tr("Show every field of the current cookie beside the grid"));
    updateCount();
}

void CookiesPage::showEvent(QShowEvent *event)
{
    // The window restores its tables' saved header layouts before it shows; a layout
    // saved before the optional columns existed would show them all. The columns
    // chosen here are the ones remembered.
    if (!m_shownOnce) {
        m_shownOnce = true;
        restoreColumns();
    }
    QWidget::showEvent(event);
}

void CookiesPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        m_model->retranslate();
    }
    QWidget::changeEvent(event);
}
