// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "compliance/compliancereportwriter.h"

#include "charteversion.h"
#include "compliance/compliancerules.h"
#include "compliance/reportwriter.h"
#include "document/languages.h"
#include "format/jsonwriter.h"

#include <QDir>
#include <QUrl>

namespace {

bool isFrench(const QString &language)
{
    return Languages::isFrench(language);
}

QString heading(Severity severity, bool french)
{
    return SeverityWords::heading(severity).text(french ? QStringLiteral("fr") : QStringLiteral("en"));
}

// SARIF's levels are the severity keys, but for "note".
QString sarifLevel(Severity severity)
{
    return severity == Severity::Info ? QStringLiteral("note") : SeverityKeys::toString(severity);
}

void writePlace(JsonWriter &w, const FindingPlace &place)
{
    w.key(u"place");
    w.beginObject();
    w.member(u"kind", FindingPlace::kindKey(place.kind));
    if (place.index >= 0)
        w.member(u"index", qint64(place.index));
    if (!place.id.isEmpty())
        w.member(u"id", place.id);
    if (!place.field.isEmpty())
        w.member(u"field", place.field);
    if (!place.language.isEmpty())
        w.member(u"language", place.language);
    w.member(u"path", ComplianceReportWriter::jsonPath(place));
    w.endObject();
    // Flat members for scripts that only want "which cookie / category / setting".
    switch (place.kind) {
    case FindingPlace::Kind::Cookie:
        w.member(u"cookie", place.id);
        break;
    case FindingPlace::Kind::Category:
        w.member(u"category", place.id);
        break;
    case FindingPlace::Kind::Provider:
        w.member(u"provider", place.id);
        break;
    case FindingPlace::Kind::Section:
        w.member(u"section", place.id);
        break;
    case FindingPlace::Kind::Banner:
    case FindingPlace::Kind::Document:
        w.member(u"setting", place.field);
        break;
    }
}

// What a charte/1 finding adds in JSON: the message in both languages and its place.
void writeFindingBody(JsonWriter &w, const Finding &finding, const QString &language)
{
    w.member(u"message", finding.message.text(language));
    w.key(u"messages");
    w.beginObject();
    w.member(u"en", finding.message.en);
    w.member(u"fr", finding.message.fr);
    w.endObject();
    writePlace(w, finding.place);
}

QString artifactUri(const QString &fileName)
{
    if (fileName == QLatin1StringView("-"))
        return QStringLiteral("stdin");
    if (QDir::isAbsolutePath(fileName))
        return QUrl::fromLocalFile(fileName).toString(QUrl::FullyEncoded);
    // A relative reference, resolved against the scan's root by the dashboard.
    return QString::fromLatin1(QUrl::toPercentEncoding(QDir::fromNativeSeparators(fileName), "/"));
}

} // namespace

QString ComplianceReportWriter::jsonPath(const FindingPlace &place)
{
    QString base;
    switch (place.kind) {
    case FindingPlace::Kind::Cookie:
        base = QStringLiteral("cookies[%1]").arg(place.index);
        break;
    case FindingPlace::Kind::Category:
        base = QStringLiteral("categories[%1]").arg(place.index);
        break;
    case FindingPlace::Kind::Provider:
        base = QStringLiteral("providers[%1]").arg(place.index);
        break;
    case FindingPlace::Kind::Section:
        base = QStringLiteral("charter[%1]").arg(place.index);
        break;
    case FindingPlace::Kind::Banner:
        base = QStringLiteral("banner");
        break;
    case FindingPlace::Kind::Document: {
        static const QStringList metaFields = {QStringLiteral("siteName"),    QStringLiteral("siteUrl"),      QStringLiteral("publisherName"),
                                               QStringLiteral("publisherAddress"), QStringLiteral("contactEmail"), QStringLiteral("defaultLanguage"),
                                               QStringLiteral("languages"),   QStringLiteral("revision"),     QStringLiteral("lastUpdated")};
        if (metaFields.contains(place.field))
            return QStringLiteral("meta.") + place.field;
        return place.field;
    }
    }
    return place.field.isEmpty() ? base : base + QLatin1Char('.') + place.field;
}

QHash<QString, int> ComplianceReportWriter::jsonLines(const QByteArray &json)
{
    struct Frame
    {
        bool object;
        int index;
        QString key;
        QString path;
    };
    QHash<QString, int> lines;
    std::vector<Frame> stack;
    int line = 1;
    bool expectKey = false;
    const auto valuePath = [&stack]() -> QString {
        if (stack.empty())
            return {};
        const Frame &top = stack.back();
        if (top.object)
            return top.path.isEmpty() ? top.key : top.path + QLatin1Char('.') + top.key;
        return top.path + QLatin1Char('[') + QString::number(top.index) + QLatin1Char(']');
    };
    const auto recordValue = [&](const QString &path) {
        if (!path.isEmpty() && !lines.contains(path))
            lines.insert(path, line);
    };
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json.at(i);
        switch (c) {
        case '\n':
            ++line;
            break;
        case '{':
        case '[': {
            const QString path = valuePath();
            recordValue(path);
            stack.push_back({c == '{', 0, {}, path});
            expectKey = c == '{';
            break;
        }
        case '}':
        case ']':
            if (!stack.empty())
                stack.pop_back();
            expectKey = false;
            break;
        case ',':
            if (!stack.empty()) {
                if (stack.back().object)
                    expectKey = true;
                else
                    ++stack.back().index;
            }
            break;
        case '"': {
            const qsizetype start = i + 1;
            qsizetype end = start;
            while (end < json.size() && json.at(end) != '"') {
                if (json.at(end) == '\\')
                    ++end;
                else if (json.at(end) == '\n')
                    ++line;
                ++end;
            }
            if (expectKey && !stack.empty()) {
                stack.back().key = QString::fromUtf8(json.mid(start, end - start));
                expectKey = false;
            } else {
                recordValue(valuePath());
            }
            i = end;
            break;
        }
        case ' ':
        case '\t':
        case '\r':
        case ':':
            break;
        default:
            // A number, true, false or null: record at its first character.
            if (!stack.empty() && (i == 0 || QByteArrayView(",:[ \t\r\n").contains(json.at(i - 1))))
                recordValue(valuePath());
            break;
        }
    }
    return lines;
}

QString ComplianceReportWriter::text(const ComplianceReport &report, const QString &fileName,
                                     const QString &language)
{
    const bool french = isFrench(language);
    QString out;
    const ComplianceProfile *profile = ComplianceProfile::find(report.profile);
    out += (french ? QStringLiteral("%1\u00a0: profil %2") : QStringLiteral("%1: profile %2"))
               .arg(fileName, profile ? profile->id + QStringLiteral(" (") + profile->name.text(language) + QStringLiteral(")") : report.profile) +
           QLatin1Char('\n');
    for (Severity severity : {Severity::Error, Severity::Warning, Severity::Info}) {
        const int count = report.count(severity);
        if (count == 0)
            continue;
        out += QStringLiteral("\n%1 (%2)\n").arg(heading(severity, french)).arg(count);
        for (const Finding &finding : report.findings) {
            if (finding.severity != severity)
                continue;
            out += ReportWriter::textLine({fileName, finding.place.describe(language)},
                                          ReportWriter::severityWord(severity).text(language),
                                          finding.message.text(language), finding.rule);
        }
    }
    if (!report.suppressed.isEmpty()) {
        out += QStringLiteral("\n%1 (%2)\n").arg(french ? QStringLiteral("Constats écartés") : QStringLiteral("Suppressed findings"))
                   .arg(report.suppressed.size());
        for (const Finding &finding : report.suppressed) {
            out += QStringLiteral("  %1: %2: [%3] %4 — %5 %6\n").arg(
                fileName, finding.place.describe(language), finding.rule, finding.message.text(language),
                french ? QStringLiteral("justification\u00a0:") : QStringLiteral("justification:"), finding.justification);
        }
    }
    if (!report.disabledRules.isEmpty())
        out += QStringLiteral("\n%1 %2\n").arg(french ? QStringLiteral("Règles désactivées\u00a0:") : QStringLiteral("Disabled rules:"),
                                   report.disabledRules.join(QStringLiteral(", ")));
    for (const Suppression &suppression : report.unjustifiedSuppressions)
        out += (french ? QStringLiteral("Suppression sans justification, non appliquée\u00a0: %1\n")
                       : QStringLiteral("Suppression without a justification, not applied: %1\n"))
                   .arg(suppression.rule);
    if (!report.unknownDisabledRules.isEmpty())
        out += QStringLiteral("%1 %2\n").arg(french ? QStringLiteral("Règles inconnues ignorées\u00a0:") : QStringLiteral("Unknown rules ignored:"),
                                 report.unknownDisabledRules.join(QStringLiteral(", ")));
    const ReportWriter::Counts counts = ReportWriter::count(report.findings);
    out += QLatin1Char('\n') +
           (french ? QStringLiteral("%1\u00a0: %2, %3 écarté(s)") : QStringLiteral("%1: %2, %3 suppressed"))
               .arg(fileName,
                    SeverityWords::summary(counts.errors, counts.warnings, counts.infos,
                                           french ? QStringLiteral("fr") : QStringLiteral("en")))
               .arg(report.suppressed.size()) +
           QLatin1Char('\n');
    return out;
}

QByteArray ComplianceReportWriter::json(const ComplianceReport &report, const QString &fileName,
                                        const QString &language)
{
    JsonWriter w;
    w.beginObject();
    w.member(u"file", fileName);
    w.member(u"profile", report.profile);
    w.key(u"summary");
    w.beginObject();
    w.member(u"error", report.count(Severity::Error));
    w.member(u"warning", report.count(Severity::Warning));
    w.member(u"info", report.count(Severity::Info));
    w.member(u"suppressed", int(report.suppressed.size()));
    w.endObject();
    const auto body = [&](const Finding &finding) { writeFindingBody(w, finding, language); };
    ReportWriter::writeFindings(w, u"findings", report.findings, body);
    ReportWriter::writeFindings(w, u"suppressed", report.suppressed, body);
    w.key(u"disabledRules");
    w.beginArray();
    for (const QString &id : report.disabledRules)
        w.value(id);
    w.endArray();
    w.endObject();
    return w.finish();
}

QByteArray ComplianceReportWriter::sarif(const ComplianceReport &report, const QString &fileName,
                                         const QByteArray &sourceText, const QString &language)
{
    const QHash<QString, int> lines = jsonLines(sourceText);
    const QString uri = artifactUri(fileName);
    const std::vector<ComplianceRule> &rules = ComplianceRules::all();
    const auto ruleIndex = [&rules](const QString &id) {
        for (std::size_t i = 0; i < rules.size(); ++i) {
            if (rules[i].id == id)
                return qint64(i);
        }
        return qint64(-1);
    };
    const auto lineOf = [&lines](QString path) {
        // The member itself, else the closest enclosing value that is in the file.
        while (!path.isEmpty()) {
            const auto found = lines.constFind(path);
            if (found != lines.cend())
                return found.value();
            const qsizetype cut = std::max(path.lastIndexOf(QLatin1Char('.')), path.lastIndexOf(QLatin1Char('[')));
            path = cut > 0 ? path.left(cut) : QString();
        }
        return 1;
    };
    const auto writeResult = [&](JsonWriter &w, const Finding &finding) {
        w.beginObject();
        w.member(u"ruleId", finding.rule);
        const qint64 index = ruleIndex(finding.rule);
        if (index >= 0)
            w.member(u"ruleIndex", index);
        w.member(u"level", sarifLevel(finding.severity));
        w.key(u"message");
        w.beginObject();
        w.member(u"text", finding.message.text(language));
        w.endObject();
        const QString path = jsonPath(finding.place);
        w.key(u"locations");
        w.beginArray();
        w.beginObject();
        w.key(u"physicalLocation");
        w.beginObject();
        w.key(u"artifactLocation");
        w.beginObject();
        w.member(u"uri", uri);
        w.endObject();
        w.key(u"region");
        w.beginObject();
        w.member(u"startLine", qint64(lineOf(path)));
        w.endObject();
        w.endObject();
        w.key(u"logicalLocations");
        w.beginArray();
        w.beginObject();
        w.member(u"fullyQualifiedName", path);
        if (!finding.place.id.isEmpty())
            w.member(u"name", finding.place.id);
        w.member(u"kind", u"member");
        w.endObject();
        w.endArray();
        w.endObject();
        w.endArray();
        if (finding.suppressed) {
            w.key(u"suppressions");
            w.beginArray();
            w.beginObject();
            w.member(u"kind", u"inSource");
            w.member(u"justification", finding.justification);
            w.endObject();
            w.endArray();
        }
        w.endObject();
    };

    JsonWriter w;
    w.beginObject();
    w.member(u"$schema", u"https://json.schemastore.org/sarif-2.1.0.json");
    w.member(u"version", u"2.1.0");
    w.key(u"runs");
    w.beginArray();
    w.beginObject();
    w.key(u"tool");
    w.beginObject();
    w.key(u"driver");
    w.beginObject();
    w.member(u"name", u"Charte");
    w.member(u"version", QStringLiteral(CHARTE_VERSION));
    w.key(u"rules");
    w.beginArray();
    for (const ComplianceRule &rule : rules) {
        w.beginObject();
        w.member(u"id", rule.id);
        w.key(u"shortDescription");
        w.beginObject();
        w.member(u"text", rule.title.text(language));
        w.endObject();
        w.member(u"helpUri", rule.helpUri);
        w.key(u"defaultConfiguration");
        w.beginObject();
        w.member(u"level", sarifLevel(rule.severity));
        w.member(u"enabled", !report.disabledRules.contains(rule.id));
        w.endObject();
        w.key(u"properties");
        w.beginObject();
        w.member(u"source", rule.source);
        w.endObject();
        w.endObject();
    }
    w.endArray();
    w.endObject();
    w.endObject();
    w.key(u"artifacts");
    w.beginArray();
    w.beginObject();
    w.key(u"location");
    w.beginObject();
    w.member(u"uri", uri);
    w.endObject();
    w.endObject();
    w.endArray();
    w.key(u"properties");
    w.beginObject();
    w.member(u"profile", report.profile);
    w.endObject();
    w.key(u"results");
    w.beginArray();
    for (const Finding &finding : report.findings)
        writeResult(w, finding);
    for (const Finding &finding : report.suppressed)
        writeResult(w, finding);
    w.endArray();
    w.endObject();
    w.endArray();
    w.endObject();
    return w.finish();
}
