// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "compliance/reportwriter.h"
#include "format/jsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

// The pieces `charte check` and `charte scan` write their findings with: a change
// here changes both reports, so the layout is pinned to the character.
class TestReportWriter : public QObject
{
    Q_OBJECT

private slots:
    void countsEachSeverity();
    void severityWords_data();
    void severityWords();
    void textLineLayout_data();
    void textLineLayout();
    void findingsArrayWrapsTheBody();

private:
    static Finding finding(const QString &rule, Severity severity);
};

Finding TestReportWriter::finding(const QString &rule, Severity severity)
{
    Finding result;
    result.rule = rule;
    result.severity = severity;
    result.source = QStringLiteral("source of ") + rule;
    return result;
}

void TestReportWriter::countsEachSeverity()
{
    const FindingList findings = {finding("a", Severity::Error), finding("b", Severity::Warning),
                                  finding("c", Severity::Error)};
    const ReportWriter::Counts counts = ReportWriter::count(findings);
    QCOMPARE(counts.errors, 2);
    QCOMPARE(counts.warnings, 1);
    QCOMPARE(counts.infos, 0);
    QCOMPARE(ReportWriter::count({}).errors, 0);
}

void TestReportWriter::severityWords_data()
{
    QTest::addColumn<Severity>("severity");
    QTest::addColumn<QString>("english");
    QTest::addColumn<QString>("french");
    QTest::newRow("error") << Severity::Error << "error"
                           << "erreur";
    QTest::newRow("warning") << Severity::Warning << "warning"
                             << "avertissement";
    QTest::newRow("info") << Severity::Info << "info"
                          << "info";
}

void TestReportWriter::severityWords()
{
    QFETCH(Severity, severity);
    QFETCH(QString, english);
    QFETCH(QString, french);
    QCOMPARE(ReportWriter::severityWord(severity).text(QStringLiteral("en")), english);
    QCOMPARE(ReportWriter::severityWord(severity).text(QStringLiteral("fr")), french);
}

void TestReportWriter::textLineLayout_data()
{
    QTest::addColumn<QStringList>("where");
    QTest::addColumn<QString>("line");
    // `charte scan`: nothing before the severity.
    QTest::newRow("scan") << QStringList{}
                          << "  error: Cookie \"_ga\" is undeclared. [scan.undeclared]\n";
    // `charte check`: the file and the place in it.
    QTest::newRow("check") << QStringList{"site.charte.json", "cookie _ga (row 3)"}
                           << "  site.charte.json: cookie _ga (row 3): error: Cookie \"_ga\" is "
                              "undeclared. [scan.undeclared]\n";
}

void TestReportWriter::textLineLayout()
{
    QFETCH(QStringList, where);
    QFETCH(QString, line);
    QCOMPARE(ReportWriter::textLine(where, QStringLiteral("error"),
                                    QStringLiteral("Cookie \"_ga\" is undeclared."),
                                    QStringLiteral("scan.undeclared")),
             line);
}

void TestReportWriter::findingsArrayWrapsTheBody()
{
    Finding suppressed = finding("b", Severity::Info);
    suppressed.suppressed = true;
    suppressed.justification = QStringLiteral("reviewed");
    JsonWriter w;
    w.beginObject();
    ReportWriter::writeFindings(w, u"findings", {finding("a", Severity::Warning), suppressed},
                                [&w](const Finding &f) { w.member(u"body", f.rule + u'!'); });
    w.endObject();
    const QByteArray json = w.finish();

    const QJsonArray findings = QJsonDocument::fromJson(json).object().value("findings").toArray();
    QCOMPARE(findings.size(), 2);
    const QJsonObject first = findings.at(0).toObject();
    QCOMPARE(first.value("rule").toString(), "a");
    QCOMPARE(first.value("severity").toString(), "warning");
    QCOMPARE(first.value("body").toString(), "a!");
    QCOMPARE(first.value("source").toString(), "source of a");
    QVERIFY(!first.contains("justification"));
    QCOMPARE(findings.at(1).toObject().value("justification").toString(), "reviewed");
    // Members in a fixed order: rule, severity, the body, source, justification.
    const qsizetype second = json.indexOf("\"rule\": \"b\"");
    QVERIFY(second > 0);
    const QList<QByteArray> order = {"\"severity\"", "\"body\"", "\"source\"", "\"justification\""};
    qsizetype at = second;
    for (const QByteArray &key : order) {
        const qsizetype next = json.indexOf(key, at);
        QVERIFY2(next > at, key.constData());
        at = next;
    }
}

QTEST_GUILESS_MAIN(TestReportWriter)
#include "tst_reportwriter.moc"
