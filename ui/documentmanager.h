// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include "document/policy.h"
#include "format/autosaver.h"

#include <QObject>

#include <memory>

class PolicyDocument;
class QMimeData;
class QWidget;
class RecentFiles;

// The life of the one document a window edits: new, open, save, save as, the
// unsaved-changes question before any of them or a close, the autosaved copy a crash
// leaves, the recent files and a file dropped on the window. Tiled keeps this out of
// its main window in a DocumentManager, and so does Charte: the window holds the
// actions and menus and calls these.
//
// Whatever must be asked of the person (a file name, "save the changes?") or shown
// (an error) goes through Prompts; the default one shows dialogs over the window,
// tests put in their own answers.
class DocumentManager : public QObject
{
    Q_OBJECT

public:
    // What the manager asks; one dialog each in the window.
    class Prompts
    {
    public:
        enum class Answer { Save, Discard, Cancel };

        virtual ~Prompts() = default;
        // The document called name has unsaved changes: save them, drop them, or stop?
        virtual Answer unsavedChanges(const QString &name) = 0;
        // A file to open or to save to, starting from start; empty when cancelled.
        virtual QString openPath(const QString &start) = 0;
        virtual QString savePath(const QString &start) = 0;
        // Restore what a crashed session autosaved, or discard it for good?
        virtual bool restore(const Autosaver::Recovery &recovery) = 0;
        virtual void error(const QString &title, const QString &message) = 0;
    };

    // Dialogs are shown over window.
    explicit DocumentManager(QWidget *window, QObject *parent = nullptr);
    ~DocumentManager() override;

    PolicyDocument *document() const { return m_document; }
    Autosaver *autosaver() const { return m_autosaver; }
    RecentFiles *recentFiles() const { return m_recentFiles; }
    void setPrompts(std::unique_ptr<Prompts> prompts);

    // An untitled document from the default template, without asking.
    void showDefaultCharter();
    // File › New: asks about unsaved changes first; false if the person cancelled.
    bool newDocument();
    // Opens path; on failure shows the reason and keeps the current document.
    bool openFile(const QString &path);
    // File › Open…: asks about unsaved changes, then for the file.
    void open();
    // A recent file or a dropped one: asks about unsaved changes, then opens path.
    bool replaceWith(const QString &path);
    // Shows policy, read from path by the caller (the command line reports its own errors).
    void adopt(Policy policy, const QString &path);
    bool save();
    bool saveAs();
    // Written atomically (QSaveFile); the document then reads as saved at path.
    bool saveTo(const QString &path);
    // Asks Save / Discard / Cancel when the document is modified; true to go on.
    bool maybeSave();
    // The window is closing: false when the person kept it open. After true there is
    // nothing left to recover.
    bool close();
    // Offers the newest document a crashed session left in the recovery folder.
    // CHARTE_RECOVERY_ANSWER=restore|discard answers without asking (scripts, tests).
    // Returns true if a document was restored.
    bool offerRecovery();

    // The file a drag brings, if it is one file the window can open, else empty.
    static QString droppedFile(const QMimeData *data);

signals:
    // A line for the status bar, shown for timeout milliseconds.
    void statusMessage(const QString &message, int timeout);
    // The document was replaced or saved: its title and file state are to be shown again.
    void fileStateChanged();
    // The document is about to be written or asked about as a whole: editors holding
    // typing they have not pushed yet (the charter's, after a pause) push it now, or
    // Save would write without it and Close would not see it as a change.
    void pendingEditsNeeded();

private:
    PolicyDocument *m_document;
    Autosaver *m_autosaver;
    RecentFiles *m_recentFiles;
    std::unique_ptr<Prompts> m_prompts;
};
