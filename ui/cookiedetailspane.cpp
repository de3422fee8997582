// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "cookiedetailspane.h"

#include "document/policydocument.h"
#include "itemmodels/cookietablemodel.h"
#include "lifetimeeditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFocusEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QVBoxLayout>

namespace {

// The form's order: who and what first, then the browser's attributes.
constexpr int formOrder[] = {
    CookieTableModel::NameColumn,     CookieTableModel::MatchColumn,
    CookieTableModel::ProviderColumn, CookieTableModel::ServiceColumn,
    CookieTableModel::PurposeColumn,  CookieTableModel::CategoryColumn,
    CookieTableModel::BasisColumn,    CookieTableModel::LifetimeColumn,
    CookieTableModel::DomainColumn,   CookieTableModel::PathColumn,
    CookieTableModel::PartyColumn,    CookieTableModel::StorageColumn,
    CookieTableModel::SecureColumn,   CookieTableModel::HttpOnlyColumn,
    CookieTableModel::SameSiteColumn, CookieTableModel::DataRetentionColumn,
};

QString objectNameFor(int column)
{
    QString field = CookieTableModel::fieldName(CookieTableModel::Column(column));
    field[0] = field.at(0).toUpper();
    return QStringLiteral("cookieDetail") + field;
}

bool isCheck(int column)
{
    return column == CookieTableModel::SecureColumn || column == CookieTableModel::HttpOnlyColumn;
}

bool isLifetime(int column)
{
    return column == CookieTableModel::LifetimeColumn ||
           column == CookieTableModel::DataRetentionColumn;
}

} // namespace

CookieDetailsPane::CookieDetailsPane(CookieTableModel *model, QWidget *parent)
    : QScrollArea(parent), m_model(model), m_form(new QFormLayout), m_title(new QLabel)
{
    setObjectName(QStringLiteral("cookieDetails"));
    setWidgetResizable(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFrameShape(QFrame::NoFrame);

    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("cookieDetailsContent"));
    m_title->setObjectName(QStringLiteral("cookieDetailsTitle"));
    m_title->setTextFormat(Qt::PlainText);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(6, 0, 6, 6);
    layout->addWidget(m_title);
    layout->addLayout(m_form);
    layout->addStretch();

    for (int column : formOrder) {
        QWidget *editor = nullptr;
        if (isCheck(column)) {
            auto *check = new QCheckBox;
            connect(check, &QCheckBox::clicked, this, [this, column] { commit(column); });
            editor = check;
        } else if (isLifetime(column)) {
            auto *line = new LifetimeEditor(m_model->editLanguage());
            connect(line, &QLineEdit::editingFinished, this, [this, column] { commit(column); });
            // Tab while the completions are shown takes the focus without
            // editingFinished: leaving the control commits it all the same.
            line->installEventFilter(this);
            editor = line;
        } else if (column == CookieTableModel::PurposeColumn) {
            auto *text = new QPlainTextEdit;
            text->setTabChangesFocus(true);
            text->setFixedHeight(text->fontMetrics().lineSpacing() * 4 + 12);
            text->installEventFilter(this); // commits when it loses the focus
            editor = text;
        } else if (!CookieTableModel::choices(CookieTableModel::Column(column)).isEmpty() ||
                   column == CookieTableModel::ProviderColumn ||
                   column == CookieTableModel::CategoryColumn) {
            auto *box = new QComboBox;
            box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
            connect(box, &QComboBox::activated, this, [this, column] { commit(column); });
            editor = box;
        } else {
            auto *line = new QLineEdit;
            connect(line, &QLineEdit::editingFinished, this, [this, column] { commit(column); });
            editor = line;
        }
        addEditor(column, editor);
    }
    setWidget(content);

    // The form follows its cookie: edits, undo, the language edited, renamed
    // providers and categories all arrive as the model's change signals.
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles) {
                // A new check's marks change nothing the form shows.
                if (roles == QList<int>{CookieTableModel::FindingSeverityRole})
                    return;
                if (m_row.isValid() && m_row.row() >= topLeft.row() && m_row.row() <= bottomRight.row())
                    refresh();
            });
    connect(m_model, &QAbstractItemModel::modelReset, this, &CookieDetailsPane::refresh);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &CookieDetailsPane::refresh);

    retranslateUi();
    refresh();
}

void CookieDetailsPane::addEditor(int column, QWidget *editor)
{
    editor->setObjectName(objectNameFor(column));
    m_editors.insert(column, editor);
    m_order.append(column);
    if (isCheck(column))
        m_form->addRow(QString(), editor);
    else
        m_form->addRow(new QLabel, editor);
}

void CookieDetailsPane::setRow(int row)
{
    const QModelIndex index = m_model->index(row, 0);
    if (index == QModelIndex(m_row))
        return;
    m_row = index;
    refresh();
}

int CookieDetailsPane::row() const
{
    return m_row.isValid() ? m_row.row() : -1;
}

void CookieDetailsPane::focusField(int column)
{
    QWidget *editor = m_editors.value(column);
    if (!editor || !m_row.isValid())
        return;
    ensureWidgetVisible(editor);
    editor->setFocus(Qt::OtherFocusReason);
    if (auto *line = qobject_cast<QLineEdit *>(editor))
        line->selectAll();
}

void CookieDetailsPane::refreshChoices()
{
    const Policy &policy = m_model->document()->policy();
    const QString language = m_model->editLanguage();
    for (int column : std::as_const(m_order)) {
        auto *box = qobject_cast<QComboBox *>(m_editors.value(column));
        if (!box)
            continue;
        QList<std::pair<QString, QString>> choices;
        if (column == CookieTableModel::ProviderColumn) {
            for (const Provider &provider : policy.providers)
                choices.append({provider.id, provider.name.isEmpty() ? provider.id : provider.name});
        } else if (column == CookieTableModel::CategoryColumn) {
            for (const Category &category : policy.categories) {
                const QString name = policy.text(category.name, language);
                choices.append({category.id, name.isEmpty() ? category.id : name});
            }
        } else {
            choices = CookieTableModel::choices(CookieTableModel::Column(column));
        }
        box->clear();
        for (const auto &[key, label] : std::as_const(choices))
            box->addItem(label, key);
    }
    fitWidth();
}

void CookieDetailsPane::fitWidth()
{
    // As wide as the form needs: the pane never scrolls sideways nor cuts an entry
    // (the grid beside it gives up the room).
    widget()->adjustSize();
    setMinimumWidth(widget()->minimumSizeHint().width() + verticalScrollBar()->sizeHint().width() +
                    2 * frameWidth());
}

void CookieDetailsPane::refresh()
{
    m_refreshing = true;
    refreshChoices();
    const bool shown = m_row.isValid();
    widget()->setEnabled(shown);
    if (!shown)
        m_title->setText(tr("No cookie selected"));
    for (int column : std::as_const(m_order)) {
        QWidget *editor = m_editors.value(column);
        const QModelIndex index = shown ? m_model->index(m_row.row(), column) : QModelIndex();
        const QVariant value = index.data(Qt::EditRole);
        const QString problem = index.data(CookieTableModel::ProblemRole).toString();
        editor->setToolTip(problem);
        // What is being typed and not yet committed stays (a change elsewhere, an
        // undo in another page, must not wipe it).
        const bool typing = editor->hasFocus() && ((qobject_cast<QLineEdit *>(editor) &&
                                                    static_cast<QLineEdit *>(editor)->isModified()) ||
                                                   (qobject_cast<QPlainTextEdit *>(editor) &&
                                                    static_cast<QPlainTextEdit *>(editor)->document()->isModified()));
        if (typing && index.isValid())
            continue;
        if (auto *check = qobject_cast<QCheckBox *>(editor)) {
            check->setChecked(value.toString() == QLatin1StringView("true"));
        } else if (auto *lifetime = qobject_cast<LifetimeEditor *>(editor)) {
            // The text as the cell shows it ("13 months", or what could not be read).
            lifetime->setText(index.data(Qt::DisplayRole).toString());
            lifetime->setModified(false);
        } else if (auto *line = qobject_cast<QLineEdit *>(editor)) {
            line->setText(value.toString());
            line->setModified(false);
        } else if (auto *text = qobject_cast<QPlainTextEdit *>(editor)) {
            if (text->toPlainText() != value.toString())
                text->setPlainText(value.toString());
            text->document()->setModified(false);
        } else if (auto *box = qobject_cast<QComboBox *>(editor)) {
            const QString key = value.toString();
            int found = box->findData(key);
            if (found < 0 && !key.isEmpty()) {
                // An unknown id stays shown (and flagged), as in the grid.
                box->addItem(key, key);
                found = box->count() - 1;
            }
            box->setCurrentIndex(shown ? found : -1);
        }
    }
    if (shown) {
        const QString name = m_model->index(m_row.row(), CookieTableModel::NameColumn).data().toString();
        m_title->setText(name.isEmpty() ? tr("Unnamed cookie") : name);
    }
    m_refreshing = false;
}

QVariant CookieDetailsPane::editorValue(int column) const
{
    QWidget *editor = m_editors.value(column);
    if (auto *check = qobject_cast<QCheckBox *>(editor))
        return check->isChecked() ? QStringLiteral("true") : QStringLiteral("false");
    if (auto *line = qobject_cast<QLineEdit *>(editor))
        return line->text();
    if (auto *text = qobject_cast<QPlainTextEdit *>(editor))
        return text->toPlainText();
    if (auto *box = qobject_cast<QComboBox *>(editor))
        return box->currentIndex() < 0 ? QVariant() : box->currentData();
    return {};
}

void CookieDetailsPane::commit(int column)
{
    if (m_refreshing || !m_row.isValid())
        return;
    const QVariant value = editorValue(column);
    if (!value.isValid())
        return;
    // Committed: from now on the form shows what the cookie holds.
    if (auto *line = qobject_cast<QLineEdit *>(m_editors.value(column)))
        line->setModified(false);
    if (auto *text = qobject_cast<QPlainTextEdit *>(m_editors.value(column)))
        text->document()->setModified(false);
    const QModelIndex index = m_model->index(m_row.row(), column);
    // Leaving a control unchanged is no edit: compared with the raw value and with
    // the text the cell shows (a lifetime reads "13 months", its raw value seconds).
    const QString text = value.toString();
    if (text == index.data(Qt::EditRole).toString() || text == index.data(Qt::DisplayRole).toString())
        return;
    m_model->setData(index, value, Qt::EditRole);
}

bool CookieDetailsPane::eventFilter(QObject *watched, QEvent *event)
{
    // Not when the focus goes to a popup of the control itself (the completions).
    if (event->type() == QEvent::FocusOut &&
        static_cast<QFocusEvent *>(event)->reason() != Qt::PopupFocusReason) {
        for (int column : std::as_const(m_order)) {
            if (m_editors.value(column) == watched)
                commit(column);
        }
    }
    return QScrollArea::eventFilter(watched, event);
}

void CookieDetailsPane::retranslateUi()
{
    setAccessibleName(tr("Cookie details"));
    for (int column : std::as_const(m_order)) {
        QWidget *editor = m_editors.value(column);
        const QString name =
            m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
        editor->setAccessibleName(name);
        if (auto *check = qobject_cast<QCheckBox *>(editor))
            check->setText(name);
        else if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(editor)))
            label->setText(name);
    }
    m_editors.value(CookieTableModel::SecureColumn)
        ->setWhatsThis(tr("Sent only over HTTPS. Browsers refuse __Secure- and __Host- cookies "
                          "without it."));
    m_editors.value(CookieTableModel::HttpOnlyColumn)
        ->setWhatsThis(tr("Out of reach of the page's scripts."));
    refresh();
}

void CookieDetailsPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QScrollArea::changeEvent(event);
}
