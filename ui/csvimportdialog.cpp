// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "csvimportdialog.h"

#include "document/cookiename.h"
#include "document/languages.h"
#include "import/csvinventory.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

enum MappingColumn { SourceHeader, SourceSample, TargetField, MappingColumnCount };
enum PreviewColumn {
    PreviewName,
    PreviewProvider,
    PreviewService,
    PreviewPurpose,
    PreviewCategory,
    PreviewLifetime,
    PreviewProblems,
    PreviewColumnCount
};

// Cookie::unparsed is keyed by JSON member; the user reads the field's name.
QString fieldName(const QString &key)
{
    for (const InventoryField field : InventoryFields::all()) {
        if (InventoryFields::key(field) == key)
            return InventoryFields::translatedName(field);
    }
    return key;
}

// A file of many thousand rows lists a sample of each kind of change; the counts
// in the summary and the group titles stay whole.
constexpr int ChangesListed = 200;

QString changeFieldName(const InventoryUpdate::FieldChange &change)
{
    QString name = InventoryFields::translatedName(change.field);
    if (!change.language.isEmpty())
        name += QStringLiteral(" (") + change.language + u')';
    return name;
}

} // namespace

CsvImportDialog::CsvImportDialog(const Policy &context, QWidget *parent)
    : QDialog(parent), m_context(context), m_detected(new QLabel(this)),
      m_hasHeader(new QCheckBox(this)), m_languageLabel(new QLabel(this)),
      m_language(new QComboBox(this)), m_modeLabel(new QLabel(this)), m_mode(new QComboBox(this)),
      m_mappingLabel(new QLabel(this)), m_columns(new QTableWidget(0, MappingColumnCount, this)),
      m_previewLabel(new QLabel(this)), m_previewTabs(new QTabWidget(this)),
      m_preview(new QTableWidget(0, PreviewColumnCount, this)), m_changes(new QTreeWidget(this)),
      m_summary(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("csvImportDialog"));
    m_detected->setObjectName(QStringLiteral("detected"));
    m_hasHeader->setObjectName(QStringLiteral("hasHeader"));
    m_language->setObjectName(QStringLiteral("language"));
    m_columns->setObjectName(QStringLiteral("columns"));
    m_preview->setObjectName(QStringLiteral("preview"));
    m_mode->setObjectName(QStringLiteral("importMode"));
    m_previewTabs->setObjectName(QStringLiteral("previewTabs"));
    m_changes->setObjectName(QStringLiteral("changes"));
    m_modeLabel->setBuddy(m_mode);
    m_changes->setColumnCount(3);
    m_changes->setUniformRowHeights(true);
    m_changes->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_changes->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_changes->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_changes->header()->setStretchLastSection(true);
    for (const InventoryUpdate::Mode mode : {InventoryUpdate::Mode::UpdateAndAdd,
                                             InventoryUpdate::Mode::AddNew,
                                             InventoryUpdate::Mode::Replace})
        m_mode->addItem(QString(), int(mode));
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_languageLabel->setBuddy(m_language);
    m_mappingLabel->setBuddy(m_columns);
    m_previewLabel->setBuddy(m_previewTabs);

    m_columns->verticalHeader()->hide();
    m_columns->horizontalHeader()->setSectionResizeMode(SourceSample, QHeaderView::Stretch);
    m_columns->setSelectionMode(QAbstractItemView::NoSelection);
    m_preview->verticalHeader()->hide();
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->horizontalHeader()->setSectionResizeMode(PreviewPurpose, QHeaderView::Stretch);

    QStringList languages = m_context.meta.languages;
    for (const QString &language : {QStringLiteral("fr"), QStringLiteral("en")}) {
        if (!languages.contains(language))
            languages << language;
    }
    for (const QString &language : std::as_const(languages))
        m_language->addItem(language, language);

    auto *options = new QFormLayout;
    options->addRow(m_detected);
    options->addRow(m_hasHeader);
    options->addRow(m_languageLabel, m_language);
    // Only a document with cookies has cookies a file can name again.
    options->addRow(m_modeLabel, m_mode);
    m_modeLabel->setVisible(!m_context.cookies.isEmpty());
    m_mode->setVisible(!m_context.cookies.isEmpty());
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(options);
    layout->addWidget(m_mappingLabel);
    layout->addWidget(m_columns, 2);
    layout->addWidget(m_previewLabel);
    m_previewTabs->addTab(m_preview, QString());
    m_previewTabs->addTab(m_changes, QString());
    layout->addWidget(m_previewTabs, 3);
    layout->addWidget(m_summary);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_hasHeader, &QCheckBox::toggled, this, [this](bool checked) {
        m_mapping.hasHeader = checked;
        rebuildMappingTable();
        updatePreview();
    });
    connect(m_mode, &QComboBox::currentIndexChanged, this, &CsvImportDialog::updatePreview);
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        m_mapping.language = m_language->currentData().toString();
        rebuildMappingTable(); // the untagged localized entries name the language
        updatePreview();
    });

    retranslateUi();
    resize(900, 640);
}

Status CsvImportDialog::openFile(const QString &path)
{
    const Expected<CsvTable> table = CsvReader::readFile(path);
    if (!table)
        return Status::failure(table.error());
    setTable(*table, path);
    return Status::success();
}

void CsvImportDialog::setTable(const CsvTable &table, const QString &sourceName)
{
    m_table = table;
    m_sourceName = sourceName;
    setMapping(InventoryMapping::detect(table.rows, m_context.meta.defaultLanguage));
}

void CsvImportDialog::setMapping(const InventoryMapping &mapping)
{
    m_mapping = mapping;
    qsizetype width = 0;
    for (const QStringList &row : std::as_const(m_table.rows))
        width = std::max(width, row.size());
    while (m_mapping.columns.size() < width)
        m_mapping.columns << ColumnMapping{};
    if (m_language->findData(m_mapping.language) < 0)
        m_language->addItem(m_mapping.language, m_mapping.language);
    {
        const QSignalBlocker blockHeader(m_hasHeader);
        const QSignalBlocker blockLanguage(m_language);
        m_hasHeader->setChecked(m_mapping.hasHeader);
        m_language->setCurrentIndex(m_language->findData(m_mapping.language));
    }
    retranslateUi();
    rebuildMappingTable();
    updatePreview();
}

bool CsvImportDialog::canImport() const
{
    return m_error.isEmpty() && !m_result.cookies.isEmpty() && !m_update.changesNothing();
}

InventoryUpdate::Mode CsvImportDialog::mode() const
{
    return InventoryUpdate::Mode(m_mode->currentData().toInt());
}

void CsvImportDialog::setMode(InventoryUpdate::Mode mode)
{
    m_mode->setCurrentIndex(m_mode->findData(int(mode)));
}

QString CsvImportDialog::delimiterName() const
{
    if (m_table.delimiter == u';')
        return tr("semicolon (;)");
    if (m_table.delimiter == u'\t')
        return tr("tab");
    return tr("comma (,)");
}

void CsvImportDialog::fillFieldCombo(QComboBox *combo, const ColumnMapping &current)
{
    combo->clear();
    for (qsizetype i = 0; i < m_choices.size(); ++i) {
        const ColumnMapping &choice = m_choices.at(i);
        QString label = InventoryFields::translatedName(choice.field);
        if (InventoryFields::isLocalized(choice.field))
            label += QStringLiteral(" (") + choice.language + u')';
        combo->addItem(label, int(i));
        if (choice.field == current.field &&
            (choice.language == current.language ||
             (current.language.isEmpty() && choice.language == m_mapping.language)))
            combo->setCurrentIndex(combo->count() - 1);
    }
}

void CsvImportDialog::rebuildMappingTable()
{
    // Localized fields are offered once per language the import may write.
    QStringList languages;
    for (int i = 0; i < m_language->count(); ++i)
        languages << m_language->itemData(i).toString();
    for (const ColumnMapping &column : std::as_const(m_mapping.columns)) {
        if (!column.language.isEmpty() && !languages.contains(column.language))
            languages << column.language;
    }
    m_choices = {ColumnMapping{}};
    for (const InventoryField field : InventoryFields::all()) {
        if (!InventoryFields::isLocalized(field)) {
            m_choices << ColumnMapping{field, {}};
            continue;
        }
        for (const QString &language : std::as_const(languages))
            m_choices << ColumnMapping{field, language};
    }

    const QStringList header =
        m_mapping.hasHeader ? m_table.rows.value(m_mapping.headerRow) : QStringList();
    const QStringList sample =
        m_table.rows.value(m_mapping.hasHeader ? m_mapping.headerRow + 1 : 0);
    m_columns->setRowCount(int(m_mapping.columns.size()));
    for (int row = 0; row < m_mapping.columns.size(); ++row) {
        const QString name = m_mapping.hasHeader ? header.value(row) : tr("Column %1").arg(row + 1);
        auto *headerItem = new QTableWidgetItem(name);
        headerItem->setFlags(Qt::ItemIsEnabled);
        m_columns->setItem(row, SourceHeader, headerItem);
        auto *sampleItem = new QTableWidgetItem(sample.value(row).simplified());
        sampleItem->setFlags(Qt::ItemIsEnabled);
        m_columns->setItem(row, SourceSample, sampleItem);

        auto *combo = new QComboBox(m_columns);
        combo->setObjectName(QStringLiteral("field%1").arg(row));
        combo->setAccessibleName(tr("Field for column \"%1\"").arg(name));
        fillFieldCombo(combo, m_mapping.columns.at(row));
        connect(combo, &QComboBox::activated, this, [this, row, combo] {
            const ColumnMapping choice = m_choices.value(combo->currentData().toInt());
            // An untagged localized column follows the language selector.
            m_mapping.columns[row] = {
                choice.field, choice.language == m_mapping.language ? QString() : choice.language};
            updatePreview();
        });
        m_columns->setCellWidget(row, TargetField, combo);
    }
    m_columns->resizeColumnToContents(SourceHeader);
    m_columns->resizeColumnToContents(TargetField);
}

void CsvImportDialog::updatePreview()
{
    m_error.clear();
    const Expected<InventoryImport> imported =
        CsvInventory::import(m_table, m_mapping, m_context, m_sourceName);
    if (imported) {
        m_result = *imported;
    } else {
        m_result = {};
        m_error = tr("Choose which column holds the cookie names.");
    }

    const QString language = m_mapping.language;
    const int shown = int(std::min<qsizetype>(m_result.cookies.size(), PreviewRows));
    m_preview->setRowCount(shown);
    const auto providerName = [this](const QString &id) {
        if (const Provider *provider = m_context.provider(id))
            return provider->name;
        for (const Provider &provider : std::as_const(m_result.providers)) {
            if (provider.id == id)
                return provider.name;
        }
        return id;
    };
    for (int row = 0; row < shown; ++row) {
        const Cookie &cookie = m_result.cookies.at(row);
        QStringList problems;
        for (auto it = cookie.unparsed.cbegin(); it != cookie.unparsed.cend(); ++it)
            problems << tr("%1: \"%2\"").arg(fieldName(it.key()), it.value());
        const QStringList cells = {
            CookieName::display(cookie),
            providerName(cookie.providerId),
            cookie.service.value(language, m_context.meta.defaultLanguage),
            cookie.purpose.value(language, m_context.meta.defaultLanguage),
            cookie.categoryId,
            cookie.lifetime ? cookie.lifetime->format(language) : QString(),
            problems.join(QStringLiteral("; ")),
        };
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (column == PreviewProblems && !problems.isEmpty())
                item->setToolTip(
                    tr("Imported empty; the original text is kept so it can be fixed."));
            m_preview->setItem(row, column, item);
        }
    }

    m_update = InventoryUpdate::plan(m_context, m_result, mode(), Languages::ofInterface());
    fillChanges();
    m_summary->setText(m_error.isEmpty() ? summaryText() : m_error);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(canImport());
}

QString CsvImportDialog::summaryText() const
{
    QString summary;
    if (m_context.cookies.isEmpty()) {
        summary = tr("%n cookie(s) will be imported", nullptr, int(m_update.added().size()));
    } else {
        summary = m_update.summary() + QStringLiteral(", ") +
                  tr("%n unchanged", nullptr, m_update.unchangedCount());
    }
    const auto countUsed = [](const auto &imported, const auto &after) {
        int used = 0;
        for (const auto &item : imported)
            used += std::any_of(after.cbegin(), after.cend(),
                                [&](const auto &kept) { return kept.id == item.id; });
        return used;
    };
    const int providers = countUsed(m_result.providers, m_update.providers());
    const int categories = countUsed(m_result.categories, m_update.categories());
    if (providers > 0)
        summary += QStringLiteral(", ") + tr("%n new provider(s)", nullptr, providers);
    if (categories > 0)
        summary += QStringLiteral(", ") + tr("%n new category(ies)", nullptr, categories);
    summary += u'.';
    if (m_update.changesNothing() && !m_result.cookies.isEmpty())
        summary += u' ' + tr("The document already holds what this file says: nothing to import.");
    if (m_result.flaggedCells > 0)
        summary += u' ' + tr("%n cell(s) could not be read and will be marked to check.",
                             nullptr, m_result.flaggedCells);
    if (m_update.repeatedRows() > 0)
        summary += u' ' + tr("%n row(s) name a cookie an earlier row names (same name and domain) "
                             "and complete it.",
                             nullptr, m_update.repeatedRows());
    if (!m_result.rowsWithoutName.isEmpty())
        summary += u' ' + tr("%n row(s) name no cookie and are left out.", nullptr,
                             int(m_result.rowsWithoutName.size()));
    if (!m_update.ambiguous().isEmpty()) {
        QStringList names;
        for (const InventoryUpdate::Ambiguity &row : m_update.ambiguous())
            names << QStringLiteral("%1 (%2)").arg(row.name).arg(row.line);
        summary += u' ' + tr("%n row(s) state no domain while the document has several cookies "
                             "of their name, and are left out: %1.",
                             nullptr, int(names.size()))
                              .arg(names.join(QStringLiteral(", ")));
    }
    return summary;
}

void CsvImportDialog::fillChanges()
{
    m_changes->clear();
    const auto group = [this](const QString &title, qsizetype count) {
        auto *item = new QTreeWidgetItem(m_changes, {title.arg(count)});
        QFont bold = item->font(0);
        bold.setBold(true);
        item->setFont(0, bold);
        item->setExpanded(true);
        return item;
    };
    const auto more = [](QTreeWidgetItem *parent, qsizetype total) {
        if (total > ChangesListed)
            new QTreeWidgetItem(parent, {tr("… and %n more", nullptr, int(total - ChangesListed))});
    };
    const QList<InventoryUpdate::CookieChange> &changed = m_update.changed();
    if (!changed.isEmpty()) {
        QTreeWidgetItem *changedGroup = group(tr("Changed (%1)"), changed.size());
        for (qsizetype i = 0; i < std::min<qsizetype>(changed.size(), ChangesListed); ++i) {
            const InventoryUpdate::CookieChange &change = changed.at(i);
            auto *cookie = new QTreeWidgetItem(changedGroup, {CookieName::displayWithDomain(change.after)});
            cookie->setToolTip(0, tr("Line %1 of the file").arg(change.line));
            for (const InventoryUpdate::FieldChange &field : change.changes) {
                auto *item = new QTreeWidgetItem(cookie, {changeFieldName(field), field.before, field.after});
                // A purpose is longer than its column: the whole text on hovering.
                item->setToolTip(1, field.before);
                item->setToolTip(2, field.after);
            }
            for (const InventoryUpdate::FieldChange &field : change.unread)
                new QTreeWidgetItem(cookie, {changeFieldName(field), field.before,
                                             tr("\"%1\" could not be read; kept").arg(field.after)});
            cookie->setExpanded(i < 20);
        }
        more(changedGroup, changed.size());
    }
    const QList<Cookie> &added = m_update.added();
    if (!added.isEmpty()) {
        QTreeWidgetItem *addedGroup = group(tr("Added (%1)"), added.size());
        for (qsizetype i = 0; i < std::min<qsizetype>(added.size(), ChangesListed); ++i)
            new QTreeWidgetItem(addedGroup, {CookieName::displayWithDomain(added.at(i)), QString(), tr("added")});
        more(addedGroup, added.size());
    }
    const QList<Cookie> &removed = m_update.removed();
    if (!removed.isEmpty()) {
        QTreeWidgetItem *removedGroup = group(tr("Removed (%1)"), removed.size());
        for (qsizetype i = 0; i < std::min<qsizetype>(removed.size(), ChangesListed); ++i)
            new QTreeWidgetItem(removedGroup, {CookieName::displayWithDomain(removed.at(i)), tr("listed"), tr("removed")});
        more(removedGroup, removed.size());
    }
    const QList<InventoryUpdate::CookieChange> &unread = m_update.unreadOnly();
    if (!unread.isEmpty()) {
        QTreeWidgetItem *unreadGroup = group(tr("Unchanged, with cells that could not be read (%1)"),
                                             unread.size());
        for (qsizetype i = 0; i < std::min<qsizetype>(unread.size(), ChangesListed); ++i) {
            auto *cookie = new QTreeWidgetItem(unreadGroup, {CookieName::displayWithDomain(unread.at(i).after)});
            for (const InventoryUpdate::FieldChange &field : unread.at(i).unread)
                new QTreeWidgetItem(cookie, {changeFieldName(field), field.before,
                                             tr("\"%1\" could not be read; kept").arg(field.after)});
            cookie->setExpanded(true);
        }
        more(unreadGroup, unread.size());
    }
    if (m_changes->topLevelItemCount() == 0)
        new QTreeWidgetItem(m_changes, {tr("No change: every cookie of the file is already in the "
                                           "document as the file describes it.")});
    const qsizetype count = changed.size() + added.size() + removed.size();
    m_previewTabs->setTabText(1, tr("C&hanges (%1)").arg(count));
}

void CsvImportDialog::retranslateUi()
{
    setWindowTitle(tr("Import a CSV inventory"));
    if (m_table.rows.isEmpty()) {
        m_detected->clear();
    } else {
        m_detected->setText(
            tr("Delimiter: %1 · Encoding: %2 · %n row(s)", nullptr, int(m_table.rows.size()))
                .arg(delimiterName(), m_table.encoding));
    }
    m_hasHeader->setText(tr("The first row names the columns"));
    m_languageLabel->setText(tr("&Language of the texts:"));
    m_mappingLabel->setText(tr("&Columns (choose the field each one holds):"));
    m_previewLabel->setText(tr("&Preview:"));
    m_modeLabel->setText(tr("Cookies already in the &document:"));
    m_mode->setItemText(0, tr("Update them with the file's values, add the new ones"));
    m_mode->setItemText(1, tr("Leave them as they are, add only the new ones"));
    m_mode->setItemText(2, tr("Update them, add the new ones, remove those the file does not list"));
    m_mode->setToolTip(tr("A cookie of the file is one of the document's when both have the same "
                          "name and domain. A blank cell changes nothing."));
    m_previewTabs->setTabText(0, tr("First cookies of the file"));
    m_changes->setHeaderLabels({tr("Cookie / field"), tr("In the document"), tr("In the file")});
    m_columns->setHorizontalHeaderLabels({tr("Column"), tr("First value"), tr("Field")});
    m_preview->setHorizontalHeaderLabels({tr("Cookie"), tr("Provider"), tr("Service"),
                                          tr("Purpose"), tr("Category"), tr("Lifetime"),
                                          tr("To check")});
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
}

void CsvImportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        rebuildMappingTable();
        updatePreview();
    }
    QDialog::changeEvent(event);
}
