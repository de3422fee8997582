// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "export/pdfexporter.h"
#include "format/templates.h"

#include <QPrinter>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// File › Print paints with the same PdfExporter::render() on a QPrinter. The dialog
// cannot run offscreen; a QPrinter set to write a PDF file stands in for the printer
// the user would pick, and what it printed is read back with pdftotext.
class TestCharterPrinter : public QObject
{
    Q_OBJECT

private slots:
    void printsOnAPrinter_data();
    void printsOnAPrinter();
};

void TestCharterPrinter::printsOnAPrinter_data()
{
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<QString>("language");
    QTest::newRow("A4 french") << int(QPageSize::A4) << QStringLiteral("fr");
    QTest::newRow("Letter english") << int(QPageSize::Letter) << QStringLiteral("en");
    QTest::newRow("A5 french") << int(QPageSize::A5) << QStringLiteral("fr");
}

void TestCharterPrinter::printsOnAPrinter()
{
    QFETCH(int, pageSize);
    QFETCH(QString, language);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("printed.pdf"));
    const Policy policy = Templates::defaultPolicy();
    {
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(path);
        printer.setPageSize(QPageSize(QPageSize::PageSizeId(pageSize)));
        printer.setPageMargins(QMarginsF(20, 18, 20, 15), QPageLayout::Millimeter);
        const Status status = PdfExporter::render(policy, language, printer);
        QVERIFY2(status.ok, qPrintable(status.error));
    }
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    const QString text = QString::fromUtf8(process.readAllStandardOutput())
                             .normalized(QString::NormalizationForm_KC)
                             .simplified();
    for (const Cookie &cookie : policy.cookies)
        QVERIFY2(text.contains(cookie.name), qPrintable(cookie.name));
    QVERIFY(text.contains(policy.text(policy.charter.last().title, language)));
    process.start(QStringLiteral("pdfinfo"), {path});
    QVERIFY(process.waitForFinished(60000));
    const QString info = QString::fromUtf8(process.readAllStandardOutput());
    // The smaller the page, the more pages; A5 needs more than A4.
    const int pages = info.section(QStringLiteral("Pages:"), 1).trimmed().section(u'\n', 0, 0).toInt();
    QVERIFY(pages >= (pageSize == int(QPageSize::A5) ? 3 : 1));
}

QTEST_MAIN(TestCharterPrinter)
#include "tst_charterprinter.moc"
