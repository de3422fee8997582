// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
// The grid's sorting and filtering proxy against a plain reference: for every
// state reached (sorted by any column either way, searched, one category, only
// rows with findings, after edits, inserts, removals and moves of the document),
// the rows shown and their order must be those the reference computes, and
// indexes must map both ways.

#include "bench/policygenerator.h"
#include "commands/cookiecommands.h"
#include "document/policydocument.h"
#include "document/textfolding.h"
#include "format/templates.h"
#include "itemmodels/cookiefilterproxy.h"
#include "itemmodels/cookietablemodel.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

class TestCookieFilterProxy : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void orderMatchesReference_data();
    void orderMatchesReference();
    void preparationIsSlicedAndRanksEveryColumn();
    void sortBeforeTheSearchTextsAreAllBuilt();
    void searchNarrowsAndWidens();
    void categoryAndFindingsFilters();
    void editMovesRowAndKeepsPersistentIndex();
    void editHidesAndShowsRows();
    void sourceInsertsAndRemovesAreRowSignals();
    void documentMovesFollow();
    void selectionFollowsSortAndFilter();
    void resetForgetsPreparation();
    void headersFollowRows();
    void sourceDestroyed();

private:
    void useGenerated(int count);
    QList<int> shown() const;
    QList<int> expected() const;
    void verifyMatchesReference();

    PolicyDocument *m_document = nullptr;
    CookieTableModel *m_model = nullptr;
    CookieFilterProxy *m_proxy = nullptr;
};

void TestCookieFilterProxy::init()
{
    m_document = new PolicyDocument(*Templates::load(QStringLiteral("typical")), this);
    m_model = new CookieTableModel(m_document, this);
    m_proxy = new CookieFilterProxy(this);
    m_proxy->setSourceModel(m_model);
}

void TestCookieFilterProxy::cleanup()
{
    delete m_proxy;
    delete m_model;
    delete m_document;
    m_proxy = nullptr;
    m_model = nullptr;
    m_document = nullptr;
}

void TestCookieFilterProxy::useGenerated(int count)
{
    m_document->resetPolicy(PolicyGenerator::generate(count, 11));
    QCOMPARE(m_model->rowCount(), count);
}

// The source rows shown, in display order, checking the mapping both ways.
QList<int> TestCookieFilterProxy::shown() const
{
    QList<int> rows;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, CookieTableModel::DomainColumn);
        const QModelIndex source = m_proxy->mapToSource(index);
        if (!source.isValid() || source.column() != CookieTableModel::DomainColumn ||
            m_proxy->mapFromSource(source) != index)
            return {-1}; // a broken mapping never equals a reference
        rows.append(source.row());
    }
    // Rows not shown map to nothing.
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (!rows.contains(row) && m_proxy->mapFromSource(m_model->index(row, 0)).isValid())
            return {-2};
    }
    return rows;
}

// What the proxy should show: the rows passing every filter, stably sorted by
// the column's key (ties in document order both ways).
QList<int> TestCookieFilterProxy::expected() const
{
    const auto cellText = [this](int row, int column) {
        return TextFolding::searchKey(m_model->index(row, column).data().toString());
    };
    const QStringList terms = TextFolding::searchKey(m_proxy->searchText())
                                  .split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    QList<int> rows;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_proxy->onlyRowsWithFindings() && !m_model->hasFinding(row))
            continue;
        if (!m_proxy->categoryFilter().isEmpty() &&
            m_model->index(row, CookieTableModel::CategoryColumn).data(Qt::EditRole) !=
                m_proxy->categoryFilter())
            continue;
        const bool found = std::all_of(terms.cbegin(), terms.cend(), [&](const QString &term) {
            for (int column = 0; column < CookieTableModel::ColumnCount; ++column) {
                if (cellText(row, column).contains(term))
                    return true;
            }
            return false;
        });
        if (found)
            rows.append(row);
    }
    const int column = m_proxy->sortColumn();
    if (column < 0)
        return rows;
    QList<QString> texts(m_model->rowCount());
    QList<qint64> numbers(m_model->rowCount());
    for (const int row : std::as_const(rows)) {
        if (column == CookieTableModel::LifetimeColumn)
            numbers[row] =
                m_model->index(row, column).data(CookieTableModel::SortRole).toLongLong();
        else
            texts[row] = cellText(row, column);
    }
    const auto keyLess = [&](int left, int right) {
        if (column == CookieTableModel::LifetimeColumn)
            return numbers[left] < numbers[right];
        return texts[left] < texts[right];
    };
    if (m_proxy->sortOrder() == Qt::AscendingOrder)
        std::stable_sort(rows.begin(), rows.end(), keyLess);
    else
        std::stable_sort(rows.begin(), rows.end(),
                         [&keyLess](int left, int right) { return keyLess(right, left); });
    return rows;
}

void TestCookieFilterProxy::verifyMatchesReference()
{
    const QList<int> rows = shown();
    const QList<int> wanted = expected();
    if (rows != wanted) {
        qWarning("sorted by %d (%d), searching '%s': %lld rows shown, %lld expected",
                 m_proxy->sortColumn(), int(m_proxy->sortOrder()),
                 qPrintable(m_proxy->searchText()), qlonglong(rows.size()),
                 qlonglong(wanted.size()));
    }
    QCOMPARE(rows, wanted);
}

void TestCookieFilterProxy::orderMatchesReference_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<bool>("preparedWhenIdle");
    const QList<int> columns{CookieTableModel::ProviderColumn, CookieTableModel::NameColumn,
                             CookieTableModel::PurposeColumn,  CookieTableModel::LifetimeColumn,
                             CookieTableModel::DomainColumn,   CookieTableModel::BasisColumn};
    for (const int column : columns) {
        for (const bool prepared : {true, false}) {
            for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                const QByteArray name = QByteArray::number(column) +
                                        (order == Qt::AscendingOrder ? " up" : " down") +
                                        (prepared ? " prepared" : " on demand");
                QTest::newRow(name.constData()) << column << order << prepared;
            }
        }
    }
}

void TestCookieFilterProxy::orderMatchesReference()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    QFETCH(bool, preparedWhenIdle);
    // More distinct names than one sorting slice holds, so that slices merge.
    useGenerated(3000);
    QSet<QString> distinct;
    for (int row = 0; row < m_model->rowCount(); ++row)
        distinct.insert(TextFolding::searchKey(
            m_model->index(row, CookieTableModel::NameColumn).data().toString()));
    QVERIFY2(distinct.size() > 2048, QByteArray::number(distinct.size()).constData());
    if (preparedWhenIdle) {
        while (!m_proxy->prepare(700)) {
        }
        QVERIFY(m_proxy->isSortPrepared(column));
    }
    m_proxy->sort(column, order);
    QVERIFY(m_proxy->isSortPrepared(column));
    verifyMatchesReference();

    // Edited rows are placed by key until the column is ranked again.
    QSignalSpy resets(m_proxy, &QAbstractItemModel::modelReset);
    const QStringList names{QStringLiteral("aaa"), QStringLiteral("zzz"), QStringLiteral("Élan"), QStringLiteral("_ga"), QStringLiteral("mmm")};
    for (int i = 0; i < 40; ++i) {
        const int row = (i * 733) % m_model->rowCount();
        QVERIFY(m_model->setData(m_model->index(row, CookieTableModel::NameColumn),
                                 QString(names.at(i % names.size()) + QString::number(i % 3))));
        QVERIFY(m_model->setData(m_model->index(row, CookieTableModel::LifetimeColumn),
                                 i % 2 ? QStringLiteral("13 mois") : QStringLiteral("session")));
        QVERIFY(m_model->setData(m_model->index(row, CookieTableModel::DomainColumn),
                                 QStringLiteral("edited%1.example").arg(i % 4)));
    }
    QCOMPARE(resets.count(), 0);
    verifyMatchesReference();

    // A search over the sorted rows, the other order, then every column.
    m_proxy->setSearchText(QStringLiteral("go"));
    verifyMatchesReference();
    m_proxy->sort(column, order == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder);
    verifyMatchesReference();
    m_proxy->setSearchText(QString());
    for (int other = 0; other < CookieTableModel::ColumnCount; ++other) {
        m_proxy->sort(other, order);
        verifyMatchesReference();
    }
    m_proxy->sort(-1);
    verifyMatchesReference();
}

void TestCookieFilterProxy::preparationIsSlicedAndRanksEveryColumn()
{
    useGenerated(500);
    int slices = 1;
    while (!m_proxy->prepare(200))
        ++slices;
    // The search texts and ten columns of 500 rows cannot fit in a few slices.
    QVERIFY(slices > 10);
    for (int column = 0; column < CookieTableModel::ColumnCount; ++column)
        QVERIFY(m_proxy->isSortPrepared(column));
    QVERIFY(m_proxy->prepare(1)); // nothing left to do

    // An edit costs its row its rank, not the column: the index stays usable.
    m_proxy->sort(CookieTableModel::NameColumn, Qt::AscendingOrder);
    QVERIFY(m_model->setData(m_model->index(3, CookieTableModel::NameColumn), QStringLiteral("0first")));
    QVERIFY(m_proxy->isSortPrepared(CookieTableModel::NameColumn));
    QCOMPARE(m_proxy->mapToSource(m_proxy->index(0, 0)).row(), 3);
    verifyMatchesReference();

    // Once most rows changed (the edit language, a provider renamed), the
    // columns are ranked again, in idle time or on the next sort.
    m_model->setEditLanguage(QStringLiteral("en"));
    QVERIFY(!m_proxy->isSortPrepared(CookieTableModel::PurposeColumn));
    QVERIFY(!m_proxy->prepare(200));
    while (!m_proxy->prepare(200)) {
    }
    QVERIFY(m_proxy->isSortPrepared(CookieTableModel::PurposeColumn));
    m_proxy->sort(CookieTableModel::PurposeColumn, Qt::DescendingOrder);
    verifyMatchesReference();
}

void TestCookieFilterProxy::sortBeforeTheSearchTextsAreAllBuilt()
{
    // Ranks read the texts the search has folded and fold the others: rows
    // sharing a purpose on both sides of that line must still tie.
    useGenerated(600);
    QVERIFY(!m_proxy->prepareSearch(300));
    for (const int column :
         {int(CookieTableModel::PurposeColumn), int(CookieTableModel::ProviderColumn),
          int(CookieTableModel::NameColumn)}) {
        m_proxy->sort(column, Qt::DescendingOrder);
        verifyMatchesReference();
    }
    m_proxy->setSearchText(QStringLiteral("a"));
    verifyMatchesReference();
}

void TestCookieFilterProxy::searchNarrowsAndWidens()
{
    useGenerated(400);
    QAbstractItemModelTester tester(m_proxy,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_proxy->sort(CookieTableModel::NameColumn, Qt::AscendingOrder);
    QSignalSpy layouts(m_proxy, &QAbstractItemModel::layoutChanged);
    QSignalSpy resets(m_proxy, &QAbstractItemModel::modelReset);
    // Typing, a second word, a word that widens again, accents and case, clearing.
    const QStringList typed{QStringLiteral("g"),      QStringLiteral("go"),      QStringLiteral("goo"),   QStringLiteral("goo a"),
                            QStringLiteral("goo au"), QStringLiteral("goo"),     QStringLiteral("o"),     QStringLiteral("MESURE"),
                            QStringLiteral("mésure"), QStringLiteral("no such"), QStringLiteral("ga ga"), QString()};
    for (const QString &text : typed) {
        m_proxy->setSearchText(text);
        QCOMPARE(m_proxy->searchText(), text);
        verifyMatchesReference();
    }
    QVERIFY(m_proxy->rowCount() == m_model->rowCount());
    QCOMPARE(layouts.count(), typed.size());
    QCOMPARE(resets.count(), 0);
}

void TestCookieFilterProxy::categoryAndFindingsFilters()
{
    useGenerated(300);
    QAbstractItemModelTester tester(m_proxy,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_proxy->sort(CookieTableModel::LifetimeColumn, Qt::DescendingOrder);
    const QString category = m_document->policy().categories.at(1).id;
    m_proxy->setCategoryFilter(category);
    QVERIFY(m_proxy->rowCount() > 0 && m_proxy->rowCount() < m_model->rowCount());
    verifyMatchesReference();

    QHash<qsizetype, Severity> marks;
    for (int row = 0; row < m_model->rowCount(); row += 7)
        marks.insert(row, Severity::Warning);
    m_model->setRowSeverities(marks);
    m_proxy->setOnlyRowsWithFindings(true);
    verifyMatchesReference();
    m_proxy->setSearchText(QStringLiteral("e"));
    verifyMatchesReference();
    // A new check marks other rows: the filter follows.
    marks.clear();
    for (int row = 3; row < m_model->rowCount(); row += 5)
        marks.insert(row, Severity::Error);
    m_model->setRowSeverities(marks);
    verifyMatchesReference();
    m_proxy->setCategoryFilter(QString());
    verifyMatchesReference();
    m_proxy->setOnlyRowsWithFindings(false);
    verifyMatchesReference();
    m_proxy->setSearchText(QString());
    QCOMPARE(m_proxy->rowCount(), m_model->rowCount());
}

void TestCookieFilterProxy::editMovesRowAndKeepsPersistentIndex()
{
    QAbstractItemModelTester tester(m_proxy,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_proxy->sort(CookieTableModel::NameColumn, Qt::AscendingOrder);
    const int source = m_proxy->mapToSource(m_proxy->index(0, 0)).row(); // first by name
    const QPersistentModelIndex cell =
        m_proxy->mapFromSource(m_model->index(source, CookieTableModel::NameColumn));
    QVERIFY(cell.isValid());
    QSignalSpy layouts(m_proxy, &QAbstractItemModel::layoutChanged);
    QSignalSpy removed(m_proxy, &QAbstractItemModel::rowsRemoved);
    // Edited through the proxy, as the view's delegate does.
    QVERIFY(m_proxy->setData(cell, QStringLiteral("zzzz_last")));
    QCOMPARE(layouts.count(), 1);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(cell.row(), m_proxy->rowCount() - 1); // it moved, and the index followed
    QCOMPARE(m_proxy->mapToSource(cell).row(), source);
    QCOMPARE(cell.data().toString(), QStringLiteral("zzzz_last"));
    verifyMatchesReference();

    // An edit that keeps the row in place is a plain dataChanged.
    QSignalSpy changed(m_proxy, &QAbstractItemModel::dataChanged);
    QVERIFY(m_proxy->setData(cell.sibling(cell.row(), CookieTableModel::DomainColumn),
                             QStringLiteral("kept.example")));
    QCOMPARE(layouts.count(), 1);
    QVERIFY(changed.count() >= 1);
    QCOMPARE(changed.last().at(0).value<QModelIndex>().row(), cell.row());

    m_document->undoStack()->undo();
    m_document->undoStack()->undo();
    verifyMatchesReference();
    QCOMPARE(m_proxy->mapToSource(cell).row(), source);
}

void TestCookieFilterProxy::editHidesAndShowsRows()
{
    QAbstractItemModelTester tester(m_proxy,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_proxy->sort(CookieTableModel::DomainColumn, Qt::DescendingOrder);
    m_proxy->setSearchText(QStringLiteral("google"));
    verifyMatchesReference();
    const int before = m_proxy->rowCount();
    QVERIFY(before > 1);
    // A hidden row that now matches appears in its place; a shown row that no
    // longer matches goes.
    int hidden = -1;
    for (int row = 0; row < m_model->rowCount() && hidden < 0; ++row) {
        if (!m_proxy->mapFromSource(m_model->index(row, 0)).isValid())
            hidden = row;
    }
    QVERIFY(hidden >= 0);
    QVERIFY(m_model->setData(m_model->index(hidden, CookieTableModel::DomainColumn),
                             QStringLiteral("aa.google.example")));
    QCOMPARE(m_proxy->rowCount(), before + 1);
    QVERIFY(m_proxy->mapFromSource(m_model->index(hidden, 0)).isValid());
    verifyMatchesReference();
    const int shownRow = m_proxy->mapToSource(m_proxy->index(0, 0)).row();
    QPersistentModelIndex gone = m_proxy->index(0, CookieTableModel::NameColumn);
    QVERIFY(
        m_model->setData(m_model->index(shownRow, CookieTableModel::ProviderColumn), QStringLiteral("site")));
    QVERIFY(m_model->setData(m_model->index(shownRow, CookieTableModel::DomainColumn),
                             QStringLiteral("example.org")));
    QVERIFY(m_model->setData(m_model->index(shownRow, CookieTableModel::ServiceColumn),
                             QStringLiteral("Something")));
    QVERIFY(m_model->setData(m_model->index(shownRow, CookieTableModel::PurposeColumn),
                             QStringLiteral("Something")));
    QVERIFY(!m_proxy->mapFromSource(m_model->index(shownRow, 0)).isValid());
    QVERIFY(!gone.isValid());
    verifyMatchesReference();
}

void TestCookieFilterProxy::sourceInsertsAndRemovesAreRowSignals()
{
    useGenerated(200);
    QAbstractItemModelTester tester(m_proxy,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_proxy->sort(CookieTableModel::NameColumn, Qt::AscendingOrder);
    m_proxy->setSearchText(QStringLiteral("_"));
    verifyMatchesReference();
    QSignalSpy inserted(m_proxy, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_proxy, &QAbstractItemModel::rowsRemoved);
    QSignalSpy layouts(m_proxy, &QAbstractItemModel::layoutChanged);
    const QPersistentModelIndex last = m_proxy->index(m_proxy->rowCount() - 1, 0);
    const int lastSource = m_proxy->mapToSource(last).row();

    // Appended rows: two land at the top together, one in the middle, one is
    // filtered out; one insertion per place.
    m_model->pasteBlock({}, CookieTableModel::NameColumn,
                        {{QStringLiteral("__a")}, {QStringLiteral("__b")}, {QStringLiteral("noscore")}, {QStringLiteral("_m_middle")}});
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(layouts.count(), 0);
    verifyMatchesReference();
    QCOMPARE(m_proxy->index(0, CookieTableModel::NameColumn).data().toString(), QStringLiteral("__a"));
    QCOMPARE(m_proxy->index(1, CookieTableModel::NameColumn).data().toString(), QStringLiteral("__b"));
    QCOMPARE(m_proxy->mapToSource(last).row(), lastSource);

    // Rows inserted before others shift the source rows the proxy holds.
    m_model->addCookie(0);
    verifyMatchesReference();
    QCOMPARE(m_proxy->mapToSource(last).row(), lastSource + 1);

    // Removing scattered rows: one removal per run of display rows.
    inserted.clear();
    const QList<int> gone{1, 2, 50, 51, 52, 120};
    m_model->removeCookies(gone);
    QVERIFY(removed.count() >= 1);
    QCOMPARE(layouts.count(), 0);
    verifyMatchesReference();
    m_document->undoStack()->undo();
    QVERIFY(inserted.count() >= 1);
    verifyMatchesReference();
    m_document->undoStack()->undo(); // the added row
    m_document->undoStack()->undo(); // the paste
    QCOMPARE(m_model->rowCount(), 200);
    verifyMatchesReference();
    QCOMPARE(m_proxy->mapToSource(last).row(), lastSource);

    // Thousands of rows at once arrive as a reset and stay sorted and filtered.
    QList<QStringList> block;
    for (int i = 0; i < CookieTableModel::BulkRows + 10; ++i)
        block.append({QStringLiteral("bulk_%1").arg((i * 7919) % 10007)});
    QSignalSpy resets(m_proxy, &QAbstractItemModel::modelReset);
    m_model->pasteBlock({}, CookieTableModel::NameColumn, block);
    QCOMPARE(resets.count(), 1);
    verifyMatchesReference();
}

void TestCookieFilterProxy::documentMovesFollow()
{
    QAbstractItemModelTester tester(m_proxy,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_proxy->setSearchText(QStringLiteral("e"));
    verifyMatchesReference();
    const QPersistentModelIndex first = m_proxy->mapFromSource(m_model->index(1, 0));
    QVERIFY(first.isValid());
    // Rows 1-2 moved below row 4, as "Move down" does in document order.
    m_document->undoStack()->push(new MoveCookiesCommand(m_document, 1, 2, 5));
    verifyMatchesReference();
    QCOMPARE(m_proxy->mapToSource(first).row(), 3);
    m_proxy->sort(CookieTableModel::CategoryColumn, Qt::AscendingOrder);
    m_document->undoStack()->undo(); // ties follow the document order again
    verifyMatchesReference();
    QCOMPARE(m_proxy->mapToSource(first).row(), 1);
    m_proxy->setSearchText(QStringLiteral("o"));
    verifyMatchesReference();
}

void TestCookieFilterProxy::selectionFollowsSortAndFilter()
{
    QItemSelectionModel selection(m_proxy);
    const int source = 2;
    const QModelIndex cell = m_proxy->mapFromSource(m_model->index(source, 1));
    selection.setCurrentIndex(cell, QItemSelectionModel::ClearAndSelect);
    const auto selectedSource = [&]() {
        const QModelIndexList indexes = selection.selectedIndexes();
        return indexes.size() == 1 ? m_proxy->mapToSource(indexes.first()).row() : -1;
    };
    for (int column = 0; column < CookieTableModel::ColumnCount; ++column) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            m_proxy->sort(column, order);
            QCOMPARE(selectedSource(), source);
            QCOMPARE(m_proxy->mapToSource(selection.currentIndex()).row(), source);
        }
    }
    const QString name = m_model->index(source, CookieTableModel::NameColumn).data().toString();
    m_proxy->setSearchText(name);
    QCOMPARE(selectedSource(), source);
    m_proxy->setSearchText(QStringLiteral("no such cookie"));
    QVERIFY(!selection.hasSelection());
    QVERIFY(!selection.currentIndex().isValid());
}

void TestCookieFilterProxy::resetForgetsPreparation()
{
    while (!m_proxy->prepare(1000)) {
    }
    QVERIFY(m_proxy->isSortPrepared(CookieTableModel::NameColumn));
    m_proxy->sort(CookieTableModel::NameColumn, Qt::DescendingOrder);
    m_proxy->setSearchText(QStringLiteral("o"));
    useGenerated(150);
    // The column the view is sorted by is ranked at once; the others wait.
    QVERIFY(m_proxy->isSortPrepared(CookieTableModel::NameColumn));
    QVERIFY(!m_proxy->isSortPrepared(CookieTableModel::PurposeColumn));
    QVERIFY(!m_proxy->prepare(10));
    verifyMatchesReference();
    while (!m_proxy->prepare(1000)) {
    }
    QVERIFY(m_proxy->isSortPrepared(CookieTableModel::PurposeColumn));
}

void TestCookieFilterProxy::headersFollowRows()
{
    QHash<qsizetype, Severity> marks{{5, Severity::Error}};
    m_model->setRowSeverities(marks);
    m_proxy->sort(CookieTableModel::NameColumn, Qt::DescendingOrder);
    const int shownAt = m_proxy->mapFromSource(m_model->index(5, 0)).row();
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        QCOMPARE(m_proxy->headerData(row, Qt::Vertical, Qt::DecorationRole).isValid(),
                 row == shownAt);
    }
    // Column titles stay when no row is shown.
    m_proxy->setSearchText(QStringLiteral("no such cookie"));
    QCOMPARE(m_proxy->rowCount(), 0);
    QCOMPARE(m_proxy->headerData(CookieTableModel::NameColumn, Qt::Horizontal),
             m_model->headerData(CookieTableModel::NameColumn, Qt::Horizontal));
    QSignalSpy headers(m_proxy, &QAbstractItemModel::headerDataChanged);
    m_proxy->setSearchText(QString());
    m_model->setRowSeverities({{6, Severity::Warning}});
    QVERIFY(!headers.isEmpty());
    QCOMPARE(headers.last().at(0).value<Qt::Orientation>(), Qt::Vertical);
}

void TestCookieFilterProxy::sourceDestroyed()
{
    m_proxy->sort(CookieTableModel::NameColumn, Qt::AscendingOrder);
    delete m_model;
    m_model = nullptr;
    QCOMPARE(m_proxy->rowCount(), 0);
    QVERIFY(m_proxy->prepare(100)); // what an idle timer may still ask
    QVERIFY(!m_proxy->index(0, 0).isValid());
    // A search box and filters still connected to it.
    m_proxy->setSearchText(QStringLiteral("goo"));
    m_proxy->setCategoryFilter(QStringLiteral("marketing"));
    m_proxy->setOnlyRowsWithFindings(true);
    m_proxy->sort(CookieTableModel::DomainColumn);
    QCOMPARE(m_proxy->rowCount(), 0);

    CookieFilterProxy alone;
    alone.setSearchText(QStringLiteral("goo"));
    alone.sort(0);
    QVERIFY(alone.prepare(10));
    QCOMPARE(alone.rowCount(), 0);
    QCOMPARE(alone.columnCount(), 0);
}

QTEST_GUILESS_MAIN(TestCookieFilterProxy)
#include "tst_cookiefilterproxy.moc"
