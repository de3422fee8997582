// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
// The rule on publishing (COMPLIANCE.md has no row for it; docs/compliance.md does):
// the banner asks visitors again only when the revision changes, so a document that
// differs from its last published revision in a way that widens what visitors agreed
// to, while still carrying that revision, would be exported without asking anyone.
#include "compliance/compliancerules.h"

namespace {

void checkRevisionBumped(const CheckContext &context, FindingSink &sink)
{
    const PublishedBaseline *published = context.published;
    if (!published || published->consentChanges.isEmpty() ||
        context.policy.meta.revision > published->revision)
        return;
    const TwoLanguageText &first = published->consentChanges.first();
    const qsizetype others = published->consentChanges.size() - 1;
    TwoLanguageText what = first;
    if (others > 0)
        what = {QStringLiteral("%1 (and %2 more)").arg(first.en).arg(others),
                QStringLiteral("%1 (et %2 de plus)").arg(first.fr).arg(others)};
    const QString revision = QString::number(published->revision);
    const QString date = published->date.toString(Qt::ISODate);
    sink.add(FindingPlace::document(QStringLiteral("revision")),
             {QStringLiteral("Since revision %1 was published on %2: %3. Visitors must be asked again, but the "
                             "revision is still %4: publish the document (File › Publish…, or charte publish) "
                             "before exporting the banner.")
                  .arg(revision, date, what.en, QString::number(context.policy.meta.revision)),
              QStringLiteral("Depuis la publication de la version %1 le %2\u00a0: %3. Le consentement doit être "
                             "redemandé, mais la version est toujours %4\u00a0: publiez le document (Fichier › "
                             "Publier…, ou charte publish) avant d’exporter la bannière.")
                  .arg(revision, date, what.fr, QString::number(context.policy.meta.revision))});
}

} // namespace

void ComplianceRules::addPublishRules(std::vector<ComplianceRule> &rules)
{
    rules.push_back({QStringLiteral("publish.revision-not-bumped"), Severity::Warning,
                     QStringLiteral("GDPR art. 4(11) and 7; CNIL délibération 2020-091, art. 2"),
                     QStringLiteral("https://www.cnil.fr/fr/cookies-et-autres-traceurs/regles/cookies"),
                     TwoLanguageText{QStringLiteral("Visitors are asked again when what they agreed to changes"),
                                     QStringLiteral("Le consentement est redemandé quand ce qui a été accepté change")},
                     checkRevisionBumped});
}
