// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include "document/policydocument.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoCommand>

// Checks every undo command test makes: pushing it changes the document and says
// so, undo gives back exactly the document before (unmodified), redo the same result
// again. Call from a test function, then return if QTest::currentTestFailed().
namespace UndoChecks {
inline void redoUndoRestores(PolicyDocument &document, QUndoCommand *command)
{
    const Policy before = document.policy();
    QSignalSpy changed(&document, &PolicyDocument::changed);
    document.undoStack()->push(command);
    const Policy after = document.policy();
    QVERIFY2(after != before, "the command changed nothing");
    QVERIFY(changed.count() > 0);
    QVERIFY(document.isModified());
    document.undoStack()->undo();
    QVERIFY(document.policy() == before);
    QVERIFY(!document.isModified());
    document.undoStack()->redo();
    QVERIFY(document.policy() == after);
    document.undoStack()->undo();
    QVERIFY(document.policy() == before);
}
} // namespace UndoChecks
