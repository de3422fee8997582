// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "support/charteprocess.h"
#include "support/testsupport.h"

#include <QTemporaryDir>
#include <QTest>

// The GUI starts on the offscreen platform, paints, and exits cleanly; a bad file
// is one line on standard error and exit status 2, before any window.
class TestStartup : public QObject
{
    Q_OBJECT

private slots:
    void startsOnTheDefaultCharter();
    void opensAFile();
    void refusesABadFile();

private:
    static int run(const QStringList &arguments, QString *errors = nullptr);
};

int TestStartup::run(const QStringList &arguments, QString *errors)
{
    QTemporaryDir home; // keep the user's settings and recovery files out of it
    TestSupport::CharteOptions options;
    options.environment = TestSupport::isolatedEnvironment(home.path());
    const TestSupport::CharteRun run = TestSupport::runCharte(arguments, options);
    if (errors)
        *errors = run.err();
    return run.exitCode;
}

void TestStartup::startsOnTheDefaultCharter()
{
    QCOMPARE(run({QStringLiteral("--quit-after-startup")}), 0);
}

void TestStartup::opensAFile()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("t.charte.json"));
    const TestSupport::CharteRun make =
        TestSupport::runCharte({QStringLiteral("new"), QStringLiteral("--template"),
                                QStringLiteral("typical"), QStringLiteral("-o"), file});
    QCOMPARE(make.exitCode, 0);
    QCOMPARE(run({file, QStringLiteral("--quit-after-startup")}), 0);
}

void TestStartup::refusesABadFile()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("broken.charte.json"));
    QVERIFY(TestSupport::writeAll(file, "{\"format\": \"charte/1\", "));
    QString errors;
    QCOMPARE(run({file, QStringLiteral("--quit-after-startup")}, &errors), 2);
    QVERIFY2(errors.contains(QLatin1StringView("broken.charte.json:1:")), qPrintable(errors));
}

QTEST_GUILESS_MAIN(TestStartup)
#include "tst_startup.moc"
