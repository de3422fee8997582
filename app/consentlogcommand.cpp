// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "clicommand.h"

#include "cli.h"
#include "clioutput.h"
#include "consentlog/consentexport.h"
#include "consentlog/consentlogserver.h"
#include "consentlog/consentstatistics.h"
#include "consentlog/consentstore.h"
#include "consentlog/consentverifier.h"
#include "document/lifetime.h"
#include "format/filewriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTimer>
#include <QUrl>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

// `charte consent-log serve|find|export|stats|verify --store STORE`: the service that
// receives the banner's records, and the questions an auditor or a visitor asks of
// what it kept. STORE is sqlite:PATH or postgresql://user@host[:port]/db.
namespace {

using namespace CliOutput;

void addStoreOption(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("store"), QCoreApplication::translate("Cli", "sqlite:PATH or postgresql://user@host[:port]/database."),
                      QStringLiteral("STORE")});
}

// --format: its choices and default differ per subcommand.
void addFormatOption(QCommandLineParser &parser, const QString &description, const QString &byDefault)
{
    parser.addOption({{QStringLiteral("f"), QStringLiteral("format")}, description, QStringLiteral("FORMAT"), byDefault});
}

void addFindOptions(QCommandLineParser &parser)
{
    addFormatOption(parser, QCoreApplication::translate("Cli", "Output: text or json."), QStringLiteral("text"));
}

void addExportRecordsOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("since"), QCoreApplication::translate("Cli", "Records received from DATE (2026-03-14 or an ISO 8601 time)."),
                      QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("until"), QCoreApplication::translate("Cli", "Records received up to DATE (a date includes that day)."),
                      QStringLiteral("DATE")});
    addFormatOption(parser, QCoreApplication::translate("Cli", "Output: csv or json."), QStringLiteral("json"));
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")}, QCoreApplication::translate("Cli", "Write to FILE ('-': standard output)."),
                      QStringLiteral("FILE"), QStringLiteral("-")});
}

void addStatsOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("by"), QCoreApplication::translate("Cli", "Group by day, week or revision."), QStringLiteral("GROUP"),
                      QStringLiteral("day")});
    addFormatOption(parser, QCoreApplication::translate("Cli", "Output: text or json."), QStringLiteral("text"));
}

void addServeOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("listen"), QCoreApplication::translate("Cli", "Address and port to listen on (default 127.0.0.1:8090)."),
                      QStringLiteral("ADDR:PORT"), QStringLiteral("127.0.0.1:8090")});
    parser.addOption({QStringLiteral("origin"), QCoreApplication::translate("Cli", "A site allowed to send records from a browser (repeatable)."),
                      QStringLiteral("ORIGIN")});
    parser.addOption({QStringLiteral("policy"), QCoreApplication::translate("Cli", "Accept only the categories of this policy."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("no-address"), QCoreApplication::translate("Cli", "Keep no client address at all.")});
    parser.addOption({QStringLiteral("trust-proxy"),
                      QCoreApplication::translate("Cli", "A reverse proxy whose X-Forwarded-For gives the visitor's address (repeatable)."),
                      QStringLiteral("ADDR")});
    parser.addOption({QStringLiteral("rate"), QCoreApplication::translate("Cli", "Records per minute per address (0: no limit)."), QStringLiteral("N"),
                      QStringLiteral("30")});
    parser.addOption({QStringLiteral("burst"), QCoreApplication::translate("Cli", "Records an address may send at once."), QStringLiteral("N"),
                      QStringLiteral("10")});
    parser.addOption({QStringLiteral("queue"), QCoreApplication::translate("Cli", "Records waiting to be stored before new ones get 429."),
                      QStringLiteral("N"), QStringLiteral("20000")});
    parser.addOption({QStringLiteral("retain"), QCoreApplication::translate("Cli", "Remove records older than DURATION (\"13 months\")."),
                      QStringLiteral("DURATION")});
}

// The store for a query: it must exist, an empty new one would answer "nothing".
std::unique_ptr<ConsentStore> openForQuery(const QCommandLineParser &parser, const QString &command, int &status)
{
    if (!parser.isSet(QStringLiteral("store"))) {
        status = usageError(QCoreApplication::translate("Cli", "consent-log %1: missing --store STORE").arg(command));
        return nullptr;
    }
    Expected<std::unique_ptr<ConsentStore>> store =
        ConsentStore::open(parser.value(QStringLiteral("store")), ConsentStore::OpenMode::ExistingOnly);
    if (!store) {
        status = inputError(store.error());
        return nullptr;
    }
    return std::move(*store);
}

// 2026-03-14 (the start of that UTC day, or with endOfDay the start of the next) or
// an ISO 8601 time with its zone.
QDateTime parseBound(const QString &text, bool endOfDay)
{
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (date.isValid() && text.size() == 10)
        return QDateTime(endOfDay ? date.addDays(1) : date, QTime(0, 0), Qt::UTC);
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (time.isValid() && time.timeSpec() != Qt::LocalTime)
        return time.toUTC();
    return QDateTime();
}

int runFind(const QStringList &arguments)
{
    QCommandLineParser parser;
    addStoreOption(parser);
    addFindOptions(parser);
    int status = Cli::Success;
    if (!parse(parser, arguments, status))
        return status;
    const QStringList ids = parser.positionalArguments();
    if (ids.size() != 1)
        return usageError(QCoreApplication::translate("Cli", "consent-log find: expected one consent ID"));
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1StringView("text") && format != QLatin1StringView("json"))
        return usageError(QCoreApplication::translate("Cli", "consent-log find: unknown format \"%1\" (known: text, json)").arg(format));
    std::unique_ptr<ConsentStore> store = openForQuery(parser, QStringLiteral("find"), status);
    if (!store)
        return status;
    const Expected<QList<ConsentRecord>> records = store->find(ids.first());
    if (!records)
        return inputError(records.error());
    const QByteArray output = format == QLatin1StringView("json") ? ConsentExport::json(*records)
                                                                  : ConsentExport::text(*records).toUtf8();
    if (const int written = writeOutput(QStringLiteral("-"), output); written != Cli::Success)
        return written;
    if (records->isEmpty()) {
        err() << QCoreApplication::translate("Cli", "charte: consent-log find: no record of consent id \"%1\" in %2\n")
                     .arg(ids.first(), store->location().display());
        err().flush();
        return Cli::Findings;
    }
    return Cli::Success;
}

int runExportRecords(const QStringList &arguments)
{
    QCommandLineParser parser;
    addStoreOption(parser);
    addExportRecordsOptions(parser);
    int status = Cli::Success;
    if (!parse(parser, arguments, status))
        return status;
    if (!parser.positionalArguments().isEmpty())
        return usageError(QCoreApplication::translate("Cli", "consent-log export: unexpected argument \"%1\"").arg(parser.positionalArguments().first()));
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1StringView("csv") && format != QLatin1StringView("json"))
        return usageError(QCoreApplication::translate("Cli", "consent-log export: unknown format \"%1\" (known: csv, json)").arg(format));
    QDateTime since, until;
    for (const auto &[name, bound, end] : {std::tuple{QStringLiteral("since"), &since, false},
                                            std::tuple{QStringLiteral("until"), &until, true}}) {
        if (!parser.isSet(name))
            continue;
        *bound = parseBound(parser.value(name), end);
        if (!bound->isValid())
            return usageError(QCoreApplication::translate("Cli", "consent-log export: --%1 \"%2\" is not a date (2026-03-14) or an ISO 8601 time")
                                  .arg(name, parser.value(name)));
    }
    std::unique_ptr<ConsentStore> store = openForQuery(parser, QStringLiteral("export"), status);
    if (!store)
        return status;
    const auto kind = format == QLatin1StringView("csv") ? ConsentExport::Format::Csv : ConsentExport::Format::Json;
    qint64 count = 0;
    const FileWriter::Producer produce = [&](const FileWriter::Sink &sink) {
        return ConsentExport::write(*store, since, until, kind, sink, &count);
    };
    const QString output = parser.value(QStringLiteral("output"));
    out().flush();
    const Status written = output == QLatin1StringView("-") ? FileWriter::writeStandardOutput(produce)
                                                             : FileWriter::write(output, produce);
    if (!written)
        return inputError(written.error);
    const int shown = count > INT_MAX ? INT_MAX : int(count); // (lupdate loops on a template call here)
    err() << QCoreApplication::translate("Cli", "charte: consent-log export: %n record(s)", nullptr, shown) << '\n';
    err().flush();
    return Cli::Success;
}

int runStats(const QStringList &arguments)
{
    QCommandLineParser parser;
    addStoreOption(parser);
    addStatsOptions(parser);
    int status = Cli::Success;
    if (!parse(parser, arguments, status))
        return status;
    ConsentStatistics::Grouping grouping;
    if (!ConsentStatistics::parseGrouping(parser.value(QStringLiteral("by")), grouping))
        return usageError(QCoreApplication::translate("Cli", "consent-log stats: unknown grouping \"%1\" (known: day, week, revision)")
                              .arg(parser.value(QStringLiteral("by"))));
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1StringView("text") && format != QLatin1StringView("json"))
        return usageError(QCoreApplication::translate("Cli", "consent-log stats: unknown format \"%1\" (known: text, json)").arg(format));
    std::unique_ptr<ConsentStore> store = openForQuery(parser, QStringLiteral("stats"), status);
    if (!store)
        return status;
    const Expected<ConsentTallies> tallies = store->tallies();
    if (!tallies)
        return inputError(tallies.error());
    const ConsentStatistics stats = ConsentStatistics::compute(*tallies, grouping);
    return writeOutput(QStringLiteral("-"), format == QLatin1StringView("json") ? stats.json() : stats.text().toUtf8());
}

int runVerify(const QStringList &arguments)
{
    QCommandLineParser parser;
    addStoreOption(parser);
    int status = Cli::Success;
    if (!parse(parser, arguments, status))
        return status;
    std::unique_ptr<ConsentStore> store = openForQuery(parser, QStringLiteral("verify"), status);
    if (!store)
        return status;
    const Expected<ConsentVerifier::Result> result = ConsentVerifier::verify(*store);
    if (!result)
        return inputError(result.error());
    const QString where = store->location().display();
    if (!result->intact) {
        err() << QCoreApplication::translate("Cli", "charte: %1: the chain is broken: %2").arg(where, result->problem) << '\n';
        err().flush();
        return Cli::Findings;
    }
    QString from = QCoreApplication::translate("Cli", "from the start");
    if (result->checkpoint.sequence > 0)
        from = QCoreApplication::translate("Cli", "from the checkpoint after record %1 (records received before %2 removed by retention)")
                   .arg(result->checkpoint.sequence)
                   .arg(ConsentRecord::formatTime(result->checkpoint.before));
    out() << QCoreApplication::translate("Cli", "%1: %2 records intact, %3.\nHead: record %4, hash %5\n")
                 .arg(where)
                 .arg(result->checked)
                 .arg(from)
                 .arg(result->head.sequence)
                 .arg(result->head.hash);
    out().flush();
    return Cli::Success;
}

// SIGINT/SIGTERM end the event loop from a signal-safe write (the self-pipe trick),
// so the service stops listening and stores what it has queued before it exits.
int signalPipe[2] = {-1, -1};
void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &byte, 1);
}

int runServe(const QStringList &arguments)
{
    QCommandLineParser parser;
    addStoreOption(parser);
    addServeOptions(parser);
    int status = Cli::Success;
    if (!parse(parser, arguments, status))
        return status;
    if (!parser.positionalArguments().isEmpty())
        return usageError(QCoreApplication::translate("Cli", "consent-log serve: unexpected argument \"%1\"").arg(parser.positionalArguments().first()));
    if (!parser.isSet(QStringLiteral("store")))
        return usageError(QCoreApplication::translate("Cli", "consent-log serve: missing --store STORE"));
    const QString spec = parser.value(QStringLiteral("store"));
    if (const Expected<ConsentStore::Location> location = ConsentStore::parseLocation(spec); !location)
        return usageError(location.error());

    const QUrl listen(QStringLiteral("http://") + parser.value(QStringLiteral("listen")));
    const QHostAddress address(listen.host());
    if (!listen.isValid() || address.isNull() || listen.port() <= 0 || !listen.path().isEmpty())
        return usageError(QCoreApplication::translate("Cli", "consent-log serve: --listen \"%1\" is not ADDRESS:PORT (127.0.0.1:8090, [::1]:8090)")
                              .arg(parser.value(QStringLiteral("listen"))));

    ConsentLogServer::Options options;
    for (const QString &origin : parser.values(QStringLiteral("origin"))) {
        const QUrl url(origin, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != QLatin1StringView("https") && url.scheme() != QLatin1StringView("http")) ||
            url.host().isEmpty() || !(url.path().isEmpty() || url.path() == QLatin1StringView("/")) || url.hasQuery())
            return usageError(QCoreApplication::translate("Cli", "consent-log serve: --origin \"%1\" is not an origin (https://www.example.org)").arg(origin));
        options.origins << url.adjusted(QUrl::StripTrailingSlash).toString(QUrl::FullyEncoded);
    }
    if (parser.isSet(QStringLiteral("policy"))) {
        const Expected<Policy> policy = readPolicy(parser.value(QStringLiteral("policy")));
        if (!policy)
            return inputError(policy.error());
        for (const Category &category : policy->categories)
            options.categories.insert(category.id);
        if (options.categories.isEmpty())
            return inputError(QCoreApplication::translate("Cli", "%1: the policy has no categories").arg(parser.value(QStringLiteral("policy"))));
    }
    options.keepAddress = !parser.isSet(QStringLiteral("no-address"));
    for (const QString &proxy : parser.values(QStringLiteral("trust-proxy"))) {
        const QHostAddress proxyAddress(proxy);
        if (proxyAddress.isNull())
            return usageError(QCoreApplication::translate("Cli", "consent-log serve: --trust-proxy \"%1\" is not an IP address").arg(proxy));
        options.trustedProxies << proxyAddress;
    }
    struct Number
    {
        const char *name;
        int minimum;
        int *target;
    };
    int queue = 0;
    for (const Number &n : {Number{"rate", 0, &options.ratePerMinute}, Number{"burst", 1, &options.burst},
                            Number{"queue", 1, &queue}}) {
        bool ok = false;
        const QString name = QString::fromLatin1(n.name);
        *n.target = parser.value(name).toInt(&ok);
        if (!ok || *n.target < n.minimum)
            return usageError(QCoreApplication::translate("Cli", "consent-log serve: --%1 \"%2\" is not a whole number from %3")
                                  .arg(name, parser.value(name))
                                  .arg(n.minimum));
    }
    options.queueCapacity = queue;
    std::optional<Lifetime> retain;
    if (parser.isSet(QStringLiteral("retain"))) {
        QString why;
        retain = Lifetime::parse(parser.value(QStringLiteral("retain")), &why);
        if (!retain || retain->isSession())
            return usageError(QCoreApplication::translate("Cli", "consent-log serve: --retain \"%1\" is not a duration (\"13 months\")%2")
                                  .arg(parser.value(QStringLiteral("retain")),
                                       why.isEmpty() ? QString() : QStringLiteral(": ") + why));
    }

    // The retention runs on its own connection, in the event loop's thread: a few
    // deletions a day, each one short transaction beside the writer's.
    std::unique_ptr<ConsentStore> maintenance;
    const auto applyRetention = [&]() -> Status {
        if (!retain)
            return Status::success();
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-retain->seconds());
        const Expected<ConsentStore::Checkpoint> mark = maintenance->removeBefore(before);
        if (!mark)
            return Status::failure(mark.error());
        err() << QCoreApplication::translate("Cli", "charte: consent-log: retention %1: records received before %2 removed; chain checkpoint at record %3\n")
                     .arg(retain->format(QStringLiteral("en")), ConsentRecord::formatTime(mark->before))
                     .arg(mark->sequence);
        err().flush();
        return Status::success();
    };
    if (retain) {
        Expected<std::unique_ptr<ConsentStore>> opened = ConsentStore::open(spec, ConsentStore::OpenMode::Create);
        if (!opened)
            return inputError(opened.error());
        maintenance = std::move(*opened);
        if (Status s = applyRetention(); !s)
            return inputError(s.error);
    }

    ConsentLogServer server(options, [spec]() -> Expected<std::unique_ptr<ConsentSink>> {
        Expected<std::unique_ptr<ConsentStore>> store = ConsentStore::open(spec, ConsentStore::OpenMode::Create);
        if (!store)
            return Expected<std::unique_ptr<ConsentSink>>::failure(store.error());
        return std::unique_ptr<ConsentSink>(std::move(*store));
    });
    QObject::connect(&server, &ConsentLogServer::storeFailed, &server, [](const QString &error) {
        err() << QCoreApplication::translate("Cli", "charte: consent-log: records not stored (answered 503): %1\n").arg(error);
        err().flush();
    });
    if (Status s = server.start(address, quint16(listen.port())); !s)
        return inputError(s.error);

    QTimer retention;
    if (retain) {
        retention.setInterval(3600 * 1000);
        QObject::connect(&retention, &QTimer::timeout, &retention, [&] {
            if (Status s = applyRetention(); !s) {
                err() << "charte: " << s.error << '\n';
                err().flush();
            }
        });
        retention.start();
    }

    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return inputError(QCoreApplication::translate("Cli", "consent-log serve: cannot set up signal handling"));
    QSocketNotifier stop(signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&stop, &QSocketNotifier::activated, &stop, [] { QCoreApplication::quit(); });
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);

    err() << QCoreApplication::translate("Cli", "charte: consent-log: listening on %1:%2, storing into %3%4\n")
                 .arg(address.protocol() == QAbstractSocket::IPv6Protocol ? u'[' + address.toString() + u']'
                                                                          : address.toString())
                 .arg(server.port())
                 .arg(ConsentStore::parseLocation(spec)->display(),
                      options.origins.isEmpty() ? QCoreApplication::translate("Cli", " (no --origin: no CORS headers, any origin accepted)")
                                                : QCoreApplication::translate("Cli", ", CORS for %1").arg(options.origins.join(QStringLiteral(", "))));
    err().flush();
    QCoreApplication::exec();
    const ConsentLogServer::Counters counters = server.counters();
    err() << QCoreApplication::translate("Cli", "charte: consent-log: stopped; %1 stored, %2 refused, %3 limited, %4 not stored\n")
                 .arg(counters.stored)
                 .arg(counters.rejected)
                 .arg(counters.limited)
                 .arg(counters.failed);
    err().flush();
    return Cli::Success;
}

} // namespace

int CliCommands::runConsentLog(const QStringList &arguments)
{
    const QString action = arguments.value(1);
    if (action == QLatin1StringView("--help") || action == QLatin1StringView("-h")) {
        // Every subcommand's options in one list, as `charte consent-log --help` shows them.
        QCommandLineParser parser;
        addStoreOption(parser);
        addServeOptions(parser);
        parser.addOption({QStringLiteral("since"), QCoreApplication::translate("Cli", "(export) Records received from DATE."), QStringLiteral("DATE")});
        parser.addOption({QStringLiteral("until"), QCoreApplication::translate("Cli", "(export) Records received up to DATE."), QStringLiteral("DATE")});
        parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                          QCoreApplication::translate("Cli", "(export) Write to FILE ('-': standard output)."), QStringLiteral("FILE")});
        parser.addOption({QStringLiteral("by"), QCoreApplication::translate("Cli", "(stats) Group by day, week or revision."),
                          QStringLiteral("GROUP")});
        addFormatOption(parser, QCoreApplication::translate("Cli", "text or json (find, stats), csv or json (export)."), {});
        int status = Cli::Success;
        parse(parser, {arguments.value(0), action}, status);
        return status;
    }
    QStringList rest = arguments.mid(2);
    rest.prepend(arguments.value(0) + u' ' + action);
    if (action == QLatin1StringView("serve"))
        return runServe(rest);
    if (action == QLatin1StringView("find"))
        return runFind(rest);
    if (action == QLatin1StringView("export"))
        return runExportRecords(rest);
    if (action == QLatin1StringView("stats"))
        return runStats(rest);
    if (action == QLatin1StringView("verify"))
        return runVerify(rest);
    return usageError(action.isEmpty()
                          ? QCoreApplication::translate("Cli", "consent-log: expected serve, find, export, stats or verify")
                          : QCoreApplication::translate(
                                "Cli", "consent-log: unknown action \"%1\" (known: serve, find, export, stats, verify)")
                                .arg(action));
}
