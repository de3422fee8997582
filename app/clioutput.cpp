#include "clioutput.h"

#include "cli.h"
#include "format/policyreader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
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
    if (path == QLatin1StringView("-")) {
        QFile stdoutFile;
        if (!stdoutFile.open(stdout, QIODevice::WriteOnly) ||
            stdoutFile.write(bytes) != bytes.size())
            return inputError(
                QCoreApplication::translate("Cli", "cannot write to standard output"));
        return Cli::Success;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return inputError(path + QStringLiteral(": ") + file.errorString());
    return Cli::Success;
}

Expected<Policy> CliOutput::readPolicy(const QString &path, QByteArray *bytes)
{
    if (path == QLatin1StringView("-")) {
        QFile input;
        if (!input.open(stdin, QIODevice::ReadOnly))
            return Expected<Policy>::failure(
                QCoreApplication::translate("Cli", "cannot read standard input"));
        const QByteArray data = input.readAll();
        if (bytes)
            *bytes = data;
        return PolicyReader::read(data, QStringLiteral("<stdin>"));
    }
    if (bytes) {
        // The reader reports an unreadable file itself, naming it.
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            *bytes = file.readAll();
    }
    return PolicyReader::readFile(path);
}

bool CliOutput::parse(QCommandLineParser &parser, const QStringList &arguments, int &status)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(arguments)) {
        status = usageError(parser.errorText());
        return false;
    }
    return true;
}
