// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "support/charteprocess.h"
#include "support/required.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTest>

// The manual page (packaging/charte.1.in, configured into the build) against what
// the program says about itself: every command `charte --help` lists has a section,
// every option of `charte COMMAND --help` is described in it, and the page describes
// no option the program does not know. A new subcommand fails here until the page
// says what it does.
class tst_manpage : public QObject
{
    Q_OBJECT

private:
    QString m_page;
    QStringList m_commands;

    static QSet<QString> optionsIn(const QString &text)
    {
        // Long options as the help prints them ("--max-pages") or roff writes them
        // ("\-\-max\-pages").
        static const QRegularExpression option(
            QStringLiteral("(?:--|\\\\-\\\\-)([a-z](?:[a-z]|\\\\?-)*[a-z])"));
        QSet<QString> options;
        for (const QRegularExpressionMatch &match : option.globalMatch(text))
            options.insert(match.captured(1).remove(u'\\'));
        return options;
    }

    // The text of the page's ".SS" section for a command, up to the next section.
    QString section(const QString &command) const
    {
        const QRegularExpression heading(QStringLiteral("^\\.SS \"charte %1[ \"]").arg(command),
                                         QRegularExpression::MultilineOption);
        const QRegularExpressionMatch match = heading.match(m_page);
        if (!match.hasMatch())
            return {};
        const qsizetype end =
            m_page.indexOf(QRegularExpression(QStringLiteral("\\n\\.S[SH] ")), match.capturedEnd());
        return m_page.mid(match.capturedStart(), end < 0 ? -1 : end - match.capturedStart());
    }

private slots:
    void initTestCase()
    {
        QFile page(QStringLiteral(CHARTE_MAN_PAGE));
        QVERIFY2(page.open(QIODevice::ReadOnly), qPrintable(page.fileName()));
        m_page = QString::fromUtf8(page.readAll());

        const TestSupport::CharteRun help = TestSupport::runCharte({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        static const QRegularExpression usageLine(
            QStringLiteral("^(?:Usage:)?\\s+charte ([a-z][a-z-]*)\\b"),
            QRegularExpression::MultilineOption);
        for (const QRegularExpressionMatch &match : usageLine.globalMatch(help.out())) {
            if (!m_commands.contains(match.captured(1)))
                m_commands << match.captured(1);
        }
        // Today's five; more may come, never fewer.
        for (const char *known : {"new", "export", "check", "scan", "import"})
            QVERIFY2(m_commands.contains(QString::fromLatin1(known)), known);
    }

    void everyCommandHasASection()
    {
        for (const QString &command : std::as_const(m_commands))
            QVERIFY2(
                !section(command).isEmpty(),
                qPrintable(
                    QStringLiteral("charte.1 has no section .SS \"charte %1 ...\"").arg(command)));
    }

    void sectionsMatchTheCommandsHelp_data()
    {
        QTest::addColumn<QString>("command");
        for (const QString &command : std::as_const(m_commands))
            QTest::newRow(qPrintable(command)) << command;
    }

    void sectionsMatchTheCommandsHelp()
    {
        QFETCH(QString, command);
        const TestSupport::CharteRun help =
            TestSupport::runCharte({command, QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out().startsWith(QStringLiteral("Usage: charte ") + command),
                 qPrintable(help.out()));
        const qsizetype optionsStart = help.out().indexOf(QStringLiteral("\nOptions:"));
        QVERIFY2(optionsStart > 0, qPrintable(help.out()));
        QSet<QString> helpOptions = optionsIn(help.out().mid(optionsStart));
        helpOptions.remove(QStringLiteral("help")); // every command's, described once under OPTIONS
        QVERIFY(!helpOptions.isEmpty());

        const QString text = section(command);
        QVERIFY(!text.isEmpty());
        // What the page describes: the options that start a ".TP" item.
        QSet<QString> described;
        const QStringList lines = text.split(u'\n');
        for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
            if (lines.at(i) == QLatin1StringView(".TP"))
                described.unite(optionsIn(lines.at(i + 1)));
        }
        for (const QString &option : std::as_const(helpOptions))
            QVERIFY2(described.contains(option),
                     qPrintable(QStringLiteral("charte %1 --%2 is not described in charte.1")
                                    .arg(command, option)));
        for (const QString &option : std::as_const(described))
            QVERIFY2(
                helpOptions.contains(option),
                qPrintable(QStringLiteral(
                               "charte.1 describes charte %1 --%2, which the program does not know")
                               .arg(command, option)));
    }

    void globalOptionsAndExportFormats()
    {
        for (const char *option : {"\\-\\-version", "\\-\\-help", "\\-\\-quit\\-after\\-startup"})
            QVERIFY2(m_page.contains(QLatin1StringView(option)), option);
        const TestSupport::CharteRun help = TestSupport::runCharte({QStringLiteral("--help")});
        static const QRegularExpression formats(QStringLiteral("Export formats: ([^.]+)\\."));
        const QRegularExpressionMatch match = formats.match(help.out());
        QVERIFY2(match.hasMatch(), qPrintable(help.out()));
        const QString exportSection = section(QStringLiteral("export"));
        for (const QString &format : match.captured(1).split(QStringLiteral(", ")))
            QVERIFY2(QRegularExpression(
                         QStringLiteral("^\\.BR? %1\\b").arg(QRegularExpression::escape(format)),
                         QRegularExpression::MultilineOption)
                         .match(exportSection)
                         .hasMatch(),
                     qPrintable(QStringLiteral("export format %1 is not in charte.1").arg(format)));
    }

    void versionIsTheProgramsVersion()
    {
        const TestSupport::CharteRun version =
            TestSupport::runCharte({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        const QString number = version.out().trimmed().section(u' ', 1);
        QVERIFY(!number.isEmpty());
        QVERIFY2(m_page.contains(QStringLiteral("\"Charte %1\"").arg(number)), qPrintable(number));
    }

    void roffHasNoWarnings()
    {
        const QString groff = QStandardPaths::findExecutable(QStringLiteral("groff"));
        CHARTE_REQUIRE(!groff.isEmpty(),
                       QStringLiteral("groff is missing (Debian package groff-base): the page's syntax is not checked"));
        QProcess process;
        process.start(groff, {QStringLiteral("-man"), QStringLiteral("-ww"), QStringLiteral("-z"),
                              QStringLiteral(CHARTE_MAN_PAGE)});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);
        QCOMPARE(QString::fromUtf8(process.readAllStandardError()), QString());
    }
};

QTEST_GUILESS_MAIN(tst_manpage)
#include "tst_manpage.moc"
