// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "compliance/compliancechecker.h"
#include "compliance/compliancerules.h"
#include "export/htmlexporter.h"
#include "format/policyreader.h"
#include "format/policywriter.h"
#include "format/templates.h"
#include "publishing/publicationarchive.h"
#include "publishing/publisher.h"
#include "support/analyticscookie.h"
#include "support/testsupport.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

// Publishing: the decision, the archive entry and its hashes, the refusal while the
// checker reports errors, the checker's publish rule and the charter's history.
class tst_Publication : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

    static PublishRequest on(const QDate &date)
    {
        PublishRequest request;
        request.date = date;
        return request;
    }
    static PublishRequest noted(const QString &note)
    {
        PublishRequest request;
        request.note = note;
        return request;
    }

    Policy onDisk() const { return *PolicyReader::readFile(m_path); }

    ArchiveEntry publish(const Policy &policy, PublishRequest request = {})
    {
        if (!request.date.isValid())
            request.date = QDate(2026, 12, 3);
        request.publisher = QStringLiteral("Camille");
        const Expected<PublishPlan> plan = Publishing::plan(policy, m_path, request);
        if (!plan)
            qFatal("%s", qPrintable(plan.error()));
        const Expected<ArchiveEntry> entry = Publishing::publish(*plan, m_path, request);
        if (!entry)
            qFatal("%s", qPrintable(entry.error()));
        return *entry;
    }

    QStringList entryFolders() const
    {
        return QDir(PublicationArchive::pathFor(m_path)).entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden);
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QDir(m_dir.path()).removeRecursively();
        QDir().mkpath(m_dir.path());
        m_path = m_dir.filePath(QStringLiteral("valbourg.charte.json"));
        QVERIFY(PolicyWriter::writeFile(*Templates::load(QStringLiteral("typical")), m_path));
    }

    void archiveLivesBesideTheDocument()
    {
        QCOMPARE(PublicationArchive::pathFor(m_path), m_dir.filePath(QStringLiteral("valbourg.charte-archive")));
        QCOMPARE(PublicationArchive::pathFor(QStringLiteral("/x/site.json")), QStringLiteral("/x/site.charte-archive"));
    }

    void firstPublication()
    {
        const Policy before = onDisk();
        QVERIFY(ComplianceChecker::check(before).count(Severity::Error) == 0);
        const ArchiveEntry entry = publish(before, noted(QStringLiteral("Mise en ligne")));
        QCOMPARE(entry.sequence, 1);
        QCOMPARE(entry.revision, before.meta.revision); // nobody to ask again yet
        QVERIFY(!entry.askedAgain);
        QCOMPARE(entry.publisher, QStringLiteral("Camille"));
        QVERIFY(entry.previousHash.isEmpty());
        QCOMPARE(entryFolders(), QStringList{"0001"});
        const QStringList files = QDir(entry.folder).entryList(QDir::Files);
        QCOMPARE(files, (QStringList{"charter.en.html", "charter.fr.html", "document.charte.json", "entry.json"}));

        const Policy after = onDisk();
        QCOMPARE(after.meta.lastUpdated, QDate(2026, 12, 3));
        QCOMPARE(after.history.size(), 1);
        QCOMPARE(after.history.first().note, QStringLiteral("Mise en ligne"));
        QVERIFY(after.history.first().summary.exact(QStringLiteral("fr")).startsWith("première version publiée : 7 cookies"));
        // The archived document is the document as published, byte for byte.
        QCOMPARE(TestSupport::readAll(QDir(entry.folder).filePath("document.charte.json")), TestSupport::readAll(m_path));
        QCOMPARE(TestSupport::readAll(QDir(entry.folder).filePath("charter.fr.html")),
                 HtmlExporter::exportCharter(after, QStringLiteral("fr")));
        QVERIFY(PublicationArchive(m_path).verify().ok);
    }

    void publishingTwiceWithoutChangeWritesNothing()
    {
        publish(onDisk());
        const QByteArray document = TestSupport::readAll(m_path);
        const Expected<PublishPlan> plan = Publishing::plan(onDisk(), m_path, {});
        QVERIFY(plan);
        QVERIFY(plan->nothingChanged);
        QVERIFY(plan->refusal.contains("nothing changed since revision 3"));
        QVERIFY(!Publishing::publish(*plan, m_path, {}));
        QCOMPARE(entryFolders(), QStringList{"0001"});
        QCOMPARE(TestSupport::readAll(m_path), document);
    }

    void consentChangeBumpsTheRevision()
    {
        publish(onDisk());
        Policy edited = onDisk();
        edited.cookies.append(TestSupport::analyticsCookie());
        const ArchiveEntry entry = publish(edited, on(QDate(2026, 12, 10)));
        QCOMPARE(entry.sequence, 2);
        QVERIFY(entry.askedAgain);
        QCOMPARE(entry.revision, 4);
        QCOMPARE(entry.consentReasons.value("fr"), QStringList{"un nouveau cookie soumis au consentement"});
        QCOMPARE(entry.consentReasons.value("en"), QStringList{"a new cookie that needs consent"});
        const Policy after = onDisk();
        QCOMPARE(after.meta.revision, 4);
        QCOMPARE(after.history.size(), 2);
        QCOMPARE(after.history.last().summary.exact(QStringLiteral("en")),
                 QStringLiteral("added cookie _ga (Audience measurement, 13 months)"));
        const PublicationArchive::Verification verification = PublicationArchive(m_path).verify();
        QVERIFY2(verification.ok, qPrintable(verification.problem));
        QCOMPARE(verification.checked, 2);
    }

    void wordingChangeKeepsTheRevision()
    {
        publish(onDisk());
        Policy edited = onDisk();
        edited.charter[0].body.set(QStringLiteral("fr"), QStringLiteral("Nouveau texte d'introduction."));
        const ArchiveEntry entry = publish(edited);
        QVERIFY(!entry.askedAgain);
        QCOMPARE(entry.revision, 3);
        QCOMPARE(onDisk().meta.revision, 3);
    }

    void overridingNeedsAReasonAndIsRecorded()
    {
        publish(onDisk());
        Policy edited = onDisk();
        edited.cookies.append(TestSupport::analyticsCookie());
        PublishRequest request;
        request.decision = PublishRequest::Decision::DoNotAskAgain;
        Expected<PublishPlan> plan = Publishing::plan(edited, m_path, request);
        QVERIFY(plan);
        QVERIFY(plan->refusal.contains("needs a reason"));
        request.overrideReason = QStringLiteral("the cookie was already set before, only undeclared");
        const ArchiveEntry entry = publish(edited, request);
        QVERIFY(!entry.askedAgain);
        QCOMPARE(entry.revision, 3);
        QCOMPARE(entry.overrideReason, request.overrideReason);

        // And the other way: asking again when nothing calls for it.
        Policy reworded = onDisk();
        reworded.banner.title.set(QStringLiteral("fr"), QStringLiteral("Vos choix"));
        PublishRequest again;
        again.decision = PublishRequest::Decision::AskAgain;
        again.overrideReason = QStringLiteral("new legal advice");
        const ArchiveEntry bumped = publish(reworded, again);
        QVERIFY(bumped.askedAgain);
        QCOMPARE(bumped.revision, 4);
    }

    void refusedWhileTheCheckerReportsErrorsUnlessForced()
    {
        Policy broken = onDisk();
        broken.meta.publisherName.clear(); // the controller's identity is mandatory
        broken.charter.removeIf([](const CharterSection &s) { return s.id == QLatin1StringView("controller"); });
        QVERIFY(ComplianceChecker::check(broken).hasErrors());
        const Expected<PublishPlan> plan = Publishing::plan(broken, m_path, {});
        QVERIFY(plan);
        QVERIFY(plan->checkErrors > 0);
        QVERIFY(plan->refusal.contains("--force"));
        QVERIFY(!Publishing::publish(*plan, m_path, {}));
        QVERIFY(!PublicationArchive(m_path).exists());

        PublishRequest forced;
        forced.forceReason = QStringLiteral("the DPO signs it off tomorrow");
        const ArchiveEntry entry = publish(broken, forced);
        QCOMPARE(entry.forcedReason, QStringLiteral("the DPO signs it off tomorrow"));
        QCOMPARE(entry.checkErrors, plan->checkErrors);
        const QJsonObject json =
            QJsonDocument::fromJson(TestSupport::readAll(QDir(entry.folder).filePath("entry.json"))).object();
        QCOMPARE(json.value("forcedReason").toString(), QStringLiteral("the DPO signs it off tomorrow"));
    }

    void alteredFilesAndEntriesAreDetected_data()
    {
        QTest::addColumn<QString>("file");      // in entry 0002
        QTest::addColumn<QByteArray>("search");
        QTest::addColumn<QByteArray>("replace");
        QTest::addColumn<QString>("expected");
        QTest::newRow("charter") << "charter.fr.html" << QByteArray("Valbourg") << QByteArray("Valbourq")
                                 << "entry 0002 (revision 4, 2026-12-10): charter.fr.html was altered";
        QTest::newRow("document") << "document.charte.json" << QByteArray("\"revision\": 4")
                                  << QByteArray("\"revision\": 3")
                                  << "entry 0002 (revision 4, 2026-12-10): document.charte.json was altered";
        QTest::newRow("note") << "entry.json" << QByteArray("\"note\": \"\"") << QByteArray("\"note\": \"x\"")
                              << "entry 0002 (revision 4, 2026-12-10): entry.json was altered";
        QTest::newRow("file hash") << "entry.json" << QByteArray("\"charter.en.html\": \"")
                                   << QByteArray("\"charter.en.html\": \"0")
                                   << "entry 0002 (revision 4, 2026-12-10): entry.json was altered";
    }

    void alteredFilesAndEntriesAreDetected()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, search);
        QFETCH(QByteArray, replace);
        QFETCH(QString, expected);
        publish(onDisk());
        Policy edited = onDisk();
        edited.cookies.append(TestSupport::analyticsCookie());
        const ArchiveEntry second = publish(edited, on(QDate(2026, 12, 10)));
        Policy third = onDisk();
        third.banner.title.set(QStringLiteral("en"), QStringLiteral("Cookies?"));
        publish(third, on(QDate(2026, 12, 11)));
        QVERIFY(PublicationArchive(m_path).verify().ok);

        const QString path = QDir(second.folder).filePath(file);
        QByteArray bytes = TestSupport::readAll(path);
        QVERIFY2(bytes.contains(search), bytes.left(400).constData());
        bytes.replace(search, replace);
        QVERIFY(TestSupport::writeAll(path, bytes));
        const PublicationArchive::Verification verification = PublicationArchive(m_path).verify();
        QVERIFY(!verification.ok);
        QCOMPARE(verification.firstAlteredSequence, 2);
        QVERIFY2(verification.problem.startsWith(expected), qPrintable(verification.problem));
    }

    void rewrittenEntryBreaksTheChain()
    {
        publish(onDisk());
        Policy edited = onDisk();
        edited.cookies.append(TestSupport::analyticsCookie());
        const ArchiveEntry second = publish(edited);
        Policy third = onDisk();
        third.banner.title.set(QStringLiteral("en"), QStringLiteral("Cookies?"));
        publish(third);
        // Someone rewrites entry 2 and recomputes its own hash: entry 3 no longer follows it.
        ArchiveEntry forged = second;
        forged.note = QStringLiteral("approved by the board");
        forged.hash = forged.computeHash();
        QJsonDocument json(forged.toJson());
        QVERIFY(TestSupport::writeAll(QDir(second.folder).filePath("entry.json"), json.toJson()));
        const PublicationArchive::Verification verification = PublicationArchive(m_path).verify();
        QVERIFY(!verification.ok);
        QCOMPARE(verification.firstAlteredSequence, 3);
        QVERIFY2(verification.problem.contains("chain is broken"), qPrintable(verification.problem));

        // A removed entry is missing, not skipped.
        QVERIFY(QDir(second.folder).removeRecursively());
        const PublicationArchive::Verification gap = PublicationArchive(m_path).verify();
        QVERIFY(!gap.ok);
        QCOMPARE(gap.firstAlteredSequence, 2);
        QVERIFY2(gap.problem.contains("entry 0002 is missing"), qPrintable(gap.problem));
    }

    void checkerRuleFiresOnlyWhenTheRevisionWasNotBumped()
    {
        const auto findings = [this](const Policy &policy) {
            const Expected<std::optional<PublishedBaseline>> baseline = Publishing::baseline(policy, m_path);
            if (!baseline)
                qFatal("%s", qPrintable(baseline.error()));
            CheckOptions options;
            options.published = *baseline ? &**baseline : nullptr;
            QStringList messages;
            for (const Finding &finding : ComplianceChecker::check(policy, options).findings) {
                if (finding.rule == QLatin1StringView("publish.revision-not-bumped"))
                    messages << finding.message.en;
            }
            return messages;
        };
        Policy edited = onDisk();
        edited.cookies.append(TestSupport::analyticsCookie());
        QCOMPARE(findings(edited), QStringList()); // no archive: nothing to compare with

        publish(onDisk());
        QCOMPARE(findings(onDisk()), QStringList());
        const QStringList messages = findings(edited);
        QCOMPARE(messages.size(), 1);
        QVERIFY2(messages.first().startsWith("Since revision 3 was published on 2026-12-03: added cookie _ga"),
                 qPrintable(messages.first()));

        Policy reworded = onDisk();
        reworded.charter[1].body.set(QStringLiteral("en"), QStringLiteral("Other words"));
        QCOMPARE(findings(reworded), QStringList());

        edited.meta.revision = 4; // bumped by hand: the banner will ask again
        QCOMPARE(findings(edited), QStringList());
    }

    void charterShowsItsHistory()
    {
        Policy policy = onDisk();
        CharterSection changes;
        changes.id = QStringLiteral("changes");
        changes.kind = CharterSection::Kind::Changes;
        changes.title.set(QStringLiteral("fr"), QStringLiteral("Historique des modifications"));
        changes.title.set(QStringLiteral("en"), QStringLiteral("Change history"));
        policy.charter.append(changes);
        QVERIFY(HtmlExporter::exportCharter(policy, QStringLiteral("fr")).contains("Aucune version n’a encore été publiée."));

        publish(policy, noted(QStringLiteral("Première mise en ligne")));
        Policy edited = onDisk();
        edited.cookies.append(TestSupport::analyticsCookie());
        publish(edited, on(QDate(2026, 12, 10)));
        const Policy published = onDisk();
        // The section kind and the history survive the file format.
        QCOMPARE(published.charter.last().kind, CharterSection::Kind::Changes);
        QCOMPARE(*PolicyReader::read(PolicyWriter::toJson(published), QStringLiteral("x")), published);

        const QString french = QString::fromUtf8(HtmlExporter::exportCharter(published, QStringLiteral("fr")));
        const QString english = QString::fromUtf8(HtmlExporter::exportCharter(published, QStringLiteral("en")));
        QVERIFY(french.contains("10 décembre 2026</time> — Version 4"));
        QVERIFY(french.contains("<li>cookie _ga ajouté (Mesure d&#39;audience, 13 mois)</li>") ||
                french.contains("<li>cookie _ga ajouté (Mesure d'audience, 13 mois)</li>"));
        QVERIFY(french.contains("Première mise en ligne"));
        QVERIFY(english.contains("December 10, 2026</time> — Revision 4"));
        QVERIFY(english.contains("<li>added cookie _ga (Audience measurement, 13 months)</li>"));
        // Newest first.
        QVERIFY(french.indexOf("Version 4") < french.indexOf("Version 3"));
    }
};

QTEST_GUILESS_MAIN(tst_Publication)
#include "tst_publication.moc"
