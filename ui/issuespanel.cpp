// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "issuespanel.h"

#include "issuesmodel.h"

#include "compliance/knowncookies.h"
#include "document/languages.h"
#include "document/policydocument.h"

#include <QEvent>
#include <QFutureWatcher>
#include <QPromise>
#include <QThreadPool>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QStyle>
#include <QTreeView>
#include <QVBoxLayout>

#include <memory>

IssuesPanel::IssuesPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("issuesPanel"));
    qRegisterMetaType<Finding>(); // activated() may cross a queued connection
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("issuesSummary"));
    m_model = new IssuesModel(this);
    m_model->setObjectName(QStringLiteral("issuesModel"));
    m_model->setGroupIcons(style()->standardIcon(QStyle::SP_MessageBoxCritical),
                           style()->standardIcon(QStyle::SP_MessageBoxWarning),
                           style()->standardIcon(QStyle::SP_MessageBoxInformation));
    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("issuesTree"));
    m_tree->setModel(m_model);
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Place and rule get widths from the rows on screen (rebuildTree), never from
    // every row: ResizeToContents would measure 100,000 findings after each check.
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(IssuesModel::IssueColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(IssuesModel::PlaceColumn, QHeaderView::Interactive);
    m_tree->header()->setSectionResizeMode(IssuesModel::RuleColumn, QHeaderView::Interactive);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree);

    m_timer.setSingleShot(true);
    m_timer.setInterval(RecheckDelayMs);
    connect(&m_timer, &QTimer::timeout, this, &IssuesPanel::recheckNow);
    // activated covers double click and Enter, so the keyboard reaches places too.
    connect(m_tree, &QTreeView::activated, this, &IssuesPanel::activateIndex);
    retranslateUi();
}

void IssuesPanel::setDocument(PolicyDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document) {
        connect(m_document, &PolicyDocument::changed, this, &IssuesPanel::scheduleRecheck);
        connect(m_document, &PolicyDocument::policyReset, this, &IssuesPanel::scheduleRecheck);
        connect(m_document, &QObject::destroyed, this, [this] { m_timer.stop(); });
    }
    recheckNow();
}

void IssuesPanel::setKnownCookies(const KnownCookies *knownCookies)
{
    m_knownCookies = knownCookies;
    scheduleRecheck();
}

void IssuesPanel::setProfile(const QString &profile)
{
    m_profile = profile;
    scheduleRecheck();
}

void IssuesPanel::setMessageLanguage(const QString &language)
{
    m_language = language;
    rebuildTree();
}

QString IssuesPanel::messageLanguage() const
{
    if (!m_language.isEmpty())
        return m_language;
    // The interface language as the installed catalogue tells it (charte_fr answers
    // "fr"), so the messages follow the Language menu and not only the system locale.
    const QString code = tr("en", "language code of this translation");
    return Languages::isFrench(code) ? QStringLiteral("fr") : QStringLiteral("en");
}

void IssuesPanel::scheduleRecheck()
{
    m_timer.start(); // restarts: only the pause after the last keystroke counts
}

namespace {

// One check, with copies of everything it reads, so that it can run on a worker
// thread while the person goes on editing the document (whose lists detach from the
// copy on the first write).
struct CheckJob
{
    Policy policy;
    CheckOptions options;
    std::optional<PublishedBaseline> published;
    std::shared_ptr<const KnownCookies> knownCookies;
    qsizetype heldRow = -1;

    ComplianceReport run()
    {
        options.published = published ? &*published : nullptr;
        if (knownCookies)
            options.knownCookies = knownCookies.get();
        if (heldRow < 0 || heldRow >= policy.cookies.size())
            return ComplianceChecker::check(policy, options);
        // The document as it was before the row: what the row changes elsewhere
        // (a banner now needed, a category now used) waits with it.
        Policy without = policy;
        without.cookies.removeAt(heldRow);
        ComplianceReport report = ComplianceChecker::check(without, options);
        for (FindingList *list : {&report.findings, &report.suppressed}) {
            for (Finding &finding : *list) {
                if (finding.place.kind == FindingPlace::Kind::Cookie && finding.place.index >= heldRow)
                    ++finding.place.index;
            }
        }
        return report;
    }
};

} // namespace

void IssuesPanel::recheckNow()
{
    m_timer.stop();
    const quint64 generation = ++m_generation;
    if (!m_document) {
        m_checking = false;
        applyReport({});
        return;
    }
    CheckJob job;
    job.policy = m_document->policy();
    job.options.profile = m_profile;
    job.options.knownCookies = m_knownCookies;
    job.published = m_published.baseline(job.policy, m_document->filePath());
    job.heldRow = m_heldRow;
    if (job.policy.cookies.size() < BackgroundCheckFrom) {
        m_checking = false;
        applyReport(job.run());
        return;
    }
    // The worker gets its own copy of the database: the window refills its one in place.
    if (m_knownCookies)
        job.knownCookies = std::make_shared<const KnownCookies>(*m_knownCookies);
    job.options.knownCookies = nullptr;
    auto promise = std::make_shared<QPromise<ComplianceReport>>();
    auto *watcher = new QFutureWatcher<ComplianceReport>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation || watcher->future().resultCount() == 0)
            return; // a newer check is under way, or this one was dropped
        m_checking = false;
        applyReport(watcher->future().result());
    });
    watcher->setFuture(promise->future());
    m_checking = true;
    rebuildTree(); // says "checking"
    QThreadPool::globalInstance()->start([promise, job = std::move(job)]() mutable {
        promise->start();
        promise->addResult(job.run());
        promise->finish();
    });
}

void IssuesPanel::applyReport(ComplianceReport report)
{
    m_report = std::move(report);
    rebuildTree();
    emit reportChanged();
    emit summaryChanged(m_report.count(Severity::Error), m_report.count(Severity::Warning),
                        m_report.count(Severity::Info));
}

void IssuesPanel::holdCookieRow(qsizetype row)
{
    if (row == m_heldRow)
        return;
    m_heldRow = row;
    recheckNow();
}

void IssuesPanel::rebuildTree()
{
    // Keep which groups the user folded across re-checks (all open but Suppressed).
    QHash<int, bool> expanded;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex group = m_model->index(row, 0);
        expanded.insert(group.data(IssuesModel::GroupKeyRole).toInt(), m_tree->isExpanded(group));
    }
    const QString interfaceLanguage = Languages::ofInterface();
    m_model->setReport(&m_report, m_document ? &m_document->policy() : nullptr, messageLanguage(),
                       interfaceLanguage);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex group = m_model->index(row, 0);
        m_tree->setFirstColumnSpanned(row, {}, true);
        const int key = group.data(IssuesModel::GroupKeyRole).toInt();
        if (expanded.value(key, key != IssuesModel::SuppressedKey)) {
            m_model->fetchMore(group); // the first batch; the view asks for more as it scrolls
            m_tree->expand(group);
        }
    }
    // Widths from a sample: the rows fetched so far (at most a batch per group).
    for (const int column : {int(IssuesModel::PlaceColumn), int(IssuesModel::RuleColumn)})
        m_tree->setColumnWidth(column, std::clamp(static_cast<QAbstractItemView *>(m_tree)->sizeHintForColumn(column), 80, 360));

    const int errors = m_report.count(Severity::Error);
    const int warnings = m_report.count(Severity::Warning);
    const int infos = m_report.count(Severity::Info);
    QString summary = errors + warnings + infos == 0
                          ? tr("No issue found (profile %1).").arg(m_report.profile)
                          : tr("%1 (profile %2)")
                                .arg(SeverityWords::summary(errors, warnings, infos, interfaceLanguage),
                                     m_report.profile);
    // The findings shown are the last check's until the running one ends.
    if (m_checking)
        summary = tr("%1 Checking the changes…").arg(summary);
    m_summary->setText(summary);
}

void IssuesPanel::activateIndex(const QModelIndex &index)
{
    // A group heading has no finding and goes nowhere.
    if (const Finding *finding = m_model->finding(index.sibling(index.row(), 0)))
        emit activated(*finding);
}

void IssuesPanel::retranslateUi()
{
    m_model->setHeaderLabels({tr("Issue"), tr("Place"), tr("Rule")});
    m_tree->setAccessibleName(tr("Compliance issues"));
    rebuildTree();
}

void IssuesPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}
