// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "charterpage.h"

#include "commands/catalogedits.h"
#include "commands/sectioncommands.h"
#include "document/policydocument.h"
#include "export/pdfexporter.h"
#include "itemmodels/sectionlistmodel.h"
#include "languagename.h"
#include "metaeditor.h"
#include "sectioneditor.h"

#include <QAction>
#include <QActionGroup>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QScrollBar>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

CharterPage::CharterPage(PolicyDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_sections(new SectionListModel(document, this)),
      m_splitter(new QSplitter(Qt::Horizontal, this)), m_sectionsLabel(new QLabel(this)),
      m_list(new QListView(this)), m_tabs(new QTabWidget(this)),
      m_editor(new SectionEditor(document, this)), m_meta(new MetaEditor(document, this)),
      m_previewLabel(new QLabel(this)), m_languageLabel(new QLabel(this)),
      m_language(new QComboBox(this)), m_view(new QTextBrowser(this)), m_kindMenu(new QMenu(this)),
      m_kindButton(new QToolButton(this))
{
    setObjectName(QStringLiteral("charterPage"));
    m_list->setObjectName(QStringLiteral("sectionList"));
    m_tabs->setObjectName(QStringLiteral("charterTabs"));
    m_language->setObjectName(QStringLiteral("charterLanguageCombo"));
    m_view->setObjectName(QStringLiteral("charterView"));
    m_kindButton->setObjectName(QStringLiteral("sectionKindButton"));

    m_list->setModel(m_sections);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    // DragDrop rather than InternalMove: the model itself accepts only its own
    // document's sections, and a drop is the model's move command, not the view's.
    m_list->setDragDropMode(QAbstractItemView::DragDrop);
    m_list->setDefaultDropAction(Qt::MoveAction);
    m_list->setDropIndicatorShown(true);
    m_list->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    m_list->setUniformItemSizes(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // long titles are elided
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setSpacing(1);
    m_sectionsLabel->setBuddy(m_list);

    m_view->setOpenExternalLinks(true);
    // QTextDocument understands a subset of CSS: enough for readable bordered tables.
    m_view->document()->setDefaultStyleSheet(QStringLiteral(
        "table { border-collapse: collapse; margin-top: 6px; margin-bottom: 6px; }"
        "th, td { border: 1px solid palette(mid); padding: 4px 6px; vertical-align: top; }"
        "thead th { background-color: palette(alternate-base); }"
        "tbody th { font-weight: normal; white-space: nowrap; text-align: left; }"
        "caption { font-weight: bold; padding: 6px 0; }"
        ".charte-category-description { color: palette(placeholder-text); }"
        ".charte-footer { color: palette(placeholder-text); margin-top: 18px; }"
        "h1 { font-size: x-large; } h2 { font-size: large; margin-top: 18px; }"));
    m_languageLabel->setBuddy(m_language);

    createActions();

    // Left: the sections and their buttons.
    auto *left = new QWidget(this);
    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(2);
    for (QAction *action :
         {m_addAction, m_removeAction, m_renameAction, m_upAction, m_downAction}) {
        auto *button = new QToolButton(left);
        button->setDefaultAction(action);
        button->setAutoRaise(true);
        // Compact buttons: an icon, or a short label; the full words are in the tooltip.
        button->setToolButtonStyle(action->icon().isNull() ? Qt::ToolButtonTextOnly
                                                           : Qt::ToolButtonIconOnly);
        buttons->addWidget(button);
    }
    m_kindButton->setMenu(m_kindMenu);
    m_kindButton->setPopupMode(QToolButton::InstantPopup);
    m_kindButton->setAutoRaise(true);
    buttons->addWidget(m_kindButton);
    buttons->addStretch(1);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_sectionsLabel);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addLayout(buttons);

    // Middle: the section editor and the document's details.
    m_tabs->addTab(m_editor, QString());
    m_tabs->addTab(m_meta, QString());

    // Right: the charter as visitors read it.
    auto *right = new QWidget(this);
    auto *header = new QHBoxLayout;
    header->addWidget(m_previewLabel, 1);
    header->addWidget(m_languageLabel);
    header->addWidget(m_language);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addLayout(header);
    rightLayout->addWidget(m_view, 1);

    m_splitter->addWidget(left);
    m_splitter->addWidget(m_tabs);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setStretchFactor(2, 3);
    m_splitter->setSizes({230, 420, 630});
    m_splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_splitter);

    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(0); // one redraw for the several signals of one command
    connect(&m_refreshTimer, &QTimer::timeout, this, &CharterPage::refreshView);
    connect(m_document, &PolicyDocument::changed, this, &CharterPage::documentChanged);
    connect(m_document, &PolicyDocument::policyReset, this, [this] {
        m_currentId.clear();
        m_lastRow = -1;
        setCurrentSection(m_sections->rowCount() > 0 ? 0 : -1);
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &CharterPage::currentRowChanged);
    connect(m_list, &QListView::customContextMenuRequested, this, &CharterPage::showContextMenu);
    connect(m_language, &QComboBox::activated, this,
            [this](int index) { setEditLanguage(m_language->itemData(index).toString()); });
    connect(m_kindMenu, &QMenu::aboutToShow, this, &CharterPage::fillKindMenu);

    retranslateUi();
    fillLanguages();
    setCurrentSection(m_sections->rowCount() > 0 ? 0 : -1);
    scheduleRefresh();
}

void CharterPage::createActions()
{
    m_addAction = new QAction(this);
    m_addAction->setObjectName(QStringLiteral("addSectionAction"));
    m_addAction->setIcon(QIcon::fromTheme(QStringLiteral("list-add")));
    connect(m_addAction, &QAction::triggered, this, &CharterPage::addSection);
    m_removeAction = new QAction(this);
    m_removeAction->setObjectName(QStringLiteral("removeSectionAction"));
    m_removeAction->setIcon(QIcon::fromTheme(QStringLiteral("list-remove")));
    connect(m_removeAction, &QAction::triggered, this, &CharterPage::removeSection);
    m_renameAction = new QAction(this);
    m_renameAction->setObjectName(QStringLiteral("renameSectionAction"));
    m_renameAction->setShortcut(QKeySequence(Qt::Key_F2));
    m_renameAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_renameAction, &QAction::triggered, this, &CharterPage::renameSection);
    m_upAction = new QAction(this);
    m_upAction->setObjectName(QStringLiteral("moveSectionUpAction"));
    m_upAction->setIcon(
        QIcon::fromTheme(QStringLiteral("go-up"), style()->standardIcon(QStyle::SP_ArrowUp)));
    m_upAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Up));
    m_upAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_upAction, &QAction::triggered, this, [this] { moveSection(-1); });
    m_downAction = new QAction(this);
    m_downAction->setObjectName(QStringLiteral("moveSectionDownAction"));
    m_downAction->setIcon(
        QIcon::fromTheme(QStringLiteral("go-down"), style()->standardIcon(QStyle::SP_ArrowDown)));
    m_downAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Down));
    m_downAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_downAction, &QAction::triggered, this, [this] { moveSection(1); });
    for (QAction *action : {m_renameAction, m_upAction, m_downAction})
        m_list->addAction(action);
}

QList<QAction *> CharterPage::sectionActions() const
{
    return {m_addAction, m_removeAction, m_renameAction, m_upAction, m_downAction};
}

void CharterPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void CharterPage::retranslateUi()
{
    m_sectionsLabel->setText(tr("&Sections"));
    m_list->setAccessibleName(tr("Sections of the charter"));
    m_list->setToolTip(tr("Drag a section to move it; double-click or F2 to rename it."));
    m_addAction->setText(tr("Add Section"));
    m_addAction->setIconText(QStringLiteral("+"));
    m_addAction->setToolTip(tr("Add a section after the chosen one"));
    m_removeAction->setText(tr("Remove Section"));
    m_removeAction->setIconText(QStringLiteral("\u2212"));
    m_removeAction->setToolTip(tr("Remove the chosen section"));
    m_renameAction->setText(tr("Rename Section"));
    m_renameAction->setIconText(tr("Rename"));
    m_renameAction->setToolTip(tr("Rename the chosen section (F2)"));
    m_upAction->setText(tr("Move Up"));
    m_upAction->setToolTip(tr("Move the section up"));
    m_downAction->setText(tr("Move Down"));
    m_downAction->setToolTip(tr("Move the section down"));
    m_kindMenu->setTitle(tr("Cookie table"));
    m_kindButton->setText(tr("Table"));
    m_kindButton->setToolTip(tr("Show a cookie table in the chosen section"));
    m_tabs->setTabText(0, tr("Section"));
    m_tabs->setTabText(1, tr("Site and publisher"));
    m_previewLabel->setText(tr("Charter as visitors read it"));
    m_languageLabel->setText(tr("&Language:"));
    m_language->setAccessibleName(tr("Language of the charter shown and edited"));
    m_view->setAccessibleName(tr("Rendered charter"));
    m_sections->retranslate();
    updateActions();
}

QString CharterPage::editLanguage() const
{
    return m_editLanguage.isEmpty() ? m_document->policy().meta.defaultLanguage : m_editLanguage;
}

void CharterPage::setEditLanguage(const QString &language)
{
    const QString resolved =
        language == m_document->policy().meta.defaultLanguage ? QString() : language;
    if (resolved == m_editLanguage)
        return;
    m_editLanguage = resolved;
    m_sections->setEditLanguage(resolved);
    m_editor->setEditLanguage(resolved);
    fillLanguages();
    scheduleRefresh();
    emit editLanguageChanged(editLanguage());
}

void CharterPage::setLanguageSelectorVisible(bool visible)
{
    m_language->setVisible(visible);
    m_languageLabel->setVisible(visible);
}

void CharterPage::fillLanguages()
{
    const PolicyMeta &meta = m_document->policy().meta;
    m_language->clear();
    for (const QString &code : meta.languages)
        m_language->addItem(languageDisplayName(code), code);
    m_language->setCurrentIndex(m_language->findData(editLanguage()));
}

int CharterPage::currentSection() const
{
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void CharterPage::setCurrentSection(int row)
{
    if (row < 0 || row >= m_sections->rowCount()) {
        m_list->setCurrentIndex(QModelIndex());
        m_currentId.clear();
        m_lastRow = -1;
        m_editor->setSection(-1);
        updateActions();
        return;
    }
    const QModelIndex index = m_sections->index(row);
    m_list->setCurrentIndex(index);
    m_list->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect);
    currentRowChanged();
}

void CharterPage::currentRowChanged()
{
    const int row = currentSection();
    m_lastRow = row;
    m_currentId =
        row >= 0 ? m_sections->index(row).data(SectionListModel::IdRole).toString() : QString();
    m_editor->setSection(row);
    updateActions();
    if (row >= 0) {
        const QString id = m_currentId.isEmpty() ? QString::number(row + 1) : m_currentId;
        m_view->scrollToAnchor(QStringLiteral("section-") + id);
    }
}

void CharterPage::documentChanged()
{
    // A section removed, moved or restored: keep the same section chosen, found by
    // its id, else the row where it was.
    const auto &charter = m_document->policy().charter;
    int row = -1;
    if (!m_currentId.isEmpty()) {
        for (qsizetype i = 0; i < charter.size(); ++i) {
            if (charter.at(i).id == m_currentId) {
                row = int(i);
                break;
            }
        }
    }
    if (row < 0 && !charter.isEmpty())
        row = qBound(0, m_lastRow, int(charter.size()) - 1);
    if (row != currentSection() ||
        (row >= 0 && !m_list->selectionModel()->isSelected(m_sections->index(row)))) {
        setCurrentSection(row);
    } else if (row >= 0) {
        m_editor->setSection(row);
    }
    if (m_language->count() != m_document->policy().meta.languages.size() ||
        m_language->findData(editLanguage()) < 0) {
        if (!m_document->policy().meta.languages.contains(editLanguage()))
            setEditLanguage(QString());
        fillLanguages();
    }
    updateActions();
    scheduleRefresh();
}

void CharterPage::scheduleRefresh()
{
    // Hidden, the page only notes that its rendering is stale: an edit on another
    // page should not pay for a charter nobody is looking at.
    if (isVisible())
        m_refreshTimer.start();
    else
        m_viewStale = true;
}

void CharterPage::showEvent(QShowEvent *event)
{
    if (m_viewStale)
        refreshView();
    QWidget::showEvent(event);
}

void CharterPage::refreshView()
{
    m_refreshTimer.stop();
    m_viewStale = false;
    const Policy &policy = m_document->policy();
    // The charter body and its closing lines (publisher, last update, revision), as
    // the export and the PDF write them, with long cookie tables cut short.
    CharterPreviewLimit limit;
    limit.rowsPerTable = PreviewRowsPerTable;
    limit.moreText = [](qsizetype more) {
        return tr("… and %n more cookie(s) in this table. The exported and printed charter "
                  "lists them all.",
                  nullptr, int(more));
    };
    const int scroll = m_view->verticalScrollBar()->value();
    m_view->setHtml(QString::fromUtf8(PdfExporter::html(policy, editLanguage(), limit)));
    m_view->verticalScrollBar()->setValue(scroll);
}

void CharterPage::updateActions()
{
    const int row = currentSection();
    const int count = m_sections->rowCount();
    m_removeAction->setEnabled(row >= 0);
    m_renameAction->setEnabled(row >= 0);
    m_upAction->setEnabled(row > 0);
    m_downAction->setEnabled(row >= 0 && row < count - 1);
    m_kindButton->setEnabled(row >= 0);
}

void CharterPage::addSection()
{
    const Policy &policy = m_document->policy();
    CharterSection section;
    section.id = AddSectionCommand::uniqueId(policy);
    // Stored and published: in the document's language, not the interface's.
    section.title.set(editLanguage(), CatalogEdits::placeholderName(CatalogEdits::Placeholder::Section, editLanguage()));
    const int row = currentSection() >= 0 ? currentSection() + 1 : int(policy.charter.size());
    m_editor->flush();
    m_document->undoStack()->push(new AddSectionCommand(m_document, row, section));
    setCurrentSection(row);
    m_list->edit(m_sections->index(row));
}

void CharterPage::removeSection()
{
    const int row = currentSection();
    if (row < 0)
        return;
    m_editor->flush();
    m_document->undoStack()->push(new RemoveSectionCommand(m_document, row));
}

void CharterPage::renameSection()
{
    const int row = currentSection();
    if (row >= 0)
        m_list->edit(m_sections->index(row));
}

void CharterPage::moveSection(int delta)
{
    const int row = currentSection();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_sections->rowCount())
        return;
    m_editor->flush();
    m_document->undoStack()->push(new MoveSectionCommand(m_document, row, target));
}

void CharterPage::fillKindMenu()
{
    m_kindMenu->clear();
    const int row = currentSection();
    if (row < 0)
        return;
    const Policy &policy = m_document->policy();
    const CharterSection &section = policy.charter.at(row);
    auto *group = new QActionGroup(m_kindMenu);
    const auto addChoice = [&](const QString &text, CharterSection::Kind kind,
                               const QString &category) {
        QAction *action = m_kindMenu->addAction(text);
        action->setCheckable(true);
        action->setChecked(section.kind == kind && section.categoryId == category);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, row, kind, category] {
            const CharterSection &current = m_document->policy().charter.at(row);
            if (current.kind == kind && current.categoryId == category)
                return;
            m_editor->flush();
            m_document->undoStack()->push(setSectionKindCommand(m_document, row, kind, category));
        });
        return action;
    };
    addChoice(tr("No table (text only)"), CharterSection::Kind::Text, QString())
        ->setObjectName(QStringLiteral("kindTextAction"));
    m_kindMenu->addSeparator();
    addChoice(tr("Tables of all categories"), CharterSection::Kind::CookieTable, QString())
        ->setObjectName(QStringLiteral("kindAllAction"));
    addChoice(tr("History of published revisions"), CharterSection::Kind::Changes, QString())
        ->setObjectName(QStringLiteral("kindChangesAction"));
    for (const Category &category : policy.categories) {
        const QString name = policy.text(category.name, editLanguage());
        addChoice(tr("Table of \"%1\"").arg(name.isEmpty() ? category.id : name),
                  CharterSection::Kind::CookieTable, category.id)
            ->setObjectName(QStringLiteral("kindAction_") + category.id);
    }
}

void CharterPage::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_list->indexAt(position);
    if (index.isValid())
        setCurrentSection(index.row());
    QMenu menu(this);
    menu.addAction(m_addAction);
    menu.addAction(m_renameAction);
    menu.addAction(m_removeAction);
    menu.addSeparator();
    menu.addAction(m_upAction);
    menu.addAction(m_downAction);
    if (index.isValid()) {
        menu.addSeparator();
        fillKindMenu();
        menu.addMenu(m_kindMenu);
    }
    menu.exec(m_list->viewport()->mapToGlobal(position));
}
