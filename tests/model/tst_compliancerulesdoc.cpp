// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "compliance/compliancerules.h"

#include <QFile>
#include <QTest>

// docs/compliance-rules.md lists the checker's rules as the code registers them
// (ComplianceRules::all()): same ids in the same order, with the same severity,
// description and source. A rule added, changed or removed fails here until the
// document says so; the message gives the row the document should have.
class tst_compliancerulesdoc : public QObject
{
    Q_OBJECT

private:
    static QString expectedRow(const ComplianceRule &rule)
    {
        return QStringLiteral("| `%1` | %2 | %3 | %4 |")
            .arg(rule.id, SeverityKeys::toString(rule.severity), rule.title.en, rule.source);
    }

private slots:
    void documentListsEveryRule()
    {
        QFile file(QStringLiteral(CHARTE_SOURCE_DIR "/docs/compliance-rules.md"));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        const QString text = QString::fromUtf8(file.readAll());
        const QString begin = QStringLiteral("<!-- rules: begin -->");
        const QString end = QStringLiteral("<!-- rules: end -->");
        const qsizetype from = text.indexOf(begin);
        const qsizetype to = text.indexOf(end);
        QVERIFY2(from >= 0 && to > from, "the rules table is not between its markers");
        QStringList rows;
        for (const QString &line :
             text.mid(from + begin.size(), to - from - begin.size()).split(u'\n')) {
            if (line.startsWith(QStringLiteral("| `")))
                rows << line.trimmed();
        }
        QStringList expected;
        for (const ComplianceRule &rule : ComplianceRules::all())
            expected << expectedRow(rule);
        if (rows != expected)
            qWarning().noquote() << "docs/compliance-rules.md should list:\n" +
                                        expected.join(u'\n');
        QCOMPARE(rows.size(), expected.size());
        for (qsizetype i = 0; i < rows.size(); ++i)
            QCOMPARE(rows.at(i), expected.at(i));
    }
};

QTEST_GUILESS_MAIN(tst_compliancerulesdoc)
#include "tst_compliancerulesdoc.moc"
