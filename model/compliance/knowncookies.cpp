// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "compliance/knowncookies.h"

#include "document/textfolding.h"
#include "format/csvreader.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>

namespace {

// The columns of the Open Cookie Database, found by header name so a reordered or
// extended file still reads.
enum Column { Id, Platform, CategoryColumn, Name, Domain, Description, Retention, Controller, PrivacyUrl, Wildcard, ColumnCount };

const std::array<const char *, ColumnCount> &headerNames()
{
    static const std::array<const char *, ColumnCount> names{
        "id", "platform", "category", "cookie / data key name", "domain", "description",
        "retention period", "data controller", "user privacy & gdpr rights portals", "wildcard match"};
    return names;
}

// Spellings of "until the browser closes" found in the database.
bool isSessionText(const QString &text)
{
    static const QStringList words = {QStringLiteral("session"), QStringLiteral("sessions"), QStringLiteral("session cookie"),
                                      QStringLiteral("end of session"), QStringLiteral("end of session (browser)"),
                                      QStringLiteral("browser session"), QStringLiteral("seesion")};
    return words.contains(text);
}

} // namespace

bool KnownCookie::needsConsent() const
{
    return category.compare(QLatin1StringView("Analytics"), Qt::CaseInsensitive) == 0 ||
           category.compare(QLatin1StringView("Marketing"), Qt::CaseInsensitive) == 0;
}

std::optional<Lifetime> KnownCookies::parseRetention(const QString &text)
{
    QString value = text.simplified().toLower();
    if (value.isEmpty())
        return std::nullopt;
    if (isSessionText(value))
        return Lifetime::session();
    // Qualifiers that do not change the duration itself.
    static const QStringList suffixes = {QStringLiteral(" after last activity"), QStringLiteral(" from set/ update"),
                                         QStringLiteral(" by default, modifiable"), QStringLiteral(" or longer")};
    for (const QString &suffix : suffixes) {
        if (value.endsWith(suffix)) {
            if (suffix == QLatin1StringView(" or longer"))
                return std::nullopt; // a lower bound is no lifetime
            value.chop(suffix.size());
        }
    }
    const qsizetype parenthesis = value.indexOf(QLatin1Char('('));
    if (parenthesis > 0)
        value = value.left(parenthesis).trimmed();
    // A range ("30 seconds till 1 year", "session to 30 days"): the longest bound is
    // what a visitor may get, and what the rules must compare.
    for (const QString &separator : {QStringLiteral(" till "), QStringLiteral(" to ")}) {
        const qsizetype at = value.lastIndexOf(separator);
        if (at > 0)
            value = value.mid(at + separator.size());
    }
    if (isSessionText(value))
        return Lifetime::session();
    return Lifetime::parse(value);
}

QString KnownCookies::normalisedDomain(const QString &domain)
{
    QString value = domain.trimmed().toLower();
    const qsizetype parenthesis = value.indexOf(QLatin1Char('('));
    if (parenthesis >= 0)
        value = value.left(parenthesis).trimmed();
    const qsizetype space = value.indexOf(QLatin1Char(' '));
    if (space >= 0)
        value = value.left(space);
    while (value.startsWith(QLatin1Char('.')))
        value.remove(0, 1);
    return value;
}

bool KnownCookies::domainMatches(const KnownCookie &entry, const Cookie &cookie)
{
    const QString stated = normalisedDomain(entry.domain);
    if (stated.isEmpty()) {
        // Charte's own list names cookies that a tool sets on the visited site's own
        // domain (_ga, _pk_id.*): any first-party declaration is that cookie. The
        // large database leaves the domain empty for generic names too, so there an
        // empty domain proves nothing.
        return entry.builtin && cookie.party == Party::First;
    }
    const QString declared = normalisedDomain(cookie.domain);
    if (declared.isEmpty())
        return false;
    const auto within = [](const QString &host, const QString &site) {
        return host == site || host.endsWith(QLatin1Char('.') + site);
    };
    return within(declared, stated) || within(stated, declared);
}

const KnownCookies &KnownCookies::builtin()
{
    static const KnownCookies database = [] {
        KnownCookies result;
        QFile file(QStringLiteral(":/knowncookies/builtin.csv"));
        if (file.open(QIODevice::ReadOnly)) {
            // The list ships with Charte and is read by a test: a broken file fails there.
            const Expected<LoadSummary> loaded = result.loadCsv(file.readAll(), file.fileName(), true);
            Q_ASSERT(loaded);
        }
        return result;
    }();
    return database;
}

Expected<KnownCookies> KnownCookies::withFile(const QString &path, LoadSummary *summary)
{
    KnownCookies result = builtin();
    if (path.isEmpty())
        return result;
    const Expected<LoadSummary> loaded = result.loadFile(path);
    if (!loaded)
        return Expected<KnownCookies>::failure(loaded.error());
    if (summary)
        *summary = *loaded;
    return result;
}

Expected<KnownCookies::LoadSummary> KnownCookies::loadFile(const QString &path)
{
    const Expected<CsvTable> table = CsvReader::readFile(path);
    if (!table)
        return Expected<LoadSummary>::failure(table.error());
    return addRows(*table, path, false);
}

Expected<KnownCookies::LoadSummary> KnownCookies::loadCsv(const QByteArray &data, const QString &sourceName,
                                                          bool builtinRows)
{
    const Expected<CsvTable> table = CsvReader::read(data, sourceName);
    if (!table)
        return Expected<LoadSummary>::failure(table.error());
    return addRows(*table, sourceName, builtinRows);
}

Expected<KnownCookies::LoadSummary> KnownCookies::addRows(const CsvTable &table, const QString &sourceName,
                                                          bool builtinRows)
{
    if (table.rows.isEmpty())
        return Expected<LoadSummary>::failure(sourceName + QStringLiteral(": ") + QCoreApplication::translate("KnownCookies", "the file is empty"));
    std::array<int, ColumnCount> columns;
    columns.fill(-1);
    const QStringList &header = table.rows.first();
    for (int i = 0; i < header.size(); ++i) {
        const QString name = header.at(i).trimmed().toLower();
        for (int c = 0; c < ColumnCount; ++c) {
            if (name == QLatin1StringView(headerNames()[std::size_t(c)]))
                columns[std::size_t(c)] = i;
        }
    }
    if (columns[Name] < 0 || columns[CategoryColumn] < 0)
        return Expected<LoadSummary>::failure(
            sourceName + QStringLiteral(":1: ") +
            QCoreApplication::translate("KnownCookies", "not an Open Cookie Database file: expected the columns \"Cookie / Data Key name\" and \"Category\""));

    LoadSummary summary;
    m_entries.reserve(m_entries.size() + std::size_t(table.rows.size()));
    for (qsizetype r = 1; r < table.rows.size(); ++r) {
        const QStringList &row = table.rows.at(r);
        const auto field = [&row, &columns](Column column) {
            const int index = columns[std::size_t(column)];
            return index >= 0 && index < row.size() ? row.at(index).trimmed() : QString();
        };
        KnownCookie entry;
        entry.name = field(Name);
        if (entry.name.isEmpty())
            continue;
        entry.id = field(Id);
        entry.platform = field(Platform);
        entry.category = field(CategoryColumn);
        entry.domain = field(Domain);
        entry.description = field(Description);
        entry.retentionText = field(Retention);
        entry.controller = field(Controller);
        entry.privacyUrl = field(PrivacyUrl);
        entry.prefix = field(Wildcard) == QLatin1StringView("1");
        entry.builtin = builtinRows;
        entry.retention = parseRetention(entry.retentionText);
        if (!entry.retention) {
            ++summary.unparsedRetentions;
            if (summary.unparsedExamples.size() < 10 && !summary.unparsedExamples.contains(entry.retentionText))
                summary.unparsedExamples << entry.retentionText;
        }
        m_entries.push_back(std::move(entry));
        ++summary.rows;
    }
    rebuildIndex();
    return summary;
}

void KnownCookies::rebuildIndex()
{
    m_exact.clear();
    m_prefixes.clear();
    m_prefixLengths.clear();
    m_sorted.clear();
    m_sorted.reserve(m_entries.size());
    for (int i = 0; i < int(m_entries.size()); ++i) {
        const KnownCookie &entry = m_entries[std::size_t(i)];
        if (entry.prefix) {
            m_prefixes[entry.name].append(i);
            if (std::find(m_prefixLengths.begin(), m_prefixLengths.end(), int(entry.name.size())) ==
                m_prefixLengths.end())
                m_prefixLengths.push_back(int(entry.name.size()));
        } else {
            m_exact[entry.name].append(i);
        }
        m_sorted.emplace_back(TextFolding::searchKey(entry.name), i);
    }
    std::sort(m_prefixLengths.begin(), m_prefixLengths.end(), std::greater<>());
    std::sort(m_sorted.begin(), m_sorted.end());
}

QList<const KnownCookie *> KnownCookies::lookup(const QString &name) const
{
    QList<const KnownCookie *> result;
    const auto exact = m_exact.constFind(name);
    if (exact != m_exact.cend()) {
        for (int index : exact.value())
            result.append(&m_entries[std::size_t(index)]);
    }
    for (int length : m_prefixLengths) {
        if (length > name.size())
            continue;
        // A view of the name's start without copying it.
        const auto found = m_prefixes.constFind(QString::fromRawData(name.constData(), length));
        if (found == m_prefixes.cend())
            continue;
        for (int index : found.value())
            result.append(&m_entries[std::size_t(index)]);
    }
    return result;
}

QList<const KnownCookie *> KnownCookies::suggest(const QString &typed, int limit) const
{
    QList<const KnownCookie *> result;
    if (typed.isEmpty() || limit <= 0)
        return result;
    for (const KnownCookie *entry : lookup(typed)) {
        if (result.size() >= limit)
            return result;
        result.append(entry);
    }
    const QString key = TextFolding::searchKey(typed);
    auto it = std::lower_bound(m_sorted.cbegin(), m_sorted.cend(), key,
                               [](const std::pair<QString, int> &item, const QString &value) {
                                   return item.first < value;
                               });
    for (; it != m_sorted.cend() && result.size() < limit && it->first.startsWith(key); ++it) {
        const KnownCookie *entry = &m_entries[std::size_t(it->second)];
        if (!result.contains(entry))
            result.append(entry);
    }
    return result;
}

const KnownCookie *KnownCookies::bestMatch(const Cookie &cookie) const
{
    const QList<const KnownCookie *> matches = lookup(cookie.name);
    for (const KnownCookie *entry : matches) {
        if (domainMatches(*entry, cookie))
            return entry;
    }
    return matches.isEmpty() ? nullptr : matches.first();
}

QString KnownCookies::categoryFor(const KnownCookie &entry, const Policy &policy)
{
    // Open Cookie Database categories → the ids Charte's templates use, in order of
    // preference; only an id the document has is returned.
    static const QList<std::pair<QString, QStringList>> mapping = {
        {QStringLiteral("analytics"), {QStringLiteral("statistics"), QStringLiteral("analytics"), QStringLiteral("audience")}},
        {QStringLiteral("marketing"), {QStringLiteral("marketing"), QStringLiteral("advertising")}},
        {QStringLiteral("functional"), {QStringLiteral("functional"), QStringLiteral("preferences")}},
        {QStringLiteral("personalization"), {QStringLiteral("personalisation"), QStringLiteral("personalization"), QStringLiteral("functional")}},
        {QStringLiteral("security"), {QStringLiteral("necessary")}},
        {QStringLiteral("necessary"), {QStringLiteral("necessary")}},
    };
    const QString category = entry.category.toLower();
    for (const auto &[key, ids] : mapping) {
        if (key != category)
            continue;
        for (const QString &id : ids) {
            if (policy.category(id))
                return id;
        }
    }
    return {};
}

QStringList KnownCookies::fillEmptyFields(Cookie &cookie, const Policy &policy) const
{
    QStringList filled;
    const KnownCookie *entry = bestMatch(cookie);
    if (!entry)
        return filled;
    const QString language = policy.meta.languages.contains(QStringLiteral("en")) ? QStringLiteral("en") : policy.meta.defaultLanguage;
    if (cookie.purpose.value(language).isEmpty() && !entry->description.isEmpty()) {
        cookie.purpose.set(language, entry->description);
        filled << QStringLiteral("purpose");
    }
    if (!cookie.lifetime && !cookie.unparsed.contains(QStringLiteral("lifetime")) && entry->retention) {
        cookie.lifetime = entry->retention;
        filled << QStringLiteral("lifetime");
    }
    if (cookie.categoryId.isEmpty()) {
        const QString category = categoryFor(*entry, policy);
        if (!category.isEmpty()) {
            cookie.categoryId = category;
            filled << QStringLiteral("category");
        }
    }
    if (cookie.providerId.isEmpty()) {
        for (const Provider &provider : policy.providers) {
            if (provider.name.compare(entry->controller, Qt::CaseInsensitive) == 0 ||
                provider.name.compare(entry->platform, Qt::CaseInsensitive) == 0) {
                cookie.providerId = provider.id;
                filled << QStringLiteral("provider");
                break;
            }
        }
    }
    if (cookie.domain.isEmpty()) {
        const QString domain = normalisedDomain(entry->domain);
        if (!domain.isEmpty()) {
            cookie.domain = domain;
            filled << QStringLiteral("domain");
        }
    }
    return filled;
}
