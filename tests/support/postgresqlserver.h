// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include <QDir>
#include <QProcess>
#include <QString>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QFile>

#include <algorithm>

#include <pwd.h>
#include <unistd.h>

// A real PostgreSQL server for one test: initdb into a temporary folder, postgres on a
// loopback port, stopped and removed at the end. PostgreSQL refuses to run as root
// (CI runs as root), so there it runs as the unprivileged `nobody` through runuser.
// Debian's `postgresql` package provides the programs (scripts/install-deps.sh).
class PostgreSqlServer
{
public:
    PostgreSqlServer() = default;
    PostgreSqlServer(const PostgreSqlServer &) = delete;
    ~PostgreSqlServer() { stop(); }

    // Where initdb and pg_ctl are, or empty and why not.
    static QString findBinaries(QString *why)
    {
        const QDir root(QStringLiteral("/usr/lib/postgresql"));
        QStringList versions = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        std::sort(versions.begin(), versions.end(),
                  [](const QString &a, const QString &b) { return a.toInt() > b.toInt(); });
        for (const QString &version : versions) {
            const QString bin = root.filePath(version + QStringLiteral("/bin"));
            if (QFile::exists(bin + QStringLiteral("/initdb")) && QFile::exists(bin + QStringLiteral("/pg_ctl")))
                return bin;
        }
        if (why)
            *why = QStringLiteral("no /usr/lib/postgresql/*/bin/initdb (Debian package postgresql)");
        return QString();
    }

    // Starts the server; false with the reason in error().
    bool start()
    {
        m_bin = findBinaries(&m_error);
        if (m_bin.isEmpty())
            return false;
        if (!m_folder.isValid()) {
            m_error = QStringLiteral("cannot make a temporary folder");
            return false;
        }
        if (::geteuid() == 0) {
            const passwd *nobody = ::getpwnam("nobody");
            if (!nobody || ::chown(qPrintable(m_folder.path()), nobody->pw_uid, nobody->pw_gid) != 0) {
                m_error = QStringLiteral("running as root and cannot hand %1 to the user nobody").arg(m_folder.path());
                return false;
            }
            m_runAs = QStringLiteral("nobody");
        }
        QTcpServer probe; // a free loopback port
        if (!probe.listen(QHostAddress::LocalHost, 0)) {
            m_error = QStringLiteral("no free loopback port");
            return false;
        }
        m_port = probe.serverPort();
        probe.close();
        const QString data = m_folder.filePath(QStringLiteral("data"));
        if (!run(QStringLiteral("initdb"), {QStringLiteral("-D"), data, QStringLiteral("-U"), QStringLiteral("charte"),
                                            QStringLiteral("--auth=trust"), QStringLiteral("--locale=C"),
                                            QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--no-sync")}))
            return false;
        const QString options = QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1 -c max_connections=60")
                                    .arg(m_port)
                                    .arg(m_folder.path());
        if (!run(QStringLiteral("pg_ctl"), {QStringLiteral("-D"), data, QStringLiteral("-o"), options, QStringLiteral("-l"),
                                            m_folder.filePath(QStringLiteral("server.log")), QStringLiteral("-w"),
                                            QStringLiteral("-t"), QStringLiteral("60"), QStringLiteral("start")}))
            return false;
        m_running = true;
        return true;
    }

    void stop()
    {
        if (!m_running)
            return;
        m_running = false;
        run(QStringLiteral("pg_ctl"), {QStringLiteral("-D"), m_folder.filePath(QStringLiteral("data")),
                                       QStringLiteral("-m"), QStringLiteral("immediate"), QStringLiteral("-w"),
                                       QStringLiteral("stop")});
    }

    // A store address for the charte database user on the server's port.
    QString storeSpec(const QString &database = QStringLiteral("postgres")) const
    {
        return QStringLiteral("postgresql://charte@127.0.0.1:%1/%2").arg(m_port).arg(database);
    }
    // A fresh empty database, so that each test starts from nothing.
    bool createDatabase(const QString &name)
    {
        return run(QStringLiteral("createdb"), {QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                                                QString::number(m_port), QStringLiteral("-U"),
                                                QStringLiteral("charte"), name});
    }
    // Runs SQL with psql (tests edit and delete rows as an intruder would).
    bool psql(const QString &database, const QString &sql)
    {
        return run(QStringLiteral("psql"), {QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                                            QString::number(m_port), QStringLiteral("-U"), QStringLiteral("charte"),
                                            QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-q"),
                                            QStringLiteral("-c"), sql, database});
    }
    quint16 port() const { return m_port; }
    QString error() const { return m_error; }

private:
    bool run(const QString &program, const QStringList &arguments)
    {
        QProcess process;
        process.setWorkingDirectory(m_folder.path());
        const QString path = m_bin + u'/' + program;
        if (m_runAs.isEmpty())
            process.start(path, arguments);
        else
            process.start(QStringLiteral("runuser"), QStringList{QStringLiteral("-u"), m_runAs, QStringLiteral("--"), path} + arguments);
        if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
            m_error = QStringLiteral("%1 failed: %2 %3").arg(program, QString::fromLocal8Bit(process.readAllStandardError()),
                                                           QString::fromLocal8Bit(process.readAllStandardOutput()));
            QFile log(m_folder.filePath(QStringLiteral("server.log")));
            if (log.open(QIODevice::ReadOnly))
                m_error += QString::fromLocal8Bit(log.readAll().right(2000));
            return false;
        }
        return true;
    }

    QTemporaryDir m_folder;
    QString m_bin;
    QString m_runAs;
    QString m_error;
    quint16 m_port = 0;
    bool m_running = false;
};
