// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "format/templates.h"
#include "scan/scanrules.h"

#include <QTest>

// The "Observed versus declared" rules against the `typical` template (a town site
// with Matomo and YouTube), whose inventory is the one a real audit would compare.
class TestScanRules : public QObject
{
    Q_OBJECT

private slots:
    void matchesDeclaredRows_data();
    void matchesDeclaredRows();
    void reportsUndeclaredAndBeforeConsent();
    void exemptCookieIsNotBeforeConsent();
    void reportsUnseenDeclaredCookies();
    void lifetimeLonger_data();
    void lifetimeLonger();
    void trackerHostRequestBeforeConsent();
    void messagesInBothLanguages();
    void argumentsAreInsertedOnce();
    // Consent phases.
    void leakAfterRejectIsAnError();
    void honestScanHasNoAfterRejectError();
    void storageBeforeAndAfterReject();
    void declaredStorageKeys();
    void trackerHostAfterReject();
    void noRefusalControl_data();
    void noRefusalControl();
    void controlNotFoundIsReported();
    void phaseThatDidNotLoadIsReported();
    void undeclaredOnceAcrossPhases();
    void seenInAnyPhaseIsNotUnseen();
    void lifetimeLongerInAnyPhase();
    // Staging copies.
    void stagingHostMatchesDeclaredFirstParty();
    void siteHostGivenExplicitly();
    void siteHostOf_data();
    void siteHostOf();

private:
    static ScanReport phase(ConsentPhase which, const QList<ObservedCookie> &cookies = {},
                            ScanReport::Control control = ScanReport::Control::Clicked);
    static ObservedStorage stored(ObservedStorage::Kind kind, const QString &key);
    static QStringList summary(const FindingList &findings); // "rule phase id"
    static ObservedCookie observed(const QString &name, const QString &domain,
                                   std::optional<qint64> lifetime = std::nullopt);
    static FindingList findingsFor(const FindingList &all, const QString &rule,
                                   const QString &cookie);
};

ObservedCookie TestScanRules::observed(const QString &name, const QString &domain,
                                       std::optional<qint64> lifetime)
{
    ObservedCookie cookie;
    cookie.name = name;
    cookie.domain = domain;
    cookie.lifetimeSeconds = lifetime;
    cookie.firstSeenUrl = QStringLiteral("https://www.valbourg.example/");
    return cookie;
}

FindingList TestScanRules::findingsFor(const FindingList &all, const QString &rule,
                                       const QString &cookie)
{
    FindingList result;
    for (const Finding &finding : all) {
        if (finding.rule == rule && finding.place.id == cookie)
            result << finding;
    }
    return result;
}

void TestScanRules::matchesDeclaredRows_data()
{
    QTest::addColumn<int>("match"); // NameMatch
    QTest::addColumn<QString>("declaredName");
    QTest::addColumn<QString>("declaredDomain");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("domain");
    QTest::addColumn<bool>("covered");

    const int exact = int(NameMatch::Exact), prefix = int(NameMatch::Prefix), regex = int(NameMatch::Regex);
    QTest::newRow("exact") << exact << "YSC" << ".youtube.com" << "YSC" << "youtube.com" << true;
    QTest::newRow("exact, subdomain of declared domain") << exact << "YSC" << ".youtube.com" << "YSC" << "www.youtube.com" << true;
    QTest::newRow("declared without dot covers subdomain") << exact << "YSC" << "youtube.com" << "YSC" << "m.youtube.com" << true;
    QTest::newRow("other domain") << exact << "YSC" << ".youtube.com" << "YSC" << "youtube-nocookie.com" << false;
    QTest::newRow("parent domain not covered") << exact << "sid" << "www.valbourg.example" << "sid" << "valbourg.example" << false;
    QTest::newRow("exact is case-sensitive") << exact << "YSC" << "" << "ysc" << "youtube.com" << false;
    QTest::newRow("exact is not prefix") << exact << "_pk_id" << "" << "_pk_id.1.1fff" << "x.example" << false;
    QTest::newRow("prefix") << prefix << "_pk_id." << "" << "_pk_id.1.1fff" << "x.example" << true;
    QTest::newRow("prefix other name") << prefix << "_pk_id." << "" << "_pk_ses.1.1fff" << "x.example" << false;
    QTest::newRow("regex anchored") << regex << "_ga_[A-Z0-9]+" << "" << "_ga_ABC123" << "x.example" << true;
    QTest::newRow("regex does not match inside") << regex << "ga_[A-Z0-9]+" << "" << "_ga_ABC123" << "x.example" << false;
    QTest::newRow("invalid regex covers nothing") << regex << "([" << "" << "([" << "x.example" << false;
    QTest::newRow("empty declared domain covers any") << exact << "lang" << "" << "lang" << "anything.example" << true;
}

void TestScanRules::matchesDeclaredRows()
{
    QFETCH(int, match);
    QFETCH(QString, declaredName);
    QFETCH(QString, declaredDomain);
    QFETCH(QString, name);
    QFETCH(QString, domain);
    QFETCH(bool, covered);
    Cookie declared;
    declared.name = declaredName;
    declared.match = NameMatch(match);
    declared.domain = declaredDomain;
    QCOMPARE(ScanRules::covers(declared, name, domain), covered);
    declared.storage = StorageKind::LocalStorage;
    QVERIFY(!ScanRules::covers(declared, name, domain)); // only cookies are compared
}

void TestScanRules::reportsUndeclaredAndBeforeConsent()
{
    const Policy policy = *Templates::load(QStringLiteral("typical"));
    ScanReport report;
    report.cookies << observed(QStringLiteral("_fbp"), QStringLiteral("valbourg.example"), 90 * 86400)
                   << observed(QStringLiteral("YSC"), QStringLiteral("youtube.com"));
    const FindingList findings = ScanRules::check(policy, report);

    const FindingList undeclared =
        findingsFor(findings, QStringLiteral("scan.undeclared"), QStringLiteral("_fbp"));
    QCOMPARE(undeclared.size(), 1);
    QCOMPARE(undeclared.first().severity, Severity::Error);
    QCOMPARE(undeclared.first().place.domain, QStringLiteral("valbourg.example"));
    QCOMPARE(undeclared.first().place.url, QStringLiteral("https://www.valbourg.example/"));
    QVERIFY(!undeclared.first().source.isEmpty());
    QCOMPARE(undeclared.first().place.index, -1);
    // Unknown purpose: not known to be exempt, so it is set without consent too.
    QCOMPARE(findingsFor(findings, QStringLiteral("scan.before-consent"), QStringLiteral("_fbp")).size(), 1);

    // YSC is declared (consent, marketing) on .youtube.com: not undeclared, but before consent.
    QVERIFY(findingsFor(findings, QStringLiteral("scan.undeclared"), QStringLiteral("YSC")).isEmpty());
    const FindingList before =
        findingsFor(findings, QStringLiteral("scan.before-consent"), QStringLiteral("YSC"));
    QCOMPARE(before.size(), 1);
    QCOMPARE(before.first().severity, Severity::Error);
    QCOMPARE(policy.cookies.at(before.first().place.index).name, QStringLiteral("YSC"));
}

void TestScanRules::exemptCookieIsNotBeforeConsent()
{
    const Policy policy = *Templates::load(QStringLiteral("typical"));
    ScanReport report;
    report.cookies << observed(QStringLiteral("PHPSESSID"), QStringLiteral("www.valbourg.example"));
    const FindingList findings = ScanRules::check(policy, report);
    QVERIFY(findingsFor(findings, QStringLiteral("scan.before-consent"), QStringLiteral("PHPSESSID")).isEmpty());
    QVERIFY(findingsFor(findings, QStringLiteral("scan.undeclared"), QStringLiteral("PHPSESSID")).isEmpty());
    QVERIFY(findingsFor(findings, QStringLiteral("scan.unseen"), QStringLiteral("PHPSESSID")).isEmpty());
}

void TestScanRules::reportsUnseenDeclaredCookies()
{
    const Policy policy = *Templates::load(QStringLiteral("typical"));
    ScanReport report;
    report.startFetched = true;
    report.cookies << observed(QStringLiteral("_pk_id.1.1fff"), QStringLiteral("www.valbourg.example"), 390 * 86400);
    const FindingList findings = ScanRules::check(policy, report);

    // A scan that loaded no page saw nothing, and blames no declared cookie for it.
    ScanReport failed;
    failed.startUrl = QStringLiteral("https://www.valbourg.example/");
    for (const Finding &finding : ScanRules::check(policy, failed))
        QVERIFY2(finding.rule != QLatin1StringView("scan.unseen"), qPrintable(finding.place.id));
    QStringList unseen;
    for (const Finding &finding : findings) {
        if (finding.rule == QLatin1StringView("scan.unseen")) {
            QCOMPARE(finding.severity, Severity::Info);
            QCOMPARE(policy.cookies.at(finding.place.index).name, finding.place.id);
            unseen << finding.place.id;
        }
    }
    QStringList expected;
    for (const Cookie &cookie : policy.cookies) {
        if (cookie.storage == StorageKind::Cookie && cookie.name != QLatin1StringView("_pk_id."))
            expected << cookie.name;
    }
    QCOMPARE(unseen, expected);
    QVERIFY(!unseen.contains(QStringLiteral("_pk_id."))); // the prefix row was seen
}

void TestScanRules::lifetimeLonger_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("domain");
    QTest::addColumn<qint64>("observedSeconds"); // -1: session
    QTest::addColumn<bool>("longer");

    const qint64 day = 86400;
    // _pk_ses. is declared 30 minutes, YSC session, VISITOR_INFO1_LIVE 180 days.
    QTest::newRow("shorter") << "_pk_ses.1.1" << "www.valbourg.example" << qint64(600) << false;
    QTest::newRow("equal") << "_pk_ses.1.1" << "www.valbourg.example" << qint64(1800) << false;
    QTest::newRow("within tolerance") << "VISITOR_INFO1_LIVE" << "youtube.com" << 182 * day << false;
    QTest::newRow("longer") << "_pk_ses.1.1" << "www.valbourg.example" << qint64(7200) << true;
    QTest::newRow("persistent where session declared") << "YSC" << "youtube.com" << 30 * day << true;
    QTest::newRow("session where persistent declared") << "VISITOR_INFO1_LIVE" << "youtube.com" << qint64(-1) << false;
    QTest::newRow("400-day cap still longer than 180 days") << "VISITOR_INFO1_LIVE" << "youtube.com" << 400 * day << true;
}

void TestScanRules::lifetimeLonger()
{
    QFETCH(QString, name);
    QFETCH(QString, domain);
    QFETCH(qint64, observedSeconds);
    QFETCH(bool, longer);
    const Policy policy = *Templates::load(QStringLiteral("typical"));
    ScanReport report;
    report.cookies << observed(name, domain, observedSeconds < 0 ? std::nullopt : std::optional<qint64>(observedSeconds));
    const FindingList found =
        findingsFor(ScanRules::check(policy, report), QStringLiteral("scan.lifetime-longer"), name);
    QCOMPARE(found.size(), longer ? 1 : 0);
    if (longer) {
        QCOMPARE(found.first().severity, Severity::Warning);
        QVERIFY2(found.first().message.en.contains(name), qPrintable(found.first().message.en));
    }
}

void TestScanRules::trackerHostRequestBeforeConsent()
{
    const Policy policy = *Templates::load(QStringLiteral("typical"));
    ScanReport report;
    report.addThirdPartyHost(QStringLiteral("www.youtube.com"));
    report.addThirdPartyHost(QStringLiteral("fonts.example-cdn.net"));
    const FindingList findings = ScanRules::check(policy, report);
    QStringList hosts;
    for (const Finding &finding : findings) {
        if (finding.rule == QLatin1StringView("scan.before-consent") && finding.place.id.isEmpty())
            hosts << finding.place.domain;
    }
    QCOMPARE(hosts, QStringList{QStringLiteral("www.youtube.com")});
}

void TestScanRules::messagesInBothLanguages()
{
    const Policy policy = *Templates::load(QStringLiteral("typical"));
    ScanReport report;
    report.cookies << observed(QStringLiteral("_fbp"), QStringLiteral("valbourg.example"))
                   << observed(QStringLiteral("YSC"), QStringLiteral("youtube.com"), 2 * 86400);
    const FindingList findings = ScanRules::check(policy, report);
    const Finding undeclared =
        findingsFor(findings, QStringLiteral("scan.undeclared"), QStringLiteral("_fbp")).first();
    QCOMPARE(undeclared.message.en,
             QStringLiteral("Cookie \"_fbp\" (valbourg.example) is set by the site but is not "
                            "declared in the inventory."));
    QCOMPARE(undeclared.message.fr,
             QStringLiteral("Le cookie « _fbp » (valbourg.example) est déposé par le site mais "
                            "n'est pas déclaré dans l'inventaire."));
    QCOMPARE(undeclared.translatedMessage, undeclared.message.en); // no translator installed
    const Finding longer =
        findingsFor(findings, QStringLiteral("scan.lifetime-longer"), QStringLiteral("YSC"))
            .first();
    QVERIFY2(longer.message.en.contains(QStringLiteral("2 days")) &&
                 longer.message.en.contains(QStringLiteral("session")),
             qPrintable(longer.message.en));
    QVERIFY2(longer.message.fr.contains(QStringLiteral("2 jours")), qPrintable(longer.message.fr));
    for (const Finding &finding : findings) {
        QVERIFY(!finding.message.fr.isEmpty());
        QVERIFY(!finding.message.fr.contains(u'%'));
        QVERIFY(!finding.message.en.contains(u'%'));
    }
}

ScanReport TestScanRules::phase(ConsentPhase which, const QList<ObservedCookie> &cookies,
                                ScanReport::Control control)
{
    ScanReport report;
    report.engine = QStringLiteral("chromium");
    report.phase = which;
    report.startUrl = QStringLiteral("https://www.valbourg.example/");
    report.startFetched = true;
    report.control = which == ConsentPhase::Before ? ScanReport::Control::NotApplicable : control;
    if (which != ConsentPhase::Before && control == ScanReport::Control::Clicked)
        report.controlSelector = which == ConsentPhase::AfterReject ? QStringLiteral("[data-charte-action=\"reject-all\"]")
                                                                    : QStringLiteral("[data-charte-action=\"accept-all\"]");
    for (const ObservedCookie &cookie : cookies)
        report.addCookie(cookie);
    return report;
}

ObservedStorage TestScanRules::stored(ObservedStorage::Kind kind, const QString &key)
{
    ObservedStorage item;
    item.kind = kind;
    item.key = key;
    item.origin = QStringLiteral("https://www.valbourg.example");
    item.valueLength = 12;
    item.firstSeenUrl = QStringLiteral("https://www.valbourg.example/");
    return item;
}

QStringList TestScanRules::summary(const FindingList &findings)
{
    QStringList lines;
    for (const Finding &finding : findings)
        lines << finding.rule + u' ' + (finding.place.phase.isEmpty() ? QStringLiteral("-") : finding.place.phase) +
                     u' ' + (!finding.place.id.isEmpty() ? finding.place.id : !finding.place.domain.isEmpty() ? finding.place.domain : finding.place.url);
    lines.sort();
    return lines;
}

// A hand-built scan of Charte's own banner: both controls on the first layer.
static ConsentScan consentScan(QList<ScanReport> phases)
{
    ConsentScan scan;
    scan.engine = QStringLiteral("chromium");
    for (ScanReport &report : phases) {
        if (report.phase == ConsentPhase::Before) {
            report.firstLayerRejectSelector = QStringLiteral("[data-charte-action=\"reject-all\"]");
            report.firstLayerAcceptSelector = QStringLiteral("[data-charte-action=\"accept-all\"]");
        }
    }
    scan.phases = phases;
    return scan;
}

void TestScanRules::argumentsAreInsertedOnce()
{
    const Policy policy = *Templates::load(QStringLiteral("typical"));
    ScanReport report;
    report.cookies << observed(QStringLiteral("x%2y%1"), QStringLiteral("%1.example"));
    const Finding finding =
        findingsFor(ScanRules::check(policy, report), QStringLiteral("scan.undeclared"), QStringLiteral("x%2y%1")).first();
    QCOMPARE(finding.message.en,
             QStringLiteral("Cookie \"x%2y%1\" (%1.example) is set by the site but is not declared in the inventory."));
}

void TestScanRules::leakAfterRejectIsAnError()
{
    // The banner stores the refusal, then Matomo writes its statistics cookie anyway,
    // and a cookie nobody declared comes with it.
    const Policy policy = *Templates::load(QStringLiteral("typical"));
    const ObservedCookie choice = observed(QStringLiteral("cookies_preferences"), QStringLiteral("www.valbourg.example"), 182 * 86400);
    const ConsentScan scan = consentScan(
        {phase(ConsentPhase::Before, {observed(QStringLiteral("PHPSESSID"), QStringLiteral("www.valbourg.example"))}),
         phase(ConsentPhase::AfterReject,
               {choice, observed(QStringLiteral("_pk_id.1.1fff"), QStringLiteral("www.valbourg.example"), 390 * 86400),
                observed(QStringLiteral("leak"), QStringLiteral("www.valbourg.example"), 86400)})});
    const FindingList findings = ScanRules::check(policy, scan);
    const FindingList leak = findingsFor(findings, QStringLiteral("scan.after-reject"), QStringLiteral("_pk_id.1.1fff"));
    QCOMPARE(leak.size(), 1);
    QCOMPARE(leak.first().severity, Severity::Error);
    QCOMPARE(leak.first().place.phase, QStringLiteral("after-reject"));
    QCOMPARE(policy.cookies.at(leak.first().place.index).name, QStringLiteral("_pk_id."));
    QVERIFY(leak.first().source.contains(QStringLiteral("5(3)")));
    QVERIFY2(leak.first().message.en.contains(QStringLiteral("refusal is not honoured")), qPrintable(leak.first().message.en));
    QVERIFY2(leak.first().message.fr.contains(QStringLiteral("le refus n'est pas respecté")), qPrintable(leak.first().message.fr));
    QCOMPARE(summary(findings).filter(QStringLiteral("after-reject")),
             (QStringList{QStringLiteral("scan.after-reject after-reject _pk_id.1.1fff"),
                          QStringLiteral("scan.after-reject after-reject leak"),
                          QStringLiteral("scan.undeclared after-reject leak")}));
    // Storing the refusal itself is exempt: not a leak.
    QVERIFY(findingsFor(findings, QStringLiteral("scan.after-reject"), QStringLiteral("cookies_preferences")).isEmpty());
}

void TestScanRules::honestScanHasNoAfterRejectError()
{
    const Policy policy = *Templates::load(QStringLiteral("typical"));
    const ObservedCookie session = observed(QStringLiteral("PHPSESSID"), QStringLiteral("www.valbourg.example"));
    const ObservedCookie choice = observed(QStringLiteral("cookies_preferences"), QStringLiteral("www.valbourg.example"), 182 * 86400);
    ScanReport accepted = phase(ConsentPhase::AfterAccept,
                                {session, choice, observed(QStringLiteral("_pk_id.1.1fff"), QStringLiteral("www.valbourg.example"), 390 * 86400),
                                 observed(QStringLiteral("_pk_ses.1.1fff"), QStringLiteral("www.valbourg.example"), 1800)});
    accepted.addStorage(stored(ObservedStorage::Kind::Local, QStringLiteral("matomo_sessid")));
    const ConsentScan scan = consentScan({phase(ConsentPhase::Before, {session}),
                                          phase(ConsentPhase::AfterReject, {session, choice}), accepted});
    const QStringList found = summary(ScanRules::check(policy, scan));
    for (const QString &line : found) {
        QVERIFY2(!line.startsWith(QStringLiteral("scan.after-reject")) && !line.startsWith(QStringLiteral("scan.before-consent")) &&
                     !line.startsWith(QStringLiteral("scan.no-reject-control")) && !line.startsWith(QStringLiteral("scan.phase-skipped")),
                 qPrintable(found.join(u'\n')));
    }
    // What is consented to after acceptance is fine; an undeclared key still is not.
    QVERIFY2(found.contains(QStringLiteral("scan.storage-undeclared after-accept matomo_sessid")), qPrintable(found.join(u'\n')));
}

void TestScanRules::storageBeforeAndAfterReject()
{
    const Policy policy = *Templates::load(QStringLiteral("typical"));
    ScanReport before = phase(ConsentPhase::Before);
    before.addStorage(stored(ObservedStorage::Kind::Session, QStringLiteral("ab_test")));
    ScanReport rejected = phase(ConsentPhase::AfterReject);
    rejected.addStorage(stored(ObservedStorage::Kind::Local, QStringLiteral("_hjid")));
    rejected.addStorage(stored(ObservedStorage::Kind::IndexedDb, QStringLiteral("firebase-heartbeat-database")));
    const FindingList findings = ScanRules::check(policy, consentScan({before, rejected}));
    const QStringList found = summary(findings);
    for (const QString &expected : {QStringLiteral("scan.before-consent before ab_test"),
                                    QStringLiteral("scan.storage-undeclared before ab_test"),
                                    QStringLiteral("scan.after-reject after-reject _hjid"),
                                    QStringLiteral("scan.storage-undeclared after-reject _hjid"),
                                    QStringLiteral("scan.after-reject after-reject firebase-heartbeat-database")})
        QVERIFY2(found.contains(expected), qPrintable(expected + QStringLiteral(" not in:\n") + found.join(u'\n')));
    const Finding hj = findingsFor(findings, QStringLiteral("scan.after-reject"), QStringLiteral("_hjid")).first();
    QCOMPARE(hj.severity, Severity::Error);
    QCOMPARE(hj.place.domain, QStringLiteral("https://www.valbourg.example"));
    QCOMPARE(hj.place.index, -1);
    QCOMPARE(hj.message.en, QStringLiteral("localStorage key \"_hjid\" (https://www.valbourg.example) is written after the "
                                           "visitor refused and is not declared as exempt: the refusal is not honoured."));
    QVERIFY(hj.message.fr.startsWith(QStringLiteral("La clé localStorage « _hjid »")));
}

void TestScanRules::declaredStorageKeys()
{
    Policy policy = *Templates::load(QStringLiteral("typical"));
    Cookie consentKey;
    consentKey.name = QStringLiteral("_hj");
    consentKey.match = NameMatch::Prefix;
    consentKey.storage = StorageKind::LocalStorage;
    consentKey.basis = LegalBasis::Consent;
    Cookie exemptKey;
    exemptKey.name = QStringLiteral("cart");
    exemptKey.storage = StorageKind::SessionStorage;
    exemptKey.basis = LegalBasis::Exempt;
    policy.cookies << consentKey << exemptKey;
    ScanReport rejected = phase(ConsentPhase::AfterReject);
    rejected.addStorage(stored(ObservedStorage::Kind::Local, QStringLiteral("_hjid")));
    rejected.addStorage(stored(ObservedStorage::Kind::Session, QStringLiteral("cart")));
    rejected.addStorage(stored(ObservedStorage::Kind::Local, QStringLiteral("cart"))); // declared as sessionStorage only
    const FindingList findings = ScanRules::check(policy, consentScan({phase(ConsentPhase::Before), rejected}));
    const FindingList hj = findingsFor(findings, QStringLiteral("scan.after-reject"), QStringLiteral("_hjid"));
    QCOMPARE(hj.size(), 1);
    QCOMPARE(hj.first().place.index, policy.cookies.size() - 2);
    QVERIFY(hj.first().message.en.contains(QStringLiteral("needs consent")));
    QVERIFY(findingsFor(findings, QStringLiteral("scan.storage-undeclared"), QStringLiteral("_hjid")).isEmpty());
    const FindingList cart = findingsFor(findings, QStringLiteral("scan.storage-undeclared"), QStringLiteral("cart"));
    QCOMPARE(cart.size(), 1);
    QVERIFY(cart.first().message.en.startsWith(QStringLiteral("localStorage")));
    QCOMPARE(findingsFor(findings, QStringLiteral("scan.after-reject"), QStringLiteral("cart")).size(), 1); // the localStorage one
}

void TestScanRules::trackerHostAfterReject()
{
    const Policy policy = *Templates::load(QStringLiteral("typical"));
    ScanReport rejected = phase(ConsentPhase::AfterReject);
    rejected.addThirdPartyHost(QStringLiteral("www.youtube.com"));
    ScanReport accepted = phase(ConsentPhase::AfterAccept);
    accepted.addThirdPartyHost(QStringLiteral("www.youtube.com"));
    const QStringList found = summary(ScanRules::check(policy, consentScan({phase(ConsentPhase::Before), rejected, accepted})));
    QCOMPARE(found.filter(QStringLiteral("youtube")), QStringList{QStringLiteral("scan.after-reject after-reject www.youtube.com")});
}

void TestScanRules::noRefusalControl_data()
{
    QTest::addColumn<QString>("firstLayerReject");
    QTest::addColumn<QString>("firstLayerAccept");
    QTest::addColumn<int>("rejectControl"); // ScanReport::Control
    QTest::addColumn<int>("acceptControl");
    QTest::addColumn<bool>("warned");
    const int clicked = int(ScanReport::Control::Clicked), notFound = int(ScanReport::Control::NotFound);
    QTest::newRow("both on the first layer") << "#reject" << "#accept" << clicked << clicked << false;
    QTest::newRow("accept only on the first layer") << "" << "#accept" << clicked << clicked << true;
    QTest::newRow("no banner seen") << "" << "" << notFound << notFound << false;
    QTest::newRow("not told, accept clicked, reject not found") << "" << "" << notFound << clicked << true;
    QTest::newRow("not told, both clicked") << "" << "" << clicked << clicked << false;
    QTest::newRow("reject only") << "#reject" << "" << clicked << notFound << false;
}

void TestScanRules::noRefusalControl()
{
    QFETCH(QString, firstLayerReject);
    QFETCH(QString, firstLayerAccept);
    QFETCH(int, rejectControl);
    QFETCH(int, acceptControl);
    QFETCH(bool, warned);
    const Policy policy = *Templates::load(QStringLiteral("typical"));
    ConsentScan scan;
    scan.phases << phase(ConsentPhase::Before) << phase(ConsentPhase::AfterReject, {}, ScanReport::Control(rejectControl))
                << phase(ConsentPhase::AfterAccept, {}, ScanReport::Control(acceptControl));
    scan.phases[0].firstLayerRejectSelector = firstLayerReject;
    scan.phases[0].firstLayerAcceptSelector = firstLayerAccept;
    FindingList found;
    for (const Finding &finding : ScanRules::check(policy, scan)) {
        if (finding.rule == QLatin1StringView("scan.no-reject-control"))
            found << finding;
    }
    QCOMPARE(found.size(), warned ? 1 : 0);
    if (warned) {
        QCOMPARE(found.first().severity, Severity::Warning);
        QCOMPARE(found.first().place.kind, FindingPlace::Kind::Banner);
        QCOMPARE(found.first().place.phase, QStringLiteral("before"));
        QVERIFY(found.first().source.contains(QStringLiteral("2020-092")));
        QVERIFY2(found.first().message.en.contains(QStringLiteral("as easy as accepting")), qPrintable(found.first().message.en));
    }
}

void TestScanRules::controlNotFoundIsReported()
{
    // No refusal control: the phase ran as a plain visit. It must say so, and what it
    // saw is not evidence of a refusal ignored.
    const Policy policy = *Templates::load(QStringLiteral("typical"));
    const ObservedCookie statistics = observed(QStringLiteral("_pk_id.1.1fff"), QStringLiteral("www.valbourg.example"), 390 * 86400);
    const ConsentScan scan = consentScan({phase(ConsentPhase::Before),
                                          phase(ConsentPhase::AfterReject, {statistics}, ScanReport::Control::NotFound),
                                          phase(ConsentPhase::AfterAccept, {statistics}, ScanReport::Control::NotFound)});
    const FindingList findings = ScanRules::check(policy, scan);
    const QStringList found = summary(findings);
    QVERIFY2(found.contains(QStringLiteral("scan.phase-skipped after-reject https://www.valbourg.example/")) &&
                 found.contains(QStringLiteral("scan.phase-skipped after-accept https://www.valbourg.example/")),
             qPrintable(found.join(u'\n')));
    QVERIFY(found.filter(QStringLiteral("scan.after-reject")).isEmpty());
    for (const Finding &finding : findings) {
        if (finding.rule == QLatin1StringView("scan.phase-skipped")) {
            QCOMPARE(finding.severity, Severity::Warning);
            QVERIFY(finding.message.en.startsWith(finding.place.phase == QLatin1StringView("after-reject")
                                                      ? QStringLiteral("No refusal control was found on https://www.valbourg.example/")
                                                      : QStringLiteral("No acceptance control")));
        }
    }
}

void TestScanRules::phaseThatDidNotLoadIsReported()
{
    const Policy policy = *Templates::load(QStringLiteral("typical"));
    ScanReport rejected = phase(ConsentPhase::AfterReject);
    rejected.startFetched = false;
    const QStringList found = summary(ScanRules::check(policy, consentScan({phase(ConsentPhase::Before), rejected})));
    QVERIFY2(found.contains(QStringLiteral("scan.phase-skipped after-reject https://www.valbourg.example/")), qPrintable(found.join(u'\n')));
}

void TestScanRules::undeclaredOnceAcrossPhases()
{
    const Policy policy = *Templates::load(QStringLiteral("typical"));
    const ObservedCookie fbp = observed(QStringLiteral("_fbp"), QStringLiteral("valbourg.example"), 90 * 86400);
    const FindingList findings = ScanRules::check(policy, consentScan({phase(ConsentPhase::Before, {fbp}),
                                                                       phase(ConsentPhase::AfterReject, {fbp}),
                                                                       phase(ConsentPhase::AfterAccept, {fbp})}));
    const FindingList undeclared = findingsFor(findings, QStringLiteral("scan.undeclared"), QStringLiteral("_fbp"));
    QCOMPARE(undeclared.size(), 1);
    QCOMPARE(undeclared.first().place.phase, QStringLiteral("before"));
    QCOMPARE(findingsFor(findings, QStringLiteral("scan.before-consent"), QStringLiteral("_fbp")).size(), 1);
    QCOMPARE(findingsFor(findings, QStringLiteral("scan.after-reject"), QStringLiteral("_fbp")).size(), 1);
}

void TestScanRules::seenInAnyPhaseIsNotUnseen()
{
    const Policy policy = *Templates::load(QStringLiteral("typical"));
    const FindingList findings = ScanRules::check(
        policy, consentScan({phase(ConsentPhase::Before), phase(ConsentPhase::AfterReject),
                             phase(ConsentPhase::AfterAccept, {observed(QStringLiteral("YSC"), QStringLiteral("youtube.com"))})}));
    QVERIFY(findingsFor(findings, QStringLiteral("scan.unseen"), QStringLiteral("YSC")).isEmpty());
    const FindingList unseen = findingsFor(findings, QStringLiteral("scan.unseen"), QStringLiteral("VISITOR_INFO1_LIVE"));
    QCOMPARE(unseen.size(), 1);
    QVERIFY(unseen.first().place.phase.isEmpty()); // never seen: in no phase
}

void TestScanRules::lifetimeLongerInAnyPhase()
{
    const Policy policy = *Templates::load(QStringLiteral("typical"));
    const ObservedCookie ysc = observed(QStringLiteral("YSC"), QStringLiteral("youtube.com"), 30 * 86400);
    const FindingList findings = ScanRules::check(
        policy, consentScan({phase(ConsentPhase::Before), phase(ConsentPhase::AfterAccept, {ysc})}));
    const FindingList longer = findingsFor(findings, QStringLiteral("scan.lifetime-longer"), QStringLiteral("YSC"));
    QCOMPARE(longer.size(), 1);
    QCOMPARE(longer.first().place.phase, QStringLiteral("after-accept"));
}

void TestScanRules::stagingHostMatchesDeclaredFirstParty()
{
    // The production policy (www.valbourg.example) against its staging copy on
    // localhost:8080: the copy's own cookies are the declared first-party ones.
    const Policy policy = *Templates::load(QStringLiteral("typical"));
    ScanReport before = phase(ConsentPhase::Before,
                              {observed(QStringLiteral("PHPSESSID"), QStringLiteral("localhost")),
                               observed(QStringLiteral("cookies_preferences"), QStringLiteral("localhost"), 182 * 86400),
                               observed(QStringLiteral("_pk_id.1.1fff"), QStringLiteral("localhost"), 390 * 86400),
                               observed(QStringLiteral("_pk_ses.1.1fff"), QStringLiteral("localhost"), 1800)});
    before.startUrl = QStringLiteral("http://localhost:8080/");
    ScanReport youtube = phase(ConsentPhase::AfterAccept, {observed(QStringLiteral("YSC"), QStringLiteral("youtube.com"))});
    youtube.startUrl = before.startUrl;
    ObservedCookie foreign = observed(QStringLiteral("PHPSESSID"), QStringLiteral("tracker.example"));
    foreign.party = Party::Third;
    youtube.addCookie(foreign);
    const FindingList findings = ScanRules::check(policy, consentScan({before, youtube}));
    const QStringList found = summary(findings);
    QVERIFY2(found.filter(QStringLiteral("scan.undeclared")) ==
                 QStringList{QStringLiteral("scan.undeclared after-accept PHPSESSID")}, // the third party's, not the copy's
             qPrintable(found.join(u'\n')));
    QVERIFY2(found.filter(QStringLiteral("scan.unseen")) ==
                 (QStringList{QStringLiteral("scan.unseen - VISITOR_INFO1_LIVE"), QStringLiteral("scan.unseen - VISITOR_PRIVACY_METADATA")}),
             qPrintable(found.join(u'\n')));
    const FindingList pk = findingsFor(findings, QStringLiteral("scan.before-consent"), QStringLiteral("_pk_id.1.1fff"));
    QCOMPARE(pk.size(), 1);
    QCOMPARE(policy.cookies.at(pk.first().place.index).name, QStringLiteral("_pk_id."));
    QVERIFY(pk.first().message.en.contains(QStringLiteral("needs consent"))); // declared, not unknown

    // Scanned where the policy says: matching is by domain as before.
    ScanReport production = before;
    production.startUrl = QStringLiteral("https://www.valbourg.example/");
    QCOMPARE(findingsFor(ScanRules::check(policy, production), QStringLiteral("scan.undeclared"), QStringLiteral("PHPSESSID")).size(), 1);
}

void TestScanRules::siteHostGivenExplicitly()
{
    Policy policy = *Templates::load(QStringLiteral("typical"));
    policy.meta.siteUrl.clear(); // nothing to default to
    ScanReport before = phase(ConsentPhase::Before, {observed(QStringLiteral("PHPSESSID"), QStringLiteral("staging.example.net"))});
    before.startUrl = QStringLiteral("https://staging.example.net/");
    const ConsentScan scan = ConsentScan::single(before);
    QCOMPARE(findingsFor(ScanRules::check(policy, scan), QStringLiteral("scan.undeclared"), QStringLiteral("PHPSESSID")).size(), 1);
    const ScanRules::SiteHosts hosts(policy, scan.startUrl(), QStringLiteral("www.valbourg.example"));
    QVERIFY(hosts.differ());
    QVERIFY(findingsFor(ScanRules::check(policy, scan, hosts), QStringLiteral("scan.undeclared"), QStringLiteral("PHPSESSID")).isEmpty());
}

void TestScanRules::siteHostOf_data()
{
    QTest::addColumn<QString>("given");
    QTest::addColumn<QString>("host");
    QTest::newRow("host") << "Staging.Example.net" << "staging.example.net";
    QTest::newRow("host and port") << "localhost:8080" << "localhost";
    QTest::newRow("URL") << "https://www.example.org/charte" << "www.example.org";
    QTest::newRow("IPv6 and port") << "[::1]:8080" << "::1";
    QTest::newRow("empty") << "" << "";
}

void TestScanRules::siteHostOf()
{
    QFETCH(QString, given);
    QFETCH(QString, host);
    QCOMPARE(ScanRules::SiteHosts::hostOf(given), host);
}

QTEST_GUILESS_MAIN(TestScanRules)
#include "tst_scanrules.moc"
