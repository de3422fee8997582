// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include "document/languages.h"

#include <QDate>
#include <QLocale>
#include <QString>

// Dates as the interface writes them, in the interface's language (never the
// system's): "dimanche 29 novembre 2026" in French, "Sunday, November 29, 2026" in
// English. Pages compute them when they fill in and again on LanguageChange.
namespace InterfaceDates {

inline QString text(const QDate &date, QLocale::FormatType format = QLocale::LongFormat)
{
    return Languages::interfaceLocale().toString(date, format);
}

// The display format of a date editor or a compact date, with the year in four
// digits ("dd/MM/yyyy", "M/d/yyyy"): "M/d/yy" would read 2026 as "26".
inline QString numericFormat()
{
    QString format = Languages::interfaceLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1StringView("yyyy")))
        format.replace(QLatin1StringView("yy"), QLatin1StringView("yyyy"));
    return format;
}

inline QString numeric(const QDate &date)
{
    return Languages::interfaceLocale().toString(date, numericFormat());
}

} // namespace InterfaceDates
