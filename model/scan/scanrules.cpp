#include "scan/scanrules.h"

#include <QCoreApplication>
#include <QRegularExpression>

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
    MessageText{QT_TRANSLATE_NOOP("ScanRules", "Cookie \"%1\" (%2) is set by the site but is not declared in the inventory."),
                "Le cookie « %1 » (%2) est déposé par le site mais n'est pas déclaré dans l'inventaire."},
    MessageText{QT_TRANSLATE_NOOP("ScanRules", "Declared cookie \"%1\" was never seen."),
                "Le cookie déclaré « %1 » n'a jamais été observé."},
    MessageText{QT_TRANSLATE_NOOP("ScanRules", "Cookie \"%1\" lives %2, longer than the declared %3."),
                "Le cookie « %1 » dure %2, plus que les %3 déclarés."},
    MessageText{QT_TRANSLATE_NOOP("ScanRules", "Cookie \"%1\" (%2) is set before any choice, but it needs consent."),
                "Le cookie « %1 » (%2) est déposé avant tout choix, alors qu'il requiert le consentement."},
    MessageText{QT_TRANSLATE_NOOP("ScanRules", "Cookie \"%1\" (%2) is set before any choice and is not declared as exempt."),
                "Le cookie « %1 » (%2) est déposé avant tout choix et n'est pas déclaré exempté."},
    MessageText{QT_TRANSLATE_NOOP("ScanRules", "The site contacts %1, a host of cookies that need consent, before any choice."),
                "Le site contacte %1, hôte de cookies soumis au consentement, avant tout choix."},
    MessageText{QT_TRANSLATE_NOOP("ScanRules", "session"), "session"},
};

enum MessageId { Undeclared, Unseen, LifetimeLonger, BeforeConsentDeclared, BeforeConsentUnknown,
                 BeforeConsentHost, SessionWord };

const char *const sourceUndeclared =
    "GDPR art. 13; ePrivacy Directive art. 5(3); CNIL délibération 2020-091 art. 2";
const char *const sourceUnseen = "CNIL délibération 2020-092 (inventory kept current)";
const char *const sourceLifetime = "CNIL délibération 2020-092; RFC 6265bis section 5.5 (400-day cap)";
const char *const sourceBeforeConsent =
    "ePrivacy Directive art. 5(3); EDPB Guidelines 05/2020; CJEU C-673/17 Planet49";

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

// Fills the three message fields from one id and its arguments; lifetimes are
// formatted per language, so they are passed as seconds (-1 for session).
void setMessage(Finding &finding, MessageId id, const QStringList &arguments,
                const QList<qint64> &lifetimes = {})
{
    auto fill = [&](QString text, const QString &language, const QString &session) {
        for (const QString &argument : arguments)
            text = text.arg(argument);
        for (const qint64 seconds : lifetimes)
            text = text.arg(seconds <= 0 ? session
                                           : Lifetime::fromSeconds(ObservedCookie::roundedForDisplay(seconds))
                                                 .format(language));
        return text;
    };
    finding.message.en = fill(english(id), QStringLiteral("en"), english(SessionWord));
    finding.message.fr = fill(french(id), QStringLiteral("fr"), french(SessionWord));
    // The interface language: the translator's text, lifetimes in its language.
    finding.translatedMessage =
        fill(translated(id), ScanRules::interfaceLanguage(), translated(SessionWord));
}

QString normalisedDomain(QString domain)
{
    domain = domain.trimmed().toLower();
    while (domain.startsWith(u'.'))
        domain.remove(0, 1);
    return domain;
}

bool lifetimeLonger(qint64 observed, qint64 declared)
{
    const qint64 tolerance =
        std::max(ScanRules::MinimumLifetimeTolerance, qint64(double(declared) * ScanRules::LifetimeTolerance));
    return observed > declared + tolerance;
}

} // namespace

QString ScanRules::interfaceLanguage()
{
    return QCoreApplication::translate("ScanRules", "en", "language code of this translation");
}

QString ScanRules::frenchSource(const char *englishSource)
{
    for (const MessageText &text : messages) {
        if (qstrcmp(text.english, englishSource) == 0)
            return QString::fromUtf8(text.french);
    }
    return QString();
}

bool ScanRules::covers(const Cookie &declared, const QString &name, const QString &domain)
{
    if (declared.storage != StorageKind::Cookie || declared.name.isEmpty())
        return false;
    switch (declared.match) {
    case NameMatch::Exact:
        if (declared.name != name)
            return false;
        break;
    case NameMatch::Prefix:
        if (!name.startsWith(declared.name))
            return false;
        break;
    case NameMatch::Regex: {
        const QRegularExpression pattern(QRegularExpression::anchoredPattern(declared.name));
        if (!pattern.isValid() || !pattern.match(name).hasMatch())
            return false;
        break;
    }
    }
    const QString declaredDomain = normalisedDomain(declared.domain);
    if (declaredDomain.isEmpty())
        return true;
    return SetCookieParser::domainMatches(normalisedDomain(domain), declaredDomain);
}

qsizetype ScanRules::declaredIndex(const Policy &policy, const QString &name, const QString &domain)
{
    // An exact name wins over a prefix or pattern that also matches.
    qsizetype patternMatch = -1;
    for (qsizetype i = 0; i < policy.cookies.size(); ++i) {
        const Cookie &declared = policy.cookies.at(i);
        if (!covers(declared, name, domain))
            continue;
        if (declared.match == NameMatch::Exact)
            return i;
        if (patternMatch < 0)
            patternMatch = i;
    }
    return patternMatch;
}

FindingList ScanRules::check(const Policy &policy, const ScanReport &report)
{
    FindingList findings;
    QList<bool> seen(policy.cookies.size(), false);

    for (const ObservedCookie &observed : report.cookies) {
        const qsizetype index = declaredIndex(policy, observed.name, observed.domain);
        Finding base;
        base.place =
            FindingPlace::siteCookie(index, observed.name, observed.domain, observed.firstSeenUrl);
        if (index < 0) {
            Finding finding = base;
            finding.rule = QStringLiteral("scan.undeclared");
            finding.severity = Severity::Error;
            finding.source = QString::fromUtf8(sourceUndeclared);
            setMessage(finding, Undeclared, {observed.name, observed.domain});
            findings << finding;

            Finding before = base;
            before.rule = QStringLiteral("scan.before-consent");
            before.severity = Severity::Error;
            before.source = QString::fromUtf8(sourceBeforeConsent);
            setMessage(before, BeforeConsentUnknown, {observed.name, observed.domain});
            findings << before;
            continue;
        }
        seen[index] = true;
        const Cookie &declared = policy.cookies.at(index);
        if (declared.basis != LegalBasis::Exempt) {
            Finding before = base;
            before.rule = QStringLiteral("scan.before-consent");
            before.severity = Severity::Error;
            before.source = QString::fromUtf8(sourceBeforeConsent);
            setMessage(before, BeforeConsentDeclared, {observed.name, observed.domain});
            findings << before;
        }
        if (declared.lifetime && observed.lifetimeKnown) {
            const qint64 observedSeconds = observed.lifetimeSeconds.value_or(0);
            const qint64 declaredSeconds = declared.lifetime->seconds();
            if (lifetimeLonger(observedSeconds, declaredSeconds)) {
                Finding finding = base;
                finding.rule = QStringLiteral("scan.lifetime-longer");
                finding.severity = Severity::Warning;
                finding.source = QString::fromUtf8(sourceLifetime);
                setMessage(finding, LifetimeLonger, {observed.name}, {observedSeconds, declaredSeconds});
                findings << finding;
            }
        }
    }

    for (qsizetype i = 0; i < policy.cookies.size(); ++i) {
        const Cookie &declared = policy.cookies.at(i);
        if (seen.at(i) || declared.storage != StorageKind::Cookie || declared.name.isEmpty())
            continue;
        Finding finding;
        finding.rule = QStringLiteral("scan.unseen");
        finding.severity = Severity::Info;
        finding.place = FindingPlace::siteCookie(i, declared.name, declared.domain);
        finding.source = QString::fromUtf8(sourceUnseen);
        setMessage(finding, Unseen, {declared.name});
        findings << finding;
    }

    // Requests to a host that the inventory itself ties to consent-bound cookies
    // (a declared ".youtube.com" marketing cookie makes www.youtube.com a tracker).
    for (const QString &host : report.thirdPartyHosts) {
        for (const Cookie &declared : policy.cookies) {
            const QString domain = normalisedDomain(declared.domain);
            if (declared.basis == LegalBasis::Exempt || domain.isEmpty() ||
                !SetCookieParser::domainMatches(host, domain))
                continue;
            Finding finding;
            finding.rule = QStringLiteral("scan.before-consent");
            finding.severity = Severity::Error;
            finding.place = FindingPlace::siteHost(host);
            finding.source = QString::fromUtf8(sourceBeforeConsent);
            setMessage(finding, BeforeConsentHost, {host});
            findings << finding;
            break;
        }
    }
    return findings;
}
