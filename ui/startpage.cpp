// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "startpage.h"

#include "document/languages.h"
#include "document/policydocument.h"
#include "documentmanager.h"
#include "format/policyreader.h"
#include "format/templates.h"
#include "mainwindow.h"
#include "recentfiles.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QCommandLinkButton>
#include <QDir>
#include <QDockWidget>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPainter>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QStyledItemDelegate>
#include <QTimer>
#include <QVBoxLayout>

namespace {

const auto ReopenKey = QLatin1StringView("session/reopenLastDocument");
const auto LastDocumentKey = QLatin1StringView("session/lastDocument");

enum { PathRole = Qt::UserRole + 1 };

// A recent document as two lines: its name, and in grey the folder it is in.
class RecentDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        return QSize(200, option.fontMetrics.height() * 2 + 3 * Padding);
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyleOptionViewItem background = option;
        initStyleOption(&background, index);
        background.text.clear();
        background.icon = {};
        QStyle *style = option.widget ? option.widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &background, painter, option.widget);

        const QString path = index.data(PathRole).toString();
        const QFileInfo info(path);
        const bool selected = option.state & QStyle::State_Selected;
        const QRect area = option.rect.adjusted(2 * Padding, Padding, -2 * Padding, -Padding);
        const int line = option.fontMetrics.height();
        painter->save();
        QFont name = option.font;
        name.setBold(true);
        painter->setFont(name);
        painter->setPen(option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
        painter->drawText(QRect(area.left(), area.top(), area.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetrics(name).elidedText(info.fileName(), Qt::ElideMiddle, area.width()));
        painter->setFont(option.font);
        if (!selected)
            painter->setPen(option.palette.color(QPalette::PlaceholderText));
        painter->drawText(QRect(area.left(), area.top() + line + Padding, area.width(), line),
                          Qt::AlignLeft | Qt::AlignVCenter,
                          option.fontMetrics.elidedText(QDir::toNativeSeparators(info.absolutePath()),
                                                        Qt::ElideMiddle, area.width()));
        painter->restore();
    }

private:
    static constexpr int Padding = 4;
};

// The File menu's actions that need no document; every other action of the menus
// below is disabled while the page is shown.
const QStringList keptEnabled = {
    QStringLiteral("actionNew"),         QStringLiteral("actionOpen"),
    QStringLiteral("actionClearRecent"), QStringLiteral("actionKnownCookies"),
    QStringLiteral("actionQuit"),        QStringLiteral("actionReopenLastDocument"),
    // Undo and Redo follow the emptied stack by themselves.
    QStringLiteral("actionUndo"),        QStringLiteral("actionRedo"),
};
const QStringList documentMenus = {
    QStringLiteral("fileMenu"), QStringLiteral("editMenu"), QStringLiteral("documentMenu"),
    QStringLiteral("viewMenu"), QStringLiteral("toolsMenu"),
};

} // namespace

StartPage *StartPage::install(MainWindow *window)
{
    auto *page = new StartPage(window);
    page->hide();
    // Beside Quit, the other thing about how Charte starts and ends.
    if (auto *quit = window->fileMenu()->findChild<QAction *>(QStringLiteral("actionQuit"));
        quit && window->fileMenu()->actions().contains(quit))
        window->fileMenu()->insertAction(quit, page->m_reopenAction);
    else
        window->fileMenu()->addAction(page->m_reopenAction);
    return page;
}

StartPage::StartPage(MainWindow *window)
    : QWidget(window), m_window(window), m_reopenAction(new QAction(this)),
      m_title(new QLabel(this)), m_tagline(new QLabel(this)), m_recentHeading(new QLabel(this)),
      m_recentList(new QListWidget(this)), m_noRecent(new QLabel(this)),
      m_openButton(new QPushButton(this)), m_templatesHeading(new QLabel(this)),
      m_reopenBox(new QCheckBox(this))
{
    setObjectName(QStringLiteral("startPage"));
    m_reopenAction->setObjectName(QStringLiteral("actionReopenLastDocument"));
    m_reopenAction->setCheckable(true);
    m_reopenAction->setChecked(reopensLastDocument());
    m_title->setObjectName(QStringLiteral("startTitle"));
    m_recentList->setObjectName(QStringLiteral("recentList"));
    m_noRecent->setObjectName(QStringLiteral("noRecent"));
    m_openButton->setObjectName(QStringLiteral("startOpenButton"));
    m_reopenBox->setObjectName(QStringLiteral("reopenLastDocument"));
    m_reopenBox->setChecked(m_reopenAction->isChecked());

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.9);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_tagline->setWordWrap(true);
    m_tagline->setForegroundRole(QPalette::PlaceholderText);
    for (QLabel *heading : {m_recentHeading, m_templatesHeading}) {
        QFont font = heading->font();
        font.setBold(true);
        font.setPointSizeF(font.pointSizeF() * 1.15);
        heading->setFont(font);
        heading->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    }
    m_recentHeading->setBuddy(m_recentList);
    m_recentList->setUniformItemSizes(true);
    m_recentList->setItemDelegate(new RecentDelegate(m_recentList));
    m_recentList->setMinimumWidth(320);
    m_noRecent->setWordWrap(true);
    m_noRecent->setForegroundRole(QPalette::PlaceholderText);

    // Not the 32 pixels between the columns, which a nested layout would inherit.
    auto *recentColumn = new QVBoxLayout;
    recentColumn->setSpacing(8);
    recentColumn->addWidget(m_recentHeading);
    recentColumn->addWidget(m_recentList, 1);
    recentColumn->addWidget(m_noRecent);
    auto *openRow = new QHBoxLayout;
    openRow->addWidget(m_openButton);
    openRow->addStretch();
    recentColumn->addLayout(openRow);

    auto *templateColumn = new QVBoxLayout;
    templateColumn->setSpacing(8);
    templateColumn->addWidget(m_templatesHeading);
    for (const QString &name : Templates::names()) {
        auto *button = new QCommandLinkButton(this);
        button->setObjectName(QStringLiteral("template_") + name);
        button->setProperty("templateName", name);
        connect(button, &QCommandLinkButton::clicked, this, [this, name] { newFromTemplate(name); });
        m_templateButtons << button;
        templateColumn->addWidget(button);
    }
    templateColumn->addStretch();

    auto *columns = new QHBoxLayout;
    columns->setSpacing(32);
    columns->addLayout(recentColumn, 3);
    columns->addLayout(templateColumn, 2);

    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/charte.svg")).pixmap(QSize(56, 56)));
    auto *titleRow = new QHBoxLayout;
    titleRow->setSpacing(16);
    titleRow->addWidget(icon, 0, Qt::AlignTop);
    auto *titleText = new QVBoxLayout;
    titleText->addWidget(m_title);
    titleText->addWidget(m_tagline);
    titleRow->addLayout(titleText, 1);

    auto *content = new QWidget(this);
    content->setMaximumWidth(940);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addLayout(titleRow);
    contentLayout->addSpacing(18);
    contentLayout->addLayout(columns, 1);
    contentLayout->addSpacing(12);
    contentLayout->addWidget(m_reopenBox);

    auto *outer = new QHBoxLayout(this);
    outer->setContentsMargins(32, 28, 32, 28);
    outer->addStretch(1);
    outer->addWidget(content, 12);
    outer->addStretch(1);

    connect(m_reopenAction, &QAction::toggled, this, [this](bool checked) {
        setReopensLastDocument(checked);
        const QSignalBlocker blocker(m_reopenBox);
        m_reopenBox->setChecked(checked);
    });
    connect(m_reopenBox, &QCheckBox::toggled, m_reopenAction, &QAction::setChecked);
    connect(m_recentList, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        m_window->documentManager()->replaceWith(item->data(PathRole).toString());
    });
    connect(m_openButton, &QPushButton::clicked, m_window->documentManager(), &DocumentManager::open);
    connect(m_window->recentFiles(), &RecentFiles::changed, this, &StartPage::rebuildRecentList);
    // Whatever brings a document (New, Open, a recent or dropped file, a restored
    // autosave) resets the policy: the page then gives way.
    connect(m_window->document(), &PolicyDocument::policyReset, this, [this] {
        if (m_shown && !m_resetting)
            leave();
    });

    retranslateUi();
    rebuildRecentList();
}

bool StartPage::reopensLastDocument()
{
    return QSettings().value(ReopenKey, true).toBool();
}

void StartPage::setReopensLastDocument(bool reopen)
{
    QSettings().setValue(ReopenKey, reopen);
}

bool StartPage::closeDocument()
{
    if (m_shown)
        return true;
    DocumentManager *documents = m_window->documentManager();
    if (!documents->maybeSave())
        return false;
    documents->autosaver()->discard(); // an orderly close leaves nothing to recover
    m_resetting = true;
    // Nothing, in the interface's language: the hidden pages expect a language.
    Policy nothing;
    nothing.meta.defaultLanguage = Languages::ofInterface();
    nothing.meta.languages = {nothing.meta.defaultLanguage};
    m_window->document()->resetPolicy(std::move(nothing));
    m_window->document()->setFilePath({});
    m_resetting = false;
    enter();
    m_window->statusBar()->showMessage(tr("Document closed"), 4000);
    return true;
}

void StartPage::enter()
{
    m_shown = true;
    rebuildRecentList();
    m_disabled.clear();
    for (const QString &menuName : documentMenus) {
        const QMenu *menu = m_window->findChild<QMenu *>(menuName);
        if (!menu)
            continue;
        const QList<QAction *> actions = menu->findChildren<QAction *>() + menu->actions();
        for (QAction *action : actions) {
            // The recent files stay: opening one is what the page is for.
            if (action->parent() && action->parent()->objectName() == QLatin1StringView("recentMenu"))
                continue;
            if (action->menu() || action->isSeparator() || !action->isEnabled() ||
                keptEnabled.contains(action->objectName()) || m_disabled.contains(action))
                continue;
            action->setEnabled(false);
            m_disabled << action;
        }
    }
    for (QAction *action : m_window->findChildren<QAction *>()) {
        // Shortcuts of the pages' own actions (the toolbar's Check, Save) too.
        if (action->objectName() == QLatin1StringView("actionSave") ||
            action->objectName() == QLatin1StringView("actionCheck")) {
            if (action->isEnabled() && !m_disabled.contains(action)) {
                action->setEnabled(false);
                m_disabled << action;
            }
        }
    }
    if (auto *language = m_window->findChild<QWidget *>(QStringLiteral("editLanguageCombo")))
        language->setEnabled(false);
    // The status bar's issue count and file state describe a document: none is open.
    for (const char *name : {"issueCountLabel", "fileStateLabel"}) {
        if (auto *label = m_window->findChild<QLabel *>(QLatin1StringView(name)))
            label->hide();
    }
    if (auto *issues = m_window->findChild<QDockWidget *>(QStringLiteral("issuesDock"))) {
        m_issuesWereVisible = issues->isVisible();
        issues->hide();
    }
    m_documentView = m_window->takeCentralWidget();
    // Still the window's child: its pages point into the window's document and must
    // go with the window even if it closes on this page.
    m_documentView->setParent(m_window);
    m_documentView->hide();
    m_window->setCentralWidget(this);
    QWidget::show();
    m_window->setWindowFilePath({});
    m_window->setWindowModified(false);
    m_window->setWindowTitle(QStringLiteral("Charte"));
    if (m_recentList->count() > 0) {
        m_recentList->setCurrentRow(0);
        m_recentList->setFocus();
    } else if (!m_templateButtons.isEmpty()) {
        m_templateButtons.first()->setFocus();
    }
}

void StartPage::leave()
{
    m_shown = false;
    m_window->takeCentralWidget(); // this page, which the window keeps as a hidden child
    hide();
    setParent(m_window);
    if (m_documentView) {
        m_window->setCentralWidget(m_documentView);
        m_documentView->show();
        m_documentView = nullptr;
    }
    for (const QPointer<QAction> &action : std::as_const(m_disabled)) {
        if (action)
            action->setEnabled(true);
    }
    m_disabled.clear();
    if (auto *language = m_window->findChild<QWidget *>(QStringLiteral("editLanguageCombo")))
        language->setEnabled(true);
    for (const char *name : {"issueCountLabel", "fileStateLabel"}) {
        if (auto *label = m_window->findChild<QLabel *>(QLatin1StringView(name)))
            label->show();
    }
    if (auto *issues = m_window->findChild<QDockWidget *>(QStringLiteral("issuesDock")))
        issues->setVisible(m_issuesWereVisible);
    emit m_window->documentManager()->fileStateChanged();
}

void StartPage::newFromTemplate(const QString &name)
{
    std::optional<Policy> policy = Templates::load(name);
    if (!policy)
        return;
    DocumentManager *documents = m_window->documentManager();
    documents->autosaver()->discard();
    m_window->document()->resetPolicy(std::move(*policy)); // leaves the page
    m_window->document()->setFilePath({});
    emit documents->fileStateChanged();
    m_window->showPage(QStringLiteral("overview"));
    m_window->statusBar()->showMessage(tr("New document from the template \"%1\"")
                                           .arg(m_templateButtons.isEmpty() ? name : [&] {
                                               for (QCommandLinkButton *button : m_templateButtons) {
                                                   if (button->property("templateName") == name)
                                                       return button->text();
                                               }
                                               return name;
                                           }()),
                                       4000);
}

void StartPage::layoutRestored()
{
    if (!m_shown)
        return;
    if (auto *issues = m_window->findChild<QDockWidget *>(QStringLiteral("issuesDock"))) {
        m_issuesWereVisible = !issues->isHidden();
        issues->hide();
    }
}

void StartPage::rememberSession()
{
    QSettings settings;
    settings.setValue(LastDocumentKey, m_shown ? QString() : m_window->document()->filePath());
    if (m_shown) {
        // The window saves its layout next: the docks as they are with a document.
        if (auto *issues = m_window->findChild<QDockWidget *>(QStringLiteral("issuesDock")))
            issues->setVisible(m_issuesWereVisible);
    }
}

bool StartPage::restoreSession()
{
    QSettings settings;
    if (!reopensLastDocument() || !settings.contains(LastDocumentKey))
        return false;
    const QString path = settings.value(LastDocumentKey).toString();
    if (path.isEmpty()) {
        closeDocument();
        return true;
    }
    // Read here rather than through File › Open: a file gone since is a line in the
    // status bar, not a dialog in the way of the start.
    Expected<Policy> policy = PolicyReader::readFile(path);
    if (!policy) {
        closeDocument();
        m_window->statusBar()->showMessage(
            tr("The last document could not be reopened: %1").arg(policy.error()));
        return true;
    }
    m_window->adopt(std::move(*policy), path);
    return true;
}

void StartPage::rebuildRecentList()
{
    m_recentList->clear();
    const QStringList files = m_window->recentFiles()->files();
    for (const QString &path : files) {
        const QFileInfo info(path);
        // The text is what accessibility tools read; the delegate draws two lines.
        auto *item = new QListWidgetItem(
            info.fileName() + QStringLiteral(" — ") + QDir::toNativeSeparators(info.absolutePath()),
            m_recentList);
        item->setData(PathRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
    }
    m_recentList->setVisible(!files.isEmpty());
    m_noRecent->setVisible(files.isEmpty());
}

void StartPage::retranslateUi()
{
    m_reopenAction->setText(tr("&Reopen Last Document at Start"));
    m_reopenAction->setStatusTip(tr("When Charte starts without a file, open the document that was open when it was closed"));
    m_title->setText(tr("No document is open"));
    m_tagline->setText(tr("Charte keeps a site's cookie charter and consent banner in one document, "
                          "and checks them against the rules. Open a document or start a new one."));
    m_recentHeading->setText(tr("&Recent documents"));
    m_noRecent->setText(tr("No recent document. Documents you open or save appear here."));
    m_openButton->setText(tr("&Open…"));
    m_templatesHeading->setText(tr("New from template"));
    for (QCommandLinkButton *button : std::as_const(m_templateButtons)) {
        const QString name = button->property("templateName").toString();
        if (name == QLatin1StringView("default")) {
            button->setText(tr("Open-data platform"));
            button->setDescription(tr("The default charter: a portal run on Opendatasoft, with its "
                                      "necessary and audience-measurement cookies."));
        } else if (name == QLatin1StringView("typical")) {
            button->setText(tr("Town website"));
            button->setDescription(tr("A town's site with audience measurement (Matomo) and "
                                      "embedded YouTube videos."));
        } else {
            button->setText(name);
            button->setDescription({});
        }
    }
    m_reopenBox->setText(tr("Reopen the last document when Charte starts"));
}

void StartPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        // The window retitles itself on the same event; the page's title wins after.
        if (m_shown)
            QTimer::singleShot(0, this, [this] {
                if (!m_shown)
                    return;
                m_window->setWindowTitle(QStringLiteral("Charte"));
                // The window's retitling also re-enables Save for an untitled document.
                if (auto *save = m_window->findChild<QAction *>(QStringLiteral("actionSave")))
                    save->setEnabled(false);
            });
    }
    QWidget::changeEvent(event);
}
