// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "exportdialog.h"

#include "exportguard.h"

#include "languagename.h"

#include "export/bannerexporter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

ExportDialog::ExportDialog(const Policy &policy, const QString &documentPath, QWidget *parent)
    : QDialog(parent), m_policy(policy), m_documentPath(documentPath),
      m_documentDirectory(documentPath.isEmpty() ? QDir::homePath()
                                                 : QFileInfo(documentPath).absolutePath()),
      m_formatList(new QListWidget(this)), m_descriptionLabel(new QLabel(this)),
      m_languageLabel(new QLabel(this)), m_languageCombo(new QComboBox(this)),
      m_outputLabel(new QLabel(this)), m_outputEdit(new QLineEdit(this)),
      m_browseButton(new QPushButton(this)), m_manageOnly(new QCheckBox(this)),
      m_warningsLabel(new QLabel(this)),
      m_warningsList(new QListWidget(this)), m_statusLabel(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this)),
      m_exportButton(m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole)),
      m_openButton(m_buttons->addButton(QString(), QDialogButtonBox::ActionRole)),
      m_showButton(m_buttons->addButton(QString(), QDialogButtonBox::ActionRole))
{
    setObjectName(QStringLiteral("exportDialog"));
    m_formatList->setObjectName(QStringLiteral("formatList"));
    m_descriptionLabel->setObjectName(QStringLiteral("descriptionLabel"));
    m_languageCombo->setObjectName(QStringLiteral("languageCombo"));
    m_outputEdit->setObjectName(QStringLiteral("outputEdit"));
    m_browseButton->setObjectName(QStringLiteral("browseButton"));
    m_warningsList->setObjectName(QStringLiteral("warningsList"));
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_manageOnly->setObjectName(QStringLiteral("manageOnlyCheck"));
    m_manageOnly->hide();
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_openButton->setObjectName(QStringLiteral("openExportButton"));
    m_showButton->setObjectName(QStringLiteral("showExportInFolderButton"));
    // Offered once something is written.
    m_openButton->setEnabled(false);
    m_showButton->setEnabled(false);

    m_descriptionLabel->setWordWrap(true);
    m_statusLabel->setWordWrap(true);
    m_warningsList->setWordWrap(true);
    m_warningsList->setSelectionMode(QAbstractItemView::NoSelection);
    m_languageLabel->setBuddy(m_languageCombo);
    m_outputLabel->setBuddy(m_outputEdit);
    m_warningsLabel->setBuddy(m_warningsList);

    for (const ExportFormat &format : ExportFormats::all()) {
        auto *item = new QListWidgetItem(m_formatList);
        item->setData(Qt::UserRole, format.id);
    }
    for (const QString &code : m_policy.meta.languages) {
        // Each language in its own name ("français (fr)"), whatever the interface language.
        m_languageCombo->addItem(languageDisplayName(code), code);
    }
    m_languageCombo->setCurrentIndex(
        qMax(0, m_languageCombo->findData(m_policy.meta.defaultLanguage)));

    auto *outputRow = new QHBoxLayout;
    outputRow->addWidget(m_outputEdit, 1);
    outputRow->addWidget(m_browseButton);
    auto *form = new QFormLayout;
    form->addRow(m_languageLabel, m_languageCombo);
    form->addRow(m_outputLabel, outputRow);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_formatList, 1);
    layout->addWidget(m_descriptionLabel);
    layout->addLayout(form);
    layout->addWidget(m_manageOnly);
    layout->addWidget(m_warningsLabel);
    layout->addWidget(m_warningsList, 1);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_buttons);

    connect(m_formatList, &QListWidget::currentRowChanged, this, &ExportDialog::formatChanged);
    connect(m_languageCombo, &QComboBox::currentIndexChanged, this, &ExportDialog::refreshWarnings);
    connect(m_outputEdit, &QLineEdit::textChanged, this, &ExportDialog::refreshWarnings);
    connect(m_manageOnly, &QCheckBox::toggled, this, &ExportDialog::refreshWarnings);
    connect(m_browseButton, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_exportButton, &QPushButton::clicked, this, &ExportDialog::exportNow);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_openButton, &QPushButton::clicked, this, [this] { ExportGuard::openFile(m_writtenPath); });
    connect(m_showButton, &QPushButton::clicked, this, [this] { ExportGuard::showInFolder(m_writtenPath); });

    retranslateUi();
    m_formatList->setCurrentRow(0);
    resize(560, 560);
}

const ExportFormat *ExportDialog::currentFormat() const
{
    const QListWidgetItem *item = m_formatList->currentItem();
    return item ? ExportFormats::find(item->data(Qt::UserRole).toString()) : nullptr;
}

QString ExportDialog::selectedFormat() const
{
    const ExportFormat *format = currentFormat();
    return format ? format->id : QString();
}

void ExportDialog::selectFormat(const QString &id)
{
    for (int row = 0; row < m_formatList->count(); ++row) {
        if (m_formatList->item(row)->data(Qt::UserRole).toString() == id)
            m_formatList->setCurrentRow(row);
    }
}

QString ExportDialog::language() const
{
    return m_languageCombo->currentData().toString();
}

void ExportDialog::setLanguage(const QString &language)
{
    const int index = m_languageCombo->findData(language);
    if (index >= 0)
        m_languageCombo->setCurrentIndex(index);
}

QString ExportDialog::outputPath() const
{
    return m_outputEdit->text().trimmed();
}

void ExportDialog::setOutputPath(const QString &path)
{
    m_outputEdit->setText(path);
}

ExportOptions ExportDialog::options() const
{
    ExportOptions result;
    result.language = language();
    result.outputName = QFileInfo(outputPath()).fileName();
    result.manageOnly = !m_manageOnly->isHidden() && m_manageOnly->isChecked();
    return result;
}

void ExportDialog::formatChanged()
{
    const ExportFormat *format = currentFormat();
    if (!format)
        return;
    m_descriptionLabel->setText(format->translatedDescription());
    m_manageOnly->setHidden(format->id != QLatin1StringView("banner") ||
                            BannerExporter::hasAnythingToAsk(m_policy));
    // Suggest the format's own name next to the document, keeping a folder the user chose.
    const QString folder =
        outputPath().isEmpty() ? m_documentDirectory : QFileInfo(outputPath()).absolutePath();
    m_outputEdit->setText(QDir(folder).filePath(ExportGuard::proposedName(m_documentPath, format->defaultFileName)));
    m_statusLabel->clear();
    refreshWarnings();
}

// A trial run tells what the target cannot express before anything is written.
void ExportDialog::refreshWarnings()
{
    const ExportFormat *format = currentFormat();
    m_warnings.clear();
    if (format) {
        const Expected<ExportResult> result = format->run(m_policy, options());
        m_warnings = result ? result->warnings : QStringList{result.error()};
    }
    m_exportButton->setEnabled(format && !outputPath().isEmpty());
    showWarnings();
}

void ExportDialog::showWarnings()
{
    m_warningsList->clear();
    if (m_warnings.isEmpty())
        m_warningsList->addItem(tr("Everything in the document carries over."));
    else
        m_warningsList->addItems(m_warnings);
}

void ExportDialog::browse()
{
    const ExportFormat *format = currentFormat();
    if (!format)
        return;
    QString chosen;
    if (format->output == ExportFormat::Output::Folder)
        chosen = QFileDialog::getExistingDirectory(this, tr("Export to Folder"), outputPath());
    else
        chosen = QFileDialog::getSaveFileName(this, tr("Export to File"), outputPath());
    if (!chosen.isEmpty())
        m_outputEdit->setText(chosen);
}

bool ExportDialog::exportNow()
{
    const ExportFormat *format = currentFormat();
    const QString path = outputPath();
    if (!format || path.isEmpty())
        return false;
    if (!ExportGuard::confirmDespiteErrors(this, m_policy)) {
        m_statusLabel->setText(tr("Not exported: the document has errors (see the Issues panel)."));
        return false;
    }
    const Expected<ExportResult> result = format->run(m_policy, options());
    if (!result) {
        m_statusLabel->setText(tr("Export failed: %1").arg(result.error()));
        return false;
    }
    m_warnings = result->warnings;
    showWarnings();
    const Status written = ExportFormats::write(*format, *result, path);
    if (!written) {
        m_statusLabel->setText(tr("Export failed: %1").arg(written.error));
        return false;
    }
    m_statusLabel->setText(m_warnings.isEmpty()
                               ? tr("Exported to %1.").arg(QDir::toNativeSeparators(path))
                               : tr("Exported to %1, with %n warning(s) listed above.", nullptr,
                                    int(m_warnings.size()))
                                     .arg(QDir::toNativeSeparators(path)));
    m_writtenPath = path;
    m_openButton->setEnabled(format->output != ExportFormat::Output::Folder);
    m_showButton->setEnabled(true);
    emit exported(path);
    return true;
}

void ExportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ExportDialog::retranslateUi()
{
    setWindowTitle(tr("Export"));
    for (int row = 0; row < m_formatList->count(); ++row) {
        QListWidgetItem *item = m_formatList->item(row);
        const ExportFormat *format = ExportFormats::find(item->data(Qt::UserRole).toString());
        item->setText(format->translatedTitle());
        item->setToolTip(format->translatedDescription());
    }
    if (const ExportFormat *format = currentFormat())
        m_descriptionLabel->setText(format->translatedDescription());
    m_formatList->setAccessibleName(tr("Export formats"));
    m_languageLabel->setText(tr("&Language:"));
    m_outputLabel->setText(tr("&Write to:"));
    m_browseButton->setText(tr("&Browse…"));
    m_manageOnly->setText(tr("No cookie needs consent: export only the “manage cookies” entry point"));
    m_warningsLabel->setText(tr("What this format cannot express:"));
    m_exportButton->setText(tr("&Export"));
    m_openButton->setText(tr("&Open"));
    m_showButton->setText(tr("Show in &Folder"));
}
