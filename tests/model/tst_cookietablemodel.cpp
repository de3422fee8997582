// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "document/policydocument.h"
#include "document/textfolding.h"
#include "format/templates.h"
#include "itemmodels/cookiefilterproxy.h"
#include "itemmodels/cookietablemodel.h"

#include <QAbstractItemModelTester>
#include <QJsonValue>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

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
    void optionalColumnsWriteTheFileMembers();
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
    QTest::newRow("name") << 0 << int(M::NameColumn) << "PHPSESSID" << QVariant(QStringLiteral("PHPSESSID"));
    QTest::newRow("provider shows its name, edits its id")
        << 2 << int(M::ProviderColumn) << "Matomo (hébergé par la commune)"
        << QVariant(QStringLiteral("matomo"));
    QTest::newRow("session lifetime")
        << 0 << int(M::LifetimeColumn) << "session" << QVariant(qint64(-1));
    QTest::newRow("lifetime in French")
        << 3 << int(M::LifetimeColumn) << "30 minutes" << QVariant(qint64(1800));
    QTest::newRow("category in the edit language")
        << 2 << int(M::CategoryColumn) << "Mesure d'audience" << QVariant(QStringLiteral("statistics"));
    QTest::newRow("party") << 4 << int(M::PartyColumn) << "Third party" << QVariant(QStringLiteral("third"));
    QTest::newRow("storage") << 0 << int(M::StorageColumn) << "Cookie" << QVariant(QStringLiteral("cookie"));
    QTest::newRow("basis") << 0 << int(M::BasisColumn) << "Exempt from consent"
                           << QVariant(QStringLiteral("exempt"));
    // The optional columns.
    QTest::newRow("match exact") << 0 << int(M::MatchColumn) << "Exact name" << QVariant(QStringLiteral("exact"));
    QTest::newRow("match prefix") << 2 << int(M::MatchColumn) << "Name prefix" << QVariant(QStringLiteral("prefix"));
    QTest::newRow("path") << 0 << int(M::PathColumn) << "/" << QVariant(QStringLiteral("/"));
    QTest::newRow("secure") << 0 << int(M::SecureColumn) << "Yes" << QVariant(QStringLiteral("true"));
    QTest::newRow("not secure") << 1 << int(M::SecureColumn) << "No" << QVariant(QStringLiteral("false"));
    QTest::newRow("httpOnly unstated") << 0 << int(M::HttpOnlyColumn) << "No" << QVariant(QStringLiteral("false"));
    QTest::newRow("sameSite unstated") << 0 << int(M::SameSiteColumn) << "" << QVariant(QString());
    QTest::newRow("no data retention") << 0 << int(M::DataRetentionColumn) << "" << QVariant();
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
    QCOMPARE(CookieTableModel::columnForField(QStringLiteral("legalBasis")), CookieTableModel::BasisColumn);
    QCOMPARE(CookieTableModel::columnForField(QStringLiteral("secure")), CookieTableModel::SecureColumn);
    QCOMPARE(CookieTableModel::columnForField(QStringLiteral("exemptPurpose")), CookieTableModel::NameColumn);
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
             QVariant(QStringLiteral("phpsessid")));
    const QModelIndex name = m_model->index(0, CookieTableModel::NameColumn);
    QVERIFY(m_model->setData(name, QStringLiteral("Préférences_Élan")));
    QCOMPARE(name.data(CookieTableModel::SortRole), QVariant(QStringLiteral("preferences_elan")));
}

void TestCookieTableModel::setDataPushesANamedCommand()
{
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    const QModelIndex purpose = m_model->index(0, CookieTableModel::PurposeColumn);
    const Policy before = m_document->policy();
    QVERIFY(m_model->setData(purpose, QStringLiteral("Garder la session ouverte.")));
    QCOMPARE(m_document->undoStack()->count(), 1);
    QCOMPARE(m_document->undoStack()->text(0), QStringLiteral("Change purpose of PHPSESSID"));
    QCOMPARE(purpose.data().toString(), QStringLiteral("Garder la session ouverte."));
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
    QVERIFY(m_model->setData(name, QStringLiteral("_pk_id")));
    QVERIFY(m_model->setData(name, QStringLiteral("_pk_idx")));
    QCOMPARE(m_document->undoStack()->count(), 1);
    QCOMPARE(m_document->undoStack()->text(0), QStringLiteral("Change name of _pk_id.*"));
    // Another cell is another step.
    QVERIFY(m_model->setData(m_model->index(2, CookieTableModel::DomainColumn), QStringLiteral("x.example")));
    QCOMPARE(m_document->undoStack()->count(), 2);
    m_document->undoStack()->undo();
    m_document->undoStack()->undo();
    QCOMPARE(m_document->policy(), before);
    // Typing a cell back to its value leaves no step behind.
    QVERIFY(m_model->setData(name, QStringLiteral("changed")));
    QVERIFY(m_model->setData(name, QStringLiteral("_pk_id.*"))); // the family, as the cell shows it
    QCOMPARE(m_document->undoStack()->index(), 0);
    QCOMPARE(m_document->policy(), before);
}

void TestCookieTableModel::typingTheSameValuePushesNothing()
{
    QVERIFY(m_model->setData(m_model->index(0, CookieTableModel::NameColumn), QStringLiteral("PHPSESSID")));
    QVERIFY(m_model->setData(m_model->index(0, CookieTableModel::PartyColumn), QStringLiteral("first")));
    QCOMPARE(m_document->undoStack()->count(), 0);
    QVERIFY(!m_model->setData(m_model->index(0, 0), QStringLiteral("x"), Qt::DisplayRole + 100));
}

void TestCookieTableModel::editLanguageChoosesTheLocalizedText()
{
    const QModelIndex purpose = m_model->index(0, CookieTableModel::PurposeColumn);
    const QString french = purpose.data().toString();
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    m_model->setEditLanguage(QStringLiteral("en"));
    QCOMPARE(changed.count(), 1);
    const QString english = purpose.data().toString();
    QVERIFY(english != french);
    QVERIFY(m_model->setData(purpose, QStringLiteral("Keeps the session.")));
    QCOMPARE(m_document->policy().cookies.at(0).purpose.exact(QStringLiteral("en")), QStringLiteral("Keeps the session."));
    QCOMPARE(m_document->policy().cookies.at(0).purpose.exact(QStringLiteral("fr")), french);
    QCOMPARE(m_model->index(2, CookieTableModel::CategoryColumn).data().toString(),
             QStringLiteral("Audience measurement"));
}

void TestCookieTableModel::understandsPastedText_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QVariant>("edit");
    using M = CookieTableModel;
    QTest::newRow("provider by name")
        << int(M::ProviderColumn) << "matomo" << QVariant(QStringLiteral("matomo"));
    QTest::newRow("provider by display name")
        << int(M::ProviderColumn) << "google ireland limited (YOUTUBE)" << QVariant(QStringLiteral("google"));
    QTest::newRow("category by French name")
        << int(M::CategoryColumn) << "mesure d'audience" << QVariant(QStringLiteral("statistics"));
    QTest::newRow("category by English name")
        << int(M::CategoryColumn) << "Audience measurement" << QVariant(QStringLiteral("statistics"));
    QTest::newRow("lifetime in French")
        << int(M::LifetimeColumn) << "13 mois" << QVariant(qint64(13 * Lifetime::Month));
    QTest::newRow("lifetime session")
        << int(M::LifetimeColumn) << "Session" << QVariant(qint64(-1));
    QTest::newRow("party label") << int(M::PartyColumn) << "Third party" << QVariant(QStringLiteral("third"));
    QTest::newRow("party key") << int(M::PartyColumn) << "THIRD" << QVariant(QStringLiteral("third"));
    QTest::newRow("storage label")
        << int(M::StorageColumn) << "Local storage" << QVariant(QStringLiteral("localStorage"));
    QTest::newRow("basis key") << int(M::BasisColumn) << "consent" << QVariant(QStringLiteral("consent"));
    QTest::newRow("name trimmed") << int(M::NameColumn) << "  _ga " << QVariant(QStringLiteral("_ga"));
    QTest::newRow("match label") << int(M::MatchColumn) << "name prefix" << QVariant(QStringLiteral("prefix"));
    QTest::newRow("match key") << int(M::MatchColumn) << "regex" << QVariant(QStringLiteral("regex"));
    QTest::newRow("path trimmed") << int(M::PathColumn) << " /shop " << QVariant(QStringLiteral("/shop"));
    QTest::newRow("secure no") << int(M::SecureColumn) << "non" << QVariant(QStringLiteral("false"));
    QTest::newRow("httpOnly yes") << int(M::HttpOnlyColumn) << "Yes" << QVariant(QStringLiteral("true"));
    QTest::newRow("httpOnly key") << int(M::HttpOnlyColumn) << "true" << QVariant(QStringLiteral("true"));
    QTest::newRow("sameSite any case") << int(M::SameSiteColumn) << "STRICT" << QVariant(QStringLiteral("strict"));
    QTest::newRow("sameSite none") << int(M::SameSiteColumn) << "None" << QVariant(QStringLiteral("none"));
    QTest::newRow("data retention in French")
        << int(M::DataRetentionColumn) << "25 mois" << QVariant(qint64(25 * Lifetime::Month));
}

void TestCookieTableModel::optionalColumnsWriteTheFileMembers()
{
    // httpOnly, sameSite and dataRetention are the schema's members of the cookie
    // object, kept in Cookie::extra; each edit is one undo step.
    QUndoStack *stack = m_document->undoStack();
    QVERIFY(m_model->setData(m_model->index(0, CookieTableModel::HttpOnlyColumn), QStringLiteral("true")));
    QVERIFY(m_model->setData(m_model->index(0, CookieTableModel::SameSiteColumn), QStringLiteral("lax")));
    QVERIFY(m_model->setData(m_model->index(2, CookieTableModel::DataRetentionColumn), QStringLiteral("13 months")));
    QVERIFY(m_model->setData(m_model->index(0, CookieTableModel::SecureColumn), QStringLiteral("false")));
    QCOMPARE(stack->count(), 4);
    const QList<Cookie> &cookies = m_document->policy().cookies;
    QCOMPARE(cookies.at(0).extra.value(QStringLiteral("httpOnly")), QJsonValue(true));
    QCOMPARE(cookies.at(0).extra.value(QStringLiteral("sameSite")), QJsonValue(QStringLiteral("lax")));
    QCOMPARE(cookies.at(2).extra.value(QStringLiteral("dataRetention")).toInteger(), 13 * Lifetime::Month);
    QCOMPARE(cookies.at(0).secure, false);
    QCOMPARE(m_model->index(2, CookieTableModel::DataRetentionColumn).data().toString(), QStringLiteral("13 mois")); // the edit language
    // "Not stated" and "no" take the members away rather than writing defaults.
    QVERIFY(m_model->setData(m_model->index(0, CookieTableModel::SameSiteColumn), QString()));
    QVERIFY(m_model->setData(m_model->index(0, CookieTableModel::HttpOnlyColumn), QStringLiteral("false")));
    QVERIFY(!cookies.at(0).extra.contains(QStringLiteral("sameSite")));
    QVERIFY(!cookies.at(0).extra.contains(QStringLiteral("httpOnly")));
    // A text that says nothing is kept and flagged, not guessed.
    QVERIFY(m_model->setData(m_model->index(0, CookieTableModel::SameSiteColumn), QStringLiteral("sometimes")));
    QVERIFY(!m_model->index(0, CookieTableModel::SameSiteColumn).data(CookieTableModel::ProblemRole).toString().isEmpty());
    while (stack->canUndo())
        stack->undo();
    QCOMPARE(cookies.at(0).secure, true);
    QVERIFY(cookies.at(0).extra.isEmpty());
    QVERIFY(!cookies.at(2).extra.contains(QStringLiteral("dataRetention")));
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
        << int(M::NameColumn) << QVariant(QStringLiteral("my cookie")) << "is not a valid cookie name";
    QTest::newRow("name with accent")
        << int(M::NameColumn) << QVariant(QStringLiteral("préférence")) << "is not a valid cookie name";
    QTest::newRow("missing name") << int(M::NameColumn) << QVariant(QString()) << "Required";
    QTest::newRow("unknown category")
        << int(M::CategoryColumn) << QVariant(QStringLiteral("ads")) << "Unknown category \"ads\"";
    QTest::newRow("missing category")
        << int(M::CategoryColumn) << QVariant(QString()) << "Required";
    QTest::newRow("unknown provider")
        << int(M::ProviderColumn) << QVariant(QStringLiteral("Hotjar")) << "Unknown provider \"Hotjar\"";
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
    QVERIFY(m_model->setData(lifetime, QStringLiteral("Persistant")));
    const Cookie &cookie = m_document->policy().cookies.at(1);
    QVERIFY(!cookie.lifetime);
    QCOMPARE(cookie.unparsed.value(QStringLiteral("lifetime")), QStringLiteral("Persistant"));
    QCOMPARE(lifetime.data().toString(), QStringLiteral("Persistant"));
    QVERIFY(lifetime.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Could not understand")));
    // A correct value clears the flag.
    QVERIFY(m_model->setData(lifetime, qint64(86400)));
    QVERIFY(m_document->policy().cookies.at(1).unparsed.isEmpty());
    QCOMPARE(lifetime.data().toString(), QStringLiteral("1 jour"));
    QVERIFY(!lifetime.data(Qt::DecorationRole).isValid());
}

void TestCookieTableModel::rowEditsAreUndoable()
{
    const Policy before = m_document->policy();
    m_model->addCookie(1);
    QCOMPARE(m_model->rowCount(), 8);
    // No category until one is chosen (choosing sets the legal basis too).
    QVERIFY(m_document->policy().cookies.at(1).categoryId.isEmpty());
    m_model->duplicateCookies({0, 3});
    QCOMPARE(m_model->rowCount(), 10);
    QCOMPARE(m_document->policy().cookies.at(4).name, QStringLiteral("PHPSESSID"));
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
        {{QStringLiteral("a"), QStringLiteral("Purpose A")}, {QStringLiteral("b")}, {QStringLiteral("c"), QStringLiteral("Purpose C"), QStringLiteral("Marketing")}});
    QCOMPARE(written, 3);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(m_model->rowCount(), 8);
    QCOMPARE(m_document->undoStack()->count(), 1);
    QCOMPARE(m_document->undoStack()->text(0), QStringLiteral("Paste 3 rows"));
    const QList<Cookie> &cookies = m_document->policy().cookies;
    QCOMPARE(cookies.at(5).name, QStringLiteral("a"));
    QCOMPARE(cookies.at(5).purpose.exact(QStringLiteral("fr")), QStringLiteral("Purpose A"));
    QCOMPARE(cookies.at(6).name, QStringLiteral("b"));
    QCOMPARE(cookies.at(6).purpose, before.cookies.at(6).purpose); // short line: rest kept
    QCOMPARE(cookies.at(7).name, QStringLiteral("c"));
    QCOMPARE(cookies.at(7).categoryId, QStringLiteral("marketing"));
    m_document->undoStack()->undo();
    QCOMPARE(m_document->policy(), before);
    m_document->undoStack()->redo();
    QCOMPARE(m_document->policy().cookies.at(7).name, QStringLiteral("c"));
}

void TestCookieTableModel::providerRenameRefreshesRows()
{
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    Provider matomo = m_document->policy().providers.at(1);
    matomo.name = QStringLiteral("Matomo Cloud");
    m_document->setProvider(1, matomo);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_model->index(2, CookieTableModel::ProviderColumn).data().toString(),
             QStringLiteral("Matomo Cloud"));
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
    QCOMPARE(order, (QStringList{QStringLiteral("session"), QStringLiteral("session"), QStringLiteral("30 minutes"), QStringLiteral("6 mois"),
                                 QStringLiteral("6 mois"), QStringLiteral("182 jours"), QStringLiteral("13 mois")}));
    // Names sort case-insensitively; an edit moves the row to its new place.
    proxy.sort(CookieTableModel::NameColumn, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, CookieTableModel::NameColumn).data().toString(), QStringLiteral("_pk_id.*"));
    QVERIFY(m_model->setData(m_model->index(0, CookieTableModel::NameColumn), QStringLiteral("__a")));
    QCOMPARE(proxy.index(0, CookieTableModel::NameColumn).data().toString(), QStringLiteral("__a"));
    QCOMPARE(proxy.mapToSource(proxy.index(0, 0)).row(), 0);
    // Inserted rows take their place too.
    m_model->pasteBlock({}, CookieTableModel::NameColumn, {{QStringLiteral("Aaa")}});
    QCOMPARE(proxy.index(3, CookieTableModel::NameColumn).data().toString(), QStringLiteral("Aaa"));
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
    proxy.setSearchText(QStringLiteral("youtube")); // purpose and service text
    QCOMPARE(proxy.rowCount(), 3);
    proxy.setSearchText(QStringLiteral("GOOGLE phpsessid")); // each word matches some row, not the same one
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setSearchText(QStringLiteral("google third")); // every word, across columns
    QCOMPARE(proxy.rowCount(), 3);
    proxy.setSearchText(QStringLiteral("mesure d'audience"));
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setSearchText(QStringLiteral("zzz"));
    QCOMPARE(proxy.rowCount(), 0);
    QVERIFY(m_model->setData(m_model->index(0, CookieTableModel::DomainColumn), QStringLiteral("zzz.example")));
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.mapToSource(proxy.index(0, 0)).row(), 0);
    proxy.setSearchText(QStringLiteral("ZÉBULON"));
    QCOMPARE(proxy.rowCount(), 0);
    m_model->pasteBlock({}, CookieTableModel::NameColumn, {{QStringLiteral("zebulon")}});
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
    proxy.setCategoryFilter(QStringLiteral("marketing"));
    QCOMPARE(proxy.rowCount(), 3);
    proxy.setSearchText(QStringLiteral("visitor"));
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
        block.append({QStringLiteral("cookie_%1").arg((i * 7919) % 10007)});
    m_model->pasteBlock({}, CookieTableModel::NameColumn, block);
    // Many rows at once: one reset, not a scattered insertion per sorted run.
    QCOMPARE(reset.count(), 1);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(proxy.rowCount(), 7 + 1500);
    QVERIFY(isSorted());
    // A filter over the pasted rows, then an edit of one of them.
    proxy.setSearchText(QStringLiteral("cookie_99"));
    QVERIFY(proxy.rowCount() > 0);
    const QModelIndex first = proxy.mapToSource(proxy.index(0, CookieTableModel::NameColumn));
    QVERIFY(m_model->setData(first, QStringLiteral("a_cookie_99")));
    QVERIFY(isSorted());
    QCOMPARE(proxy.index(proxy.rowCount() - 1, CookieTableModel::NameColumn).data().toString(),
             QStringLiteral("a_cookie_99"));
    proxy.setSearchText(QString());
    m_document->undoStack()->undo();
    m_document->undoStack()->undo();
    QCOMPARE(reset.count(), 2);
    QCOMPARE(proxy.rowCount(), 7);
    QVERIFY(isSorted());
    QCOMPARE(m_document->policy(), *Templates::load(QStringLiteral("typical")));
}

QTEST_GUILESS_MAIN(TestCookieTableModel)
#include "tst_cookietablemodel.moc"
