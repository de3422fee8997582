// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "clicommand.h"

#include "cli.h"
#include "clioutput.h"
#include "compliance/knowncookies.h"
#include "format/policyreader.h"
#include "format/csvreader.h"
#include "format/policywriter.h"
#include "import/csvdocumentstream.h"
#include "import/databasefill.h"
#include "document/cookiename.h"
#include "document/languages.h"
#include "import/csvinventory.h"
#include "import/evidencepolicy.h"
#include "import/importformats.h"
#include "import/inventoryupdate.h"
#include "import/jsconfigsandbox.h"
#include "scan/evidenceimporter.h"
#include "scan/pagefetcher.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QTextStream>

#include <optional>

// `charte import INPUT -o FILE`: a new document from whatever the user has (the
// import registry in import/importformats recognises what INPUT is), or, for
// evidence of what a site set, the report `charte scan --evidence` prints.
namespace {

using namespace CliOutput;

// INPUT as the command line names it: a URL (fetched), "-" (standard input) or a file.
// The GUI fetches pages itself, with progress; this reading is the command line's.
Expected<ImportSource> readImportSource(const QString &input)
{
    ImportSource source;
    source.name = input;
    static const QRegularExpression scheme(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*://"));
    if (scheme.match(input).hasMatch()) {
        // The fetcher refuses anything but http and https, and bounds the transfer.
        const Expected<PageFetcher::Page> page = PageFetcher::fetchAndWait(QUrl(input));
        if (!page)
            return Expected<ImportSource>::failure(page.error());
        source.data = page->body;
        source.contentType = page->contentType;
        source.url = page->url;
        return source;
    }
    QFile file(input);
    const bool opened = input == QLatin1StringView("-") ? file.open(stdin, QIODevice::ReadOnly)
                                                        : file.open(QIODevice::ReadOnly);
    if (input == QLatin1StringView("-"))
        source.name = QStringLiteral("<stdin>");
    if (!opened)
        return Expected<ImportSource>::failure(input + QStringLiteral(": ") + file.errorString());
    // The limit applies while reading: standard input has no size to check first.
    Expected<QByteArray> data =
        PolicyReader::readAll(file, source.name, ImportFormats::MaximumInputSize);
    if (!data)
        return Expected<ImportSource>::failure(data.error());
    source.data = std::move(*data);
    return source;
}

// `--fill-from-db` on an inventory too large to hold: the cookies go to the file as
// they are read, after the document's providers and categories, so only fields the
// document can already hold are filled (see fillInMemoryUpTo).
class StreamFill
{
public:
    explicit StreamFill(const KnownCookies &database) : m_database(database) {}

    void operator()(Cookie &cookie, const Policy &policy)
    {
        const qsizetype filled = m_database.fillEmptyFields(cookie, policy).size();
        m_fields += int(filled);
        m_cookies += filled > 0 ? 1 : 0;
    }
    void report() const
    {
        err() << "charte: "
              << QCoreApplication::translate(
                     "Cli", "filled %1 empty field(s) of %2 cookie(s) from the known-cookie database")
                     .arg(m_fields)
                     .arg(m_cookies)
              << '\n';
        err().flush();
    }

private:
    const KnownCookies &m_database;
    int m_fields = 0;
    int m_cookies = 0;
};

// A CSV inventory goes straight into the written file, one batch of cookies at a
// time: an inventory of a million rows is imported without holding the document.
int writeCsvImport(const ImportSource &source, const KnownCookies *database, const QString &output)
{
    if (!source.data.isValidUtf8()) {
        QString encoding;
        int legacyLine = 0;
        CsvReader::decode(source.data.left(qsizetype(64) << 20), &encoding, &legacyLine);
        err() << "charte: " << CsvReader::encodingWarning(encoding, legacyLine, source.name) << '\n';
    }
    std::optional<StreamFill> fill;
    if (database)
        fill.emplace(*database);
    CsvDocumentStream::CookieFill fillCookie;
    if (fill)
        fillCookie = [&fill](Cookie &cookie, const Policy &policy) { (*fill)(cookie, policy); };
    const FileWriter::Producer produce = [&](const FileWriter::Sink &sink) {
        return CsvDocumentStream::write(source, fillCookie, sink);
    };
    out().flush(); // what was printed before goes first
    const Status written = output == QLatin1StringView("-")
                               ? FileWriter::writeStandardOutput(produce)
                               : FileWriter::write(output, produce);
    if (!written)
        return inputError(written.error);
    if (fill)
        fill->report();
    return Cli::Success;
}

// Below this size an inventory imported with --fill-from-db is held whole, so the
// document can gain the providers and categories the database names.
constexpr qint64 fillInMemoryUpTo = qint64(16) << 20;

void printWarnings(const QStringList &warnings)
{
    for (const QString &warning : warnings)
        err() << "charte: " << QCoreApplication::translate("Cli", "warning: %1").arg(warning) << '\n';
    err().flush();
}

void reportFill(const DatabaseFill &fill)
{
    err() << "charte: "
          << QCoreApplication::translate(
                 "Cli", "filled %1 empty field(s) of %2 cookie(s) from the known-cookie database")
                 .arg(fill.fieldsFilled())
                 .arg(fill.cookiesFilled())
          << '\n';
    err().flush();
}

// Evidence written as a document (`charte import site.har -o FILE`): the cookies it saw.
int writeEvidencePolicy(const QString &input, const QString &output, const QString &language,
                        const KnownCookies *database)
{
    const Expected<ScanReport> report = EvidenceImporter::readFile(input);
    if (!report)
        return inputError(report.error());
    if (report->cookies.isEmpty())
        return inputError(QCoreApplication::translate(
                              "Cli", "%1: the evidence holds no cookie (%2 requests read); no document written")
                              .arg(input)
                              .arg(report->requests));
    QStringList warnings;
    Policy policy = EvidencePolicy::fromReport(
        *report, language.isEmpty() ? QStringLiteral("en") : language, &warnings);
    if (database) {
        DatabaseFill fill(*database);
        fill.fill(policy);
        reportFill(fill);
    }
    for (QString &warning : warnings)
        warning = input + QStringLiteral(": ") + warning;
    printWarnings(warnings);
    return writeOutput(output, PolicyWriter::toJson(policy));
}

// `charte import inventory.csv --update DOC`: the CSV's cookies matched against DOC's
// by name and domain (InventoryUpdate). Each change is printed, then the counts;
// DOC (or -o FILE) is written only when something changes.
int updateDocument(const QCommandLineParser &parser, const QString &input)
{
    const QString documentPath = parser.value(QStringLiteral("update"));
    if (input == QLatin1StringView("-"))
        return usageError(QCoreApplication::translate(
            "Cli", "import: --update reads the inventory from a file, not from standard input"));
    const QString output =
        parser.isSet(QStringLiteral("o")) ? parser.value(QStringLiteral("o")) : documentPath;
    if (isSameFile(input, documentPath) || isSameFile(input, output))
        return inputError(QCoreApplication::translate(
                              "Cli", "import: %1 is the file being imported; nothing was changed")
                              .arg(input));
    Expected<Policy> policy = readPolicy(documentPath);
    if (!policy)
        return inputError(policy.error());
    const Expected<CsvTable> table = CsvReader::readFile(input);
    if (!table)
        return inputError(table.error());
    if (const QString note = CsvReader::encodingWarning(table->encoding, table->legacyLine, input); !note.isEmpty())
        err() << "charte: " << note << '\n';
    const QString language = parser.value(QStringLiteral("lang"));
    InventoryMapping mapping = InventoryMapping::detect(
        table->rows, language.isEmpty() ? policy->meta.defaultLanguage : language);
    if (!language.isEmpty())
        mapping.language = language;
    const Expected<InventoryImport> imported = CsvInventory::import(*table, mapping, *policy, input);
    if (!imported)
        return inputError(imported.error());
    if (imported->cookies.isEmpty())
        return inputError(QCoreApplication::translate(
                              "Cli", "%1: no row names a cookie; %2 was not changed")
                              .arg(input, documentPath));

    InventoryUpdate::Mode mode = InventoryUpdate::Mode::UpdateAndAdd;
    if (parser.isSet(QStringLiteral("keep-existing")))
        mode = InventoryUpdate::Mode::AddNew;
    else if (parser.isSet(QStringLiteral("replace")))
        mode = InventoryUpdate::Mode::Replace;
    const InventoryUpdate update =
        InventoryUpdate::plan(*policy, *imported, mode, Languages::ofInterface());

    const auto fieldName = [](const InventoryUpdate::FieldChange &change) {
        QString name = InventoryFields::translatedName(change.field);
        if (!change.language.isEmpty())
            name += QStringLiteral(" (") + change.language + u')';
        return name;
    };
    for (const InventoryUpdate::CookieChange &change : update.changed()) {
        for (const InventoryUpdate::FieldChange &field : change.changes)
            err() << "charte: " << input << ':' << change.line << ": "
                  << CookieName::displayWithDomain(change.after) << ": " << fieldName(field) << ": " << field.before
                  << QStringLiteral(" → ") << field.after << '\n';
    }
    for (const QList<InventoryUpdate::CookieChange> *list : {&update.changed(), &update.unreadOnly()}) {
        for (const InventoryUpdate::CookieChange &change : *list) {
            for (const InventoryUpdate::FieldChange &field : change.unread)
                err() << "charte: "
                      << QCoreApplication::translate(
                             "Cli", "warning: %1:%2: %3: %4 \"%5\" could not be read; left as it was (%6)")
                             .arg(input)
                             .arg(change.line)
                             .arg(CookieName::displayWithDomain(change.after), fieldName(field), field.after,
                                  field.before)
                      << '\n';
        }
    }
    for (const int line : imported->rowsWithoutName)
        err() << "charte: "
              << QCoreApplication::translate("Cli", "warning: %1:%2: the row names no cookie; left out")
                     .arg(input)
                     .arg(line)
              << '\n';
    for (const InventoryUpdate::Ambiguity &row : update.ambiguous())
        err() << "charte: "
              << QCoreApplication::translate(
                     "Cli", "warning: %1:%2: %3 states no domain and the document has several "
                            "cookies of that name; left out (add the domain to the row)")
                     .arg(input)
                     .arg(row.line)
                     .arg(row.name)
              << '\n';
    for (const Cookie &cookie : update.removed())
        err() << "charte: " << documentPath << ": "
              << QCoreApplication::translate("Cli", "removed %1 (no row names it)")
                     .arg(CookieName::displayWithDomain(cookie))
              << '\n';
    if (update.repeatedRows() > 0)
        err() << "charte: "
              << QCoreApplication::translate(
                     "Cli", "warning: %1: %2 row(s) name a cookie an earlier row names (same name "
                            "and domain) and complete it")
                     .arg(input)
                     .arg(update.repeatedRows())
              << '\n';
    err() << "charte: " << documentPath << ": " << update.summary() << ", "
          << QCoreApplication::translate("Cli", "%1 unchanged").arg(update.unchangedCount())
          << '\n';
    err().flush();
    if (update.changesNothing() && output == documentPath)
        return Cli::Success; // the file is left exactly as it was
    update.applyTo(*policy);
    return writeOutput(output, PolicyWriter::toJson(*policy));
}

} // namespace

int CliCommands::runImport(const QStringList &arguments)
{
    // Evidence (a HAR file, the Website Evidence Collector's output) is not a new
    // document but a report of what a site set, printed as `charte scan --evidence`
    // prints it, with that command's options (--policy, --format).
    // With -o it is written as a document of the cookies it saw.
    const bool writesDocument = std::any_of(arguments.cbegin(), arguments.cend(), [](const QString &argument) {
        return argument == QLatin1StringView("-o") || argument.startsWith(QLatin1StringView("--output")) ||
               (argument.startsWith(QLatin1StringView("-o")) && !argument.startsWith(QLatin1StringView("--")));
    });
    bool evidence = false;
    for (const QString &argument : arguments.mid(1)) {
        if (!argument.startsWith(u'-') && EvidenceImporter::looksLikeEvidence(argument))
            evidence = true;
    }
    if (evidence && !writesDocument)
        return runEvidenceImport(arguments);
    QCommandLineParser parser;
    parser.addOption(
        {{QStringLiteral("o"), QStringLiteral("output")},
         QCoreApplication::translate(
             "Cli", "Write the imported document to FILE ('-' for standard output); an "
                    "existing FILE is replaced, only once the import has succeeded."),
         QStringLiteral("FILE")});
    parser.addOption({{QStringLiteral("l"), QStringLiteral("lang")},
                      QCoreApplication::translate(
                          "Cli", "Language of the imported texts (detected when not given)."),
                      QStringLiteral("L")});
    parser.addOption({QStringLiteral("fill-from-db"),
                      QCoreApplication::translate(
                          "Cli", "Fill the empty fields of imported cookies from the known-cookie "
                                 "database (the built-in list, plus --known-cookies).")});
    parser.addOption({QStringLiteral("known-cookies"),
                      QCoreApplication::translate(
                          "Cli", "An Open Cookie Database CSV file to use with --fill-from-db."),
                      QStringLiteral("OCD.csv")});
    parser.addOption({QStringLiteral("services"),
                      QCoreApplication::translate(
                          "Cli", "tarteaucitron's service list (tarteaucitron.services.js), for the "
                                 "cookies of the services a tarteaucitron setup names."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("update"),
                      QCoreApplication::translate(
                          "Cli", "Import the CSV inventory INPUT into the existing document DOC: "
                                 "cookies with the same name and domain are updated, the others "
                                 "added. DOC is rewritten, unless -o FILE is given."),
                      QStringLiteral("DOC")});
    parser.addOption({QStringLiteral("keep-existing"),
                      QCoreApplication::translate(
                          "Cli", "With --update: only add the cookies DOC lacks; leave the others "
                                 "as they are.")});
    parser.addOption({QStringLiteral("replace"),
                      QCoreApplication::translate(
                          "Cli", "With --update: also remove the cookies of DOC that INPUT does not "
                                 "list.")});
    int status = Cli::Success;
    if (!parse(parser, arguments, status))
        return status;
    if (!parser.isSet(QStringLiteral("update")) &&
        (parser.isSet(QStringLiteral("keep-existing")) || parser.isSet(QStringLiteral("replace"))))
        return usageError(QCoreApplication::translate(
            "Cli", "import: --keep-existing and --replace are used with --update"));
    if (parser.isSet(QStringLiteral("keep-existing")) && parser.isSet(QStringLiteral("replace")))
        return usageError(QCoreApplication::translate(
            "Cli", "import: choose --keep-existing or --replace, not both"));
    if (parser.isSet(QStringLiteral("update"))) {
        if (parser.isSet(QStringLiteral("fill-from-db")) || parser.isSet(QStringLiteral("services")))
            return usageError(QCoreApplication::translate(
                "Cli", "import: --update takes a CSV inventory, without --fill-from-db or --services"));
        if (parser.positionalArguments().size() != 1)
            return usageError(QCoreApplication::translate(
                "Cli", "import: expected one INPUT (a CSV inventory) with --update"));
        return updateDocument(parser, parser.positionalArguments().first());
    }
    if (parser.isSet(QStringLiteral("known-cookies")) &&
        !parser.isSet(QStringLiteral("fill-from-db")))
        return usageError(QCoreApplication::translate(
            "Cli", "import: --known-cookies is used with --fill-from-db"));
    const QStringList inputs = parser.positionalArguments();
    if (inputs.size() != 1)
        return usageError(QCoreApplication::translate(
            "Cli", "import: expected one INPUT (a CSV inventory, a charter page or a URL)"));
    if (!parser.isSet(QStringLiteral("o")))
        return usageError(QCoreApplication::translate("Cli", "import: missing -o FILE"));

    if (isSameFile(parser.value(QStringLiteral("o")), inputs.first()))
        return inputError(QCoreApplication::translate("Cli",
                                                      "import: %1 is the file being imported; give "
                                                      "another -o FILE, the file was not changed")
                              .arg(parser.value(QStringLiteral("o"))));

    std::optional<KnownCookies> database;
    if (parser.isSet(QStringLiteral("fill-from-db"))) {
        Expected<KnownCookies> loaded =
            KnownCookies::withFile(parser.value(QStringLiteral("known-cookies")));
        if (!loaded)
            return inputError(loaded.error());
        database = std::move(*loaded);
    }
    const QString output = parser.value(QStringLiteral("o"));
    if (evidence)
        return writeEvidencePolicy(inputs.first(), output, parser.value(QStringLiteral("lang")),
                                   database ? &*database : nullptr);

    Expected<ImportSource> source = readImportSource(inputs.first());
    if (!source)
        return inputError(source.error());
    source->language = parser.value(QStringLiteral("lang"));
    if (parser.isSet(QStringLiteral("services"))) {
        Expected<ImportSource> services = readImportSource(parser.value(QStringLiteral("services")));
        if (!services)
            return inputError(services.error());
        source->tarteaucitronServices = services->data;
        source->tarteaucitronServicesName = services->name;
    }
    // The file's cookies, else the built-in list: for services a configuration names
    // without cookies, and to tell third parties.
    const KnownCookies &known = database ? *database : KnownCookies::builtin();
    source->knownCookies = &known;
    const ImportFormat *format = ImportFormats::sniff(*source);
    if (format && format->id == QLatin1StringView("csv") &&
        (!database || source->data.size() > fillInMemoryUpTo))
        return writeCsvImport(*source, database ? &*database : nullptr, output);
    // A configuration that recursion makes uninterruptible ends the command (exit 2)
    // rather than hanging it.
    JsConfigSandbox::setExitWhenStuck(true);
    Expected<ImportResult> imported = ImportFormats::import(*source);
    if (!imported)
        return inputError(imported.error());
    Policy &policy = imported->policy;
    if (database) {
        DatabaseFill fill(*database);
        fill.fill(policy);
        reportFill(fill);
    }
    const QString site = !source->url.host().isEmpty() ? source->url.host() : policy.meta.siteUrl;
    ThirdParties::mark(policy, site, known);
    printWarnings(imported->warnings);
    return writeOutput(output, PolicyWriter::toJson(policy));
}
