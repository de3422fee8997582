#pragma once

#include <QList>
#include <QString>

// One result of comparing what a site does with what its policy declares.
// Self-contained on purpose: the document checker has its own finding type, and
// the two can be unified without either depending on the other.
struct ScanFinding
{
    enum class Severity { Error, Warning, Info };

    QString rule;       // "scan.undeclared", … (COMPLIANCE.md); never translated
    Severity severity = Severity::Error;
    QString message;    // in the application's language (QCoreApplication::translate)
    QString messageEn;  // English, for logs and JSON
    QString messageFr;  // French, whatever the application's language
    QString cookie;     // observed or declared cookie name; empty for a host request
    QString domain;
    QString url;        // where it was seen, when known
    QString source;     // the text the rule comes from
    qsizetype declaredIndex = -1; // row in Policy::cookies, when the finding is about one

    static QString toString(Severity severity); // "error", "warning", "info"
};

inline QString ScanFinding::toString(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Info:
        return QStringLiteral("info");
    }
    return QString();
}
