// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "format/policyreader.h"
#include "format/policywriter.h"
#include "format/templates.h"
#include "support/charteprocess.h"
#include "support/testsupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

// `charte diff`, `charte publish`, `charte history` and `charte archive verify` as a
// user and a site's build run them: outputs, exit statuses, and broken input.
class tst_PublishCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

    static TestSupport::CharteRun charte(const QStringList &arguments)
    {
        return TestSupport::runCharte(arguments);
    }

    QString write(const QString &name, const Policy &policy)
    {
        const QString path = m_dir.filePath(name);
        if (!PolicyWriter::writeFile(policy, path))
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    static Policy withAnalytics(Policy policy)
    {
        Cookie ga = policy.cookies.at(2); // _pk_id., statistics, consent
        ga.name = QStringLiteral("_ga");
        ga.match = NameMatch::Exact;
        policy.cookies.append(ga);
        return policy;
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QDir(m_dir.path()).removeRecursively();
        QDir().mkpath(m_dir.path());
        m_path = write(QStringLiteral("site.charte.json"), *Templates::load(QStringLiteral("typical")));
    }

    void diffFormats()
    {
        const Policy before = *Templates::load(QStringLiteral("typical"));
        Policy after = withAnalytics(before);
        std::reverse(after.cookies.begin(), after.cookies.end());
        const QString a = write(QStringLiteral("a.charte.json"), before);
        const QString b = write(QStringLiteral("b.charte.json"), after);

        const auto text = charte({"diff", a, b, "--lang", "fr"});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out().contains("Le consentement doit être redemandé : un nouveau cookie soumis au consentement."),
                 qPrintable(text.out()));
        QVERIFY(text.out().contains("  ! cookie _ga ajouté (Mesure d'audience, 13 mois)"));
        QCOMPARE(text.out().count('\n'), 3); // heading, verdict, one change: re-ordering is none

        const auto json = charte({"diff", a, b, "--format", "json"});
        QCOMPARE(json.exitCode, 0);
        const QJsonObject root = QJsonDocument::fromJson(json.standardOutput).object();
        QCOMPARE(root.value("requiresNewConsent").toBool(), true);
        QCOMPARE(root.value("changes").toArray().first().toObject().value("kind").toString(), QStringLiteral("cookie-added"));

        const auto html = charte({"diff", a, b, "--format", "html"});
        QCOMPARE(html.exitCode, 0);
        QVERIFY(html.out().startsWith("<!DOCTYPE html>"));
        QVERIFY(html.out().contains("data-kind=\"cookie-added\""));

        const auto same = charte({"diff", a, a});
        QCOMPARE(same.exitCode, 0);
        QVERIFY(same.out().contains("No change."));
    }

    void diffRefusesBadInput()
    {
        const QString broken = m_dir.filePath("broken.charte.json");
        QVERIFY(TestSupport::writeAll(broken, "{\"format\": \"charte/1\", \"meta\": {"));
        const auto run = charte({"diff", m_path, broken});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err().contains(broken + ":1:"), qPrintable(run.err()));
        QCOMPARE(run.err().count('\n'), 1);
        QCOMPARE(charte({"diff", m_path}).exitCode, 2);
        QCOMPARE(charte({"diff", m_path, m_path, "--format", "pdf"}).exitCode, 2);
        QCOMPARE(charte({"diff", m_dir.filePath("missing.json"), m_path}).exitCode, 2);
    }

    void publishHistoryVerify()
    {
        const auto first = charte({"publish", m_path, "--note", "Mise en ligne", "--date", "2026-11-02", "--publisher", "Camille"});
        QCOMPARE(first.exitCode, 0);
        QVERIFY2(first.out().contains("Published revision 3 of 2026-11-02 (existing consent stands) as entry 1"),
                 qPrintable(first.out()));
        const auto again = charte({"publish", m_path});
        QCOMPARE(again.exitCode, 0);
        QVERIFY(again.out().contains("nothing changed since revision 3 was published on 2026-11-02; nothing was written"));

        QVERIFY(PolicyWriter::writeFile(withAnalytics(*PolicyReader::readFile(m_path)), m_path));
        const auto check = charte({"check", m_path});
        QVERIFY2(check.out().contains("[publish.revision-not-bumped]"), qPrintable(check.out()));
        const auto second = charte({"publish", m_path, "--date", "2026-12-01", "--publisher", "Camille"});
        QCOMPARE(second.exitCode, 0);
        QVERIFY(second.out().contains("Visitors must be asked again: a new cookie that needs consent."));
        QVERIFY(second.out().contains("Published revision 4 of 2026-12-01 (visitors will be asked again) as entry 2"));
        QCOMPARE(PolicyReader::readFile(m_path)->meta.revision, 4);
        QVERIFY(!charte({"check", m_path}).out().contains("[publish.revision-not-bumped]"));

        const auto history = charte({"history", m_path, "--lang", "fr"});
        QCOMPARE(history.exitCode, 0);
        QVERIFY2(history.out().contains("0001  version 3  2026-11-02  Camille  consentement maintenu\n      note : Mise en ligne"),
                 qPrintable(history.out()));
        QVERIFY(history.out().contains("0002  version 4  2026-12-01  Camille  consentement redemandé"));
        QVERIFY(history.out().contains("dernière empreinte : "));

        const auto intact = charte({"archive", "verify", m_path});
        QCOMPARE(intact.exitCode, 0);
        QVERIFY(intact.out().contains("2 entries intact"));
        const QString charter = QDir(m_dir.filePath("site.charte-archive/0001")).filePath("charter.fr.html");
        QByteArray bytes = TestSupport::readAll(charter);
        bytes.replace("Valbourg", "Valbourq");
        QVERIFY(TestSupport::writeAll(charter, bytes));
        const auto altered = charte({"archive", "verify", m_path});
        QCOMPARE(altered.exitCode, 1);
        QVERIFY2(altered.err().contains("entry 0001 (revision 3, 2026-11-02): charter.fr.html was altered"),
                 qPrintable(altered.err()));
    }

    void publishRefusesErrorsUnlessForced()
    {
        Policy broken = *Templates::load(QStringLiteral("typical"));
        broken.meta.publisherName.clear();
        broken.charter.removeIf([](const CharterSection &s) { return s.id == QLatin1StringView("controller"); });
        QVERIFY(PolicyWriter::writeFile(broken, m_path));
        const QByteArray before = TestSupport::readAll(m_path);
        const auto refused = charte({"publish", m_path});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err().contains("publish anyway with a reason (--force REASON)"), qPrintable(refused.err()));
        QVERIFY(!QFileInfo::exists(m_dir.filePath("site.charte-archive")));
        QCOMPARE(TestSupport::readAll(m_path), before);

        QCOMPARE(charte({"publish", m_path, "--force", ""}).exitCode, 2);
        const auto forced = charte({"publish", m_path, "--force", "signed off by the DPO"});
        QCOMPARE(forced.exitCode, 0);
        QVERIFY(forced.out().contains("Published despite"));
        QVERIFY(charte({"history", m_path}).out().contains("published despite"));
    }

    void publishUsageErrors()
    {
        QCOMPARE(charte({"publish"}).exitCode, 2);
        QCOMPARE(charte({"publish", "-"}).exitCode, 2);
        QCOMPARE(charte({"publish", m_path, "--date", "tomorrow"}).exitCode, 2);
        QCOMPARE(charte({"publish", m_path, "--ask-again", "x", "--no-ask-again", "y"}).exitCode, 2);
        const auto noArchive = charte({"archive", "verify", m_path});
        QCOMPARE(noArchive.exitCode, 2);
        QVERIFY(noArchive.err().contains("no archive to verify"));
        QVERIFY(charte({"history", m_path}).out().contains("no published revision"));
        // An archive entry that is not JSON is named, not skipped.
        QCOMPARE(charte({"publish", m_path}).exitCode, 0);
        QVERIFY(TestSupport::writeAll(m_dir.filePath("site.charte-archive/0001/entry.json"), "{"));
        const auto damaged = charte({"history", m_path});
        QCOMPARE(damaged.exitCode, 2);
        QVERIFY2(damaged.err().contains("0001/entry.json: unreadable JSON"), qPrintable(damaged.err()));
    }

    // history and archive verify read the archive beside FILE. A FILE that is missing
    // or is no document never reads as "no published revision": it is said, and with
    // no archive either it is an input error.
    void historyAndVerifyNameABadFile()
    {
        const QString typo = m_dir.filePath("sitte.charte.json");
        for (const QStringList &command : {QStringList{"history", typo}, QStringList{"archive", "verify", typo}}) {
            const auto missing = charte(command);
            QCOMPARE(missing.exitCode, 2);
            QVERIFY2(missing.err().contains("sitte.charte.json: no such file, and no archive beside it"),
                     qPrintable(missing.err()));
            QVERIFY(missing.out().isEmpty());
        }
        QVERIFY(TestSupport::writeAll(typo, ""));
        const auto empty = charte({"history", typo});
        QCOMPARE(empty.exitCode, 2);
        QVERIFY2(empty.err().contains("sitte.charte.json") && empty.err().contains("no archive beside it"),
                 qPrintable(empty.err()));

        // With an archive, it is read on its own, and the document's state is said.
        QCOMPARE(charte({"publish", m_path, "--date", "2026-11-02"}).exitCode, 0);
        QVERIFY(TestSupport::writeAll(m_path, "[]"));
        const auto history = charte({"history", m_path});
        QCOMPARE(history.exitCode, 0);
        QVERIFY(history.out().contains("0001  revision 3  2026-11-02"));
        QVERIFY2(history.err().contains("site.charte.json") && history.err().contains("on its own"),
                 qPrintable(history.err()));
        QVERIFY(QFile::remove(m_path));
        const auto verify = charte({"archive", "verify", m_path});
        QCOMPARE(verify.exitCode, 0);
        QVERIFY(verify.out().contains("1 entries intact"));
        QVERIFY2(verify.err().contains("site.charte.json: no such file; reading the archive"),
                 qPrintable(verify.err()));
    }
};

QTEST_GUILESS_MAIN(tst_PublishCli)
#include "tst_publishcli.moc"
