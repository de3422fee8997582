// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "document/policydocument.h"
#include "format/policyreader.h"
#include "format/policywriter.h"
#include "format/templates.h"
#include "interfacelanguage.h"
#include "mainwindow.h"
#include "metaeditor.h"
#include "publishing/publisher.h"
#include "support/screenshots.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QListWidget>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

// Dates in the interface follow the interface's language, not the system's, when the
// language is switched while Charte runs and after a restart: the Overview, the
// History page's timeline and comparison choices, the date editors. (The test runs
// under LC_ALL=C.UTF-8: English unless the interface says otherwise.)
class TestInterfaceDates : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void dateEditorFollowsASwitchAtRunTime();
    void theWindowIsFrenchAfterARestart_data();
    void theWindowIsFrenchAfterARestart();

private:
    QString publishedDocument();
    QTemporaryDir m_dir;
};

void TestInterfaceDates::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("Charte"));
    QCoreApplication::setApplicationName(QStringLiteral("charte-tst-interfacedates"));
    QVERIFY(m_dir.isValid());
}

void TestInterfaceDates::init()
{
    QSettings().clear();
}

// A document published on Sunday 29 November 2026, last updated that day.
QString TestInterfaceDates::publishedDocument()
{
    const QString path = m_dir.filePath(QStringLiteral("valbourg.charte.json"));
    if (QFile::exists(path))
        return path;
    Policy policy = *Templates::load(QStringLiteral("typical"));
    policy.meta.lastUpdated = QDate(2026, 11, 29);
    if (!PolicyWriter::writeFile(policy, path))
        return {};
    PublishRequest request;
    request.date = QDate(2026, 11, 29);
    request.publisher = QStringLiteral("Camille Martin");
    const Expected<PublishPlan> plan = Publishing::plan(policy, path, request);
    if (!plan || !plan->refusal.isEmpty() || !Publishing::publish(*plan, path, request))
        return {};
    return path;
}

void TestInterfaceDates::dateEditorFollowsASwitchAtRunTime()
{
    Policy policy = Templates::defaultPolicy();
    policy.meta.lastUpdated = QDate(2026, 11, 29);
    PolicyDocument document(policy);
    MetaEditor editor(&document);
    editor.show();
    auto *date = editor.findChild<QDateEdit *>(QStringLiteral("lastUpdatedEdit"));
    QCOMPARE(date->text(), QStringLiteral("11/29/2026"));

    QTranslator french;
    QVERIFY(french.load(QCoreApplication::applicationDirPath() + QStringLiteral("/../charte_fr.qm")));
    QCoreApplication::installTranslator(&french);
    QTRY_COMPARE(date->text(), QStringLiteral("29/11/2026"));
    // The French order: the first section is the day.
    date->setFocus();
    date->setCurrentSectionIndex(0);
    QTest::keyClick(date, Qt::Key_Up);
    QCOMPARE(date->date(), QDate(2026, 11, 30));
    QCOMPARE(document.policy().meta.lastUpdated, QDate(2026, 11, 30));
    QCoreApplication::removeTranslator(&french);
    QTRY_COMPARE(date->text(), QStringLiteral("11/30/2026"));
}

void TestInterfaceDates::theWindowIsFrenchAfterARestart_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("longDate");
    QTest::addColumn<QString>("numericDate");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Sunday, November 29, 2026")
                        << QStringLiteral("11/29/2026");
    QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("dimanche 29 novembre 2026")
                        << QStringLiteral("29/11/2026");
}

void TestInterfaceDates::theWindowIsFrenchAfterARestart()
{
    QFETCH(QString, language);
    QFETCH(QString, longDate);
    QFETCH(QString, numericDate);
    const QString path = publishedDocument();
    QVERIFY(!path.isEmpty());
    // The language chosen in an earlier session: the window restores it at its start.
    QSettings().setValue(InterfaceLanguage::settingsKey(), language);
    for (int start = 0; start < 2; ++start) {
        MainWindow window;
        QVERIFY(window.openFile(path));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("lastUpdatedLabel"))->text(), longDate);
        QCOMPARE(window.findChild<QDateEdit *>(QStringLiteral("lastUpdatedEdit"))->text(), numericDate);
        window.showPage(QStringLiteral("history"));
        auto *timeline = window.findChild<QListWidget *>(QStringLiteral("historyTimeline"));
        QVERIFY(timeline->count() >= 1);
        QVERIFY2(timeline->item(0)->text().contains(longDate), qPrintable(timeline->item(0)->text()));
        auto *from = window.findChild<QComboBox *>(QStringLiteral("historyCompareFrom"));
        QVERIFY2(from->itemText(0).contains(numericDate), qPrintable(from->itemText(0)));
        // What Qt writes by itself (a calendar's month names) follows too.
        QCOMPARE(QLocale().language(), QLocale(language).language());
        if (start == 0)
            QVERIFY(TestSupport::saveScreenshot(&window, QStringLiteral("dates-history-%1.png").arg(language)));
        QVERIFY(window.close());
    }
}

QTEST_MAIN(TestInterfaceDates)
#include "tst_interfacedates.moc"
