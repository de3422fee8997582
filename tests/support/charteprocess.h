// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include <QEventLoop>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTimer>

// The real `charte` executable run as a user or a site's build runs it, for the
// tests of the command line and of the application's start. One way for every test:
// it waits with the event loop turning, so a server the test runs in its own process
// (support/loopbackhttpserver.h) keeps answering while charte fetches from it.
namespace TestSupport {

struct CharteRun
{
    int exitCode = -1; // -1 when charte crashed, did not start or did not finish in time
    QByteArray standardOutput;
    QByteArray standardError;

    QString out() const { return QString::fromUtf8(standardOutput); }
    QString err() const { return QString::fromUtf8(standardError); }
};

struct CharteOptions
{
    QByteArray input; // written to standard input, which is then closed
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    int timeoutMs = 60000;
    // Standard output goes to this file instead of standardOutput ("/dev/full").
    QString standardOutputFile;
};

// The environment of a run of the GUI: offscreen, with its settings and autosave
// files under home instead of the user's.
inline QProcessEnvironment isolatedEnvironment(const QString &home)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    return environment;
}

inline CharteRun runCharte(const QStringList &arguments, const CharteOptions &options = {})
{
    CharteRun run;
    QProcess process;
    process.setProcessEnvironment(options.environment);
    if (!options.standardOutputFile.isEmpty())
        process.setStandardOutputFile(options.standardOutputFile);
    QEventLoop loop;
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(options.timeoutMs, &loop, &QEventLoop::quit);
    process.start(QStringLiteral(CHARTE_EXECUTABLE), arguments);
    if (!process.waitForStarted(options.timeoutMs))
        return run;
    if (!options.input.isEmpty())
        process.write(options.input);
    process.closeWriteChannel();
    loop.exec();
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.standardOutput = process.readAllStandardOutput();
    run.standardError = process.readAllStandardError();
    return run;
}

} // namespace TestSupport
