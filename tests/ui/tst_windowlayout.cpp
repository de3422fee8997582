// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "interfacelanguage.h"
#include "mainwindow.h"
#include "support/screenshots.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleOptionButton>
#include <QStyleOptionFrame>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

// Nothing is clipped at the window's default size (1180×800), in English or French
// (issue 17, point 17). Each page is shown in turn and every visible label, button
// and box title, and every empty field's placeholder, is measured against the room it got: a French word longer than its
// English one must not be cut, and the toolbar must not hide actions behind its
// overflow button.
class TestWindowLayout : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void nothingIsClipped_data();
    void nothingIsClipped();
};

namespace {

// Whether the widget and all its ancestors up to the window are shown, and it has
// a real size (hidden tabs and collapsed areas do not count).
bool isReallyVisible(const QWidget *widget)
{
    return widget->isVisible() && widget->width() > 0 && widget->height() > 0 &&
           !widget->visibleRegion().isEmpty();
}

QString describe(const QWidget *widget, const QString &text)
{
    QString name = widget->objectName();
    for (const QWidget *parent = widget->parentWidget(); name.isEmpty() && parent;
         parent = parent->parentWidget())
        name = parent->objectName().isEmpty() ? QString() : QStringLiteral("in ") + parent->objectName();
    return QStringLiteral("%1 %2 \"%3\"").arg(QString::fromLatin1(widget->metaObject()->className()), name, text);
}

// Labels that neither wrap nor elide must show their whole text.
void collectClippedLabels(const QWidget *root, QStringList &clipped)
{
    for (const QLabel *label : root->findChildren<QLabel *>()) {
        if (!isReallyVisible(label) || label->wordWrap() || label->text().isEmpty() ||
            !label->pixmap().isNull() || Qt::mightBeRichText(label->text()))
            continue;
        const int needed = label->fontMetrics().horizontalAdvance(label->text().section(QLatin1Char('\n'), 0, 0).remove(QLatin1Char('&')));
        const int room = label->contentsRect().width() - 2 * label->margin();
        if (needed > room)
            clipped << describe(label, label->text()) + QStringLiteral(" needs %1 px, has %2").arg(needed).arg(room);
    }
}

// Buttons with text must be at least as wide as their text asks.
void collectClippedButtons(const QWidget *root, QStringList &clipped)
{
    for (const QAbstractButton *button : root->findChildren<QAbstractButton *>()) {
        if (!isReallyVisible(button) || button->text().isEmpty())
            continue;
        const auto *tool = qobject_cast<const QToolButton *>(button);
        if (tool && tool->toolButtonStyle() == Qt::ToolButtonIconOnly)
            continue;
        // A check box or radio button may be narrower than its hint only if its
        // text still fits beside the indicator.
        const int needed = button->sizeHint().width();
        if (needed > button->width() + 1)
            clipped << describe(button, button->text()) + QStringLiteral(" needs %1 px, has %2").arg(needed).arg(button->width());
    }
    for (const QGroupBox *box : root->findChildren<QGroupBox *>()) {
        if (!isReallyVisible(box) || box->title().isEmpty())
            continue;
        const int needed = box->fontMetrics().horizontalAdvance(box->title()) + 16;
        if (needed > box->width())
            clipped << describe(box, box->title()) + QStringLiteral(" needs %1 px, has %2").arg(needed).arg(box->width());
    }
}

// A toolbar too narrow for its actions shows the "more" button that hides some of them.
void collectHiddenToolbarActions(const QWidget *root, QStringList &clipped)
{
    for (const QToolBar *toolBar : root->findChildren<QToolBar *>()) {
        if (!isReallyVisible(toolBar))
            continue;
        const auto *extension = toolBar->findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button"));
        if (extension && extension->isVisible())
            clipped << QStringLiteral("toolbar %1 hides actions behind its overflow button").arg(toolBar->objectName());
    }
}

// Combo boxes shows their current entry whole.
void collectClippedComboBoxes(const QWidget *root, QStringList &clipped)
{
    for (const QComboBox *combo : root->findChildren<QComboBox *>()) {
        if (!isReallyVisible(combo) || combo->isEditable() || combo->currentText().isEmpty())
            continue;
        QStyleOptionComboBox option;
        option.initFrom(combo);
        const QRect field = combo->style()->subControlRect(QStyle::CC_ComboBox, &option,
                                                           QStyle::SC_ComboBoxEditField, combo);
        const int needed = combo->fontMetrics().horizontalAdvance(combo->currentText()) +
                           (combo->itemIcon(combo->currentIndex()).isNull() ? 0 : combo->iconSize().width() + 4);
        if (needed > field.width())
            clipped << describe(combo, combo->currentText()) + QStringLiteral(" needs %1 px, has %2").arg(needed).arg(field.width());
    }
}

// An empty field's placeholder is what tells a person what to type: it must show whole.
void collectClippedPlaceholders(const QWidget *root, QStringList &clipped)
{
    for (const QLineEdit *edit : root->findChildren<QLineEdit *>()) {
        if (!isReallyVisible(edit) || !edit->text().isEmpty() || edit->placeholderText().isEmpty())
            continue;
        if (qobject_cast<const QComboBox *>(edit->parentWidget()))
            continue; // an editable combo box's field: its entries are measured above
        QStyleOptionFrame option;
        option.initFrom(edit);
        option.lineWidth = edit->hasFrame() ? edit->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, &option, edit) : 0;
        const QRect contents = edit->style()->subElementRect(QStyle::SE_LineEditContents, &option, edit);
        const QMargins margins = edit->textMargins();
        // The clear button keeps its room while hidden; QLineEdit's own margin is 2 px a side.
        const int clearButton = edit->isClearButtonEnabled() ? edit->height() : 0;
        const int room = contents.width() - margins.left() - margins.right() - 4 - clearButton;
        const int needed = edit->fontMetrics().horizontalAdvance(edit->placeholderText());
        if (needed > room)
            clipped << describe(edit, edit->placeholderText()) + QStringLiteral(" needs %1 px, has %2").arg(needed).arg(room);
    }
}

} // namespace

void TestWindowLayout::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CharteTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_windowlayout"));
}

void TestWindowLayout::nothingIsClipped_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("pageId");
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("fr")})
        for (const QString &page : PageNavigator::standardPageIds() +
                                       QStringList{QStringLiteral("translations"), QStringLiteral("consents"),
                                                   QStringLiteral("history")})
            QTest::addRow("%s-%s", qPrintable(language), qPrintable(page)) << language << page;
}

void TestWindowLayout::nothingIsClipped()
{
    QFETCH(QString, language);
    QFETCH(QString, pageId);
    QSettings().setValue(InterfaceLanguage::settingsKey(), language);

    MainWindow window;
    window.showDefaultCharter();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.size(), QSize(1180, 800));
    window.showPage(pageId);
    QTest::qWait(50); // let the layouts settle
    QVERIFY(TestSupport::saveScreenshot(&window, QStringLiteral("window-%1-%2.png").arg(pageId, language)));

    QStringList clipped;
    collectClippedLabels(&window, clipped);
    collectClippedButtons(&window, clipped);
    collectHiddenToolbarActions(&window, clipped);
    collectClippedComboBoxes(&window, clipped);
    collectClippedPlaceholders(&window, clipped);
    QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(QStringLiteral("\n"))));
}

QTEST_MAIN(TestWindowLayout)
#include "tst_windowlayout.moc"
