// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "compliance/compliancechecker.h"
#include "compliance/compliancereportwriter.h"
#include "compliance/compliancerules.h"
#include "format/policyreader.h"
#include "format/templates.h"
#include "support/charteprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

static QString badDocument()
{
    return QStringLiteral(CHARTE_SOURCE_DIR "/tests/data/bad.charte.json");
}

class TestComplianceReportWriter : public QObject
{
    Q_OBJECT

private slots:
    void severityWordsAgreeWithTheCount();
    void initTestCase();
    void badDocumentTriggersEveryRule();
    void textReportGroupsBySeverity();
    void placesReadAsAPersonReadsThem();
    void textReportInFrench();
    void jsonReportNamesThePlaces();
    void sarifReportPointsIntoTheFile();
    void sarifAndDocumentValidateAgainstSchemas();
    void jsonLinesFollowsNesting();
    void commandLineExitStatus_data();
    void commandLineExitStatus();

private:
    QByteArray m_bytes;
    Policy m_policy;
    ComplianceReport m_report;
};

void TestComplianceReportWriter::initTestCase()
{
    QFile file(badDocument());
    QVERIFY(file.open(QIODevice::ReadOnly));
    m_bytes = file.readAll();
    Expected<Policy> policy = PolicyReader::read(m_bytes, badDocument());
    QVERIFY2(policy, qPrintable(policy.error()));
    m_policy = *policy;
    m_report = ComplianceChecker::check(m_policy);
}

void TestComplianceReportWriter::badDocumentTriggersEveryRule()
{
    QSet<QString> triggered;
    for (const Finding &finding : m_report.findings + m_report.suppressed)
        triggered.insert(finding.rule);
    for (const ComplianceRule &rule : ComplianceRules::all()) {
        // Only an inventory without any consent cookie says "no banner needed".
        if (rule.id == QStringLiteral("inventory.all-exempt"))
            continue;
        // Only a document with an archive beside it has a published revision to differ from
        // (tst_publication and tst_compliancerules cover the rule).
        if (rule.id == QStringLiteral("publish.revision-not-bumped"))
            continue;
        QVERIFY2(triggered.contains(rule.id), qPrintable(rule.id));
    }
    QVERIFY(m_report.hasErrors());
    QCOMPARE(m_report.suppressed.size(), 2);
    QCOMPARE(m_report.unknownDisabledRules, QStringList{QStringLiteral("cookie.retired-rule")});
}

void TestComplianceReportWriter::textReportGroupsBySeverity()
{
    const QString text = ComplianceReportWriter::text(m_report, QStringLiteral("bad.charte.json"), QStringLiteral("en"));
    const qsizetype errors = text.indexOf(QStringLiteral("\nErrors ("));
    const qsizetype warnings = text.indexOf(QStringLiteral("\nWarnings ("));
    const qsizetype suppressed = text.indexOf(QStringLiteral("\nSuppressed findings (2)"));
    QVERIFY(errors > 0);
    QVERIFY(warnings > errors);
    QVERIFY(suppressed > warnings);
    QVERIFY(text.contains(QStringLiteral("Errors (%1)").arg(m_report.count(Severity::Error))));
    // One line per finding, with the file, the place, the severity and the rule.
    QVERIFY(text.contains(
        QStringLiteral("  bad.charte.json: cookie _ga (row 8), category: error: _ga is filed as necessary, but the known-cookie database lists it as Analytics (Google Analytics). Move it to a consent category. [cookie.misclassified-necessary]\n")));
    QVERIFY(text.contains(QStringLiteral("  bad.charte.json: banner, cookie wall: warning: ")));
    QVERIFY(text.contains(QStringLiteral("justification: Session cookie of the members' area")));
    QVERIFY(text.contains(QStringLiteral("Unknown rules ignored: cookie.retired-rule")));
    // The summary counts in the words the window uses (error, warning, note).
    QVERIFY2(text.trimmed().endsWith(QStringLiteral("bad.charte.json: %1, 2 suppressed")
                                         .arg(SeverityWords::summary(m_report.count(Severity::Error),
                                                                     m_report.count(Severity::Warning),
                                                                     m_report.count(Severity::Info), QStringLiteral("en")))),
             qPrintable(text.trimmed().section(QLatin1Char('\n'), -1)));
    int findingLines = 0;
    for (const QString &line : text.split(u'\n')) {
        if (line.startsWith(QStringLiteral("  bad.charte.json: ")))
            ++findingLines;
    }
    QCOMPARE(findingLines, m_report.findings.size() + m_report.suppressed.size());
}

void TestComplianceReportWriter::placesReadAsAPersonReadsThem()
{
    // Fields in the reader's words, categories and providers by their names.
    const Policy policy = *Templates::load(QStringLiteral("typical"));
    const Category &category = policy.categories.at(1);
    const FindingPlace place = FindingPlace::category(1, category.id, QStringLiteral("description"));
    QCOMPARE(place.describe(QStringLiteral("fr"), &policy),
             QStringLiteral("catégorie %1, description").arg(category.name.exact(QStringLiteral("fr"))));
    QCOMPARE(place.describe(QStringLiteral("en")), QStringLiteral("category %1, description").arg(category.id));
    QCOMPARE(FindingPlace::cookie(2, QStringLiteral("csrftoken"), QStringLiteral("purpose")).describe(QStringLiteral("fr")),
             QStringLiteral("cookie csrftoken (ligne 3), finalité"));
    QCOMPARE(FindingPlace::provider(0, policy.providers.at(0).id, QStringLiteral("country")).describe(QStringLiteral("en"), &policy),
             QStringLiteral("provider %1, country").arg(policy.providers.at(0).name));
}

void TestComplianceReportWriter::textReportInFrench()
{
    const QString text = ComplianceReportWriter::text(m_report, QStringLiteral("bad.charte.json"), QStringLiteral("fr"));
    QVERIFY(text.contains(QStringLiteral("\nErreurs (")));
    QVERIFY(text.contains(QStringLiteral("\nAvertissements (")));
    QVERIFY(text.contains(QStringLiteral("cookie _ga (ligne 8), catégorie: erreur: _ga est classé nécessaire")));
    QVERIFY(!text.contains(QStringLiteral("is filed as necessary")));
}

void TestComplianceReportWriter::jsonReportNamesThePlaces()
{
    QJsonParseError error;
    const QJsonDocument document =
        QJsonDocument::fromJson(ComplianceReportWriter::json(m_report, QStringLiteral("bad.charte.json"), QStringLiteral("en")), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonObject root = document.object();
    QCOMPARE(root.value(QStringLiteral("profile")).toString(), QStringLiteral("fr"));
    QCOMPARE(root.value(QStringLiteral("summary")).toObject().value(QStringLiteral("error")).toInt(), m_report.count(Severity::Error));
    const QJsonArray findings = root.value(QStringLiteral("findings")).toArray();
    QCOMPARE(findings.size(), m_report.findings.size());
    bool sawCookie = false;
    bool sawSetting = false;
    bool sawSection = false;
    bool sawCategory = false;
    for (const QJsonValue &value : findings) {
        const QJsonObject finding = value.toObject();
        QVERIFY(!finding.value(QStringLiteral("rule")).toString().isEmpty());
        QVERIFY(QStringList({QStringLiteral("error"), QStringLiteral("warning"), QStringLiteral("info")}).contains(finding.value(QStringLiteral("severity")).toString()));
        QVERIFY(!finding.value(QStringLiteral("message")).toString().isEmpty());
        QVERIFY(!finding.value(QStringLiteral("messages")).toObject().value(QStringLiteral("fr")).toString().isEmpty());
        QVERIFY(!finding.value(QStringLiteral("source")).toString().isEmpty());
        const QString kind = finding.value(QStringLiteral("place")).toObject().value(QStringLiteral("kind")).toString();
        if (kind == QStringLiteral("cookie")) {
            QVERIFY(finding.contains(QStringLiteral("cookie")));
            sawCookie = true;
        } else if (kind == QStringLiteral("banner")) {
            QVERIFY(!finding.value(QStringLiteral("setting")).toString().isEmpty());
            sawSetting = true;
        } else if (kind == QStringLiteral("section")) {
            QVERIFY(!finding.value(QStringLiteral("section")).toString().isEmpty());
            sawSection = true;
        } else if (kind == QStringLiteral("category")) {
            QVERIFY(!finding.value(QStringLiteral("category")).toString().isEmpty());
            sawCategory = true;
        }
    }
    QVERIFY(sawCookie && sawSetting && sawSection && sawCategory);
    const QJsonObject misclassified = std::find_if(findings.begin(), findings.end(), [](const QJsonValue &v) {
                                          return v.toObject().value(QStringLiteral("rule")) == QStringLiteral("cookie.misclassified-necessary");
                                      })->toObject();
    QCOMPARE(misclassified.value(QStringLiteral("cookie")).toString(), QStringLiteral("_ga"));
    QCOMPARE(misclassified.value(QStringLiteral("place")).toObject().value(QStringLiteral("path")).toString(), QStringLiteral("cookies[7].category"));
    const QJsonArray suppressed = root.value(QStringLiteral("suppressed")).toArray();
    QCOMPARE(suppressed.size(), 2);
    QVERIFY(suppressed.first().toObject().value(QStringLiteral("justification")).toString().startsWith(QStringLiteral("Session cookie")));
}

void TestComplianceReportWriter::sarifReportPointsIntoTheFile()
{
    const QJsonObject root =
        QJsonDocument::fromJson(ComplianceReportWriter::sarif(m_report, QStringLiteral("tests/data/bad.charte.json"), m_bytes, QStringLiteral("en")))
            .object();
    QCOMPARE(root.value(QStringLiteral("version")).toString(), QStringLiteral("2.1.0"));
    const QJsonObject run = root.value(QStringLiteral("runs")).toArray().first().toObject();
    const QJsonArray rules = run.value(QStringLiteral("tool")).toObject().value(QStringLiteral("driver")).toObject().value(QStringLiteral("rules")).toArray();
    QCOMPARE(rules.size(), qsizetype(ComplianceRules::all().size()));
    for (const QJsonValue &rule : rules) {
        QVERIFY(!rule.toObject().value(QStringLiteral("shortDescription")).toObject().value(QStringLiteral("text")).toString().isEmpty());
        QVERIFY(rule.toObject().value(QStringLiteral("helpUri")).toString().startsWith(QStringLiteral("https://")));
    }
    const QJsonArray results = run.value(QStringLiteral("results")).toArray();
    QCOMPARE(results.size(), m_report.findings.size() + m_report.suppressed.size());
    const QStringList lines = QString::fromUtf8(m_bytes).split(u'\n');
    int checkedLines = 0;
    int suppressions = 0;
    for (const QJsonValue &value : results) {
        const QJsonObject result = value.toObject();
        const QString ruleId = result.value(QStringLiteral("ruleId")).toString();
        QCOMPARE(rules.at(result.value(QStringLiteral("ruleIndex")).toInt()).toObject().value(QStringLiteral("id")).toString(), ruleId);
        QVERIFY(QStringList({QStringLiteral("error"), QStringLiteral("warning"), QStringLiteral("note")}).contains(result.value(QStringLiteral("level")).toString()));
        const QJsonObject location = result.value(QStringLiteral("locations")).toArray().first().toObject();
        const QJsonObject physical = location.value(QStringLiteral("physicalLocation")).toObject();
        QCOMPARE(physical.value(QStringLiteral("artifactLocation")).toObject().value(QStringLiteral("uri")).toString(),
                 QStringLiteral("tests/data/bad.charte.json"));
        const int line = physical.value(QStringLiteral("region")).toObject().value(QStringLiteral("startLine")).toInt();
        QVERIFY(line >= 1 && line <= lines.size());
        const QString path = location.value(QStringLiteral("logicalLocations")).toArray().first().toObject()
                                 .value(QStringLiteral("fullyQualifiedName")).toString();
        // A member that is in the file is pointed at exactly.
        const QString member = path.mid(path.lastIndexOf(u'.') + 1);
        if (path.contains(u'.') && !member.contains(u'[') && lines.at(line - 1).contains(u'"' + member + QStringLiteral("\":")))
            ++checkedLines;
        if (result.contains(QStringLiteral("suppressions")))
            ++suppressions;
    }
    QVERIFY2(checkedLines > results.size() / 2, qPrintable(QString::number(checkedLines)));
    QCOMPARE(suppressions, 2);
    // The _ga category finding is on the line of its "category" member.
    for (const QJsonValue &value : results) {
        const QJsonObject result = value.toObject();
        if (result.value(QStringLiteral("ruleId")).toString() != QStringLiteral("cookie.misclassified-necessary"))
            continue;
        const int line = result.value(QStringLiteral("locations")).toArray().first().toObject().value(QStringLiteral("physicalLocation"))
                             .toObject().value(QStringLiteral("region")).toObject().value(QStringLiteral("startLine")).toInt();
        QVERIFY(lines.at(line - 1).contains(QStringLiteral("\"category\": \"necessary\"")));
        QVERIFY(lines.at(line - 4).contains(QStringLiteral("\"name\": \"_ga\"")));
    }
}

void TestComplianceReportWriter::sarifAndDocumentValidateAgainstSchemas()
{
    // ajv (tests/e2e) with a schema written from the SARIF 2.1.0 specification's
    // required members; the official schema cannot be downloaded here.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString sarifPath = dir.filePath(QStringLiteral("bad.sarif"));
    QFile sarif(sarifPath);
    QVERIFY(sarif.open(QIODevice::WriteOnly));
    sarif.write(ComplianceReportWriter::sarif(m_report, QStringLiteral("tests/data/bad.charte.json"), m_bytes, QStringLiteral("fr")));
    sarif.close();
    const QString e2e = QStringLiteral(CHARTE_SOURCE_DIR "/tests/e2e");
    const auto validate = [&e2e](const QString &schema, const QString &file) {
        QProcess node;
        node.setWorkingDirectory(e2e);
        node.start(QStringLiteral("node"), {QStringLiteral("validate-schema.mjs"), schema, file});
        if (!node.waitForFinished(60000))
            return QString(QStringLiteral("node did not finish"));
        return node.exitStatus() == QProcess::NormalExit && node.exitCode() == 0
                   ? QString()
                   : QString::fromUtf8(node.readAllStandardError() + node.readAllStandardOutput());
    };
    QString problem = validate(QStringLiteral("sarif-2.1.0-subset.schema.json"), sarifPath);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    // The compliance settings of the bad document follow the charte/1 schema too.
    problem = validate(QStringLiteral(CHARTE_SOURCE_DIR "/resources/schema/charte-1.schema.json"), badDocument());
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    // And the schema check is real: a level SARIF does not know is refused.
    QVERIFY(sarif.open(QIODevice::WriteOnly));
    sarif.write(R"({"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x"}}, "results": [{"level": "fatal", "message": {"text": "m"}}]}]})");
    sarif.close();
    QVERIFY(!validate(QStringLiteral("sarif-2.1.0-subset.schema.json"), sarifPath).isEmpty());
}

void TestComplianceReportWriter::jsonLinesFollowsNesting()
{
    const QByteArray json = "{\n  \"a\": {\n    \"b\": [\n      1,\n      {\"c\": \"x\\\"y\"}\n    ]\n  },\n  \"d\": true\n}\n";
    const QHash<QString, int> lines = ComplianceReportWriter::jsonLines(json);
    QCOMPARE(lines.value(QStringLiteral("a")), 2);
    QCOMPARE(lines.value(QStringLiteral("a.b")), 3);
    QCOMPARE(lines.value(QStringLiteral("a.b[0]")), 4);
    QCOMPARE(lines.value(QStringLiteral("a.b[1].c")), 5);
    QCOMPARE(lines.value(QStringLiteral("d")), 8);
}

void TestComplianceReportWriter::commandLineExitStatus_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("expectedOutput");
    QTest::newRow("bad document") << QStringList{QStringLiteral("check"), badDocument()} << 1 << QStringLiteral("[cookie.prefix]");
    QTest::newRow("bad document, json") << QStringList{QStringLiteral("check"), badDocument(), QStringLiteral("--format"), QStringLiteral("json")} << 1
                                        << QStringLiteral("\"rule\": \"cookie.prefix\"");
    QTest::newRow("bad document, sarif, eu")
        << QStringList{QStringLiteral("check"), badDocument(), QStringLiteral("--format"), QStringLiteral("sarif"), QStringLiteral("--profile"), QStringLiteral("eu")} << 1
        << QStringLiteral("\"version\": \"2.1.0\"");
    QTest::newRow("bad document in French") << QStringList{QStringLiteral("check"), badDocument(), QStringLiteral("--lang"), QStringLiteral("fr")} << 1
                                            << QStringLiteral("Erreurs");
    QTest::newRow("default charter")
        << QStringList{QStringLiteral("check"), QStringLiteral(CHARTE_SOURCE_DIR "/resources/templates/default.charte.json")} << 0
        << QStringLiteral("0 errors, 0 warnings, 1 note");
    QTest::newRow("missing file") << QStringList{QStringLiteral("check"), QStringLiteral("/nonexistent/x.charte.json")} << 2 << QString();
    QTest::newRow("unknown profile") << QStringList{QStringLiteral("check"), badDocument(), QStringLiteral("--profile"), QStringLiteral("us")} << 2
                                     << QString();
    QTest::newRow("unknown format") << QStringList{QStringLiteral("check"), badDocument(), QStringLiteral("--format"), QStringLiteral("xml")} << 2
                                    << QString();
    QTest::newRow("unreadable database")
        << QStringList{QStringLiteral("check"), badDocument(), QStringLiteral("--known-cookies"), QStringLiteral("/nonexistent/ocd.csv")} << 2 << QString();
}

void TestComplianceReportWriter::commandLineExitStatus()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, status);
    QFETCH(QString, expectedOutput);
    const TestSupport::CharteRun charte = TestSupport::runCharte(arguments);
    const QString output = charte.out();
    QCOMPARE(charte.exitCode, status);
    if (status == 2)
        QVERIFY(!charte.standardError.isEmpty());
    else
        QVERIFY2(output.contains(expectedOutput), qPrintable(output.left(400)));
}

// One vocabulary in every report and in the window, with real plurals: French
// reads 0 in the singular.
void TestComplianceReportWriter::severityWordsAgreeWithTheCount()
{
    QCOMPARE(SeverityWords::summary(1, 0, 2, QStringLiteral("en")), QStringLiteral("1 error, 0 warnings, 2 notes"));
    QCOMPARE(SeverityWords::summary(2, 1, 0, QStringLiteral("fr")),
             QStringLiteral("2 erreurs, 1 avertissement, 0 remarque"));
    QCOMPARE(SeverityWords::heading(Severity::Info).text(QStringLiteral("fr-CA")), QStringLiteral("Remarques"));
    QCOMPARE(SeverityWords::name(Severity::Warning).text(QStringLiteral("en")), QStringLiteral("Warning"));
}

QTEST_GUILESS_MAIN(TestComplianceReportWriter)
#include "tst_compliancereportwriter.moc"
