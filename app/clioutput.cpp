// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "clioutput.h"

#include "cli.h"
#include "format/filewriter.h"
#include "format/policyreader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTextStream>

QTextStream &CliOutput::err()
{
    static QTextStream stream(stderr);
    return stream;
}

QTextStream &CliOutput::out()
{
    static QTextStream stream(stdout);
    return stream;
}

int CliOutput::usageError(const QString &message)
{
    err() << "charte: " << message << '\n'
          << QCoreApplication::translate("Cli", "Try 'charte --help'.") << '\n';
    err().flush();
    return Cli::UsageOrInput;
}

int CliOutput::inputError(const QString &message)
{
    err() << "charte: " << message << '\n';
    err().flush();
    return Cli::UsageOrInput;
}

int CliOutput::writeOutput(const QString &path, const QByteArray &bytes)
{
    out().flush(); // what was printed before goes first
    const Status written = path == QLatin1StringView("-") ? FileWriter::writeStandardOutput(bytes)
                                                          : FileWriter::write(path, bytes);
    return written ? Cli::Success : inputError(written.error);
}

Expected<Policy> CliOutput::readPolicy(const QString &path, QByteArray *bytes)
{
    if (path == QLatin1StringView("-")) {
        QFile input;
        if (!input.open(stdin, QIODevice::ReadOnly))
            return Expected<Policy>::failure(
                QCoreApplication::translate("Cli", "cannot read standard input"));
        const QString name = QStringLiteral("<stdin>");
        const Expected<QByteArray> data = PolicyReader::readAll(input, name);
        if (!data)
            return Expected<Policy>::failure(data.error());
        if (bytes)
            *bytes = *data;
        return PolicyReader::read(*data, name);
    }
    if (!bytes)
        return PolicyReader::readFile(path);
    // Read once, with the reader's size limit, for the caller's line numbers too.
    Expected<QByteArray> data = PolicyReader::readFileBytes(path);
    if (!data)
        return Expected<Policy>::failure(data.error());
    *bytes = std::move(*data);
    return PolicyReader::read(*bytes, path);
}

bool CliOutput::isSameFile(const QString &first, const QString &second)
{
    if (first == QLatin1StringView("-") || second == QLatin1StringView("-"))
        return false;
    const QString canonical = QFileInfo(first).canonicalFilePath();
    return !canonical.isEmpty() && canonical == QFileInfo(second).canonicalFilePath();
}

namespace {

qsizetype leadingSpaces(const QString &line)
{
    qsizetype count = 0;
    while (count < line.size() && line.at(count) == u' ')
        ++count;
    return count;
}

// `charte NAME --help`: the usage lines of `charte --help` that name the command
// (with their continuation lines), then the options as the parser describes them.
QString commandHelp(const QString &programName, const QString &parserHelp)
{
    static const QRegularExpression commandWord(QStringLiteral("\\bcharte ([a-z][a-z-]*)"));
    const QString name = programName.section(u' ', 1);
    QStringList usage;
    bool inCommand = false;
    qsizetype indent = 0;
    for (const QString &line : Cli::overview().split(u'\n')) {
        const QRegularExpressionMatch match = commandWord.match(line);
        if (match.hasMatch()) {
            inCommand = match.captured(1) == name;
            indent = match.capturedStart();
            if (inCommand)
                usage << line.mid(indent);
        } else if (inCommand && leadingSpaces(line) > indent) {
            usage << line.mid(indent); // a continuation, aligned under "charte"
        } else {
            inCommand = false;
        }
    }
    // QCommandLineParser's first line is "Usage: <program path> [options]": replaced,
    // the next usage lines aligned under the first whatever the language's "Usage:".
    const QString heading = QCoreApplication::translate("Cli", "Usage: %1");
    const QString margin = u'\n' + QString(qMax(qsizetype(0), heading.indexOf(QStringLiteral("%1"))), u' ');
    return heading.arg(usage.join(margin)) + u'\n' + parserHelp.section(u'\n', 1);
}

} // namespace

bool CliOutput::parse(QCommandLineParser &parser, const QStringList &arguments, int &status)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QCoreApplication::translate("Cli", "Show this help and exit."));
    parser.addOption(help);
    if (!parser.parse(arguments)) {
        status = usageError(parser.errorText());
        return false;
    }
    if (parser.isSet(help)) {
        out() << commandHelp(arguments.value(0), parser.helpText());
        out().flush();
        status = Cli::Success;
        return false;
    }
    return true;
}

QCommandLineOption CliOutput::reportLanguageOption(const QString &help)
{
    return {{QStringLiteral("l"), QStringLiteral("lang")}, help, QStringLiteral("L"), QStringLiteral("en")};
}

std::optional<QString> CliOutput::reportLanguage(const QCommandLineParser &parser, const QString &command, int &status)
{
    const QString language = parser.value(QStringLiteral("lang"));
    if (language == QLatin1StringView("en") || language == QLatin1StringView("fr"))
        return language;
    status = usageError(QCoreApplication::translate("Cli", "%1: unknown language \"%2\" (known: en, fr)").arg(command, language));
    return std::nullopt;
}
