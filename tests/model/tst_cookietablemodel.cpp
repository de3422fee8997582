#include "document/policydocument.h"
#include "document/textfolding.h"
#include "format/templates.h"
#include "itemmodels/cookiefilterproxy.h"
#include "itemmodels/cookietablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <limits>

// The grid's model: what each role returns, that edits become undo commands, and
// that the sorting/filtering proxy keeps up with edits.
class TestCookieTableModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void roles_data();
    void roles();
    void flagsAllowEditing();
    void columnForField();
    void headerNamesEveryColumn();
    void sortKeys_data();
    void sortKeys();
    void setDataPushesANamedCommand();
    void consecutiveEditsOfOneCellMerge();
    void typingTheSameValuePushesNothing();
    void editLanguageChoosesTheLocalizedText();
    void understandsPastedText_data();
    void understandsPastedText();
    void invalidCellsSayWhatIsWrong_data();
    void invalidCellsSayWhatIsWrong();
    void unparsedTextIsShownAndFlagged();
    void rowEditsAreUndoable();
    void pasteBlockAddsRowsInOneStep();
    void providerRenameRefreshesRows();
    void proxySortsBySortKey();
    void proxyFiltersAllColumnsAndFollowsEdits();
    void proxyCategoryFilter();
    void bulkChangesResetAndStaySorted();

private:
    PolicyDocument *m_document = nullptr;
    CookieTableModel *m_model = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
};

void TestCookieTableModel::init()
{
    m_document = new PolicyDocument(*Templates::load(QStringLiteral("typical")), this);
    m_model = new CookieTableModel(m_document, this);
    m_tester = new QAbstractItemModelTester(
        m_model, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
}

void TestCookieTableModel::cleanup()
{
    delete m_tester;
    delete m_model;
    delete m_document;
}

void TestCookieTableModel::roles_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("display");
    QTest::addColumn<QVariant>("edit");

    using M = CookieTableModel;
    QTest::newRow("name") << 0 << int(M::NameColumn) << "PHPSESSID" << QVariant(u"PHPSESSID"_qs);
    QTest::newRow("provider shows its name, edits its id")
        << 2 << int(M::ProviderColumn) << "Matomo (hébergé par la commune)"
        << QVariant(u"matomo"_qs);
    QTest::newRow("session lifetime")
        << 0 << int(M::LifetimeColumn) << "session" << QVariant(qint64(-1));
    QTest::newRow("lifetime in French")
        << 3 << int(M::LifetimeColumn) << "30 minutes" << QVariant(qint64(1800));
    QTest::newRow("category in the edit language")
        << 2 << int(M::CategoryColumn) << "Mesure d'audience" << QVariant(u"statistics"_qs);
    QTest::newRow("party") << 4 << int(M::PartyColumn) << "Third party" << QVariant(u"third"_qs);
    QTest::newRow("storage") << 0 << int(M::StorageColumn) << "Cookie" << QVariant(u"cookie"_qs);
    QTest::newRow("basis") << 0 << int(M::BasisColumn) << "Exempt from consent"
                           << QVariant(u"exempt"_qs);
}

void TestCookieTableModel::roles()
{
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QString, display);
    QFETCH(QVariant, edit);
    const QModelIndex index = m_model->index(row, column);
    QCOMPARE(index.data(Qt::DisplayRole).toString(), display);
    QCOMPARE(index.data(Qt::EditRole), edit);
    QCOMPARE(index.data(CookieTableModel::FieldRole).toString(),
             CookieTableModel::fieldName(CookieTableModel::Column(column)));
}

void TestCookieTableModel::columnForField()
{
    // A finding names a cookie's JSON member; the window shows the cell of that column.
    for (int column = 0; column < CookieTableModel::ColumnCount; ++column) {
        const auto c = CookieTableModel::Column(column);
        QCOMPARE(CookieTableModel::columnForField(CookieTableModel::fieldName(c)), c);
    }
    QCOMPARE(CookieTableModel::columnForField(u"legalBasis"_qs), CookieTableModel::BasisColumn);
    QCOMPARE(CookieTableModel::columnForField(u"secure"_qs), CookieTableModel::NameColumn);
    QCOMPARE(CookieTableModel::columnForField(QString()), CookieTableModel::NameColumn);
}

void TestCookieTableModel::flagsAllowEditing()
{
    for (int column = 0; column < CookieTableModel::ColumnCount; ++column) {
        const Qt::ItemFlags flags = m_model->flags(m_model->index(0, column));
        QVERIFY(flags.testFlag(Qt::ItemIsEditable));
        QVERIFY(flags.testFlag(Qt::ItemIsSelectable));
        QVERIFY(flags.testFlag(Qt::ItemIsEnabled));
    }
    QCOMPARE(m_model->flags(QModelIndex()), Qt::NoItemFlags);
}

void TestCookieTableModel::headerNamesEveryColumn()
{
    for (int column = 0; column < CookieTableModel::ColumnCount; ++column)
        QVERIFY(!m_model->headerData(column, Qt::Horizontal).toString().isEmpty());
    // A change of interface language redraws headers and labels.
    QSignalSpy headers(m_model, &QAbstractItemModel::headerDataChanged);
    QSignalSpy cells(m_model, &QAbstractItemModel::dataChanged);
    m_model->retranslate();
    QCOMPARE(headers.count(), 1);
    QCOMPARE(cells.count(), 1);
}

void TestCookieTableModel::sortKeys_data()
{
    QTest::addColumn<QVariant>("lifetime"); // EditRole value set before reading the key
    QTest::addColumn<qint64>("key");
    QTest::newRow("session sorts first") << QVariant(qint64(-1)) << qint64(0);
    QTest::newRow("duration in seconds") << QVariant(qint64(3600)) << qint64(3600);
    QTest::newRow("unknown sorts last") << QVariant() << std::numeric_limits<qint64>::max();
}

void TestCookieTableModel::sortKeys()
{
    QFETCH(QVariant, lifetime);
    QFETCH(qint64, key);
    const QModelIndex index = m_model->index(0, CookieTableModel::LifetimeColumn);
    QVERIFY(m_model->setData(index, lifetime));
    QCOMPARE(index.data(CookieTableModel::SortRole).toLongLong(), key);
    // Text columns sort ignoring case and accents, by the grid's search key.
    QCOMPARE(m_model->index(0, CookieTableModel::NameColumn).data(CookieTableModel::SortRole),
             QVariant(u"phpsessid"_qs));
    const QModelIndex name = m_model->index(0, CookieTableModel::NameColumn);
    QVERIFY(m_model->setData(name, u"Préférences_Élan"_qs));
    QCOMPARE(name.data(CookieTableModel::SortRole), QVariant(u"preferences_elan"_qs));
}

void TestCookieTableModel::setDataPushesANamedCommand()
{
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    const QModelIndex purpose = m_model->index(0, CookieTableModel::PurposeColumn);
    const Policy before = m_document->policy();
    QVERIFY(m_model->setData(purpose, u"Garder la session ouverte."_qs));
    QCOMPARE(m_document->undoStack()->count(), 1);
    QCOMPARE(m_document->undoStack()->text(0), u"Change purpose of PHPSESSID"_qs);
    QCOMPARE(purpose.data().toString(), u"Garder la session ouverte."_qs);
    QCOMPARE(changed.count(), 1);
    QVERIFY(m_document->isModified());
    m_document->undoStack()->undo();
    QCOMPARE(m_document->policy(), before);
    QVERIFY(!m_document->isModified());
}

void TestCookieTableModel::consecutiveEditsOfOneCellMerge()
{
    const QModelIndex name = m_model->index(2, CookieTableModel::NameColumn);
    const Policy before = m_document->policy();
    QVERIFY(m_model->setData(name, u"_pk_id"_qs));
    QVERIFY(m_model->setData(name, u"_pk_idx"_qs));
    QCOMPARE(m_document->undoStack()->count(), 1);
    QCOMPARE(m_document->undoStack()->text(0), u"Change name of _pk_id."_qs);
    // Another cell is another step.
    QVERIFY(m_model->setData(m_model->index(2, CookieTableModel::DomainColumn), u"x.example"_qs));
    QCOMPARE(m_document->undoStack()->count(), 2);
    m_document->undoStack()->undo();
    m_document->undoStack()->undo();
    QCOMPARE(m_document->policy(), before);
    // Typing a cell back to its value leaves no step behind.
    QVERIFY(m_model->setData(name, u"changed"_qs));
    QVERIFY(m_model->setData(name, u"_pk_id."_qs));
    QCOMPARE(m_document->undoStack()->index(), 0);
    QCOMPARE(m_document->policy(), before);
}

void TestCookieTableModel::typingTheSameValuePushesNothing()
{
    QVERIFY(m_model->setData(m_model->index(0, CookieTableModel::NameColumn), u"PHPSESSID"_qs));
    QVERIFY(m_model->setData(m_model->index(0, CookieTableModel::PartyColumn), u"first"_qs));
    QCOMPARE(m_document->undoStack()->count(), 0);
    QVERIFY(!m_model->setData(m_model->index(0, 0), u"x"_qs, Qt::DisplayRole + 100));
}

void TestCookieTableModel::editLanguageChoosesTheLocalizedText()
{
    const QModelIndex purpose = m_model->index(0, CookieTableModel::PurposeColumn);
    const QString french = purpose.data().toString();
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    m_model->setEditLanguage(u"en"_qs);
    QCOMPARE(changed.count(), 1);
    const QString english = purpose.data().toString();
    QVERIFY(english != french);
    QVERIFY(m_model->setData(purpose, u"Keeps the session."_qs));
    QCOMPARE(m_document->policy().cookies.at(0).purpose.exact(u"en"_qs), u"Keeps the session."_qs);
    QCOMPARE(m_document->policy().cookies.at(0).purpose.exact(u"fr"_qs), french);
    QCOMPARE(m_model->index(2, CookieTableModel::CategoryColumn).data().toString(),
             u"Audience measurement"_qs);
}

void TestCookieTableModel::understandsPastedText_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QVariant>("edit");
    using M = CookieTableModel;
    QTest::newRow("provider by name")
        << int(M::ProviderColumn) << "matomo" << QVariant(u"matomo"_qs);
    QTest::newRow("provider by display name")
        << int(M::ProviderColumn) << "google ireland limited (YOUTUBE)" << QVariant(u"google"_qs);
    QTest::newRow("category by French name")
        << int(M::CategoryColumn) << "mesure d'audience" << QVariant(u"statistics"_qs);
    QTest::newRow("category by English name")
        << int(M::CategoryColumn) << "Audience measurement" << QVariant(u"statistics"_qs);
    QTest::newRow("lifetime in French")
        << int(M::LifetimeColumn) << "13 mois" << QVariant(qint64(13 * Lifetime::Month));
    QTest::newRow("lifetime session")
        << int(M::LifetimeColumn) << "Session" << QVariant(qint64(-1));
    QTest::newRow("party label") << int(M::PartyColumn) << "Third party" << QVariant(u"third"_qs);
    QTest::newRow("party key") << int(M::PartyColumn) << "THIRD" << QVariant(u"third"_qs);
    QTest::newRow("storage label")
        << int(M::StorageColumn) << "Local storage" << QVariant(u"localStorage"_qs);
    QTest::newRow("basis key") << int(M::BasisColumn) << "consent" << QVariant(u"consent"_qs);
    QTest::newRow("name trimmed") << int(M::NameColumn) << "  _ga " << QVariant(u"_ga"_qs);
}

void TestCookieTableModel::understandsPastedText()
{
    QFETCH(int, column);
    QFETCH(QString, text);
    QFETCH(QVariant, edit);
    const QModelIndex index = m_model->index(0, column);
    QVERIFY(m_model->setData(index, text));
    QCOMPARE(index.data(Qt::EditRole), edit);
    QVERIFY(m_document->policy().cookies.at(0).unparsed.isEmpty());
    QVERIFY(!index.data(Qt::DecorationRole).isValid());
}

void TestCookieTableModel::invalidCellsSayWhatIsWrong_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("problem");
    using M = CookieTableModel;
    QTest::newRow("name with a space")
        << int(M::NameColumn) << QVariant(u"my cookie"_qs) << "is not a valid cookie name";
    QTest::newRow("name with accent")
        << int(M::NameColumn) << QVariant(u"préférence"_qs) << "is not a valid cookie name";
    QTest::newRow("missing name") << int(M::NameColumn) << QVariant(QString()) << "Required";
    QTest::newRow("unknown category")
        << int(M::CategoryColumn) << QVariant(u"ads"_qs) << "Unknown category \"ads\"";
    QTest::newRow("missing category")
        << int(M::CategoryColumn) << QVariant(QString()) << "Required";
    QTest::newRow("unknown provider")
        << int(M::ProviderColumn) << QVariant(u"Hotjar"_qs) << "Unknown provider \"Hotjar\"";
    QTest::newRow("missing purpose") << int(M::PurposeColumn) << QVariant(QString()) << "Required";
    QTest::newRow("missing lifetime") << int(M::LifetimeColumn) << QVariant() << "Required";
}

void TestCookieTableModel::invalidCellsSayWhatIsWrong()
{
    QFETCH(int, column);
    QFETCH(QVariant, value);
    QFETCH(QString, problem);
    const QModelIndex index = m_model->index(0, column);
    QVERIFY(!index.data(Qt::DecorationRole).isValid());
    QVERIFY(!index.data(Qt::ToolTipRole).isValid());
    QVERIFY(m_model->setData(index, value));
    const QVariant icon = index.data(Qt::DecorationRole);
    QVERIFY(icon.isValid());
    QVERIFY(!icon.value<QImage>().isNull()); // a console program gets an image
    QVERIFY2(index.data(Qt::ToolTipRole).toString().contains(problem),
             qPrintable(index.data(Qt::ToolTipRole).toString()));
    QCOMPARE(index.data(CookieTableModel::ProblemRole), index.data(Qt::ToolTipRole));
    // The other cells of the row stay clean.
    const int other = column == CookieTableModel::DomainColumn ? 0 : CookieTableModel::DomainColumn;
    QVERIFY(!m_model->index(0, other).data(Qt::DecorationRole).isValid());
}

void TestCookieTableModel::unparsedTextIsShownAndFlagged()
{
    const QModelIndex lifetime = m_model->index(1, CookieTableModel::LifetimeColumn);
    QVERIFY(m_model->setData(lifetime, u"Persistant"_qs));
    const Cookie &cookie = m_document->policy().cookies.at(1);
    QVERIFY(!cookie.lifetime);
    QCOMPARE(cookie.unparsed.value(u"lifetime"_qs), u"Persistant"_qs);
    QCOMPARE(lifetime.data().toString(), u"Persistant"_qs);
    QVERIFY(lifetime.data(Qt::ToolTipRole).toString().contains(u"Could not understand"_qs));
    // A correct value clears the flag.
    QVERIFY(m_model->setData(lifetime, qint64(86400)));
    QVERIFY(m_document->policy().cookies.at(1).unparsed.isEmpty());
    QCOMPARE(lifetime.data().toString(), u"1 jour"_qs);
    QVERIFY(!lifetime.data(Qt::DecorationRole).isValid());
}

void TestCookieTableModel::rowEditsAreUndoable()
{
    const Policy before = m_document->policy();
    m_model->addCookie(1);
    QCOMPARE(m_model->rowCount(), 8);
    QCOMPARE(m_document->policy().cookies.at(1).categoryId, u"necessary"_qs);
    m_model->duplicateCookies({0, 3});
    QCOMPARE(m_model->rowCount(), 10);
    QCOMPARE(m_document->policy().cookies.at(4).name, u"PHPSESSID"_qs);
    m_model->removeCookies({9, 0, 5});
    QCOMPARE(m_model->rowCount(), 7);
    QCOMPARE(m_document->undoStack()->count(), 3);
    while (m_document->undoStack()->canUndo())
        m_document->undoStack()->undo();
    QCOMPARE(m_document->policy(), before);
}

void TestCookieTableModel::pasteBlockAddsRowsInOneStep()
{
    const Policy before = m_document->policy();
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
    // Rows 5 and 6 exist; the third line becomes a new row.
    const int written = m_model->pasteBlock(
        {5, 6}, CookieTableModel::NameColumn,
        {{u"a"_qs, u"Purpose A"_qs}, {u"b"_qs}, {u"c"_qs, u"Purpose C"_qs, u"Marketing"_qs}});
    QCOMPARE(written, 3);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(m_model->rowCount(), 8);
    QCOMPARE(m_document->undoStack()->count(), 1);
    QCOMPARE(m_document->undoStack()->text(0), u"Paste 3 rows"_qs);
    const QList<Cookie> &cookies = m_document->policy().cookies;
    QCOMPARE(cookies.at(5).name, u"a"_qs);
    QCOMPARE(cookies.at(5).purpose.exact(u"fr"_qs), u"Purpose A"_qs);
    QCOMPARE(cookies.at(6).name, u"b"_qs);
    QCOMPARE(cookies.at(6).purpose, before.cookies.at(6).purpose); // short line: rest kept
    QCOMPARE(cookies.at(7).name, u"c"_qs);
    QCOMPARE(cookies.at(7).categoryId, u"marketing"_qs);
    m_document->undoStack()->undo();
    QCOMPARE(m_document->policy(), before);
    m_document->undoStack()->redo();
    QCOMPARE(m_document->policy().cookies.at(7).name, u"c"_qs);
}

void TestCookieTableModel::providerRenameRefreshesRows()
{
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    Provider matomo = m_document->policy().providers.at(1);
    matomo.name = u"Matomo Cloud"_qs;
    m_document->setProvider(1, matomo);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_model->index(2, CookieTableModel::ProviderColumn).data().toString(),
             u"Matomo Cloud"_qs);
}

void TestCookieTableModel::proxySortsBySortKey()
{
    CookieFilterProxy proxy;
    proxy.setSourceModel(m_model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(CookieTableModel::LifetimeColumn, Qt::AscendingOrder);
    QStringList order;
    for (int row = 0; row < proxy.rowCount(); ++row)
        order << proxy.index(row, CookieTableModel::LifetimeColumn).data().toString();
    QCOMPARE(order, (QStringList{u"session"_qs, u"session"_qs, u"30 minutes"_qs, u"6 mois"_qs,
                                 u"6 mois"_qs, u"182 jours"_qs, u"13 mois"_qs}));
    // Names sort case-insensitively; an edit moves the row to its new place.
    proxy.sort(CookieTableModel::NameColumn, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, CookieTableModel::NameColumn).data().toString(), u"_pk_id."_qs);
    QVERIFY(m_model->setData(m_model->index(0, CookieTableModel::NameColumn), u"__a"_qs));
    QCOMPARE(proxy.index(0, CookieTableModel::NameColumn).data().toString(), u"__a"_qs);
    QCOMPARE(proxy.mapToSource(proxy.index(0, 0)).row(), 0);
    // Inserted rows take their place too.
    m_model->pasteBlock({}, CookieTableModel::NameColumn, {{u"Aaa"_qs}});
    QCOMPARE(proxy.index(3, CookieTableModel::NameColumn).data().toString(), u"Aaa"_qs);
    m_document->undoStack()->undo();
    QCOMPARE(proxy.rowCount(), 7);
}

void TestCookieTableModel::proxyFiltersAllColumnsAndFollowsEdits()
{
    CookieFilterProxy proxy;
    proxy.setSourceModel(m_model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // The index an idle page builds ahead of the first keystroke.
    QVERIFY(!proxy.prepareSearch(3));
    QVERIFY(proxy.prepareSearch(10));
    proxy.setSearchText(u"youtube"_qs); // purpose and service text
    QCOMPARE(proxy.rowCount(), 3);
    proxy.setSearchText(u"GOOGLE phpsessid"_qs); // each word matches some row, not the same one
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setSearchText(u"google third"_qs); // every word, across columns
    QCOMPARE(proxy.rowCount(), 3);
    proxy.setSearchText(u"mesure d'audience"_qs);
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setSearchText(u"zzz"_qs);
    QCOMPARE(proxy.rowCount(), 0);
    QVERIFY(m_model->setData(m_model->index(0, CookieTableModel::DomainColumn), u"zzz.example"_qs));
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.mapToSource(proxy.index(0, 0)).row(), 0);
    proxy.setSearchText(u"ZÉBULON"_qs);
    QCOMPARE(proxy.rowCount(), 0);
    m_model->pasteBlock({}, CookieTableModel::NameColumn, {{u"zebulon"_qs}});
    QCOMPARE(proxy.rowCount(), 1); // accents and case ignored
    m_model->removeCookies({0});
    QCOMPARE(proxy.mapToSource(proxy.index(0, 0)).row(), 6);
    proxy.setSearchText(QString());
    QCOMPARE(proxy.rowCount(), 7);
}

void TestCookieTableModel::proxyCategoryFilter()
{
    CookieFilterProxy proxy;
    proxy.setSourceModel(m_model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setCategoryFilter(u"marketing"_qs);
    QCOMPARE(proxy.rowCount(), 3);
    proxy.setSearchText(u"visitor"_qs);
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setCategoryFilter(QString());
    QCOMPARE(proxy.rowCount(), 2);
}

void TestCookieTableModel::bulkChangesResetAndStaySorted()
{
    CookieFilterProxy proxy;
    proxy.setSourceModel(m_model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(CookieTableModel::NameColumn, Qt::DescendingOrder);
    const auto isSorted = [&proxy] {
        for (int row = 1; row < proxy.rowCount(); ++row) {
            const QString above = TextFolding::searchKey(
                proxy.index(row - 1, CookieTableModel::NameColumn).data().toString());
            const QString below = TextFolding::searchKey(
                proxy.index(row, CookieTableModel::NameColumn).data().toString());
            if (above < below)
                return false;
        }
        return true;
    };
    QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
    QList<QStringList> block;
    for (int i = 0; i < CookieTableModel::BulkRows + 500; ++i)
        block.append({u"cookie_%1"_qs.arg((i * 7919) % 10007)});
    m_model->pasteBlock({}, CookieTableModel::NameColumn, block);
    // Many rows at once: one reset, not a scattered insertion per sorted run.
    QCOMPARE(reset.count(), 1);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(proxy.rowCount(), 7 + 1500);
    QVERIFY(isSorted());
    // A filter over the pasted rows, then an edit of one of them.
    proxy.setSearchText(u"cookie_99"_qs);
    QVERIFY(proxy.rowCount() > 0);
    const QModelIndex first = proxy.mapToSource(proxy.index(0, CookieTableModel::NameColumn));
    QVERIFY(m_model->setData(first, u"a_cookie_99"_qs));
    QVERIFY(isSorted());
    QCOMPARE(proxy.index(proxy.rowCount() - 1, CookieTableModel::NameColumn).data().toString(),
             u"a_cookie_99"_qs);
    proxy.setSearchText(QString());
    m_document->undoStack()->undo();
    m_document->undoStack()->undo();
    QCOMPARE(reset.count(), 2);
    QCOMPARE(proxy.rowCount(), 7);
    QVERIFY(isSorted());
    QCOMPARE(m_document->policy(), *Templates::load(u"typical"_qs));
}

QTEST_GUILESS_MAIN(TestCookieTableModel)
#include "tst_cookietablemodel.moc"
