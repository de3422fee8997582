// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include "documentmanager.h"

#include <QStringList>

#include <memory>

namespace TestSupport {
// Scripted answers in place of the dialogs, and a record of what was asked.
struct Script
{
    DocumentManager::Prompts::Answer unsavedAnswer = DocumentManager::Prompts::Answer::Cancel;
    QString openAnswer;
    QString saveAnswer;
    bool restoreAnswer = false;

    QStringList unsavedAsked; // the document names the question named
    QStringList saveStarts;
    QStringList openStarts;
    int restoreAsked = 0;
    QStringList errors; // titles
    QStringList errorTexts;
};

class ScriptedPrompts : public DocumentManager::Prompts
{
public:
    explicit ScriptedPrompts(std::shared_ptr<Script> script) : m_script(std::move(script)) {}
    Answer unsavedChanges(const QString &name) override
    {
        m_script->unsavedAsked << name;
        return m_script->unsavedAnswer;
    }
    QString openPath(const QString &start) override
    {
        m_script->openStarts << start;
        return m_script->openAnswer;
    }
    QString savePath(const QString &start) override
    {
        m_script->saveStarts << start;
        return m_script->saveAnswer;
    }
    bool restore(const Autosaver::Recovery &) override
    {
        ++m_script->restoreAsked;
        return m_script->restoreAnswer;
    }
    void error(const QString &title, const QString &text) override
    {
        m_script->errors << title;
        m_script->errorTexts << text;
    }

private:
    std::shared_ptr<Script> m_script;
};

// Puts scripted answers in place of the window's dialogs; the script records what
// was asked.
inline std::shared_ptr<Script> scriptDialogs(DocumentManager &manager)
{
    auto script = std::make_shared<Script>();
    manager.setPrompts(std::make_unique<ScriptedPrompts>(script));
    return script;
}
} // namespace TestSupport
