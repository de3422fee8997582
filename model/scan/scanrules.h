#pragma once

#include "compliance/finding.h"
#include "document/policy.h"
#include "scan/scanreport.h"

// The "Observed versus declared" rules of COMPLIANCE.md, applied to a scan or an
// evidence file: scan.undeclared, scan.unseen, scan.lifetime-longer and
// scan.before-consent. Everything observed was observed before any choice, since
// neither the crawler nor the evidence formats give consent.
namespace ScanRules {
// Differences below this share of the declared lifetime are not reported: servers
// count calendar months, inventories count 30-day months.
constexpr double LifetimeTolerance = 0.02;
constexpr qint64 MinimumLifetimeTolerance = 60;

// Each finding's place is a FindingPlace::siteCookie (its row when declared) or a
// FindingPlace::siteHost; its message is in English, in French and as the installed
// translation words it (Finding::translatedMessage).
FindingList check(const Policy &policy, const ScanReport &report);

// Whether a declared row covers an observed cookie: the name by the row's NameMatch
// (exact, prefix or regex, the regex anchored), the domain when the row states one
// (".youtube.com" or "youtube.com" cover "www.youtube.com"), cookies only.
bool covers(const Cookie &declared, const QString &name, const QString &domain);
// The declared row that covers an observed cookie, or -1.
qsizetype declaredIndex(const Policy &policy, const QString &name, const QString &domain);

// The language code of the installed translation ("en" without one): the language
// the messages' lifetimes and the scan report's words are written in.
QString interfaceLanguage();

// The French text of a finding message by its English source (the .ts files come
// later; reports in both languages need it now). Empty when unknown.
QString frenchSource(const char *englishSource);
} // namespace ScanRules
