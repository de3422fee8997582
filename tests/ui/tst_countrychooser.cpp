// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "countrychooser.h"
#include "document/countries.h"
#include "document/policydocument.h"
#include "format/templates.h"
#include "interfacelanguage.h"
#include "providerdialog.h"
#include "providerspage.h"

#include <QApplication>
#include <QCompleter>
#include <QAbstractItemView>
#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

// A provider's country is chosen by name in the interface language and stored as its
// ISO code. A line edit cut "Nouvelle-Zélande" to "NO" (Norway, in the EEA), hiding a
// transfer outside it; a text that names no single country must change nothing.
class TestCountryChooser : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void namesComeFromTheLocaleData();
    void typedNamesAndCodesBecomeCodes_data();
    void typedNamesAndCodesBecomeCodes();
    void whatNamesNoCountryIsRefused_data();
    void whatNamesNoCountryIsRefused();
    void frenchInterfaceTakesFrenchNames();
    void newProviderDialogWaitsForACountry();
    void screenshot();

private:
    CountryChooser *chooser() const
    {
        return m_page->findChild<CountryChooser *>(QStringLiteral("providerCountry"));
    }
    // Where a keyboard's keys go: to an open completion list first, as on screen (it
    // hands what it does not use to the field), else to the widget.
    static QWidget *keyTarget(QWidget *widget)
    {
        QWidget *popup = QApplication::activePopupWidget();
        return popup ? popup : widget;
    }
    // Types as a keyboard does, one key event per character, accents included.
    static void type(QWidget *widget, const QString &text)
    {
        for (const QChar c : text) {
            QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(c));
            QApplication::sendEvent(keyTarget(widget), &press);
            QKeyEvent release(QEvent::KeyRelease, 0, Qt::NoModifier, QString(c));
            QApplication::sendEvent(keyTarget(widget), &release);
        }
    }
    // Clicks into the country field, replaces its text by typing, presses Enter.
    void typeCountry(const QString &text)
    {
        QLineEdit *edit = chooser()->lineEdit();
        QTest::mouseClick(edit, Qt::LeftButton);
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        type(edit, text);
        QTest::keyClick(keyTarget(edit), Qt::Key_Return);
        QVERIFY(!QApplication::activePopupWidget());
        // Committing keeps the focus where the user typed (the page's list rebuild
        // used to disable the fields for a moment and throw it out).
        QVERIFY(QApplication::focusWidget() == chooser() || QApplication::focusWidget() == edit);
    }

    PolicyDocument *m_document = nullptr;
    ProvidersPage *m_page = nullptr;
};

void TestCountryChooser::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestCountryChooser::init()
{
    m_document = new PolicyDocument(Templates::defaultPolicy());
    m_page = new ProvidersPage(m_document);
    m_page->resize(900, 600);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page));
    m_page->setCurrentIndex(0);
    QVERIFY(chooser());
}

void TestCountryChooser::cleanup()
{
    delete m_page;
    delete m_document;
}

void TestCountryChooser::namesComeFromTheLocaleData()
{
    QCOMPARE(Countries::displayName(QStringLiteral("NZ"), QStringLiteral("fr")), QStringLiteral("Nouvelle-Zélande"));
    QCOMPARE(Countries::displayName(QStringLiteral("nz")), QStringLiteral("New Zealand"));
    QCOMPARE(Countries::displayName(QStringLiteral("EL"), QStringLiteral("fr")), QStringLiteral("Grèce"));
    QCOMPARE(Countries::displayName(QStringLiteral("XX"), QStringLiteral("fr")), QStringLiteral("XX"));
    QVERIFY(Countries::isCountryCode(QStringLiteral("no")));
    QVERIFY(!Countries::isCountryCode(QStringLiteral("XX")));
    QVERIFY(!Countries::isCountryCode(QStringLiteral("419")));
    QVERIFY(Countries::codes().size() > 240);
    QVERIFY(chooser()->findText(QStringLiteral("New Zealand (NZ)")) >= 0);
}

void TestCountryChooser::typedNamesAndCodesBecomeCodes_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("stored");
    QTest::newRow("name") << "New Zealand" << "NZ";
    QTest::newRow("name, any case") << "new zealand" << "NZ";
    QTest::newRow("name with its code") << "Norway (NO)" << "NO";
    QTest::newRow("code") << "nz" << "NZ";
    QTest::newRow("a part only one name holds") << "zeala" << "NZ";
    QTest::newRow("Greece by the EU's code, kept as ISO's") << "EL" << "GR";
    QTest::newRow("cleared") << "" << "";
}

void TestCountryChooser::typedNamesAndCodesBecomeCodes()
{
    QFETCH(QString, typed);
    QFETCH(QString, stored);
    typeCountry(typed);
    QCOMPARE(m_document->policy().providers.at(0).country, stored);
    if (!stored.isEmpty())
        QCOMPARE(m_document->undoStack()->count(), 1);
}

void TestCountryChooser::whatNamesNoCountryIsRefused_data()
{
    QTest::addColumn<QString>("typed");
    QTest::newRow("not a country") << "Atlantis";
    QTest::newRow("not a code") << "XX";
    QTest::newRow("four countries hold it") << "Guin";
    QTest::newRow("half a name") << "New";
}

void TestCountryChooser::whatNamesNoCountryIsRefused()
{
    QFETCH(QString, typed);
    const QString before = m_document->policy().providers.at(0).country;
    QSignalSpy status(m_page, &ProvidersPage::statusMessage);
    typeCountry(typed);
    QCOMPARE(m_document->policy().providers.at(0).country, before);
    QCOMPARE(m_document->undoStack()->count(), 0);
    QVERIFY(!status.isEmpty());
    QVERIFY2(status.last().first().toString().contains(QStringLiteral("is not a country")),
             qPrintable(status.last().first().toString()));
    // The refused text stays in view, marked, for the user to correct.
    QCOMPARE(chooser()->lineEdit()->text(), typed);
    QVERIFY(chooser()->lineEdit()->property("refused").toBool());
}

void TestCountryChooser::frenchInterfaceTakesFrenchNames()
{
    InterfaceLanguage language(nullptr, QStringLiteral(":/i18n"));
    language.setChoice(QStringLiteral("fr"));
    QTRY_VERIFY(chooser()->findText(QStringLiteral("Nouvelle-Zélande (NZ)")) >= 0);
    // The name a French privacy officer types, which a two-letter field cut to "NO".
    typeCountry(QStringLiteral("Nouvelle-Zélande"));
    QCOMPARE(m_document->policy().providers.at(0).country, QStringLiteral("NZ"));
    typeCountry(QStringLiteral("norvege"));
    QCOMPARE(m_document->policy().providers.at(0).country, QStringLiteral("NO"));
    typeCountry(QStringLiteral("Nouvelle"));
    QCOMPARE(m_document->policy().providers.at(0).country, QStringLiteral("NO"));
    language.setChoice(QStringLiteral("en"));
    QTRY_VERIFY(chooser()->findText(QStringLiteral("New Zealand (NZ)")) >= 0);
    QCOMPARE(chooser()->currentText(), QStringLiteral("Norway (NO)"));
}

void TestCountryChooser::newProviderDialogWaitsForACountry()
{
    ProviderDialog dialog(m_document->policy().providers);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("providerName"));
    auto *country = dialog.findChild<CountryChooser *>(QStringLiteral("providerCountry"));
    QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QTest::keyClicks(name, QStringLiteral("Hotjar Ltd"));
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(country->lineEdit(), Qt::LeftButton);
    type(country->lineEdit(), QStringLiteral("Atlantis"));
    QVERIFY(!ok->isEnabled());
    country->lineEdit()->selectAll();
    type(country->lineEdit(), QStringLiteral("malta"));
    QVERIFY(ok->isEnabled());
    QCOMPARE(dialog.provider().country, QStringLiteral("MT"));
}

void TestCountryChooser::screenshot()
{
    // The page and the list a French user sees while typing "Nouv" (saved for a person
    // to look at when CHARTE_SCREENSHOT_DIR is set).
    InterfaceLanguage language(nullptr, QStringLiteral(":/i18n"));
    language.setChoice(QStringLiteral("fr"));
    QTRY_VERIFY(chooser()->findText(QStringLiteral("Nouvelle-Zélande (NZ)")) >= 0);
    QLineEdit *edit = chooser()->lineEdit();
    QTest::mouseClick(edit, Qt::LeftButton);
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    type(edit, QStringLiteral("Nouv"));
    QTRY_VERIFY(chooser()->completer()->popup()->isVisible());
    // Nouvelle-Calédonie, Nouvelle-Zélande and Papouasie-Nouvelle-Guinée: any part of a name.
    QCOMPARE(chooser()->completer()->completionCount(), 3);
    const QByteArray folder = qgetenv("CHARTE_SCREENSHOT_DIR");
    if (!folder.isEmpty()) {
        QVERIFY(m_page->grab().save(QString::fromLocal8Bit(folder) + QStringLiteral("/providers-country.png")));
        QVERIFY(chooser()->completer()->popup()->grab().save(QString::fromLocal8Bit(folder) +
                                                             QStringLiteral("/providers-country-list.png")));
    }
    QTest::keyClick(keyTarget(edit), Qt::Key_Escape);
    language.setChoice(QStringLiteral("en"));
}

QTEST_MAIN(TestCountryChooser)
#include "tst_countrychooser.moc"
