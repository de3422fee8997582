// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

// The QUndoCommand::id() of every command that merges with the next one. QUndoStack
// offers a merge only between commands of the same id, so the ids of the whole
// family are kept in one enum where a clash cannot go unseen.
namespace CommandId {
enum : int {
    CookieField = 1000,
    CookieText,
    ProviderField,
    CategoryField,
    CategoryText,
    SectionText,
    MetaField,
    BannerEdit,
    BannerText,
};
} // namespace CommandId
