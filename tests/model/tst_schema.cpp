// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "export/exportformats.h"
#include "format/policywriter.h"
#include "format/templates.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "support/testsupport.h"

// Every JSON document the project writes validates against the published schema
// (resources/schema/charte-1.schema.json), checked by ajv (draft 2020-12) in node.
class TestSchema : public QObject
{
    Q_OBJECT

private slots:
    void everythingWeWriteValidates();
    void theSchemaRejectsWhatTheReaderRejects();

private:
    // Runs the validator; returns its exit code and puts its output in `output`.
    static int validate(const QStringList &files, QString *output);
};

int TestSchema::validate(const QStringList &files, QString *output)
{
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    if (node.isEmpty()) {
        *output = QStringLiteral("node not found: scripts/test.sh installs it");
        return -1;
    }
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(node, QStringList{TestSupport::sourcePath(QStringLiteral("tests/e2e/validate-schema.mjs")),
                                    TestSupport::sourcePath(QStringLiteral("resources/schema/charte-1.schema.json"))} +
                            files);
    if (!process.waitForFinished(60000))
        return -1;
    *output = QString::fromUtf8(process.readAll());
    return process.exitCode();
}

void TestSchema::everythingWeWriteValidates()
{
    QTemporaryDir dir;
    QStringList files;
    for (const QString &name : Templates::names()) {
        const std::optional<Policy> policy = Templates::load(name);
        QVERIFY(policy.has_value());
        const QString path = dir.filePath(name + QStringLiteral(".charte.json"));
        QVERIFY(PolicyWriter::writeFile(*policy, path));
        files << path;
        // The json export is the same document, normalised.
        const Expected<ExportResult> exported = ExportFormats::find(QStringLiteral("json"))->run(*policy, {});
        QVERIFY(exported.hasValue());
        const QString exportPath = dir.filePath(name + QStringLiteral(".export.json"));
        QVERIFY(TestSupport::writeAll(exportPath, exported->files.value(QString())));
        files << exportPath;
    }
    // A document using every optional member and enum value.
    Policy full = Templates::defaultPolicy();
    Cookie cookie = full.cookies.first();
    cookie.match = NameMatch::Regex;
    cookie.name = QStringLiteral("^_ga_[A-Z0-9]+$");
    cookie.party = Party::Third;
    cookie.storage = StorageKind::Pixel;
    cookie.basis = LegalBasis::LegitimateInterest;
    cookie.lifetime.reset();
    cookie.unparsed.insert(QStringLiteral("lifetime"), QStringLiteral("Persistant"));
    cookie.path = QStringLiteral("/");
    full.cookies.append(cookie);
    full.banner.layout = BannerSettings::Layout::Modal;
    full.banner.position = BannerSettings::Position::BottomLeft;
    full.extra.insert(QStringLiteral("futureMember"), QStringLiteral("kept"));
    const QString fullPath = dir.filePath(QStringLiteral("full.charte.json"));
    QVERIFY(PolicyWriter::writeFile(full, fullPath));
    files << fullPath;

    QString output;
    const int status = validate(files, &output);
    QVERIFY2(status == 0, qPrintable(output));
    QVERIFY2(output.contains(QStringLiteral("%1 valid, 0 invalid").arg(files.size())), qPrintable(output));
}

void TestSchema::theSchemaRejectsWhatTheReaderRejects()
{
    // A validator that accepts everything would pass the test above.
    QTemporaryDir dir;
    QByteArray json = PolicyWriter::toJson(Templates::defaultPolicy());
    json.replace("\"lifetime\": 31536000", "\"lifetime\": \"1 an\"");
    const QString path = dir.filePath(QStringLiteral("bad.charte.json"));
    QVERIFY(TestSupport::writeAll(path, json));
    QString output;
    QCOMPARE(validate({path}, &output), 1);
    QVERIFY2(output.contains(QStringLiteral("/cookies/2/lifetime")), qPrintable(output));
}

QTEST_GUILESS_MAIN(TestSchema)
#include "tst_schema.moc"
