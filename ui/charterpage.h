// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include <QTimer>
#include <QWidget>

class MetaEditor;
class PolicyDocument;
class QAction;
class QComboBox;
class QLabel;
class QListView;
class QMenu;
class QSplitter;
class QTabWidget;
class QTextBrowser;
class QToolButton;
class SectionEditor;
class SectionListModel;

// The Charter page: the list of sections (add, remove, rename, reorder by drag or
// buttons, make one the place of a cookie table), the editor of the chosen section
// and of the document's details, and the charter rendered in the edit language as
// the charter page will show it — the same HtmlExporter body, cookie tables included,
// then the publisher, last-updated and revision lines (PdfExporter::html()).
class CharterPage : public QWidget
{
    Q_OBJECT

public:
    explicit CharterPage(PolicyDocument *document, QWidget *parent = nullptr);

    // Each cookie table of the rendered charter lists at most this many rows and then
    // says how many follow: laying out 100,000 rows would freeze the page, and the
    // exports (HTML, PDF, print) stay complete.
    static constexpr int PreviewRowsPerTable = 25;

    QString editLanguage() const;
    // The language whose texts are shown and edited; empty means the default one.
    void setEditLanguage(const QString &language);
    // The page has its own language selector; hide it when the window has one.
    void setLanguageSelectorVisible(bool visible);

    int currentSection() const;
    void setCurrentSection(int row);

    SectionEditor *sectionEditor() const { return m_editor; }
    MetaEditor *metaEditor() const { return m_meta; }
    // Add, remove, rename, move up, move down: for a window's Edit menu.
    QList<QAction *> sectionActions() const;

signals:
    void editLanguageChanged(const QString &language);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();
    void createActions();
    void refreshView();
    void scheduleRefresh();
    void fillLanguages();
    void fillKindMenu();
    void documentChanged();
    void currentRowChanged();
    void addSection();
    void removeSection();
    void renameSection();
    void moveSection(int delta);
    void showContextMenu(const QPoint &position);
    void updateActions();

    PolicyDocument *m_document;
    SectionListModel *m_sections;
    QSplitter *m_splitter;
    QLabel *m_sectionsLabel;
    QListView *m_list;
    QTabWidget *m_tabs;
    SectionEditor *m_editor;
    MetaEditor *m_meta;
    QLabel *m_previewLabel;
    QLabel *m_languageLabel;
    QComboBox *m_language;
    QTextBrowser *m_view;
    QAction *m_addAction;
    QAction *m_removeAction;
    QAction *m_renameAction;
    QAction *m_upAction;
    QAction *m_downAction;
    QMenu *m_kindMenu;
    QToolButton *m_kindButton;
    QTimer m_refreshTimer;
    QString m_editLanguage;
    QString m_currentId; // follows the chosen section through moves and undo
    int m_lastRow = -1;
    bool m_viewStale = false; // changed while hidden: rendered when shown again
};
