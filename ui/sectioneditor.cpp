// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "sectioneditor.h"

#include "commands/sectioncommands.h"
#include "document/policydocument.h"
#include "paintedicons.h"
#include "undokeyrouter.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextEdit>
#include <QTextList>
#include <QToolBar>
#include <QVBoxLayout>

#include <memory>
#include <utility>

namespace {

// CommonMark without raw HTML: what the exporter (cmark, safe mode) renders.
constexpr QTextDocument::MarkdownFeatures markdownFeatures = QTextDocument::MarkdownFeatures(
    QTextDocument::MarkdownDialectCommonMark | QTextDocument::MarkdownNoHTML);

int nextSession()
{
    static int session = 0;
    return ++session;
}

// Spaces at either end of a run with the given emphasis, as (position, length) ranges.
template <typename HasEmphasis>
QList<std::pair<int, int>> edgeSpacesOfRuns(const QTextDocument *document, HasEmphasis has)
{
    QList<std::pair<int, int>> ranges;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        QString run;
        int runStart = -1;
        const auto endRun = [&] {
            if (runStart < 0)
                return;
            qsizetype leading = 0;
            while (leading < run.size() && run.at(leading).isSpace())
                ++leading;
            qsizetype trailing = 0;
            while (trailing < run.size() - leading && run.at(run.size() - 1 - trailing).isSpace())
                ++trailing;
            if (leading > 0)
                ranges.append({runStart, int(leading)});
            if (trailing > 0)
                ranges.append({runStart + int(run.size() - trailing), int(trailing)});
            run.clear();
            runStart = -1;
        };
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!has(fragment.charFormat())) {
                endRun();
                continue;
            }
            if (runStart < 0)
                runStart = fragment.position();
            run += fragment.text();
        }
        endRun();
    }
    return ranges;
}

// Qt writes emphasis as it finds it, so a bold run that ends with a space came out as
// "**La plateforme **utilise", which CommonMark does not read as bold (a closing "**"
// must follow a non-space): the editor showed bold, every export literal asterisks.
// The spaces at the ends of bold and italic runs are taken out of them, in a copy.
std::unique_ptr<QTextDocument> withEmphasisInsideItsSpaces(const QTextDocument *document)
{
    std::unique_ptr<QTextDocument> copy(document->clone());
    const auto clear = [&](const QList<std::pair<int, int>> &ranges, const QTextCharFormat &plain) {
        for (const auto &[position, length] : ranges) {
            QTextCursor cursor(copy.get());
            cursor.setPosition(position);
            cursor.setPosition(position + length, QTextCursor::KeepAnchor);
            cursor.mergeCharFormat(plain);
        }
    };
    QTextCharFormat notBold;
    notBold.setFontWeight(QFont::Normal);
    clear(edgeSpacesOfRuns(copy.get(), [](const QTextCharFormat &format) {
              return format.fontWeight() > QFont::Normal;
          }),
          notBold);
    QTextCharFormat notItalic;
    notItalic.setFontItalic(false);
    clear(edgeSpacesOfRuns(copy.get(), [](const QTextCharFormat &format) { return format.fontItalic(); }),
          notItalic);
    return copy;
}

QString bodyMarkdown(const QTextDocument *document)
{
    QString markdown = withEmphasisInsideItsSpaces(document)->toMarkdown(markdownFeatures);
    // QTextDocument ends every block with a newline; the file keeps none.
    while (markdown.endsWith(u'\n'))
        markdown.chop(1);
    return markdown;
}

} // namespace

SectionEditor::SectionEditor(PolicyDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_router(new UndoKeyRouter(
                                                 document->undoStack(), [this] { flush(); }, this)),
      m_titleLabel(new QLabel(this)), m_title(new QLineEdit(this)), m_kindLabel(new QLabel(this)),
      m_kind(new QComboBox(this)), m_tableNote(new QLabel(this)), m_formatBar(new QToolBar(this)),
      m_heading(new QComboBox(this)), m_body(new QTextEdit(this))
{
    m_title->setObjectName(QStringLiteral("sectionTitleEdit"));
    m_kind->setObjectName(QStringLiteral("sectionKindCombo"));
    m_heading->setObjectName(QStringLiteral("headingCombo"));
    m_body->setObjectName(QStringLiteral("sectionBodyEdit"));
    m_formatBar->setObjectName(QStringLiteral("formatToolBar"));
    m_tableNote->setObjectName(QStringLiteral("tableNote"));
    m_titleLabel->setBuddy(m_title);
    m_kindLabel->setBuddy(m_kind);
    m_tableNote->setWordWrap(true);
    m_body->setUndoRedoEnabled(false); // the document's stack is the only history
    m_body->setAcceptRichText(true);
    m_body->setTabChangesFocus(true);
    m_formatBar->setIconSize(QSize(16, 16));
    m_formatBar->setToolButtonStyle(Qt::ToolButtonIconOnly);

    auto *form = new QFormLayout;
    form->addRow(m_titleLabel, m_title);
    form->addRow(m_kindLabel, m_kind);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_tableNote);
    layout->addWidget(m_formatBar);
    layout->addWidget(m_body, 1);

    createFormatActions();

    m_commitTimer.setSingleShot(true);
    m_commitTimer.setInterval(commitDelayMs());
    connect(&m_commitTimer, &QTimer::timeout, this, &SectionEditor::flush);
    connect(m_body, &QTextEdit::textChanged, this, &SectionEditor::bodyEdited);
    connect(m_body, &QTextEdit::cursorPositionChanged, this, &SectionEditor::updateFormatActions);
    connect(m_body, &QTextEdit::currentCharFormatChanged, this,
            &SectionEditor::updateFormatActions);
    connect(m_title, &QLineEdit::textEdited, this, &SectionEditor::titleEdited);
    connect(m_kind, &QComboBox::activated, this, &SectionEditor::kindChosen);
    m_router->watch(m_body);
    m_router->watch(m_title);
    m_body->installEventFilter(this);
    m_title->installEventFilter(this);

    connect(m_document, &PolicyDocument::changed, this, &SectionEditor::reload);
    connect(m_document, &PolicyDocument::categoriesChanged, this, &SectionEditor::fillKinds);
    // After an undo or redo, new typing starts a new step rather than merging into
    // a command that is no longer on top.
    connect(m_document->undoStack(), &QUndoStack::indexChanged, this, [this] {
        if (!m_pushing)
            newSession();
    });

    retranslateUi();
    newSession();
    reload();
}

QString SectionEditor::editLanguage() const
{
    return m_editLanguage.isEmpty() ? m_document->policy().meta.defaultLanguage : m_editLanguage;
}

void SectionEditor::setEditLanguage(const QString &language)
{
    if (language == m_editLanguage)
        return;
    flush();
    m_editLanguage = language;
    m_syncedBody.clear();
    newSession();
    reload();
    loadBody(m_index >= 0 && m_index < m_document->policy().charter.size()
                 ? m_document->policy().charter.at(m_index).body.exact(editLanguage())
                 : QString());
}

void SectionEditor::setSection(int index)
{
    if (index == m_index)
        return;
    flush();
    m_index = index;
    newSession();
    const auto &charter = m_document->policy().charter;
    loadBody(index >= 0 && index < charter.size() ? charter.at(index).body.exact(editLanguage())
                                                  : QString());
    reload();
}

void SectionEditor::newSession()
{
    m_session = nextSession();
}

void SectionEditor::flush()
{
    m_commitTimer.stop();
    const auto &charter = m_document->policy().charter;
    // Only what the user typed is pushed: the Markdown QTextDocument writes back may
    // differ in form from what it read, and merely looking must not rewrite a text.
    if (m_index < 0 || m_index >= charter.size() || m_loading || !m_dirty)
        return;
    m_dirty = false;
    const QString markdown = bodyMarkdown(m_body->document());
    if (markdown == m_syncedBody)
        return;
    m_syncedBody = markdown;
    if (markdown == charter.at(m_index).body.exact(editLanguage()))
        return;
    m_pushing = true;
    m_document->undoStack()->push(new SetSectionTextCommand(
        m_document, {m_index, SectionText::Body, m_session}, editLanguage(), markdown));
    m_pushing = false;
}

void SectionEditor::bodyEdited()
{
    if (m_loading)
        return;
    m_dirty = true;
    m_commitTimer.start();
}

void SectionEditor::titleEdited(const QString &title)
{
    if (m_index < 0 || m_index >= m_document->policy().charter.size())
        return;
    m_pushing = true;
    m_document->undoStack()->push(new SetSectionTextCommand(
        m_document, {m_index, SectionText::Title, m_session}, editLanguage(), title));
    m_pushing = false;
}

void SectionEditor::kindChosen(int comboIndex)
{
    if (m_index < 0 || m_index >= m_document->policy().charter.size())
        return;
    const QStringList choice = m_kind->itemData(comboIndex).toStringList();
    const auto kind = PolicyKeys::sectionKind(choice.value(0)).value_or(CharterSection::Kind::Text);
    const QString category = choice.value(1);
    const CharterSection &section = m_document->policy().charter.at(m_index);
    if (section.kind == kind && section.categoryId == category)
        return;
    flush();
    m_document->undoStack()->push(setSectionKindCommand(m_document, m_index, kind, category));
}

void SectionEditor::loadBody(const QString &markdown)
{
    m_commitTimer.stop();
    m_loading = true;
    const int position = m_body->textCursor().position();
    m_body->document()->setMarkdown(markdown, markdownFeatures);
    QTextCursor cursor = m_body->textCursor();
    cursor.setPosition(qMin(position, m_body->document()->characterCount() - 1));
    m_body->setTextCursor(cursor);
    m_syncedBody = markdown;
    m_dirty = false;
    m_loading = false;
}

void SectionEditor::reload()
{
    if (m_pushing)
        return;
    const Policy &policy = m_document->policy();
    const bool valid = m_index >= 0 && m_index < policy.charter.size();
    setEnabled(valid);
    if (!valid) {
        m_title->clear();
        loadBody(QString());
        return;
    }
    const CharterSection &section = policy.charter.at(m_index);
    const QString language = editLanguage();
    const QString title = section.title.exact(language);
    if (m_title->text() != title)
        m_title->setText(title);
    m_title->setPlaceholderText(policy.text(section.title, language));
    const QString body = section.body.exact(language);
    // Only a change made elsewhere (undo, the translation view) replaces the text;
    // our own pushes come back equal to what the field already holds.
    if (body != m_syncedBody)
        loadBody(body);
    const QString fallback = policy.text(section.body, policy.meta.defaultLanguage);
    m_body->setPlaceholderText(fallback.isEmpty() || language == policy.meta.defaultLanguage
                                   ? tr("Write the section's text here.")
                                   : tr("Not translated yet. In %1: %2")
                                         .arg(policy.meta.defaultLanguage, fallback.left(200)));
    fillKinds();
}

void SectionEditor::fillKinds()
{
    const Policy &policy = m_document->policy();
    const QSignalBlocker blocker(m_kind);
    m_kind->clear();
    m_kind->addItem(tr("Text"),
                    QStringList{PolicyKeys::toString(CharterSection::Kind::Text), QString()});
    const QString table = PolicyKeys::toString(CharterSection::Kind::CookieTable);
    m_kind->addItem(tr("Text and cookie tables of all categories"), QStringList{table, QString()});
    for (const Category &category : policy.categories) {
        const QString name = policy.text(category.name, editLanguage());
        m_kind->addItem(tr("Text and cookie table: %1").arg(name.isEmpty() ? category.id : name),
                        QStringList{table, category.id});
    }
    if (m_index < 0 || m_index >= policy.charter.size())
        return;
    const CharterSection &section = policy.charter.at(m_index);
    const QStringList current{PolicyKeys::toString(section.kind), section.categoryId};
    int found = m_kind->findData(current);
    if (found < 0) {
        // A table of a category that no longer exists: say so rather than hide it.
        m_kind->addItem(tr("Cookie table of unknown category %1").arg(section.categoryId), current);
        found = m_kind->count() - 1;
    }
    m_kind->setCurrentIndex(found);
    m_tableNote->setVisible(section.kind == CharterSection::Kind::CookieTable);
}

void SectionEditor::createFormatActions()
{
    m_heading->addItems({QString(), QString(), QString(), QString()});
    m_formatBar->addWidget(m_heading);
    connect(m_heading, &QComboBox::activated, this, &SectionEditor::setHeading);
    m_bold = m_formatBar->addAction(QString(), this, &SectionEditor::toggleBold);
    m_bold->setObjectName(QStringLiteral("boldAction"));
    m_bold->setCheckable(true);
    m_bold->setShortcut(QKeySequence::Bold);
    m_bold->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_italic = m_formatBar->addAction(QString(), this, &SectionEditor::toggleItalic);
    m_italic->setObjectName(QStringLiteral("italicAction"));
    m_italic->setCheckable(true);
    m_italic->setShortcut(QKeySequence::Italic);
    m_italic->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_formatBar->addSeparator();
    m_bullets = m_formatBar->addAction(QString(), this, [this] { toggleList(false); });
    m_bullets->setObjectName(QStringLiteral("bulletListAction"));
    m_bullets->setCheckable(true);
    m_numbers = m_formatBar->addAction(QString(), this, [this] { toggleList(true); });
    m_numbers->setObjectName(QStringLiteral("numberedListAction"));
    m_numbers->setCheckable(true);
    m_formatBar->addSeparator();
    m_link = m_formatBar->addAction(QString(), this, &SectionEditor::editLink);
    m_link->setObjectName(QStringLiteral("linkAction"));
    m_link->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_link->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    // Shortcuts of toolbar actions work while the body has focus.
    for (QAction *action : {m_bold, m_italic, m_link})
        addAction(action);
}

// Icons instead of words, so the whole bar fits beside the text in any language; the
// letters of Bold and Italic are the interface language's, as in word processors.
void SectionEditor::updateFormatIcons()
{
    const QPalette colours = palette();
    m_bold->setIcon(PaintedIcons::styledLetter(colours, tr("B", "the letter on the Bold button"), true, false));
    m_italic->setIcon(PaintedIcons::styledLetter(colours, tr("I", "the letter on the Italic button"), false, true));
    m_bullets->setIcon(PaintedIcons::list(colours, false));
    m_numbers->setIcon(PaintedIcons::list(colours, true));
    m_link->setIcon(PaintedIcons::link(colours));
}

void SectionEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange && m_bold)
        updateFormatIcons();
    QWidget::changeEvent(event);
}

bool SectionEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut && (watched == m_body || watched == m_title)) {
        flush();
        newSession();
    }
    return QWidget::eventFilter(watched, event);
}

void SectionEditor::retranslateUi()
{
    m_titleLabel->setText(tr("&Title:"));
    m_kindLabel->setText(tr("&Shows:"));
    m_title->setAccessibleName(tr("Section title"));
    m_kind->setAccessibleName(tr("What the section shows"));
    m_body->setAccessibleName(tr("Section text"));
    m_tableNote->setText(tr("The cookie table comes after this text, built from the inventory."));
    m_heading->setItemText(0, tr("Paragraph"));
    m_heading->setItemText(1, tr("Heading 1"));
    m_heading->setItemText(2, tr("Heading 2"));
    m_heading->setItemText(3, tr("Heading 3"));
    m_heading->setToolTip(tr("Paragraph style"));
    m_heading->setAccessibleName(tr("Paragraph style"));
    m_bold->setText(tr("Bold"));
    m_bold->setToolTip(tr("Bold (%1)").arg(m_bold->shortcut().toString(QKeySequence::NativeText)));
    m_italic->setText(tr("Italic"));
    m_italic->setToolTip(
        tr("Italic (%1)").arg(m_italic->shortcut().toString(QKeySequence::NativeText)));
    m_bullets->setText(tr("• List"));
    m_bullets->setToolTip(tr("Bulleted list"));
    m_numbers->setText(tr("1. List"));
    m_numbers->setToolTip(tr("Numbered list"));
    m_link->setText(tr("Link…"));
    m_link->setToolTip(tr("Make the selection a link (%1)")
                           .arg(m_link->shortcut().toString(QKeySequence::NativeText)));
    m_formatBar->setWindowTitle(tr("Format"));
    updateFormatIcons();
    if (isEnabled() || m_index >= 0)
        reload();
}

void SectionEditor::updateFormatActions()
{
    const QTextCursor cursor = m_body->textCursor();
    const QTextCharFormat format = cursor.charFormat();
    m_bold->setChecked(format.fontWeight() >= QFont::Bold &&
                       cursor.blockFormat().headingLevel() == 0);
    m_italic->setChecked(format.fontItalic());
    const QTextList *list = cursor.currentList();
    const bool ordered = list && list->format().style() == QTextListFormat::ListDecimal;
    m_bullets->setChecked(list && !ordered);
    m_numbers->setChecked(list && ordered);
    const int level = cursor.blockFormat().headingLevel();
    m_heading->setCurrentIndex(level >= 1 && level <= 3 ? level : 0);
}

void SectionEditor::toggleBold()
{
    QTextCharFormat format;
    format.setFontWeight(m_bold->isChecked() ? QFont::Bold : QFont::Normal);
    m_body->mergeCurrentCharFormat(format);
}

void SectionEditor::toggleItalic()
{
    QTextCharFormat format;
    format.setFontItalic(m_italic->isChecked());
    m_body->mergeCurrentCharFormat(format);
}

void SectionEditor::toggleList(bool ordered)
{
    QTextCursor cursor = m_body->textCursor();
    const QTextListFormat::Style style =
        ordered ? QTextListFormat::ListDecimal : QTextListFormat::ListDisc;
    cursor.beginEditBlock();
    if (QTextList *list = cursor.currentList(); list && list->format().style() == style) {
        // The same button again takes the paragraphs out of the list.
        for (QTextBlock block = cursor.document()->findBlock(cursor.selectionStart());
             block.isValid() && block.position() <= cursor.selectionEnd(); block = block.next()) {
            if (QTextList *blockList = block.textList())
                blockList->remove(block);
            QTextCursor blockCursor(block);
            QTextBlockFormat format = block.blockFormat();
            format.setIndent(0);
            blockCursor.setBlockFormat(format);
        }
    } else if (QTextList *current = cursor.currentList()) {
        QTextListFormat format = current->format();
        format.setStyle(style);
        current->setFormat(format);
    } else {
        QTextListFormat format;
        format.setStyle(style);
        cursor.createList(format);
    }
    cursor.endEditBlock();
    updateFormatActions();
}

void SectionEditor::editLink()
{
    QTextCursor cursor = m_body->textCursor();
    const QString current = cursor.charFormat().anchorHref();
    bool ok = false;
    const QString url =
        QInputDialog::getText(this, tr("Link"),
                              tr("Address (https://… or mailto:…); empty removes the link:"),
                              QLineEdit::Normal, current, &ok)
            .trimmed();
    if (!ok)
        return;
    if (!cursor.hasSelection() && !url.isEmpty() && current.isEmpty()) {
        cursor.insertText(url);
        cursor.movePosition(QTextCursor::Left, QTextCursor::KeepAnchor, int(url.size()));
    }
    if (!cursor.hasSelection())
        cursor.select(QTextCursor::WordUnderCursor);
    QTextCharFormat format;
    format.setAnchor(!url.isEmpty());
    format.setAnchorHref(url);
    format.setFontUnderline(!url.isEmpty());
    format.setForeground(url.isEmpty() ? palette().text() : palette().link());
    cursor.mergeCharFormat(format);
}

void SectionEditor::setHeading(int level)
{
    QTextCursor cursor = m_body->textCursor();
    cursor.beginEditBlock();
    QTextBlockFormat blockFormat = cursor.blockFormat();
    blockFormat.setHeadingLevel(level);
    cursor.setBlockFormat(blockFormat);
    // Size and weight as QTextDocument's Markdown reader gives headings.
    QTextCharFormat charFormat;
    charFormat.setProperty(QTextFormat::FontSizeAdjustment, level ? 4 - level : 0);
    charFormat.setFontWeight(level ? QFont::Bold : QFont::Normal);
    cursor.select(QTextCursor::BlockUnderCursor);
    cursor.mergeCharFormat(charFormat);
    cursor.endEditBlock();
    m_body->setFocus();
}
