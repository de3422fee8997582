// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include <QCoreApplication>
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
    if (folder.isEmpty())
        return true;
    // A widget just shown or hidden has its layout pending: the picture would show the
    // old places (a status line still indented by a progress bar gone), which no person
    // sees, since the event loop lays out before painting.
    for (int round = 0; round < 3; ++round)
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    return widget->grab().save(QDir(folder).filePath(name));
}

} // namespace TestSupport
