// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "charterpage.h"
#include "commands/metacommands.h"
#include "commands/sectioncommands.h"
#include "export/htmlexporter.h"
#include "export/pdfexporter.h"
#include "document/policydocument.h"
#include "format/markdown.h"
#include "format/templates.h"
#include "itemmodels/sectionlistmodel.h"
#include "metaeditor.h"
#include "sectioneditor.h"
#include "support/replicatedpolicy.h"
#include "support/screenshots.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDropEvent>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMimeData>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTextEdit>
#include <QToolButton>

// The Charter page driven as a user would, offscreen: the list, the section editor,
// the rendered view, and the undo stack they all share.
class TestCharterPage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void showsTheRenderedCharter();
    void addRemoveWithUndo();
    void moveButtonsWithUndo();
    void dragAndDropMovesThroughTheStack();
    void dropOnTheListView();
    void renameInTheList();
    void typingIsOneUndoStep();
    void undoKeyInTheEditorUndoesTheDocument();
    void boldBecomesMarkdown();
    void emphasisRendersWhereverTheSelectionEnds_data();
    void emphasisRendersWhereverTheSelectionEnds();
    void markdownRoundTrip_data();
    void markdownRoundTrip();
    void sectionBecomesACookieTable();
    void editLanguage();
    void tableMenuOfTheSectionList();
    void previewShowsTheMeta();
    void followsTheSectionThroughUndo();
    void screenshot();
    void previewCutsLongTablesExportsStayComplete();
    void hiddenPageRendersWhenShown();

private:
    QStringList ids() const;
    QListView *list() const
    {
        return m_page->findChild<QListView *>(QStringLiteral("sectionList"));
    }
    QTextEdit *body() const
    {
        return m_page->findChild<QTextEdit *>(QStringLiteral("sectionBodyEdit"));
    }
    QTextBrowser *view() const
    {
        return m_page->findChild<QTextBrowser *>(QStringLiteral("charterView"));
    }
    QAction *action(const char *name) const
    {
        return m_page->findChild<QAction *>(QLatin1StringView(name));
    }

    PolicyDocument *m_document = nullptr;
    CharterPage *m_page = nullptr;
};

void TestCharterPage::init()
{
    m_document = new PolicyDocument(Templates::defaultPolicy());
    m_page = new CharterPage(m_document);
    m_page->resize(1280, 760);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page));
    new QAbstractItemModelTester(list()->model(),
                                 QAbstractItemModelTester::FailureReportingMode::QtTest, m_page);
}

void TestCharterPage::cleanup()
{
    delete m_page;
    delete m_document;
}

QStringList TestCharterPage::ids() const
{
    QStringList result;
    for (const CharterSection &section : m_document->policy().charter)
        result << section.id;
    return result;
}

void TestCharterPage::showsTheRenderedCharter()
{
    QCOMPARE(list()->model()->rowCount(), 6);
    QCOMPARE(list()->currentIndex().row(), 0);
    QTRY_VERIFY(view()->toPlainText().contains(QStringLiteral("Qu'est-ce qu'un cookie ?")));
    for (const Cookie &cookie : m_document->policy().cookies)
        QVERIFY(view()->toPlainText().contains(cookie.name));
    // Same order as the export: the table section's heading before the table.
    const QString text = view()->toPlainText();
    QVERIFY(text.indexOf(QStringLiteral("Les cookies utilisés")) <
            text.indexOf(QStringLiteral("sessionid")));
    QVERIFY(text.indexOf(QStringLiteral("sessionid")) < text.indexOf(QStringLiteral("Vos choix")));
}

void TestCharterPage::addRemoveWithUndo()
{
    const Policy before = m_document->policy();
    m_page->setCurrentSection(1);
    action("addSectionAction")->trigger();
    QCOMPARE(list()->model()->rowCount(), 7);
    QCOMPARE(m_page->currentSection(), 2);
    // The placeholder is stored and published: in the language being edited, not
    // the interface's (English here).
    QCOMPARE(m_document->policy().charter.at(2).title.exact(QStringLiteral("fr")),
             QStringLiteral("Nouvelle section"));
    QTRY_VERIFY(view()->toPlainText().contains(QStringLiteral("Nouvelle section")));
    // Close the rename editor the add opened.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);

    action("removeSectionAction")->trigger();
    action("removeSectionAction")->trigger(); // removes the next one, now at row 2
    QCOMPARE(list()->model()->rowCount(), 5);
    m_document->undoStack()->undo();
    m_document->undoStack()->undo();
    QCOMPARE(list()->model()->rowCount(), 7);
    m_document->undoStack()->undo();
    QVERIFY(m_document->policy() == before);
    QTRY_VERIFY(!view()->toPlainText().contains(QStringLiteral("New section")));
}

void TestCharterPage::moveButtonsWithUndo()
{
    const QStringList original = ids();
    m_page->setCurrentSection(0);
    QVERIFY(!action("moveSectionUpAction")->isEnabled());
    action("moveSectionDownAction")->trigger();
    action("moveSectionDownAction")->trigger();
    QCOMPARE(ids().at(2), QStringLiteral("introduction"));
    QCOMPARE(m_page->currentSection(), 2); // the moved section stays chosen
    QTRY_VERIFY(view()->toPlainText().indexOf(QStringLiteral("Pour que la plateforme")) >
                view()->toPlainText().indexOf(QStringLiteral("Qu'est-ce qu'un cookie")));
    m_document->undoStack()->undo();
    m_document->undoStack()->undo();
    QCOMPARE(ids(), original);
    QCOMPARE(m_page->currentSection(), 0);
}

void TestCharterPage::dragAndDropMovesThroughTheStack()
{
    QCOMPARE(list()->dragDropMode(), QAbstractItemView::DragDrop);
    QCOMPARE(list()->defaultDropAction(), Qt::MoveAction);
    QAbstractItemModel *model = list()->model();
    const QStringList original = ids();
    // What the view does on a drop: ask the model for the dragged row's data, then drop it.
    std::unique_ptr<QMimeData> data(model->mimeData({model->index(5, 0)}));
    QVERIFY(data);
    QVERIFY(model->canDropMimeData(data.get(), Qt::MoveAction, 1, 0, {}));
    QVERIFY(model->dropMimeData(data.get(), Qt::MoveAction, 1, 0, {}));
    QCOMPARE(ids().at(1), original.at(5));
    QCOMPARE(model->rowCount(), 6);
    QCOMPARE(m_document->undoStack()->count(), 1);
    // Dropping on the end.
    std::unique_ptr<QMimeData> again(model->mimeData({model->index(0, 0)}));
    QVERIFY(model->dropMimeData(again.get(), Qt::MoveAction, -1, -1, {}));
    QCOMPARE(ids().last(), original.at(0));
    // A drop from another document is refused.
    PolicyDocument other(Templates::defaultPolicy());
    SectionListModel otherModel(&other);
    std::unique_ptr<QMimeData> foreign(otherModel.mimeData({otherModel.index(0)}));
    QVERIFY(!model->canDropMimeData(foreign.get(), Qt::MoveAction, 2, 0, {}));
    m_document->undoStack()->undo();
    m_document->undoStack()->undo();
    QCOMPARE(ids(), original);
}

void TestCharterPage::dropOnTheListView()
{
    // The events a drag over the list produces, sent to its viewport: the view
    // works out the drop row from the position and hands the drop to the model.
    QListView *view = list();
    QAbstractItemModel *model = view->model();
    const QStringList original = ids();
    std::unique_ptr<QMimeData> data(model->mimeData({model->index(4, 0)}));
    const QRect target = view->visualRect(model->index(1, 0));
    const QPoint position(target.left() + 10, target.top() + 1); // upper edge: before row 1
    QDragEnterEvent enter(position, Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view->viewport(), &enter);
    QVERIFY(enter.isAccepted());
    QDragMoveEvent move(position, Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view->viewport(), &move);
    QVERIFY(move.isAccepted());
    QDropEvent drop(QPointF(position), Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view->viewport(), &drop);
    QCOMPARE(ids().at(1), original.at(4));
    QCOMPARE(ids().size(), original.size());
    QCOMPARE(m_document->undoStack()->count(), 1);
    QCOMPARE(m_document->undoStack()->undoText(),
             QStringLiteral("Move section \"Vos choix et comment les modifier\""));
    m_document->undoStack()->undo();
    QCOMPARE(ids(), original);
}

void TestCharterPage::renameInTheList()
{
    QAbstractItemModel *model = list()->model();
    QVERIFY(model->setData(model->index(1, 0), QStringLiteral("Les cookies, c'est quoi ?")));
    QCOMPARE(model->index(1, 0).data().toString(), QStringLiteral("Les cookies, c'est quoi ?"));
    QTRY_VERIFY(view()->toPlainText().contains(QStringLiteral("Les cookies, c'est quoi ?")));
    m_page->setCurrentSection(1);
    auto *title = m_page->findChild<QLineEdit *>(QStringLiteral("sectionTitleEdit"));
    QCOMPARE(title->text(), QStringLiteral("Les cookies, c'est quoi ?"));
    m_document->undoStack()->undo();
    QCOMPARE(model->index(1, 0).data().toString(), QStringLiteral("Qu'est-ce qu'un cookie\u00a0?"));
    QCOMPARE(title->text(), QStringLiteral("Qu'est-ce qu'un cookie\u00a0?"));
}

void TestCharterPage::typingIsOneUndoStep()
{
    m_page->setCurrentSection(1);
    const QString original = m_document->policy().charter.at(1).body.exact(QStringLiteral("fr"));
    body()->setFocus();
    body()->moveCursor(QTextCursor::End);
    QTest::keyClicks(body(), QStringLiteral(" Fin."));
    QTRY_COMPARE(m_document->undoStack()->count(), 1);
    QTest::keyClicks(body(), QStringLiteral(" Encore."));
    m_page->sectionEditor()->flush();
    QCOMPARE(m_document->undoStack()->count(), 1); // merged with the first push
    const QString edited = m_document->policy().charter.at(1).body.exact(QStringLiteral("fr"));
    QVERIFY(edited.endsWith(QStringLiteral("Fin. Encore.")));
    QTRY_VERIFY(view()->toPlainText().contains(QStringLiteral("Fin. Encore.")));
    m_document->undoStack()->undo();
    QCOMPARE(m_document->policy().charter.at(1).body.exact(QStringLiteral("fr")), original);
    QVERIFY(!body()->toPlainText().contains(QStringLiteral("Encore")));
}

void TestCharterPage::undoKeyInTheEditorUndoesTheDocument()
{
    m_page->setCurrentSection(0);
    const Policy before = m_document->policy();
    body()->setFocus();
    body()->moveCursor(QTextCursor::Start);
    QTest::keyClicks(body(), QStringLiteral("Attention : "));
    // Ctrl+Z before the pause ends: the pending typing is pushed, then undone.
    QTest::keySequence(body(), QKeySequence::Undo);
    QVERIFY(m_document->policy() == before);
    QVERIFY(!body()->toPlainText().contains(QStringLiteral("Attention")));
    QTest::keySequence(body(), QKeySequence::Redo);
    QVERIFY(body()->toPlainText().startsWith(QStringLiteral("Attention : ")));
    QVERIFY(m_document->policy()
                .charter.at(0)
                .body.exact(QStringLiteral("fr"))
                .startsWith(QStringLiteral("Attention : ")));
}

void TestCharterPage::boldBecomesMarkdown()
{
    m_page->setCurrentSection(4);
    body()->setFocus();
    body()->moveCursor(QTextCursor::End);
    QTest::keyClick(body(), Qt::Key_Return);
    QTest::keySequence(body(), QKeySequence::Bold);
    QTest::keyClicks(body(), QStringLiteral("Important"));
    m_page->sectionEditor()->flush();
    QVERIFY2(m_document->policy()
                 .charter.at(4)
                 .body.exact(QStringLiteral("fr"))
                 .endsWith(QStringLiteral("**Important**")),
             qPrintable(m_document->policy().charter.at(4).body.exact(QStringLiteral("fr"))));
}

void TestCharterPage::emphasisRendersWhereverTheSelectionEnds_data()
{
    // A selection made by double-click or by dragging often takes a space at one end.
    // Whatever it takes, what the toolbar (or Ctrl+B, Ctrl+I) shows as emphasis must be
    // emphasis in the rendered charter, never literal asterisks.
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("to");
    QTest::addColumn<QStringList>("actions");
    QTest::addColumn<QString>("emphasised");
    const QString text = QStringLiteral("La plateforme utilise des cookies.");
    const QStringList bold{QStringLiteral("boldAction")};
    const QStringList italic{QStringLiteral("italicAction")};
    const QStringList both{QStringLiteral("boldAction"), QStringLiteral("italicAction")};
    QTest::newRow("bold, space after") << text << 0 << 14 << bold << QStringLiteral("La plateforme");
    QTest::newRow("bold, space before") << text << 2 << 13 << bold << QStringLiteral("plateforme");
    QTest::newRow("bold, spaces around") << text << 2 << 14 << bold << QStringLiteral("plateforme");
    QTest::newRow("italic, space after") << text << 3 << 22 << italic << QStringLiteral("plateforme utilise");
    QTest::newRow("italic, space before") << text << 13 << 21 << italic << QStringLiteral("utilise");
    QTest::newRow("bold and italic, spaces around") << text << 13 << 22 << both << QStringLiteral("utilise");
    QTest::newRow("bold word") << text << 3 << 13 << bold << QStringLiteral("plateforme");
    QTest::newRow("bold to the end") << text << 26 << 34 << bold << QStringLiteral("cookies.");
    QTest::newRow("no-break space after")
        << QStringLiteral("Durée\u00a0: 13 mois") << 0 << 6 << bold << QStringLiteral("Durée");
}

void TestCharterPage::emphasisRendersWhereverTheSelectionEnds()
{
    QFETCH(QString, text);
    QFETCH(int, from);
    QFETCH(int, to);
    QFETCH(QStringList, actions);
    QFETCH(QString, emphasised);
    m_page->setCurrentSection(1);
    body()->setFocus();
    body()->selectAll();
    // Typed where the test's key map can (ASCII); the no-break space is inserted.
    if (QStringView(text).toLatin1() == text.toUtf8())
        QTest::keyClicks(body(), text);
    else
        body()->insertPlainText(text);
    QTextCursor cursor = body()->textCursor();
    cursor.setPosition(from);
    cursor.setPosition(to, QTextCursor::KeepAnchor);
    body()->setTextCursor(cursor);
    for (const QString &name : std::as_const(actions))
        action(qPrintable(name))->trigger();
    m_page->sectionEditor()->flush();

    const QString markdown = m_document->policy().charter.at(1).body.exact(QStringLiteral("fr"));
    const QString html = QString::fromUtf8(Markdown::toHtml(markdown));
    QVERIFY2(!html.contains(u'*'), qPrintable(markdown + QStringLiteral(" → ") + html));
    for (const QString &name : std::as_const(actions)) {
        const QString tag = name == QLatin1StringView("boldAction") ? QStringLiteral("strong")
                                                                    : QStringLiteral("em");
        QVERIFY2(html.contains(QStringLiteral("<%1>").arg(tag)), qPrintable(html));
    }
    // The emphasis covers the words chosen, and the text reads as it was typed.
    QString plain = html;
    plain.remove(QRegularExpression(QStringLiteral("<[^>]*>"))).replace(QStringLiteral("&nbsp;"), QStringLiteral("\u00a0"));
    QCOMPARE(plain.trimmed(), text);
    const QRegularExpression run(QStringLiteral("<(strong|em)>(?:<(?:strong|em)>)?(.*?)</"));
    QCOMPARE(run.match(html).captured(2), emphasised);
}

void TestCharterPage::markdownRoundTrip_data()
{
    // What QTextDocument writes back for Markdown it read (Qt 6.4): most forms come
    // back unchanged; numbered lists gain a second space. Opening a section never
    // rewrites it (the editor pushes only typed changes); a typed change rewrites
    // the section's body in these forms.
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("written");
    const auto same = [](const QString &markdown) {
        QTest::newRow(qPrintable(QString(markdown).replace(u'\n', u'/'))) << markdown << markdown;
    };
    same(QStringLiteral("One.\n\nTwo."));
    same(QStringLiteral("Some **bold** and *italic* text."));
    same(QStringLiteral("- one\n- two"));
    same(QStringLiteral("See [the CNIL](https://www.cnil.fr)."));
    same(QStringLiteral("# Title\n\nText."));
    QTest::newRow("numbers") << QStringLiteral("1. one\n2. two")
                             << QStringLiteral("1.  one\n2.  two");
}

void TestCharterPage::markdownRoundTrip()
{
    QFETCH(QString, markdown);
    QFETCH(QString, written);
    m_page->setCurrentSection(1);
    m_document->undoStack()->push(new SetSectionTextCommand(m_document, {1, SectionText::Body},
                                                            QStringLiteral("fr"), markdown));
    QCOMPARE(m_document->undoStack()->count(), 1);
    // Give the editor a chance to push anything it would rewrite.
    m_page->sectionEditor()->flush();
    QCOMPARE(m_document->undoStack()->count(), 1);
    QTextDocument document;
    document.setMarkdown(markdown,
                         QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectCommonMark |
                                                         QTextDocument::MarkdownNoHTML));
    QString actual = document.toMarkdown(QTextDocument::MarkdownFeatures(
        QTextDocument::MarkdownDialectCommonMark | QTextDocument::MarkdownNoHTML));
    while (actual.endsWith(u'\n'))
        actual.chop(1);
    QCOMPARE(actual, written);
}

void TestCharterPage::sectionBecomesACookieTable()
{
    m_page->setCurrentSection(1);
    auto *kind = m_page->findChild<QComboBox *>(QStringLiteral("sectionKindCombo"));
    QVERIFY(kind);
    const int necessary =
        kind->findData(QStringList{QStringLiteral("cookie-table"), QStringLiteral("necessary")});
    QVERIFY(necessary > 0);
    kind->setCurrentIndex(necessary);
    emit kind->activated(necessary);
    QCOMPARE(m_document->policy().charter.at(1).kind, CharterSection::Kind::CookieTable);
    QCOMPARE(m_document->policy().charter.at(1).categoryId, QStringLiteral("necessary"));
    QTRY_COMPARE(view()->toPlainText().count(QStringLiteral("sessionid")), 2);
    m_document->undoStack()->undo();
    QCOMPARE(m_document->policy().charter.at(1).kind, CharterSection::Kind::Text);
    QCOMPARE(kind->currentIndex(), 0);
    QTRY_COMPARE(view()->toPlainText().count(QStringLiteral("sessionid")), 1);
}

void TestCharterPage::editLanguage()
{
    auto *language = m_page->findChild<QComboBox *>(QStringLiteral("charterLanguageCombo"));
    QCOMPARE(language->count(), 2);
    m_page->setEditLanguage(QStringLiteral("en"));
    QCOMPARE(list()->model()->index(1, 0).data().toString(), QStringLiteral("What is a cookie?"));
    QTRY_VERIFY(view()->toPlainText().contains(QStringLiteral("What is a cookie?")));
    QCOMPARE(language->currentData().toString(), QStringLiteral("en"));
    m_page->setCurrentSection(1);
    body()->setFocus();
    body()->moveCursor(QTextCursor::End);
    QTest::keyClicks(body(), QStringLiteral(" End."));
    m_page->sectionEditor()->flush();
    QVERIFY(m_document->policy()
                .charter.at(1)
                .body.exact(QStringLiteral("en"))
                .endsWith(QStringLiteral("End.")));
    QVERIFY(!m_document->policy()
                 .charter.at(1)
                 .body.exact(QStringLiteral("fr"))
                 .endsWith(QStringLiteral("End.")));
}

void TestCharterPage::tableMenuOfTheSectionList()
{
    m_page->setCurrentSection(4);
    auto *button = m_page->findChild<QToolButton *>(QStringLiteral("sectionKindButton"));
    QVERIFY(button && button->menu());
    emit button->menu()->aboutToShow();
    auto *all = button->menu()->findChild<QAction *>(QStringLiteral("kindAllAction"));
    auto *text = button->menu()->findChild<QAction *>(QStringLiteral("kindTextAction"));
    QVERIFY(all && text);
    QVERIFY(text->isChecked());
    all->trigger();
    QCOMPARE(m_document->policy().charter.at(4).kind, CharterSection::Kind::CookieTable);
    QCOMPARE(m_document->policy().charter.at(4).categoryId, QString());
    QTRY_COMPARE(view()->toPlainText().count(QStringLiteral("csrftoken")), 2);
    emit button->menu()->aboutToShow();
    QVERIFY(button->menu()->findChild<QAction *>(QStringLiteral("kindAllAction"))->isChecked());
    m_document->undoStack()->undo();
    QTRY_COMPARE(view()->toPlainText().count(QStringLiteral("csrftoken")), 1);
}

void TestCharterPage::previewShowsTheMeta()
{
    QTRY_VERIFY(view()->toPlainText().contains(QStringLiteral("29 novembre 2026")));
    PolicyMeta meta = m_document->policy().meta;
    meta.publisherName = QStringLiteral("Commune de Test");
    meta.revision = 4;
    m_document->undoStack()->push(setMetaCommand(m_document, meta, QStringLiteral("meta")));
    QTRY_VERIFY(view()->toPlainText().contains(QStringLiteral("Commune de Test")));
    QVERIFY(view()->toPlainText().contains(QStringLiteral("Version 4")));
}

void TestCharterPage::followsTheSectionThroughUndo()
{
    m_page->setCurrentSection(3);
    const QString id = m_document->policy().charter.at(3).id;
    m_document->undoStack()->push(new MoveSectionCommand(m_document, 3, 0));
    QCOMPARE(m_page->currentSection(), 0);
    QCOMPARE(m_page->sectionEditor()->section(), 0);
    m_document->undoStack()->undo();
    QCOMPARE(m_page->currentSection(), 3);
    QCOMPARE(m_document->policy().charter.at(m_page->sectionEditor()->section()).id, id);
}

void TestCharterPage::screenshot()
{
    const QByteArray folder = qgetenv("CHARTE_SCREENSHOT_DIR");
    m_page->setCurrentSection(3);
    QTest::qWait(50);
    const QImage image = m_page->grab().toImage();
    QVERIFY(!image.isNull());
    if (!folder.isEmpty()) {
        QVERIFY(image.save(QString::fromLocal8Bit(folder) + QStringLiteral("/charterpage.png")));
        m_page->setCurrentSection(1);
        QTest::qWait(50); // let the layouts settle (a hidden note frees its room)
        QVERIFY(m_page->grab().save(QString::fromLocal8Bit(folder) +
                                    QStringLiteral("/charterpage-text.png")));
        m_page->findChild<QTabWidget *>(QStringLiteral("charterTabs"))->setCurrentIndex(1);
        QTest::qWait(50);
        QVERIFY(m_page->grab().save(QString::fromLocal8Bit(folder) +
                                    QStringLiteral("/charterpage-meta.png")));
    }
}

void TestCharterPage::previewCutsLongTablesExportsStayComplete()
{
    const Policy policy = TestSupport::replicatedDefault(40);
    m_document->resetPolicy(policy);
    const QString language = policy.meta.defaultLanguage;
    QTRY_VERIFY(view()->toPlainText().contains(QStringLiteral("more cookie")));
    const QString shown = view()->toPlainText();

    int cutTables = 0;
    for (const Category &category : policy.categories) {
        const QList<const Cookie *> cookies = HtmlExporter::cookiesOf(policy, category.id);
        if (cookies.isEmpty())
            continue;
        // The first rows of the table are shown, the ones after the limit are not…
        QVERIFY2(shown.contains(cookies.first()->name), qPrintable(cookies.first()->name));
        if (cookies.size() <= CharterPage::PreviewRowsPerTable)
            continue;
        ++cutTables;
        QVERIFY2(!shown.contains(cookies.at(CharterPage::PreviewRowsPerTable)->name),
                 qPrintable(cookies.at(CharterPage::PreviewRowsPerTable)->name));
        // …and the preview says how many follow.
        const qsizetype more = cookies.size() - CharterPage::PreviewRowsPerTable;
        QVERIFY2(shown.contains(QStringLiteral("and %1 more cookie").arg(more)),
                 qPrintable(QStringLiteral("and %1 more cookie").arg(more)));
    }
    QVERIFY(cutTables > 0);
    m_page->resize(1180, 800);
    QVERIFY(TestSupport::saveScreenshot(m_page, QStringLiteral("charterpage-long-tables.png")));

    // The exports and the printed charter list every cookie.
    const QString html = QString::fromUtf8(HtmlExporter::exportCharter(policy, language));
    const QString printed = QString::fromUtf8(PdfExporter::html(policy, language));
    for (const Cookie &cookie : policy.cookies) {
        if (policy.categoryIndex(cookie.categoryId) < 0 && cookie.categoryId.isEmpty())
            continue;
        QVERIFY2(html.contains(QStringLiteral("<code>") + cookie.name + QStringLiteral("</code>")),
                 qPrintable(cookie.name));
        QVERIFY2(printed.contains(QStringLiteral("<code>") + cookie.name + QStringLiteral("</code>")),
                 qPrintable(cookie.name));
    }
    QVERIFY(!html.contains(QStringLiteral("charte-more")));
    QVERIFY(!printed.contains(QStringLiteral("charte-more")));
}

void TestCharterPage::hiddenPageRendersWhenShown()
{
    // Hidden, the page does not render the charter after each change (at 100,000
    // cookies that is the costly part); shown again, it renders the current one.
    QTRY_VERIFY(view()->toPlainText().contains(QStringLiteral("29 novembre 2026")));
    m_page->hide();
    PolicyMeta meta = m_document->policy().meta;
    meta.publisherName = QStringLiteral("Commune cachée");
    m_document->undoStack()->push(setMetaCommand(m_document, meta, QStringLiteral("meta")));
    QTest::qWait(50);
    QVERIFY(!view()->toPlainText().contains(QStringLiteral("Commune cachée")));
    m_page->show();
    QTRY_VERIFY(view()->toPlainText().contains(QStringLiteral("Commune cachée")));
}

QTEST_MAIN(TestCharterPage)
#include "tst_charterpage.moc"
