// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "publishing/publisher.h"

#include "compliance/complianceconfig.h"
#include "export/htmlexporter.h"
#include "format/policywriter.h"
#include "publishing/diffreport.h"

#include <QCoreApplication>
#include <QLocale>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Publishing", text);
}

QString loginName()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("LOGNAME");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    // Said rather than left blank: an entry without a publisher would look complete.
    return name.isEmpty() ? QCoreApplication::translate("Publishing", "(not known)") : name;
}

// The first publication has nothing to compare with: its summary says what it holds.
TwoLanguageText firstPublication(const Policy &policy)
{
    return {QStringLiteral("first published revision: %1 cookies, %2 categories, %3 providers")
                .arg(policy.cookies.size())
                .arg(policy.categories.size())
                .arg(policy.providers.size()),
            QStringLiteral("première version publiée : %1 cookies, %2 catégories, %3 prestataires")
                .arg(policy.cookies.size())
                .arg(policy.categories.size())
                .arg(policy.providers.size())};
}

} // namespace

QString Publishing::summaryText(const PolicyDiff::Result &diff, const QString &language, int maxLines)
{
    QStringList lines = diff.lines(language);
    const qsizetype total = lines.size();
    if (total > maxLines) {
        lines = lines.first(maxLines - 1);
        const bool french = language.startsWith(QLatin1StringView("fr"));
        lines << (french ? QStringLiteral("… et %1 autres modifications") : QStringLiteral("… and %1 more changes"))
                     .arg(QLocale(language).toString(total - (maxLines - 1)));
    }
    return lines.join(QLatin1Char('\n'));
}

QMap<QString, QByteArray> Publishing::charterFiles(const Policy &policy)
{
    QMap<QString, QByteArray> files;
    for (const QString &language : policy.meta.languages)
        files.insert(QStringLiteral("charter.%1.html").arg(language), HtmlExporter::exportCharter(policy, language));
    return files;
}

PublishedBaseline Publishing::baseline(const Policy &current, const Policy &lastPublished, const ArchiveEntry &last)
{
    PublishedBaseline result;
    result.revision = last.revision;
    result.date = last.date;
    const PolicyDiff::Result diff = PolicyDiff::compare(lastPublished, current);
    for (const PolicyDiff::Change &change : diff.changes) {
        if (!change.requiresConsent)
            continue;
        if (change.kind == PolicyDiff::Kind::CookieChanged) {
            for (const PolicyDiff::FieldChange &field : change.fields) {
                if (field.requiresConsent)
                    result.consentChanges << field.text;
            }
        } else {
            result.consentChanges << change.text;
        }
    }
    return result;
}

Expected<std::optional<PublishedBaseline>> Publishing::baseline(const Policy &current, const QString &documentPath)
{
    using Result = Expected<std::optional<PublishedBaseline>>;
    const PublicationArchive archive(documentPath);
    if (!archive.exists())
        return std::optional<PublishedBaseline>();
    const Expected<std::optional<ArchiveEntry>> last = archive.lastEntry();
    if (!last)
        return Result::failure(last.error());
    if (!*last)
        return std::optional<PublishedBaseline>();
    const Expected<Policy> published = archive.document(**last);
    if (!published)
        return Result::failure(published.error());
    return std::optional<PublishedBaseline>(baseline(current, *published, **last));
}

Expected<PublishPlan> Publishing::plan(const Policy &current, const QString &documentPath, const PublishRequest &request)
{
    PublishPlan plan;
    const PublicationArchive archive(documentPath);
    const Expected<std::optional<ArchiveEntry>> last = archive.lastEntry();
    if (!last)
        return Expected<PublishPlan>::failure(last.error());
    plan.last = *last;
    const QString language = current.meta.defaultLanguage;
    if (plan.last) {
        const Expected<Policy> lastPublished = archive.document(*plan.last);
        if (!lastPublished)
            return Expected<PublishPlan>::failure(lastPublished.error());
        plan.diff = PolicyDiff::compare(*lastPublished, current);
        plan.nothingChanged = plan.diff.isEmpty();
        plan.consentRequired = plan.diff.requiresConsent();
        for (const PolicyDiff::Change &change : plan.diff.changes) {
            for (const QString &lang : {QStringLiteral("en"), QStringLiteral("fr")}) {
                QStringList &reasons = plan.consentReasons[lang];
                const QString reason = change.reason.text(lang);
                if (change.requiresConsent && !reasons.contains(reason))
                    reasons << reason;
            }
        }
    }
    plan.askAgain = plan.consentRequired;
    if (request.decision != PublishRequest::Decision::Automatic) {
        if (request.overrideReason.trimmed().isEmpty())
            plan.refusal = tr("overriding the decision to ask visitors again needs a reason");
        plan.askAgain = request.decision == PublishRequest::Decision::AskAgain;
        if (!plan.last && plan.askAgain)
            plan.refusal = tr("this is the first publication: there is no earlier consent to ask again");
    }

    Policy &published = plan.published;
    published = current;
    const int lastRevision = plan.last ? plan.last->revision : 0;
    if (plan.askAgain)
        published.meta.revision = std::max(current.meta.revision, lastRevision + 1);
    const QDate date = request.date.isValid() ? request.date : QDate::currentDate();
    ComplianceStamp::markUpdated(published, date);

    for (const QString &lang : current.meta.languages)
        plan.summary.set(lang, plan.last ? summaryText(plan.diff, lang) : firstPublication(current).text(lang));
    PublishedRevision revision;
    revision.revision = published.meta.revision;
    revision.date = date;
    revision.summary = plan.summary;
    revision.note = request.note.trimmed();
    published.history.append(revision);

    const ComplianceReport report = ComplianceChecker::check(published);
    for (const Finding &finding : report.findings) {
        if (finding.severity == Severity::Error)
            plan.errorMessages << finding.message.text(language);
    }
    plan.checkErrors = int(plan.errorMessages.size());
    if (plan.checkErrors > 0 && request.forceReason.trimmed().isEmpty() && plan.refusal.isEmpty())
        plan.refusal = QCoreApplication::translate(
            "Publishing",
            "the checker reports %n error(s); correct them, or publish anyway with a reason (--force REASON)",
            nullptr, plan.checkErrors);
    if (plan.nothingChanged)
        plan.refusal = tr("nothing changed since revision %1 was published on %2; nothing was written")
                           .arg(plan.last->revision)
                           .arg(plan.last->date.toString(Qt::ISODate));
    return plan;
}

Expected<ArchiveEntry> Publishing::publish(const PublishPlan &plan, const QString &documentPath,
                                           const PublishRequest &request)
{
    if (!plan.refusal.isEmpty())
        return Expected<ArchiveEntry>::failure(documentPath + QStringLiteral(": ") + plan.refusal);
    const Policy &published = plan.published;
    ArchiveEntry entry;
    entry.revision = published.meta.revision;
    entry.date = published.history.last().date;
    entry.publishedAt = (request.now.isValid() ? request.now : QDateTime::currentDateTimeUtc()).toUTC();
    entry.publisher = request.publisher.trimmed().isEmpty() ? loginName() : request.publisher.trimmed();
    entry.note = request.note.trimmed();
    entry.askedAgain = plan.askAgain;
    entry.consentReasons = plan.consentReasons;
    if (request.decision != PublishRequest::Decision::Automatic)
        entry.overrideReason = request.overrideReason.trimmed();
    if (plan.checkErrors > 0)
        entry.forcedReason = request.forceReason.trimmed();
    entry.checkErrors = plan.checkErrors;
    entry.summary = plan.summary;
    entry.changes = DiffReport::changesJson(plan.diff, published.meta.defaultLanguage);

    const QByteArray document = PolicyWriter::toJson(published);
    QMap<QString, QByteArray> files = charterFiles(published);
    files.insert(QString(PublicationArchive::documentFileName), document);
    const PublicationArchive archive(documentPath);
    Expected<ArchiveEntry> written = archive.append(entry, files);
    if (!written)
        return written;
    // The document on disk says what was published; if it cannot be written, the
    // entry goes too, so that the archive never records a publication that did not happen.
    if (const Status saved = FileWriter::write(documentPath, document); !saved) {
        const Status removed = archive.removeLast(*written);
        return Expected<ArchiveEntry>::failure(
            saved.error + (removed ? QString() : QStringLiteral("; ") + removed.error));
    }
    return written;
}

std::optional<PublishedBaseline> BaselineCache::baseline(const Policy &current, const QString &documentPath)
{
    if (documentPath.isEmpty())
        return std::nullopt;
    const PublicationArchive archive(documentPath);
    if (!archive.exists())
        return std::nullopt;
    const Expected<std::optional<ArchiveEntry>> last = archive.lastEntry();
    if (!last || !*last)
        return std::nullopt;
    if ((*last)->hash != m_hash || !m_published) {
        Expected<Policy> published = archive.document(**last);
        if (!published)
            return std::nullopt;
        m_published = std::move(*published);
        m_entry = **last;
        m_hash = m_entry.hash;
    }
    return Publishing::baseline(current, *m_published, m_entry);
}
