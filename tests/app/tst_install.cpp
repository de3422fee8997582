// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "charteversion.h"
#include "support/required.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeDatabase>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// `cmake --install` into a throwaway prefix, then what a desktop and a user see
// there: the files at their standard places, a desktop entry and metainfo that
// validate, a file type that recognises documents by name and by content, and a
// program that works from the installed files alone, started outside the source
// tree. Then the Debian package CPack makes: its dependencies, its contents, and
// the program unpacked from it.
// A tool of the desktop or of dpkg: missing is a failure in CI, a skip elsewhere.
#define REQUIRE_TOOL(variable, name, package)                                                      \
    const QString variable = QStandardPaths::findExecutable(QStringLiteral(name));                 \
    CHARTE_REQUIRE(!variable.isEmpty(), QStringLiteral(name " is missing (Debian package " package ")"))

class tst_install : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_prefix;
    QTemporaryDir m_work;

    struct Result
    {
        int exitCode = -1;
        QString output; // standard output and error, merged
    };

    static Result
    run(const QString &program, const QStringList &arguments, const QString &folder = {},
        const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.setProcessEnvironment(environment);
        if (!folder.isEmpty())
            process.setWorkingDirectory(folder);
        process.start(program, arguments);
        if (!process.waitForFinished(240000) || process.exitStatus() != QProcess::NormalExit) {
            process.kill();
            process.waitForFinished();
            return {-1, QString::fromUtf8(process.readAll())};
        }
        return {process.exitCode(), QString::fromUtf8(process.readAll())};
    }

    QString installed(const QString &relative) const { return m_prefix.filePath(relative); }

    // The commands the issue asks to work from the installed files, in a folder
    // outside the source tree, with settings and autosaves under it.
    void programWorks(const QString &charte)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                           m_work.filePath(QStringLiteral("config")));
        environment.insert(QStringLiteral("XDG_DATA_HOME"),
                           m_work.filePath(QStringLiteral("data")));
        const QString folder = m_work.path();

        const Result version = run(charte, {QStringLiteral("--version")}, folder, environment);
        QCOMPARE(version.exitCode, 0);
        QCOMPARE(version.output, QStringLiteral("charte " CHARTE_VERSION "\n"));

        QFile::remove(m_work.filePath(QStringLiteral("site.charte.json")));
        const Result created =
            run(charte,
                {QStringLiteral("new"), QStringLiteral("--template"), QStringLiteral("typical"),
                 QStringLiteral("-o"), QStringLiteral("site.charte.json")},
                folder, environment);
        QCOMPARE(created.exitCode, 0);
        QVERIFY(QFileInfo(m_work.filePath(QStringLiteral("site.charte.json"))).size() > 1000);

        // The typical template is lawful: a clean check, its summary line printed.
        const Result checked =
            run(charte, {QStringLiteral("check"), QStringLiteral("site.charte.json")}, folder,
                environment);
        QVERIFY2(checked.exitCode == 0, qPrintable(checked.output));
        QVERIFY2(checked.output.contains(QStringLiteral(": 0 errors, ")),
                 qPrintable(checked.output));

        // The SARIF report names the tool's version from the same single place.
        const Result sarif = run(charte,
                                 {QStringLiteral("check"), QStringLiteral("site.charte.json"),
                                  QStringLiteral("--format"), QStringLiteral("sarif")},
                                 folder, environment);
        QCOMPARE(sarif.exitCode, 0);
        const QJsonObject driver = QJsonDocument::fromJson(sarif.output.toUtf8())
                                       .object()[QStringLiteral("runs")][0][QStringLiteral("tool")]
                                                [QStringLiteral("driver")]
                                       .toObject();
        QCOMPARE(driver[QStringLiteral("version")].toString(), QStringLiteral(CHARTE_VERSION));

        const Result window = run(
            charte, {QStringLiteral("--quit-after-startup"), QStringLiteral("site.charte.json")},
            folder, environment);
        QVERIFY2(window.exitCode == 0, qPrintable(window.output));

        const Result help =
            run(charte, {QStringLiteral("check"), QStringLiteral("--help")}, folder, environment);
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.output.contains(QStringLiteral("--known-cookies")));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_prefix.isValid());
        QVERIFY(m_work.isValid());
        const Result install = run(QStringLiteral(CHARTE_CMAKE),
                                   {QStringLiteral("--install"), QStringLiteral(CHARTE_BINARY_DIR),
                                    QStringLiteral("--prefix"), m_prefix.path()});
        QVERIFY2(install.exitCode == 0, qPrintable(install.output));
    }

    void filesAtTheirPlaces_data()
    {
        QTest::addColumn<QString>("path");
        for (const char *path :
             {"bin/charte", "share/applications/org.charte.Charte.desktop",
              "share/metainfo/org.charte.Charte.metainfo.xml",
              "share/mime/packages/org.charte.Charte.xml",
              "share/icons/hicolor/scalable/apps/org.charte.Charte.svg",
              "share/icons/hicolor/16x16/apps/org.charte.Charte.png",
              "share/icons/hicolor/48x48/apps/org.charte.Charte.png",
              "share/icons/hicolor/256x256/apps/org.charte.Charte.png",
              "share/man/man1/charte.1.gz", "share/doc/charte/copyright",
              "share/doc/charte/LICENSE", "share/doc/charte/CHANGELOG.md",
              "share/doc/charte/compliance-rules.md", "share/doc/charte/user-guide.md"})
            QTest::newRow(path) << QString::fromLatin1(path);
    }

    void filesAtTheirPlaces()
    {
        QFETCH(QString, path);
        QVERIFY2(QFileInfo(installed(path)).isFile(), qPrintable(path));
        QVERIFY(QFileInfo(installed(path)).size() > 0);
    }

    void iconsHaveTheirSize()
    {
        for (const int size : {16, 22, 24, 32, 48, 64, 128, 256, 512}) {
            const QImage icon(installed(
                QStringLiteral("share/icons/hicolor/%1x%1/apps/org.charte.Charte.png").arg(size)));
            QCOMPARE(icon.size(), QSize(size, size));
            // Painted, not empty: the centre of the page shape is opaque.
            QCOMPARE(qAlpha(icon.pixel(size / 3, size / 2)), 255);
        }
    }

    void desktopEntryValidates()
    {
        REQUIRE_TOOL(validate, "desktop-file-validate", "desktop-file-utils");
        const Result result = run(
            validate, {installed(QStringLiteral("share/applications/org.charte.Charte.desktop"))});
        QVERIFY2(result.exitCode == 0 && result.output.isEmpty(), qPrintable(result.output));
    }

    void metainfoValidates()
    {
        REQUIRE_TOOL(appstream, "appstreamcli", "appstream");
        const QString metainfo =
            installed(QStringLiteral("share/metainfo/org.charte.Charte.metainfo.xml"));
        const Result result =
            run(appstream, {QStringLiteral("validate"), QStringLiteral("--no-net"),
                            QStringLiteral("--explain"), metainfo});
        QVERIFY2(result.exitCode == 0, qPrintable(result.output));
        QFile file(metainfo);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        // The release is project(VERSION), its notes the changelog's first section.
        QVERIFY(text.contains(QStringLiteral("<release version=\"" CHARTE_VERSION "\" date=\"")));
        QVERIFY(text.contains(QStringLiteral("<li>First release")));
        QVERIFY(!text.contains(u'@'));
    }

    void fileTypeByNameAndContent()
    {
        REQUIRE_TOOL(update, "update-mime-database", "shared-mime-info");
        const Result result = run(update, {installed(QStringLiteral("share/mime"))});
        QVERIFY2(result.exitCode == 0, qPrintable(result.output));
        // QMimeDatabase reads the data folders once, at its first use: this one.
        qputenv("XDG_DATA_DIRS",
                (installed(QStringLiteral("share")) + QStringLiteral(":/usr/share")).toUtf8());
        const QMimeDatabase database;
        const QString type = QStringLiteral("application/vnd.charte+json");
        QVERIFY2(database.mimeTypeForName(type).isValid(), "the installed type is not seen");
        QCOMPARE(
            database
                .mimeTypeForFile(QStringLiteral("site.charte.json"), QMimeDatabase::MatchExtension)
                .name(),
            type);
        QVERIFY(database.mimeTypeForName(type).inherits(QStringLiteral("application/json")));
        // A document saved under another name is recognised by its "format" member.
        QCOMPARE(
            database
                .mimeTypeForData(QByteArray("{\n  \"format\": \"charte/1\",\n  \"meta\": {}\n}\n"))
                .name(),
            type);
        QVERIFY(database.mimeTypeForData(QByteArray("{\n  \"format\": \"other/1\"\n}\n")).name() !=
                type);
    }

    void installedProgramWorks() { programWorks(installed(QStringLiteral("bin/charte"))); }

    void debianPackage()
    {
        REQUIRE_TOOL(dpkgDeb, "dpkg-deb", "dpkg");
        REQUIRE_TOOL(shlibdeps, "dpkg-shlibdeps", "dpkg-dev");
        const QString cpack =
            QFileInfo(QStringLiteral(CHARTE_CMAKE)).dir().filePath(QStringLiteral("cpack"));
        const QString output = m_work.filePath(QStringLiteral("package"));
        const Result made =
            run(cpack, {QStringLiteral("-G"), QStringLiteral("DEB"), QStringLiteral("--config"),
                        QStringLiteral(CHARTE_BINARY_DIR "/CPackConfig.cmake"),
                        QStringLiteral("-B"), output});
        QVERIFY2(made.exitCode == 0, qPrintable(made.output));
        const QStringList packages =
            QDir(output).entryList({QStringLiteral("charte_*.deb")}, QDir::Files);
        QCOMPARE(packages.size(), 1);
        const QString deb = QDir(output).filePath(packages.first());
        QVERIFY(packages.first().startsWith(QStringLiteral("charte_" CHARTE_VERSION "_")));

        const Result fields = run(dpkgDeb, {QStringLiteral("--field"), deb,
                                            QStringLiteral("Version"), QStringLiteral("Depends")});
        QCOMPARE(fields.exitCode, 0);
        QVERIFY2(fields.output.contains(QStringLiteral("Version: " CHARTE_VERSION)),
                 qPrintable(fields.output));
        // Computed by dpkg-shlibdeps from the binary, plus the SVG plugin Qt loads.
        for (const char *dependency : {"libqt6widgets6", "libqt6core6", "libcmark0", "libgumbo1",
                                       "libpsl5", "libicu", "libsimdjson", "libc6", "libqt6svg6"})
            QVERIFY2(fields.output.contains(QString::fromLatin1(dependency)),
                     qPrintable(QStringLiteral("Depends lacks %1: %2")
                                    .arg(QString::fromLatin1(dependency), fields.output)));

        const Result contents = run(dpkgDeb, {QStringLiteral("--contents"), deb});
        QCOMPARE(contents.exitCode, 0);
        for (const char *path :
             {"./usr/bin/charte", "./usr/share/applications/org.charte.Charte.desktop",
              "./usr/share/doc/charte/copyright", "./usr/share/man/man1/charte.1.gz",
              "./usr/share/mime/packages/org.charte.Charte.xml"})
            QVERIFY2(contents.output.contains(QString::fromLatin1(path)), path);

        // A throwaway root: the program as the package installs it.
        const QString root = m_work.filePath(QStringLiteral("root"));
        const Result unpacked = run(dpkgDeb, {QStringLiteral("--extract"), deb, root});
        QVERIFY2(unpacked.exitCode == 0, qPrintable(unpacked.output));
        programWorks(root + QStringLiteral("/usr/bin/charte"));
    }
};

QTEST_GUILESS_MAIN(tst_install)
#include "tst_install.moc"
