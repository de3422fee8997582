// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "compliance/reportwriter.h"

#include "format/jsonwriter.h"

ReportWriter::Counts ReportWriter::count(const FindingList &findings)
{
    Counts counts;
    for (const Finding &finding : findings) {
        switch (finding.severity) {
        case Severity::Error:
            ++counts.errors;
            break;
        case Severity::Warning:
            ++counts.warnings;
            break;
        case Severity::Info:
            ++counts.infos;
            break;
        }
    }
    return counts;
}

TwoLanguageText ReportWriter::severityWord(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return {QStringLiteral("error"), QStringLiteral("erreur")};
    case Severity::Warning:
        return {QStringLiteral("warning"), QStringLiteral("avertissement")};
    case Severity::Info:
        return {QStringLiteral("info"), QStringLiteral("info")};
    }
    return {};
}

QString ReportWriter::textLine(const QStringList &where, const QString &severity,
                               const QString &message, const QString &rule)
{
    QString line = QStringLiteral("  ");
    for (const QString &part : where)
        line += part + QStringLiteral(": ");
    return line + severity + QStringLiteral(": ") + message + QStringLiteral(" [") + rule +
           QStringLiteral("]\n");
}

void ReportWriter::writeFindings(JsonWriter &w, QStringView key, const FindingList &findings,
                                 const std::function<void(const Finding &)> &writeBody)
{
    w.key(key);
    w.beginArray();
    for (const Finding &finding : findings) {
        w.beginObject();
        w.member(u"rule", finding.rule);
        w.member(u"severity", SeverityKeys::toString(finding.severity));
        writeBody(finding);
        w.member(u"source", finding.source);
        if (finding.suppressed)
            w.member(u"justification", finding.justification);
        w.endObject();
    }
    w.endArray();
}
