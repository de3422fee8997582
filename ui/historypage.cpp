// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "historypage.h"

#include "document/languages.h"
#include "interfacedates.h"
#include "format/autosaver.h"
#include "document/policydocument.h"
#include "format/htmlwriter.h"
#include "mainwindow.h"
#include "publishdialog.h"
#include "publishing/diffreport.h"
#include "revisionviewer.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace {

enum { SequenceRole = Qt::UserRole + 1 };

QString dateText(const QDate &date)
{
    return InterfaceDates::text(date);
}

} // namespace

HistoryPage::HistoryPage(PolicyDocument *document, QWidget *parent)
    : QWidget(parent),
      m_document(document),
      m_publishAction(new QAction(this)),
      m_status(new QLabel(this)),
      m_publishButton(new QPushButton(this)),
      m_timeline(new QListWidget(this)),
      m_details(new QTextBrowser(this)),
      m_openButton(new QPushButton(this)),
      m_compareLabel(new QLabel(this)),
      m_from(new QComboBox(this)),
      m_to(new QComboBox(this)),
      m_compareVerdict(new QLabel(this)),
      m_diff(new QTableWidget(0, 4, this))
{
    setObjectName(QStringLiteral("historyPage"));
    m_publishAction->setObjectName(QStringLiteral("actionPublish"));
    m_status->setObjectName(QStringLiteral("historyStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_publishButton->setObjectName(QStringLiteral("historyPublishButton"));
    m_timeline->setObjectName(QStringLiteral("historyTimeline"));
    m_details->setObjectName(QStringLiteral("historyDetails"));
    m_details->setOpenLinks(false);
    m_openButton->setObjectName(QStringLiteral("historyOpenButton"));
    m_from->setObjectName(QStringLiteral("historyCompareFrom"));
    m_to->setObjectName(QStringLiteral("historyCompareTo"));
    m_compareVerdict->setObjectName(QStringLiteral("historyCompareVerdict"));
    m_compareVerdict->setWordWrap(true);
    m_diff->setObjectName(QStringLiteral("historyDiff"));
    m_diff->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_diff->setWordWrap(true);
    m_diff->verticalHeader()->hide();
    m_diff->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_diff->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto *top = new QHBoxLayout;
    top->addWidget(m_status, 1);
    top->addWidget(m_publishButton);

    auto *detailsPane = new QWidget(this);
    auto *detailsLayout = new QVBoxLayout(detailsPane);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_details, 1);
    detailsLayout->addWidget(m_openButton, 0, Qt::AlignRight);
    auto *upper = new QSplitter(Qt::Horizontal, this);
    upper->addWidget(m_timeline);
    upper->addWidget(detailsPane);
    upper->setStretchFactor(0, 2);
    upper->setStretchFactor(1, 3);

    auto *comparePane = new QWidget(this);
    auto *compareLayout = new QVBoxLayout(comparePane);
    compareLayout->setContentsMargins(0, 0, 0, 0);
    auto *choices = new QHBoxLayout;
    choices->addWidget(m_compareLabel);
    choices->addWidget(m_from, 1);
    choices->addWidget(new QLabel(QStringLiteral("→"), this));
    choices->addWidget(m_to, 1);
    compareLayout->addLayout(choices);
    compareLayout->addWidget(m_compareVerdict);
    compareLayout->addWidget(m_diff, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(upper);
    splitter->addWidget(comparePane);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    connect(m_publishAction, &QAction::triggered, this, [this] { publish(); });
    connect(m_publishButton, &QPushButton::clicked, this, [this] { publish(); });
    connect(m_timeline, &QListWidget::currentRowChanged, this, &HistoryPage::showEntry);
    connect(m_openButton, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem *item = m_timeline->currentItem())
            openRevision(item->data(SequenceRole).toInt());
    });
    const auto recompare = [this] {
        if (m_from->currentIndex() >= 0 && m_to->currentIndex() >= 0)
            compare(m_from->currentData().toInt(), m_to->currentData().toInt());
    };
    connect(m_from, &QComboBox::currentIndexChanged, this, recompare);
    connect(m_to, &QComboBox::currentIndexChanged, this, recompare);
    connect(m_document, &PolicyDocument::filePathChanged, this, &HistoryPage::reload);
    connect(m_document, &PolicyDocument::policyReset, this, &HistoryPage::reload);
    retranslateUi();
    reload();
}

HistoryPage *HistoryPage::install(MainWindow *window)
{
    auto *page = new HistoryPage(window->document(), window);
    page->m_window = window;
    window->addPage(QStringLiteral("history"), tr("History"),
                    window->style()->standardIcon(QStyle::SP_FileDialogDetailedView), page);
    // Beside Export: both send the document out.
    if (QMenu *exportMenu = window->fileMenu()->findChild<QMenu *>(QStringLiteral("exportMenu")))
        window->fileMenu()->insertAction(exportMenu->menuAction(), page->m_publishAction);
    else
        window->fileMenu()->addAction(page->m_publishAction);
    return page;
}

void HistoryPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        reload();
    }
    QWidget::changeEvent(event);
}

void HistoryPage::retranslateUi()
{
    m_publishAction->setText(tr("&Publish…"));
    m_publishAction->setStatusTip(tr("Archive this revision as published, asking visitors again if needed"));
    m_publishButton->setText(tr("Publish…"));
    m_openButton->setText(tr("Open this revision"));
    m_openButton->setToolTip(tr("The document as it was published — charter, cookies, categories, providers, banner — read-only"));
    m_compareLabel->setText(tr("Compare"));
    m_timeline->setAccessibleName(tr("Published revisions"));
    m_diff->setHorizontalHeaderLabels({tr("Change"), tr("Before"), tr("After"), tr("New consent")});
    if (m_window)
        m_window->addPage(QStringLiteral("history"), tr("History"), QIcon(), this);
}

bool HistoryPage::publish()
{
    if (m_window)
        m_window->commitPendingEdits(); // what was just typed is part of what is published
    PublishDialog dialog(m_document, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.published())
        return false;
    if (m_window) {
        // Publishing saved the document: its recovery copy is no longer needed, as after Save.
        m_window->autosaver()->discard();
        m_window->statusBar()->showMessage(
            tr("Published revision %1 (entry %2 of the archive)").arg(dialog.published()->revision).arg(dialog.published()->sequence),
            6000);
    }
    reload();
    return true;
}

void HistoryPage::reload()
{
    m_entries.clear();
    m_documents.clear();
    m_archiveError.clear();
    m_timeline->clear();
    const QString path = m_document->filePath();
    if (path.isEmpty()) {
        m_status->setText(tr("This document has not been saved: its published revisions are archived beside its file."));
        fillCompareChoices();
        showEntry();
        return;
    }
    const PublicationArchive archive(path);
    Expected<QList<ArchiveEntry>> entries = archive.entries();
    if (!entries) {
        m_archiveError = entries.error();
        m_status->setText(tr("The archive cannot be read: %1").arg(entries.error()));
        fillCompareChoices();
        showEntry();
        return;
    }
    m_entries = std::move(*entries);
    if (m_entries.isEmpty()) {
        m_status->setText(tr("No revision published yet. Publishing creates the archive in %1.")
                              .arg(QDir::toNativeSeparators(archive.path())));
    } else {
        const PublicationArchive::Verification verification = archive.verify();
        QString text = tr("%n published revision(s) in %1.", nullptr, int(m_entries.size()))
                           .arg(QDir::toNativeSeparators(archive.path()));
        if (verification.ok)
            text += QLatin1Char(' ') + tr("The archive is intact.");
        else
            text += QLatin1Char(' ') + tr("The archive was altered: %1").arg(verification.problem);
        m_status->setText(text);
        m_status->setStyleSheet(verification.ok ? QString() : QStringLiteral("color: #b3261e; font-weight: bold"));
    }
    // Newest first, as the charter lists them.
    for (auto it = m_entries.crbegin(); it != m_entries.crend(); ++it) {
        QString text = tr("Revision %1 — %2").arg(it->revision).arg(dateText(it->date));
        text += QLatin1Char('\n') + (it->askedAgain ? tr("visitors asked again") : tr("consent stands"));
        if (!it->publisher.isEmpty())
            text += QStringLiteral(" · ") + it->publisher;
        auto *item = new QListWidgetItem(text, m_timeline);
        item->setData(SequenceRole, it->sequence);
    }
    fillCompareChoices();
    if (m_timeline->count() > 0)
        m_timeline->setCurrentRow(0);
    else
        showEntry();
}

void HistoryPage::showEntry()
{
    QListWidgetItem *item = m_timeline->currentItem();
    m_openButton->setEnabled(item != nullptr);
    if (!item) {
        m_details->clear();
        return;
    }
    const int sequence = item->data(SequenceRole).toInt();
    const auto entry = std::find_if(m_entries.cbegin(), m_entries.cend(),
                                    [sequence](const ArchiveEntry &e) { return e.sequence == sequence; });
    if (entry == m_entries.cend())
        return;
    const QString language = Languages::ofInterface();
    HtmlWriter html;
    html.element(QLatin1StringView("h3"), tr("Revision %1 — %2").arg(entry->revision).arg(dateText(entry->date)));
    html.element(QLatin1StringView("p"),
                 tr("Published by %1 on %2 (entry %3).")
                     .arg(entry->publisher, Languages::interfaceLocale().toString(entry->publishedAt.toLocalTime(), QLocale::ShortFormat))
                     .arg(entry->sequence));
    if (!entry->note.isEmpty())
        html.element(QLatin1StringView("p"), tr("Note: %1").arg(entry->note));
    const QStringList reasons =
        entry->consentReasons.value(Languages::isFrench(language) ? QStringLiteral("fr") : QStringLiteral("en"));
    if (!entry->askedAgain)
        html.element(QLatin1StringView("p"), tr("Existing consent stands."));
    else if (reasons.isEmpty())
        html.element(QLatin1StringView("p"), tr("Visitors were asked again."));
    else
        html.element(QLatin1StringView("p"), tr("Visitors were asked again: %1.").arg(reasons.join(QStringLiteral(", "))));
    if (!entry->overrideReason.isEmpty())
        html.element(QLatin1StringView("p"), tr("Decision overridden: %1").arg(entry->overrideReason));
    if (!entry->forcedReason.isEmpty())
        html.element(QLatin1StringView("p"), tr("Published despite %n checker error(s): %1", nullptr, entry->checkErrors)
                                                 .arg(entry->forcedReason));
    const QString summary = entry->summary.value(language, entry->summary.languages().value(0));
    html.start(QLatin1StringView("ul"));
    for (const QString &line : summary.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        html.element(QLatin1StringView("li"), line);
    html.end();
    m_details->setHtml(QString::fromUtf8(html.finish()));
}

void HistoryPage::fillCompareChoices()
{
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    m_from->clear();
    m_to->clear();
    for (const ArchiveEntry &entry : std::as_const(m_entries)) {
        const QString text = tr("Revision %1 of %2")
                                 .arg(entry.revision)
                                 .arg(InterfaceDates::numeric(entry.date));
        m_from->addItem(text, entry.sequence);
        m_to->addItem(text, entry.sequence);
    }
    m_to->addItem(tr("The current document"), 0);
    if (m_entries.isEmpty()) {
        m_diff->setRowCount(0);
        m_compareVerdict->setText(tr("Nothing to compare until a revision is published."));
        m_from->setEnabled(false);
        return;
    }
    m_from->setEnabled(true);
    m_from->setCurrentIndex(int(m_entries.size()) - 1);
    m_to->setCurrentIndex(m_to->count() - 1);
    compare(m_from->currentData().toInt(), 0);
}

const Policy *HistoryPage::documentOf(int sequence)
{
    if (sequence == 0)
        return &m_document->policy();
    if (const auto found = m_documents.constFind(sequence); found != m_documents.cend())
        return &*found;
    const auto entry = std::find_if(m_entries.cbegin(), m_entries.cend(),
                                    [sequence](const ArchiveEntry &e) { return e.sequence == sequence; });
    if (entry == m_entries.cend())
        return nullptr;
    const Expected<Policy> policy = PublicationArchive(m_document->filePath()).document(*entry);
    if (!policy) {
        m_compareVerdict->setText(policy.error());
        return nullptr;
    }
    return &*m_documents.insert(sequence, *policy);
}

void HistoryPage::compare(int fromSequence, int toSequence)
{
    m_diff->setRowCount(0);
    const Policy *before = documentOf(fromSequence);
    const Policy *after = documentOf(toSequence);
    if (!before || !after)
        return; // documentOf said why
    const QString language = Languages::ofInterface();
    const PolicyDiff::Result diff = PolicyDiff::compare(*before, *after);
    m_compareVerdict->setText(DiffReport::verdict(diff, language));
    const auto addRow = [&](const TwoLanguageText &text, const QString &was, const QString &is, bool consent,
                            const TwoLanguageText &reason) {
        const int row = m_diff->rowCount();
        m_diff->insertRow(row);
        m_diff->setItem(row, 0, new QTableWidgetItem(text.text(language)));
        m_diff->setItem(row, 1, new QTableWidgetItem(was));
        m_diff->setItem(row, 2, new QTableWidgetItem(is));
        auto *verdict = new QTableWidgetItem(consent ? reason.text(language) : QString());
        if (consent) {
            QFont font = verdict->font();
            font.setBold(true);
            verdict->setFont(font);
        }
        m_diff->setItem(row, 3, verdict);
    };
    for (const PolicyDiff::Change &change : diff.changes) {
        if (change.fields.isEmpty()) {
            addRow(change.text, {}, {}, change.requiresConsent, change.reason);
            continue;
        }
        for (const PolicyDiff::FieldChange &field : change.fields)
            addRow(field.text, DiffReport::valueText(field.field, field.before, language),
                   DiffReport::valueText(field.field, field.after, language), field.requiresConsent, field.reason);
    }
}

QWidget *HistoryPage::openRevision(int sequence)
{
    const auto entry = std::find_if(m_entries.cbegin(), m_entries.cend(),
                                    [sequence](const ArchiveEntry &e) { return e.sequence == sequence; });
    const Policy *published = entry == m_entries.cend() ? nullptr : documentOf(sequence);
    if (!published) {
        if (entry != m_entries.cend()) // documentOf put the reason on the page; say it where the user looks
            QMessageBox::warning(this, tr("Open This Revision"), m_compareVerdict->text());
        return nullptr;
    }
    auto *viewer = new RevisionViewer(*entry, *published,
                                      m_window ? m_window->editLanguage() : Languages::ofInterface(), this);
    viewer->setAttribute(Qt::WA_DeleteOnClose);
    viewer->show();
    return viewer;
}
