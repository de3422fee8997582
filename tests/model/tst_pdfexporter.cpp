// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "export/exportformats.h"
#include "export/pdfexporter.h"
#include "format/policywriter.h"
#include "format/templates.h"
#include "support/charteprocess.h"
#include "support/testsupport.h"

#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

// The PDF is checked the way a reader would: its text extracted by poppler's
// pdftotext, its page count read by pdfinfo.
class TestPdfExporter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void defaultCharterText_data();
    void defaultCharterText();
    void longCharterIsPaginated();
    void deterministic();
    void refusesAParagraphOverTheLimit();
    void commandLine();
    void registeredFormat();

private:
    static QString extractText(const QString &pdfPath);
    static int pageCount(const QString &pdfPath);
    QTemporaryDir m_dir;
};

void TestPdfExporter::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QString TestPdfExporter::extractText(const QString &pdfPath)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"),
                  {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdfPath, QStringLiteral("-")});
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    // Lines wrap where the layout put them: compare with collapsed whitespace; the
    // font's ligatures ("ﬀ") come back as their letters under compatibility folding.
    return QString::fromUtf8(process.readAllStandardOutput())
        .normalized(QString::NormalizationForm_KC)
        .simplified();
}

int TestPdfExporter::pageCount(const QString &pdfPath)
{
    QProcess process;
    process.start(QStringLiteral("pdfinfo"), {pdfPath});
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return -1;
    const QRegularExpressionMatch match =
        QRegularExpression(QStringLiteral("^Pages:\\s+(\\d+)"), QRegularExpression::MultilineOption)
            .match(QString::fromUtf8(process.readAllStandardOutput()));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

void TestPdfExporter::defaultCharterText_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("french (default)") << QString();
    QTest::newRow("english") << QStringLiteral("en");
}

void TestPdfExporter::defaultCharterText()
{
    QFETCH(QString, language);
    const Policy policy = Templates::defaultPolicy();
    const Expected<QByteArray> pdf = PdfExporter::exportCharter(policy, language);
    QVERIFY2(pdf.hasValue(), qPrintable(pdf.error()));
    QVERIFY(pdf->startsWith("%PDF-"));
    const QString path = m_dir.filePath(QStringLiteral("default.pdf"));
    QVERIFY(TestSupport::writeAll(path, *pdf));

    const QString text = extractText(path);
    QVERIFY2(!text.isEmpty(), "pdftotext found no text");
    const QString lang = language.isEmpty() ? policy.meta.defaultLanguage : language;
    for (const CharterSection &section : policy.charter) {
        const QString title = policy.text(section.title, lang).simplified();
        QVERIFY2(text.contains(title), qPrintable(QStringLiteral("missing title: ") + title));
    }
    for (const Cookie &cookie : policy.cookies)
        QVERIFY2(text.contains(cookie.name),
                 qPrintable(QStringLiteral("missing cookie: ") + cookie.name));
    QCOMPARE(policy.cookies.size(), 4);
    const QString date = QLocale(lang).toString(policy.meta.lastUpdated, QLocale::LongFormat);
    QVERIFY2(text.contains(date), qPrintable(QStringLiteral("missing date: ") + date));
    QVERIFY(text.contains(policy.meta.publisherName));
    QVERIFY(text.contains(QRegularExpression(QStringLiteral("\\b1 ?/ ?\\d"))));
    QVERIFY(pageCount(path) >= 1);
}

void TestPdfExporter::longCharterIsPaginated()
{
    Policy policy = Templates::defaultPolicy();
    const CharterSection model = policy.charter.at(1);
    for (int i = 0; i < 12; ++i) {
        CharterSection copy = model;
        copy.id = QStringLiteral("copy-%1").arg(i);
        copy.title.set(QStringLiteral("fr"), QStringLiteral("Copie numéro %1").arg(i));
        policy.charter.append(copy);
    }
    const Expected<QByteArray> pdf = PdfExporter::exportCharter(policy);
    QVERIFY2(pdf.hasValue(), qPrintable(pdf.error()));
    const QString path = m_dir.filePath(QStringLiteral("long.pdf"));
    QVERIFY(TestSupport::writeAll(path, *pdf));
    const int pages = pageCount(path);
    QVERIFY2(pages >= 3, qPrintable(QString::number(pages)));
    const QString text = extractText(path);
    QVERIFY(text.contains(QStringLiteral("Copie numéro 11")));
    QVERIFY(text.contains(QRegularExpression(QStringLiteral("\\b%1 ?/ ?%1\\b").arg(pages))));
}

void TestPdfExporter::refusesAParagraphOverTheLimit()
{
    // A purpose of a few megabytes kept the export drawing for minutes (every page
    // draws the whole paragraph it shows part of): it is refused at once, and said.
    Policy policy = Templates::defaultPolicy();
    const QString language = policy.meta.defaultLanguage;
    QString huge;
    while (huge.size() <= PdfExporter::MaximumParagraphLength)
        huge += QStringLiteral("mot ");
    policy.cookies.first().purpose.set(language, huge.trimmed());
    const Expected<QByteArray> refused = PdfExporter::exportCharter(policy, language);
    QVERIFY(!refused.hasValue());
    QVERIFY2(refused.error().contains(QStringLiteral("at most 100,000 characters")), qPrintable(refused.error()));
    QVERIFY2(refused.error().contains(QStringLiteral("\"mot mot mot")), qPrintable(refused.error()));
    // A long but sane purpose still exports.
    policy.cookies.first().purpose.set(language, huge.left(20000).trimmed());
    QVERIFY(PdfExporter::exportCharter(policy, language).hasValue());
}

void TestPdfExporter::deterministic()
{
    const Policy policy = Templates::defaultPolicy();
    const Expected<QByteArray> first = PdfExporter::exportCharter(policy);
    QTest::qWait(1100); // a second later: a clock in the file would show
    const Expected<QByteArray> second = PdfExporter::exportCharter(policy);
    QVERIFY(first.hasValue() && second.hasValue());
    QVERIFY(first->contains("/CreationDate (D:20261129000000Z)"));
    QCOMPARE(*first, *second);
    // The stamp keeps the file valid: poppler reads it and its date.
    const QString path = m_dir.filePath(QStringLiteral("stamped.pdf"));
    QVERIFY(TestSupport::writeAll(path, *first));
    QProcess process;
    process.start(QStringLiteral("pdfinfo"), {QStringLiteral("-isodates"), path});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    const QByteArray info = process.readAllStandardOutput();
    QVERIFY2(info.contains("2026-11-29T00:00:00"), info.constData());
    QCOMPARE(process.readAllStandardError(), QByteArray()); // no xref repair needed

    // The command line, run twice in time zones whose dates QPdfWriter writes with
    // different lengths ("Z", "+13'45'"), gives the same bytes, with a sound
    // cross-reference table after the stamp.
    const QString input = m_dir.filePath(QStringLiteral("tz.charte.json"));
    QVERIFY(TestSupport::writeAll(input, PolicyWriter::toJson(policy)));
    QList<QByteArray> outputs;
    for (const QString &zone : {QStringLiteral("UTC"), QStringLiteral("Pacific/Chatham")}) {
        const QString output = m_dir.filePath(QStringLiteral("tz-%1.pdf").arg(outputs.size()));
        TestSupport::CharteOptions options;
        options.environment.insert(QStringLiteral("TZ"), zone);
        const TestSupport::CharteRun cli =
            TestSupport::runCharte({QStringLiteral("export"), input, QStringLiteral("--format"),
                                    QStringLiteral("pdf"), QStringLiteral("-o"), output},
                                   options);
        QCOMPARE(cli.exitCode, 0);
        outputs << TestSupport::readAll(output);
        process.start(QStringLiteral("pdfinfo"), {output});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        QCOMPARE(process.readAllStandardError(), QByteArray());
    }
    QVERIFY(outputs.at(0).contains("/CreationDate (D:20261129000000Z)"));
    QCOMPARE(outputs.at(0), outputs.at(1));
}

void TestPdfExporter::commandLine()
{
    const QString input = m_dir.filePath(QStringLiteral("in.charte.json"));
    const QString output = m_dir.filePath(QStringLiteral("cli.pdf"));
    TestSupport::CharteOptions options;
    // The command line must choose the offscreen platform itself.
    options.environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    QCOMPARE(TestSupport::runCharte({QStringLiteral("new"), QStringLiteral("-o"), input}, options)
                 .exitCode,
             0);
    const TestSupport::CharteRun run = TestSupport::runCharte(
        {QStringLiteral("export"), input, QStringLiteral("--format"), QStringLiteral("pdf"),
         QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("-o"), output},
        options);
    QVERIFY2(run.exitCode == 0, run.standardError.constData());
    const QString text = extractText(output);
    QVERIFY(text.contains(QStringLiteral("What is a cookie?")));
    QVERIFY(text.contains(QStringLiteral("csrftoken")));
    QVERIFY(pageCount(output) >= 1);

    // A language the document does not have is bad usage; nothing is written.
    const QString refused = m_dir.filePath(QStringLiteral("refused.pdf"));
    const TestSupport::CharteRun refusal = TestSupport::runCharte(
        {QStringLiteral("export"), input, QStringLiteral("--format"), QStringLiteral("pdf"),
         QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("-o"), refused},
        options);
    QCOMPARE(refusal.exitCode, 2);
    QVERIFY(!QFile::exists(refused));
}

void TestPdfExporter::registeredFormat()
{
    const ExportFormat *format = ExportFormats::find(QStringLiteral("pdf"));
    QVERIFY(format);
    QCOMPARE(format->defaultFileName, QStringLiteral("charte.pdf"));
    ExportOptions options;
    const Expected<ExportResult> result = format->run(Templates::defaultPolicy(), options);
    QVERIFY(result.hasValue());
    QVERIFY(result->files.value(QString()).startsWith("%PDF-"));
}

QTEST_MAIN(TestPdfExporter)
#include "tst_pdfexporter.moc"
