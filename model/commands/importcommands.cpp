// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "commands/importcommands.h"

#include "commands/cookiecommands.h"
#include "commands/metacommands.h"
#include "commands/sectioncommands.h"
#include "document/policydocument.h"
#include "import/charterimporter.h"
#include "import/inventoryimporter.h"
#include "import/inventoryupdate.h"

namespace ImportCommands {

QUndoCommand *inventory(PolicyDocument *document, const InventoryImport &imported,
                        QUndoCommand *parent)
{
    Policy merged = document->policy();
    imported.mergeInto(merged);
    return new ReplaceInventoryCommand(document, merged.cookies, merged.providers,
                                       merged.categories, parent);
}

QUndoCommand *inventoryUpdate(PolicyDocument *document, const InventoryUpdate &update,
                              QUndoCommand *parent)
{
    return new ReplaceInventoryCommand(document, update.cookies(), update.providers(),
                                       update.categories(), parent);
}

QUndoCommand *charterPage(PolicyDocument *document, const CharterImport &imported,
                          const QString &text)
{
    auto *command = new QUndoCommand(text);
    const Policy &policy = document->policy();
    if (!imported.language.isEmpty() && !policy.meta.languages.contains(imported.language))
        addLanguageCommand(document, imported.language, command);
    inventory(document, imported.inventory, command);
    qsizetype index = policy.charter.size();
    for (const CharterSection &section : imported.sections)
        new AddSectionCommand(document, index++, section, command);
    return command;
}

} // namespace ImportCommands
