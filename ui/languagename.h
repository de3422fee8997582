// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include <QLocale>
#include <QString>

// "français (fr)": a document language as people recognise it, in its own language.
inline QString languageDisplayName(const QString &code)
{
    const QLocale locale(code);
    if (locale.language() == QLocale::C)
        return code;
    // A bare "en" maps to en_US, whose native name is "American English".
    const QString native = locale.language() == QLocale::English && !code.contains(u'-')
                               ? QStringLiteral("English")
                               : locale.nativeLanguageName();
    return QStringLiteral("%1 (%2)").arg(native, code);
}
