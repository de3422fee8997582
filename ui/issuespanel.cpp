// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "issuespanel.h"

#include "compliance/knowncookies.h"
#include "document/languages.h"
#include "document/policydocument.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

// Item data: the index of the finding in the report's active list, or in the
// suppressed list when SuppressedRole is set.
constexpr int FindingIndexRole = Qt::UserRole + 1;
constexpr int SuppressedRole = Qt::UserRole + 2;

} // namespace

IssuesPanel::IssuesPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("issuesPanel"));
    qRegisterMetaType<Finding>(); // activated() may cross a queued connection
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("issuesSummary"));
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("issuesTree"));
    m_tree->setColumnCount(3);
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree);

    m_timer.setSingleShot(true);
    m_timer.setInterval(RecheckDelayMs);
    connect(&m_timer, &QTimer::timeout, this, &IssuesPanel::recheckNow);
    // itemActivated covers double click and Enter, so the keyboard reaches places too.
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) { activateItem(item); });
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

void IssuesPanel::recheckNow()
{
    m_timer.stop();
    if (m_document) {
        CheckOptions options;
        options.profile = m_profile;
        options.knownCookies = m_knownCookies;
        const std::optional<PublishedBaseline> published =
            m_published.baseline(m_document->policy(), m_document->filePath());
        options.published = published ? &*published : nullptr;
        const Policy &policy = m_document->policy();
        if (m_heldRow >= 0 && m_heldRow < policy.cookies.size()) {
            // The document as it was before the row: what the row changes elsewhere
            // (a banner now needed, a category now used) waits with it.
            Policy without = policy;
            without.cookies.removeAt(m_heldRow);
            m_report = ComplianceChecker::check(without, options);
            for (FindingList *list : {&m_report.findings, &m_report.suppressed}) {
                for (Finding &finding : *list) {
                    if (finding.place.kind == FindingPlace::Kind::Cookie && finding.place.index >= m_heldRow)
                        ++finding.place.index;
                }
            }
        } else {
            m_report = ComplianceChecker::check(policy, options);
        }
    } else {
        m_report = {};
    }
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
    const QString language = messageLanguage();
    // Keep which groups the user folded across re-checks.
    QHash<int, bool> expanded;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *group = m_tree->topLevelItem(i);
        expanded.insert(group->data(0, FindingIndexRole).toInt(), group->isExpanded());
    }
    m_tree->clear();

    struct Group
    {
        Severity severity;
        QStyle::StandardPixmap icon;
    };
    const Group groups[] = {
        {Severity::Error, QStyle::SP_MessageBoxCritical},
        {Severity::Warning, QStyle::SP_MessageBoxWarning},
        {Severity::Info, QStyle::SP_MessageBoxInformation},
    };
    const QString interfaceLanguage = Languages::ofInterface();
    const auto addFinding = [&](QTreeWidgetItem *parent, const Finding &finding, int index, bool suppressed) {
        auto *item = new QTreeWidgetItem(parent);
        QString text = finding.message.text(language);
        if (suppressed)
            text += QStringLiteral(" — ") + tr("suppressed: %1").arg(finding.justification);
        item->setText(0, text);
        item->setToolTip(0, text + QLatin1Char('\n') + finding.source);
        item->setText(1, finding.place.describe(language, m_document ? &m_document->policy() : nullptr));
        item->setText(2, finding.rule);
        item->setData(0, FindingIndexRole, index);
        item->setData(0, SuppressedRole, suppressed);
    };
    for (const Group &group : groups) {
        const int count = m_report.count(group.severity);
        if (count == 0)
            continue;
        auto *top = new QTreeWidgetItem(m_tree);
        top->setText(0, QStringLiteral("%1 (%2)").arg(SeverityWords::heading(group.severity).text(interfaceLanguage)).arg(count));
        top->setIcon(0, style()->standardIcon(group.icon));
        top->setData(0, FindingIndexRole, -1 - int(group.severity));
        top->setFirstColumnSpanned(true);
        for (int i = 0; i < m_report.findings.size(); ++i) {
            if (m_report.findings.at(i).severity == group.severity)
                addFinding(top, m_report.findings.at(i), i, false);
        }
        top->setExpanded(expanded.value(-1 - int(group.severity), true));
    }
    if (!m_report.suppressed.isEmpty()) {
        auto *top = new QTreeWidgetItem(m_tree);
        top->setText(0, tr("Suppressed (%1)").arg(m_report.suppressed.size()));
        top->setData(0, FindingIndexRole, -10);
        top->setFirstColumnSpanned(true);
        for (int i = 0; i < m_report.suppressed.size(); ++i)
            addFinding(top, m_report.suppressed.at(i), i, true);
        top->setExpanded(expanded.value(-10, false));
    }
    const int errors = m_report.count(Severity::Error);
    const int warnings = m_report.count(Severity::Warning);
    const int infos = m_report.count(Severity::Info);
    m_summary->setText(errors + warnings + infos == 0
                           ? tr("No issue found (profile %1).").arg(m_report.profile)
                           : tr("%1 (profile %2)")
                                 .arg(SeverityWords::summary(errors, warnings, infos, interfaceLanguage),
                                      m_report.profile));
}

void IssuesPanel::activateItem(QTreeWidgetItem *item)
{
    if (!item || !item->parent())
        return; // a group heading
    const int index = item->data(0, FindingIndexRole).toInt();
    const FindingList &list = item->data(0, SuppressedRole).toBool() ? m_report.suppressed : m_report.findings;
    if (index >= 0 && index < list.size())
        emit activated(list.at(index));
}

void IssuesPanel::retranslateUi()
{
    m_tree->setHeaderLabels({tr("Issue"), tr("Place"), tr("Rule")});
    m_tree->setAccessibleName(tr("Compliance issues"));
    rebuildTree();
}

void IssuesPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}
