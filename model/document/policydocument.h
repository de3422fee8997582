// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include "document/policy.h"

#include <QObject>
#include <QUndoStack>

// The one owner of a Policy in the application. Every change goes through this
// API and is announced by a signal, so that views stay in step and undo commands
// (which call these functions in redo/undo) are the only writers in the editor.
class PolicyDocument : public QObject
{
    Q_OBJECT

public:
    explicit PolicyDocument(QObject *parent = nullptr);
    explicit PolicyDocument(Policy policy, QObject *parent = nullptr);
    ~PolicyDocument() override;

    const Policy &policy() const { return m_policy; }
    QUndoStack *undoStack() { return &m_undoStack; }

    QString filePath() const { return m_filePath; }
    void setFilePath(const QString &path);
    // "Modified" is exactly "the undo stack is away from its clean state".
    bool isModified() const { return !m_undoStack.isClean(); }
    void markSaved() { m_undoStack.setClean(); }

    // Replaces everything (open, revert, import); clears the undo history.
    void resetPolicy(Policy policy);

    void setMeta(const PolicyMeta &meta);
    void setBanner(const BannerSettings &banner);
    void setExtra(const QJsonObject &extra);
    // The published revisions (written by publishing; the `changes` section shows them).
    void setHistory(const QList<PublishedRevision> &history);

    void setCookie(qsizetype row, const Cookie &cookie);
    // Rewrites many rows (a paste, a reassignment) and announces them with one
    // cookiesChanged over the smallest range that holds them, instead of one
    // cookieChanged per row: sorted views re-sort once, not once per row.
    void setCookies(const QList<qsizetype> &rows, const QList<Cookie> &cookies);
    void insertCookies(qsizetype row, const QList<Cookie> &cookies);
    QList<Cookie> removeCookies(qsizetype row, qsizetype count);
    void moveCookies(qsizetype from, qsizetype count, qsizetype to);

    void setCategory(qsizetype index, const Category &category);
    void insertCategory(qsizetype index, const Category &category);
    Category removeCategory(qsizetype index);

    void setProvider(qsizetype index, const Provider &provider);
    void insertProvider(qsizetype index, const Provider &provider);
    Provider removeProvider(qsizetype index);

    void setSection(qsizetype index, const CharterSection &section);
    void insertSection(qsizetype index, const CharterSection &section);
    CharterSection removeSection(qsizetype index);
    void moveSection(qsizetype from, qsizetype to);

signals:
    void policyReset();
    void metaChanged();
    void historyChanged();
    void bannerChanged();
    void cookieChanged(qsizetype row);
    // Rows first..last may have changed (setCookies); not emitted with cookieChanged.
    void cookiesChanged(qsizetype first, qsizetype last);
    void cookiesAboutToBeInserted(qsizetype first, qsizetype last);
    void cookiesInserted(qsizetype first, qsizetype last);
    void cookiesAboutToBeRemoved(qsizetype first, qsizetype last);
    void cookiesRemoved(qsizetype first, qsizetype last);
    void cookiesAboutToBeMoved(qsizetype first, qsizetype last, qsizetype destination);
    void cookiesMoved(qsizetype first, qsizetype last, qsizetype destination);
    void categoriesChanged();
    void providersChanged();
    void sectionsChanged();
    // Emitted after every change above, for views that simply redraw.
    void changed();
    void filePathChanged(const QString &path);
    void modificationChanged(bool modified);

private:
    Policy m_policy;
    QUndoStack m_undoStack;
    QString m_filePath;
};
