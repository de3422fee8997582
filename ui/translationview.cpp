// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "translationview.h"

#include "document/policydocument.h"
#include "itemmodels/translationmodel.h"
#include "languagename.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPlainTextEdit>
#include <QSortFilterProxyModel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace {

// Targets are edited on several lines (a section body is Markdown with paragraphs);
// the edit is committed when the editor closes (focus out, Tab), never per key.
class TranslationDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &,
                          const QModelIndex &) const override
    {
        auto *editor = new QPlainTextEdit(parent);
        editor->setObjectName(QStringLiteral("translationEditor"));
        editor->setTabChangesFocus(true);
        return editor;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        static_cast<QPlainTextEdit *>(editor)->setPlainText(index.data(Qt::EditRole).toString());
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override
    {
        const QString text = static_cast<QPlainTextEdit *>(editor)->toPlainText();
        if (text != index.data(Qt::EditRole).toString())
            model->setData(index, text, Qt::EditRole);
    }
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &) const override
    {
        QRect rect = option.rect;
        rect.setHeight(qMax(rect.height(), 120));
        editor->setGeometry(rect);
    }
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyleOptionViewItem marked = option;
        if (index.data(TranslationModel::MissingRole).toBool()) {
            // A missing translation stands out without relying on colour alone:
            // it also reads "(missing)" in italics.
            painter->fillRect(option.rect, QColor(255, 196, 0, 60));
            if (index.column() == TranslationModel::TargetColumn)
                marked.palette.setColor(QPalette::Text,
                                        option.palette.color(QPalette::PlaceholderText));
        }
        QStyledItemDelegate::paint(painter, marked, index);
    }
};

// Keeps the rows whose translation is missing when asked to.
class MissingFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setOnlyMissing(bool only)
    {
        m_onlyMissing = only;
        invalidateRowsFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        if (!m_onlyMissing)
            return true;
        return sourceModel()->index(row, 0, parent).data(TranslationModel::MissingRole).toBool();
    }

private:
    bool m_onlyMissing = false;
};

} // namespace

TranslationView::TranslationView(PolicyDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_model(new TranslationModel(document, this)),
      m_filter(new MissingFilter(this)), m_sourceLabel(new QLabel(this)),
      m_source(new QComboBox(this)), m_targetLabel(new QLabel(this)), m_target(new QComboBox(this)),
      m_onlyMissing(new QCheckBox(this)), m_summary(new QLabel(this)), m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("translationView"));
    m_source->setObjectName(QStringLiteral("sourceLanguageCombo"));
    m_target->setObjectName(QStringLiteral("targetLanguageCombo"));
    m_onlyMissing->setObjectName(QStringLiteral("onlyMissingCheck"));
    m_summary->setObjectName(QStringLiteral("translationSummary"));
    m_table->setObjectName(QStringLiteral("translationTable"));
    m_sourceLabel->setBuddy(m_source);
    m_targetLabel->setBuddy(m_target);

    // Refiltered on purpose only (queued, see below), never in the middle of an edit.
    m_filter->setDynamicSortFilter(false);
    m_filter->setSourceModel(m_model);
    m_table->setModel(m_filter);
    m_table->setItemDelegate(new TranslationDelegate(m_table));
    m_table->setWordWrap(true);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_table->verticalHeader()->hide();
    // Never measured row by row (a document of 100,000 cookies has 200,000 texts):
    // rows are two lines high, the full text is in the tooltip and the editor, and
    // only the few long texts before the cookies (sections, categories, banner) are
    // sized to their content (sizeRowsAndColumns).
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(TranslationModel::PlaceColumn,
                                                      QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(TranslationModel::SourceColumn,
                                                      QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(TranslationModel::TargetColumn,
                                                      QHeaderView::Stretch);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_sourceLabel);
    bar->addWidget(m_source);
    bar->addSpacing(12);
    bar->addWidget(m_targetLabel);
    bar->addWidget(m_target);
    bar->addSpacing(12);
    bar->addWidget(m_onlyMissing);
    bar->addStretch(1);
    bar->addWidget(m_summary);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);

    connect(m_source, &QComboBox::activated, this, &TranslationView::languagesChosen);
    connect(m_target, &QComboBox::activated, this, &TranslationView::languagesChosen);
    connect(m_onlyMissing, &QCheckBox::toggled, this,
            [this](bool only) { static_cast<MissingFilter *>(m_filter)->setOnlyMissing(only); });
    connect(m_model, &TranslationModel::countsChanged, this, &TranslationView::updateSummary);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &TranslationView::sizeRowsAndColumns);
    // Wrapped texts take another height when their column is resized.
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, this,
            &TranslationView::sizeLongTextRows);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this,
            &TranslationView::sizeRowsAndColumns);
    // Queued: a row that stops being missing must not vanish while its editor is
    // still committing (the view closes the editor after setData returns).
    connect(
        m_model, &TranslationModel::countsChanged, this,
        [this] {
            if (m_onlyMissing->isChecked())
                static_cast<MissingFilter *>(m_filter)->setOnlyMissing(true);
        },
        Qt::QueuedConnection);
    connect(m_document, &PolicyDocument::metaChanged, this, &TranslationView::fillLanguages);
    // Queued: the model rebuilds its rows on `changed`, which comes after policyReset;
    // counting before then reads the old document's rows (out of range).
    connect(m_document, &PolicyDocument::policyReset, this, &TranslationView::fillLanguages,
            Qt::QueuedConnection);

    retranslateUi();
    fillLanguages();
    sizeRowsAndColumns();
}

void TranslationView::sizeLongTextRows()
{
    // The model lists the cookies' texts last: the rows before them are few.
    const auto cookieGroup = int(TranslationModel::Group::Cookie);
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        if (m_filter->index(row, 0).data(TranslationModel::GroupRole).toInt() == cookieGroup)
            break;
        m_table->resizeRowToContents(row);
    }
}

void TranslationView::sizeRowsAndColumns()
{
    const int line = m_table->fontMetrics().lineSpacing();
    m_table->verticalHeader()->setDefaultSectionSize(2 * line + 8);
    sizeLongTextRows();
    // sizeHintForColumn samples the rows (QHeaderView::resizeContentsPrecision).
    const int place = static_cast<QAbstractItemView *>(m_table)->sizeHintForColumn(
        TranslationModel::PlaceColumn);
    m_table->setColumnWidth(TranslationModel::PlaceColumn,
                            std::min(std::max(place, 12 * line), 30 * line));
}

void TranslationView::showEvent(QShowEvent *event)
{
    if (m_summaryStale)
        updateSummary();
    QWidget::showEvent(event);
}

void TranslationView::setLanguages(const QString &source, const QString &target)
{
    m_model->setLanguages(source, target);
    fillLanguages();
}

void TranslationView::fillLanguages()
{
    const PolicyMeta &meta = m_document->policy().meta;
    QString source = m_model->sourceLanguage();
    QString target = m_model->targetLanguage();
    if (!meta.languages.contains(source))
        source = meta.defaultLanguage;
    if (!meta.languages.contains(target) || target == source) {
        target = source;
        for (const QString &code : meta.languages) {
            if (code != source) {
                target = code;
                break;
            }
        }
    }
    m_model->setLanguages(source, target);
    for (QComboBox *combo : {m_source, m_target}) {
        combo->clear();
        for (const QString &code : meta.languages)
            combo->addItem(languageDisplayName(code), code);
    }
    m_source->setCurrentIndex(m_source->findData(source));
    m_target->setCurrentIndex(m_target->findData(target));
    updateSummary();
}

void TranslationView::languagesChosen()
{
    m_model->setLanguages(m_source->currentData().toString(), m_target->currentData().toString());
}

QString TranslationView::summary() const
{
    return m_summaryStale ? summaryText() : m_summary->text();
}

void TranslationView::updateSummary()
{
    // Hidden, the view only notes that its counts are stale: counting 200,000 texts
    // after every edit elsewhere would be work nobody sees.
    m_summaryStale = !isVisible();
    if (!m_summaryStale)
        m_summary->setText(summaryText());
}

QString TranslationView::summaryText() const
{
    if (m_model->sourceLanguage() == m_model->targetLanguage())
        return tr("Choose two different languages.");
    const int missing = m_model->missingCount();
    const int total = m_model->translatableCount();
    return missing == 0
               ? tr("All %n text(s) are translated.", nullptr, total)
               : tr("%1 of %n text(s) not translated yet.", nullptr, total).arg(missing);
}

void TranslationView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void TranslationView::retranslateUi()
{
    m_sourceLabel->setText(tr("&From:"));
    m_targetLabel->setText(tr("&Into:"));
    m_source->setAccessibleName(tr("Source language"));
    m_target->setAccessibleName(tr("Target language"));
    m_onlyMissing->setText(tr("Only &missing"));
    m_table->setAccessibleName(tr("Texts and their translations"));
    m_model->retranslate();
    updateSummary();
}
