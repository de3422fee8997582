#include "compliancechecker.h"
#include "compliancereportwriter.h"
#include "compliancerules.h"
#include "policyreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

static QString badDocument()
{
    return QStringLiteral(CHARTE_SOURCE_DIR "/tests/data/bad.charte.json");
}

class TestComplianceReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void badDocumentTriggersEveryRule();
    void textReportGroupsBySeverity();
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

void TestComplianceReport::initTestCase()
{
    QFile file(badDocument());
    QVERIFY(file.open(QIODevice::ReadOnly));
    m_bytes = file.readAll();
    Expected<Policy> policy = PolicyReader::read(m_bytes, badDocument());
    QVERIFY2(policy, qPrintable(policy.error()));
    m_policy = *policy;
    m_report = ComplianceChecker::check(m_policy);
}

void TestComplianceReport::badDocumentTriggersEveryRule()
{
    QSet<QString> triggered;
    for (const Finding &finding : m_report.findings + m_report.suppressed)
        triggered.insert(finding.rule);
    for (const ComplianceRule &rule : ComplianceRules::all()) {
        // Only an inventory without any consent cookie says "no banner needed".
        if (rule.id == u"inventory.all-exempt"_s)
            continue;
        QVERIFY2(triggered.contains(rule.id), qPrintable(rule.id));
    }
    QVERIFY(m_report.hasErrors());
    QCOMPARE(m_report.suppressed.size(), 2);
    QCOMPARE(m_report.unknownDisabledRules, QStringList{u"cookie.retired-rule"_s});
}

void TestComplianceReport::textReportGroupsBySeverity()
{
    const QString text = ComplianceReportWriter::text(m_report, u"bad.charte.json"_s, u"en"_s);
    const qsizetype errors = text.indexOf(u"\nErrors ("_s);
    const qsizetype warnings = text.indexOf(u"\nWarnings ("_s);
    const qsizetype suppressed = text.indexOf(u"\nSuppressed findings (2)"_s);
    QVERIFY(errors > 0);
    QVERIFY(warnings > errors);
    QVERIFY(suppressed > warnings);
    QVERIFY(text.contains(u"Errors (%1)"_s.arg(m_report.count(Severity::Error))));
    // One line per finding, with the file, the place, the severity and the rule.
    QVERIFY(text.contains(
        u"  bad.charte.json: cookie _ga (row 8), category: error: _ga is filed as necessary, but the known-cookie database lists it as Analytics (Google Analytics). Move it to a consent category. [cookie.misclassified-necessary]\n"_s));
    QVERIFY(text.contains(u"  bad.charte.json: banner, cookieWall: warning: "_s));
    QVERIFY(text.contains(u"justification: Session cookie of the members' area"_s));
    QVERIFY(text.contains(u"Unknown rules ignored: cookie.retired-rule"_s));
    QVERIFY(text.trimmed().endsWith(u"bad.charte.json: %1 error(s), %2 warning(s), %3 info, 2 suppressed"_s
                                        .arg(m_report.count(Severity::Error))
                                        .arg(m_report.count(Severity::Warning))
                                        .arg(m_report.count(Severity::Info))));
    int findingLines = 0;
    for (const QString &line : text.split(u'\n')) {
        if (line.startsWith(u"  bad.charte.json: "_s))
            ++findingLines;
    }
    QCOMPARE(findingLines, m_report.findings.size() + m_report.suppressed.size());
}

void TestComplianceReport::textReportInFrench()
{
    const QString text = ComplianceReportWriter::text(m_report, u"bad.charte.json"_s, u"fr"_s);
    QVERIFY(text.contains(u"\nErreurs ("_s));
    QVERIFY(text.contains(u"\nAvertissements ("_s));
    QVERIFY(text.contains(u"cookie _ga (ligne 8), category: erreur: _ga est classé nécessaire"_s));
    QVERIFY(!text.contains(u"is filed as necessary"_s));
}

void TestComplianceReport::jsonReportNamesThePlaces()
{
    QJsonParseError error;
    const QJsonDocument document =
        QJsonDocument::fromJson(ComplianceReportWriter::json(m_report, u"bad.charte.json"_s, u"en"_s), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonObject root = document.object();
    QCOMPARE(root.value(u"profile"_s).toString(), u"fr"_s);
    QCOMPARE(root.value(u"summary"_s).toObject().value(u"error"_s).toInt(), m_report.count(Severity::Error));
    const QJsonArray findings = root.value(u"findings"_s).toArray();
    QCOMPARE(findings.size(), m_report.findings.size());
    bool sawCookie = false;
    bool sawSetting = false;
    bool sawSection = false;
    bool sawCategory = false;
    for (const QJsonValue &value : findings) {
        const QJsonObject finding = value.toObject();
        QVERIFY(!finding.value(u"rule"_s).toString().isEmpty());
        QVERIFY(QStringList({u"error"_s, u"warning"_s, u"info"_s}).contains(finding.value(u"severity"_s).toString()));
        QVERIFY(!finding.value(u"message"_s).toString().isEmpty());
        QVERIFY(!finding.value(u"messages"_s).toObject().value(u"fr"_s).toString().isEmpty());
        QVERIFY(!finding.value(u"source"_s).toString().isEmpty());
        const QString kind = finding.value(u"place"_s).toObject().value(u"kind"_s).toString();
        if (kind == u"cookie"_s) {
            QVERIFY(finding.contains(u"cookie"_s));
            sawCookie = true;
        } else if (kind == u"banner"_s) {
            QVERIFY(!finding.value(u"setting"_s).toString().isEmpty());
            sawSetting = true;
        } else if (kind == u"section"_s) {
            QVERIFY(!finding.value(u"section"_s).toString().isEmpty());
            sawSection = true;
        } else if (kind == u"category"_s) {
            QVERIFY(!finding.value(u"category"_s).toString().isEmpty());
            sawCategory = true;
        }
    }
    QVERIFY(sawCookie && sawSetting && sawSection && sawCategory);
    const QJsonObject misclassified = std::find_if(findings.begin(), findings.end(), [](const QJsonValue &v) {
                                          return v.toObject().value(u"rule"_s) == u"cookie.misclassified-necessary"_s;
                                      })->toObject();
    QCOMPARE(misclassified.value(u"cookie"_s).toString(), u"_ga"_s);
    QCOMPARE(misclassified.value(u"place"_s).toObject().value(u"path"_s).toString(), u"cookies[7].category"_s);
    const QJsonArray suppressed = root.value(u"suppressed"_s).toArray();
    QCOMPARE(suppressed.size(), 2);
    QVERIFY(suppressed.first().toObject().value(u"justification"_s).toString().startsWith(u"Session cookie"_s));
}

void TestComplianceReport::sarifReportPointsIntoTheFile()
{
    const QJsonObject root =
        QJsonDocument::fromJson(ComplianceReportWriter::sarif(m_report, u"tests/data/bad.charte.json"_s, m_bytes, u"en"_s))
            .object();
    QCOMPARE(root.value(u"version"_s).toString(), u"2.1.0"_s);
    const QJsonObject run = root.value(u"runs"_s).toArray().first().toObject();
    const QJsonArray rules = run.value(u"tool"_s).toObject().value(u"driver"_s).toObject().value(u"rules"_s).toArray();
    QCOMPARE(rules.size(), qsizetype(ComplianceRules::all().size()));
    for (const QJsonValue &rule : rules) {
        QVERIFY(!rule.toObject().value(u"shortDescription"_s).toObject().value(u"text"_s).toString().isEmpty());
        QVERIFY(rule.toObject().value(u"helpUri"_s).toString().startsWith(u"https://"_s));
    }
    const QJsonArray results = run.value(u"results"_s).toArray();
    QCOMPARE(results.size(), m_report.findings.size() + m_report.suppressed.size());
    const QStringList lines = QString::fromUtf8(m_bytes).split(u'\n');
    int checkedLines = 0;
    int suppressions = 0;
    for (const QJsonValue &value : results) {
        const QJsonObject result = value.toObject();
        const QString ruleId = result.value(u"ruleId"_s).toString();
        QCOMPARE(rules.at(result.value(u"ruleIndex"_s).toInt()).toObject().value(u"id"_s).toString(), ruleId);
        QVERIFY(QStringList({u"error"_s, u"warning"_s, u"note"_s}).contains(result.value(u"level"_s).toString()));
        const QJsonObject location = result.value(u"locations"_s).toArray().first().toObject();
        const QJsonObject physical = location.value(u"physicalLocation"_s).toObject();
        QCOMPARE(physical.value(u"artifactLocation"_s).toObject().value(u"uri"_s).toString(),
                 u"tests/data/bad.charte.json"_s);
        const int line = physical.value(u"region"_s).toObject().value(u"startLine"_s).toInt();
        QVERIFY(line >= 1 && line <= lines.size());
        const QString path = location.value(u"logicalLocations"_s).toArray().first().toObject()
                                 .value(u"fullyQualifiedName"_s).toString();
        // A member that is in the file is pointed at exactly.
        const QString member = path.mid(path.lastIndexOf(u'.') + 1);
        if (path.contains(u'.') && !member.contains(u'[') && lines.at(line - 1).contains(u'"' + member + u"\":"_s))
            ++checkedLines;
        if (result.contains(u"suppressions"_s))
            ++suppressions;
    }
    QVERIFY2(checkedLines > results.size() / 2, qPrintable(QString::number(checkedLines)));
    QCOMPARE(suppressions, 2);
    // The _ga category finding is on the line of its "category" member.
    for (const QJsonValue &value : results) {
        const QJsonObject result = value.toObject();
        if (result.value(u"ruleId"_s).toString() != u"cookie.misclassified-necessary"_s)
            continue;
        const int line = result.value(u"locations"_s).toArray().first().toObject().value(u"physicalLocation"_s)
                             .toObject().value(u"region"_s).toObject().value(u"startLine"_s).toInt();
        QVERIFY(lines.at(line - 1).contains(u"\"category\": \"necessary\""_s));
        QVERIFY(lines.at(line - 4).contains(u"\"name\": \"_ga\""_s));
    }
}

void TestComplianceReport::sarifAndDocumentValidateAgainstSchemas()
{
    // ajv (tests/e2e) with a schema written from the SARIF 2.1.0 specification's
    // required members; the official schema cannot be downloaded here.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString sarifPath = dir.filePath(u"bad.sarif"_s);
    QFile sarif(sarifPath);
    QVERIFY(sarif.open(QIODevice::WriteOnly));
    sarif.write(ComplianceReportWriter::sarif(m_report, u"tests/data/bad.charte.json"_s, m_bytes, u"fr"_s));
    sarif.close();
    const QString e2e = QStringLiteral(CHARTE_SOURCE_DIR "/tests/e2e");
    const auto validate = [&e2e](const QString &schema, const QString &file) {
        QProcess node;
        node.setWorkingDirectory(e2e);
        node.start(u"node"_s, {u"validate-schema.mjs"_s, schema, file});
        if (!node.waitForFinished(60000))
            return QString(u"node did not finish"_s);
        return node.exitStatus() == QProcess::NormalExit && node.exitCode() == 0
                   ? QString()
                   : QString::fromUtf8(node.readAllStandardError() + node.readAllStandardOutput());
    };
    QString problem = validate(u"sarif-2.1.0-subset.schema.json"_s, sarifPath);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    // The compliance settings of the bad document follow the charte/1 schema too.
    problem = validate(QStringLiteral(CHARTE_SOURCE_DIR "/resources/schema/charte-1.schema.json"), badDocument());
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    // And the schema check is real: a level SARIF does not know is refused.
    QVERIFY(sarif.open(QIODevice::WriteOnly));
    sarif.write(R"({"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x"}}, "results": [{"level": "fatal", "message": {"text": "m"}}]}]})");
    sarif.close();
    QVERIFY(!validate(u"sarif-2.1.0-subset.schema.json"_s, sarifPath).isEmpty());
}

void TestComplianceReport::jsonLinesFollowsNesting()
{
    const QByteArray json = "{\n  \"a\": {\n    \"b\": [\n      1,\n      {\"c\": \"x\\\"y\"}\n    ]\n  },\n  \"d\": true\n}\n";
    const QHash<QString, int> lines = ComplianceReportWriter::jsonLines(json);
    QCOMPARE(lines.value(u"a"_s), 2);
    QCOMPARE(lines.value(u"a.b"_s), 3);
    QCOMPARE(lines.value(u"a.b[0]"_s), 4);
    QCOMPARE(lines.value(u"a.b[1].c"_s), 5);
    QCOMPARE(lines.value(u"d"_s), 8);
}

void TestComplianceReport::commandLineExitStatus_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("expectedOutput");
    QTest::newRow("bad document") << QStringList{u"check"_s, badDocument()} << 1 << u"[cookie.prefix]"_s;
    QTest::newRow("bad document, json") << QStringList{u"check"_s, badDocument(), u"--format"_s, u"json"_s} << 1
                                        << u"\"rule\": \"cookie.prefix\""_s;
    QTest::newRow("bad document, sarif, eu")
        << QStringList{u"check"_s, badDocument(), u"--format"_s, u"sarif"_s, u"--profile"_s, u"eu"_s} << 1
        << u"\"version\": \"2.1.0\""_s;
    QTest::newRow("bad document in French") << QStringList{u"check"_s, badDocument(), u"--lang"_s, u"fr"_s} << 1
                                            << u"Erreurs"_s;
    QTest::newRow("default charter")
        << QStringList{u"check"_s, QStringLiteral(CHARTE_SOURCE_DIR "/resources/templates/default.charte.json")} << 0
        << u"0 error(s)"_s;
    QTest::newRow("missing file") << QStringList{u"check"_s, u"/nonexistent/x.charte.json"_s} << 2 << QString();
    QTest::newRow("unknown profile") << QStringList{u"check"_s, badDocument(), u"--profile"_s, u"us"_s} << 2
                                     << QString();
    QTest::newRow("unknown format") << QStringList{u"check"_s, badDocument(), u"--format"_s, u"xml"_s} << 2
                                    << QString();
    QTest::newRow("unreadable database")
        << QStringList{u"check"_s, badDocument(), u"--known-cookies"_s, u"/nonexistent/ocd.csv"_s} << 2 << QString();
}

void TestComplianceReport::commandLineExitStatus()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, status);
    QFETCH(QString, expectedOutput);
    QProcess charte;
    charte.start(QStringLiteral(CHARTE_EXECUTABLE), arguments);
    QVERIFY(charte.waitForFinished(60000));
    QCOMPARE(charte.exitStatus(), QProcess::NormalExit);
    const QString output = QString::fromUtf8(charte.readAllStandardOutput());
    QCOMPARE(charte.exitCode(), status);
    if (status == 2)
        QVERIFY(!charte.readAllStandardError().isEmpty());
    else
        QVERIFY2(output.contains(expectedOutput), qPrintable(output.left(400)));
}

QTEST_GUILESS_MAIN(TestComplianceReport)
#include "tst_compliancereport.moc"
