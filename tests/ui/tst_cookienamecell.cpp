// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "cookiespage.h"
#include "document/policydocument.h"
#include "format/templates.h"
#include "itemmodels/cookiefilterproxy.h"
#include "itemmodels/cookietablemodel.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QTableView>
#include <QTest>

// The grid's name cell with a family of cookies, driven with the keyboard: it shows
// "_pk_id.*", opens with "_pk_id.*", and typing "name.*" stores a prefix match.
class TestCookieNameCell : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void showsAndEditsTheFamily();

private:
    int rowOf(const QString &name, NameMatch match) const;
    QModelIndex viewIndex(int sourceRow) const
    {
        return m_page->proxy()->mapFromSource(
            m_page->model()->index(sourceRow, CookieTableModel::NameColumn));
    }
    void commit(QWidget *editor)
    {
        QTest::keyClick(editor, Qt::Key_Return);
        QCoreApplication::processEvents();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }

    PolicyDocument *m_document = nullptr;
    CookiesPage *m_page = nullptr;
};

void TestCookieNameCell::init()
{
    m_document = new PolicyDocument(*Templates::load(QStringLiteral("typical")));
    m_page = new CookiesPage(m_document);
    m_page->resize(1180, 500);
    m_page->show();
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page));
    m_page->view()->setFocus();
}

void TestCookieNameCell::cleanup()
{
    delete m_page;
    delete m_document;
}

int TestCookieNameCell::rowOf(const QString &name, NameMatch match) const
{
    const QList<Cookie> &cookies = m_document->policy().cookies;
    for (int row = 0; row < cookies.size(); ++row) {
        if (cookies.at(row).name == name && cookies.at(row).match == match)
            return row;
    }
    return -1;
}

void TestCookieNameCell::showsAndEditsTheFamily()
{
    const int row = rowOf(QStringLiteral("_pk_id."), NameMatch::Prefix);
    QVERIFY(row >= 0);
    const QModelIndex cell = viewIndex(row);
    QCOMPARE(cell.data().toString(), QStringLiteral("_pk_id.*"));

    // F2 opens the editor on what the cell shows.
    m_page->view()->setCurrentIndex(cell);
    QTest::keyClick(m_page->view(), Qt::Key_F2);
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(editor);
    QCOMPARE(editor->text(), QStringLiteral("_pk_id.*"));
    // Unchanged, Return adds nothing.
    commit(editor);
    QCOMPARE(m_document->undoStack()->count(), 0);

    // Typing a family on an exact row makes it a family.
    const int exact = rowOf(QStringLiteral("PHPSESSID"), NameMatch::Exact);
    QVERIFY(exact >= 0);
    m_page->view()->setCurrentIndex(viewIndex(exact));
    QTest::keyClick(m_page->view(), Qt::Key_F2);
    editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("_zz_visit.*"));
    commit(editor);
    const Cookie &typed = m_document->policy().cookies.at(exact);
    QCOMPARE(typed.name, QStringLiteral("_zz_visit."));
    QCOMPARE(typed.match, NameMatch::Prefix);
    QCOMPARE(viewIndex(exact).data().toString(), QStringLiteral("_zz_visit.*"));

    const QString folder = qEnvironmentVariable("CHARTE_SCREENSHOT_DIR");
    if (!folder.isEmpty())
        QVERIFY(m_page->grab().save(QDir(folder).filePath(QStringLiteral("cookie-families.png"))));
}

QTEST_MAIN(TestCookieNameCell)
#include "tst_cookienamecell.moc"
