// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

// Every user-visible string in the code must have a finished French translation in
// translations/charte_fr.ts. lupdate extracts the strings from the sources into a
// scratch catalogue (the real one is never touched); each of them is then looked up
// in the committed French catalogue.
class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyTrCallIsExtractable();
    void everyStringHasAFrenchTranslation();

private:
    QTemporaryDir m_scratch;
    QString m_extracted;
    QString m_lupdateWarnings;
    struct Entry
    {
        bool finished = false;
    };
    // "context\x1fsource\x1fcomment" → entry
    static QHash<QString, Entry> readCatalogue(const QString &path, QString *error);
};

QHash<QString, TestTranslations::Entry> TestTranslations::readCatalogue(const QString &path,
                                                                        QString *error)
{
    QHash<QString, Entry> entries;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = path + QStringLiteral(": ") + file.errorString();
        return entries;
    }
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    QString comment;
    Entry entry;
    bool inMessage = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1StringView("name") && !inMessage) {
                context = xml.readElementText();
            } else if (name == QLatin1StringView("message")) {
                inMessage = true;
                source.clear();
                comment.clear();
                entry = Entry();
            } else if (inMessage && name == QLatin1StringView("source")) {
                source = xml.readElementText();
            } else if (inMessage && name == QLatin1StringView("comment")) {
                comment = xml.readElementText();
            } else if (inMessage && name == QLatin1StringView("translation")) {
                const QString type = xml.attributes().value(QLatin1StringView("type")).toString();
                // Plural forms: every <numerusform> must be written.
                QString text;
                bool allForms = true;
                bool numerus = false;
                while (!(xml.isEndElement() && xml.name() == QLatin1StringView("translation")) &&
                       !xml.atEnd()) {
                    xml.readNext();
                    if (xml.isCharacters())
                        text += xml.text();
                    if (xml.isStartElement() && xml.name() == QLatin1StringView("numerusform")) {
                        numerus = true;
                        if (xml.readElementText().trimmed().isEmpty())
                            allForms = false;
                    }
                }
                entry.finished = type.isEmpty() && (numerus ? allForms : !text.trimmed().isEmpty());
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1StringView("message")) {
            inMessage = false;
            entries.insert(context + u'\x1f' + source + u'\x1f' + comment, entry);
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return entries;
}

void TestTranslations::initTestCase()
{
    QVERIFY(m_scratch.isValid());
    m_extracted = m_scratch.filePath(QStringLiteral("extracted_fr.ts"));
    const QString &extracted = m_extracted;
    const QDir sourceDir(QStringLiteral(CHARTE_SOURCE_DIR));

    QProcess lupdate;
    lupdate.setWorkingDirectory(sourceDir.path());
    lupdate.start(QStringLiteral(CHARTE_LUPDATE),
                  {QStringLiteral("-silent"), QStringLiteral("-no-obsolete"),
                   QStringLiteral("-locations"), QStringLiteral("none"),
                   QStringLiteral("-target-language"), QStringLiteral("fr_FR"),
                   QStringLiteral("model"), QStringLiteral("ui"), QStringLiteral("app"),
                   QStringLiteral("-ts"), extracted});
    QVERIFY2(lupdate.waitForFinished(240000), "lupdate did not finish");
    m_lupdateWarnings = QString::fromUtf8(lupdate.readAllStandardError());
    QVERIFY2(lupdate.exitCode() == 0, qPrintable(m_lupdateWarnings));
}

void TestTranslations::everyTrCallIsExtractable()
{
    // lupdate skips a tr() it cannot attach to a class (a free function named tr):
    // such strings never reach the catalogue, so they can never be translated.
    QStringList lost;
    for (const QString &line : m_lupdateWarnings.split(u'\n')) {
        if (line.contains(QLatin1StringView("cannot be called without context")))
            lost << line.trimmed();
    }
    if (!lost.isEmpty())
        QFAIL(qPrintable(
            QStringLiteral("%1 tr() call(s) are invisible to lupdate:\n  ").arg(lost.size()) +
            lost.join(QStringLiteral("\n  "))));
}

void TestTranslations::everyStringHasAFrenchTranslation()
{
    const QDir sourceDir(QStringLiteral(CHARTE_SOURCE_DIR));
    QString error;
    const QHash<QString, Entry> found = readCatalogue(m_extracted, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // A sanity floor: the code surely holds this many strings; fewer means lupdate
    // looked in the wrong place and the comparison below would prove nothing.
    QVERIFY2(found.size() >= 50, qPrintable(QString::number(found.size())));

    const QHash<QString, Entry> french =
        readCatalogue(sourceDir.filePath(QStringLiteral("translations/charte_fr.ts")), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    QStringList missing;
    for (auto it = found.cbegin(); it != found.cend(); ++it) {
        const auto translated = french.constFind(it.key());
        if (translated == french.cend() || !translated->finished)
            missing << QString(it.key()).replace(u'\x1f', QStringLiteral(" | "));
    }
    missing.sort();
    if (!missing.isEmpty()) {
        const qsizetype shown = qMin<qsizetype>(missing.size(), 30);
        QString report = QStringLiteral("%1 of %2 strings lack a finished French translation in "
                                        "translations/charte_fr.ts, e.g.:\n  ")
                             .arg(missing.size())
                             .arg(found.size()) +
                         missing.mid(0, shown).join(QStringLiteral("\n  "));
        QFAIL(qPrintable(report));
    }
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
