// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include <QDir>
#include <QString>
#include <QWidget>

namespace TestSupport {

// Saves what a person would see, to look at it, when CHARTE_SCREENSHOT_DIR names a
// folder; a test run without it writes no picture anywhere. True when nothing was
// asked or the picture was saved.
inline bool saveScreenshot(QWidget *widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("CHARTE_SCREENSHOT_DIR");
    return folder.isEmpty() || widget->grab().save(QDir(folder).filePath(name));
}

} // namespace TestSupport
