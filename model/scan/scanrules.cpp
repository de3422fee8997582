// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "scan/scanrules.h"
#include "document/cookiename.h"
#include "document/languages.h"

#include <QCoreApplication>

#include <algorithm>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <array>

namespace {

// The rule messages: English source (translated through Qt at run time) and
// French, so that a report can carry both whatever the interface language.
struct MessageText
{
    const char *english;
    const char *french;
};

constexpr std::array messages{
    MessageText{
        QT_TRANSLATE_NOOP(
            "ScanRules",
            "Cookie \"%1\" (%2) is set by the site but is not declared in the inventory."),
        "Le cookie « %1 » (%2) est déposé par le site mais n'est pas déclaré dans l'inventaire."},
    MessageText{QT_TRANSLATE_NOOP("ScanRules", "Declared cookie \"%1\" was never seen."),
                "Le cookie déclaré « %1 » n'a jamais été observé."},
    MessageText{
        QT_TRANSLATE_NOOP("ScanRules", "Cookie \"%1\" lives %2, longer than the declared %3."),
        "Le cookie « %1 » dure %2, plus que les %3 déclarés."},
    MessageText{
        QT_TRANSLATE_NOOP("ScanRules",
                          "Cookie \"%1\" (%2) is set before any choice, but it needs consent."),
        "Le cookie « %1 » (%2) est déposé avant tout choix, alors qu'il requiert le consentement."},
    MessageText{QT_TRANSLATE_NOOP(
                    "ScanRules",
                    "Cookie \"%1\" (%2) is set before any choice and is not declared as exempt."),
                "Le cookie « %1 » (%2) est déposé avant tout choix et n'est pas déclaré exempté."},
    MessageText{
        QT_TRANSLATE_NOOP(
            "ScanRules",
            "The site contacts %1, a host of cookies that need consent, before any choice."),
        "Le site contacte %1, hôte de cookies soumis au consentement, avant tout choix."},
    MessageText{QT_TRANSLATE_NOOP("ScanRules", "session"), "session"},
    MessageText{
        QT_TRANSLATE_NOOP("ScanRules", "Cookie \"%1\" (%2) is still set after the visitor refused, "
                                       "but it needs consent: the refusal is not honoured."),
        "Le cookie « %1 » (%2) est encore déposé après le refus du visiteur, alors qu'il requiert "
        "le consentement : le refus n'est pas respecté."},
    MessageText{
        QT_TRANSLATE_NOOP("ScanRules", "Cookie \"%1\" (%2) is set after the visitor refused and is "
                                       "not declared as exempt: the refusal is not honoured."),
        "Le cookie « %1 » (%2) est déposé après le refus du visiteur et n'est pas déclaré exempté "
        ": le refus n'est pas respecté."},
    MessageText{
        QT_TRANSLATE_NOOP("ScanRules", "The site contacts %1, a host of cookies that need consent, "
                                       "after the visitor refused."),
        "Le site contacte %1, hôte de cookies soumis au consentement, après le refus du visiteur."},
    MessageText{
        QT_TRANSLATE_NOOP(
            "ScanRules",
            "%2 key \"%1\" (%3) is written by the site but is not declared in the inventory."),
        "La clé %2 « %1 » (%3) est écrite par le site mais n'est pas déclarée dans l'inventaire."},
    MessageText{
        QT_TRANSLATE_NOOP("ScanRules",
                          "%2 key \"%1\" (%3) is written before any choice, but it needs consent."),
        "La clé %2 « %1 » (%3) est écrite avant tout choix, alors qu'elle requiert le "
        "consentement."},
    MessageText{
        QT_TRANSLATE_NOOP(
            "ScanRules",
            "%2 key \"%1\" (%3) is written before any choice and is not declared as exempt."),
        "La clé %2 « %1 » (%3) est écrite avant tout choix et n'est pas déclarée exemptée."},
    MessageText{QT_TRANSLATE_NOOP("ScanRules",
                                  "%2 key \"%1\" (%3) is still written after the visitor refused, "
                                  "but it needs consent: the refusal is not honoured."),
                "La clé %2 « %1 » (%3) est encore écrite après le refus du visiteur, alors qu'elle "
                "requiert le consentement : le refus n'est pas respecté."},
    MessageText{QT_TRANSLATE_NOOP("ScanRules",
                                  "%2 key \"%1\" (%3) is written after the visitor refused and is "
                                  "not declared as exempt: the refusal is not honoured."),
                "La clé %2 « %1 » (%3) est écrite après le refus du visiteur et n'est pas déclarée "
                "exemptée : le refus n'est pas respecté."},
    MessageText{QT_TRANSLATE_NOOP("ScanRules",
                                  "The banner's first layer offers an acceptance control (%1) but "
                                  "no refusal control: refusing must be as easy as accepting."),
                "Le premier niveau du bandeau propose un bouton d'acceptation (%1) mais aucun "
                "moyen de refuser : refuser doit être aussi simple qu'accepter."},
    MessageText{QT_TRANSLATE_NOOP("ScanRules",
                                  "No refusal control was found on %1: the refusal could not be "
                                  "tested, so this phase shows a visit without any choice."),
                "Aucun bouton de refus n'a été trouvé sur %1 : le refus n'a pas pu être testé, "
                "cette phase montre donc une visite sans aucun choix."},
    MessageText{QT_TRANSLATE_NOOP("ScanRules",
                                  "No acceptance control was found on %1: the acceptance could not "
                                  "be tested, so this phase shows a visit without any choice."),
                "Aucun bouton d'acceptation n'a été trouvé sur %1 : l'acceptation n'a pas pu être "
                "testée, cette phase montre donc une visite sans aucun choix."},
    MessageText{QT_TRANSLATE_NOOP("ScanRules", "The start page %1 could not be loaded in this "
                                               "phase: nothing it would have shown was checked."),
                "La page de départ %1 n'a pas pu être chargée dans cette phase : rien de ce "
                "qu'elle aurait montré n'a été vérifié."},
};

enum MessageId {
    Undeclared,
    Unseen,
    LifetimeLonger,
    BeforeConsentDeclared,
    BeforeConsentUnknown,
    BeforeConsentHost,
    SessionWord,
    AfterRejectDeclared,
    AfterRejectUnknown,
    AfterRejectHost,
    StorageUndeclared,
    StorageBeforeConsentDeclared,
    StorageBeforeConsentUnknown,
    StorageAfterRejectDeclared,
    StorageAfterRejectUnknown,
    NoRejectControl,
    RejectControlNotFound,
    AcceptControlNotFound,
    PhaseNotLoaded
};

const char *const sourceUndeclared =
    "GDPR art. 13; ePrivacy Directive art. 5(3); CNIL délibération 2020-091 art. 2";
const char *const sourceUnseen = "CNIL délibération 2020-092 (inventory kept current)";
const char *const sourceLifetime = "CNIL délibération 2020-092; RFC 6265bis section 5.5 (400-day cap)";
const char *const sourceBeforeConsent =
    "ePrivacy Directive art. 5(3); EDPB Guidelines 05/2020; CJEU C-673/17 Planet49";
const char *const sourceAfterReject =
    "ePrivacy Directive art. 5(3); GDPR art. 7(3); CNIL délibération 2020-091 art. 2 (refusal "
    "honoured, nothing written); EDPB Guidelines 05/2020";
const char *const sourceNoReject =
    "CNIL délibération 2020-092 (refusing as easy as accepting); CNIL délibération 2020-091; "
    "EDPB Cookie Banner Taskforce report (Jan. 2023); EDPB Guidelines 03/2022 (deceptive design "
    "patterns)";
const char *const sourcePhaseSkipped =
    "Charte scan: a consent phase that could not run proves nothing about that choice";

QString english(MessageId id)
{
    return QString::fromUtf8(messages[id].english);
}

QString french(MessageId id)
{
    return QString::fromUtf8(messages[id].french);
}

QString translated(MessageId id)
{
    return QCoreApplication::translate("ScanRules", messages[id].english);
}

// All arguments in one pass, so that a cookie named "%2" stays "%2".
QString withArguments(const QString &text, const QStringList &arguments)
{
    switch (arguments.size()) {
    case 0:
        return text;
    case 1:
        return text.arg(arguments.at(0));
    case 2:
        return text.arg(arguments.at(0), arguments.at(1));
    default:
        return text.arg(arguments.at(0), arguments.at(1), arguments.at(2));
    }
}

// Fills the three message fields from one id and its arguments; lifetimes are
// formatted per language, so they are passed as seconds (-1 for session) and follow
// the text arguments.
void setMessage(Finding &finding, MessageId id, const QStringList &arguments,
                const QList<qint64> &lifetimes = {})
{
    auto fill = [&](const QString &text, const QString &language, const QString &session) {
        QStringList all = arguments;
        for (const qint64 seconds : lifetimes)
            all << (seconds <= 0 ? session
                                 : Lifetime::fromSeconds(ObservedCookie::roundedForDisplay(seconds))
                                       .format(language));
        return withArguments(text, all);
    };
    finding.message.en = fill(english(id), QStringLiteral("en"), english(SessionWord));
    finding.message.fr = fill(french(id), QStringLiteral("fr"), french(SessionWord));
    // The interface language: the translator's text, lifetimes in its language.
    finding.translatedMessage =
        fill(translated(id), Languages::ofInterface(), translated(SessionWord));
}

Finding makeFinding(const char *rule, Severity severity, const char *source,
                    const FindingPlace &place, MessageId id, const QStringList &arguments,
                    const QList<qint64> &lifetimes = {})
{
    Finding finding;
    finding.rule = QLatin1StringView(rule);
    finding.severity = severity;
    finding.source = QString::fromUtf8(source);
    finding.place = place;
    setMessage(finding, id, arguments, lifetimes);
    return finding;
}

bool lifetimeLonger(qint64 observed, qint64 declared)
{
    const qint64 tolerance =
        std::max(ScanRules::MinimumLifetimeTolerance, qint64(double(declared) * ScanRules::LifetimeTolerance));
    return observed > declared + tolerance;
}

} // namespace

QString ScanRules::frenchSource(const char *englishSource)
{
    for (const MessageText &text : messages) {
        if (qstrcmp(text.english, englishSource) == 0)
            return QString::fromUtf8(text.french);
    }
    return QString();
}

namespace {

bool nameMatches(const Cookie &declared, const QString &name)
{
    if (declared.name.isEmpty())
        return false;
    switch (declared.match) {
    case NameMatch::Exact:
        return declared.name == name;
    case NameMatch::Prefix:
        return name.startsWith(declared.name);
    case NameMatch::Regex: {
        const QRegularExpression pattern(QRegularExpression::anchoredPattern(declared.name));
        return pattern.isValid() && pattern.match(name).hasMatch();
    }
    }
    return false;
}

// The row, declared for the declared site, is one of its own first-party cookies.
bool firstPartyOfDeclaredSite(const Cookie &declared, const ScanRules::SiteHosts &hosts)
{
    if (declared.party != Party::First)
        return false;
    const QString domain = CookieName::comparableDomain(declared.domain);
    return domain.isEmpty() || SiteScope::sameSite(domain, hosts.declaredHost());
}

// The exact row wins over a prefix or pattern row that also covers.
template <typename Covers> qsizetype bestRow(const Policy &policy, Covers covers)
{
    qsizetype patternMatch = -1;
    for (qsizetype i = 0; i < policy.cookies.size(); ++i) {
        const Cookie &declared = policy.cookies.at(i);
        if (!covers(declared))
            continue;
        if (declared.match == NameMatch::Exact)
            return i;
        if (patternMatch < 0)
            patternMatch = i;
    }
    return patternMatch;
}

} // namespace

ScanRules::SiteHosts::SiteHosts(const Policy &policy, const QString &scannedUrl,
                                const QString &declared)
    : m_declared(hostOf(declared.isEmpty() ? policy.meta.siteUrl : declared)),
      m_scanned(hostOf(scannedUrl))
{}

bool ScanRules::SiteHosts::differ() const
{
    return !m_declared.isEmpty() && !m_scanned.isEmpty() &&
           !SiteScope::sameSite(m_declared, m_scanned);
}

QString ScanRules::SiteHosts::hostOf(const QString &hostOrUrl)
{
    const QString trimmed = hostOrUrl.trimmed();
    if (trimmed.isEmpty())
        return QString();
    // "localhost:8080" parses as a URL of scheme "localhost": give bare hosts a scheme.
    const QUrl url(
        trimmed.contains(QLatin1StringView("://")) ? trimmed : QStringLiteral("http://") + trimmed);
    return url.isValid() ? url.host().toLower() : QString();
}

bool ScanRules::covers(const Cookie &declared, const QString &name, const QString &domain)
{
    if (declared.storage != StorageKind::Cookie || !nameMatches(declared, name))
        return false;
    const QString declaredDomain = CookieName::comparableDomain(declared.domain);
    if (declaredDomain.isEmpty())
        return true;
    return SetCookieParser::domainMatches(CookieName::comparableDomain(domain), declaredDomain);
}

qsizetype ScanRules::declaredIndex(const Policy &policy, const QString &name, const QString &domain,
                                   const SiteHosts &hosts)
{
    const qsizetype direct =
        bestRow(policy, [&](const Cookie &declared) { return covers(declared, name, domain); });
    if (direct >= 0 || !hosts.differ() ||
        !SiteScope::sameSite(CookieName::comparableDomain(domain), hosts.scannedHost()))
        return direct;
    // A first-party cookie of the scanned copy stands for the declared site's own.
    return bestRow(policy, [&](const Cookie &declared) {
        return declared.storage == StorageKind::Cookie &&
               firstPartyOfDeclaredSite(declared, hosts) && nameMatches(declared, name);
    });
}

qsizetype ScanRules::declaredStorageIndex(const Policy &policy, const ObservedStorage &item)
{
    return bestRow(policy, [&](const Cookie &declared) {
        switch (item.kind) {
        case ObservedStorage::Kind::Local:
            if (declared.storage != StorageKind::LocalStorage)
                return false;
            break;
        case ObservedStorage::Kind::Session:
            if (declared.storage != StorageKind::SessionStorage)
                return false;
            break;
        case ObservedStorage::Kind::IndexedDb:
            if (declared.storage != StorageKind::LocalStorage &&
                declared.storage != StorageKind::SessionStorage)
                return false;
            break;
        }
        return nameMatches(declared, item.key);
    });
}

QString ScanRules::storageKindName(ObservedStorage::Kind kind)
{
    switch (kind) {
    case ObservedStorage::Kind::Local:
        return QStringLiteral("localStorage");
    case ObservedStorage::Kind::Session:
        return QStringLiteral("sessionStorage");
    case ObservedStorage::Kind::IndexedDb:
        return QStringLiteral("IndexedDB");
    }
    return QString();
}

namespace {

// One run of the rules over the phases of a scan: what was already reported (an
// undeclared cookie seen in three phases is one finding) and which rows were seen.
class PhaseChecker
{
public:
    PhaseChecker(const Policy &policy, const ScanRules::SiteHosts &hosts)
        : m_policy(policy), m_hosts(hosts), m_seen(policy.cookies.size(), false)
    {}

    void checkPhase(const ScanReport &report);
    void checkFirstLayer(const ConsentScan &scan);
    void checkUnseen();
    FindingList findings() const { return m_findings; }

private:
    void checkCookie(const ScanReport &report, const ObservedCookie &observed, bool refusalTested);
    void checkStorage(const ScanReport &report, const ObservedStorage &item, bool refusalTested);
    void checkHosts(const ScanReport &report, bool refusalTested);

    const Policy &m_policy;
    const ScanRules::SiteHosts &m_hosts;
    QList<bool> m_seen;
    QSet<QString> m_reported; // "rule\nname\ndomain"
    FindingList m_findings;
};

bool needsConsent(const Policy &policy, qsizetype index)
{
    return index < 0 || policy.cookies.at(index).basis != LegalBasis::Exempt;
}

QString reportKey(QLatin1StringView rule, const QString &name, const QString &where)
{
    return QString(rule) + u'\n' + name + u'\n' + where.toLower();
}

void PhaseChecker::checkPhase(const ScanReport &report)
{
    const QString phase = toString(report.phase);
    FindingPlace place = FindingPlace::document();
    place.url = report.startUrl;
    place.phase = phase;
    bool refusalTested = report.phase == ConsentPhase::AfterReject;
    if (report.control == ScanReport::Control::NotFound) {
        refusalTested = false;
        const bool reject = report.phase == ConsentPhase::AfterReject;
        m_findings << makeFinding("scan.phase-skipped", Severity::Warning, sourcePhaseSkipped,
                                  place, reject ? RejectControlNotFound : AcceptControlNotFound,
                                  {report.startUrl});
    } else if (report.phase != ConsentPhase::Before && !report.startFetched && !report.cancelled) {
        refusalTested = false;
        m_findings << makeFinding("scan.phase-skipped", Severity::Warning, sourcePhaseSkipped,
                                  place, PhaseNotLoaded, {report.startUrl});
    }
    for (const ObservedCookie &observed : report.cookies)
        checkCookie(report, observed, refusalTested);
    for (const ObservedStorage &item : report.storage)
        checkStorage(report, item, refusalTested);
    checkHosts(report, refusalTested);
}

void PhaseChecker::checkCookie(const ScanReport &report, const ObservedCookie &observed,
                               bool refusalTested)
{
    const qsizetype index =
        ScanRules::declaredIndex(m_policy, observed.name, observed.domain, m_hosts);
    FindingPlace place =
        FindingPlace::siteCookie(index, observed.name, observed.domain, observed.firstSeenUrl);
    place.phase = toString(report.phase);
    const QStringList arguments{observed.name, observed.domain};
    if (index < 0) {
        const QString key =
            reportKey(QLatin1StringView("scan.undeclared"), observed.name, observed.domain);
        if (!m_reported.contains(key)) {
            m_reported.insert(key);
            m_findings << makeFinding("scan.undeclared", Severity::Error, sourceUndeclared, place,
                                      Undeclared, arguments);
        }
    } else {
        m_seen[index] = true;
    }
    if (needsConsent(m_policy, index)) {
        if (report.phase == ConsentPhase::Before)
            m_findings << makeFinding(
                "scan.before-consent", Severity::Error, sourceBeforeConsent, place,
                index < 0 ? BeforeConsentUnknown : BeforeConsentDeclared, arguments);
        else if (refusalTested)
            m_findings << makeFinding("scan.after-reject", Severity::Error, sourceAfterReject,
                                      place, index < 0 ? AfterRejectUnknown : AfterRejectDeclared,
                                      arguments);
    }
    if (index < 0)
        return;
    const Cookie &declared = m_policy.cookies.at(index);
    if (!declared.lifetime || !observed.lifetimeKnown)
        return;
    const qint64 observedSeconds = observed.lifetimeSeconds.value_or(0);
    const qint64 declaredSeconds = declared.lifetime->seconds();
    const QString key =
        reportKey(QLatin1StringView("scan.lifetime-longer"), observed.name, observed.domain);
    if (lifetimeLonger(observedSeconds, declaredSeconds) && !m_reported.contains(key)) {
        m_reported.insert(key);
        m_findings << makeFinding("scan.lifetime-longer", Severity::Warning, sourceLifetime, place,
                                  LifetimeLonger, {observed.name},
                                  {observedSeconds, declaredSeconds});
    }
}

void PhaseChecker::checkStorage(const ScanReport &report, const ObservedStorage &item,
                                bool refusalTested)
{
    const qsizetype index = ScanRules::declaredStorageIndex(m_policy, item);
    FindingPlace place = FindingPlace::siteCookie(index, item.key, item.origin, item.firstSeenUrl);
    place.phase = toString(report.phase);
    const QStringList arguments{item.key, ScanRules::storageKindName(item.kind), item.origin};
    if (index < 0) {
        const QString key =
            reportKey(QLatin1StringView("scan.storage-undeclared"),
                      ScanRules::storageKindName(item.kind) + u' ' + item.key, item.origin);
        if (!m_reported.contains(key)) {
            m_reported.insert(key);
            m_findings << makeFinding("scan.storage-undeclared", Severity::Error, sourceUndeclared,
                                      place, StorageUndeclared, arguments);
        }
    }
    if (!needsConsent(m_policy, index))
        return;
    if (report.phase == ConsentPhase::Before)
        m_findings << makeFinding(
            "scan.before-consent", Severity::Error, sourceBeforeConsent, place,
            index < 0 ? StorageBeforeConsentUnknown : StorageBeforeConsentDeclared, arguments);
    else if (refusalTested)
        m_findings << makeFinding(
            "scan.after-reject", Severity::Error, sourceAfterReject, place,
            index < 0 ? StorageAfterRejectUnknown : StorageAfterRejectDeclared, arguments);
}

// Requests to a host that the inventory itself ties to consent-bound cookies
// (a declared ".youtube.com" marketing cookie makes www.youtube.com a tracker).
void PhaseChecker::checkHosts(const ScanReport &report, bool refusalTested)
{
    if (report.phase != ConsentPhase::Before && !refusalTested)
        return;
    for (const QString &host : report.thirdPartyHosts) {
        for (const Cookie &declared : m_policy.cookies) {
            const QString domain = CookieName::comparableDomain(declared.domain);
            if (declared.basis == LegalBasis::Exempt || domain.isEmpty() ||
                !SetCookieParser::domainMatches(host, domain))
                continue;
            FindingPlace place = FindingPlace::siteHost(host);
            place.phase = toString(report.phase);
            m_findings << (report.phase == ConsentPhase::Before
                               ? makeFinding("scan.before-consent", Severity::Error,
                                             sourceBeforeConsent, place, BeforeConsentHost, {host})
                               : makeFinding("scan.after-reject", Severity::Error,
                                             sourceAfterReject, place, AfterRejectHost, {host}));
            break;
        }
    }
}

// Refusing must be as easy as accepting: the engine says which controls the first
// layer showed before any click; without that, the clicks of the two phases tell.
void PhaseChecker::checkFirstLayer(const ConsentScan &scan)
{
    const ScanReport *before = scan.phase(ConsentPhase::Before);
    const ScanReport *rejected = scan.phase(ConsentPhase::AfterReject);
    const ScanReport *accepted = scan.phase(ConsentPhase::AfterAccept);
    QString acceptSelector;
    if (before && !before->firstLayerAcceptSelector.isEmpty()) {
        if (!before->firstLayerRejectSelector.isEmpty())
            return;
        acceptSelector = before->firstLayerAcceptSelector;
    } else if (before && !before->firstLayerRejectSelector.isEmpty()) {
        return;
    } else if (accepted && accepted->control == ScanReport::Control::Clicked && rejected &&
               rejected->control == ScanReport::Control::NotFound) {
        acceptSelector = accepted->controlSelector;
    } else {
        return;
    }
    FindingPlace place = FindingPlace::banner(QStringLiteral("rejectAll"));
    place.url = scan.startUrl();
    place.phase = toString(ConsentPhase::Before);
    m_findings << makeFinding("scan.no-reject-control", Severity::Warning, sourceNoReject, place,
                              NoRejectControl, {acceptSelector});
}

void PhaseChecker::checkUnseen()
{
    for (qsizetype i = 0; i < m_policy.cookies.size(); ++i) {
        const Cookie &declared = m_policy.cookies.at(i);
        if (m_seen.at(i) || declared.storage != StorageKind::Cookie || declared.name.isEmpty())
            continue;
        m_findings << makeFinding("scan.unseen", Severity::Info, sourceUnseen,
                                  FindingPlace::siteCookie(i, declared),
                                  Unseen, {CookieName::display(declared)});
    }
}

} // namespace

FindingList ScanRules::check(const Policy &policy, const ConsentScan &scan, const SiteHosts &hosts)
{
    PhaseChecker checker(policy, hosts);
    for (const ScanReport &report : scan.phases)
        checker.checkPhase(report);
    checker.checkFirstLayer(scan);
    // A scan that loaded no page saw nothing: "never seen" would blame every declared
    // cookie for the scan's own failure.
    if (std::any_of(scan.phases.cbegin(), scan.phases.cend(),
                    [](const ScanReport &report) { return report.startFetched; }))
        checker.checkUnseen();
    return checker.findings();
}

FindingList ScanRules::check(const Policy &policy, const ConsentScan &scan)
{
    return check(policy, scan, SiteHosts(policy, scan.startUrl()));
}

FindingList ScanRules::check(const Policy &policy, const ScanReport &report)
{
    return check(policy, ConsentScan::single(report));
}
