// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "documentmanager.h"

#include "document/languages.h"
#include "document/policydocument.h"
#include "format/policyreader.h"
#include "format/policywriter.h"
#include "format/templates.h"
#include "recentfiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QMimeData>
#include <QPointer>
#include <QPushButton>
#include <QUndoStack>
#include <QUrl>

namespace {

// The prompts a person answers: message boxes and file dialogs over the window.
class DialogPrompts : public DocumentManager::Prompts
{
public:
    explicit DialogPrompts(QWidget *window) : m_window(window) {}

    Answer unsavedChanges(const QString &name) override
    {
        QMessageBox box(
            QMessageBox::Warning, QCoreApplication::translate("DocumentManager", "Unsaved changes"),
            QCoreApplication::translate("DocumentManager", "%1 has changes that are not saved.")
                .arg(name),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, m_window);
        box.setObjectName(QStringLiteral("unsavedChangesBox"));
        box.setInformativeText(
            QCoreApplication::translate("DocumentManager", "Do you want to save them?"));
        box.setDefaultButton(QMessageBox::Save);
        const int answer = box.exec();
        if (answer == QMessageBox::Save)
            return Answer::Save;
        return answer == QMessageBox::Discard ? Answer::Discard : Answer::Cancel;
    }

    QString openPath(const QString &start) override
    {
        return QFileDialog::getOpenFileName(
            m_window, QCoreApplication::translate("DocumentManager", "Open a charter"), start,
            QCoreApplication::translate(
                "DocumentManager",
                "Charte documents (*.charte.json);;JSON files (*.json);;All files (*)"));
    }

    QString savePath(const QString &start) override
    {
        return QFileDialog::getSaveFileName(
            m_window, QCoreApplication::translate("DocumentManager", "Save the charter"), start,
            QCoreApplication::translate("DocumentManager", "Charte documents (*.charte.json)"));
    }

    bool restore(const Autosaver::Recovery &recovery) override
    {
        const QString name =
            recovery.originalPath.isEmpty()
                ? QCoreApplication::translate("DocumentManager", "a charter that was never saved")
                : QDir::toNativeSeparators(recovery.originalPath);
        QMessageBox box(
            QMessageBox::Question,
            QCoreApplication::translate("DocumentManager", "Restore unsaved changes?"),
            QCoreApplication::translate("DocumentManager",
                                        "Charte did not close normally. Changes to %1 were saved "
                                        "automatically on %2.")
                .arg(name,
                     Languages::interfaceLocale().toString(recovery.savedAt.toLocalTime(), QLocale::ShortFormat)),
            QMessageBox::NoButton, m_window);
        box.setObjectName(QStringLiteral("recoveryBox"));
        box.setInformativeText(QCoreApplication::translate(
            "DocumentManager", "Restore them, or discard them for good?"));
        QPushButton *restoreButton = box.addButton(
            QCoreApplication::translate("DocumentManager", "&Restore"), QMessageBox::AcceptRole);
        box.addButton(QCoreApplication::translate("DocumentManager", "&Discard"),
                      QMessageBox::DestructiveRole);
        box.setDefaultButton(restoreButton);
        box.exec();
        return box.clickedButton() == restoreButton;
    }

    void error(const QString &title, const QString &message) override
    {
        QMessageBox::warning(m_window, title, message);
    }

private:
    QPointer<QWidget> m_window;
};

} // namespace

DocumentManager::DocumentManager(QWidget *window, QObject *parent)
    : QObject(parent), m_document(new PolicyDocument(this)),
      m_autosaver(new Autosaver(m_document, this)), m_recentFiles(new RecentFiles(this)),
      m_prompts(std::make_unique<DialogPrompts>(window))
{}

DocumentManager::~DocumentManager()
{
    // The undo stack announces "clean" while it is destroyed; the autosaver would
    // take that for a save and drop the recovery copy that a document destroyed
    // without close() must leave behind, as a crash would.
    m_document->blockSignals(true);
    m_document->undoStack()->blockSignals(true);
}

void DocumentManager::setPrompts(std::unique_ptr<Prompts> prompts)
{
    m_prompts = std::move(prompts);
}

void DocumentManager::showDefaultCharter()
{
    m_document->resetPolicy(Templates::defaultPolicy());
    m_document->setFilePath({});
    emit fileStateChanged();
}

bool DocumentManager::newDocument()
{
    if (!maybeSave())
        return false;
    showDefaultCharter();
    m_autosaver->discard();
    emit statusMessage(tr("New charter from the default template"), 4000);
    return true;
}

bool DocumentManager::openFile(const QString &path)
{
    Expected<Policy> policy = PolicyReader::readFile(path);
    if (!policy) {
        m_prompts->error(tr("Cannot open the document"), policy.error());
        return false;
    }
    adopt(std::move(policy).value(), path);
    emit statusMessage(tr("Opened %1").arg(QFileInfo(path).fileName()), 4000);
    return true;
}

void DocumentManager::open()
{
    if (!maybeSave())
        return;
    const QString start = m_document->filePath().isEmpty()
                              ? QDir::homePath()
                              : QFileInfo(m_document->filePath()).absolutePath();
    const QString path = m_prompts->openPath(start);
    if (!path.isEmpty())
        openFile(path);
}

bool DocumentManager::replaceWith(const QString &path)
{
    return maybeSave() && openFile(path);
}

void DocumentManager::adopt(Policy policy, const QString &path)
{
    m_autosaver->discard();
    m_document->resetPolicy(std::move(policy));
    m_document->setFilePath(QFileInfo(path).absoluteFilePath());
    m_recentFiles->add(path);
    emit fileStateChanged();
}

bool DocumentManager::save()
{
    if (m_document->filePath().isEmpty())
        return saveAs();
    return saveTo(m_document->filePath());
}

bool DocumentManager::saveAs()
{
    QString start = m_document->filePath();
    if (start.isEmpty()) {
        const QString site = m_document->policy().meta.siteName.trimmed();
        start = QDir::home().filePath((site.isEmpty() ? tr("charter") : site) +
                                      QStringLiteral(".charte.json"));
    }
    QString path = m_prompts->savePath(start);
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QLatin1StringView(".json")))
        path += QStringLiteral(".charte.json");
    return saveTo(path);
}

bool DocumentManager::saveTo(const QString &path)
{
    emit pendingEditsNeeded();
    const Status status = PolicyWriter::writeFile(m_document->policy(), path);
    if (!status) {
        m_prompts->error(tr("Cannot save the document"), status.error);
        return false;
    }
    m_document->setFilePath(QFileInfo(path).absoluteFilePath());
    m_document->markSaved();
    m_autosaver->discard();
    m_recentFiles->add(path);
    emit statusMessage(tr("Saved %1").arg(QFileInfo(path).fileName()), 4000);
    emit fileStateChanged();
    return true;
}

bool DocumentManager::maybeSave()
{
    emit pendingEditsNeeded();
    if (!m_document->isModified())
        return true;
    const QString name = m_document->filePath().isEmpty()
                             ? tr("The new charter")
                             : QFileInfo(m_document->filePath()).fileName();
    switch (m_prompts->unsavedChanges(name)) {
    case Prompts::Answer::Save:
        return save();
    case Prompts::Answer::Discard:
        return true;
    case Prompts::Answer::Cancel:
        break;
    }
    return false;
}

bool DocumentManager::close()
{
    if (!maybeSave())
        return false;
    // An orderly close: there is nothing left to recover.
    m_autosaver->discard();
    return true;
}

bool DocumentManager::offerRecovery()
{
    const QList<Autosaver::Recovery> recoveries = Autosaver::orphanedRecoveries();
    if (recoveries.isEmpty())
        return false;
    const Autosaver::Recovery &recovery = recoveries.first();

    const QByteArray scripted = qgetenv("CHARTE_RECOVERY_ANSWER").trimmed().toLower();
    const bool restore = scripted == "restore" || scripted == "discard"
                             ? scripted == "restore"
                             : m_prompts->restore(recovery);
    if (!restore) {
        Autosaver::remove(recovery);
        return false;
    }
    if (!maybeSave())
        return false; // the copy stays, to be offered again

    Expected<Policy> policy = PolicyReader::readFile(recovery.recoveryPath);
    if (!policy) {
        m_prompts->error(tr("Cannot restore the document"), policy.error());
        return false; // the file stays, for someone to rescue by hand
    }
    m_document->resetPolicy(std::move(policy).value());
    m_document->setFilePath(recovery.originalPath);
    // Restored changes are not on disk: the document must read as modified.
    m_document->undoStack()->resetClean();
    Autosaver::remove(recovery);
    // Our own recovery copy replaces the old one at once, in case of another crash.
    m_autosaver->saveNow();
    emit fileStateChanged();
    emit statusMessage(tr("Unsaved changes restored"), 6000);
    return true;
}

QString DocumentManager::droppedFile(const QMimeData *data)
{
    if (!data || !data->hasUrls())
        return {};
    const QList<QUrl> urls = data->urls();
    if (urls.size() != 1 || !urls.first().isLocalFile())
        return {};
    const QString path = urls.first().toLocalFile();
    return path.endsWith(QLatin1StringView(".json"), Qt::CaseInsensitive) ? path : QString();
}
