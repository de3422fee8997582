// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "consentspage.h"

#include "interfacedates.h"

#include "consentchart.h"
#include "consentlog/consentexport.h"
#include "consentlog/consentstore.h"
#include "consentlog/consentverifier.h"
#include "format/filewriter.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QThread>
#include <QVBoxLayout>

#include <algorithm>

ConsentsPage::ConsentsPage(QWidget *parent) : QWidget(parent)
{
    m_store = new QLineEdit(this);
    m_store->setObjectName(QStringLiteral("consentStore"));
    m_store->setClearButtonEnabled(true);
    m_browse = new QPushButton(this);
    m_open = new QPushButton(this);
    m_open->setObjectName(QStringLiteral("openConsentStore"));
    m_open->setDefault(true);
    m_grouping = new QComboBox(this);
    m_grouping->setObjectName(QStringLiteral("consentGrouping"));
    m_grouping->addItem(QString(), int(ConsentStatistics::Grouping::Day));
    m_grouping->addItem(QString(), int(ConsentStatistics::Grouping::Week));
    m_grouping->setCurrentIndex(1);
    m_grouping->setSizeAdjustPolicy(QComboBox::AdjustToContents); // the texts come with the language
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("consentProgress"));
    m_progress->setRange(0, 0); // busy: queries do not know their length
    m_progress->setMaximumWidth(160);
    m_progress->hide();
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("cancelConsentQuery"));
    m_cancel->hide();
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("consentStatus"));
    m_status->setWordWrap(true);
    m_status->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_chartTitle = new QLabel(this);
    m_chart = new ConsentChart(this);
    m_chart->setObjectName(QStringLiteral("consentChart"));
    m_totals = new QLabel(this);
    m_totals->setObjectName(QStringLiteral("consentTotals"));
    m_totals->setWordWrap(true);
    m_totals->setMinimumHeight(2 * m_totals->fontMetrics().lineSpacing()); // the totals and the rates: two lines
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_consentId = new QLineEdit(this);
    m_consentId->setObjectName(QStringLiteral("consentId"));
    m_find = new QPushButton(this);
    m_find->setObjectName(QStringLiteral("findConsent"));
    m_history = new QPlainTextEdit(this);
    m_history->setObjectName(QStringLiteral("consentHistory"));
    m_history->setReadOnly(true);
    m_history->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_verify = new QPushButton(this);
    m_verify->setObjectName(QStringLiteral("verifyConsents"));
    m_verifyResult = new QLabel(this);
    m_verifyResult->setObjectName(QStringLiteral("verifyResult"));
    m_verifyResult->setWordWrap(true);
    m_verifyResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_export = new QPushButton(this);
    m_export->setObjectName(QStringLiteral("exportConsents"));

    auto *storeRow = new QHBoxLayout;
    storeRow->addWidget(m_store, 1);
    storeRow->addWidget(m_browse);
    storeRow->addWidget(m_grouping);
    storeRow->addWidget(m_open);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_progress);
    statusRow->addWidget(m_cancel);
    statusRow->addWidget(m_status, 1);

    auto *lookup = new QHBoxLayout;
    lookup->addWidget(m_consentId, 1);
    lookup->addWidget(m_find);
    auto *tools = new QHBoxLayout;
    tools->addWidget(m_verify);
    tools->addWidget(m_export);
    tools->addStretch(1);

    auto *bottom = new QVBoxLayout;
    bottom->addLayout(lookup);
    bottom->addWidget(m_history, 1);
    bottom->addLayout(tools);
    bottom->addWidget(m_verifyResult);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(storeRow);
    layout->addLayout(statusRow);
    layout->addWidget(m_chartTitle);
    layout->addWidget(m_chart, 3);
    layout->addWidget(m_totals);
    layout->addLayout(bottom, 2);

    connect(m_open, &QPushButton::clicked, this, &ConsentsPage::openStore);
    connect(m_store, &QLineEdit::returnPressed, this, &ConsentsPage::openStore);
    connect(m_grouping, &QComboBox::activated, this, [this] {
        if (!m_openedSpec.isEmpty())
            openStore();
    });
    connect(m_browse, &QPushButton::clicked, this, &ConsentsPage::chooseFile);
    connect(m_find, &QPushButton::clicked, this, &ConsentsPage::find);
    connect(m_consentId, &QLineEdit::returnPressed, this, &ConsentsPage::find);
    connect(m_verify, &QPushButton::clicked, this, &ConsentsPage::verify);
    connect(m_export, &QPushButton::clicked, this, &ConsentsPage::chooseExport);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_cancelled)
            *m_cancelled = true;
    });
    retranslateUi();
    setBusy(QString());
}

ConsentsPage::~ConsentsPage()
{
    if (m_worker) {
        *m_cancelled = true;
        m_worker->wait();
    }
}

QString ConsentsPage::storeSpec() const
{
    const QString text = m_store->text().trimmed();
    // A bare path is a SQLite file, as the Browse button fills it.
    if (!text.isEmpty() && !text.contains(QStringLiteral("://")) && !text.startsWith(QLatin1StringView("sqlite:")))
        return QStringLiteral("sqlite:") + text;
    return text;
}

void ConsentsPage::setStoreSpec(const QString &spec)
{
    m_store->setText(spec);
}

void ConsentsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        // The summary and totals were worded (and dated) in the previous language.
        if (!m_openedSpec.isEmpty() && !isBusy() && storeSpec() == m_openedSpec)
            openStore();
    }
    QWidget::changeEvent(event);
}

void ConsentsPage::retranslateUi()
{
    m_store->setPlaceholderText(tr("A SQLite file, or postgresql://user@host/database"));
    m_store->setAccessibleName(tr("Consent log store"));
    m_browse->setText(tr("Browse…"));
    m_open->setText(tr("Open"));
    m_grouping->setItemText(0, tr("By day"));
    m_grouping->setItemText(1, tr("By week"));
    m_grouping->setAccessibleName(tr("Period"));
    m_cancel->setText(tr("Cancel"));
    m_chartTitle->setText(tr("<b>Acceptance rate per category</b> (dashed: a new policy revision)"));
    m_chart->setEmptyText(tr("Open a consent log to see how visitors choose."));
    m_chart->setAccessibleName(tr("Acceptance rate per category over time"));
    m_consentId->setPlaceholderText(tr("Consent id, as the consent cookie holds it"));
    m_consentId->setAccessibleName(tr("Consent id"));
    m_find->setText(tr("Find"));
    m_history->setAccessibleName(tr("History of the consent id"));
    m_verify->setText(tr("Verify the chain"));
    m_export->setText(tr("Export…"));
    if (m_openedSpec.isEmpty() && !isBusy())
        m_status->setText(tr("The records that charte consent-log serve keeps (docs/consent-log.md)."));
}

void ConsentsPage::setBusy(const QString &what)
{
    const bool busy = !what.isEmpty();
    m_progress->setVisible(busy);
    m_progress->setRange(0, 0); // busy until a query says how far it is
    m_cancel->setVisible(busy);
    if (busy)
        m_status->setText(what);
    const bool opened = !m_openedSpec.isEmpty();
    m_open->setEnabled(!busy);
    m_grouping->setEnabled(!busy);
    m_find->setEnabled(!busy && opened);
    m_verify->setEnabled(!busy && opened);
    m_export->setEnabled(!busy && opened);
}

void ConsentsPage::showProgress(const QString &what, qint64 done, qint64 total)
{
    if (!m_worker || total <= 0)
        return; // the answer came first
    m_progress->setRange(0, 1000);
    m_progress->setValue(int(std::clamp<qint64>(done * 1000 / total, 0, 1000)));
    m_status->setText(tr("%1 %2 of %3 records").arg(what, QLocale().toString(done), QLocale().toString(total)));
}

void ConsentsPage::run(const QString &what, std::function<std::function<void()>(ConsentStore &)> job)
{
    if (m_worker)
        return;
    const QString spec = m_openedSpec.isEmpty() ? storeSpec() : m_openedSpec;
    m_cancelled = std::make_shared<std::atomic<bool>>(false);
    setBusy(what);
    QPointer<ConsentsPage> self(this);
    m_worker = QThread::create([self, spec, opener = m_opener, job = std::move(job)] {
        std::function<void()> done;
        Expected<std::unique_ptr<ConsentStore>> store =
            opener ? opener(spec) : ConsentStore::open(spec, ConsentStore::OpenMode::ExistingOnly);
        if (!store) {
            const QString error = store.error();
            done = [self, error] {
                self->m_openedSpec.clear();
                self->m_status->setText(tr("Cannot open the consent log: %1").arg(error));
            };
        } else {
            done = job(**store);
        }
        QMetaObject::invokeMethod(qApp, [self, done] {
            if (!self)
                return;
            self->m_worker->wait();
            delete self->m_worker;
            self->m_worker = nullptr;
            done();
            self->setBusy(QString());
            Q_EMIT self->finishedWork();
        }, Qt::QueuedConnection);
    });
    m_worker->start();
}

void ConsentsPage::openStore()
{
    const QString spec = storeSpec();
    if (spec.isEmpty()) {
        m_status->setText(tr("Give a SQLite file or a PostgreSQL address."));
        return;
    }
    m_openedSpec.clear();
    const auto grouping = ConsentStatistics::Grouping(m_grouping->currentData().toInt());
    m_openedSpec = spec;
    run(tr("Reading %1…").arg(spec), [this, grouping, spec](ConsentStore &store) -> std::function<void()> {
        // Nothing here reads the records: the statistics come from the daily tallies and
        // the count from the chain head (records are numbered without gaps; verify
        // says when a row was removed), so a log of ten million opens at once.
        const Expected<ConsentTallies> tallies = store.tallies();
        const Expected<ConsentStore::Head> head = store.head();
        const Expected<ConsentStore::Checkpoint> checkpoint = store.checkpoint();
        QPointer<ConsentsPage> self(this);
        if (!tallies || !head || !checkpoint) {
            const QString error = !tallies ? tallies.error() : !head ? head.error() : checkpoint.error();
            return [self, error] {
                self->m_openedSpec.clear();
                self->m_status->setText(error);
            };
        }
        const ConsentStatistics stats = ConsentStatistics::compute(*tallies, grouping);
        const qint64 count = head->sequence - checkpoint->sequence;
        QString summary = tr("%1: %n record(s)", nullptr, int(std::min<qint64>(count, INT_MAX))).arg(store.location().display());
        if (checkpoint->sequence > 0)
            summary += tr("; records received before %1 were removed by retention")
                           .arg(InterfaceDates::numeric(checkpoint->before.date()));
        return [self, stats, summary] { self->showStatistics(stats, summary); };
    });
    if (!m_worker)
        m_openedSpec.clear();
}

void ConsentsPage::showStatistics(const ConsentStatistics &statistics, const QString &summary)
{
    m_status->setText(summary);
    m_chart->setStatistics(statistics);
    const ConsentStatistics::Bucket &total = statistics.total();
    const auto share = [&](qint64 part) {
        return total.choices > 0 ? Languages::interfaceLocale().toString(100.0 * double(part) / double(total.choices), 'f', 1) : QStringLiteral("–");
    };
    QStringList categories;
    for (const QString &id : statistics.categories()) {
        const double rate = total.acceptance(id);
        categories << tr("%1 %2 %").arg(id, rate < 0 ? QStringLiteral("–") : Languages::interfaceLocale().toString(rate * 100.0, 'f', 1));
    }
    m_totals->setText(
        tr("<b>%n choice(s)</b>: accept all %1 %, reject all %2 %, custom %3 %, closed %4 %; Global Privacy Control %5 %."
           "<br>Accepted: %6.",
           nullptr, int(std::min<qint64>(total.choices, INT_MAX)))
            .arg(share(total.methods.value(QStringLiteral("accept-all"))), share(total.methods.value(QStringLiteral("reject-all"))),
                 share(total.methods.value(QStringLiteral("custom"))), share(total.methods.value(QStringLiteral("close"))),
                 share(total.gpc), categories.isEmpty() ? tr("no category yet") : categories.join(QStringLiteral(", ")).toHtmlEscaped()));
}

void ConsentsPage::find()
{
    const QString id = m_consentId->text().trimmed();
    if (id.isEmpty() || m_openedSpec.isEmpty())
        return;
    run(tr("Looking up %1…").arg(id), [this, id](ConsentStore &store) -> std::function<void()> {
        const Expected<QList<ConsentRecord>> records = store.find(id);
        QPointer<ConsentsPage> self(this);
        if (!records) {
            const QString error = records.error();
            return [self, error] { self->m_history->setPlainText(error); };
        }
        const QString text = records->isEmpty() ? tr("No record of consent id \"%1\".").arg(id) : ConsentExport::text(*records);
        const qsizetype n = records->size();
        return [self, text, n] {
            self->m_history->setPlainText(text);
            self->m_status->setText(tr("%n record(s) for this consent id.", nullptr, int(n)));
        };
    });
}

void ConsentsPage::verify()
{
    if (m_openedSpec.isEmpty())
        return;
    run(tr("Verifying the chain…"), [this](ConsentStore &store) -> std::function<void()> {
        const std::shared_ptr<std::atomic<bool>> flag = m_cancelled;
        QPointer<ConsentsPage> self(this);
        QElapsedTimer sinceShown;
        const Expected<ConsentVerifier::Result> result =
            ConsentVerifier::verify(store, [flag, self, &sinceShown](qint64 done, qint64 total) {
                // Two updates a second reach the GUI thread, not one per thousand records:
                // each relays out the status line, and at ten a second a verify of ten
                // million records cost the GUI thread 2 % of its time (bench_consentspage).
                if (!sinceShown.isValid() || sinceShown.elapsed() >= 500) {
                    sinceShown.start();
                    QMetaObject::invokeMethod(qApp, [self, done, total] {
                        if (self)
                            self->showProgress(tr("Verifying the chain…"), done, total);
                    }, Qt::QueuedConnection);
                }
                return !*flag;
            });
        QString text;
        if (!result)
            text = result.error();
        else if (result->intact)
            text = tr("Intact: %n record(s) chained; head record %1, hash %2.", nullptr, int(std::min<qint64>(result->checked, INT_MAX)))
                       .arg(result->head.sequence)
                       .arg(result->head.hash);
        else if (*flag)
            text = tr("Verification cancelled after %n record(s).", nullptr, int(std::min<qint64>(result->checked, INT_MAX)));
        else
            text = tr("Broken: %1").arg(result->problem);
        const bool intact = result && result->intact;
        return [self, text, intact] {
            self->m_verifyResult->setText(text);
            self->m_verifyResult->setProperty("intact", intact);
            self->m_status->setText(intact ? tr("The chain is intact.") : tr("The chain is not intact."));
        };
    });
}

void ConsentsPage::exportRecords(const QString &path)
{
    if (m_openedSpec.isEmpty() || path.isEmpty())
        return;
    const auto format = path.endsWith(QLatin1StringView(".csv"), Qt::CaseInsensitive) ? ConsentExport::Format::Csv
                                                                                       : ConsentExport::Format::Json;
    run(tr("Exporting to %1…").arg(path), [this, path, format](ConsentStore &store) -> std::function<void()> {
        qint64 count = 0;
        const Status written = FileWriter::write(path, [&](const FileWriter::Sink &sink) {
            return ConsentExport::write(store, QDateTime(), QDateTime(), format, sink, &count);
        });
        QPointer<ConsentsPage> self(this);
        const QString text = written ? tr("%n record(s) exported to %1.", nullptr, int(std::min<qint64>(count, INT_MAX))).arg(path)
                                     : written.error;
        return [self, text] { self->m_status->setText(text); };
    });
}

void ConsentsPage::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a consent log"), QString(),
                                                      tr("SQLite consent logs (*.db *.sqlite);;All files (*)"));
    if (path.isEmpty())
        return;
    m_store->setText(path);
    openStore();
}

void ConsentsPage::chooseExport()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the consent records"), QStringLiteral("consents.csv"),
                                                      tr("CSV (*.csv);;JSON (*.json)"));
    exportRecords(path);
}
