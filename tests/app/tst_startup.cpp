#include "support/testsupport.h"

#include <QProcess>
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
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    QTemporaryDir home; // keep the user's settings and recovery files out of it
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(CHARTE_EXECUTABLE), arguments);
    if (!process.waitForFinished(60000)) {
        process.kill();
        return -1;
    }
    if (errors)
        *errors = QString::fromUtf8(process.readAllStandardError());
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

void TestStartup::startsOnTheDefaultCharter()
{
    QCOMPARE(run({QStringLiteral("--quit-after-startup")}), 0);
}

void TestStartup::opensAFile()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("t.charte.json"));
    QProcess make;
    make.start(QStringLiteral(CHARTE_EXECUTABLE),
               {QStringLiteral("new"), QStringLiteral("--template"), QStringLiteral("typical"), QStringLiteral("-o"), file});
    QVERIFY(make.waitForFinished(60000));
    QCOMPARE(make.exitCode(), 0);
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
