// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "charterimportdialog.h"

#include "document/cookiename.h"
#include "scan/pagefetcher.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QStyle>
#include <QThread>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <memory>
#include <optional>

namespace {

bool isAddress(const QString &source)
{
    static const QRegularExpression scheme(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*://"));
    return scheme.match(source.trimmed()).hasMatch();
}

} // namespace

CharterImportDialog::CharterImportDialog(const Policy &context, QWidget *parent)
    : QDialog(parent), m_context(context), m_fetcher(new PageFetcher(this)),
      m_sourceLabel(new QLabel(this)), m_source(new QLineEdit(this)),
      m_browse(new QPushButton(this)), m_load(new QPushButton(this)),
      m_progress(new QProgressBar(this)), m_cancelFetch(new QPushButton(this)),
      m_preview(new QTreeWidget(this)), m_status(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("charterImportDialog"));
    m_source->setObjectName(QStringLiteral("source"));
    m_load->setObjectName(QStringLiteral("load"));
    m_progress->setObjectName(QStringLiteral("progress"));
    m_cancelFetch->setObjectName(QStringLiteral("cancelFetch"));
    m_preview->setObjectName(QStringLiteral("preview"));
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_sourceLabel->setBuddy(m_source);
    m_preview->setColumnCount(2);
    m_preview->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_progress->setRange(0, 0);
    m_progress->hide();
    m_cancelFetch->hide();

    auto *sourceRow = new QHBoxLayout;
    sourceRow->addWidget(m_sourceLabel);
    sourceRow->addWidget(m_source, 1);
    sourceRow->addWidget(m_browse);
    sourceRow->addWidget(m_load);
    auto *fetchRow = new QHBoxLayout;
    fetchRow->addWidget(m_progress, 1);
    fetchRow->addWidget(m_cancelFetch);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(sourceRow);
    layout->addLayout(fetchRow);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    connect(m_browse, &QPushButton::clicked, this, &CharterImportDialog::browse);
    connect(m_load, &QPushButton::clicked, this, &CharterImportDialog::loadPreview);
    connect(m_source, &QLineEdit::returnPressed, this, &CharterImportDialog::loadPreview);
    connect(m_cancelFetch, &QPushButton::clicked, this, &CharterImportDialog::cancelFetch);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, [this] {
        cancelFetch();
        reject();
    });
    connect(m_fetcher, &PageFetcher::progress, this, [this](qint64 received, qint64 total) {
        if (total > 0) {
            m_progress->setRange(0, 1000);
            m_progress->setValue(int(received * 1000 / total));
        }
        m_status->setText(tr("%1 KiB received…").arg(received / 1024));
    });
    connect(m_fetcher, &PageFetcher::finished, this, [this](bool ok) {
        setFetching(false);
        if (!ok) {
            showResult(Expected<CharterImport>::failure(m_fetcher->errorString()));
            return;
        }
        CharterSource source;
        source.data = m_fetcher->page().body;
        source.name = m_fetcher->page().url.toString();
        source.contentType = m_fetcher->page().contentType;
        source.baseUrl = m_fetcher->page().url;
        readInBackground(
            [source, context = m_context] { return CharterImporter::import(source, context); });
    });

    retranslateUi();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    resize(760, 560);
}

CharterImportDialog::~CharterImportDialog() = default;

void CharterImportDialog::setSource(const QString &source)
{
    m_source->setText(source);
    loadPreview();
}

bool CharterImportDialog::isBusy() const
{
    return m_fetcher->isRunning() || m_reading;
}

void CharterImportDialog::readInBackground(std::function<Expected<CharterImport>()> job)
{
    // Parsing a large page takes a while; the dialog stays responsive meanwhile and
    // Stop abandons the result. The worker has its own copies of everything it reads.
    const int generation = ++m_generation;
    m_reading = true;
    setFetching(true);
    m_status->setText(tr("Reading the page…"));
    auto result = std::make_shared<std::optional<Expected<CharterImport>>>();
    QThread *thread = QThread::create([job = std::move(job), result] { *result = job(); });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    connect(thread, &QThread::finished, this, [this, result, generation] {
        if (generation != m_generation || !result->has_value())
            return;
        m_reading = false;
        setFetching(false);
        showResult(**result);
    });
    thread->start();
}

void CharterImportDialog::loadPreview()
{
    cancelFetch();
    // Until the new preview is there, nothing from the previous one can be imported.
    m_hasResult = false;
    m_result = {};
    m_preview->clear();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    const QString source = m_source->text().trimmed();
    if (source.isEmpty())
        return;
    if (isAddress(source)) {
        setFetching(true);
        m_status->setText(tr("Fetching %1…").arg(source));
        m_fetcher->fetch(QUrl::fromUserInput(source));
        return;
    }
    readInBackground(
        [source, context = m_context] { return CharterImporter::importFile(source, context); });
}

void CharterImportDialog::cancelFetch()
{
    if (m_fetcher->isRunning()) {
        m_fetcher->cancel(); // reports through finished(false)
    } else if (m_reading) {
        ++m_generation;
        m_reading = false;
        setFetching(false);
        showResult(Expected<CharterImport>::failure(m_source->text().trimmed() +
                                                    QStringLiteral(": ") + tr("cancelled")));
    }
}

void CharterImportDialog::setFetching(bool fetching)
{
    m_progress->setRange(0, 0);
    m_progress->setVisible(fetching);
    m_cancelFetch->setVisible(fetching);
    m_load->setEnabled(!fetching);
    m_browse->setEnabled(!fetching);
}

void CharterImportDialog::browse()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import a charter page"), QString(),
        tr("Web pages and text (*.html *.htm *.xhtml *.txt);;All files (*)"));
    if (!path.isEmpty())
        setSource(path);
}

void CharterImportDialog::showResult(const Expected<CharterImport> &imported)
{
    m_preview->clear();
    m_hasResult = imported.hasValue();
    if (!imported) {
        m_result = {};
        m_status->setText(tr("Nothing can be imported: %1").arg(imported.error()));
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
        emit previewReady(false);
        return;
    }
    m_result = *imported;
    const QString language = m_result.language;

    auto *sections =
        new QTreeWidgetItem(m_preview, {tr("Sections (%1)").arg(m_result.sections.size())});
    for (const CharterSection &section : std::as_const(m_result.sections)) {
        QString kind =
            section.kind == CharterSection::Kind::CookieTable
                ? (section.categoryId.isEmpty() ? tr("cookie table")
                                                : tr("cookie table: %1").arg(section.categoryId))
                : tr("text");
        auto *item = new QTreeWidgetItem(sections, {section.title.exact(language), kind});
        item->setToolTip(0, section.body.exact(language).left(500));
    }
    const InventoryImport &inventory = m_result.inventory;
    auto *cookies =
        new QTreeWidgetItem(m_preview, {tr("Cookies (%1)").arg(inventory.cookies.size())});
    for (const Cookie &cookie : inventory.cookies) {
        QString provider = cookie.providerId;
        for (const Provider &candidate : inventory.providers) {
            if (candidate.id == cookie.providerId)
                provider = candidate.name;
        }
        if (const Provider *known = m_context.provider(cookie.providerId))
            provider = known->name;
        QString detail = provider;
        if (!cookie.purpose.exact(language).isEmpty())
            detail += QStringLiteral(" — ") + cookie.purpose.exact(language);
        auto *item = new QTreeWidgetItem(cookies, {CookieName::display(cookie), detail});
        if (!cookie.unparsed.isEmpty()) {
            QStringList kept;
            for (auto it = cookie.unparsed.cbegin(); it != cookie.unparsed.cend(); ++it)
                kept << QStringLiteral("%1: \"%2\"").arg(it.key(), it.value());
            item->setToolTip(1, tr("To check: %1").arg(kept.join(QStringLiteral(", "))));
            item->setIcon(0, style()->standardIcon(QStyle::SP_MessageBoxWarning));
        }
    }
    m_preview->expandAll();

    QString status = tr("Language: %1 · Encoding: %2.").arg(language, m_result.encoding);
    if (!inventory.providers.isEmpty())
        status += u' ' + tr("%n new provider(s).", nullptr, int(inventory.providers.size()));
    if (inventory.flaggedCells > 0)
        status += u' ' + tr("%n cell(s) could not be read and will be marked to check.", nullptr,
                            inventory.flaggedCells);
    if (m_result.ignoredTables > 0)
        status += u' ' +
                  tr("%n table(s) that list no cookies left out.", nullptr, m_result.ignoredTables);
    m_status->setText(status);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
    emit previewReady(true);
}

void CharterImportDialog::retranslateUi()
{
    setWindowTitle(tr("Import a charter page"));
    m_sourceLabel->setText(tr("&File or address:"));
    m_source->setPlaceholderText(tr("cookies.html, charte.txt or https://example.org/cookies"));
    m_browse->setText(tr("&Browse…"));
    m_load->setText(tr("&Preview"));
    m_cancelFetch->setText(tr("&Stop"));
    m_preview->setHeaderLabels({tr("What will be imported"), tr("Details")});
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
}

void CharterImportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}
