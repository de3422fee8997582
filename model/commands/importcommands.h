// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include <QString>

class PolicyDocument;
class QUndoCommand;
struct CharterImport;
struct InventoryImport;
class InventoryUpdate;

// File › Import lands as one undo step whatever it brings. The dialogs read and map
// the file; these build the step from their result, so the window only pushes it
// and the command line's merge (InventoryImport::mergeInto) and the GUI's agree.
namespace ImportCommands {

// The document's inventory with imported appended (new providers and categories
// first, as InventoryImport::mergeInto orders them), as one replacing command.
QUndoCommand *inventory(PolicyDocument *document, const InventoryImport &imported,
                        QUndoCommand *parent = nullptr);

// A CSV inventory matched against the document's cookies (changed, added, maybe
// removed), as one replacing command.
QUndoCommand *inventoryUpdate(PolicyDocument *document, const InventoryUpdate &update,
                              QUndoCommand *parent = nullptr);

// A charter page: its language when the document lacks it, its inventory, then its
// sections after the document's (they may list the inventory), under text.
QUndoCommand *charterPage(PolicyDocument *document, const CharterImport &imported,
                          const QString &text);

} // namespace ImportCommands
