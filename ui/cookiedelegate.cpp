// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "cookiedelegate.h"

#include "commands/catalogedits.h"
#include "commands/cookiecommands.h"
#include "compliance/knowncookies.h"
#include "cookiesuggestionpopup.h"
#include "document/policydocument.h"
#include "itemmodels/cookietablemodel.h"
#include "lifetimeeditor.h"
#include "multilineeditor.h"

#include <QAbstractItemView>
#include <QAbstractProxyModel>
#include <QComboBox>
#include <QCompleter>
#include <QCoreApplication>
#include <QEvent>
#include <QLineEdit>
#include <QStyle>
#include <QTimer>
#include <QUndoStack>

namespace {

// Marks the "New provider…" entry of the provider list.
constexpr int NewProviderRole = Qt::UserRole + 100;

// A cell is often narrower than the names it offers: the list that drops down is as
// wide as its longest entry, so no category or provider is cut.
void widenPopupToEntries(QComboBox *box)
{
    int widest = 0;
    for (int item = 0; item < box->count(); ++item)
        widest = std::max(widest, box->fontMetrics().horizontalAdvance(box->itemText(item)));
    const int frame = 2 * box->view()->frameWidth() + box->style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 24;
    box->view()->setMinimumWidth(widest + frame);
}

QComboBox *choiceBox(QWidget *parent, const QList<std::pair<QString, QString>> &choices)
{
    auto *box = new QComboBox(parent);
    for (const auto &[key, label] : choices)
        box->addItem(label, key);
    widenPopupToEntries(box);
    return box;
}

// Marks the "New category…" entry of the category list.
constexpr int NewCategoryRole = Qt::UserRole + 101;

// Tells whether the combo box's current key press is moving through its closed list
// (Up, Down, Home, End, Page keys), which QComboBox reports as activations.
class KeyboardNavigationWatcher : public QObject
{
public:
    explicit KeyboardNavigationWatcher(QComboBox *box) : QObject(box), m_box(box)
    {
        box->installEventFilter(this);
    }
    bool isNavigating() const { return m_navigating; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_box && event->type() == QEvent::KeyPress && !m_box->view()->isVisible()) {
            m_navigating = true;
            // The activation, if any, comes while the combo box handles this key.
            QTimer::singleShot(0, this, [this] { m_navigating = false; });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QComboBox *m_box;
    bool m_navigating = false;
};

} // namespace

CookieDelegate::CookieDelegate(CookieTableModel *model, QObject *parent)
    : QStyledItemDelegate(parent), m_model(model)
{}

QWidget *CookieDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                      const QModelIndex &index) const
{
    const Policy &policy = m_model->document()->policy();
    const QString language = m_model->editLanguage();
    // Editors report back through the delegate's signals; createEditor is const
    // only by the base class's signature.
    auto *self = const_cast<CookieDelegate *>(this);
    switch (index.column()) {
    case CookieTableModel::CategoryColumn: {
        QList<std::pair<QString, QString>> choices;
        for (const Category &category : policy.categories) {
            const QString name = policy.text(category.name, language);
            choices.append({category.id, name.isEmpty() ? category.id : name});
        }
        auto *box = choiceBox(parent, choices);
        box->setObjectName(QStringLiteral("categoryEditor"));
        box->insertSeparator(box->count());
        box->addItem(tr("New category…"));
        box->setItemData(box->count() - 1, true, NewCategoryRole);
        widenPopupToEntries(box);
        // A closed list moved through with the keyboard "activates" every entry it
        // passes; only a click in the open list asks for the new category at once.
        // From the keyboard, Return commits and setModelData asks.
        auto *keyboard = new KeyboardNavigationWatcher(box);
        connect(box, &QComboBox::activated, self, [self, box, keyboard](int item) {
            if (keyboard->isNavigating() || !box->itemData(item, NewCategoryRole).toBool())
                return;
            emit self->commitData(box);
            emit self->closeEditor(box, NoHint);
        });
        return box;
    }
    case CookieTableModel::PartyColumn:
    case CookieTableModel::StorageColumn:
    case CookieTableModel::BasisColumn:
    case CookieTableModel::MatchColumn:
    case CookieTableModel::SecureColumn:
    case CookieTableModel::HttpOnlyColumn:
    case CookieTableModel::SameSiteColumn: {
        auto *box =
            choiceBox(parent, CookieTableModel::choices(CookieTableModel::Column(index.column())));
        box->setObjectName(QStringLiteral("choiceEditor"));
        return box;
    }
    case CookieTableModel::ProviderColumn: {
        auto *box = new QComboBox(parent);
        box->setObjectName(QStringLiteral("providerEditor"));
        box->setEditable(true);
        box->setInsertPolicy(QComboBox::NoInsert);
        QList<Provider> providers = policy.providers;
        std::sort(providers.begin(), providers.end(), [](const Provider &a, const Provider &b) {
            return QString::localeAwareCompare(a.name, b.name) < 0;
        });
        for (const Provider &provider : std::as_const(providers))
            box->addItem(provider.name.isEmpty() ? provider.id : provider.name, provider.id);
        box->insertSeparator(box->count());
        box->addItem(tr("New provider…"));
        box->setItemData(box->count() - 1, true, NewProviderRole);
        widenPopupToEntries(box);
        box->completer()->setCompletionMode(QCompleter::PopupCompletion);
        box->completer()->setFilterMode(Qt::MatchContains);
        box->completer()->setCaseSensitivity(Qt::CaseInsensitive);
        const QPersistentModelIndex persistent(index);
        connect(box, &QComboBox::activated, self, [self, box, persistent](int item) {
            if (!box->itemData(item, NewProviderRole).toBool())
                return;
            // The typed text, not the entry's label, names the new provider.
            const QString typed = box->lineEdit()->isModified() ? box->currentText() : QString();
            emit self->newProviderRequested(persistent,
                                            typed == box->itemText(item) ? QString() : typed);
            emit self->closeEditor(box, NoHint);
        });
        return box;
    }
    case CookieTableModel::LifetimeColumn:
    case CookieTableModel::DataRetentionColumn: {
        // Data retention is a duration too, typed as a lifetime is.
        auto *editor = new LifetimeEditor(m_model->editLanguage(), parent);
        editor->setObjectName(QStringLiteral("lifetimeEditor"));
        return editor;
    }
    case CookieTableModel::ServiceColumn:
    case CookieTableModel::PurposeColumn: {
        auto *editor = new MultiLineEditor(parent);
        editor->setObjectName(QStringLiteral("textEditor"));
        connect(editor, &MultiLineEditor::commitRequested, self, [self, editor] {
            emit self->commitData(editor);
            emit self->closeEditor(editor, NoHint);
        });
        return editor;
    }
    default: {
        QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
        editor->setObjectName(QStringLiteral("lineEditor"));
        auto *line = qobject_cast<QLineEdit *>(editor);
        if (line && index.column() == CookieTableModel::NameColumn) {
            auto *popup = new CookieSuggestionPopup(line, m_knownCookies);
            popup->setObjectName(QStringLiteral("cookieSuggestionPopup"));
            const QPersistentModelIndex persistent(index);
            connect(popup, &CookieSuggestionPopup::chosen, self,
                    [self, line, persistent](const KnownCookie &entry) {
                        self->applySuggestion(persistent, entry);
                        // The row now holds the name: closing writes nothing more.
                        emit self->closeEditor(line, NoHint);
                    });
        }
        return editor;
    }
    }
}

void CookieDelegate::applySuggestion(const QPersistentModelIndex &index,
                                     const KnownCookie &entry) const
{
    if (!index.isValid())
        return;
    // The view shows the proxy: its row is not the document's.
    QModelIndex source = index;
    while (const auto *proxy = qobject_cast<const QAbstractProxyModel *>(source.model()))
        source = proxy->mapToSource(source);
    if (source.model() != m_model || !source.isValid())
        return;
    PolicyDocument *document = m_model->document();
    const int row = source.row();
    const Policy &policy = document->policy();
    const Cookie &current = policy.cookies.at(row);
    Cookie filled = current;
    filled.name = entry.name;
    // A family such as _ga_* is stored as its prefix: an exact "_ga_" would match nothing.
    filled.match = entry.prefix ? NameMatch::Prefix : NameMatch::Exact;
    // What the row was born with (a lone provider) is a default, not a choice: the
    // database may replace it. Anything the person set stays.
    const Cookie born = m_model->newCookie();
    if (!filled.providerId.isEmpty() && filled.providerId == born.providerId)
        filled.providerId.clear();
    const KnownCookies &database = m_knownCookies ? *m_knownCookies : KnownCookies::builtin();
    const QStringList changed = database.fillEmptyFields(filled, policy);
    if (filled.providerId.isEmpty())
        filled.providerId = current.providerId;
    // A category from the database brings its legal basis, as choosing it does.
    if (changed.contains(QStringLiteral("category"))) {
        const QString category = filled.categoryId;
        filled.categoryId = current.categoryId;
        filled = CatalogEdits::withCategory(policy, std::move(filled), category);
    }
    if (filled == document->policy().cookies.at(row))
        return;
    auto *command = setCookieFieldCommand(document, row, QStringLiteral("name"), filled);
    command->setText(
        QCoreApplication::translate("UndoCommands", "Fill %1 from the known-cookie database")
            .arg(commandCookieName(filled)));
    document->undoStack()->push(command);
}

void CookieDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QVariant value = index.data(Qt::EditRole);
    if (auto *lifetime = qobject_cast<LifetimeEditor *>(editor)) {
        if (!value.isValid()) // the cell shows what an import could not read, if anything
            lifetime->setLifetime(std::nullopt, index.data(Qt::DisplayRole).toString());
        else if (value.toLongLong() < 0)
            lifetime->setLifetime(Lifetime::session());
        else
            lifetime->setLifetime(Lifetime::fromSeconds(value.toLongLong()));
    } else if (auto *text = qobject_cast<MultiLineEditor *>(editor)) {
        text->setPlainText(value.toString());
        text->moveCursor(QTextCursor::End);
    } else if (auto *box = qobject_cast<QComboBox *>(editor)) {
        const int found = box->findData(value.toString());
        if (box->isEditable()) {
            box->setCurrentIndex(found);
            if (found < 0)
                box->setEditText(value.toString());
            box->lineEdit()->selectAll();
        } else {
            if (found >= 0) {
                box->setCurrentIndex(found);
            } else if (!value.toString().isEmpty()) {
                // An unknown id stays choosable, so opening the editor changes nothing.
                box->addItem(value.toString(), value);
                box->setCurrentIndex(box->count() - 1);
            } else {
                box->setCurrentIndex(-1); // nothing chosen yet (a new cookie's category)
            }
        }
    } else {
        QStyledItemDelegate::setEditorData(editor, index);
    }
}

void CookieDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                  const QModelIndex &index) const
{
    const QVariant current = index.data(Qt::EditRole);
    QVariant value;
    if (auto *lifetime = qobject_cast<LifetimeEditor *>(editor)) {
        if (!lifetime->isModified())
            return;
        // The text as typed: the model reads it as an import does, and keeps what it
        // cannot read, flagged, rather than guess.
        value = lifetime->text();
    } else if (auto *text = qobject_cast<MultiLineEditor *>(editor)) {
        value = text->toPlainText();
    } else if (auto *box = qobject_cast<QComboBox *>(editor)) {
        if (box->isEditable()) {
            const QString typed = box->currentText().trimmed();
            const int found = box->findText(typed, Qt::MatchFixedString);
            if (found >= 0 && box->itemData(found, NewProviderRole).toBool())
                return;
            value = found >= 0 ? box->itemData(found) : QVariant(typed);
        } else {
            if (box->currentIndex() < 0)
                return; // nothing chosen
            if (box->currentData(NewCategoryRole).toBool()) {
                // The page asks the name and makes the category (one undo step).
                emit const_cast<CookieDelegate *>(this)->newCategoryRequested(QPersistentModelIndex(index));
                return;
            }
            value = box->currentData();
        }
    } else if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        value = line->text();
    } else {
        QStyledItemDelegate::setModelData(editor, model, index);
        return;
    }
    if (value.toString() == current.toString() && value.isValid() == current.isValid())
        return;
    model->setData(index, value, Qt::EditRole);
}

void CookieDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                          const QModelIndex &index) const
{
    if (qobject_cast<MultiLineEditor *>(editor)) {
        // Room for a paragraph: the editor may cover the rows below while open.
        QRect rect = option.rect;
        rect.setHeight(std::max(rect.height(), option.fontMetrics.lineSpacing() * 6));
        rect.setWidth(std::max(rect.width(), option.fontMetrics.averageCharWidth() * 48));
        editor->setGeometry(rect);
        return;
    }
    if (qobject_cast<LifetimeEditor *>(editor)) {
        QRect rect = option.rect;
        rect.setWidth(std::max(rect.width(), editor->minimumSizeHint().width() + 24));
        editor->setGeometry(rect);
        return;
    }
    QStyledItemDelegate::updateEditorGeometry(editor, option, index);
}
